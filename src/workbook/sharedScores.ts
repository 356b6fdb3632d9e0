// Indicator rows sharing one 分值/得分 cell merged down them (黄石: 得分 G12:G13 over 一个存储备份器 and WIFI布点全覆盖;
// a scorecard's six 可选项 rows under one 分值 40 / 得分 40). The locator reads every row of a merge through its
// top-left cell, so each row would carry the group's points again; the group is one scored unit instead.

import type { IndicatorRow } from '../domain/model';
import type { Slot } from '../domain/types';
import { cellText, isBlankText, makeSlot } from './mergedView';

/** A blank cell of the row's own at the slot's column (inside the merge: never written, see buildPlan). */
function ownBlank(row: number, slot: Slot): Slot {
  return makeSlot(row, slot.col, { value: null, text: '' });
}

/**
 * Marks the rows under the first row of a merged 分值/得分 cell (part 'shared'): their weight and score slots become
 * blank cells of their own, so the group's points are counted once, on its first row, while each row is still judged.
 * A slot whose merge starts above the row and was already read for an earlier row is such a continuation.
 */
export function markSharedScores(rows: IndicatorRow[]): void {
  const weights = new Set<string>();
  const scores = new Set<string>();
  for (const r of rows) {
    const w = r.weight;
    const s = r.score;
    const sharedWeight = w.row < r.row && weights.has(w.address);
    const sharedScore = s.row < r.row && scores.has(s.address);
    weights.add(w.address);
    scores.add(s.address);
    if (!sharedWeight && !sharedScore) continue;
    // a row with a 分值 of its own under a merged 得分: two scores meet in one cell, which the write plan holds back
    // and reports ('merged-cell'); the row keeps its weight and its score slot
    if (!sharedWeight && !isBlankText(cellText(w.cell))) continue;
    if (sharedWeight) r.weight = ownBlank(r.row, w);
    if (sharedScore) r.score = w === s && sharedWeight ? r.weight : ownBlank(r.row, s);
    r.part = 'shared'; // a 其中 row among them becomes 'detail' after (markParentRows)
  }
}
