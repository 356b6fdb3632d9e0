// WritePlan: the cells the tool would fill and the fills it would set. Only cells the tool owns
// (empty, or holding what the tool wrote) are written; a person's text or formula becomes a
// conflict that needs explicit consent. Built by buildWritePlan (src/workbook/buildPlan.ts).

import type { RawCell } from '../domain/types';

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
}

export interface FillWrite {
  sheet: string;
  row: number;
  col: number;
  address: string;
  color: string; // '#RRGGBB'
  reason: 'failed' | 'review';
}

export interface WritePlan {
  /** Writes that will be applied: empty, owned or consented cells. */
  writes: CellWrite[];
  /** Writes held back because the cell holds a person's text/value or a formula (ownership person/formula). */
  conflicts: CellWrite[];
  fills: FillWrite[];
}

export interface PlanOptions {
  draftNotes: boolean;
  highlight: boolean;
  colors: { failed: string; review: string };
  /** 'Sheet!H17' keys of cells the tool wrote before (stored in the document by the Excel layer). */
  owned?: ReadonlySet<string>;
  /** 'Sheet!H17' keys the officer allowed to be replaced. Those conflicts move into `writes`. */
  consent?: ReadonlySet<string>;
}

export const DEFAULT_PLAN_OPTIONS: PlanOptions = {
  draftNotes: true,
  highlight: true,
  colors: { failed: '#FFC7CE', review: '#FFEB9C' },
};

export function cellKey(sheet: string, address: string): string {
  return `${sheet}!${address}`;
}
