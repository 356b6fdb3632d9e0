// The finding rules of one indicator row, once it is read and scored (evaluate.ts evaluateIndicator): what could
// not be read, the outcome, the recorded score against the rule, an actual that claims instead of measures, and
// the deviation note. Each rule is a small function over the row's facts (ScoredRow) adding to the table's
// Findings; reportRow runs them in the order a reader meets them.

import type { ExplanationVerdict } from './explanation';
import { claimsCompleted, saysNotMet } from './explanation';
import { excelError } from './cellError';
import type { Finding, FindingCode, FindingParams, NoteState, RowPart, Severity } from './findings';
import type { RowKind } from './forms';
import type { IndicatorRow } from './model';
import type { RuleProfile } from './profile';
import type { IndicatorResult } from './result';
import type { Review } from './reviewChecks';
import { scoresAgree, type IndicatorScore } from './score';
import type { Actual, Slot, Target } from './types';

/** The findings of one table, each with the table's sheet and id. */
export class Findings {
  readonly list: Finding[] = [];
  constructor(private readonly table: { id: string; sheet: string }) {}
  add<C extends FindingCode>(
    severity: Severity,
    code: C,
    cell: string,
    params: FindingParams[C],
    indicator?: string,
  ): void {
    const f = { severity, code, sheet: this.table.sheet, cell, params, table: this.table.id } as Finding;
    if (indicator !== undefined) f.indicator = indicator;
    this.list.push(f);
  }
  /** A reviewer check's finding (reviewChecks.ts), with this table's sheet and id. */
  review(r: Review): void {
    const f = {
      severity: r.severity,
      code: r.code,
      sheet: this.table.sheet,
      cell: r.cell,
      params: r.params,
      table: this.table.id,
    } as Finding;
    if (r.indicator !== undefined) f.indicator = r.indicator;
    this.list.push(f);
  }
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
function disagreesWith(
  s: IndicatorScore,
  weight: number | null,
  recorded: number | null,
  profile: RuleProfile,
): boolean {
  return (
    recorded !== null &&
    s.score !== null &&
    (!scoresAgree(recorded, s.score, profile) || fullForMissed(s, weight, recorded, profile))
  );
}

/** The recorded score of a missed row accepted only as the officer's rounding of the computed one (7.84 → 8), else null. */
function roundedScore(
  s: IndicatorScore,
  recorded: number | null,
  disagrees: boolean,
  profile: RuleProfile,
): number | null {
  if (disagrees || recorded === null || s.score === null || (s.status !== 'partial' && s.status !== 'failed'))
    return null;
  return Math.abs(recorded - s.score) > profile.scoreTolerance + 1e-9 ? recorded : null;
}

const NO_ERROR_CELLS: ReadonlySet<string> = new Set();

/** A finding for each of the row's cells holding an error value; returns their addresses. */
function reportErrorCells(row: IndicatorRow, name: string, out: Findings): ReadonlySet<string> {
  // most rows hold no error value: nothing is allocated for them
  if (
    excelError(row.target.cell) === null &&
    excelError(row.actual.cell) === null &&
    excelError(row.weight.cell) === null &&
    excelError(row.score.cell) === null
  ) {
    return NO_ERROR_CELLS;
  }
  const at = new Set<string>();
  const slots: [Slot | undefined, RowPart][] = [
    [row.target, 'target'],
    [row.actual, 'actual'],
    [row.weight, 'weight'],
    [row.score, 'score'],
  ];
  for (const [slot, part] of slots) {
    const error = slot ? excelError(slot.cell) : null;
    if (!slot || error === null || at.has(slot.address)) continue;
    at.add(slot.address);
    out.add('warning', 'unparsed-value', slot.address, { reason: 'cellError', name, part, error }, name);
  }
  return at;
}

/** One indicator row once read, scored and put into its result: what the finding rules look at. */
export interface ScoredRow {
  row: IndicatorRow;
  name: string;
  kind: RowKind;
  target: Target;
  actual: Actual;
  weight: number | null;
  recorded: number | null;
  s: IndicatorScore;
  result: IndicatorResult;
  /** A 预算执行率 row scored from the rate alone: its outcome is reported like the budget block's. */
  rateOnly: boolean;
  /** A blank or unreadable target/actual with a score filled in. */
  unreadableWithScore: boolean;
  noteRequired: boolean;
  /** The note cell explains the deviation. */
  noted: boolean;
  noteText: string;
  verdict: ExplanationVerdict;
}

/** The row's findings; returns whether its recorded score disagrees with the rule. */
export function reportRow(r: ScoredRow, profile: RuleProfile, out: Findings): boolean {
  // what could not be read; an error value (#N/A, #REF!) is named as such, not as a blank or unreadable cell
  const errorAt = reportErrorCells(r.row, r.name, out);
  reportUnreadable(r, errorAt, out);
  // a review row whose recorded score is outside its band gets one finding, the score-mismatch of reportRecorded
  const outsideBand =
    r.s.status === 'review' && r.recorded !== null && r.s.band !== undefined && r.recorded !== r.s.score;
  const scoreDisagrees = disagreesWith(r.s, r.weight, r.recorded, profile);
  reportOutcome(r, outsideBand, roundedScore(r.s, r.recorded, scoreDisagrees, profile), out);
  const disagrees = reportRecorded(r, outsideBand, scoreDisagrees, profile, out);
  reportClaimedActual(r, out);
  reportNote(r, profile, out);
  return disagrees;
}

/** A judged row without its score, a blank or unreadable target/actual, units that cannot be compared, no weight. */
function reportUnreadable(
  { row, name, kind, s, actual, weight, recorded, result }: ScoredRow,
  errorAt: ReadonlySet<string>,
  out: Findings,
): void {
  const scoreAt = row.score.address;
  if (kind === 'judged') {
    if (recorded === null && weight !== null && !(row.score && errorAt.has(row.score.address))) {
      out.add('warning', 'unparsed-value', scoreAt, { reason: 'judgedNoScore', name }, name);
    }
  } else if (s.status === 'unparsed') {
    const blank =
      s.problem === 'blank-target'
        ? actual.kind === 'blank'
          ? 'targetAndActual'
          : 'target'
        : s.problem === 'blank-actual'
          ? 'actual'
          : null;
    if (blank !== null) {
      const at = s.problem === 'blank-target' ? row.target.address : row.actual.address;
      if (recorded !== null) out.add('error', 'blank-with-score', scoreAt, { name, blank, recorded }, name);
      else if (weight !== null) out.add('warning', 'unparsed-value', at, { reason: 'blank', name, blank }, name);
    } else if (s.problem === 'unparsed-target' && !errorAt.has(row.target.address)) {
      out.add(
        'warning',
        'unparsed-value',
        row.target.address,
        { reason: 'unreadable', name, part: 'target', text: result.targetText },
        name,
      );
    } else if (s.problem === 'unparsed-actual' && !errorAt.has(row.actual.address)) {
      out.add(
        'warning',
        'unparsed-value',
        row.actual.address,
        { reason: 'unreadable', name, part: 'actual', text: result.actualText },
        name,
      );
    } else if (s.problem === 'unit-mismatch') {
      const p = { name, explanation: s.explanation, targetText: result.targetText, actualText: result.actualText };
      out.add('warning', 'unit-mismatch', row.actual.address, p, name);
    }
  } else if (s.problem === 'no-weight' && !errorAt.has(row.weight.address)) {
    out.add('warning', 'unparsed-value', row.weight.address, { reason: 'noWeight', name }, name);
  }
}

/** The outcome: a missed target, a row for a person to judge, points taken off for over-achievement. */
function reportOutcome(
  { row, name, kind, s, weight, result, rateOnly }: ScoredRow,
  outsideBand: boolean,
  rounded: number | null,
  out: Findings,
): void {
  const scoreAt = row.score.address;
  if (rateOnly) {
    // reported like the budget block's rate
  } else if (s.status === 'partial' || s.status === 'failed') {
    const p: FindingParams['indicator-failed'] = {
      name,
      explanation: s.explanation,
      targetText: result.targetText,
      actualText: result.actualText,
      score: s.score,
      weight,
    };
    if (rounded !== null) p.rounded = rounded;
    out.add('warning', 'indicator-failed', scoreAt, p, name);
  } else if (s.status === 'review' && !outsideBand && kind !== 'judged') {
    out.add(
      'warning',
      'indicator-review',
      scoreAt,
      { kind: 'row', name, explanation: s.explanation, targetText: result.targetText, actualText: result.actualText },
      name,
    );
  } else if (s.penalty !== undefined)
    out.add(
      'warning',
      'over-achievement-deduction',
      scoreAt,
      { name, explanation: s.explanation, penalty: s.penalty },
      name,
    );
}

/** The recorded score against the rule; returns whether it disagrees. */
function reportRecorded(
  { row, name, s, weight, recorded }: ScoredRow,
  outsideBand: boolean,
  scoreDisagrees: boolean,
  profile: RuleProfile,
  out: Findings,
): boolean {
  const scoreAt = row.score.address;
  if (recorded !== null && weight !== null && recorded > weight + profile.scoreTolerance) {
    out.add('error', 'score-above-weight', scoreAt, { name, recorded, weight }, name);
    return true;
  }
  if (recorded !== null && s.score !== null) {
    if (s.status === 'review') {
      if (!outsideBand || !s.band) return false;
      const [low, high] = s.band;
      out.add(
        'error',
        'score-mismatch',
        scoreAt,
        { kind: 'band', name, recorded, low, high, highExcluded: weight !== null && high < weight },
        name,
      );
      return true;
    }
    if (s.status === 'met' && s.band !== undefined) {
      // a qualitative row judged 达成: any score in its band (80%–100% of the weight) is the rule's
      if (recorded >= s.band[0]) return false;
      out.add('error', 'met-below-full', scoreAt, { kind: 'band', name, recorded, explanation: s.explanation }, name);
      return true;
    }
    if (
      s.status === 'met' &&
      s.penalty === undefined &&
      weight !== null &&
      recorded < weight - profile.scoreTolerance
    ) {
      out.add(
        'error',
        'met-below-full',
        scoreAt,
        { kind: 'full', name, recorded, weight, explanation: s.explanation },
        name,
      );
      return true;
    }
    if (!scoreDisagrees) return false;
    out.add(
      'error',
      'score-mismatch',
      scoreAt,
      { kind: 'rule', name, recorded, expected: s.score, explanation: s.explanation },
      name,
    );
    return true;
  }
  if (recorded !== null && recorded > 0 && s.status === 'notApplicable') {
    out.add(
      'error',
      'score-mismatch',
      scoreAt,
      { kind: 'rule', name, recorded, expected: 0, explanation: s.explanation },
      name,
    );
    return true;
  }
  return false;
}

/** An actual that repeats the target's comparator (≥360天) or only says 满意 for a number: claimed, not measured. */
function reportClaimedActual({ row, name, target, actual, s, result }: ScoredRow, out: Findings): void {
  if (actual.kind === 'quantity' && actual.repeatsComparator) {
    if (s.status === 'met') result.status = 'review'; // 「≥360天」 claims the target, it does not measure it
    out.add('warning', 'actual-repeats-comparator', row.actual.address, { name, text: result.actualText }, name);
  } else if (claimedNotMeasured(target, actual, s)) {
    // scored as the officer says, but not verified: counted for review, not as met (the finding says why)
    result.status = 'review';
    out.add(
      'warning',
      'actual-not-measured',
      row.actual.address,
      { name, text: result.actualText, target: result.targetText },
      name,
    );
  }
}

/** The deviation note: missing where one is owed, or saying the opposite of the score. */
function reportNote(r: ScoredRow, profile: RuleProfile, out: Findings): void {
  const { row, name, s, weight, recorded, noteText, verdict } = r;
  if (r.noteRequired && !r.noted && !r.unreadableWithScore) {
    const at = row.note?.address ?? row.score.address;
    const sc = s.score ?? recorded;
    if (
      (s.status === 'failed' || s.status === 'partial') &&
      claimsCompleted(verdict) &&
      sc !== null &&
      weight !== null
    ) {
      out.add(
        'warning',
        'note-contradicts-score',
        at,
        { kind: 'saysCompleted', name, score: sc, weight, note: noteText },
        name,
      );
    } else if (s.overAchieved && s.ratio !== undefined) {
      const { actualText, targetText } = r.result;
      const p = {
        name,
        actual: r.actual,
        target: r.target,
        actualText,
        targetText,
        ratio: s.ratio,
        threshold: profile.overAchievementNote,
        note: verdict,
      };
      out.add('warning', 'over-achievement-note', at, p, name);
    } else {
      // a form without a 偏差原因 column cannot be faulted for an empty one: the explanation goes in the report (a warning)
      const note: NoteState = row.note ? verdict : { kind: 'noColumn' };
      const severity = row.note ? 'error' : 'warning';
      if (sc === null || weight === null) out.add(severity, 'note-missing', at, { kind: 'unscored', name, note }, name);
      else out.add(severity, 'note-missing', at, { kind: 'scored', name, score: sc, weight, note }, name);
    }
  } else if (
    s.status === 'met' &&
    noteText !== '' &&
    row.note &&
    weight !== null &&
    (recorded ?? s.score ?? 0) >= weight - profile.scoreTolerance &&
    saysNotMet(noteText)
  ) {
    out.add(
      'warning',
      'note-contradicts-score',
      row.note.address,
      { kind: 'saysNotMet', name, weight, note: noteText },
      name,
    );
  }
}
