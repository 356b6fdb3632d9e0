// Merged-cell view of one sheet: which merge covers a cell, the top-left cell that holds its value
// (Office.js semantics), the display text and the Slot of a cell resolved through its merge.

import type { Rect } from '../domain/model';
import type { RawCell, Slot } from '../domain/types';
import { normalizeText } from '../domain/text';
import { toA1 } from '../domain/address';
import { cellAt, type GridCell, type SheetGrid } from './grid';

/** Merges larger than this many cells are ignored (a merged whole sheet is a formatting accident). */
const MAX_MERGE_CELLS = 200_000;
const COL_STRIDE = 1 << 15; // > 16384 Excel columns

interface CellRef {
  row: number;
  col: number;
}

export class MergedView {
  readonly grid: SheetGrid;
  private readonly cover = new Map<number, Rect>();

  constructor(grid: SheetGrid) {
    this.grid = grid;
    for (const m of grid.merges) {
      const area = (m.bottom - m.top + 1) * (m.right - m.left + 1);
      if (area <= 1 || area > MAX_MERGE_CELLS) continue;
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) this.cover.set(r * COL_STRIDE + c, m);
      }
    }
  }

  get name(): string {
    return this.grid.name;
  }

  /** The merge covering (row, col), if any. */
  mergeAt(row: number, col: number): Rect | undefined {
    return this.cover.get(row * COL_STRIDE + col);
  }

  /** The cell holding the value shown at (row, col): the merge's top-left, or the cell itself. */
  anchor(row: number, col: number): CellRef {
    const m = this.mergeAt(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  /** Last column of the merge whose top-left is (row, col), or col. */
  rightOf(row: number, col: number): number {
    const m = this.mergeAt(row, col);
    return m && m.top === row && m.left === col ? m.right : col;
  }

  /** Last row of the merge whose top-left is (row, col), or row. */
  bottomOf(row: number, col: number): number {
    const m = this.mergeAt(row, col);
    return m && m.top === row && m.left === col ? m.bottom : row;
  }

  /** The cell shown at (row, col), resolved through merges. */
  cell(row: number, col: number): GridCell {
    const m = this.cover.size ? this.cover.get(row * COL_STRIDE + col) : undefined;
    return m ? cellAt(this.grid, m.top, m.left) : cellAt(this.grid, row, col);
  }

  /** Display text at (row, col), resolved through merges. */
  text(row: number, col: number): string {
    return cellText(this.cell(row, col));
  }

  /** normalizeText of the text at (row, col): '' for blank cells (spaces, U+3000 included). */
  norm(row: number, col: number): string {
    return normalizeText(this.text(row, col));
  }

  isBlank(row: number, col: number): boolean {
    return isBlankText(this.text(row, col));
  }

  /** Slot of the value shown at (row, col): the merge's top-left cell when merged. */
  slot(row: number, col: number): Slot {
    const m = this.cover.size ? this.cover.get(row * COL_STRIDE + col) : undefined;
    return m
      ? makeSlot(m.top, m.left, cellAt(this.grid, m.top, m.left))
      : makeSlot(row, col, cellAt(this.grid, row, col));
  }

  /** Address of the cell shown at (row, col): the merge's top-left when merged. */
  address(row: number, col: number): string {
    const m = this.cover.size ? this.cover.get(row * COL_STRIDE + col) : undefined;
    return m ? toA1(m.top, m.left) : toA1(row, col);
  }
}

/** True for '' and texts of white space only (U+3000 and zero-width spaces included), as normalizeText sees them. */
export function isBlankText(text: string): boolean {
  return BLANK.test(text);
}
const BLANK = /^[\s\u3000\u00a0\u200b\ufeff]*$/;

/** What a cell shows: its display text, else its value as text. */
export function cellText(cell: RawCell): string {
  if (cell.text !== undefined && cell.text !== '') return cell.text;
  return cell.value === null || cell.value === undefined ? '' : String(cell.value);
}

/** A Slot with a copy of the cell; the copy always has all four fields (undefined when absent), one shape for all. */
export function makeSlot(row: number, col: number, cell: RawCell): Slot {
  const raw: RawCell = {
    value: cell.value ?? null,
    text: cell.text ?? '',
    numberFormat: cell.numberFormat,
    formula: cell.formula,
  };
  return { row, col, address: toA1(row, col), cell: raw };
}
