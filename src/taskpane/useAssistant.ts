// The pane's controller: an AssistantController over a WorkbookSession and the engine runs the effects
// (the scan on open, 仅检查, 一键重算 with the preview of cells a person typed, one-click fixes,
// 撤销上次写入, the export, settings and acknowledged findings kept in the document) and dispatches
// what happened to the pure reducer in assistantState.ts. The clock is injected, so tests step through
// a run by awaiting it, never by sleeping. `useAssistant` subscribes React to the controller.

import { useEffect, useState, useSyncExternalStore } from 'react';
import type { Finding } from '../domain/types';
import { cellKey } from '../workbook/plan';
import type { PaneStrings } from '../i18n/pane';
import { isUnknownProfile, unknownProfileMessage } from '../i18n/profileError';
import {
  INITIAL_STATE,
  reduce,
  type AssistantAction,
  type AssistantState,
  type Busy,
  type PaneError,
  type RunOutcomePatch,
} from './assistantState';
import type { RecalculateOptions, RecalculateOutcome } from '../workbook/recalculate';
import type { PaneBackend } from './engineTypes';
import { fixesFor, singleWritePlan, type FixKind } from './fixes';
import {
  ACKNOWLEDGED_KEY,
  SETTINGS_KEY,
  findingKey,
  loadAcknowledged,
  loadSettings,
  planOptionsFrom,
  type AcknowledgedMap,
  type PaneSettings,
} from './settings';

export type { Busy, Notice, PaneError } from './assistantState';

interface Assistant {
  state: AssistantState;
  scan(): Promise<void>;
  check(): Promise<void>;
  recalc(): Promise<void>;
  confirmPreview(consentKeys: readonly string[]): Promise<void>;
  cancelPreview(): void;
  fix(f: Finding, kind: FixKind): Promise<void>;
  revert(): Promise<void>;
  /** 「清除标记」: takes back every highlight of the tool, keeps every value; revertible like any write. */
  clearMarks(): Promise<void>;
  exportFindings(): Promise<void>;
  select(f: Pick<Finding, 'sheet' | 'cell'>): Promise<void>;
  /** Marks the findings of a card 「已知悉」 with the officer's reason (kept in the document). */
  acknowledge(findings: readonly Finding[], reason: string): Promise<void>;
  unacknowledge(findings: readonly Finding[]): Promise<void>;
  saveSettings(settings: PaneSettings): Promise<void>;
  dismissError(): void;
  dismissNotice(): void;
}

export interface AssistantTiming {
  /** Change events that arrive this soon after our own run are the run's writes, not the officer's edit. */
  ownWriteQuietMs: number;
  /** The clock (ms); Date.now by default. */
  now?: () => number;
}

const DEFAULT_TIMING: AssistantTiming = { ownWriteQuietMs: 1500 };

/** WorkbookError (protected sheet, unreadable value …) keeps its zh-CN message and location; anything else is wrapped. */
function toPaneError(e: unknown, s: PaneStrings): PaneError {
  if (e && typeof e === 'object' && (e as Error).name === 'WorkbookError') {
    const w = e as { message: string; sheet?: string; cell?: string };
    return { message: w.message, sheet: w.sheet, cell: w.cell };
  }
  // a stored rule profile this version does not know: said in the pane's language, not as a crash
  if (isUnknownProfile(e)) return { message: unknownProfileMessage(e, s.lang) };
  const detail = e instanceof Error ? e.message : String(e);
  return { message: s.unexpectedError(detail) };
}

const visibleCount = (findings: readonly Finding[], ack: AcknowledgedMap) =>
  findings.filter((f) => !ack[findingKey(f)]).length;

export class AssistantController implements Omit<Assistant, 'state'> {
  private state: AssistantState = INITIAL_STATE;
  private readonly listeners = new Set<() => void>();
  private backend: PaneBackend | null = null;
  private running = false;
  private generation = 0;
  private unsubscribe: (() => void) | undefined;
  private readonly now: () => number;

  constructor(
    private readonly load: () => Promise<PaneBackend>,
    private strings: PaneStrings,
    private readonly timing: AssistantTiming = DEFAULT_TIMING,
  ) {
    this.now = timing.now ?? (() => Date.now());
  }

  readonly getState = (): AssistantState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  setStrings(s: PaneStrings): void {
    this.strings = s;
  }

  private dispatch(action: AssistantAction): void {
    const next = reduce(this.state, action);
    if (next === this.state) return;
    this.state = next;
    for (const l of this.listeners) l();
  }

