// Scoring rules one by one (RULES §1–§4), with typed targets and actuals written out by hand.

import type { Actual, DateSpan, Target, Unit } from '../../src/domain/types';
import {
  gradeFor,
  normalizeGrade,
  ratesAgree,
  scoreBudget,
  scoreIndicator,
  scoresAgree,
  totalCapFor,
} from '../../src/domain/score';
import { round } from '../../src/domain/format';
import { hubei20, national2020, national2020ProportionalRange } from '../../src/domain/profiles';
import type { RuleProfile } from '../../src/domain/profile';
import { explainZh } from '../../src/i18n/explain';

const q = (value: number, unit: Unit = '') => ({ value, unit });
const atLeast = (v: number, u: Unit = ''): Target => ({ kind: 'atLeast', bound: q(v, u) });
const atMost = (v: number, u: Unit = ''): Target => ({ kind: 'atMost', bound: q(v, u) });
const equal = (v: number, u: Unit = ''): Target => ({ kind: 'equal', value: q(v, u) });
const range = (lo: number, hi: number, u: Unit = '%'): Target => ({ kind: 'range', low: q(lo, u), high: q(hi, u) });
const qual = (level: string): Target => ({ kind: 'qualitative', level });
const within = (days: number, workdays = true): Target => ({ kind: 'timeLimit', days, workdays });
const got = (v: number, u: Unit = ''): Actual => ({ kind: 'quantity', value: q(v, u) });
const said = (level: string, outcome?: 'met' | 'partly' | 'notMet'): Actual =>
  outcome ? { kind: 'qualitative', level, outcome } : { kind: 'qualitative', level };
const took = (days: number, workdays = true): Actual => ({ kind: 'timeLimit', days, workdays });

function score(
  target: Target,
  actual: Actual,
  weight: number | null = 10,
  recorded: number | null = null,
  profile: RuleProfile = national2020,
) {
  return scoreIndicator({ name: '指标', target, actual, weight, recorded }, profile);
}

describe('positive (higher is better) targets', () => {
  it('gives full weight when the target is met exactly', () => {
    const r = score(atLeast(0.95, '%'), got(0.95, '%'), 10);
    expect(r).toMatchObject({ score: 10, status: 'met', ratio: 1 });
    expect(r.overAchieved).toBeUndefined();
  });

  it('scores a miss in proportion to actual ÷ target', () => {
    const r = score(atLeast(0.95, '%'), got(0.9, '%'), 2);
    expect(r.score).toBe(1.89); // 2 × 0.9/0.95 = 1.8947
    expect(r.status).toBe('partial');
    expect(r.explanation).toMatchObject({
      kind: 'scored',
      lead: 'actual',
      actual: '90%',
      target: '≥95%',
      met: false,
      by: 'ratio',
      score: 1.89,
      weight: 2,
    });
    expect(r.explanation).toMatchObject({ achieved: expect.closeTo(0.947, 3) });
  });

  it('never gives more than the weight however far above the target', () => {
    expect(score(equal(4.8e9, '元'), got(5.462e9, '元'), 5).score).toBe(5);
  });

  it('scores an actual of 0 against a positive target as 0, failed', () => {
    expect(score(atLeast(100, '人'), got(0, '人'), 5)).toMatchObject({ score: 0, status: 'failed', ratio: 0 });
  });

  it('flags an actual at 130% of its target for a deviation note, without deducting', () => {
    const r = score(equal(2.3e9, '元'), got(4.083e9, '元'), 5);
    expect(r).toMatchObject({ score: 5, status: 'met', overAchieved: true });
    expect(r.explanation).toMatchObject({
      kind: 'scored',
      actual: '40.83亿元',
      target: '23亿元',
      met: true,
      by: 'full',
      score: 5,
      weight: 5,
    });
    expect(r.explanation).toMatchObject({ achieved: expect.closeTo(1.775, 3), overBy: expect.closeTo(0.3, 9) });
  });

  it('names the measured 40.83亿元 and the asked-for 23亿元 when it flags the over-achievement', () => {
    const r = score(equal(2.3e9, '元'), got(4.083e9, '元'), 5);
    expect(r.explanation).toMatchObject({ actual: '40.83亿元', target: '23亿元' });
  });

  it('does not flag an actual just under 130% of its target', () => {
    expect(score(equal(3.3e8, '元'), got(4.23e8, '元'), 10).overAchieved).toBeUndefined(); // 128.2%
  });

  it('compares money in 元 whatever unit it was written in (万元 against 亿元)', () => {
    // 5506.5万元 budget target, 0.4425亿元 actual: both already in 元
    const r = score(atLeast(5.5065e7, '元'), got(4.4254e7, '元'), 10);
    expect(r.score).toBe(8.04);
    expect(r.explanation).toMatchObject({ lead: 'actual', actual: '4425.4万元', target: '≥5506.5万元' });
  });

  it('treats an "=" target as at-least and a zero "=" target as at-most', () => {
    expect(score(equal(48, '亿'), got(50, '亿'), 5).status).toBe('met');
    expect(score(equal(0, '次'), got(0, '次'), 5)).toMatchObject({ score: 5, status: 'met' });
    expect(score(equal(0, '次'), got(2, '次'), 5)).toMatchObject({ score: 0, status: 'failed' });
  });

  it('treats ">" as "≥": the boundary value counts as met', () => {
    expect(score({ kind: 'moreThan', bound: q(0.9, '%') }, got(0.9, '%'), 4).status).toBe('met');
  });

  it('gives full weight to any non-negative actual against a target of at least 0', () => {
    expect(score(atLeast(0, '%'), got(0, '%'), 3).score).toBe(3);
  });
});

