// Evaluates located annex tables by a rule profile: parses every indicator's cells, scores them, computes
// 执行率/得分/总分/等级, drafts deviation notes, and reports what the table records differently (findings
// naming sheet and cell). Cross-table 勾稽 checks live in ./consistency, not here.

import type { AnnexTable, BasicData, IndicatorRow, ScoredTable } from './model';
import type { AnyTableResult, BasicResult, BudgetResult, Evaluation, IndicatorResult, TableResult } from './result';
import type { RuleProfile } from './profile';
import type { Actual, Finding, FindingCode, RawCell, Severity, Slot, Target } from './types';
import { describeTarget, formatQuantity, parseActual, parseNumberCell, parseRateCell, parseTarget } from './parse';
import { gradeFor, normalizeGrade, ratesAgree, scoreBudget, scoreIndicator, scoresAgree, totalCapFor, type BudgetScore, type IndicatorScore } from './score';
import { againstDeadline } from './dates';
import { foldSpaces } from './text';
import { toA1 as a1 } from './address';
import { rawCellText, shortName } from './cells';
import { excelError } from './cellError';
import { actualText, daysText, formatNumber, formatPercent, formatPoints, formatRatio, round } from './format';
import { findingText as F } from '../i18n/zh-CN/scoring';
import type { NoteDraft } from './explain';
import { explainZh } from '../i18n/explain';
import { formsText as X } from '../i18n/zh-CN/forms';
import { isExecutionRow, isUnweightedOptional, judgedScore, namesExecutionRate, rateRowScore, rowKind, unscoredRow, weightlessRow, type RowKind } from './forms';
import type { TableForm } from './model';
import { claimsCompleted, isExplanation, judgeExplanation, saysNotMet, type ExplanationVerdict } from './explanation';
import { MAX_TOTAL, noteState, overMaxTotal, printedPartsSum, quote, reviewTable, reviewUnknownWeights } from './reviewChecks';

/** The cell's text tidied ('' for blank and white space only). */
export function cellText(c: RawCell | undefined): string {
  return foldSpaces(rawCellText(c));
}

const NO_NOTE: ExplanationVerdict = { kind: 'blank' };
const WRITTEN: ExplanationVerdict = { kind: 'written' };

class Findings {
  readonly list: Finding[] = [];
  constructor(private readonly table: { id: string; sheet: string }) {}
  where(cell: string): string {
    return `${this.table.sheet}!${cell}`;
  }
  add(severity: Severity, code: FindingCode, cell: string, message: string, indicator?: string): void {
    const f: Finding = { severity, code, sheet: this.table.sheet, cell, message, table: this.table.id };
    if (indicator !== undefined) f.indicator = indicator;
    this.list.push(f);
  }
}

// ── deviation notes ─────────────────────────────────────────────────────────────────────────────────────────

function comparableValue(a: Actual): { value: number; unit: string } | null {
  return a.kind === 'quantity' ? a.value : null;
}

/**
 * What a drafted note states, as facts (worded by the form's wording when the plan writes it): 「实际完成59.22%，低于
 * 目标区间下限60%，差0.78个百分点。原因：；改进措施：」 and its kin, such as 「实际完成时间2023年9月，晚于目标2023年6月30日前。…」.
 */
