// Scores one indicator and the execution rate by a RuleProfile, grades a total, and decides whether a
// recorded figure agrees with the rule. Pure, no regex, no throwing: whatever comes in, a typed result
// comes out with its explanation as facts (./explain.ts; src/i18n/explain.ts words it).
//
// Status, precisely:
//  - met          target reached; score = weight, less a regional over-achievement deduction (`penalty`)
//  - partial      a measurable target missed (or penalised) and 0 < score < weight
//  - failed       a measurable target missed and score = 0 (a range missed under allOrNothing, a zero ≤-target exceeded …)
//  - review       qualitative outcome partly/not met, or an actual that cannot be measured against the target:
//                 a person decides within `band`; a recorded score inside the band is kept, else the band's low end.
//                 A completion date after its deadline is reviewed as partly met, one that straddles it as unknown
//  - notApplicable target or actual 不适用 (score null)
//  - unparsed     target/actual blank or unreadable, or units that cannot be compared (score null)
// '>' and '<' score as '≥' and '≤' (tables use them interchangeably); '=' scores as '≥', a zero '=' as '≤'.

import type { Actual, QualitativeOutcome, Quantity, Target } from './types';
import type { BudgetResult, IndicatorStatus } from './result';
import type { RuleProfile } from './profile';
import { actualText, formatPercent, round as roundHalfAway } from './format';
import { describeTarget as targetText, targetQuantity } from './parse';
import { againstDeadline } from './dates';
import { asksForNone } from './qualitative';
import type { Comparison, Explanation, ReviewExplanation, ReviewVerdict, ScoredBy, ScoredExplanation } from './explain';

export interface IndicatorInput {
  name: string;
  target: Target;
  actual: Actual;
  weight: number | null;
  recorded: number | null;
  /** The year of the table the indicator stands in: a deadline written without a year is due in it. */
  year?: number;
}

/** Why an indicator could not be scored (drives the finding code in evaluate). */
export type ScoreProblem =
  'blank-target' | 'blank-actual' | 'unparsed-target' | 'unparsed-actual' | 'unit-mismatch' | 'no-weight';

export interface IndicatorScore {
  score: number | null;
  status: IndicatorStatus;
  ratio?: number;
  band?: [number, number];
  overAchieved?: boolean;
  explanation: Explanation;
  /** Set when the indicator could not be (fully) scored. */
  problem?: ScoreProblem;
  /** Points the profile's over-achievement penalty took off. */
  penalty?: number;
}

type Method = ScoredBy;

/** How the actual stands against the target, before the weight is applied: a plain value, made fresh per call. */
interface Assessment {
  readonly met: boolean;
  readonly fraction: number; // share of the weight, 0..1
  readonly method: Method;
  readonly ratio: number | undefined;
  readonly overAchieved: boolean;
  /** The actual is a completion rate (100%) against a time limit or a qualitative target: 「完成率100%」. */
  readonly rateSubject: boolean;
  /** Set when a person has to decide: the qualitative outcome, 'unknown' when it is not recognised. */
  readonly review: QualitativeOutcome | 'unknown' | undefined;
  /** Qualitative target, quantitative actual: nothing to compare. */
  readonly incomparable: boolean;
  /** What to say of a review instead of the outcome word: 「晚于期限」 ('late'). */
  readonly verdict: ReviewVerdict | undefined;
  /** moneyScale: how far apart the two amounts are (1e4, 1e8). */
  readonly scale: number | undefined;
  /** Units that cannot be compared. */
  readonly mismatch: boolean;
}

// Every Assessment is built by this one literal (same fields, same order), so V8 gives them all one shape.
function assessment(
  met: boolean,
  fraction: number,
  method: Method,
  ratio: number | undefined,
  overAchieved: boolean,
  rateSubject: boolean,
  review: QualitativeOutcome | 'unknown' | undefined,
  incomparable: boolean,
  verdict: ReviewVerdict | undefined,
  scale: number | undefined,
  mismatch: boolean,
): Assessment {
  return { met, fraction, method, ratio, overAchieved, rateSubject, review, incomparable, verdict, scale, mismatch };
}

