// Builds the WritePlan from an evaluation: 执行率, budget 得分, every indicator's 得分, 总分, 等级 and drafted
// deviation notes, plus highlight fills for failed and review rows and for 附件1's errors and warnings. Only cells
// the tool owns are written:
//  - a formula is never replaced without consent ('formula' conflict), even one the tool once owned;
//  - an empty cell is written; a cell already holding the value is left alone (numbers equal within 1e-9,
//    or a recorded figure the evaluation accepted, e.g. an officer's integer rounding), so a second run writes nothing;
//  - a cell listed in options.owned (the tool wrote it before) is rewritten;
//  - anything else is a person's value: a conflict, written only when its 'Sheet!A1' key is in options.consent;
//  - a note a person wrote is never replaced and never a conflict (only empty or owned note cells are written);
//  - a highlight the tool set on an earlier run (options.ownedFills) that this plan does not set again
//    becomes an unfill: the cell goes back to the fill it had before the tool first highlighted it;
//  - never two writes to one cell, whatever the host: a cell two values would go to (a 得分 merged across two
//    indicator rows) gets none and a 'merged-cell' finding; drafted notes for a 偏差原因 cell merged across
//    rows become one note; a cell is highlighted once.

import type { BasicData } from '../domain/model';
import type { Evaluation, IndicatorResult, TableResult } from '../domain/result';
import type { Finding, RawCell, Slot } from '../domain/types';
import type { MergedItem } from '../domain/findings';
import { parseNumberCell, parseRateCell } from '../domain/parse';
import { formatPercent, formatPoints } from '../domain/format';
import { tidyText } from '../domain/text';
import { rawCellText, shortName } from '../domain/cells';
import { isUntouchedDraft } from '../domain/explanation';
import type { Explanation } from '../domain/explain';
import type { FormWording, PlanWording } from './formWording';
import { overMaxTotal } from '../domain/reviewChecks';
import { fromA1, toA1 } from './grid';
import {
  cellKey,
  type CellWrite,
  type FillRestore,
  type FillWrite,
  type Ownership,
  type PlanOptions,
  type WriteKind,
  type WritePlan,
} from './plan';

/** Findings that say a recorded figure disagrees with the rule: such a cell is not "already right". */
const DISAGREEMENT_CODES: ReadonlySet<string> = new Set([
  'score-mismatch',
  'score-above-weight',
  'met-below-full',
  'rate-mismatch',
  'budget-score-mismatch',
  'total-mismatch',
  'grade-mismatch',
]);

function isEmpty(c: RawCell): boolean {
  return !c.formula && tidyText(rawCellText(c)) === '';
}

interface Candidate {
  slot: Slot;
  value: string | number;
  display: string; // the value as the officer would read it, for conflict reasons
  kind: WriteKind;
  reason: string;
  why: string; // for conflicts: why the rule wants this value
  /** The cell says exactly this value. */
  exact: (cell: RawCell) => boolean;
  /** The cell holds a readable figure of this kind (so the evaluation's acceptance of it counts). */
  readable: (cell: RawCell) => boolean;
  numberFormat?: string;
  /** The indicator the value belongs to (scores). */
  indicator?: string;
}

class PlanBuilder {
  readonly plan: WritePlan = { writes: [], conflicts: [], fills: [] };
  private readonly disagreements = new Set<string>();
  readonly P: PlanWording;

  constructor(
    evaluation: Evaluation,
    private readonly options: PlanOptions,
    readonly wording: FormWording,
  ) {
    this.P = wording.plan;
    for (const f of evaluation.findings) if (DISAGREEMENT_CODES.has(f.code)) this.disagreements.add(keyOf(f));
  }

  /** The recorded figure was judged to agree with the rule (no disagreement finding at its cell). */
  accepted(sheet: string, slot: Slot): boolean {
    return !this.disagreements.has(cellKey(sheet, slot.address));
  }

