// Evaluates located annex tables by a rule profile: parses every indicator's cells, scores them, computes
// 执行率/得分/总分/等级, drafts deviation notes, and reports what the table records differently (findings
// naming sheet and cell). Cross-table 勾稽 checks live in ./consistency, not here.

import type { AnnexTable, BasicData, IndicatorRow, ScoredTable } from './model';
import type { AnyTableResult, BasicResult, BudgetResult, Evaluation, IndicatorResult, TableResult } from './result';
import type { RuleProfile } from './profile';
import type { Actual, RawCell, Slot, Target } from './types';
import type { Finding, FindingCode, FindingParams, NoteState, RowPart, Severity } from './findings';
import { describeTarget, formatQuantity, parseActual, parseNumberCell, parseRateCell, parseTarget } from './parse';
import { gradeFor, normalizeGrade, ratesAgree, scoreBudget, scoreIndicator, scoresAgree, totalCapFor, type BudgetScore, type IndicatorScore } from './score';
import { againstDeadline } from './dates';
import { a1 } from './consistency/amounts';
import { excelError } from './cellError';
import { actualText, daysText, formatNumber, formatPercent, formatPercentPoints, formatRatio, round } from './format';
import { explainText as E, noteText as N } from '../i18n/zh-CN/scoring';
import { formsText as X } from '../i18n/zh-CN/forms';
import { isExecutionRow, judgedScore, namesExecutionRate, rateRowScore, rowKind, unscoredRow, type RowKind } from './forms';
import type { TableForm } from './model';
import { claimsCompleted, isExplanation, judgeExplanation, saysNotMet, type ExplanationVerdict } from './explanation';
import { MAX_TOTAL, overMaxTotal, reviewTable, type Review } from './reviewChecks';

function rawText(c: RawCell | undefined): string {
  if (!c) return '';
  const v = c.value;
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return c.text !== '' ? c.text : String(v);
  if (typeof v === 'boolean') return v ? '是' : '否';
  return c.text ?? '';
}

/** 1 for the characters `/[\s\u3000\u00a0\u200b\ufeff]/` matches (JS white space plus U+200B): one load per character. */
const SPACE_LIKE = new Uint8Array(0x10000);
for (const c of [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff]) SPACE_LIKE[c] = 1;
SPACE_LIKE.fill(1, 0x2000, 0x200c); // U+2000–U+200A spaces and U+200B

/** The same characters as a regex, for the one-call check of a long text. */
const SPACE_TEST = /[\s\u3000\u00a0\u200b\ufeff]/;

function isSpaceLike(c: number): boolean {
  return SPACE_LIKE[c] === 1;
}

/**
 * White space (U+3000, line breaks inside words …) folded to one space and trimmed — what
 * `s.replace(/[\s\u3000\u00a0\u200b\ufeff]+/g, ' ').trim()` gives; the text itself when it has none. A short cell is
 * checked character by character, a long text (an indicator name) by one regex scan, the cheaper of the two at
 * each length.
 */
function lightTidy(s: string): string {
  const n = s.length;
  if (n > 16 && !SPACE_TEST.test(s)) return s;
  let i = 0;
  while (i < n && !isSpaceLike(s.charCodeAt(i))) i++;
  if (i === n) return s;
  let out = s.slice(0, i);
  while (i < n) {
    while (i < n && isSpaceLike(s.charCodeAt(i))) i++;
    if (i === n) break;
    const start = i;
    while (i < n && !isSpaceLike(s.charCodeAt(i))) i++;
    out = out === '' ? s.slice(start, i) : out + ' ' + s.slice(start, i);
  }
  return out;
}

/** The cell's text tidied ('' for blank and white space only). */
export function cellText(c: RawCell | undefined): string {
  return lightTidy(rawText(c));
}

const NO_NOTE: ExplanationVerdict = { kind: 'blank' };
const WRITTEN: ExplanationVerdict = { kind: 'written' };

class Findings {
  readonly list: Finding[] = [];
  constructor(private readonly table: { id: string; sheet: string }) {}
  add<C extends FindingCode>(severity: Severity, code: C, cell: string, params: FindingParams[C], indicator?: string): void {
    const f = { severity, code, sheet: this.table.sheet, cell, params, table: this.table.id } as Finding;
    if (indicator !== undefined) f.indicator = indicator;
    this.list.push(f);
  }
  /** A reviewer check's finding (reviewChecks.ts), with this table's sheet and id. */
  review(r: Review): void {
    const f = { severity: r.severity, code: r.code, sheet: this.table.sheet, cell: r.cell, params: r.params, table: this.table.id } as Finding;
    if (r.indicator !== undefined) f.indicator = r.indicator;
    this.list.push(f);
  }
}

// ── deviation notes ─────────────────────────────────────────────────────────────────────────────────────────