describe('lower-is-better targets', () => {
  it('gives full weight when the actual is under the limit', () => {
    const r = score(atMost(0.0005, '%'), got(0.000278, '%'), 5);
    expect(r).toMatchObject({ score: 5, status: 'met' });
    expect(r.explanation).toEqual({
      kind: 'scored',
      lead: 'actual',
      actual: '0.0278%',
      range: false,
      target: '≤0.05%',
      met: true,
      by: 'full',
      score: 5,
      weight: 5,
    });
  });

  it('scores a miss as weight × target ÷ actual', () => {
    const r = score(atMost(0.05, '%'), got(0.06, '%'), 5);
    expect(r.score).toBe(4.17);
    expect(r.status).toBe('partial');
    expect(r.explanation).toMatchObject({ by: 'inverse', score: 4.17, weight: 5 });
  });

  it('gives full weight to an actual of 0', () => {
    expect(score(atMost(3, '次'), got(0, '次'), 5)).toMatchObject({ score: 5, status: 'met' });
  });

  it('scores a zero limit exceeded as 0, failed', () => {
    expect(score(atMost(0, '起'), got(1, '起'), 5)).toMatchObject({ score: 0, status: 'failed' });
  });

  it('never flags over-achievement on a lower-is-better target', () => {
    expect(score(atMost(10, '天'), got(2, '天'), 5).overAchieved).toBeUndefined();
  });

  it('can score a miss linearly down to 0 at twice the target (linearToDouble)', () => {
    const linear: RuleProfile = { ...national2020, negative: 'linearToDouble' };
    expect(score(atMost(10, '万元'), got(15, '万元'), 10, null, linear).score).toBe(5);
    expect(score(atMost(10, '万元'), got(20, '万元'), 10, null, linear)).toMatchObject({ score: 0, status: 'failed' });
  });
});

describe('range targets', () => {
  it('scores a loan ratio below its 60%–80% band as 0 and flags it', () => {
    const r = score(range(0.6, 0.8), got(0.5922, '%'), 2);
    expect(r).toMatchObject({ score: 0, status: 'failed' });
    expect(r.explanation).toEqual({
      kind: 'scored',
      lead: 'actual',
      actual: '59.22%',
      range: true,
      target: '60%–80%',
      met: false,
      by: 'zero',
      score: 0,
      weight: 2,
    });
  });

  it('gives full weight exactly on either bound', () => {
    expect(score(range(0.6, 0.8), got(0.6, '%'), 2).score).toBe(2);
    expect(score(range(0.6, 0.8), got(0.8, '%'), 2).score).toBe(2);
  });

  it('scores by distance to the nearest bound under the proportional profile', () => {
    const p = national2020ProportionalRange;
    expect(score(range(0.6, 0.8), got(0.5922, '%'), 2, null, p)).toMatchObject({ score: 1.97, status: 'partial' });
    expect(score(range(0.6, 0.8), got(1, '%'), 2, null, p).score).toBe(1.6);
  });

  it('accepts a range written high-to-low', () => {
    expect(score(range(0.8, 0.6), got(0.7, '%'), 2).status).toBe('met');
  });
});