  /** Loads the backend, the stored settings, scans once and listens for edits (which only mark the results stale). */
  async start(): Promise<void> {
    const gen = ++this.generation;
    try {
      const b = await this.load();
      if (gen !== this.generation) return;
      this.backend = b;
      const [settings, acknowledged] = await Promise.all([loadSettings(b.session), loadAcknowledged(b.session)]);
      if (gen !== this.generation) return;
      this.dispatch({ type: 'loaded', settings, acknowledged, profiles: b.engine.profiles });
      await this.scan();
      if (gen !== this.generation) return;
      const off = await b.session.onChanged(() => this.dispatch({ type: 'changed', at: this.now() }));
      if (gen !== this.generation) off();
      else this.unsubscribe = off;
    } catch (e) {
      if (gen === this.generation)
        this.dispatch({ type: 'loadFailed', error: toPaneError(e, this.strings), backend: this.backend !== null });
    }
  }

  stop(): void {
    this.generation++;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  /** Runs one job at a time; the buttons are disabled while `busy` is set. `reads`: the job re-read the workbook. */
  private async run(kind: Busy, job: (b: PaneBackend) => Promise<RunOutcomePatch>, reads = true): Promise<void> {
    const b = this.backend;
    if (!b || this.running) return;
    this.running = true;
    this.dispatch({ type: 'runStarted', busy: kind });
    try {
      const patch = await job(b);
      this.dispatch({ type: 'runFinished', patch, at: this.now(), quietMs: this.timing.ownWriteQuietMs, reads });
    } catch (e) {
      this.dispatch({
        type: 'runFailed',
        error: toPaneError(e, this.strings),
        at: this.now(),
        quietMs: this.timing.ownWriteQuietMs,
      });
    } finally {
      this.running = false;
    }
  }

  /** One recalculation with the officer's settings; `more` adds consent, marksOnly, or plan options over the settings'. */
  private evaluate(
    b: PaneBackend,
    write: boolean,
    more: Omit<RecalculateOptions, 'write' | 'profile' | 'wording'> = {},
  ): Promise<RecalculateOutcome> {
    const settings = this.state.settings;
    return b.engine.recalculate(b.session, {
      ...more,
      write,
      profile: settings.profileId,
      planOptions: { ...planOptionsFrom(settings), ...more.planOptions },
    });
  }

  private async read(b: PaneBackend): Promise<RunOutcomePatch> {
    const { result } = await this.evaluate(b, false);
    return { result, canRevert: await b.session.hasSnapshot() };
  }

  /** Reads and shows the result at once; whether there is a write to undo (2 more syncs) follows. */
  readonly scan = async (): Promise<void> => {
    await this.run('scan', async (b) => ({ result: (await this.evaluate(b, false)).result }));
    const b = this.backend;
    if (!b) return;
    try {
      this.dispatch({ type: 'canRevert', value: await b.session.hasSnapshot() });
    } catch (e) {
      this.dispatch({ type: 'error', error: toPaneError(e, this.strings) });
    }
  };

  readonly check = (): Promise<void> =>
    this.run('check', async (b) => {
      const p = await this.read(b);
      const n = visibleCount(p.result!.findings, this.state.acknowledged);
      return { ...p, notice: { intent: n > 0 ? 'warning' : 'success', text: this.strings.checked(n) } };
    });

  /** Writes with the officer's consent, then re-reads so the findings describe the workbook as it now is. */
  private async writeWith(b: PaneBackend, consent: ReadonlySet<string>): Promise<RunOutcomePatch> {
    const { applied } = await this.evaluate(b, true, { consent });
    return {
      ...(await this.read(b)),
      previewOpen: false,
      notice: {
        intent: 'success',
        text: this.strings.wrote(applied?.written ?? 0, applied?.filled ?? 0, applied?.cleared ?? 0),
      },
    };
  }

  readonly recalc = (): Promise<void> =>
    this.run('write', async (b) => {
      const { result } = await this.evaluate(b, false);
      if (result.plan.conflicts.length > 0) return { result, previewOpen: true };
      return this.writeWith(b, new Set());
    });

  readonly confirmPreview = (keys: readonly string[]): Promise<void> => {
    this.dispatch({ type: 'previewClosed' });
    return this.run('write', (b) => this.writeWith(b, new Set(keys)));
  };

  readonly cancelPreview = (): void => this.dispatch({ type: 'previewClosed' });

  /** A one-click fix from a finding card: writes the one cell (revertible like any write), re-reads, and for a note selects it. */
  readonly fix = (f: Finding, kind: FixKind): Promise<void> =>
    this.run('fix', async (b) => {
      const w = fixesFor(f, this.state.result?.plan)[kind];
      if (!w) return {};
      const applied = await b.session.applyPlan(singleWritePlan(w));
      const p = await this.read(b);
      if (kind === 'note') await b.session.select(w.sheet, w.address);
      return {
        ...p,
        notice: { intent: 'success', text: this.strings.fixed(cellKey(w.sheet, w.address), applied.written) },
      };
    });

  readonly revert = (): Promise<void> =>
    this.run('revert', async (b) => {
      if (!(await b.session.hasSnapshot())) {
        return { canRevert: false, notice: { intent: 'info', text: this.strings.nothingToRevert } };
      }
      const r = await b.session.revertLast();
      const p = await this.read(b);
      return {
        ...p,
        notice: r.skipped?.length
          ? { intent: 'warning', text: `${this.strings.reverted(r.restored)}${this.strings.revertSkipped(r.skipped)}` }
          : { intent: 'success', text: this.strings.reverted(r.restored) },
      };
    });

  readonly clearMarks = (): Promise<void> =>
    this.run('clear', async (b) => {
      const { applied } = await this.evaluate(b, true, { marksOnly: true, planOptions: { highlight: false } });
      return {
        ...(await this.read(b)),
        notice: { intent: 'success', text: this.strings.marksCleared(applied?.cleared ?? 0) },
      };
    });

  readonly exportFindings = (): Promise<void> =>
    this.run(
      'export',
      async (b) => {
        const result = this.state.result ?? (await this.evaluate(b, false)).result;
        const { buildFindingsExport } = await import('./exportFindings');
        const { rows, summary } = buildFindingsExport(result, this.state.acknowledged, this.strings);
        await b.session.writeFindingsSheet(rows, summary);
        return { result, notice: { intent: 'success', text: this.strings.exported(rows.length) } };
      },
      false,
    );

  readonly select = async (f: Pick<Finding, 'sheet' | 'cell'>): Promise<void> => {
    const b = this.backend;
    if (!b) return;
    try {
      await b.session.select(f.sheet, f.cell);
    } catch (e) {
      this.dispatch({ type: 'error', error: toPaneError(e, this.strings) });
    }
  };

  private async storeAcknowledged(next: AcknowledgedMap): Promise<void> {
    this.dispatch({ type: 'acknowledgedChanged', acknowledged: next });
    try {
      await this.backend?.session.setSetting(ACKNOWLEDGED_KEY, next);
    } catch (e) {
      this.dispatch({ type: 'error', error: toPaneError(e, this.strings) });
    }
  }

  readonly acknowledge = (findings: readonly Finding[], reason: string): Promise<void> => {
    const next = { ...this.state.acknowledged };
    const at = new Date(this.now()).toISOString();
    for (const f of findings) next[findingKey(f)] = { reason: reason.trim(), at };
    return this.storeAcknowledged(next);
  };

  readonly unacknowledge = (findings: readonly Finding[]): Promise<void> => {
    const next = { ...this.state.acknowledged };
    for (const f of findings) delete next[findingKey(f)];
    return this.storeAcknowledged(next);
  };

  readonly saveSettings = async (settings: PaneSettings): Promise<void> => {
    const b = this.backend;
    if (!b) return;
    this.dispatch({ type: 'settingsChanged', settings });
    try {
      await b.session.setSetting(SETTINGS_KEY, settings);
    } catch (e) {
      this.dispatch({ type: 'error', error: toPaneError(e, this.strings) });
      return;
    }
    // Rescore with the new rules.
    await this.run('scan', async (bb) => ({
      ...(await this.read(bb)),
      notice: { intent: 'success', text: this.strings.saved },
    }));
  };

  readonly dismissError = (): void => this.dispatch({ type: 'dismissError' });
  readonly dismissNotice = (): void => this.dispatch({ type: 'dismissNotice' });
}

export function useAssistant(
  load: () => Promise<PaneBackend>,
  s: PaneStrings,
  timing: AssistantTiming = DEFAULT_TIMING,
): Assistant {
  // One controller per mount: `load` and `timing` are fixed for the pane's lifetime.
  const [controller] = useState(() => new AssistantController(load, s, timing));
  useEffect(() => controller.setStrings(s), [controller, s]);
  useEffect(() => {
    void controller.start();
    return () => controller.stop();
  }, [controller]);
  const state = useSyncExternalStore(controller.subscribe, controller.getState, controller.getState);
  return {
    state,
    scan: controller.scan,
    check: controller.check,
    recalc: controller.recalc,
    confirmPreview: controller.confirmPreview,
    cancelPreview: controller.cancelPreview,
    fix: controller.fix,
    revert: controller.revert,
    clearMarks: controller.clearMarks,
    exportFindings: controller.exportFindings,
    select: controller.select,
    acknowledge: controller.acknowledge,
    unacknowledge: controller.unacknowledge,
    saveSettings: controller.saveSettings,
    dismissError: controller.dismissError,
    dismissNotice: controller.dismissNotice,
  };
}