function gapText(gap: number, unit: string): string {
  return unit === '%' ? N.percentPoints(formatPercentPoints(gap)) : formatQuantity({ value: gap, unit });
}

function comparableValue(a: Actual): { value: number; unit: string } | null {
  return a.kind === 'quantity' ? a.value : null;
}

/**
 * 「实际完成59.22%，低于目标区间下限60%，差0.78个百分点。原因：；改进措施：」 and its kin, such as
 * 「实际完成时间2023年9月，晚于目标2023年6月30日前。原因：；改进措施：」.
 */
export function draftNote(target: Target, actual: Actual, s: IndicatorScore): string {
  let head: string | undefined;
  const a = comparableValue(actual);
  if (s.overAchieved && s.ratio !== undefined) {
    head = N.overAchieved(a ? formatQuantity(a) : actualText(actual), describeTarget(target), formatRatio(s.ratio), `${formatNumber((s.ratio - 1) * 100, 1)}%`);
  } else if (target.kind === 'deadline' && actual.kind === 'date') {
    const late = againstDeadline(actual.on, target.by) === 'late';
    head = (late ? N.lateDate : N.dateUnclear)(actualText(actual), describeTarget(target));
  } else if (s.status === 'review') {
    head = N.qualitative(actualText(actual), describeTarget(target));
  } else if (actual.kind === 'quantity' && actual.value.unit === '%' && (target.kind === 'timeLimit' || target.kind === 'deadline' || target.kind === 'qualitative')) {
    head = N.rateBelow(formatPercent(actual.value.value), describeTarget(target));
  } else if (target.kind === 'timeLimit' && actual.kind === 'timeLimit') {
    head = N.lateTime(daysText(actual.days, actual.workdays), daysText(target.days, target.workdays));
  } else if (a && target.kind === 'range') {
    const low = Math.min(target.low.value, target.high.value);
    const high = Math.max(target.low.value, target.high.value);
    const lowQ = target.low.value <= target.high.value ? target.low : target.high;
    const highQ = target.low.value <= target.high.value ? target.high : target.low;
    if (a.value < low) head = N.belowRange(formatQuantity(a), formatQuantity(lowQ), gapText(low - a.value, lowQ.unit));
    else if (a.value > high) head = N.aboveRange(formatQuantity(a), formatQuantity(highQ), gapText(a.value - high, highQ.unit));
  } else if (a && (target.kind === 'atLeast' || target.kind === 'moreThan' || (target.kind === 'equal' && target.value.value !== 0))) {
    const b = target.kind === 'equal' ? target.value : target.bound;
    head = N.belowTarget(formatQuantity(a), describeTarget(target), gapText(b.value - a.value, b.unit));
  } else if (a && (target.kind === 'atMost' || target.kind === 'lessThan' || target.kind === 'equal')) {
    const b = target.kind === 'equal' ? target.value : target.bound;
    head = N.aboveLimit(formatQuantity(a), formatQuantity(b), gapText(a.value - b.value, b.unit));
  }
  return (head ?? `${s.explanation}。`) + N.tail;
}

// ── indicators ───────────────────────────────────────────────────────────────────────────────────────────────

/** The result of one indicator row, with the optional fields present only when they say something. */
function indicatorResult(
  row: IndicatorRow, name: string, targetText: string, actualText: string, target: Target, actual: Actual, weight: number | null, recorded: number | null, s: IndicatorScore, noteRequired: boolean,
): IndicatorResult {
  // one literal per common shape, so most rows are built whole instead of growing a property at a time
  if (s.ratio !== undefined) {
    return {
      row: row.row, cell: row.score.address, level1: row.level1, level2: row.level2, name, targetText, actualText, target, actual,
      weight, score: s.score, recorded, status: s.status, explanation: s.explanation, noteRequired, ratio: s.ratio,
    };
  }
  return {
    row: row.row, cell: row.score.address, level1: row.level1, level2: row.level2, name, targetText, actualText, target, actual,
    weight, score: s.score, recorded, status: s.status, explanation: s.explanation, noteRequired,
  };
}

/** Words that state full completion: against a 100% target they say the number itself (全部到位, 足额发放, 全覆盖). */
const COMPLETE_RE = /全部|全面|全额|足额|全覆盖|应保尽保|均已|100%/;

/**
 * A met word (满意, 良好, 已完成) written as the actual of a numeric target (≥90%, ≥500人次, 48亿元): the row is scored
 * as the officer says, but nothing in it can be checked against the number asked for. A 100% target answered
 * with words of full completion (资金到位率 100% → 全部到位) says the number and is not flagged.
 */
