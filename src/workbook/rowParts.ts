// Rows of an indicator block that are not indicators of their own: a parent row (一、示范区建立) carrying the sum of
// the numbered rows under it (1、… 2、… 3、…) — judged, but its 分值/得分 not counted again in the table's sums — and
// 其中 rows without 分值/得分, details of the indicator above them.

import type { IndicatorRow } from '../domain/model';
import type { Slot } from '../domain/types';
import { normalizeText } from '../domain/text';
import { cellText } from './mergedView';

/** 一、 二、 十一、 (a Chinese ordinal heading a group of rows). */
const PARENT_RE = /^[一二三四五六七八九十]+[、.．]/;
/** 其中… / 其中：… — a detail of the row above. */
const DETAIL_RE = /^其中/;
/** 1、 2. (3) （4） — a row numbered under a parent. */
const CHILD_RE = /^(?:\d+[、.．]|[(（]\d+[)）])/;

function numberOf(slot: Slot | undefined): number | null {
  if (!slot) return null;
  const v = slot.cell.value;
  if (typeof v === 'number') return v;
  const s = normalizeText(cellText(slot.cell));
  return /^\d+(\.\d+)?分?$/.test(s) ? parseFloat(s) : null;
}

/** The parent's points in a column equal its children's sum there (both printed). */
function carriesSum(parent: IndicatorRow, children: IndicatorRow[], pick: (r: IndicatorRow) => Slot): boolean {
  const own = numberOf(pick(parent));
  if (own === null || own <= 0) return false;
  let sum = 0;
  for (const c of children) {
    const n = numberOf(pick(c));
    if (n === null) return false;
    sum += n;
  }
  return Math.abs(sum - own) < 1e-6;
}

const isBlankCell = (slot: Slot) => cellText(slot.cell).trim() === '';

/** A row naming only its group: no name of its own (or its 一级/二级 label again), no target, no actual. */
function isGroupRow(r: IndicatorRow): boolean {
  return (
    (r.name === '' || r.name === r.level1 || r.name === r.level2) && isBlankCell(r.target) && isBlankCell(r.actual)
  );
}

/**
 * Removes the 一级/二级 subtotal rows (产出指标 | | | 50 | 48: a group row whose 分值 or 得分 is the sum of the
 * indicator rows of its group below it) from `rows`, as 小计 rows are: they are not indicators, and counting them
 * would count their rows twice. A group row whose points are not that sum stays (it is reported as it is).
 */
export function dropSubtotalRows(rows: IndicatorRow[]): void {
  for (let i = rows.length - 1; i >= 0; i--) {
    const g = rows[i];
    if (!isGroupRow(g)) continue;
    const children: IndicatorRow[] = [];
    for (
      let j = i + 1;
      j < rows.length && rows[j].level1 === g.level1 && (g.level2 === '' || rows[j].level2 === g.level2);
      j++
    ) {
      if (!isGroupRow(rows[j])) children.push(rows[j]);
    }
    if (children.length && (carriesSum(g, children, (r) => r.weight) || carriesSum(g, children, (r) => r.score)))
      rows.splice(i, 1);
  }
}

/**
 * Marks the parent rows of `rows` (part 'sum') whose 分值 or 得分 is the sum of the numbered rows under them, and the
 * 其中 rows with neither 分值 nor 得分 under an indicator (part 'detail').
 */
export function markParentRows(rows: IndicatorRow[]): void {
  for (let i = 1; i < rows.length; i++) {
    const r = rows[i];
    if (DETAIL_RE.test(r.name) && isBlankCell(r.weight) && isBlankCell(r.score)) r.part = 'detail';
  }
  for (let i = 0; i < rows.length; i++) {
    if (!PARENT_RE.test(rows[i].name)) continue;
    let j = i + 1;
    while (j < rows.length && CHILD_RE.test(rows[j].name) && rows[j].level1 === rows[i].level1) j++;
    const children = rows.slice(i + 1, j);
    if (children.length < 2) continue;
    const parent = rows[i];
    // the same cell for weight and score (a table without 分值): the score decides
    if (carriesSum(parent, children, (r) => r.weight) || carriesSum(parent, children, (r) => r.score))
      parent.part = 'sum';
  }
}