describe('time limits and completion rates', () => {
  it('reads 100% against a time limit as a completion rate and gives full weight', () => {
    const r = score(within(5), got(1, '%'), 2);
    expect(r).toMatchObject({ score: 2, status: 'met' });
    expect(r.explanation).toMatchObject({
      lead: 'completionRate',
      actual: '100%',
      target: '5个工作日内',
      met: true,
      score: 2,
      weight: 2,
    });
  });

  it('scores a completion rate below 100% as weight × rate', () => {
    expect(score(within(0), got(0.9, '%'), 2)).toMatchObject({ score: 1.8, status: 'partial' });
  });

  it('meets a time limit when the actual time is within it', () => {
    expect(score(within(5), took(3), 2)).toMatchObject({ score: 2, status: 'met' });
    expect(score(within(5), took(5), 2).status).toBe('met');
  });

  it('scores a late actual as weight × limit ÷ actual', () => {
    const r = score(within(5), took(10), 2);
    expect(r).toMatchObject({ score: 1, status: 'partial' });
    expect(r.explanation).toMatchObject({ lead: 'actualTime', actual: '10个工作日' });
  });

  it('reads a number of days against a time limit', () => {
    expect(score(within(20), got(15, '工作日'), 2).status).toBe('met');
  });
});

describe('qualitative targets', () => {
  it('gives full weight when the actual states the target level', () => {
    expect(score(qual('有效'), said('有效'), 10)).toMatchObject({ score: 10, status: 'met' });
    expect(score(qual('有效降低'), said('有效降低'), 5)).toMatchObject({ score: 5, status: 'met' });
  });

  it("gives full weight when the actual is the target's leading words (黄石: 全天候 for 全天候可用), not when they hedge", () => {
    expect(score(qual('全天候可用'), said('全天候'), 10)).toMatchObject({ score: 10, status: 'met' });
    expect(score(qual('有效提升'), said('有效'), 5)).toMatchObject({ score: 5, status: 'met' });
    expect(score(qual('基本实现全覆盖'), said('基本'), 5).status).toBe('review');
    expect(score(qual('有效提升'), said('有'), 5).status).toBe('review'); // one character says nothing
  });

  it('gives full weight to an actual whose outcome is met', () => {
    expect(score(qual('有效'), said('已完成', 'met'), 10).score).toBe(10);
  });

  it('keeps a recorded score inside the partly-met band [60%, 80%) of the weight', () => {
    const r = score(qual('有效'), said('部分达成', 'partly'), 10, 7);
    expect(r).toMatchObject({ score: 7, status: 'review', band: [6, 8] });
    expect(r.explanation).toMatchObject({ kind: 'review', verdict: 'partly', recorded: 7, kept: true });
  });

  it('takes the band low end when the recorded score is outside the band (80% is not partly met)', () => {
    expect(score(qual('有效'), said('部分达成', 'partly'), 10, 8)).toMatchObject({ score: 6, status: 'review' });
    expect(score(qual('有效'), said('部分达成', 'partly'), 10, 6)).toMatchObject({ score: 6, status: 'review' });
  });

  it('takes the band low end when the score is blank', () => {
    const r = score(qual('有效'), said('部分达成', 'partly'), 10, null);
    expect(r.score).toBe(6);
    expect(r.explanation).toMatchObject({
      kind: 'review',
      recorded: null,
      kept: false,
      band: { low: 6, high: 8, highIncluded: false },
    });
  });

  it('puts a not-met outcome in the band [0, 60%) of the weight', () => {
    expect(score(qual('有效'), said('未达成', 'notMet'), 10, 3)).toMatchObject({
      score: 3,
      status: 'review',
      band: [0, 6],
    });
    expect(score(qual('有效'), said('未达成', 'notMet'), 10, 6)).toMatchObject({ score: 0, status: 'review' });
  });

  it('asks for a judgement when the actual says something else', () => {
    expect(score(qual('有效'), said('较好'), 10, 9)).toMatchObject({ score: 9, status: 'review', band: [0, 10] });
    expect(score(qual('提高'), got(15, '个'), 10, null)).toMatchObject({ score: 0, status: 'review' });
  });

  it('reads a percentage actual against a qualitative target as a completion rate', () => {
    expect(score(qual('即时办理'), got(1, '%'), 2).status).toBe('met');
  });

  it('uses the qualitative outcome of an actual written against a numeric target', () => {
    expect(score(atLeast(0.95, '%'), said('达标', 'met'), 10).score).toBe(10);
    expect(score(atLeast(0.95, '%'), said('部分达成', 'partly'), 10, 7).status).toBe('review');
  });
});