function claimedNotMeasured(target: Target, actual: Actual, s: IndicatorScore): boolean {
  if (actual.kind !== 'qualitative' || s.status !== 'met') return false;
  let full: boolean;
  switch (target.kind) {
    case 'atLeast':
    case 'moreThan':
      full = target.bound.unit === '%' && target.bound.value >= 1;
      break;
    case 'equal':
      full = target.value.unit === '%' && target.value.value === 1;
      break;
    case 'atMost':
    case 'lessThan':
    case 'range':
      full = false;
      break;
    default:
      return false; // qualitative, deadline and time-limit targets are answered in words
  }
  return !(full && COMPLETE_RE.test(actual.level));
}

/**
 * Full marks recorded for a missed target: even where they are within an integer rounding of the computed score
 * (4.76 → 5), rounding does not turn a missed target into a met one.
 */
function fullForMissed(s: IndicatorScore, weight: number | null, recorded: number, profile: RuleProfile): boolean {
  if (weight === null || s.score === null || (s.status !== 'partial' && s.status !== 'failed')) return false;
  return recorded >= weight - profile.scoreTolerance && s.score < weight - profile.scoreTolerance;
}

/** Whether a recorded score disagrees with the computed one by the rule (rounding accepted, but not to full marks for a miss). */
function disagreesWith(s: IndicatorScore, weight: number | null, recorded: number | null, profile: RuleProfile): boolean {
  return recorded !== null && s.score !== null && (!scoresAgree(recorded, s.score, profile) || fullForMissed(s, weight, recorded, profile));
}

/** The recorded score of a missed row accepted only as the officer's rounding of the computed one (7.84 → 8), else null. */
function roundedScore(s: IndicatorScore, recorded: number | null, disagrees: boolean, profile: RuleProfile): number | null {
  if (disagrees || recorded === null || s.score === null || (s.status !== 'partial' && s.status !== 'failed')) return null;
  return Math.abs(recorded - s.score) > profile.scoreTolerance + 1e-9 ? recorded : null;
}

const NO_ERROR_CELLS: ReadonlySet<string> = new Set();

/** A finding for each of the row's cells holding an error value; returns their addresses. */
function reportErrorCells(row: IndicatorRow, name: string, out: Findings): ReadonlySet<string> {
  // most rows hold no error value: nothing is allocated for them
  if (excelError(row.target.cell) === null && excelError(row.actual.cell) === null && excelError(row.weight.cell) === null && excelError(row.score.cell) === null) {
    return NO_ERROR_CELLS;
  }
  const at = new Set<string>();
  const slots: [Slot | undefined, RowPart][] = [[row.target, 'target'], [row.actual, 'actual'], [row.weight, 'weight'], [row.score, 'score']];
  for (const [slot, part] of slots) {
    const error = slot ? excelError(slot.cell) : null;
    if (!slot || error === null || at.has(slot.address)) continue;
    at.add(slot.address);
    out.add('warning', 'unparsed-value', slot.address, { reason: 'cellError', name, part, error }, name);
  }
  return at;
}

/** What the table around a row tells its scoring: its form, its 评分标准 and note columns, its budget amounts. */
interface RowContext {
  form: TableForm;
  hasCriteria: boolean;
  hasNote: boolean;
  /** 执行率 from the table's own budget amounts, for a 预算执行率 row: worked out on first use (undefined until then). */
  amounts: { rate: number; executed: number; denominator: number } | null | undefined;
  table?: ScoredTable;
}

const SCORED: RowContext = { form: 'scored', hasCriteria: false, hasNote: true, amounts: null };

function amountsOf(ctx: RowContext, profile: RuleProfile): { rate: number; executed: number; denominator: number } | null {
  let amounts = ctx.amounts;
  if (amounts === undefined) amounts = ctx.amounts = ctx.table ? amountRate(ctx.table, profile) : null;
  return amounts;
}

/** The rate a 预算执行率 row's actual gives (95% → 0.95), or null. */
function writtenRate(actual: Actual): number | null {
  return actual.kind === 'quantity' && actual.value.unit === '%' ? actual.value.value : null;
}

/** The row's score by its kind (see forms.ts rowKind). */
function scoreRow(kind: RowKind, name: string, target: Target, actual: Actual, weight: number | null, recorded: number | null, ctx: RowContext, profile: RuleProfile): IndicatorScore {
  if (kind === 'judged') return judgedScore(weight, recorded);
  if (kind === 'notApplicable') return { score: null, status: 'notApplicable', explanation: E.notApplicable };
  if (kind === 'rate' && weight !== null) {
    const s = rateRowScore(weight, amountsOf(ctx, profile), writtenRate(actual), profile);
    if (s) return s;
  }
  const s = scoreIndicator({ name, target, actual, weight, recorded }, profile);
  return ctx.form === 'unscored' ? unscoredRow(s) : s;
}