function judge(met: boolean, fraction: number, method: Method, ratio?: number, overAchieved = false): Assessment {
  return assessment(met, fraction, method, ratio, overAchieved, false, undefined, false, undefined, undefined, false);
}

function mismatch(): Assessment {
  return assessment(false, 0, 'zero', undefined, false, false, undefined, false, undefined, undefined, true);
}

function needsReview(
  outcome: QualitativeOutcome | 'unknown',
  incomparable = false,
  verdict?: ReviewVerdict,
  scale?: number,
): Assessment {
  return assessment(false, 0, 'zero', undefined, false, false, outcome, incomparable, verdict, scale, false);
}

type QuantityActual = Actual & { kind: 'quantity' };
type RangeActual = Actual & { kind: 'range' };
type QualitativeActual = Actual & { kind: 'qualitative' };
type BoundTarget = Target & { kind: 'atLeast' | 'atMost' | 'moreThan' | 'lessThan' };
type DeadlineTarget = Target & { kind: 'deadline' };
type DateActual = Actual & { kind: 'date' };

function isDayUnit(u: string): boolean {
  return u === '天' || u === '工作日' || u === '日';
}

/**
 * Minutes in one of a unit of time, so a duration in one compares with a target in another (25天 against
 * ≤1个月, 48小时 against 3天): 分钟 1, 小时 60, a day 1440, 周 7 days, 月 30 days; 0 for any other unit.
 */
function minutesIn(u: string): number {
  if (isDayUnit(u)) return 1440;
  return u === '小时' ? 60 : u === '月' ? 43200 : u === '周' ? 10080 : u === '分钟' ? 1 : 0;
}

function unitsCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  if (a === '' || b === '') return a !== '%' && b !== '%' && a !== '‰' && b !== '‰';
  return isDayUnit(a) && isDayUnit(b);
}

function finite(x: number): number | undefined {
  return Number.isFinite(x) ? x : undefined;
}

function clamp01(x: number): number {
  return x > 0 ? (x < 1 ? x : 1) : 0; // NaN → 0
}

/**
 * The number to compare with a quantity target: the quantity itself, the conservative end of a band
 * (`low` when higher is better), a time in days, a duration in the target's unit of time when lower is better
 * (25天 against ≤1个月 → 0.83); null when the units cannot be compared.
 */
function comparable(a: Actual, ak: Actual['kind'], unit: string, higherIsBetter: boolean): number | null {
  switch (ak) {
    case 'quantity': {
      const q = (a as QuantityActual).value;
      return unitsCompatible(q.unit, unit) ? q.value : higherIsBetter ? null : inTimeUnit(q.value, q.unit, unit);
    }
    case 'range': {
      const r = a as RangeActual;
      const same = unitsCompatible(r.low.unit, unit);
      if (!same && higherIsBetter) return null;
      const low = same ? r.low.value : inTimeUnit(r.low.value, r.low.unit, unit);
      const high = same ? r.high.value : inTimeUnit(r.high.value, r.high.unit, unit);
      if (low === null || high === null) return null;
      return higherIsBetter ? Math.min(low, high) : Math.max(low, high);
    }
    case 'timeLimit': {
      const days = (a as Actual & { kind: 'timeLimit' }).days;
      return unit === '' || isDayUnit(unit) ? days : higherIsBetter ? null : inTimeUnit(days, '天', unit);
    }
    default:
      return null;
  }
}

/**
 * A duration in another unit of time (30天 → 1 月), or null when either unit is not one of time. Used only where lower
 * is better (a time limit: a span of calendar time); a time that should be long enough (培训≥8小时, 服务≥12个月) is
 * often counted in class hours or service months, where 1天 is not 24小时, so it is left for a person.
 */
function inTimeUnit(v: number, from: string, to: string): number | null {
  const f = minutesIn(from);
  const t = minutesIn(to);
  return f > 0 && t > 0 ? (v * f) / t : null;
}

