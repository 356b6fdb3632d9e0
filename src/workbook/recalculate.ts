// The one-click recalculation shared by the ribbon and the task pane: read → check (locate, score,
// plan) → apply. Safe defaults: only empty cells and cells the tool wrote before are filled (a person's
// text or formula is only replaced with explicit consent), failed and review rows are highlighted, and
// the tool's earlier highlights on rows that pass now go back to the fill they had before.
// Host-free: on a session that offers a batched run (ExcelSession: one Excel.run, its syncs in
// src/excel/session.ts) the whole flow is that run; any other WorkbookSession (a second host, a test double)
// is driven through the plain interface.

import { checkWorkbook, type CheckResult } from './check';
import { DEFAULT_PLAN_OPTIONS, type OwnedFill, type PlanOptions, type WritePlan } from './plan';
import type { SheetGrid } from './grid';
import type { ApplyResult, BatchedSession, WorkbookSession } from './host';
import type { FormWording } from './formWording';

export interface RecalculateOptions {
  /** Apply the plan (true) or only check (false). */
  write: boolean;
  /** The form's wording for drafted notes and write reasons, given by the front door (src/i18n/zh-CN/formWording.ts). */
  wording: FormWording;
  /** Rule profile id (default: the core's default profile). */
  profile?: string;
  /** 'Sheet!H17' cells the officer allowed to be overwritten. */
  consent?: ReadonlySet<string>;
  /** Overrides of the plan options (draft notes, highlight, colours). */
  planOptions?: Partial<PlanOptions>;
  /**
   * 「清除标记」: write only the plan's fills and taken-back highlights, no value (with `highlight: false`
   * this takes back every highlight of the tool and leaves every value as it is). The outcome's
   * `result.plan` is still the whole plan (its findings name the conflicts); only the apply is narrowed.
   */
  marksOnly?: boolean;
}

export interface RecalculateOutcome {
  result: CheckResult;
  applied?: ApplyResult | null;
}

function isFast(session: WorkbookSession): session is WorkbookSession & BatchedSession {
  return typeof (session as Partial<BatchedSession>).recalculateWith === 'function';
}

function check(
  grids: SheetGrid[],
  owned: ReadonlySet<string>,
  options: RecalculateOptions,
  ownedFills?: ReadonlyMap<string, OwnedFill>,
): CheckResult {
  const plan: Partial<PlanOptions> = {
    ...DEFAULT_PLAN_OPTIONS,
    ...options.planOptions,
    owned,
    consent: options.consent ?? options.planOptions?.consent ?? new Set<string>(),
  };
  if (ownedFills) plan.ownedFills = ownedFills;
  return checkWorkbook(grids, { profile: options.profile, plan, wording: options.wording });
}

export async function recalculate(session: WorkbookSession, options: RecalculateOptions): Promise<RecalculateOutcome> {
  if (isFast(session)) {
    let result: CheckResult | undefined;
    const run = await session.recalculateWith(
      (grids, owned, ownedFills): WritePlan => {
        result = check(grids, owned, options, ownedFills);
        return toApply(result.plan, options);
      },
      { write: options.write },
    );
    return { result: result as CheckResult, applied: run.applied };
  }
  const grids = await session.readGrids();
  const owned = await session.ownedCells();
  const result = check(grids, owned, options);
  if (!options.write) return { result };
  return { result, applied: await session.applyPlan(toApply(result.plan, options)) };
}

/** What a run writes: the plan, or with `marksOnly` its highlights and taken-back highlights without any value. */
function toApply(plan: WritePlan, options: RecalculateOptions): WritePlan {
  return options.marksOnly ? { ...plan, writes: [], conflicts: [] } : plan;
}

/** Document setting where the ribbon's 「一键重算」 leaves its outcome for the pane's next open. */
export const LAST_RIBBON_RUN_SETTING = 'jixiao.ribbon.lastRun';

/** What the ribbon stores under LAST_RIBBON_RUN_SETTING. */
export interface RibbonRun {
  when: string; // ISO time
  ok: boolean;
  title: string; // 一键重算完成 / 一键重算未完成
  lines: string[]; // summarize() or the error message
  written?: number;
  filled?: number;
}