/** Evaluates one row into `into`; returns whether the recorded score disagrees with the rule. */
function evaluateIndicator(row: IndicatorRow, profile: RuleProfile, out: Findings, into: IndicatorResult[], ctx: RowContext = SCORED, judged?: IndicatorRow[]): boolean {
  const name = lightTidy(row.name);
  const unitCell = row.unit?.cell;
  const targetText = cellText(row.target.cell);
  const actualCellText = cellText(row.actual.cell);
  const target = parseTarget(row.target.cell, { name, nature: row.targetNature?.cell, unit: unitCell });
  const actual = parseActual(row.actual.cell, { unit: unitCell, target });
  const unscored = ctx.form === 'unscored';
  const weight = unscored ? null : parseNumberCell(row.weight.cell);
  const recorded = unscored ? null : parseNumberCell(row.score.cell);
  // most rows of a scored table are ordinary indicators: only a row that may be otherwise is looked at closely
  const tk = target.kind;
  const special =
    ctx.form !== 'scored' || tk === 'notApplicable' || tk === 'qualitative' || tk === 'blank' || tk === 'unparsed' || isExecutionRow(name, row.level2);
  let kind: RowKind = special
    ? rowKind({
        form: ctx.form, name, level2: row.level2, targetText, actualText: actualCellText,
        target, weight, recorded, hasCriteria: ctx.hasCriteria || row.criteria !== undefined,
      })
    : 'indicator';
  // a 预算执行率 row with no amounts on the sheet and no rate written in it is judged like the rows around it
  if (kind === 'rate' && (weight === null || (amountsOf(ctx, profile) === null && writtenRate(actual) === null))) kind = 'judged';
  const s = scoreRow(kind, name, target, actual, weight, recorded, ctx, profile);
  const scoreAt = row.score.address;
  if (kind === 'judged') judged?.push(row);
  // a 预算执行率 row with no rate of its own to meet (a dash, a 评分标准): its score follows from the rate, as the
  // budget block's does, and a rate below 100% is not reported as a missed target; one that sets 100% is an indicator
  const rateOnly = kind === 'rate' && target.kind !== 'equal' && target.kind !== 'atLeast';

  const missed =
    kind === 'judged'
      ? ctx.hasNote && row.note !== undefined && recorded !== null && weight !== null && recorded < weight - profile.scoreTolerance
      : rateOnly
        ? false
        : s.status === 'partial' || s.status === 'failed' || (s.status === 'review' && (s.score === null || weight === null || s.score < weight));
  const unreadableWithScore = s.status === 'unparsed' && recorded !== null && s.problem !== 'unit-mismatch';
  const noteRequired = missed || s.overAchieved === true || unreadableWithScore;

  const result = indicatorResult(row, name, targetText, actualCellText, target, actual, weight, recorded, s, noteRequired);
  into.push(result);
  // a note counts only when a person wrote one: not the tool's unfilled draft, a placeholder or boilerplate
  const noteText = cellText(row.note?.cell);
  const verdict: ExplanationVerdict =
    noteText === '' ? NO_NOTE : noteRequired ? judgeExplanation(noteText, { name, targetText: result.targetText, actualText: result.actualText }) : WRITTEN;
  const noted = noteRequired && isExplanation(verdict);
  if (s.band) result.band = s.band;
  if (s.overAchieved) result.overAchieved = true;
  if (s.penalty !== undefined) result.penalty = s.penalty;
  if (noteRequired && !noted && !unreadableWithScore && kind !== 'judged') result.draftNote = draftNote(target, actual, s);

  // what could not be read; an error value (#N/A, #REF!) is named as such, not as a blank or unreadable cell
  const errorAt = reportErrorCells(row, name, out);
  if (kind === 'judged') {
    if (recorded === null && weight !== null && !(row.score && errorAt.has(row.score.address))) {
      out.add('warning', 'unparsed-value', scoreAt, { reason: 'judgedNoScore', name }, name);
    }
  } else if (s.status === 'unparsed') {
    const blank =
      s.problem === 'blank-target' ? (actual.kind === 'blank' ? 'targetAndActual' : 'target') : s.problem === 'blank-actual' ? 'actual' : null;
    if (blank !== null) {
      const at = s.problem === 'blank-target' ? row.target.address : row.actual.address;
      if (recorded !== null) out.add('error', 'blank-with-score', scoreAt, { name, blank, recorded }, name);
      else if (weight !== null) out.add('warning', 'unparsed-value', at, { reason: 'blank', name, blank }, name);
    } else if (s.problem === 'unparsed-target' && !errorAt.has(row.target.address)) {
      out.add('warning', 'unparsed-value', row.target.address, { reason: 'unreadable', name, part: 'target', text: result.targetText }, name);
    } else if (s.problem === 'unparsed-actual' && !errorAt.has(row.actual.address)) {
      out.add('warning', 'unparsed-value', row.actual.address, { reason: 'unreadable', name, part: 'actual', text: result.actualText }, name);
    } else if (s.problem === 'unit-mismatch') {
      const p = { name, explanation: s.explanation, targetText: result.targetText, actualText: result.actualText };
      out.add('warning', 'unit-mismatch', row.actual.address, p, name);
    }
  } else if (s.problem === 'no-weight' && !errorAt.has(row.weight.address)) {
    out.add('warning', 'unparsed-value', row.weight.address, { reason: 'noWeight', name }, name);
  }

  // the outcome; a review row whose recorded score is outside its band gets one finding, the score-mismatch below
  const outsideBand = s.status === 'review' && recorded !== null && s.band !== undefined && recorded !== s.score;
  const scoreDisagrees = disagreesWith(s, weight, recorded, profile);
  const rounded = roundedScore(s, recorded, scoreDisagrees, profile);
  if (rateOnly) {
    // reported like the budget block's rate
  } else if (s.status === 'partial' || s.status === 'failed') {
    const p: FindingParams['indicator-failed'] = { name, explanation: s.explanation, targetText: result.targetText, actualText: result.actualText, score: s.score, weight };
    if (rounded !== null) p.rounded = rounded;
    out.add('warning', 'indicator-failed', scoreAt, p, name);
  } else if (s.status === 'review' && !outsideBand && kind !== 'judged') {
    out.add('warning', 'indicator-review', scoreAt, { kind: 'row', name, explanation: s.explanation, targetText: result.targetText, actualText: result.actualText }, name);
  } else if (s.penalty !== undefined) out.add('warning', 'over-achievement-deduction', scoreAt, { name, explanation: s.explanation, penalty: s.penalty }, name);

  // the recorded score against the rule
  let disagrees = false;
  if (recorded !== null && weight !== null && recorded > weight + profile.scoreTolerance) {
    out.add('error', 'score-above-weight', scoreAt, { name, recorded, weight }, name);
    disagrees = true;
  } else if (recorded !== null && s.score !== null) {
    if (s.status === 'review') {
      if (outsideBand && s.band) {
        const [low, high] = s.band;
        out.add('error', 'score-mismatch', scoreAt, { kind: 'band', name, recorded, low, high, highExcluded: weight !== null && high < weight }, name);
        disagrees = true;
      }
    } else if (s.status === 'met' && s.penalty === undefined && weight !== null && recorded < weight - profile.scoreTolerance) {
      out.add('error', 'met-below-full', scoreAt, { name, recorded, weight, explanation: s.explanation }, name);
      disagrees = true;
    } else if (scoreDisagrees) {
      out.add('error', 'score-mismatch', scoreAt, { kind: 'rule', name, recorded, expected: s.score, explanation: s.explanation }, name);
      disagrees = true;
    }
  } else if (recorded !== null && recorded > 0 && s.status === 'notApplicable') {
    out.add('error', 'score-mismatch', scoreAt, { kind: 'rule', name, recorded, expected: 0, explanation: s.explanation }, name);
    disagrees = true;
  }

  if (actual.kind === 'quantity' && actual.repeatsComparator) {
    out.add('warning', 'actual-repeats-comparator', row.actual.address, { name, text: result.actualText }, name);
  } else if (claimedNotMeasured(target, actual, s)) {
    out.add('warning', 'actual-not-measured', row.actual.address, { name, text: result.actualText, target: result.targetText }, name);
  }

  if (noteRequired && !noted && !unreadableWithScore) {
    const at = row.note?.address ?? scoreAt;
    const sc = s.score ?? recorded;
    if ((s.status === 'failed' || s.status === 'partial') && claimsCompleted(verdict) && sc !== null && weight !== null) {
      out.add('warning', 'note-contradicts-score', at, { kind: 'saysCompleted', name, score: sc, weight, note: noteText }, name);
    } else if (s.overAchieved && s.ratio !== undefined) {
      const p = { name, actual, target, actualText: result.actualText, targetText: result.targetText, ratio: s.ratio, threshold: profile.overAchievementNote, note: verdict };
      out.add('warning', 'over-achievement-note', at, p, name);
    } else {
      // a form without a 偏差原因 column cannot be faulted for an empty one: the explanation goes in the report (a warning)
      const note: NoteState = row.note ? verdict : { kind: 'noColumn' };
      const severity = row.note ? 'error' : 'warning';
      if (sc === null || weight === null) out.add(severity, 'note-missing', at, { kind: 'unscored', name, note }, name);
      else out.add(severity, 'note-missing', at, { kind: 'scored', name, score: sc, weight, note }, name);
    }
  } else if (s.status === 'met' && noteText !== '' && row.note && weight !== null && (recorded ?? s.score ?? 0) >= weight - profile.scoreTolerance && saysNotMet(noteText)) {
    out.add('warning', 'note-contradicts-score', row.note.address, { kind: 'saysNotMet', name, weight, note: noteText }, name);
  }
  return disagrees;
}

