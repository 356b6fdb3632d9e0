// Scores one indicator and the execution rate by a RuleProfile, grades a total, and decides whether a
// recorded figure agrees with the rule. Pure, no regex, no throwing: whatever comes in, a typed result
// comes out with a zh-CN explanation.
//
// Status, precisely:
//  - met          target reached; score = weight (unless a regional over-achievement penalty applies → partial)
//  - partial      a measurable target missed (or penalised) and 0 < score < weight
//  - failed       a measurable target missed and score = 0 (a range missed under allOrNothing, a zero ≤-target exceeded …)
//  - review       qualitative outcome partly/not met, or an actual that cannot be measured against the target:
//                 a person decides within `band`; a recorded score inside the band is kept, else the band's low end
//  - notApplicable target or actual 不适用 (score null)
//  - unparsed     target/actual blank or unreadable, or units that cannot be compared (score null)
// '>' and '<' score as '≥' and '≤' (tables use them interchangeably); '=' scores as '≥', a zero '=' as '≤'.

import type { Actual, QualitativeOutcome, Quantity, Target } from './types';
import type { BudgetResult, IndicatorStatus } from './result';
import type { RuleProfile } from './profile';
import { actualText, formatNumber, formatPercent, formatPoints, formatRatio, round } from './format';
import { describeTarget as targetText } from './parse';
import { explainText as T } from '../i18n/zh-CN/scoring';

export { round } from './format';

export interface IndicatorInput {
  name: string;
  target: Target;
  actual: Actual;
  weight: number | null;
  recorded: number | null;
}

/** Why an indicator could not be scored (drives the finding code in evaluate). */
export type ScoreProblem = 'blank-target' | 'blank-actual' | 'unparsed-target' | 'unparsed-actual' | 'unit-mismatch' | 'no-weight';

export interface IndicatorScore {
  score: number | null;
  status: IndicatorStatus;
  ratio?: number;
  band?: [number, number];
  overAchieved?: boolean;
  explanation: string;
  /** Set when the indicator could not be (fully) scored. */
  problem?: ScoreProblem;
  /** Points the profile's over-achievement penalty took off. */
  penalty?: number;
}

type Method = 'full' | 'ratio' | 'inverse' | 'linear' | 'bound' | 'rate' | 'zero';

interface Review {
  outcome: QualitativeOutcome | 'unknown';
  incomparable?: boolean;
}

/** How the actual stands against the target, before the weight is applied. */
interface Assessment {
  met: boolean;
  fraction: number; // share of the weight, 0..1
  method: Method;
  subject: string; // '实际完成59.22%'
  targetPart: string; // '目标区间60%–80%'
  ratio?: number;
  overAchieved?: boolean;
  review?: Review;
  mismatch?: boolean;
}

const DAY_UNITS: ReadonlySet<string> = new Set(['天', '工作日', '日']);

function unitsCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  if (a === '' || b === '') return a !== '%' && b !== '%' && a !== '‰' && b !== '‰';
  return DAY_UNITS.has(a) && DAY_UNITS.has(b);
}

function finite(x: number): number | undefined {
  return Number.isFinite(x) ? x : undefined;
}

function clamp01(x: number): number {
  return x > 0 ? (x < 1 ? x : 1) : 0; // NaN → 0
}

function subjectFor(a: Actual): string {
  return a.kind === 'timeLimit' ? T.actualTime(actualText(a)) : T.actual(actualText(a));
}

function reviewFor(a: Actual & { kind: 'qualitative' }): Review {
  return { outcome: a.outcome ?? 'unknown' };
}

/**
 * The number to compare with a quantity target: the quantity itself, the conservative end of a band
 * (`low` when higher is better), a time in days; null when the units cannot be compared.
 */
function comparable(a: Actual, unit: string, higherIsBetter: boolean): number | null {
  switch (a.kind) {
    case 'quantity':
      return unitsCompatible(a.value.unit, unit) ? a.value.value : null;
    case 'range':
      if (!unitsCompatible(a.low.unit, unit)) return null;
      return higherIsBetter ? Math.min(a.low.value, a.high.value) : Math.max(a.low.value, a.high.value);
    case 'timeLimit':
      return unit === '' || DAY_UNITS.has(unit) ? a.days : null;
    default:
      return null;
  }
}

