// What the pane needs from the scoring core and the Excel layer, as types only (erased by the build),
// so the first screen can render before the engine chunk (core + Office.js layer) has loaded.

import type { WorkbookSession } from '../workbook/host';
import type { RecalculateOptions, RecalculateOutcome } from '../workbook/recalculate';
import type { RuleProfile } from '../domain/profile';

interface Engine {
  /** src/workbook/recalculate.ts: read grids, check, and (write: true) apply the plan — with the form's zh-CN wording bound by the engine. */
  recalculate: (session: WorkbookSession, options: Omit<RecalculateOptions, 'wording'>) => Promise<RecalculateOutcome>;
  profiles: readonly RuleProfile[];
}

/** What the pane loads after its first render: the engine and a session over the workbook. */
export interface PaneBackend {
  session: WorkbookSession;
  engine: Engine;
}