// ── budget ───────────────────────────────────────────────────────────────────────────────────────────────────

function num(slot: Slot | undefined): number | null {
  return slot ? parseNumberCell(slot.cell) : null;
}

/** The execution rate the table's own budget amounts give (no findings), for a 预算执行率 row. */
function amountRate(table: ScoredTable, profile: RuleProfile): { rate: number; executed: number; denominator: number } | null {
  const b = table.budget;
  if (!b) return null;
  const s = scoreBudget({ initial: num(b.total.initial), fullYear: num(b.total.fullYear), executed: num(b.total.executed), weight: null, recordedRate: null, recordedScore: null }, profile);
  if (s.rate === null || s.executed === null || s.denominator === null) return null;
  const den = s[s.denominator];
  return den === null ? null : { rate: s.rate, executed: s.executed, denominator: den };
}

/**
 * Whether the budget block carries points of its own: its 分值 cell, or points a label or note gives it; where it
 * gives none, the profile's default applies — unless the table is unscored, a scorecard, scores 预算执行率 as one of
 * its weighted rows, or its indicators' printed weights already reach 100 (counting the default on top would add 10 to
 * a table of 100).
 */
function budgetCarriesPoints(table: ScoredTable, results: IndicatorResult[]): boolean {
  const b = table.budget;
  if (!b) return false;
  if ((b.weight && num(b.weight) !== null) || b.declaredWeight || (b.score && num(b.score) !== null)) return true;
  if (table.form) return false;
  let printed = 0;
  for (const r of results) {
    if (r.weight === null || r.weight <= 0) continue;
    if (namesExecutionRate(r)) return false;
    printed += r.weight;
  }
  // indicators already worth 100 between them (产出 40 / 效益 40 / 满意度 20): the block is there for its amounts only
  return printed < MAX_TOTAL - 1e-6;
}

