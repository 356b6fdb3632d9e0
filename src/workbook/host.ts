// The host seam: the contract between the task pane / ribbon commands and a spreadsheet host.
// Implemented by src/excel/session.ts (ExcelSession) over Office.js (a WPS host implements the same); the task
// pane, recalculate and prepareWrite only see this, never a host's own types.

import type { SheetGrid } from './grid';
import type { OwnedFill, WritePlan } from './plan';

export interface ApplyResult {
  written: number; // cells whose value changed
  filled: number; // cells whose fill changed (highlights set and highlights taken back)
  /** Of `filled`: earlier highlights taken back because the row now passes (the cell got its fill before back). */
  cleared?: number;
  sheets: string[];
  /** 'Sheet!H17' cells left unwritten because they are locked on a protected sheet. */
  locked?: string[];
  /** Protected sheets whose protection does not allow formatting cells: no highlights or rate formats set there. */
  unformatted?: string[];
}

export interface RevertResult {
  restored: number; // cells restored
  when?: string; // ISO time of the write that was reverted
  /** 'Sheet!H17' cells changed by a person after the write: left as the person made them. */
  skipped?: string[];
  /** The last write was 「导出检查结果」: the sheet it added, now removed (no cell restored). */
  removedSheet?: string;
}

/** Row of the 「检查结果」 sheet. */
export interface FindingRow {
  table: string;
  severity: string;
  code: string;
  sheet: string;
  cell: string;
  indicator: string;
  message: string;
}

/** Error with a zh-CN message for the officer, naming the sheet/cell where there is one. */
export class WorkbookError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly sheet?: string,
    readonly cell?: string,
  ) {
    super(message);
    this.name = 'WorkbookError';
  }
}

export interface WorkbookSession {
  /** Every sheet's used range as grids, in at most two context.sync() calls. */
  readGrids(): Promise<SheetGrid[]>;
  /** Snapshot every touched cell into the document, then apply the plan in one sync. Throws WorkbookError (protected sheet …) with no partial write. */
  applyPlan(plan: WritePlan): Promise<ApplyResult>;
  /** Restore the cells of the last applyPlan exactly (values, formulas, fills). */
  revertLast(): Promise<RevertResult>;
  /** Whether a snapshot to revert exists in the document. */
  hasSnapshot(): Promise<boolean>;
  /** 'Sheet!H17' keys of cells the tool wrote and still owns (for PlanOptions.owned). */
  ownedCells(): Promise<Set<string>>;
  /** Activate the sheet and select the cell. */
  select(sheet: string, address: string): Promise<void>;
  /** Document-stored settings (JSON values), e.g. rule profile, acknowledged findings. */
  getSetting<T>(key: string): Promise<T | undefined>;
  setSetting<T>(key: string, value: T): Promise<void>;
  /** Write findings to a new (or replaced) sheet 「检查结果」 with links back to the cells. */
  writeFindingsSheet(rows: FindingRow[], summary?: (string | number)[][]): Promise<void>;
  /** Subscribe to workbook changes (for the pane's refresh); returns an unsubscribe function. */
  onChanged(handler: () => void): Promise<() => void>;
}

/**
 * What recalculateWith's `decide` sees: the grids just read, the cells the tool still owns and its
 * earlier highlights that still show its colour (for PlanOptions.owned and PlanOptions.ownedFills).
 */
export type Decide = (
  grids: SheetGrid[],
  owned: Set<string>,
  ownedFills: Map<string, OwnedFill>,
) => WritePlan | null | undefined;

export interface RecalculationRun {
  grids: SheetGrid[];
  owned: Set<string>;
  ownedFills?: Map<string, OwnedFill>;
  /** Set when `decide` returned a plan. */
  applied?: ApplyResult;
}

/** A session that reads, decides and writes in one host batch (ExcelSession: one Excel.run); recalculate uses it when offered. */
export interface BatchedSession {
  recalculateWith(decide: Decide, options: { write: boolean }): Promise<RecalculationRun>;
}
