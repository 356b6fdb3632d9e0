// What the pane needs from the scoring core and the Excel layer, as types only, so the first
// screen can render before the engine chunk (core + Office.js layer) has loaded.

import type { ApplyResult, WorkbookSession } from '../excel/api';
import type { RuleProfile } from '../domain/profile';
import type { CheckResult } from '../workbook/check';
import type { PlanOptions } from '../workbook/plan';

export interface RunOptions {
  write: boolean;
  profile?: string;
  consent?: ReadonlySet<string>;
  planOptions?: Partial<PlanOptions>;
  /** Only highlights and taken-back highlights, no value (「清除标记」). */
  marksOnly?: boolean;
}

export interface RunOutcome {
  result: CheckResult;
  applied?: ApplyResult | null;
}

export interface Engine {
  /** src/excel/recalculate.ts: read grids, check, and (write: true) apply the plan. */
  recalculate(session: WorkbookSession, options: RunOptions): Promise<RunOutcome>;
  profiles: readonly RuleProfile[];
}

/** What the pane loads after its first render: the engine and a session over the workbook. */
export interface PaneBackend {
  session: WorkbookSession;
  engine: Engine;
}