function evaluateBudget(table: ScoredTable, profile: RuleProfile, out: Findings, results: IndicatorResult[] = []): { budget?: BudgetScore; disagrees: boolean } {
  const b = table.budget;
  if (!b && table.form === 'scorecard') return { disagrees: false }; // the form scores 预算执行率 as a row, if at all
  if (!b) {
    const topLeft = tableCorner(table);
    // a bare indicator grid that scores 预算执行率 as one of its rows: the rate is scored there, so this is a note
    const rateRow = table.indicators.find(namesExecutionRate);
    if (rateRow) out.add('info', 'budget-missing', topLeft, { kind: 'asIndicator', row: rateRow.row + 1 });
    else out.add('warning', 'budget-missing', topLeft, { kind: 'missing', parts: ['block'] });
    return { disagrees: false };
  }
  const budget = scoreBudget(
    {
      initial: num(b.total.initial),
      fullYear: num(b.total.fullYear),
      executed: num(b.total.executed),
      weight: num(b.weight) ?? b.declaredWeight?.points ?? null,
      recordedRate: b.rate ? parseRateCell(b.rate.cell) : null,
      recordedScore: num(b.score),
    },
    profile,
  );
  if (!budgetCarriesPoints(table, results)) {
    budget.weight = null;
    budget.score = null;
    if (budget.rate !== null && budget.executed !== null && budget.denominator !== null) {
      const den = budget[budget.denominator] ?? 0;
      const label = budget.denominator === 'initial' ? '年初预算数' : '全年预算数';
      budget.explanation = X.budgetNotScored(formatPercent(budget.rate, 2), formatNumber(budget.executed, 2), label, formatNumber(den, 2));
    }
  }
  let disagrees = false;
  if (budget.rate === null) {
    const first = budget.missing[0];
    const slot = first === 'executed' ? b.total.executed : first === 'initial' ? b.total.initial : first === 'fullYear' ? b.total.fullYear : (b.total.fullYear ?? b.total.initial);
    const at = slot?.address ?? tableCorner(table);
    const parts = budget.missing.length ? budget.missing : [profile.budget.denominator];
    // an error value (#N/A, #REF!) is named as such, not as a missing figure
    const error = budget.missing.length && slot ? excelError(slot.cell) : null;
    if (error !== null) out.add('warning', 'budget-missing', at, { kind: 'cellError', part: budget.missing[0], error });
    else out.add('warning', 'budget-missing', at, { kind: 'missing', parts: [...parts] });
    return { budget, disagrees };
  }
  const rateAt = b.rate?.address ?? b.total.executed?.address ?? tableCorner(table);
  if (budget.recordedRate !== null && !ratesAgree(budget.recordedRate, budget.rate, profile)) {
    const denominator = budget.denominator === 'initial' ? 'initial' : 'fullYear';
    out.add('error', 'rate-mismatch', rateAt, { recorded: budget.recordedRate, expected: budget.rate, denominator });
    disagrees = true;
  }
  if (budget.overRate) out.add('warning', 'rate-over-100', rateAt, { rate: budget.rate });
  if (profile.executionNoteBelow !== undefined && budget.rate < profile.executionNoteBelow) {
    out.add('info', 'note-missing', rateAt, { kind: 'executionRate', rate: budget.rate, below: profile.executionNoteBelow });
  }
  if (budget.recordedScore !== null && budget.score !== null && !scoresAgree(budget.recordedScore, budget.score, profile)) {
    const at = b.score?.address ?? rateAt;
    out.add('error', 'budget-score-mismatch', at, { recorded: budget.recordedScore, expected: budget.score, explanation: budget.explanation });
    disagrees = true;
  }
  return { budget, disagrees };
}