function assessDirected(t: Target, bound: Quantity, higherIsBetter: boolean, a: Actual, p: RuleProfile): Assessment {
  const targetPart = T.target(targetText(t));
  const subject = subjectFor(a);
  if (a.kind === 'qualitative') return qualitativeActual(a, subject, targetPart);
  const v = comparable(a, bound.unit, higherIsBetter);
  if (v === null) return { met: false, fraction: 0, method: 'zero', subject, targetPart, mismatch: true };
  const tv = bound.value;
  if (higherIsBetter) {
    const ratio = tv > 0 ? finite(v / tv) : undefined;
    if (v >= tv) {
      return { met: true, fraction: 1, method: 'full', subject, targetPart, ratio, overAchieved: ratio !== undefined && ratio >= p.overAchievementNote };
    }
    if (tv > 0) return { met: false, fraction: clamp01(v / tv), method: 'ratio', subject, targetPart, ratio };
    return { met: false, fraction: 0, method: 'zero', subject, targetPart };
  }
  const ratio = tv > 0 ? finite(v / tv) : undefined;
  if (v <= tv) return { met: true, fraction: 1, method: 'full', subject, targetPart, ratio };
  if (tv > 0) {
    if (p.negative === 'linearToDouble') return { met: false, fraction: clamp01(2 - v / tv), method: 'linear', subject, targetPart, ratio };
    return { met: false, fraction: clamp01(tv / v), method: 'inverse', subject, targetPart, ratio };
  }
  return { met: false, fraction: 0, method: 'zero', subject, targetPart, ratio };
}

function assessRange(t: Target & { kind: 'range' }, a: Actual, p: RuleProfile): Assessment {
  const targetPart = T.targetRange(targetText(t));
  const subject = subjectFor(a);
  if (a.kind === 'qualitative') return qualitativeActual(a, subject, targetPart);
  const low = Math.min(t.low.value, t.high.value);
  const high = Math.max(t.low.value, t.high.value);
  const unit = t.low.unit;
  let v: number | null;
  if (a.kind === 'range') {
    if (!unitsCompatible(a.low.unit, unit)) v = null;
    else {
      const al = Math.min(a.low.value, a.high.value);
      const ah = Math.max(a.low.value, a.high.value);
      v = al < low ? al : ah > high ? ah : al;
    }
  } else v = comparable(a, unit, true);
  if (v === null) return { met: false, fraction: 0, method: 'zero', subject, targetPart, mismatch: true };
  if (v >= low && v <= high) return { met: true, fraction: 1, method: 'full', subject, targetPart };
  if (p.range === 'allOrNothing') return { met: false, fraction: 0, method: 'zero', subject, targetPart };
  const fraction = v < low ? (low > 0 ? clamp01(v / low) : 0) : v > 0 && high > 0 ? clamp01(high / v) : 0;
  return { met: false, fraction, method: fraction > 0 ? 'bound' : 'zero', subject, targetPart };
}

/** A percentage actual against a time limit or qualitative target: a completion rate. */
function completionRate(rate: number, targetPart: string): Assessment {
  const subject = T.completionRate(formatPercent(rate));
  if (rate >= 1) return { met: true, fraction: 1, method: 'full', subject, targetPart, ratio: finite(rate) };
  return { met: false, fraction: clamp01(rate), method: 'rate', subject, targetPart, ratio: rate };
}

function assessTimeLimit(t: Target & { kind: 'timeLimit' }, a: Actual): Assessment {
  const targetPart = T.target(targetText(t));
  if (a.kind === 'quantity' && a.value.unit === '%') return completionRate(a.value.value, targetPart);
  const subject = subjectFor(a);
  if (a.kind === 'qualitative') return qualitativeActual(a, subject, targetPart);
  const d = comparable(a, '天', false);
  if (d === null) return { met: false, fraction: 0, method: 'zero', subject, targetPart, mismatch: true };
  if (d <= t.days) return { met: true, fraction: 1, method: 'full', subject, targetPart };
  if (t.days > 0) return { met: false, fraction: clamp01(t.days / d), method: 'inverse', subject, targetPart };
  return { met: false, fraction: 0, method: 'zero', subject, targetPart };
}