export function noteDraft(target: Target, actual: Actual, s: IndicatorScore, year?: number): NoteDraft {
  const a = comparableValue(actual);
  if (s.overAchieved && s.ratio !== undefined) {
    return { kind: 'overAchieved', actual: a ? formatQuantity(a) : actualText(actual), target: describeTarget(target), ratio: s.ratio };
  } else if (target.kind === 'deadline' && actual.kind === 'date') {
    const late = againstDeadline(actual.on, target.by, year) === 'late';
    return { kind: late ? 'lateDate' : 'dateUnclear', actual: actualText(actual), target: describeTarget(target) };
  } else if (s.status === 'review') {
    return { kind: 'qualitative', actual: actualText(actual), target: describeTarget(target) };
  } else if (s.status === 'met' && s.band !== undefined && s.score !== null) {
    return { kind: 'metBand', actual: actualText(actual), score: s.score, weight: s.band[1] };
  } else if (actual.kind === 'quantity' && actual.value.unit === '%' && (target.kind === 'timeLimit' || target.kind === 'deadline' || target.kind === 'qualitative')) {
    return { kind: 'rateBelow', rate: actual.value.value, target: describeTarget(target) };
  } else if (target.kind === 'timeLimit' && actual.kind === 'timeLimit') {
    return { kind: 'lateTime', actual: daysText(actual.days, actual.workdays), target: daysText(target.days, target.workdays) };
  } else if (a && target.kind === 'range') {
    const low = Math.min(target.low.value, target.high.value);
    const high = Math.max(target.low.value, target.high.value);
    const lowQ = target.low.value <= target.high.value ? target.low : target.high;
    const highQ = target.low.value <= target.high.value ? target.high : target.low;
    if (a.value < low) return { kind: 'belowRange', actual: formatQuantity(a), low: formatQuantity(lowQ), gap: { value: low - a.value, unit: lowQ.unit } };
    if (a.value > high) return { kind: 'aboveRange', actual: formatQuantity(a), high: formatQuantity(highQ), gap: { value: a.value - high, unit: highQ.unit } };
  } else if (a && (target.kind === 'atLeast' || target.kind === 'moreThan' || (target.kind === 'equal' && target.value.value !== 0))) {
    const b = target.kind === 'equal' ? target.value : target.bound;
    return { kind: 'belowTarget', actual: formatQuantity(a), target: describeTarget(target), gap: { value: b.value - a.value, unit: b.unit } };
  } else if (a && (target.kind === 'atMost' || target.kind === 'lessThan' || target.kind === 'equal')) {
    const b = target.kind === 'equal' ? target.value : target.bound;
    return { kind: 'aboveLimit', actual: formatQuantity(a), target: formatQuantity(b), gap: { value: a.value - b.value, unit: b.unit } };
  }
  return { kind: 'explained', explanation: s.explanation };
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

/** The quantity a higher-is-better target asks for ('23亿元' of ≥23亿元), for over-achievement messages. */
function askedFor(t: Target): string {
  if (t.kind === 'atLeast' || t.kind === 'moreThan') return formatQuantity(t.bound);
  if (t.kind === 'equal') return formatQuantity(t.value);
  return describeTarget(t);
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
  const slots: [Slot | undefined, string][] = [[row.target, F.what.target], [row.actual, F.what.actual], [row.weight, F.what.weight], [row.score, F.what.score]];
  for (const [slot, what] of slots) {
    const code = slot ? excelError(slot.cell) : null;
    if (!slot || code === null || at.has(slot.address)) continue;
    at.add(slot.address);
    out.add('warning', 'unparsed-value', slot.address, F.cellError(out.where(slot.address), shortName(name), what, code), name);
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
  if (kind === 'notApplicable') return { score: null, status: 'notApplicable', explanation: { kind: 'notApplicable' } };
  if (kind === 'rate' && weight !== null) {
    const s = rateRowScore(weight, amountsOf(ctx, profile), writtenRate(actual), profile);
    if (s) return s;
  }
  const s = scoreIndicator({ name, target, actual, weight, recorded, year: ctx.table?.year }, profile);
  return ctx.form === 'unscored' ? unscoredRow(s) : ctx.table?.weightsUnknown && weight === null ? weightlessRow(s) : s;
}

/** Evaluates one row into `into`; returns whether the recorded score disagrees with the rule. */
function evaluateIndicator(row: IndicatorRow, profile: RuleProfile, out: Findings, into: IndicatorResult[], ctx: RowContext = SCORED, judged?: IndicatorRow[]): boolean {
  const name = foldSpaces(row.name);
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
    ctx.form !== 'scored' || tk === 'notApplicable' || tk === 'qualitative' || tk === 'blank' || tk === 'unparsed' || isExecutionRow(name, row.level2) ||
    isUnweightedOptional(name, weight, recorded);
  let kind: RowKind = special
    ? rowKind({
        form: ctx.form, name, level2: row.level2, targetText, actualText: actualCellText,
        target, weight, recorded, hasCriteria: ctx.hasCriteria || row.criteria !== undefined,
      })
    : 'indicator';
  // a 预算执行率 row with no amounts on the sheet and no rate written in it is judged like the rows around it
  if (kind === 'rate' && (weight === null || (amountsOf(ctx, profile) === null && writtenRate(actual) === null))) kind = 'judged';
  const scored = scoreRow(kind, name, target, actual, weight, recorded, ctx, profile);
  const detail = row.part === 'detail'; // a 其中 row: judged, not scored, no note asked
  const s = detail ? weightlessRow(scored, 'detail') : scored;
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
        : s.status === 'partial' ||
          s.status === 'failed' ||
          // on a table without 分值 a row to judge is not thereby missed
          (s.status === 'review' && !ctx.table?.weightsUnknown && (s.score === null || weight === null || s.score < weight)) ||
          (s.status === 'met' && s.band !== undefined && s.score !== null && weight !== null && s.score < weight - profile.scoreTolerance);
  const unreadableWithScore = s.status === 'unparsed' && recorded !== null && s.problem !== 'unit-mismatch';
  const noteRequired = !detail && (missed || s.overAchieved === true || unreadableWithScore);

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
  if (noteRequired && !noted && !unreadableWithScore && kind !== 'judged') result.draft = noteDraft(target, actual, s, ctx.table?.year);

  // what could not be read; an error value (#N/A, #REF!) is named as such, not as a blank or unreadable cell
  const errorAt = reportErrorCells(row, name, out);
  if (kind === 'judged') {
    if (recorded === null && weight !== null && !(row.score && errorAt.has(row.score.address))) {
      out.add('warning', 'unparsed-value', scoreAt, X.judgedNoScore(out.where(scoreAt), shortName(name)), name);
    }
  } else if (s.status === 'unparsed') {
    const blankWhat =
      s.problem === 'blank-target' ? (actual.kind === 'blank' ? F.what.targetAndActual : F.what.target) : s.problem === 'blank-actual' ? F.what.actual : null;
    if (blankWhat !== null) {
      const at = s.problem === 'blank-target' ? row.target.address : row.actual.address;
      if (recorded !== null) out.add('error', 'blank-with-score', scoreAt, F.blankWithScore(out.where(scoreAt), shortName(name), blankWhat, formatPoints(recorded)), name);
      else if (weight !== null) out.add('warning', 'unparsed-value', at, F.blankNoScore(out.where(at), shortName(name), blankWhat), name);
    } else if (s.problem === 'unparsed-target' && !errorAt.has(row.target.address)) {
      out.add('warning', 'unparsed-value', row.target.address, F.unparsed(out.where(row.target.address), shortName(name), F.what.target, result.targetText), name);
    } else if (s.problem === 'unparsed-actual' && !errorAt.has(row.actual.address)) {
      out.add('warning', 'unparsed-value', row.actual.address, F.unparsed(out.where(row.actual.address), shortName(name), F.what.actual, result.actualText), name);
    } else if (s.problem === 'unit-mismatch') {
      out.add('warning', 'unit-mismatch', row.actual.address, F.unitMismatch(out.where(row.actual.address), shortName(name), explainZh(s.explanation)), name);
    }
  } else if (s.problem === 'no-weight' && !errorAt.has(row.weight.address)) {
    out.add('warning', 'unparsed-value', row.weight.address, F.noWeight(out.where(row.weight.address), shortName(name)), name);
  }

  // the outcome; a review row whose recorded score is outside its band gets one finding, the score-mismatch below
  const outsideBand = s.status === 'review' && recorded !== null && s.band !== undefined && recorded !== s.score;
  const scoreDisagrees = disagreesWith(s, weight, recorded, profile);
  const rounded = roundedScore(s, recorded, scoreDisagrees, profile);
  if (rateOnly) {
    // reported like the budget block's rate
  } else if (s.status === 'partial' || s.status === 'failed') out.add('warning', 'indicator-failed', scoreAt, F.failed(out.where(scoreAt), shortName(name), explainZh(s.explanation) + (rounded === null ? '' : F.roundingAccepted(formatPoints(rounded)))), name);
  else if (s.status === 'review' && !outsideBand && kind !== 'judged') out.add('warning', 'indicator-review', scoreAt, F.review(out.where(scoreAt), shortName(name), explainZh(s.explanation)), name);
  else if (s.penalty !== undefined) out.add('warning', 'over-achievement-deduction', scoreAt, F.deducted(out.where(scoreAt), shortName(name), explainZh(s.explanation)), name);

  // the recorded score against the rule
  let disagrees = false;
  if (recorded !== null && weight !== null && recorded > weight + profile.scoreTolerance) {
    out.add('error', 'score-above-weight', scoreAt, F.aboveWeight(out.where(scoreAt), shortName(name), formatPoints(recorded), formatPoints(weight)), name);
    disagrees = true;
  } else if (recorded !== null && s.score !== null) {
    if (s.status === 'review') {
      if (outsideBand && s.band) {
        const [lo, hi] = s.band;
        const band = `${formatPoints(lo)}–${formatPoints(hi)}分${weight !== null && hi < weight ? `（不含${formatPoints(hi)}分）` : ''}`;
        out.add('error', 'score-mismatch', scoreAt, F.reviewOutside(out.where(scoreAt), shortName(name), formatPoints(recorded), band), name);
        disagrees = true;
      }
    } else if (s.status === 'met' && s.band !== undefined) {
      // a qualitative row judged 达成: any score in its band (80%–100% of the weight) is the rule's
      if (recorded < s.band[0]) {
        out.add('error', 'met-below-full', scoreAt, F.metBelowBand(out.where(scoreAt), shortName(name), formatPoints(recorded), explainZh(s.explanation)), name);
        disagrees = true;
      }
    } else if (s.status === 'met' && s.penalty === undefined && weight !== null && recorded < weight - profile.scoreTolerance) {
      out.add('error', 'met-below-full', scoreAt, F.metBelowFull(out.where(scoreAt), shortName(name), formatPoints(recorded), formatPoints(weight), explainZh(s.explanation)), name);
      disagrees = true;
    } else if (scoreDisagrees) {
      out.add('error', 'score-mismatch', scoreAt, F.scoreMismatch(out.where(scoreAt), shortName(name), formatPoints(recorded), formatPoints(s.score), explainZh(s.explanation)), name);
      disagrees = true;
    }
  } else if (recorded !== null && recorded > 0 && s.status === 'notApplicable') {
    out.add('error', 'score-mismatch', scoreAt, F.scoreMismatch(out.where(scoreAt), shortName(name), formatPoints(recorded), '0', explainZh(s.explanation)), name);
    disagrees = true;
  }

  if (actual.kind === 'quantity' && actual.repeatsComparator) {
    if (s.status === 'met') result.status = 'review'; // 「≥360天」 claims the target, it does not measure it
    out.add('warning', 'actual-repeats-comparator', row.actual.address, F.repeatsComparator(out.where(row.actual.address), shortName(name), result.actualText), name);
  } else if (claimedNotMeasured(target, actual, s)) {
    // scored as the officer says, but not verified: counted for review, not as met (the finding below says why)
    result.status = 'review';
    out.add('warning', 'actual-not-measured', row.actual.address, F.notMeasured(out.where(row.actual.address), shortName(name), result.actualText, result.targetText), name);
  }

  if (noteRequired && !noted && !unreadableWithScore) {
    const at = row.note?.address ?? scoreAt;
    const state = noteState(verdict);
    const sc = s.score ?? recorded;
    if ((s.status === 'failed' || s.status === 'partial') && claimsCompleted(verdict) && sc !== null && weight !== null) {
      out.add('warning', 'note-contradicts-score', at, F.noteSaysCompleted(out.where(at), shortName(name), formatPoints(sc), formatPoints(weight), quote(noteText)), name);
    } else if (s.overAchieved && s.ratio !== undefined) {
      const msg = F.overAchievementNote(out.where(at), shortName(name), actualText(actual), askedFor(target), formatRatio(s.ratio), formatPercent(profile.overAchievementNote, 2), state);
      out.add('warning', 'over-achievement-note', at, msg, name);
    } else {
      // a form without a 偏差原因 column cannot be faulted for an empty one: the explanation goes in the report (a warning)
      const why = row.note ? state : F.noteState.noColumn;
      const msg =
        sc === null || weight === null
          ? F.noteMissingUnscored(out.where(at), shortName(name), why)
          : F.noteMissing(out.where(at), shortName(name), formatPoints(sc), formatPoints(weight), why);
      out.add(row.note ? 'error' : 'warning', 'note-missing', at, msg, name);
    }
  } else if (s.status === 'met' && noteText !== '' && row.note && weight !== null && (recorded ?? s.score ?? 0) >= weight - profile.scoreTolerance && saysNotMet(noteText)) {
    out.add('warning', 'note-contradicts-score', row.note.address, F.noteSaysNotMet(out.where(row.note.address), shortName(name), formatPoints(weight), quote(noteText)), name);
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
    if (rateRow) out.add('info', 'budget-missing', topLeft, F.budgetAsIndicator(out.where(topLeft), String(rateRow.row + 1)));
    else out.add('warning', 'budget-missing', topLeft, F.budgetMissing(out.where(topLeft), F.budgetParts.block));
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
      budget.explanation = { kind: 'budgetNotScored', rate: budget.rate, executed: budget.executed, denominator: den, base: budget.denominator };
    }
  }
  let disagrees = false;
  if (budget.rate === null) {
    const first = budget.missing[0];
    const slot = first === 'executed' ? b.total.executed : first === 'initial' ? b.total.initial : first === 'fullYear' ? b.total.fullYear : (b.total.fullYear ?? b.total.initial);
    const at = slot?.address ?? tableCorner(table);
    const what = budget.missing.length ? budget.missing.map((m) => F.budgetParts[m]).join('、') : F.budgetParts[profile.budget.denominator];
    // an error value (#N/A, #REF!) is named as such, not as a missing figure
    const code = budget.missing.length && slot ? excelError(slot.cell) : null;
    const zero = budget.missing.length === 0 && budget.denominator !== null && budget[budget.denominator] === 0 ? budget.denominator : null;
    if (code !== null) out.add('warning', 'budget-missing', at, F.budgetCellError(out.where(at), F.budgetParts[budget.missing[0]], code));
    else if (zero !== null) out.add('warning', 'budget-missing', at, F.budgetZero(out.where(at), F.budgetParts[zero])); // printed 0, not blank
    else out.add('warning', 'budget-missing', at, F.budgetMissing(out.where(at), what));
    return { budget, disagrees };
  }
  const rateAt = b.rate?.address ?? b.total.executed?.address ?? tableCorner(table);
  if (budget.recordedRate !== null && !ratesAgree(budget.recordedRate, budget.rate, profile)) {
    const den = budget.denominator === 'initial' ? '年初预算数' : '全年预算数';
    out.add('error', 'rate-mismatch', rateAt, F.rateMismatch(out.where(rateAt), formatPercent(budget.recordedRate, 2), formatPercent(budget.rate, 2), `全年执行数 ÷ ${den}`));
    disagrees = true;
  }
  if (budget.overRate) out.add('warning', 'rate-over-100', rateAt, F.rateOver100(out.where(rateAt), formatPercent(budget.rate, 2)));
  if (profile.executionNoteBelow !== undefined && budget.rate < profile.executionNoteBelow) {
    out.add('info', 'note-missing', rateAt, F.executionNote(out.where(rateAt), formatPercent(budget.rate, 2), formatPercent(profile.executionNoteBelow, 2)));
  }
  if (budget.recordedScore !== null && budget.score !== null && !scoresAgree(budget.recordedScore, budget.score, profile)) {
    const at = b.score?.address ?? rateAt;
    out.add('error', 'budget-score-mismatch', at, F.budgetScoreMismatch(out.where(at), formatPoints(budget.recordedScore), formatPoints(budget.score), explainZh(budget.explanation)));
    disagrees = true;
  } else if (budget.recordedScore !== null && budget.score !== null && Math.abs(budget.recordedScore - budget.score) > profile.scoreTolerance + 1e-9) {
    // accepted as the officer's rounding (8.62 → 9), and said so, as for an indicator row
    const at = b.score?.address ?? rateAt;
    out.add('info', 'budget-score-rounded', at, F.budgetScoreRounded(out.where(at), explainZh(budget.explanation), formatPoints(budget.recordedScore)));
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
    if (row.level1Points === undefined || row.part === 'sum') continue;
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
        out.add('error', 'weights-level1', at, F.weightsLevel1(out.where(at), g.label, formatPoints(g.points), formatPoints(round(g.sum, 4))));
      }
    }
  }
  const declared = num(table.total?.weight) ?? 100;
  let sum = budgetWeight ?? 0;
  for (let i = 0; i < indicators.length; i++) if (rows[i]?.part !== 'sum') sum += indicators[i].weight ?? 0;
  if (indicators.length > 0 && Math.abs(sum - declared) > 1e-6) {
    const at = table.total?.weight?.address ?? tableCorner(table);
    // over 100 on the points the table prints (not a default budget weight, nor a block beside a 预算执行率 row) is an error
    const printedBudget = rows.some(namesExecutionRate) ? null : num(table.budget?.weight);
    const printed = sum - (budgetWeight ?? 0) + (printedBudget ?? 0);
    out.add(printed > MAX_TOTAL + 1e-6 ? 'error' : 'warning', 'weights-total', at, F.weightsTotal(out.where(at), formatPoints(declared), formatPoints(round(sum, 4))));
  }
  return declared;
}

