// One-click fixes a finding card offers, taken from the write plan of the last scan: 「填入计算得分」
// (the rule's score for the finding's row, also over a person's differing score, which is the fix the
// officer asks for by clicking) and 「起草偏差原因」 (the drafted note for an empty 偏差原因 cell).

import type { Finding } from '../domain/types';
import { fromA1 } from '../workbook/grid';
import type { CellWrite, WritePlan } from '../workbook/plan';

export type FixKind = 'score' | 'note';

export interface Fixes {
  score?: CellWrite;
  note?: CellWrite;
}

/** Findings that a score the rule computes answers (the card's 「填入计算得分」 and its 「怎么改」 line). */
export const SCORE_CODES: ReadonlySet<string> = new Set([
  'score-mismatch',
  'met-below-full',
  'score-above-weight',
  'indicator-failed',
  'total-mismatch',
  'rate-mismatch',
  'budget-score-mismatch',
  'grade-mismatch',
]);
const NOTE_CODES = new Set(['note-missing', 'over-achievement-note', 'indicator-failed']);

/** The writes of `plan` (applied or held back as conflicts) that fix `f`, on the finding's sheet and row. */
export function fixesFor(f: Pick<Finding, 'code' | 'sheet' | 'cell'>, plan: WritePlan | undefined): Fixes {
  if (!plan) return {};
  const at = fromA1(f.cell);
  if (!at) return {};
  const onRow = [...plan.writes, ...plan.conflicts].filter((w) => w.sheet === f.sheet && w.row === at.row);
  const out: Fixes = {};
  if (SCORE_CODES.has(f.code)) {
    // The write at the finding's own cell (总分, 执行率 …), else the row's indicator score.
    const own = onRow.find((w) => w.col === at.col && w.kind !== 'note');
    const score = own ?? onRow.find((w) => w.kind === 'score');
    // A formula is never replaced by a click: the preview of 「一键重算」 asks for it.
    if (score && score.ownership !== 'formula') out.score = score;
  }
  if (NOTE_CODES.has(f.code)) {
    const note = onRow.find((w) => w.kind === 'note' && w.ownership === 'empty');
    if (note) out.note = note;
  }
  return out;
}

/** A plan that writes only `w` (no fills), for one-click fixes. */
export function singleWritePlan(w: CellWrite): WritePlan {
  return { writes: [w], conflicts: [], fills: [] };
}