function qualitativeActual(a: Actual & { kind: 'qualitative' }, subject: string, targetPart: string): Assessment {
  const review = reviewFor(a);
  if (review.outcome === 'met') return { met: true, fraction: 1, method: 'full', subject, targetPart };
  return { met: false, fraction: 0, method: 'zero', subject, targetPart, review };
}

function assessQualitative(t: Target & { kind: 'qualitative' }, a: Actual): Assessment {
  const targetPart = T.target(t.level);
  if (a.kind === 'quantity' && a.value.unit === '%') return completionRate(a.value.value, targetPart);
  const subject = subjectFor(a);
  if (a.kind === 'qualitative') {
    if (a.outcome === undefined && t.level !== '' && (a.level === t.level || a.level.includes(t.level))) {
      return { met: true, fraction: 1, method: 'full', subject, targetPart };
    }
    return qualitativeActual(a, subject, targetPart);
  }
  return { met: false, fraction: 0, method: 'zero', subject, targetPart, review: { outcome: 'unknown', incomparable: true } };
}

function assess(t: Target, a: Actual, p: RuleProfile): Assessment | null {
  switch (t.kind) {
    case 'atLeast':
    case 'moreThan':
      return assessDirected(t, t.bound, true, a, p);
    case 'atMost':
    case 'lessThan':
      return assessDirected(t, t.bound, false, a, p);
    case 'equal':
      return assessDirected(t, t.value, t.value.value !== 0, a, p);
    case 'range':
      return assessRange(t, a, p);
    case 'timeLimit':
      return assessTimeLimit(t, a);
    case 'qualitative':
      return assessQualitative(t, a);
    default:
      return null;
  }
}

function unscorable(status: IndicatorStatus, explanation: string, problem?: ScoreProblem): IndicatorScore {
  return problem ? { score: null, status, explanation, problem } : { score: null, status, explanation };
}

function validWeight(w: number | null): number | null {
  return w !== null && Number.isFinite(w) && w >= 0 ? w : null;
}

function scoredPart(method: Method, s: string, w: string): string {
  switch (method) {
    case 'ratio':
      return T.scoredRatio(s, w);
    case 'inverse':
      return T.scoredInverse(s, w);
    case 'linear':
      return T.scoredLinear(s, w);
    case 'bound':
      return T.scoredBound(s, w);
    case 'rate':
      return T.scoredRate(s, w);
    default:
      return T.scored(s, w);
  }
}

function scoreReview(as: Assessment, review: Review, w: number | null, recorded: number | null, p: RuleProfile): IndicatorScore {
  const [lo, hi] =
    review.outcome === 'partly' ? p.qualitativeBands.partly : review.outcome === 'notMet' ? p.qualitativeBands.notMet : ([0, 1] as const);
  const head = review.incomparable
    ? `${as.subject}，${as.targetPart}，${T.incomparable}`
    : `${as.subject}，${as.targetPart}，${T.outcome[review.outcome]}`;
  if (w === null) return { score: null, status: 'review', explanation: `${head}，${T.noWeight}`, problem: 'no-weight' };
  const low = round(lo * w, p.rounding);
  const high = round(Math.min(hi, 1) * w, p.rounding);
  const highIncluded = hi >= 1;
  const band: [number, number] = [low, high];
  const bandText = T.band(formatPoints(low), formatPoints(high), highIncluded);
  const inside = recorded !== null && Number.isFinite(recorded) && recorded >= low && (highIncluded ? recorded <= high : recorded < high);
  if (inside) return { score: recorded, status: 'review', band, explanation: `${head}，${bandText}，${T.recordedKept(formatPoints(recorded))}` };
  const tail = recorded === null ? T.recordedBlank(formatPoints(low)) : T.recordedOutside(formatPoints(recorded), formatPoints(low));
  return { score: low, status: 'review', band, explanation: `${head}，${bandText}，${tail}` };
}

