// One small hook for every dialog of the pane. `open(value)` mounts it; `close()` lets Fluent run its
// exit (which takes its modal focus trap and aria-hidden marks away); once that has finished, the
// dialog calls `onClosed()` and is unmounted (no focus-trap sentinels left behind), and focus goes
// back to what had it when the dialog opened — or, when that is gone or disabled (a run re-rendered
// the list), to the fallback the pane names. Never to <body>.

import { useCallback, useEffect, useRef, useState } from 'react';

interface DialogHandle<T> {
  /** What the dialog shows; null once it has closed and unmounted. */
  value: T | null;
  /** Open (false while it animates out). */
  isOpen: boolean;
  /** React key: a dialog opened again is a fresh one, mounted after the last one has gone. */
  key: number;
  open(value: T): void;
  close(): void;
  /** The dialog's exit has finished (Dialog's surfaceMotion onMotionFinish). */
  onClosed(): void;
}

function focusable(el: Element | null): el is HTMLElement {
  return (
    el instanceof HTMLElement &&
    el.isConnected &&
    el !== document.body &&
    !el.hasAttribute('disabled') &&
    el.getAttribute('aria-disabled') !== 'true' &&
    el.closest('[aria-hidden="true"]') === null
  );
}

export function useDialog<T>(fallback: () => HTMLElement | null): DialogHandle<T> {
  // A dialog asked for while the last one is still closing waits (`pending`) until that one has unmounted:
  // two modal dialogs alive at once leave Fluent's focus trap (tabster's modalizer) hiding the new one.
  const [state, setState] = useState<{ value: T | null; open: boolean; key: number; pending: T | null }>({
    value: null,
    open: false,
    key: 0,
    pending: null,
  });
  const [closedAt, setClosedAt] = useState(0);
  const opener = useRef<Element | null>(null);
  const fallbackRef = useRef(fallback);
  useEffect(() => {
    fallbackRef.current = fallback;
  });

  const open = useCallback((value: T) => {
    opener.current = typeof document === 'undefined' ? null : document.activeElement;
    setState((s) =>
      s.value !== null && !s.open ? { ...s, pending: value } : { value, open: true, key: s.key + 1, pending: null },
    );
  }, []);
  const close = useCallback(() => setState((s) => (s.open ? { ...s, open: false } : { ...s, pending: null })), []);
  const onClosed = useCallback(() => {
    setState((s) =>
      s.open
        ? s
        : s.pending !== null
          ? { value: s.pending, open: true, key: s.key + 1, pending: null }
          : { ...s, value: null },
    );
    setClosedAt((n) => n + 1);
  }, []);

  // After the dialog has unmounted: focus back where it was, or to the pane's fallback.
  useEffect(() => {
    if (closedAt === 0) return;
    const back = opener.current;
    opener.current = null;
    // After Fluent's own focus restoration (tabster's, a frame later), which may pick another element.
    const id = requestAnimationFrame(() => {
      if (focusable(back)) back.focus();
      else if (!focusable(document.activeElement)) fallbackRef.current()?.focus();
    });
    return () => cancelAnimationFrame(id);
  }, [closedAt]);

  return { value: state.value, isOpen: state.open, key: state.key, open, close, onClosed };
}

/** Dialog props that report the end of the exit motion to `onClosed`. */
export function exitMotion(onClosed: () => void) {
  return {
    onMotionFinish: (_e: unknown, data: { direction: 'enter' | 'exit' }) => {
      if (data.direction === 'exit') onClosed();
    },
  };
}

/**
 * A ref for the DialogSurface that focuses its first control once the dialog is open. Fluent focuses
 * the surface itself, and its modal trap (tabster's modalizer, registered after that focus) only takes
 * over on the next focus change — until then a dialog opened a second time stays aria-hidden (the
 * flaky reopened preview of the component tests).
 */
export function useFocusFirstControl(open: boolean) {
  const surface = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = surface.current;
    if (!open || !el) return;
    const id = requestAnimationFrame(() => {
      if (el.contains(document.activeElement) && document.activeElement !== el) return;
      el.querySelector<HTMLElement>('input, textarea, button')?.focus();
    });
    return () => cancelAnimationFrame(id);
  }, [open]);
  return surface;
}

/**
 * A dialog that follows a value from elsewhere (the preview follows the controller's conflicts): open
 * while `value` is set, kept mounted with the last value while Fluent closes it, unmounted after. Focus
 * after closing goes to the fallback (a run follows, and the pane focuses its outcome).
 */
export function useFollowingDialog<T>(
  value: T | null,
  fallback: () => HTMLElement | null,
): { value: T | null; isOpen: boolean; key: number; onClosed(): void } {
  const fallbackRef = useRef(fallback);
  useEffect(() => {
    fallbackRef.current = fallback;
  });
  const [shown, setShown] = useState<{ value: T | null; key: number }>({ value, key: value === null ? 0 : 1 });
  // Adjusting state while rendering (React's pattern for state derived from props): no effect, no extra commit.
  if (value !== null && value !== shown.value)
    setShown({ value, key: shown.value === null ? shown.key + 1 : shown.key });
  const onClosed = useCallback(() => {
    setShown((s) => ({ ...s, value: null }));
    // After Fluent's own focus restoration: never leave focus on <body>.
    requestAnimationFrame(() => {
      if (!focusable(document.activeElement)) fallbackRef.current()?.focus();
    });
  }, []);
  return { value: value ?? shown.value, isOpen: value !== null, key: shown.key, onClosed };
}