describe('rows that cannot be scored', () => {
  it('leaves a 不适用 row out with no score', () => {
    expect(score({ kind: 'notApplicable' }, { kind: 'notApplicable' }, null)).toMatchObject({
      score: null,
      status: 'notApplicable',
    });
    expect(score(qual('有效'), { kind: 'notApplicable' }, 5).status).toBe('notApplicable');
  });

  it('does not score a blank target or actual, and says which', () => {
    expect(score({ kind: 'blank' }, got(1), 5)).toMatchObject({
      score: null,
      status: 'unparsed',
      problem: 'blank-target',
    });
    expect(score(atLeast(1), { kind: 'blank' }, 5)).toMatchObject({
      score: null,
      status: 'unparsed',
      problem: 'blank-actual',
    });
  });

  it('does not score an unreadable value', () => {
    const r = score({ kind: 'unparsed', text: '见附件' }, got(1), 5);
    expect(r).toMatchObject({ status: 'unparsed', problem: 'unparsed-target' });
    expect(r.explanation).toEqual({ kind: 'unparsedTarget', text: '见附件' });
  });

  it('reports units that cannot be compared instead of scoring them', () => {
    const r = score(atLeast(100, '人'), got(1, '%'), 5);
    expect(r).toMatchObject({ score: null, status: 'unparsed', problem: 'unit-mismatch' });
    expect(r.explanation).toEqual({ kind: 'unitMismatch', actual: '100%', target: '≥100人' });
  });

  it('compares a bare zero bound with an actual in any unit (三公经费变动率 ≤0 against −8.3%)', () => {
    expect(score(atMost(0), got(-0.083, '%'), 5)).toMatchObject({ score: 5, status: 'met' });
    expect(score(atMost(0), got(0.031, '%'), 5)).toMatchObject({ score: 0, status: 'failed' });
    expect(score(atLeast(0), got(0.05, '%'), 5)).toMatchObject({ score: 5, status: 'met' });
    expect(score(atMost(0), got(-0.083, '%'), 5).explanation).toMatchObject({
      actual: '-8.3%',
      target: '≤0',
      met: true,
      score: 5,
      weight: 5,
    });
  });

  it('judges a row with a blank weight but gives no score', () => {
    expect(score(atLeast(0.95, '%'), got(0.5, '%'), null)).toMatchObject({
      score: null,
      status: 'partial',
      problem: 'no-weight',
    });
  });
});

describe('regional profile hubei-20', () => {
  it('takes 2 points off an indicator at 130% of its target', () => {
    const r = score(atLeast(100, '户'), got(130, '户'), 5, null, hubei20);
    expect(r).toMatchObject({ score: 3, status: 'met', overAchieved: true, penalty: 2 });
    expect(r.explanation).toMatchObject({ met: true, score: 3, penalty: 2 });
  });

  it('never takes the penalty below 0', () => {
    expect(score(atLeast(100, '户'), got(200, '户'), 1, null, hubei20).score).toBe(0);
  });

  it('caps the total by the execution rate', () => {
    expect(totalCapFor(0.85, hubei20)).toBe(100);
    expect(totalCapFor(0.8, hubei20)).toBe(100);
    expect(totalCapFor(0.75, hubei20)).toBe(89);
    expect(totalCapFor(0.7, hubei20)).toBe(89);
    expect(totalCapFor(0.65, hubei20)).toBe(79);
    expect(totalCapFor(0.55, hubei20)).toBe(69);
    expect(totalCapFor(0.4, hubei20)).toBe(59);
    expect(totalCapFor(0.4, national2020)).toBeNull();
  });

  it('scores the execution rate out of 20 when the table prints no 分值', () => {
    const b = scoreBudget(
      { initial: null, fullYear: 100, executed: 76, weight: null, recordedRate: null, recordedScore: null },
      hubei20,
    );
    expect(b).toMatchObject({ weight: 20, rate: 0.76, score: 15.2 });
  });
});