function assessDirected(
  bound: Quantity,
  higherIsBetter: boolean,
  a: Actual,
  ak: Actual['kind'],
  p: RuleProfile,
): Assessment {
  if (ak === 'qualitative') return qualitativeActual(a as QualitativeActual);
  // a bare zero bound (「≤0」 for 三公经费变动率) is zero in every unit: −8.3% is below it
  const zeroAnyUnit = bound.value === 0 && bound.unit === '' && ak === 'quantity';
  const v = zeroAnyUnit ? (a as QuantityActual).value.value : comparable(a, ak, bound.unit, higherIsBetter);
  if (v === null) return mismatch();
  const tv = bound.value;
  if (higherIsBetter) {
    const ratio = tv > 0 ? finite(v / tv) : undefined;
    if (v >= tv) return judge(true, 1, 'full', ratio, ratio !== undefined && ratio >= p.overAchievementNote);
    if (tv > 0) return judge(false, clamp01(v / tv), 'ratio', ratio);
    return judge(false, 0, 'zero');
  }
  const ratio = tv > 0 ? finite(v / tv) : undefined;
  if (v <= tv) return judge(true, 1, 'full', ratio);
  if (tv > 0) {
    if (p.negative === 'linearToDouble') return judge(false, clamp01(2 - v / tv), 'linear', ratio);
    return judge(false, clamp01(tv / v), 'inverse', ratio);
  }
  return judge(false, 0, 'zero', ratio);
}

function assessRange(t: Target & { kind: 'range' }, a: Actual, ak: Actual['kind'], p: RuleProfile): Assessment {
  if (ak === 'qualitative') return qualitativeActual(a as QualitativeActual);
  const low = Math.min(t.low.value, t.high.value);
  const high = Math.max(t.low.value, t.high.value);
  const unit = t.low.unit;
  let v: number | null;
  if (ak === 'range') {
    const r = a as RangeActual;
    if (!unitsCompatible(r.low.unit, unit)) v = null;
    else {
      const al = Math.min(r.low.value, r.high.value);
      const ah = Math.max(r.low.value, r.high.value);
      v = al < low ? al : ah > high ? ah : al;
    }
  } else v = comparable(a, ak, unit, true);
  if (v === null) return mismatch();
  if (v >= low && v <= high) return judge(true, 1, 'full');
  if (p.range === 'allOrNothing') return judge(false, 0, 'zero');
  const fraction = v < low ? (low > 0 ? clamp01(v / low) : 0) : v > 0 && high > 0 ? clamp01(high / v) : 0;
  return judge(false, fraction, fraction > 0 ? 'bound' : 'zero');
}

/** A percentage actual against a time limit or qualitative target: a completion rate. */
function completionRate(rate: number): Assessment {
  return rate >= 1
    ? assessment(true, 1, 'full', finite(rate), false, true, undefined, false, undefined, undefined, false)
    : assessment(false, clamp01(rate), 'rate', rate, false, true, undefined, false, undefined, undefined, false);
}

function assessTimeLimit(t: Target & { kind: 'timeLimit' }, a: Actual, ak: Actual['kind']): Assessment {
  if (ak === 'quantity' && (a as QuantityActual).value.unit === '%')
    return completionRate((a as QuantityActual).value.value);
  if (ak === 'qualitative') return qualitativeActual(a as QualitativeActual);
  const d = comparable(a, ak, '天', false);
  if (d === null) return mismatch();
  if (d <= t.days) return judge(true, 1, 'full');
  if (t.days > 0) return judge(false, clamp01(t.days / d), 'inverse');
  return judge(false, 0, 'zero');
}

/**
 * A completion date against a deadline: on or before it → full weight; after it → a person decides within the
 * profile's partly band (「晚于期限」); a span that straddles it (2023年12月 against 2023年12月15日前) → a person decides.
 * A percentage is a completion rate and words are a qualitative outcome, as for time limits.
 */
function assessDeadline(t: DeadlineTarget, a: Actual, ak: Actual['kind'], year: number | undefined): Assessment {
  if (ak === 'quantity' && (a as QuantityActual).value.unit === '%')
    return completionRate((a as QuantityActual).value.value);
  if (ak === 'qualitative') return qualitativeActual(a as QualitativeActual);
  if (ak !== 'date') return mismatch();
  const verdict = againstDeadline((a as DateActual).on, t.by, year);
  if (verdict === 'onTime') return judge(true, 1, 'full');
  return verdict === 'late' ? needsReview('partly', false, 'late') : needsReview('unknown', false, 'straddles');
}

