// One small hook for every dialog of the pane: `open(value)` mounts it, `close()` unmounts it (no focus
// trap sentinels left behind) and hands focus back to what had it when the dialog opened — or, when
// that element is gone or disabled (a run re-rendered the list), to the fallback the pane names.

import { useCallback, useEffect, useRef, useState } from 'react';

export interface DialogHandle<T> {
  /** What the dialog shows; null while closed. */
  value: T | null;
  open(value: T): void;
  close(): void;
}

function focusable(el: Element | null): el is HTMLElement {
  return el instanceof HTMLElement && el.isConnected && !el.hasAttribute('disabled') && el.getAttribute('aria-disabled') !== 'true' && el !== document.body;
}

export function useDialog<T>(fallback: () => HTMLElement | null): DialogHandle<T> {
  const [value, setValue] = useState<T | null>(null);
  const opener = useRef<Element | null>(null);
  const [closedAt, setClosedAt] = useState(0);
  const fallbackRef = useRef(fallback);
  useEffect(() => {
    fallbackRef.current = fallback;
  });

  const open = useCallback((v: T) => {
    opener.current = typeof document === 'undefined' ? null : document.activeElement;
    setValue(v);
  }, []);
  const close = useCallback(() => {
    setValue(null);
    setClosedAt((n) => n + 1);
  }, []);

  // After the dialog has unmounted: focus back where it was, or to the pane's fallback.
  useEffect(() => {
    if (closedAt === 0) return;
    const back = opener.current;
    opener.current = null;
    if (document.activeElement && document.activeElement !== document.body && document.activeElement.isConnected) return;
    if (focusable(back)) back.focus();
    else fallbackRef.current()?.focus();
  }, [closedAt]);

  return { value, open, close };
}
