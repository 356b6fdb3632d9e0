// WritePlan: the cells the tool would fill and the fills it would set. Only cells the tool owns
// (empty, or holding what the tool wrote) are written; a person's text or formula becomes a
// conflict that needs explicit consent. Highlights the tool set on an earlier run that no longer
// apply (the row passes now) go back to the fill the cell had before (`unfills`). Built by
// buildWritePlan (src/workbook/buildPlan.ts).

import type { Finding, RawCell } from '../domain/types';

export type WriteKind = 'rate' | 'budgetScore' | 'score' | 'total' | 'grade' | 'note';

/** Who a cell belongs to before the write. */
export type Ownership =
  | 'empty' // blank: free to write
  | 'owned' // the tool wrote it last time (listed in PlanOptions.owned)
  | 'person' // a person's value or text that differs from what the tool would write
  | 'formula'; // a formula: never replaced silently

export interface CellWrite {
  sheet: string;
  row: number;
  col: number;
  address: string; // 'H17'
  value: string | number;
  numberFormat?: string; // '0.00%' for rates
  kind: WriteKind;
  reason: string; // zh-CN: why this value
  previous: RawCell;
  ownership: Ownership;
  /** The indicator the value belongs to (score and note writes), as named in messages. */
  indicator?: string;
  /** For a conflict: what `reason` says, as parts, so that each front door can word what happens to the cell. */
  conflict?: { current: string; expected: string; why: string; formula?: string };
}

export interface FillWrite {
  sheet: string;
  row: number;
  col: number;
  address: string;
  color: string; // '#RRGGBB'
  /** failed/review: the indicator row; note: the note cell of a met row that still owes an explanation. */
  reason: 'failed' | 'review' | 'note';
}

/** A highlight the tool set on an earlier run that this plan no longer wants: the cell gets its earlier fill back. */
export interface FillRestore {
  sheet: string;
  row: number;
  col: number;
  address: string;
  /** The fill to put back: '#RRGGBB', or null for no fill. */
  color: string | null;
  /** The highlight colour the tool set there ('#RRGGBB'), which the cell still shows. */
  was: string;
  reason: 'clear';
}

/** A cell the tool highlighted on an earlier run and that still shows the tool's colour. */
export interface OwnedFill {
  /** The fill the cell had before the tool first highlighted it ('#RRGGBB', null for none). */
  original: string | null;
  /** The colour the tool set ('#RRGGBB'). */
  color: string;
}

export interface WritePlan {
  /** Writes that will be applied: empty, owned or consented cells. */
  writes: CellWrite[];
  /** Writes held back because the cell holds a person's text/value or a formula (ownership person/formula). */
  conflicts: CellWrite[];
  fills: FillWrite[];
  /** Earlier highlights to take back (only when PlanOptions.ownedFills was given). */
  unfills?: FillRestore[];
  /**
   * What the plan could not do and why, at the cell: a cell that two rows' values would go to (a 得分 merged across
   * two indicator rows) gets no write and a 'merged-cell' finding. Never two writes to one cell.
   */
  findings?: Finding[];
}

export interface PlanOptions {
  draftNotes: boolean;
  highlight: boolean;
  colors: { failed: string; review: string };
  /** 'Sheet!H17' keys of cells the tool wrote before (stored in the document by the Excel layer). */
  owned?: ReadonlySet<string>;
  /** 'Sheet!H17' keys the officer allowed to be replaced. Those conflicts move into `writes`. */
  consent?: ReadonlySet<string>;
  /**
   * 'Sheet!H17' → highlights the tool set on an earlier run that still show its colour (known to the
   * Excel layer). Those this plan does not highlight again become `unfills`.
   */
  ownedFills?: ReadonlyMap<string, OwnedFill>;
}

export const DEFAULT_PLAN_OPTIONS: PlanOptions = {
  draftNotes: true,
  highlight: true,
  colors: { failed: '#FFC7CE', review: '#FFEB9C' },
};

export function cellKey(sheet: string, address: string): string {
  return `${sheet}!${address}`;
}