function qualitativeActual(a: Actual & { kind: 'qualitative' }): Assessment {
  const outcome = a.outcome ?? 'unknown';
  return outcome === 'met' ? judge(true, 1, 'full') : needsReview(outcome);
}

/** Words before the target's own word that hedge it: 「基本健全」 is partly met, 「未健全」 not met. */
const HEDGED_PARTLY = /(基本上?|部分|大部分|大体|较为?|初步|逐步)$/;
const HEDGED_NOT = /(尚未|未|不|没有|有待)$/;

function assessQualitative(t: Target & { kind: 'qualitative' }, a: Actual, ak: Actual['kind']): Assessment {
  // 零发生 / 无重大安全事故 against a count: 0起 meets it, 1起 misses it (a zero upper bound)
  if (ak === 'quantity' && asksForNone(t.level)) {
    const v = (a as QuantityActual).value.value;
    return v === 0 ? judge(true, 1, 'full') : v > 0 ? judge(false, 0, 'zero') : needsReview('unknown', true);
  }
  if (ak === 'quantity' && (a as QuantityActual).value.unit === '%')
    return completionRate((a as QuantityActual).value.value);
  if (a.kind === 'qualitative') {
    if (a.outcome === undefined && t.level !== '') {
      if (a.level === t.level) return judge(true, 1, 'full');
      const at = a.level.indexOf(t.level);
      if (at >= 0) {
        const before = a.level.slice(0, at);
        if (HEDGED_NOT.test(before)) return needsReview('notMet');
        if (HEDGED_PARTLY.test(before)) return needsReview('partly');
        return judge(true, 1, 'full');
      }
      // the target's leading words as the actual (全天候 for 全天候可用, 有效 for 有效提升): met, unless they hedge
      if (
        a.level.length >= 2 &&
        t.level.startsWith(a.level) &&
        !HEDGED_PARTLY.test(a.level) &&
        !HEDGED_NOT.test(a.level)
      )
        return judge(true, 1, 'full');
    }
    return qualitativeActual(a);
  }
  return ak === 'date' ? needsReview('unknown', true, 'dateIncomparable') : needsReview('unknown', true);
}

/**
 * A change against last year (较上年增长5%) and a level (6.2%) cannot be compared without last year's value; two
 * changes in the same direction can (较上年增长6.2% against 较上年增长5%).
 */
function relativeMismatch(t: Target, tk: Target['kind'], a: Actual, ak: Actual['kind']): boolean {
  if (ak !== 'quantity') return false;
  const tr =
    tk === 'atLeast' || tk === 'atMost' || tk === 'moreThan' || tk === 'lessThan'
      ? (t as BoundTarget).relative
      : undefined;
  return tr !== (a as QuantityActual).relative;
}

/** 元 ↔ 万元 and 万元 ↔ 亿元 (10⁴), 元 ↔ 亿元 (10⁸): the scales money is written on. */
const MONEY_SCALES = [1e4, 1e8];

/**
 * Money on two scales (RULES §5): 1187500 against ≤120 in a 项目总成本（万元） row — one side written in 元, the
 * other in 万元. The target's quantity (a range by its low end) and the actual, money by their unit or by the
 * indicator's name, about 10⁴ or 10⁸ apart (within a factor of 3): returns that scale. Scoring them as written would fail (or pass) the row by the
 * unit alone, so a person decides.
 */
function moneyScaleGap(t: Target, a: Actual, ak: Actual['kind'], name: string): number | undefined {
  if (ak !== 'quantity') return undefined;
  const bound = targetQuantity(t);
  const q = (a as QuantityActual).value;
  if (!bound || bound.value <= 0 || q.value <= 0) return undefined;
  if (bound.unit !== '元' && q.unit !== '元' && !name.includes('元')) return undefined;
  if ((bound.unit !== '' && bound.unit !== '元') || (q.unit !== '' && q.unit !== '元')) return undefined;
  const r = q.value / bound.value;
  for (const g of MONEY_SCALES) if ((r >= g / 3 && r <= g * 3) || (r >= 1 / (3 * g) && r <= 3 / g)) return g;
  return undefined;
}

