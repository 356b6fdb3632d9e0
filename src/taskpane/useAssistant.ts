// The pane's controller: one hook over a WorkbookSession and the engine. It runs the scan on open,
// 仅检查, 一键重算 (with the preview of cells a person typed), 撤销上次写入 and the export, keeps
// settings and acknowledged findings in the document, and turns failures into a PaneError.
// Components only render its state and call its actions, so tests drive it with a fake session.

import { useCallback, useEffect, useRef, useState } from 'react';
import type { Finding } from '../domain/types';
import type { RuleProfile } from '../domain/profile';
import type { CheckResult } from '../workbook/check';
import { cellKey, type CellWrite } from '../workbook/plan';
import type { PaneStrings } from '../i18n/pane';
import type { PaneBackend, RunOutcome } from './engineTypes';
import {
  ACKNOWLEDGED_KEY,
  DEFAULT_SETTINGS,
  SETTINGS_KEY,
  findingKey,
  loadAcknowledged,
  loadSettings,
  planOptionsFrom,
  type AcknowledgedMap,
  type PaneSettings,
} from './settings';

export type Busy = 'scan' | 'check' | 'write' | 'revert' | 'export';

export interface PaneError {
  message: string;
  sheet?: string;
  cell?: string;
}

export interface Notice {
  intent: 'success' | 'info' | 'warning';
  text: string;
}

export interface AssistantState {
  /** loading: the engine/session are not there yet; failed: they could not be loaded. */
  status: 'loading' | 'ready' | 'failed';
  busy: Busy | null;
  result: CheckResult | null;
  /** Whether the officer has run a check or a write: scores and findings are shown from then on. */
  checked: boolean;
  error: PaneError | null;
  notice: Notice | null;
  canRevert: boolean;
  settings: PaneSettings;
  acknowledged: AcknowledgedMap;
  /** Conflicts waiting for the officer's consent (the preview dialog is open while this is set). */
  preview: CellWrite[] | null;
  profiles: readonly RuleProfile[];
}

export interface Assistant {
  state: AssistantState;
  scan(): Promise<void>;
  check(): Promise<void>;
  recalc(): Promise<void>;
  confirmPreview(consentKeys: readonly string[]): Promise<void>;
  cancelPreview(): void;
  revert(): Promise<void>;
  exportFindings(): Promise<void>;
  select(f: Pick<Finding, 'sheet' | 'cell'>): Promise<void>;
  acknowledge(f: Finding, reason: string): Promise<void>;
  unacknowledge(f: Finding): Promise<void>;
  saveSettings(settings: PaneSettings): Promise<void>;
  dismissError(): void;
  dismissNotice(): void;
}

export interface AssistantTiming {
  /** Change events that arrive this soon after our own run are the run's writes, not the officer's edit. */
  ownWriteQuietMs: number;
  /** Wait this long after the last change event before refreshing. */
  changeDebounceMs: number;
}

export const DEFAULT_TIMING: AssistantTiming = { ownWriteQuietMs: 1500, changeDebounceMs: 800 };

const INITIAL: AssistantState = {
  status: 'loading',
  busy: null,
  result: null,
  checked: false,
  error: null,
  notice: null,
  canRevert: false,
  settings: DEFAULT_SETTINGS,
  acknowledged: {},
  preview: null,
  profiles: [],
};

/** WorkbookError (protected sheet, unreadable value …) keeps its zh-CN message and location; anything else is wrapped. */
export function toPaneError(e: unknown, s: PaneStrings): PaneError {
  if (e && typeof e === 'object' && (e as Error).name === 'WorkbookError') {
    const w = e as { message: string; sheet?: string; cell?: string };
    return { message: w.message, sheet: w.sheet, cell: w.cell };
  }
  const detail = e instanceof Error ? e.message : String(e);
  return { message: s.unexpectedError(detail) };
}