describe('execution rate', () => {
  const budget = (
    fullYear: number | null,
    executed: number | null,
    extra: Partial<Parameters<typeof scoreBudget>[0]> = {},
  ) =>
    scoreBudget(
      { initial: null, fullYear, executed, weight: 10, recordedRate: null, recordedScore: null, ...extra },
      national2020,
    );

  it('divides the full-year execution by the full-year budget', () => {
    const b = budget(4425.38, 4425.38);
    expect(b).toMatchObject({ rate: 1, score: 10, overRate: false, denominator: 'fullYear' });
    expect(b.explanation).toEqual({
      kind: 'budget',
      rate: 1,
      executed: 4425.38,
      denominator: 4425.38,
      base: 'fullYear',
      score: 10,
      weight: 10,
      over100: false,
    });
  });

  it('scores 76% as 7.6 of 10', () => {
    expect(budget(100, 76).score).toBe(7.6);
  });

  it('caps a rate above 100% and flags it', () => {
    const b = budget(100, 120);
    expect(b).toMatchObject({ rate: 1.2, score: 10, overRate: true });
    expect(b.explanation).toMatchObject({ kind: 'budget', over100: true });
  });

  it('uses the 年初预算数 when the profile says so', () => {
    const p: RuleProfile = { ...national2020, budget: { ...national2020.budget, denominator: 'initial' } };
    const b = scoreBudget(
      { initial: 5506.5, fullYear: 4425.38, executed: 4425.38, weight: 10, recordedRate: null, recordedScore: null },
      p,
    );
    expect(b.denominator).toBe('initial');
    expect(b.score).toBe(8.04);
  });

  it('falls back to the other budget figure when the preferred one is blank', () => {
    const b = scoreBudget(
      { initial: 200, fullYear: null, executed: 100, weight: 10, recordedRate: null, recordedScore: null },
      national2020,
    );
    expect(b).toMatchObject({ denominator: 'initial', rate: 0.5, score: 5 });
  });

  it('cannot compute a rate without budget numbers and says what is missing', () => {
    const b = budget(null, null);
    expect(b).toMatchObject({ rate: null, score: null, missing: ['fullYear', 'executed'] });
    expect(b.explanation).toEqual({ kind: 'budgetMissing', missing: ['fullYear', 'executed'] });
    expect(budget(0, 0).rate).toBeNull();
  });
});

describe('grades, rounding and agreement', () => {
  it('grades at the band boundaries', () => {
    expect(gradeFor(90, national2020)).toBe('优');
    expect(gradeFor(89.99, national2020)).toBe('良');
    expect(gradeFor(80, national2020)).toBe('良');
    expect(gradeFor(60, national2020)).toBe('中');
    expect(gradeFor(59.99, national2020)).toBe('差');
    expect(gradeFor(null, national2020)).toBeNull();
  });

  it('reads grade words as written in tables', () => {
    expect(normalizeGrade('优秀', national2020)).toBe('优');
    expect(normalizeGrade('良好', national2020)).toBe('良');
    expect(normalizeGrade('', national2020)).toBeNull();
  });

  it('rounds half away from zero despite binary error', () => {
    expect(round(0.125, 2)).toBe(0.13);
    expect(round(1.005, 2)).toBe(1.01);
    expect(round(2.675, 2)).toBe(2.68);
    expect(round(-0.125, 2)).toBe(-0.13);
    expect(round(4.1666, 2)).toBe(4.17);
    expect(round(1e300, 2)).toBe(1e300);
  });

  it("accepts an officer's integer rounding or one-decimal truncation of a computed score", () => {
    expect(scoresAgree(4, 4.17, national2020)).toBe(true);
    expect(scoresAgree(5, 4.5, national2020)).toBe(true);
    expect(scoresAgree(4.1, 4.17, national2020)).toBe(true);
    expect(scoresAgree(4.2, 4.17, national2020)).toBe(true); // within 0.05
    expect(scoresAgree(5, 4.17, national2020)).toBe(false);
    expect(scoresAgree(4.5, 4.17, national2020)).toBe(false);
  });

  it('accepts a printed rate rounded to its printed precision', () => {
    expect(ratesAgree(0.9685, 123 / 127, national2020)).toBe(true);
    expect(ratesAgree(0.97, 123 / 127, national2020)).toBe(true);
    expect(ratesAgree(1, 0.9, national2020)).toBe(false);
  });
});