function assess(
  t: Target,
  tk: Target['kind'],
  a: Actual,
  ak: Actual['kind'],
  p: RuleProfile,
  name: string,
  year: number | undefined,
): Assessment | null {
  if (relativeMismatch(t, tk, a, ak)) return needsReview('unknown', false, 'relativeIncomparable');
  const gap = moneyScaleGap(t, a, ak, name);
  if (gap !== undefined) return needsReview('unknown', false, 'moneyScale', gap);
  switch (tk) {
    case 'atLeast':
    case 'moreThan':
      return assessDirected((t as BoundTarget).bound, true, a, ak, p);
    case 'atMost':
    case 'lessThan':
      return assessDirected((t as BoundTarget).bound, false, a, ak, p);
    case 'equal': {
      const q = (t as Target & { kind: 'equal' }).value;
      return assessDirected(q, q.value !== 0, a, ak, p);
    }
    case 'range':
      return assessRange(t as Target & { kind: 'range' }, a, ak, p);
    case 'timeLimit':
      return assessTimeLimit(t as Target & { kind: 'timeLimit' }, a, ak);
    case 'deadline':
      return assessDeadline(t as DeadlineTarget, a, ak, year);
    case 'qualitative':
      return assessQualitative(t as Target & { kind: 'qualitative' }, a, ak);
    default:
      return null;
  }
}

// ── the explanation ──────────────────────────────────────────────────────────────────────────────────────────
// The facts of the sentence (./explain.ts), worded by src/i18n/explain.ts.

/** The subject's lead word: 「实际完成」40.83亿元, 「实际用时」10个工作日, 「完成率」100%. */
function subjectLead(as: Assessment, ak: Actual['kind']): Comparison['lead'] {
  if (as.rateSubject && ak === 'quantity') return 'completionRate';
  return ak === 'timeLimit' ? 'actualTime' : 'actual';
}

/** The actual against the target, as an explanation states it (rows off the hot path; scored and review rows spell it out in one literal). */
function comparisonOf(as: Assessment, t: Target, a: Actual, ak: Actual['kind']): Comparison {
  return {
    lead: subjectLead(as, ak),
    relative: relativeOf(as, a, ak),
    actual: subjectText(as, a, ak),
    range: t.kind === 'range',
    target: targetText(t),
  };
}

function subjectText(as: Assessment, a: Actual, ak: Actual['kind']): string {
  if (ak === 'quantity' && as.rateSubject) return formatPercent((a as QuantityActual).value.value);
  return actualText(a);
}

function relativeOf(as: Assessment, a: Actual, ak: Actual['kind']): 'increase' | 'decrease' | undefined {
  return ak === 'quantity' && !as.rateSubject ? (a as QuantityActual).relative : undefined;
}

/** Every IndicatorScore has the same fields in the same order (one hidden class for the code that reads them). */
function scoreOf(
  score: number | null,
  status: IndicatorStatus,
  explanation: Explanation,
  problem?: ScoreProblem,
  ratio?: number,
  band?: [number, number],
  overAchieved?: boolean,
  penalty?: number,
): IndicatorScore {
  return { score, status, ratio, band, overAchieved, explanation, problem, penalty };
}

function unscorable(status: IndicatorStatus, explanation: Explanation, problem?: ScoreProblem): IndicatorScore {
  return scoreOf(null, status, explanation, problem);
}

function validWeight(w: number | null): number | null {
  return w !== null && Number.isFinite(w) && w >= 0 ? w : null;
}

const NOT_APPLICABLE: Explanation = { kind: 'notApplicable' };
const BLANK_TARGET: Explanation = { kind: 'blankTarget' };
const BLANK_ACTUAL: Explanation = { kind: 'blankActual' };