export function useAssistant(load: () => Promise<PaneBackend>, s: PaneStrings, timing: AssistantTiming = DEFAULT_TIMING): Assistant {
  const [state, setState] = useState<AssistantState>(INITIAL);
  const backend = useRef<PaneBackend | null>(null);
  const busy = useRef(false);
  const latest = useRef(state);
  latest.current = state;
  const quietUntil = useRef(0);
  const changeTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const strings = useRef(s);
  strings.current = s;

  const patch = useCallback((p: Partial<AssistantState>) => setState((prev) => ({ ...prev, ...p })), []);

  /** Runs one job at a time; the buttons are disabled while `busy` is set. */
  const run = useCallback(
    async (kind: Busy, job: (b: PaneBackend) => Promise<Partial<AssistantState>>, quiet = false): Promise<void> => {
      const b = backend.current;
      if (!b || busy.current) return;
      busy.current = true;
      patch(quiet ? { busy: kind } : { busy: kind, error: null, notice: null });
      try {
        const p = await job(b);
        patch({ ...p, busy: null });
      } catch (e) {
        patch({ busy: null, error: toPaneError(e, strings.current) });
      } finally {
        busy.current = false;
        quietUntil.current = Date.now() + timing.ownWriteQuietMs;
      }
    },
    [patch],
  );

  const evaluate = useCallback((b: PaneBackend, write: boolean, consent?: ReadonlySet<string>): Promise<RunOutcome> => {
    const settings = latest.current.settings;
    return b.engine.recalculate(b.session, {
      write,
      profile: settings.profileId,
      consent,
      planOptions: planOptionsFrom(settings),
    });
  }, []);

  const visibleCount = (result: CheckResult, ack: AcknowledgedMap) =>
    result.findings.filter((f) => !ack[findingKey(f)]).length;

  const scan = useCallback(
    (quiet = false) =>
      run(
        'scan',
        async (b) => {
          const { result } = await evaluate(b, false);
          return { result, canRevert: await b.session.hasSnapshot() };
        },
        quiet,
      ),
    [run, evaluate],
  );

  const check = useCallback(
    () =>
      run('check', async (b) => {
        const { result } = await evaluate(b, false);
        const n = visibleCount(result, latest.current.acknowledged);
        return {
          result,
          checked: true,
          canRevert: await b.session.hasSnapshot(),
          notice: { intent: n > 0 ? 'warning' : 'success', text: strings.current.checked(n) },
        };
      }),
    [run, evaluate],
  );

  /** Writes with the officer's consent, then re-reads so the findings describe the workbook as it now is. */
  const writeWith = useCallback(
    async (b: PaneBackend, consent: ReadonlySet<string>): Promise<Partial<AssistantState>> => {
      const { applied } = await evaluate(b, true, consent);
      const { result } = await evaluate(b, false);
      return {
        result,
        checked: true,
        preview: null,
        canRevert: await b.session.hasSnapshot(),
        notice: { intent: 'success', text: strings.current.wrote(applied?.written ?? 0, applied?.filled ?? 0, applied?.cleared ?? 0) },
      };
    },
    [evaluate],
  );

  const recalc = useCallback(
    () =>
      run('write', async (b) => {
        const { result } = await evaluate(b, false);
        if (result.plan.conflicts.length > 0) return { result, checked: true, preview: result.plan.conflicts };
        return writeWith(b, new Set());
      }),
    [run, evaluate, writeWith],
  );

  const confirmPreview = useCallback(
    (keys: readonly string[]) => {
      patch({ preview: null });
      return run('write', (b) => writeWith(b, new Set(keys)));
    },
    [run, writeWith, patch],
  );

  const cancelPreview = useCallback(() => patch({ preview: null }), [patch]);

  const revert = useCallback(
    () =>
      run('revert', async (b) => {
        if (!(await b.session.hasSnapshot())) {
          return { canRevert: false, notice: { intent: 'info', text: strings.current.nothingToRevert } };
        }
        const r = await b.session.revertLast();
        const { result } = await evaluate(b, false);
        return {
          result,
          canRevert: await b.session.hasSnapshot(),
          notice: r.skipped?.length
            ? { intent: 'warning', text: `${strings.current.reverted(r.restored)}${strings.current.revertSkipped(r.skipped)}` }
            : { intent: 'success', text: strings.current.reverted(r.restored) },
        };
      }),
    [run, evaluate],
  );

  const exportFindings = useCallback(
    () =>
      run('export', async (b) => {
        let result = latest.current.result;
        if (!result) result = (await evaluate(b, false)).result;
        const { buildFindingsExport } = await import('./exportFindings');
        const { rows, summary } = buildFindingsExport(result, latest.current.acknowledged, strings.current);
        await b.session.writeFindingsSheet(rows, summary);
        return { result, notice: { intent: 'success', text: strings.current.exported(rows.length) } };
      }),
    [run, evaluate],
  );

  const select = useCallback(
    async (f: Pick<Finding, 'sheet' | 'cell'>) => {
      const b = backend.current;
      if (!b) return;
      try {
        await b.session.select(f.sheet, f.cell);
      } catch (e) {
        patch({ error: toPaneError(e, strings.current) });
      }
    },
    [patch],
  );

  const storeAcknowledged = useCallback(
    async (next: AcknowledgedMap) => {
      patch({ acknowledged: next });
      try {
        await backend.current?.session.setSetting(ACKNOWLEDGED_KEY, next);
      } catch (e) {
        patch({ error: toPaneError(e, strings.current) });
      }
    },
    [patch],
  );

  const acknowledge = useCallback(
    (f: Finding, reason: string) =>
      storeAcknowledged({
        ...latest.current.acknowledged,
        [findingKey(f)]: { reason: reason.trim(), at: new Date().toISOString() },
      }),
    [storeAcknowledged],
  );

  const unacknowledge = useCallback(
    (f: Finding) => {
      const next = { ...latest.current.acknowledged };
      delete next[findingKey(f)];
      return storeAcknowledged(next);
    },
    [storeAcknowledged],
  );

  const saveSettings = useCallback(
    async (settings: PaneSettings) => {
      const b = backend.current;
      if (!b) return;
      latest.current = { ...latest.current, settings };
      patch({ settings });
      try {
        await b.session.setSetting(SETTINGS_KEY, settings);
      } catch (e) {
        patch({ error: toPaneError(e, strings.current) });
        return;
      }
      // Rescore with the new rules; keep the officer's view (checked or not).
      await run('scan', async (bb) => {
        const { result } = await evaluate(bb, false);
        return { result, notice: { intent: 'success', text: strings.current.saved } };
      });
    },
    [patch, run, evaluate],
  );

  useEffect(() => {
    let cancelled = false;
    let unsubscribe: (() => void) | undefined;
    void (async () => {
      try {
        const b = await load();
        if (cancelled) return;
        backend.current = b;
        const [settings, acknowledged] = await Promise.all([loadSettings(b.session), loadAcknowledged(b.session)]);
        if (cancelled) return;
        latest.current = { ...latest.current, settings, acknowledged };
        patch({ status: 'ready', settings, acknowledged, profiles: b.engine.profiles });
        await scan();
        if (cancelled) return;
        unsubscribe = await b.session.onChanged(() => {
          if (busy.current || Date.now() < quietUntil.current) return;
          clearTimeout(changeTimer.current);
          changeTimer.current = setTimeout(() => void scan(true), timing.changeDebounceMs);
        });
        if (cancelled) unsubscribe();
      } catch (e) {
        if (!cancelled) patch({ status: backend.current ? 'ready' : 'failed', error: toPaneError(e, strings.current) });
      }
    })();
    return () => {
      cancelled = true;
      clearTimeout(changeTimer.current);
      unsubscribe?.();
    };
    // Load once per mount: `load` and the actions are stable for the pane's lifetime.
  }, []);

  return {
    state,
    scan: () => scan(),
    check,
    recalc,
    confirmPreview,
    cancelPreview,
    revert,
    exportFindings,
    select,
    acknowledge,
    unacknowledge,
    saveSettings,
    dismissError: () => patch({ error: null }),
    dismissNotice: () => patch({ notice: null }),
  };
}

/** 'Sheet!H17' key of a planned write (the form `consent` takes). */
export function conflictKey(w: Pick<CellWrite, 'sheet' | 'address'>): string {
  return cellKey(w.sheet, w.address);
}