/** Score one indicator by the profile. Never throws; the score is null or within [0, weight]. */
export function scoreIndicator(input: IndicatorInput, profile: RuleProfile): IndicatorScore {
  const t = input.target;
  const a = input.actual;
  if (t.kind === 'notApplicable' || a.kind === 'notApplicable') return unscorable('notApplicable', T.notApplicable);
  if (t.kind === 'blank') return unscorable('unparsed', T.blankTarget, 'blank-target');
  if (t.kind === 'unparsed') return unscorable('unparsed', T.unparsedTarget(t.text), 'unparsed-target');
  if (a.kind === 'blank') return unscorable('unparsed', T.blankActual, 'blank-actual');
  if (a.kind === 'unparsed') return unscorable('unparsed', T.unparsedActual(a.text), 'unparsed-actual');
  const as = assess(t, a, profile);
  if (as === null) return unscorable('unparsed', T.blankTarget, 'blank-target');
  if (as.mismatch) return unscorable('unparsed', T.unitMismatch(actualText(a), targetText(t)), 'unit-mismatch');
  const w = validWeight(input.weight);
  const recorded = input.recorded !== null && Number.isFinite(input.recorded) ? input.recorded : null;
  if (as.review) {
    const r = scoreReview(as, as.review, w, recorded, profile);
    if (as.ratio !== undefined) r.ratio = as.ratio;
    return r;
  }

  let text = `${as.subject}，${as.targetPart}`;
  if (as.ratio !== undefined && as.method !== 'rate' && (t.kind === 'atLeast' || t.kind === 'moreThan' || (t.kind === 'equal' && t.value.value > 0))) {
    text += `，${T.achieved(formatRatio(as.ratio))}`;
  }
  text += `，${as.met ? T.met : T.missed}`;
  const over = as.overAchieved === true;
  let score: number | null = null;
  let penalty = 0;
  if (w !== null) {
    let raw = w * as.fraction;
    if (over && profile.overAchievementPenalty > 0) {
      penalty = Math.min(w, profile.overAchievementPenalty);
      raw = w - penalty;
    }
    const r = as.fraction === 1 && penalty === 0 ? w : round(raw, profile.rounding);
    score = r > w ? w : r > 0 ? r : 0; // NaN-safe: NaN fails both tests → 0
    text += `，${scoredPart(as.method, formatPoints(score), formatPoints(w))}`;
  } else {
    text += `，${T.noWeight}`;
  }
  if (over) {
    text += `，${T.overAchieved(formatPercent(profile.overAchievementNote - 1, 2))}`;
    if (penalty > 0) text += `，${T.penalty(formatPoints(penalty))}`;
  }

  let status: IndicatorStatus;
  if (as.met && penalty === 0) status = 'met';
  else if (score === null) status = as.fraction > 0 ? 'partial' : 'failed';
  else status = score > 0 ? 'partial' : 'failed';

  const out: IndicatorScore = { score, status, explanation: text };
  if (as.ratio !== undefined) out.ratio = as.ratio;
  if (over) out.overAchieved = true;
  if (penalty > 0) out.penalty = penalty;
  if (w === null) out.problem = 'no-weight';
  return out;
}

export interface BudgetInput {
  initial: number | null;
  fullYear: number | null;
  executed: number | null;
  weight: number | null;
  recordedRate: number | null;
  recordedScore: number | null;
}

export interface BudgetScore extends BudgetResult {
  /** Which budget figure the rate was divided by (the profile's, or the other when it is blank). */
  denominator: 'fullYear' | 'initial' | null;
  /** Figures the rate needs that are blank: the executed amount and/or both budgets. */
  missing: ('fullYear' | 'initial' | 'executed')[];
  overRate: boolean;
  explanation: string;
}

const BUDGET_LABEL = { fullYear: '全年预算数', initial: '年初预算数', executed: '全年执行数' } as const;

function amountText(x: number): string {
  return formatNumber(x, 2);
}