function scoreReview(
  as: Assessment,
  t: Target,
  a: Actual,
  w: number | null,
  recorded: number | null,
  p: RuleProfile,
): IndicatorScore {
  const outcome = as.review ?? 'unknown';
  const ratio = as.ratio;
  // mostly (基本达到): the 达成 band, from the top of the partly band to full marks (RULES §1: 100%–80%)
  const [lo, hi] =
    outcome === 'partly'
      ? p.qualitativeBands.partly
      : outcome === 'notMet'
        ? p.qualitativeBands.notMet
        : outcome === 'mostly'
          ? ([p.qualitativeBands.partly[1], 1] as const)
          : ([0, 1] as const);
  const verdict: ReviewVerdict = as.verdict ?? (as.incomparable ? 'incomparable' : outcome);
  const ak = a.kind;
  // one literal, every field present (undefined when it says nothing): one object shape for every row
  const e: ReviewExplanation = {
    kind: 'review',
    lead: subjectLead(as, ak),
    relative: relativeOf(as, a, ak),
    actual: subjectText(as, a, ak),
    range: t.kind === 'range',
    target: targetText(t),
    verdict,
    scale: as.scale,
    weight: w,
    band: undefined,
    recorded,
    kept: false,
    unscored: undefined,
    noPoints: undefined,
  };
  if (w === null) return scoreOf(null, 'review', e, 'no-weight', ratio);
  const low = roundHalfAway(lo * w, p.rounding);
  const high = roundHalfAway(Math.min(hi, 1) * w, p.rounding);
  const highIncluded = hi >= 1;
  const band: [number, number] = [low, high];
  e.band = { low, high, highIncluded };
  const inside =
    recorded !== null &&
    Number.isFinite(recorded) &&
    recorded >= low &&
    (highIncluded ? recorded <= high : recorded < high);
  if (inside) {
    e.kept = true;
    return scoreOf(recorded, 'review', e, undefined, ratio, band);
  }
  return scoreOf(low, 'review', e, undefined, ratio, band);
}

/**
 * A qualitative indicator judged 达成 but recorded below its weight: the 达成 band runs from the partly band's top
 * (80%) to the weight (RULES §1), so a recorded score inside it is kept; below it, the row keeps the weight and carries
 * the band for the finding.
 */
function scoreMetBand(
  as: Assessment,
  t: Target,
  a: Actual,
  w: number,
  recorded: number,
  p: RuleProfile,
): IndicatorScore {
  const low = roundHalfAway(p.qualitativeBands.partly[1] * w, p.rounding);
  const band: [number, number] = [low, w];
  const ak = a.kind;
  const kept = recorded >= low;
  const e: Explanation = {
    kind: 'metBand',
    ...comparisonOf(as, t, a, ak),
    low,
    weight: w,
    recorded: kept ? recorded : null,
  };
  return scoreOf(kept ? recorded : w, 'met', e, undefined, as.ratio, band);
}