/** The A1 address of the table's top-left cell ('A1' when the table has no range). */
function tableCorner(table: ScoredTable): string {
  return table.range ? a1(table.range.top, table.range.left) : 'A1';
}

// ── weights, total, grade ────────────────────────────────────────────────────────────────────────────────────

interface WeightGroup {
  key: string;
  slot?: Slot;
  label: string;
  points: number;
  sum: number;
  firstName?: string;
}

function checkWeights(table: ScoredTable, indicators: IndicatorResult[], budgetWeight: number | null, out: Findings): number {
  // a handful of 一级指标 per table: a short list searched in order beats a Map keyed by address
  let groups: WeightGroup[] | undefined;
  const rows = table.indicators;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row.level1Points === undefined) continue;
    const key = row.level1Slot?.address ?? row.level1;
    let g: WeightGroup | undefined;
    if (groups === undefined) groups = [];
    else for (let j = 0; j < groups.length; j++) if (groups[j].key === key) g = groups[j];
    if (!g) {
      g = { key, slot: row.level1Slot, label: row.level1, points: row.level1Points, sum: 0, firstName: row.nameSlot?.address ?? row.score.address };
      groups.push(g);
    }
    g.sum += indicators[i].weight ?? 0;
  }
  if (groups) {
    for (const g of groups) {
      if (Math.abs(g.sum - g.points) > 1e-6) {
        const at = g.slot?.address ?? g.firstName ?? 'A1';
        out.add('error', 'weights-level1', at, { level1: g.label, declared: g.points, sum: round(g.sum, 4) });
      }
    }
  }
  const declared = num(table.total?.weight) ?? 100;
  let sum = budgetWeight ?? 0;
  for (let i = 0; i < indicators.length; i++) sum += indicators[i].weight ?? 0;
  if (indicators.length > 0 && Math.abs(sum - declared) > 1e-6) {
    const at = table.total?.weight?.address ?? tableCorner(table);
    // over 100 on the points the table prints (not a default budget weight, nor a block beside a 预算执行率 row) is an error
    const printedBudget = rows.some(namesExecutionRate) ? null : num(table.budget?.weight);
    const printed = sum - (budgetWeight ?? 0) + (printedBudget ?? 0);
    out.add(printed > MAX_TOTAL + 1e-6 ? 'error' : 'warning', 'weights-total', at, { expected: declared, sum: round(sum, 4) });
  }
  return declared;
}