/** 执行率 = 全年执行数 ÷ 全年预算数 (or 年初预算数); score = weight × min(rate, cap). The table's 分值 wins over the profile's. */
export function scoreBudget(b: BudgetInput, profile: RuleProfile): BudgetScore {
  const weight = validWeight(b.weight) ?? profile.budget.weight;
  const preferred = profile.budget.denominator;
  const other = preferred === 'fullYear' ? 'initial' : 'fullYear';
  const denominator = b[preferred] !== null ? preferred : b[other] !== null ? other : null;
  const missing: BudgetScore['missing'] = [];
  if (denominator === null) missing.push(preferred);
  if (b.executed === null) missing.push('executed');
  const den = denominator === null ? null : b[denominator];
  const out: BudgetScore = {
    initial: b.initial,
    fullYear: b.fullYear,
    executed: b.executed,
    weight,
    rate: null,
    score: null,
    recordedRate: b.recordedRate,
    recordedScore: b.recordedScore,
    denominator,
    missing,
    overRate: false,
    explanation: '',
  };
  if (denominator === null || den === null || b.executed === null || !(den > 0) || !Number.isFinite(b.executed)) {
    const what = missing.length ? missing.map((m) => BUDGET_LABEL[m]).join('、') : BUDGET_LABEL[preferred];
    out.explanation = T.budgetMissing(what);
    return out;
  }
  const rate = b.executed / den;
  const used = Math.min(Math.max(rate, 0), profile.budget.cap);
  const score = Math.min(weight, Math.max(0, round(weight * used, profile.rounding)));
  out.rate = rate;
  out.score = score;
  out.overRate = rate > 1 + 1e-12;
  out.explanation = T.budget(formatPercent(rate, 2), amountText(b.executed), amountText(den), BUDGET_LABEL[denominator], formatPoints(score), formatPoints(weight));
  if (out.overRate) out.explanation += `，${T.budgetOver100}`;
  return out;
}

/** The grade of a total: the first band (highest first) whose threshold it reaches. */
export function gradeFor(total: number | null, profile: RuleProfile): string | null {
  if (total === null || !Number.isFinite(total)) return null;
  for (const [min, label] of profile.grades) if (total >= min) return label;
  return profile.grades.length ? profile.grades[profile.grades.length - 1][1] : null;
}

/** '优秀' → '优', '良好' → '良', '中等' → '中', '较差' → '差'; null when no grade word is present. */
export function normalizeGrade(text: string, profile: RuleProfile): string | null {
  for (const [, label] of profile.grades) if (text.includes(label)) return label;
  return null;
}

/** The highest total the execution rate allows (regional profiles), or null when uncapped. */
export function totalCapFor(rate: number | null, profile: RuleProfile): number | null {
  if (!profile.totalCapByRate || rate === null || !Number.isFinite(rate)) return null;
  for (const [min, cap] of profile.totalCapByRate) if (rate >= min) return cap;
  return null;
}

function truncate(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.trunc(round(x * f, 6)) / f;
}

/**
 * Whether a recorded score/total agrees with the computed one: within scoreTolerance, or an officer's
 * integer rounding of it, or it truncated to one decimal (RULES §2).
 */
export function scoresAgree(recorded: number, computed: number, profile: RuleProfile): boolean {
  const d = Math.abs(recorded - computed);
  if (d <= profile.scoreTolerance + 1e-9) return true;
  if (Number.isInteger(recorded) && d <= 0.5 + 1e-9) return true;
  return Math.abs(recorded - truncate(computed, 1)) <= 1e-9;
}

/** Whether a printed rate (fraction) agrees with the computed one: within rateTolerance or rounded/truncated to a printed precision. */
export function ratesAgree(recorded: number, computed: number, profile: RuleProfile): boolean {
  if (Math.abs(recorded - computed) <= profile.rateTolerance + 1e-12) return true;
  for (let k = 2; k <= 6; k++) {
    if (Math.abs(recorded - round(computed, k)) <= 1e-9 || Math.abs(recorded - truncate(computed, k)) <= 1e-9) return true;
  }
  return false;
}