/** Score one indicator by the profile. Never throws; the score is null or within [0, weight]. */
export function scoreIndicator(input: IndicatorInput, profile: RuleProfile): IndicatorScore {
  const t = input.target;
  const a = input.actual;
  // Targets and actuals come in many shapes, so each read of `kind` is a slow lookup: read each once.
  const tk = t.kind;
  const ak = a.kind;
  if (tk === 'notApplicable' || ak === 'notApplicable') return unscorable('notApplicable', NOT_APPLICABLE);
  if (tk === 'blank') return unscorable('unparsed', BLANK_TARGET, 'blank-target');
  if (tk === 'unparsed')
    return unscorable(
      'unparsed',
      { kind: 'unparsedTarget', text: (t as Target & { kind: 'unparsed' }).text },
      'unparsed-target',
    );
  if (ak === 'blank') return unscorable('unparsed', BLANK_ACTUAL, 'blank-actual');
  if (ak === 'unparsed')
    return unscorable(
      'unparsed',
      { kind: 'unparsedActual', text: (a as Actual & { kind: 'unparsed' }).text },
      'unparsed-actual',
    );
  const as = assess(t, tk, a, ak, profile, input.name, input.year);
  if (as === null) return unscorable('unparsed', BLANK_TARGET, 'blank-target');
  if (as.mismatch)
    return unscorable(
      'unparsed',
      { kind: 'unitMismatch', actual: actualText(a), target: targetText(t) },
      'unit-mismatch',
    );
  const w = validWeight(input.weight);
  const recorded = input.recorded !== null && Number.isFinite(input.recorded) ? input.recorded : null;
  if (as.review !== undefined) return scoreReview(as, t, a, w, recorded, profile);

  const ratio = as.ratio;
  const over = as.overAchieved;
  let score: number | null = null;
  let penalty = 0;
  if (w !== null) {
    let raw = w * as.fraction;
    if (over && profile.overAchievementPenalty > 0) {
      penalty = Math.min(w, profile.overAchievementPenalty);
      raw = w - penalty;
    }
    const r = as.fraction === 1 && penalty === 0 ? w : roundHalfAway(raw, profile.rounding);
    score = r > w ? w : r > 0 ? r : 0; // NaN-safe: NaN fails both tests → 0
  }
  let status: IndicatorStatus;
  // a regional over-achievement deduction (指标偏离扣分) lowers the score of a target that was met: still 'met'
  if (as.met) status = 'met';
  else if (score === null) status = as.fraction > 0 ? 'partial' : 'failed';
  else status = score > 0 ? 'partial' : 'failed';

  // A plainly met row says 「实际完成54.62亿元，目标48亿元，达标，得5分（满分5分）」; a missed or over-achieved one
  // also how far it got: 「…，完成83.3%，未达标，按实际÷目标计得4.17分（满分5分）」.
  const achieved =
    ratio !== undefined &&
    (status !== 'met' || over) &&
    as.method !== 'rate' &&
    (tk === 'atLeast' || tk === 'moreThan' || (tk === 'equal' && (t as Target & { kind: 'equal' }).value.value > 0))
      ? ratio
      : undefined;
  if (status === 'met' && tk === 'qualitative' && penalty === 0 && w !== null && recorded !== null && recorded < w)
    return scoreMetBand(as, t, a, w, recorded, profile);
  // one literal, every field present (undefined when it says nothing): one object shape for every row
  const e: ScoredExplanation = {
    kind: 'scored',
    lead: subjectLead(as, ak),
    relative: relativeOf(as, a, ak),
    actual: subjectText(as, a, ak),
    range: tk === 'range',
    target: targetText(t),
    achieved,
    met: as.met,
    by: as.method,
    score,
    weight: w,
    overBy: over ? profile.overAchievementNote - 1 : undefined,
    penalty: penalty > 0 ? penalty : undefined,
    unscored: undefined,
    noPoints: undefined,
  };
  return scoreOf(
    score,
    status,
    e,
    w === null ? 'no-weight' : undefined,
    ratio,
    undefined,
    over || undefined,
    penalty > 0 ? penalty : undefined,
  );
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
  explanation: Explanation;
}

/** The budget rule's points for an execution rate: weight × min(rate, cap), rounded, never below 0 or above the weight. */
export function budgetPoints(weight: number, rate: number, profile: RuleProfile): number {
  const used = Math.min(Math.max(rate, 0), profile.budget.cap);
  return Math.min(weight, Math.max(0, roundHalfAway(weight * used, profile.rounding)));
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
    explanation: { kind: 'budgetMissing', missing: missing.length ? missing : [preferred] },
  };
  if (denominator === null || den === null || b.executed === null || !(den > 0) || !Number.isFinite(b.executed)) {
    return out;
  }
  const rate = b.executed / den;
  const score = budgetPoints(weight, rate, profile);
  out.rate = rate;
  out.score = score;
  out.overRate = rate > 1 + 1e-12;
  out.explanation = {
    kind: 'budget',
    rate,
    executed: b.executed,
    denominator: den,
    base: denominator,
    score,
    weight,
    over100: out.overRate,
  };
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
  return Math.trunc(roundHalfAway(x * f, 6)) / f;
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
    if (Math.abs(recorded - roundHalfAway(computed, k)) <= 1e-9 || Math.abs(recorded - truncate(computed, k)) <= 1e-9)
      return true;
  }
  return false;
}