function evaluateScoredTable(table: ScoredTable, profile: RuleProfile, out: Findings): TableResult {
  const indicators: IndicatorResult[] = [];
  let anyDisagrees = false;
  const ctx: RowContext = table.form
    ? { form: table.form, hasCriteria: table.columns.criteria !== undefined, hasNote: table.columns.note !== undefined, amounts: undefined, table }
    : { form: 'scored', hasCriteria: table.columns.criteria !== undefined, hasNote: true, amounts: undefined, table };
  const judged: IndicatorRow[] = [];
  for (const row of table.indicators) if (evaluateIndicator(row, profile, out, indicators, ctx, judged)) anyDisagrees = true;
  if (judged.length) {
    out.add('info', 'indicator-review', judged[0].score.address, { kind: 'judgedRows', rows: judged.map((r) => r.row + 1) });
  }
  if (table.form === 'unscored') {
    const at = tableCorner(table);
    out.add('info', 'unscored-form', at, { title: table.title || table.name });
  }
  const { budget, disagrees: budgetDisagrees } = evaluateBudget(table, profile, out, indicators);
  const counts = { failed: 0, review: 0, overAchieved: 0, unparsed: 0 };
  for (const r of indicators) {
    if (r.status === 'failed' || r.status === 'partial') counts.failed++;
    else if (r.status === 'review') counts.review++;
    else if (r.status === 'unparsed') counts.unparsed++;
    if (r.overAchieved) counts.overAchieved++;
  }

  const recordedTotal = num(table.total?.score);
  const gradeText = cellText(table.total?.grade?.cell);
  const recordedGrade = gradeText === '' ? null : (normalizeGrade(gradeText, profile) ?? gradeText);
  const result: TableResult = {
    kind: table.kind,
    table,
    indicators,
    total: null,
    recordedTotal,
    grade: null,
    recordedGrade,
    counts,
  };
  if (budget) result.budget = budget as BudgetResult;

  if (indicators.length === 0) {
    const at = a1(table.range.top, table.range.left);
    out.add('warning', 'table-incomplete', at, { reason: 'noIndicators', title: table.title || table.name });
    return result;
  }
  if (table.form === 'unscored') {
    result.counts.failed = indicators.filter((r) => r.status === 'failed').length;
    return result; // nothing scored: no weights, no total, no grade
  }
  const declared = checkWeights(table, indicators, budget ? budget.weight : null, out);

  // total: computed scores, and where a row could not be scored, what the table records for it
  let sum = budget?.score ?? budget?.recordedScore ?? 0;
  let recordedSum = budget?.recordedScore ?? 0;
  let naWeight = 0;
  for (const r of indicators) {
    if (r.status === 'notApplicable') {
      naWeight += r.weight !== null && r.weight > 0 ? r.weight : 0;
      continue;
    }
    if (r.score !== null) sum += r.score;
    else if (r.recorded !== null) sum += Math.max(0, r.weight !== null ? Math.min(r.recorded, r.weight) : r.recorded);
    recordedSum += r.recorded ?? 0;
  }
  if (profile.notApplicable === 'rescaleTo100' && naWeight > 0 && declared - naWeight > 0) sum = (sum * declared) / (declared - naWeight);
  let total = round(sum, profile.rounding);
  const cap = totalCapFor(budget?.rate ?? null, profile);
  if (cap !== null && total > cap) {
    result.capApplied = round(total - cap, profile.rounding);
    total = cap;
  }
  result.total = total;
  result.grade = overMaxTotal(total) ? null : gradeFor(total, profile); // above 100 the weights are wrong: not graded

  if (budgetDisagrees) anyDisagrees = true;
  let totalAccepted = true;
  if (recordedTotal !== null) {
    totalAccepted =
      scoresAgree(recordedTotal, total, profile) ||
      (!anyDisagrees && !result.capApplied && naWeight === 0 && Math.abs(recordedTotal - recordedSum) <= profile.scoreTolerance + 1e-9);
    if (!totalAccepted) {
      const at = table.total?.score?.address ?? a1(table.range.top, table.range.left);
      const p: FindingParams['total-mismatch'] = { recorded: recordedTotal, expected: total };
      if (result.capApplied && cap !== null && budget?.rate != null) p.cap = { rate: budget.rate, cap };
      out.add('error', 'total-mismatch', at, p);
    }
  }
  if (recordedGrade !== null && result.grade !== null && recordedGrade !== result.grade) {
    const alsoFine = recordedTotal !== null && totalAccepted && gradeFor(recordedTotal, profile) === recordedGrade;
    if (!alsoFine) {
      const at = table.total?.grade?.address ?? a1(table.range.top, table.range.left);
      out.add('error', 'grade-mismatch', at, { recorded: recordedGrade, expected: result.grade ?? '—', total });
    }
  }
  for (const r of reviewTable(table, result, profile, totalAccepted)) out.review(r);
  return result;
}

// ── 附件1 ────────────────────────────────────────────────────────────────────────────────────────────────────

function evaluateBasic(table: BasicData, profile: RuleProfile, out: Findings): BasicResult {
  const authorized = num(table.staffing.authorized);
  const actual = num(table.staffing.actual);
  const rateSlot = table.staffing.rate;
  const recorded = rateSlot ? parseRateCell(rateSlot.cell) : null;
  const staffingRate = authorized !== null && actual !== null && authorized > 0 ? actual / authorized : null;
  if (rateSlot && authorized !== null && actual !== null && staffingRate !== null && recorded !== null && !ratesAgree(recorded, staffingRate, profile)) {
    out.add('error', 'staffing-rate-mismatch', rateSlot.address, { recorded, expected: staffingRate, actual, authorized });
  }
  return { kind: 'basic', table, staffingRate, recordedStaffingRate: recorded };
}

/** Evaluate every located table; results follow the tables' order, findings follow each table's rows. */
export function evaluateTables(tables: AnnexTable[], profile: RuleProfile): Evaluation {
  const results: AnyTableResult[] = [];
  const findings: Finding[] = [];
  for (const t of tables) {
    const out = new Findings(t);
    results.push(t.kind === 'basic' ? evaluateBasic(t, profile, out) : evaluateScoredTable(t, profile, out));
    for (const f of out.list) findings.push(f);
  }
  return { results, findings };
}