/** Why rows could not be scored, counted: 「2项指标的实际完成值为空」. */
function unscorableReasons(rows: IndicatorResult[]): string {
  const counts = new Map<string, number>();
  for (const r of rows) {
    const what =
      r.targetText === '' && r.actualText === ''
        ? F.what.targetAndActual
        : r.targetText === ''
          ? F.what.target
          : r.actualText === ''
            ? F.what.actual
            : '';
    counts.set(what, (counts.get(what) ?? 0) + 1);
  }
  return [...counts].map(([what, n]) => F.unscorableRows(String(n), what)).join('、');
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
    const at = judged[0].score.address;
    const rows = judged.map((r) => r.row + 1);
    const span = rows.length > 1 && rows[rows.length - 1] - rows[0] === rows.length - 1 ? `${rows[0]}–${rows[rows.length - 1]}` : rows.join('、');
    out.add('info', 'indicator-review', at, X.judgedRows(out.where(at), String(judged.length), span));
  }
  if (table.form === 'unscored') {
    const at = tableCorner(table);
    out.add('info', 'unscored-form', at, X.unscoredForm(out.where(at), table.title || table.name));
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
    out.add('warning', 'table-incomplete', at, F.tableIncomplete(out.where(at), table.title || table.name));
    return result;
  }
  if (table.form === 'unscored') {
    result.counts.failed = indicators.filter((r) => r.status === 'failed').length;
    return result; // nothing scored: no weights, no total, no grade
  }
  // a table with 得分 but no 分值: the weights cannot be checked, the recorded scores can (reviewUnknownWeights)
  const declared = table.weightsUnknown ? (num(table.total?.weight) ?? MAX_TOTAL) : checkWeights(table, indicators, budget ? budget.weight : null, out);
  if (table.weightsUnknown) for (const f of reviewUnknownWeights(table, indicators)) out.add(f.severity, f.code, f.cell, f.message);

  // total: computed scores, and where a row could not be scored, what the table records for it
  let sum = budget?.score ?? budget?.recordedScore ?? 0;
  let recordedSum = budget?.recordedScore ?? 0;
  let naWeight = 0;
  let unscorable: IndicatorResult[] | undefined;
  for (let i = 0; i < indicators.length; i++) {
    const r = indicators[i];
    if (table.indicators[i]?.part === 'sum') continue; // its numbered rows are counted
    if (r.status === 'notApplicable') {
      naWeight += r.weight !== null && r.weight > 0 ? r.weight : 0;
      continue;
    }
    if (r.score !== null) sum += r.score;
    else if (r.recorded !== null) sum += Math.max(0, r.weight !== null ? Math.min(r.recorded, r.weight) : r.recorded);
    else if (r.weight !== null && r.weight > 0) (unscorable ??= []).push(r);
    recordedSum += r.recorded ?? 0;
  }
  if (unscorable) {
    // a weighted row with neither a computed nor a recorded score: its points are unknown, so is the total
    const at = table.total?.score?.address ?? tableCorner(table);
    out.add('warning', 'table-incomplete', at, F.totalNotComputable(out.where(at), unscorableReasons(unscorable), unscorable.map((r) => String(r.row + 1)).join('、')));
    for (const f of reviewTable(table, result, profile, true)) out.add(f.severity, f.code, f.cell, f.message, f.indicator);
    return result;
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
  // above 100 the weights are wrong (total-over-100 and weights-total say so): no sum of 110 is put to the officer, neither
  // as the total the rule gives nor as the parts' sum (so the printed total is not taken as checked either)
  const overMax = overMaxTotal(total);
  let totalAccepted = !overMax;
  if (recordedTotal !== null && !overMax) {
    totalAccepted =
      scoresAgree(recordedTotal, total, profile) ||
      // the printed parts' sum is accepted only where it is the rule's total within the same tolerance: parts rounded
      // one by one (8.62 → 9 twice) add up to 98 where the rule's 97.24 rounds to 97 (RULES §2 Rounding)
      (!anyDisagrees && !result.capApplied && naWeight === 0 && Math.abs(recordedTotal - recordedSum) <= profile.scoreTolerance + 1e-9 && scoresAgree(recordedSum, total, profile));
    if (!totalAccepted) {
      const at = table.total?.score?.address ?? a1(table.range.top, table.range.left);
      // the printed scores' own sum, where it is not the rule's total, is what the officer added up: name it
      const printed = result.capApplied ? null : printedPartsSum(table, result, profile);
      let msg =
        printed === null || scoresAgree(printed, total, profile)
          ? F.totalMismatch(out.where(at), formatPoints(recordedTotal), formatPoints(total))
          : scoresAgree(recordedTotal, printed, profile)
            ? anyDisagrees
              ? F.totalOfWrongParts(out.where(at), formatPoints(recordedTotal), formatPoints(total))
              : F.totalOfRoundedParts(out.where(at), formatPoints(recordedTotal), formatPoints(total), formatPoints(round(total, 0)))
            : F.totalMismatchParts(out.where(at), formatPoints(recordedTotal), formatPoints(printed), formatPoints(total));
      if (result.capApplied && cap !== null && budget?.rate != null) msg += F.totalCapped('', formatPercent(budget.rate, 2), formatPoints(cap));
      out.add('error', 'total-mismatch', at, msg);
    }
  }
  const head = num(table.headTotal);
  if (head !== null && table.headTotal && !scoresAgree(head, total, profile)) {
    out.add('error', 'total-mismatch', table.headTotal.address, F.totalMismatch(out.where(table.headTotal.address), formatPoints(head), formatPoints(total)));
  }
  if (recordedGrade !== null && result.grade !== null && recordedGrade !== result.grade) {
    const alsoFine = recordedTotal !== null && totalAccepted && gradeFor(recordedTotal, profile) === recordedGrade;
    if (!alsoFine) {
      const at = table.total?.grade?.address ?? a1(table.range.top, table.range.left);
      out.add('error', 'grade-mismatch', at, F.gradeMismatch(out.where(at), recordedGrade, result.grade ?? '—', formatPoints(total)));
    }
  }
  for (const f of reviewTable(table, result, profile, totalAccepted)) out.add(f.severity, f.code, f.cell, f.message, f.indicator);
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
    const where = out.where(rateSlot.address);
    out.add('error', 'staffing-rate-mismatch', rateSlot.address, F.staffingMismatch(where, formatPercent(recorded, 2), formatPercent(staffingRate, 2), formatNumber(actual, 2), formatNumber(authorized, 2)));
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