describe('the short sentence of a plainly met row', () => {
  it.each<[string, Target, Actual, number, string]>([
    [
      'money equal to the target',
      equal(4.8e9, '元'),
      got(5.462e9, '元'),
      5,
      '实际完成54.62亿元，目标48亿元，达标，得5分（满分5分）',
    ],
    ['a rate at least 95%', atLeast(0.95, '%'), got(0.99, '%'), 10, '实际完成99%，目标≥95%，达标，得10分（满分10分）'],
    [
      'a cost under its 万元 cap',
      atMost(5.5065e7, '元'),
      got(4.425438e7, '元'),
      10,
      '实际完成4425.438万元，目标≤5506.5万元，达标，得10分（满分10分）',
    ],
    [
      'a rate inside its band',
      range(0.6, 0.8),
      got(0.7, '%'),
      2,
      '实际完成70%，目标区间60%–80%，达标，得2分（满分2分）',
    ],
    ['a time within its limit', within(5), took(3), 2, '实际用时3个工作日，目标5个工作日内，达标，得2分（满分2分）'],
    [
      'the same qualitative words',
      qual('有效'),
      said('有效', 'met'),
      10,
      '实际完成有效，目标有效，达标，得10分（满分10分）',
    ],
    [
      'a count of 个工作日 equal to its target',
      equal(3, '工作日'),
      got(3, '工作日'),
      4.5,
      '实际完成3个工作日，目标3个工作日，达标，得4.5分（满分4.5分）',
    ],
  ])('states %s with the figures and the points, not the achievement ratio', (_, target, actual, weight, sentence) => {
    const r = score(target, actual, weight, weight);
    expect(r).toMatchObject({ status: 'met', score: weight });
    expect(explainZh(r.explanation)).toBe(sentence);
  });

  it('keeps the achievement ratio for a missed row', () => {
    expect(score(atLeast(0.95, '%'), got(0.9, '%'), 2).explanation).toMatchObject({
      met: false,
      achieved: expect.closeTo(0.947, 3),
    });
  });

  it('writes the same sentence for a weight of 0', () => {
    expect(explainZh(score(atLeast(0.95, '%'), got(0.99, '%'), 0).explanation)).toBe(
      '实际完成99%，目标≥95%，达标，得0分（满分0分）',
    );
  });
});

describe('qualitative actuals that hedge the target word', () => {
  it('sends 「基本健全」 against 健全 to review in the partly-met band', () => {
    const r = score(qual('健全'), said('基本健全'));
    expect(r.status).toBe('review');
    expect(r.band).toEqual([6, 8]);
  });

  it('sends 「尚未健全」 against 健全 to review in the not-met band', () => {
    const r = score(qual('健全'), said('尚未健全'));
    expect(r.status).toBe('review');
    expect(r.band).toEqual([0, 6]);
  });

  it('still gives full marks to 「制度已健全」 against 健全', () => {
    expect(score(qual('健全'), said('制度已健全'))).toMatchObject({ status: 'met', score: 10 });
  });
});

