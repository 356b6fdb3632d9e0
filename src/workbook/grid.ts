// SheetGrid: one worksheet as the core sees it, the same whichever door it came through
// (exceljs in Node, Office.js in Excel, the in-memory host in tests).
//
// Conventions every adapter must follow:
//  - rows/cols are 0-based and absolute: cells[0][0] is A1, whatever the used range is;
//  - a merged area holds its value only in its top-left cell (Office.js semantics); the other
//    cells of the merge are absent or blank. Adapters that see the value everywhere (exceljs) clear it;
//  - one cell contract, what Office.js returns (src/excel/read.ts) and what the exceljs adapter produces
//    (src/xlsx/read.ts; test/xlsx/cellContract.test.ts holds them equal on every fixture workbook):
//    `value` the stored value — numbers stay numbers, a date is its serial day (Office.js has no date type),
//    booleans, strings (rich text joined, a hyperlink its text), an error value its code ('#N/A', '#REF!',
//    see src/domain/cellError.ts), a formula's cached result; `text` the display text as a zh-CN Excel shows it;
//    `numberFormat` the format code as Office.js reports it (absent for General; built-in 14 is 'm/d/yyyy');
//    `formula` with its leading '='. A blank cell is kept only with a formula, a fill or a non-General format.

import type { RawCell } from '../domain/types';
import type { Rect } from '../domain/model';

export interface GridCell extends RawCell {
  /** Fill colour as '#RRGGBB' when the cell has a solid fill (used by snapshots and highlights). */
  fill?: string;
}

export interface SheetGrid {
  name: string;
  /** Sparse rows of cells: cells[row]?.[col]. Missing entries are empty cells. */
  cells: (GridCell | undefined)[][];
  merges: Rect[];
  /** Number of rows/cols spanned (max used index + 1). */
  rowCount: number;
  colCount: number;
  protected?: boolean;
  /** A hidden sheet ('hidden': 取消隐藏 shows it; 'veryHidden': only VBA does); absent when visible. Still checked. */
  hidden?: 'hidden' | 'veryHidden';
}

const EMPTY: GridCell = Object.freeze({ value: null, text: '' }) as GridCell;

export function cellAt(grid: SheetGrid, row: number, col: number): GridCell {
  return grid.cells[row]?.[col] ?? EMPTY;
}

// A1 addresses live in domain/address.ts; re-exported here, where the grid's users look for them.
export { fromA1, rectToA1, toA1 } from '../domain/address';

/** Builds a grid from a 2D array of plain values (tests, samples). Strings starting with '=' are not formulas here. */
export function gridFromRows(
  name: string,
  rows: (string | number | null | undefined)[][],
  merges: Rect[] = [],
): SheetGrid {
  const cells: (GridCell | undefined)[][] = [];
  let colCount = 0;
  rows.forEach((row, r) => {
    const out: (GridCell | undefined)[] = [];
    row.forEach((v, c) => {
      if (v === null || v === undefined || v === '') return;
      out[c] = { value: v, text: typeof v === 'number' ? String(v) : v };
      colCount = Math.max(colCount, c + 1);
    });
    cells[r] = out;
  });
  return { name, cells, merges, rowCount: rows.length, colCount };
}