  offer(sheet: string, c: Candidate): void {
    const cell = c.slot.cell;
    const key = cellKey(sheet, c.slot.address);
    const owned = this.options.owned?.has(key) ?? false;
    // A person's figure the evaluation accepted (an officer's rounding) stays; a cell the tool owns must say
    // exactly what the rule computes now (its earlier value may rest on scores this run fills in).
    const same = c.exact(cell) || (!owned && c.readable(cell) && this.accepted(sheet, c.slot));
    let ownership: Ownership;
    if (cell.formula) {
      if (same) return;
      ownership = 'formula';
    } else if (isEmpty(cell)) ownership = 'empty';
    else if (same) return;
    else if (owned) ownership = 'owned';
    else ownership = 'person';

    const write: CellWrite = {
      sheet,
      row: c.slot.row,
      col: c.slot.col,
      address: c.slot.address,
      value: c.value,
      kind: c.kind,
      reason: c.reason,
      previous: { ...cell },
      ownership,
    };
    if (c.indicator !== undefined) write.indicator = c.indicator;
    // a percentage format the officer gave the cell ('0.0%') is kept: only a cell without one gets the tool's
    if (c.numberFormat && !(c.numberFormat.includes('%') && (cell.numberFormat ?? '').includes('%')))
      write.numberFormat = c.numberFormat;
    if ((ownership === 'person' || ownership === 'formula') && !this.options.consent?.has(key)) {
      const where = `${sheet}!${c.slot.address}`;
      const current = tidyText(rawCellText(cell)) || '（空）';
      write.reason =
        ownership === 'formula'
          ? this.P.conflictFormula(where, cell.formula ?? '', current, c.display, c.why)
          : this.P.conflict(where, current, c.display, c.why);
      write.conflict = { current, expected: c.display, why: c.why };
      if (ownership === 'formula') write.conflict.formula = cell.formula ?? '';
      this.plan.conflicts.push(write);
      return;
    }
    this.plan.writes.push(write);
  }

  /** A drafted note goes into an empty note cell, or replaces the tool's own earlier draft; a person's note is left alone. */
  offerNote(sheet: string, slot: Slot, text: string, who: string): void {
    const cell = slot.cell;
    if (cell.formula) return;
    const empty = isEmpty(cell);
    const owned = this.options.owned?.has(cellKey(sheet, slot.address)) ?? false;
    if (!empty && !owned) return;
    // only a draft left exactly as drafted is replaced: one the officer has started completing is theirs
    if (!empty && (tidyText(rawCellText(cell)) === tidyText(text) || !isUntouchedDraft(rawCellText(cell)))) return;
    this.plan.writes.push({
      sheet,
      row: slot.row,
      col: slot.col,
      address: slot.address,
      value: text,
      kind: 'note',
      reason: this.P.note(who),
      previous: { ...cell },
      ownership: empty ? 'empty' : 'owned',
      indicator: who,
    });
  }

  /**
   * One write per cell: the locator gives every row of a merged area its top-left cell, so two rows' values can
   * meet there. Drafted notes meeting in a merged 偏差原因 cell become one note (none when the cell already says
   * it); any other meeting writes nothing there and says so at the cell. Fills: one per cell, 'failed' first.
   */
  oneWritePerCell(): void {
    const byCell = new Map<string, CellWrite[]>();
    for (const w of [...this.plan.writes, ...this.plan.conflicts]) {
      const key = cellKey(w.sheet, w.address);
      const list = byCell.get(key);
      if (list) list.push(w);
      else byCell.set(key, [w]);
    }
    const dropped = new Set<CellWrite>();
    const findings: Finding[] = [];
    for (const ws of byCell.values()) {
      if (ws.length < 2) continue;
      const [first, ...rest] = ws;
      for (const w of rest) dropped.add(w);
      if (ws.every((w) => w.kind === 'note')) {
        const text = ws.map((w) => String(w.value)).join('\n');
        if (tidyText(rawCellText(first.previous)) === tidyText(text)) dropped.add(first);
        first.value = text;
        first.reason = this.P.note(ws.map((w) => w.indicator ?? '').join('、'));
        continue;
      }
      dropped.add(first);
      findings.push({
        severity: 'warning',
        code: 'merged-cell',
        sheet: first.sheet,
        cell: first.address,
        params: { items: ws.map(mergedItem) },
      });
    }
    if (dropped.size) {
      this.plan.writes = this.plan.writes.filter((w) => !dropped.has(w));
      this.plan.conflicts = this.plan.conflicts.filter((w) => !dropped.has(w));
    }
    if (findings.length) this.plan.findings = findings;

    const fills = new Map<string, FillWrite>();
    for (const f of this.plan.fills) {
      const key = cellKey(f.sheet, f.address);
      const had = fills.get(key);
      if (!had || (had.reason !== 'failed' && f.reason === 'failed')) fills.set(key, f);
    }
    if (fills.size < this.plan.fills.length) this.plan.fills = [...fills.values()];
  }

