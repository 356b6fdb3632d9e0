// A1 addresses as Office.js writes and reads them: 'Sheet1!A1:C3', "'My sheet'!B2", 'H17'.
// Parses them into 0-based rectangles and groups single cells into the fewest ranges to write.

import type { Rect } from '../domain/model';
import { fromA1, rectToA1, toA1, unquoteSheet } from '../domain/address';

/** Rectangle of an address without or with a sheet prefix: 'A1', 'A1:C3', 'Sheet1!$A$1:$C$3'. Whole rows/columns are not used here. */
export function parseRangeAddress(address: string): { sheet?: string; rect: Rect } | null {
  const bang = address.lastIndexOf('!');
  let sheet: string | undefined;
  let ref = address;
  if (bang >= 0) {
    sheet = unquoteSheet(address.slice(0, bang));
    ref = address.slice(bang + 1);
  }
  const [a, b] = ref.split(':');
  const p = fromA1(a);
  const q = b === undefined ? p : fromA1(b);
  if (!p || !q) return null;
  return {
    sheet,
    rect: {
      top: Math.min(p.row, q.row),
      left: Math.min(p.col, q.col),
      bottom: Math.max(p.row, q.row),
      right: Math.max(p.col, q.col),
    },
  };
}

export function rectAddress(r: Rect): string {
  return r.top === r.bottom && r.left === r.right ? toA1(r.top, r.left) : rectToA1(r);
}

interface Cell {
  row: number;
  col: number;
}

/** A vertical run of cells in one column: rows top..bottom, consecutive. */
interface ColumnRun<T extends Cell> {
  col: number;
  top: number;
  items: T[]; // one per row, top to bottom
}

/**
 * Groups cells of one sheet into vertical runs of consecutive rows in the same column, so each run
 * is written as one 2D block. `split` may cut a run between two neighbours (e.g. when one sets a
 * number format and the other does not).
 */
export function columnRuns<T extends Cell>(cells: T[], split?: (above: T, below: T) => boolean): ColumnRun<T>[] {
  const sorted = [...cells].sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: ColumnRun<T>[] = [];
  let cur: ColumnRun<T> | undefined;
  for (const c of sorted) {
    const last = cur?.items[cur.items.length - 1];
    if (cur && last && c.col === cur.col && c.row === last.row + 1 && !(split && split(last, c))) {
      cur.items.push(c);
    } else {
      cur = { col: c.col, top: c.row, items: [c] };
      runs.push(cur);
    }
  }
  return runs;
}

export function runAddress(run: ColumnRun<Cell>): string {
  const bottom = run.top + run.items.length - 1;
  return rectAddress({ top: run.top, left: run.col, bottom, right: run.col });
}

/** Horizontal runs (one row, consecutive columns) as rectangles: the fewest areas for fills. */
export function rowRects(cells: Cell[]): Rect[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const rects: Rect[] = [];
  for (const c of sorted) {
    const last = rects[rects.length - 1];
    if (last && last.top === c.row && last.right + 1 === c.col) last.right = c.col;
    else if (!(last && last.top === c.row && last.right >= c.col))
      rects.push({ top: c.row, left: c.col, bottom: c.row, right: c.col });
  }
  return rects;
}

/**
 * Comma-joined addresses for Worksheet.getRanges, cut so one call stays well under the limits
 * Excel is known to reject (about 8,000 characters or 500 areas per address string).
 */
export function areaChunks(rects: Rect[], maxAreas = 200, maxChars = 4000): string[] {
  const out: string[] = [];
  let cur: string[] = [];
  let len = 0;
  for (const r of rects) {
    const a = rectAddress(r);
    if (cur.length && (cur.length >= maxAreas || len + a.length + 1 > maxChars)) {
      out.push(cur.join(','));
      cur = [];
      len = 0;
    }
    cur.push(a);
    len += a.length + 1;
  }
  if (cur.length) out.push(cur.join(','));
  return out;
}