describe('deadlines (完成时间) against completion dates', () => {
  const day = (year: number | null, m: number, d: number): DateSpan => ({ year, from: [m, d], to: [m, d] });
  const month = (year: number | null, m: number, last: number): DateSpan => ({ year, from: [m, 1], to: [m, last] });
  const by = (span: DateSpan): Target => ({ kind: 'deadline', by: span });
  const on = (span: DateSpan): Actual => ({ kind: 'date', on: span });

  it('gives full weight to a completion month that ends before the deadline', () => {
    const r = score(by(day(2023, 12, 31)), on(month(2023, 11, 30)), 5);
    expect(r).toMatchObject({ score: 5, status: 'met' });
    expect(r.explanation).toMatchObject({ actual: '2023年11月', target: '2023年12月31日前', met: true, score: 5 });
  });

  it('meets a deadline completed on its very day', () => {
    expect(score(by(day(2023, 12, 31)), on(day(2023, 12, 31)), 5)).toMatchObject({ score: 5, status: 'met' });
  });

  it('sends a completion after the deadline to a person within the partly-met band', () => {
    const r = score(by(day(2023, 6, 30)), on(month(2023, 9, 30)), 5);
    expect(r).toMatchObject({ status: 'review', score: 3, band: [3, 4] });
    expect(r.explanation).toMatchObject({
      kind: 'review',
      actual: '2023年9月',
      target: '2023年6月30日前',
      verdict: 'late',
      band: { low: 3, high: 4, highIncluded: false },
      recorded: null,
      kept: false,
    });
  });

  it('keeps a recorded score inside the partly-met band for a late completion', () => {
    expect(score(by(day(2023, 6, 30)), on(day(2023, 7, 15)), 5, 3.5)).toMatchObject({ status: 'review', score: 3.5 });
  });

  it('cannot tell whether a completion month that holds the deadline day was on time', () => {
    const r = score(by(day(2023, 12, 15)), on(month(2023, 12, 31)), 5);
    expect(r).toMatchObject({ status: 'review', score: 0, band: [0, 5] });
    expect(r.explanation).toMatchObject({
      kind: 'review',
      actual: '2023年12月',
      target: '2023年12月15日前',
      verdict: 'straddles',
    });
  });

  it('meets a whole-month deadline with a day inside that month', () => {
    expect(score(by(month(2023, 12, 31)), on(day(2023, 12, 20)), 5).status).toBe('met');
  });

  it('compares month and day when neither side has a year', () => {
    expect(score(by(day(null, 12, 31)), on(day(null, 12, 20)), 2).status).toBe('met');
    expect(score(by(day(null, 6, 30)), on(day(null, 7, 1)), 2).status).toBe('review');
  });

  it("takes the other side's year when one side has none", () => {
    expect(score(by(day(null, 12, 31)), on(month(2023, 11, 30)), 2).status).toBe('met');
    expect(score(by(day(2023, 6, 30)), on(day(null, 9, 1)), 2)).toMatchObject({ status: 'review', band: [1.2, 1.6] });
    // a later year is late, whatever the month
    expect(score(by(day(2023, 12, 31)), on(day(2024, 1, 5)), 2).status).toBe('review');
  });

  it('reads 100% against a deadline as a completion rate, and 90% as weight × rate', () => {
    const r = score(by(day(2023, 12, 31)), got(1, '%'), 5);
    expect(r).toMatchObject({ score: 5, status: 'met' });
    expect(r.explanation).toMatchObject({
      lead: 'completionRate',
      actual: '100%',
      target: '2023年12月31日前',
      met: true,
      score: 5,
    });
    expect(score(by(day(2023, 12, 31)), got(0.9, '%'), 5)).toMatchObject({ score: 4.5, status: 'partial' });
  });

  it('scores 按时完成 as met and 未按时完成 as not met for a person to judge', () => {
    expect(score(by(day(2023, 12, 31)), said('按时完成', 'met'), 5)).toMatchObject({ score: 5, status: 'met' });
    expect(score(by(day(2023, 12, 31)), said('未按时完成', 'notMet'), 5)).toMatchObject({
      status: 'review',
      band: [0, 3],
    });
  });

  it('cannot compare a number of days with a deadline', () => {
    expect(score(by(day(2023, 12, 31)), got(30, '天'), 5)).toMatchObject({
      status: 'unparsed',
      problem: 'unit-mismatch',
      score: null,
    });
  });

  it('sends a completion date against a qualitative target to a person', () => {
    const r = score(qual('按时完成'), on(month(2023, 11, 30)), 5);
    expect(r.status).toBe('review');
    expect(r.explanation).toMatchObject({ kind: 'review', verdict: 'dateIncomparable' });
  });
});