  fillRow(result: TableResult, r: IndicatorResult): void {
    // a met row with a regional deduction is marked for review: the officer may contest the 指标偏离 judgement
    const reason =
      r.status === 'review' || r.penalty !== undefined
        ? 'review'
        : r.status === 'failed' || r.status === 'partial'
          ? 'failed'
          : null;
    const c = result.table.columns;
    if (reason === null) {
      // a met row still owing an explanation (over-achieved): its note cell, until a person fills it in
      if (r.draft !== undefined && c.note !== undefined) {
        const sheet = result.table.sheet;
        this.plan.fills.push({
          sheet,
          row: r.row,
          col: c.note,
          address: toA1(r.row, c.note),
          color: this.options.colors.review,
          reason: 'note',
        });
      }
      return;
    }
    const color = reason === 'review' ? this.options.colors.review : this.options.colors.failed;
    const cols = [c.name, c.targetNature, c.target, c.unit, c.actual, c.weight, c.score, c.note].filter(
      (x): x is number => x !== undefined,
    );
    const from = Math.min(...cols);
    const to = Math.max(...cols);
    for (let col = from; col <= to; col++) {
      this.plan.fills.push({
        sheet: result.table.sheet,
        row: r.row,
        col,
        address: toA1(r.row, col),
        color,
        reason,
      } satisfies FillWrite);
    }
  }

  /** The earlier highlights (options.ownedFills) this plan does not set again go back to their fill before. */
  unfillTheRest(): void {
    const owned = this.options.ownedFills;
    if (!owned) return;
    const filled = new Set(this.plan.fills.map((f) => cellKey(f.sheet, f.address)));
    const unfills: FillRestore[] = [];
    for (const [key, fill] of owned) {
      if (filled.has(key)) continue;
      const bang = key.lastIndexOf('!');
      const pos = bang > 0 ? fromA1(key.slice(bang + 1)) : null;
      if (!pos) continue;
      const address = toA1(pos.row, pos.col);
      unfills.push({
        sheet: key.slice(0, bang),
        row: pos.row,
        col: pos.col,
        address,
        color: fill.original,
        was: fill.color,
        reason: 'clear',
      });
    }
    unfills.sort((a, b) => (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : a.row - b.row || a.col - b.col));
    this.plan.unfills = unfills;
  }
}

/** What a write would have put into a merged cell, for the 'merged-cell' finding. */
function mergedItem(w: CellWrite): MergedItem {
  return w.kind === 'score' || w.kind === 'note'
    ? { kind: w.kind, value: w.value, name: w.indicator ?? '' }
    : { kind: w.kind, value: w.value };
}

function keyOf(f: Finding): string {
  return cellKey(f.sheet, f.cell);
}

const nearly = (a: number | null, b: number) => a !== null && Math.abs(a - b) <= 1e-9;

/** What the plan writes besides notes: an execution rate, points (budget, indicator, total) or a grade. */
type ValueKind = Exclude<WriteKind, 'note'>;

/**
 * The candidate for one value: how it is shown in a conflict (59.22%, 4.17, 优), the format it gets, and how the cell
 * is read back to tell whether it already says it (a rate as a rate, points as a number, a grade as its text;
 * `gradeRecorded`: the evaluation read a grade there).
 */
function candidate(
  slot: Slot,
  kind: ValueKind,
  value: number | string,
  reason: string,
  why: string,
  gradeRecorded = false,
): Candidate {
  if (typeof value === 'string') {
    return {
      slot,
      value,
      display: value,
      kind,
      reason,
      why,
      exact: (c) => tidyText(rawCellText(c)) === value,
      readable: () => gradeRecorded,
    };
  }
  const read = kind === 'rate' ? parseRateCell : parseNumberCell;
  const c: Candidate = {
    slot,
    value,
    display: kind === 'rate' ? formatPercent(value, 2) : formatPoints(value),
    kind,
    reason,
    why,
    exact: (cell) => nearly(read(cell), value),
    readable: (cell) => read(cell) !== null,
  };
  if (kind === 'rate') c.numberFormat = '0.00%';
  return c;
}

function planTable(pb: PlanBuilder, result: TableResult, options: PlanOptions): void {
  const table = result.table;
  const sheet = table.sheet;
  const budget = result.budget;
  const block = table.budget;
  const { P, wording } = pb;
  const offer = (
    slot: Slot | undefined,
    kind: ValueKind,
    value: number | string | null,
    reason: string,
    why: string,
    who?: string,
  ) => {
    if (!slot || value === null) return;
    const c = candidate(slot, kind, value, reason, why, result.recordedGrade !== null);
    if (who !== undefined) c.indicator = who;
    pb.offer(sheet, c);
  };

  const heldBefore = pb.plan.conflicts.length;
  if (budget && block) {
    const budgetExplanation = (budget as { explanation?: Explanation }).explanation;
    const budgetWhy = budgetExplanation ? wording.explain(budgetExplanation) : P.whyBudget;
    offer(block.rate, 'rate', budget.rate, P.rate(budgetWhy), budgetWhy);
    offer(block.score, 'budgetScore', budget.score, P.rate(budgetWhy), budgetWhy);
  }

  result.indicators.forEach((r, i) => {
    const row = table.indicators[i];
    if (!row) return;
    const who = shortName(tidyText(r.name));
    if (r.score !== null) {
      const why = wording.explain(r.explanation);
      offer(row.score, 'score', r.score, P.score(who, why), why, who);
    }
    if (options.draftNotes && r.draft && row.note) pb.offerNote(sheet, row.note, wording.note(r.draft), who);
    if (options.highlight) pb.fillRow(result, r);
  });

  const totalRow = table.total;
  const total = result.total;
  // a part the plan keeps as a person wrote it (a conflict not consented to) stays in the copy: a total written beside
  // it would not be the sum of what the sheet then shows (散总不一致 on the next check), so the total and grade wait
  const partsHeld = pb.plan.conflicts.length > heldBefore;
  if (total !== null && !overMaxTotal(total) && !partsHeld) {
    offer(totalRow?.score, 'total', total, P.total(formatPoints(total)), P.whyTotal);
    if (result.grade !== null)
      offer(totalRow?.grade, 'grade', result.grade, P.grade(formatPoints(total), result.grade), P.whyGrade);
  }
}

/**
 * 附件1 has no score to write, but its errors (三公经费 over budget, spending with no budget, parts that do not add up)
 * and warnings are highlighted at their cells like a failed or doubtful row of 附件2/3, so the fills are snapshot,
 * reverted and taken back by the same means. Hints are not highlighted.
 */
function planBasic(pb: PlanBuilder, table: BasicData, findings: readonly Finding[], options: PlanOptions): void {
  const r = table.range;
  for (const f of findings) {
    if (f.severity === 'info' || f.sheet !== table.sheet) continue;
    const at = fromA1(f.cell);
    if (!at) continue;
    const inside = at.row >= r.top && at.row <= r.bottom && at.col >= r.left && at.col <= r.right;
    if (!(f.table === table.id || (f.table === undefined && inside))) continue;
    const reason = f.severity === 'error' ? 'failed' : 'review';
    const color = reason === 'failed' ? options.colors.failed : options.colors.review;
    pb.plan.fills.push({ sheet: table.sheet, row: at.row, col: at.col, address: toA1(at.row, at.col), color, reason });
  }
}

/**
 * The cells to write, fill and unfill for an evaluation; conflicts are held back until the officer consents.
 * `findings` are those found beside the evaluation (the consistency checks), for the highlights on 附件1.
 */
export function buildWritePlan(
  evaluation: Evaluation,
  options: PlanOptions,
  wording: FormWording,
  findings: readonly Finding[] = [],
): WritePlan {
  const pb = new PlanBuilder(evaluation, options, wording);
  for (const r of evaluation.results) {
    if (r.kind !== 'basic') planTable(pb, r, options);
    else if (options.highlight) planBasic(pb, r.table, [...evaluation.findings, ...findings], options);
  }
  pb.oneWritePerCell();
  pb.unfillTheRest();
  return pb.plan;
}