describe('targets set against last year and targets that ask for none', () => {
  const growth = (v: number): Target => ({ kind: 'atLeast', bound: q(v, '%'), relative: 'increase' });
  const grew = (v: number): Actual => ({ kind: 'quantity', value: q(v, '%'), relative: 'increase' });

  it('scores 较上年增长6.2% against 较上年增长5% as met: both are growth rates', () => {
    const r = score(growth(0.05), grew(0.062));
    expect(r).toMatchObject({ status: 'met', score: 10 });
    expect(r.explanation).toMatchObject({ target: '较上年增幅≥5%', relative: 'increase' });
  });

  it('scores 较上年增长3% against 较上年增长5% in proportion, as any missed target', () => {
    expect(score(growth(0.05), grew(0.03))).toMatchObject({ status: 'partial', score: 6 });
  });

  it('sends a bare 6.2% against 较上年增长5% to review: last year’s value is needed', () => {
    const r = score(growth(0.05), got(0.062, '%'));
    expect(r).toMatchObject({ status: 'review', score: 0 });
    expect(r.explanation).toMatchObject({ kind: 'review', verdict: 'relativeIncomparable' });
  });

  it('sends 较上年增长6.2% against a level target of ≥95% to review', () => {
    expect(score(atLeast(0.95, '%'), grew(0.062)).status).toBe('review');
  });

  it('sends a decline against a growth target to review rather than comparing the numbers', () => {
    const fell: Actual = { kind: 'quantity', value: q(0.08, '%'), relative: 'decrease' };
    expect(score(growth(0.05), fell).status).toBe('review');
  });

  it('scores 0起 and 0 against 零发生 as met and 1起 as failed', () => {
    expect(score(qual('零发生'), got(0, '起'))).toMatchObject({ status: 'met', score: 10 });
    expect(score(qual('安全事故零发生'), got(0))).toMatchObject({ status: 'met', score: 10 });
    expect(score(qual('零发生'), got(1, '起'))).toMatchObject({ status: 'failed', score: 0 });
    expect(score(qual('无重大安全事故'), got(2, '起'))).toMatchObject({ status: 'failed', score: 0 });
  });

  it('does not read 0% against 零发生 as a completion rate of nothing', () => {
    expect(score(qual('零发生'), got(0, '%'))).toMatchObject({ status: 'met', score: 10 });
  });

  it('still reviews 否 against 是', () => {
    expect(score(qual('是'), said('否', 'notMet'))).toMatchObject({ status: 'review', score: 0 });
  });
});

describe('money written on two scales (RULES §5: 元 against a header in 万元)', () => {
  const named = (name: string, target: Target, actual: Actual, recorded: number | null = null) =>
    scoreIndicator({ name, target, actual, weight: 5, recorded }, national2020);

  it('sends 1187500 against ≤120 in a 项目总成本（万元） row to a person instead of failing it', () => {
    const r = named('项目总成本（万元）', atMost(120), got(1187500), 5);
    expect(r).toMatchObject({ status: 'review', score: 5 });
    expect(r.explanation).toMatchObject({ kind: 'review', verdict: 'moneyScale', scale: 1e4 });
  });

  it('also when the target carries 元 and the actual is about 10⁴ smaller or 10⁸ larger', () => {
    expect(named('资金到位', atLeast(5e6, '元'), got(480)).status).toBe('review');
    expect(named('资金到位', atLeast(5e6, '元'), got(4.9e14)).status).toBe('review');
  });

  it('leaves amounts on the same scale, counts and rates alone', () => {
    expect(named('项目总成本（万元）', atMost(120), got(118))).toMatchObject({ status: 'met', score: 5 });
    expect(named('收益（万元）', atLeast(10000), got(12000))).toMatchObject({ status: 'met' });
    expect(named('培训人次', atLeast(1), got(12000, '人次'))).toMatchObject({ status: 'met' });
    expect(named('资金到位率（元）', atLeast(0.95, '%'), got(0.5, '%')).status).toBe('partial');
  });
});
