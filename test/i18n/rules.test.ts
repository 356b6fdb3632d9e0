// The wording of the profiles' rules, names and the unknown-profile message: each template once in zh-CN (as the
// settings have always shown it) and in English. Which rules a profile lists is tested in test/domain/profiles.test.ts.

import type { RuleText } from '../../src/domain/profile';
import { UnknownProfileError } from '../../src/domain/profile';
import { getProfile, PROFILES } from '../../src/domain/profiles';
import { profileLabel, renderRule } from '../../src/i18n/rules';
import { isUnknownProfile, unknownProfileMessage } from '../../src/i18n/profileError';

const GRADES: [number, string][] = [
  [90, '优'],
  [80, '良'],
  [60, '中'],
  [0, '差'],
];

const CASES: [RuleText, string, string][] = [
  [
    { key: 'budget', weight: 10, denominator: 'fullYear' },
    '预算执行率 = 全年执行数 ÷ 全年预算数；得分 = 分值（未标明时按10分）× 执行率，执行率超过100%的按100%计（常见做法）。',
    'Budget execution rate = amount executed ÷ full-year budget (全年预算数); score = weight (10 points where the table gives none) × rate, a rate above 100% counting as 100% (common practice).',
  ],
  [
    { key: 'budget', weight: 20, denominator: 'initial' },
    '预算执行率 = 全年执行数 ÷ 年初预算数；得分 = 分值（未标明时按20分）× 执行率，执行率超过100%的按100%计（常见做法）。',
    'Budget execution rate = amount executed ÷ initial budget (年初预算数); score = weight (20 points where the table gives none) × rate, a rate above 100% counting as 100% (common practice).',
  ],
  [
    { key: 'positive' },
    '定量指标：达到年度指标值得满分；未达到的按 实际完成值 ÷ 年度指标值 × 分值 计分（财预〔2020〕10号）。',
    'Quantitative indicators: full points when the annual target is reached; otherwise actual ÷ target × weight (财预〔2020〕10号).',
  ],
  [
    { key: 'negativeRatio' },
    '越低越好的指标（≤、以下、以内、不超过、控制在…以内）：达到得满分；未达到的按 年度指标值 ÷ 实际完成值 × 分值 计分（常见做法）。',
    'Lower-is-better indicators (≤, 以下, 以内, 不超过, 控制在…以内): full points when reached; otherwise target ÷ actual × weight (common practice).',
  ],
  [
    { key: 'negativeLinear' },
    '越低越好的指标：达到得满分；超出目标的按 分值 × (1 −(实际 − 目标) ÷ 目标) 计分，达到目标2倍及以上得0分（常见做法）。',
    'Lower-is-better indicators: full points when reached; above the target, weight × (1 − (actual − target) ÷ target), 0 points at twice the target or more (common practice).',
  ],
  [
    { key: 'equality' },
    '“=”目标按“不低于”计分；目标为0的按“不高于”计分（常见做法）。',
    'An “=” target scores as “at least”; a target of 0 as “at most” (common practice).',
  ],
  [
    { key: 'rangeAllOrNothing' },
    '区间目标（控制在60%到80%的区间）：在区间内得满分，区间外得0分（常见做法）。',
    'Range targets (控制在60%到80%的区间): full points inside the range, 0 outside it (common practice).',
  ],
  [
    { key: 'rangeProportional' },
    '区间目标：在区间内得满分；低于下限按 实际 ÷ 下限、高于上限按 上限 ÷ 实际 乘以分值计分（常见做法）。',
    'Range targets: full points inside the range; below it actual ÷ lower bound, above it upper bound ÷ actual, times the weight (common practice).',
  ],
  [
    { key: 'completionRate' },
    '时限、定性目标填写完成率（如100%）的，完成率达到100%得满分，低于100%按完成率计分（常见做法）。',
    'Time-limit and qualitative targets answered with a completion rate (such as 100%): full points at 100%, below it weight × rate (common practice).',
  ],
  [
    { key: 'deadline' },
    '完成时间目标（如“2023年12月31日前”）：实际完成时间在期限之内得满分；晚于期限的视为部分达成，按定性指标的部分达成档由人工判断得分（财预〔2020〕10号）；只写到月份而跨过期限的，需人工判断。期限目标官方文件未作规定，此为实践做法。',
    'Completion-date targets (such as “2023年12月31日前”): full points when completed by the deadline; later counts as partly achieved, a person choosing the points within the partly-achieved band (财预〔2020〕10号); a month that spans the deadline is left to a person. Official rules say nothing of deadlines: this is practice.',
  ],
  [
    { key: 'qualitative', partly: [0.6, 0.8], notMet: [0, 0.6] },
    '定性指标：达成年度指标得分值的80%–100%（含80%，表中未填得分的按满分计）；部分达成得分值的60%–80%（含60%），未达成得分值的60%以下，具体分数由人工判断（财预〔2020〕10号）。',
    'Qualitative indicators: achieved scores 80%–100% of the weight (80% included; a blank score counts as full points); partly achieved 60%–80% (60% included) of the weight, not achieved below 60% of it, a person choosing the points (财预〔2020〕10号).',
  ],
  [
    { key: 'cap' },
    '单项得分不得超过该指标分值（常见做法）。',
    'No indicator scores more than its weight (common practice).',
  ],
  [
    { key: 'overAchievement', threshold: 1.3, penalty: 0 },
    '实际完成值达到年度指标值的130%及以上，须说明偏差原因；工具只提示，不扣分（财预〔2020〕10号；常见做法）。',
    'An actual at 130% of the annual target or more needs the reason for the deviation; the tool flags it without deducting (财预〔2020〕10号; common practice).',
  ],
  [
    { key: 'overAchievement', threshold: 1.3, penalty: 2 },
    '实际完成值达到年度指标值的130%及以上，视为指标偏离，扣2分并须说明原因（地方做法）。',
    'An actual at 130% of the annual target or more is a deviation: 2 points are deducted and the reason must be given (regional practice).',
  ],
  [
    { key: 'notes' },
    '未达到目标（得分低于分值）或明显超出目标的，须在“偏差原因分析及改进措施”栏说明原因和改进措施；“无”“0”“/”不算说明（常见做法）。',
    'A missed target (score below the weight) or one clearly exceeded needs its reason and the measures taken in the “偏差原因分析及改进措施” column; “无”, “0” or “/” do not count (common practice).',
  ],
  [
    { key: 'notApplicableExclude' },
    '不适用的指标不计分，也不计入分值合计（常见做法）。',
    'Indicators that do not apply are not scored and not counted in the total weight (common practice).',
  ],
  [
    { key: 'notApplicableRescale' },
    '不适用的指标不计分；该指标原有分值时，其余得分按比例折算到100分（常见做法）。',
    'Indicators that do not apply are not scored; where such an indicator carried a weight, the other scores are rescaled to 100 (common practice).',
  ],
  [
    { key: 'grades', grades: GRADES },
    '等级：优 ≥90分，良 80–90分，中 60–80分，差 <60分（财预〔2020〕10号）。',
    'Grades: 优 ≥90; 良 80–90; 中 60–80; 差 <60 (财预〔2020〕10号).',
  ],
  [
    { key: 'rounding', decimals: 2 },
    '得分保留2位小数；表中按整数四舍五入或截取一位小数的得分视为一致（常见做法）。',
    'Scores keep 2 decimals; a recorded score rounded to an integer or cut to one decimal counts as agreeing (common practice).',
  ],
  [
    {
      key: 'totalCap',
      caps: [
        [0.8, 100],
        [0.7, 89],
        [0.6, 79],
        [0.5, 69],
        [0, 59],
      ],
    },
    '总分受预算执行率限制：执行率80%及以上不限，70%–80%最高89分，60%–70%最高79分，50%–60%最高69分，50%以下最高59分（地方做法）。',
    'The total is capped by the budget execution rate: no cap at a rate of 80% or more; 70%–80%: at most 89; 60%–70%: at most 79; 50%–60%: at most 69; below 50%: at most 59 (regional practice).',
  ],
  [
    { key: 'executionNote', below: 0.9 },
    '预算执行率低于90%的，须说明原因（常见做法）。',
    'A budget execution rate below 90% needs its reason (common practice).',
  ],
];

describe('rule texts in words', () => {
  it.each(CASES)('says %j in zh-CN', (rule, zh) => {
    expect(renderRule(rule, 'zh-CN')).toBe(zh);
  });

  it.each(CASES)('says %j in English', (rule, _, en) => {
    expect(renderRule(rule, 'en')).toBe(en);
  });

  it('has a case for every key a shipped profile lists', () => {
    const covered = new Set(CASES.map(([r]) => r.key));
    for (const p of PROFILES) for (const t of p.texts) expect(covered).toContain(t.key);
  });

  it('names every shipped profile in both languages, and an unknown one by its id', () => {
    expect(profileLabel('national-2020')).toBe('财政部通用规则（财预〔2020〕10号）');
    expect(profileLabel('hubei-20', 'en')).toBe(
      'Hubei-style form (budget execution 20 points, total capped by the execution rate, 2 points off at 130% of the target)',
    );
    for (const p of PROFILES) {
      expect(profileLabel(p.id, 'zh-CN')).not.toBe(p.id);
      expect(profileLabel(p.id, 'en')).not.toBe(p.id);
    }
    expect(profileLabel('guangdong', 'en')).toBe('guangdong');
  });
});

describe('an unknown profile', () => {
  const thrown = (): unknown => {
    try {
      getProfile('guangdong');
    } catch (e) {
      return e;
    }
    return undefined;
  };

  it('is said with the valid ids in zh-CN and English', () => {
    const e = thrown();
    expect(e).toBeInstanceOf(UnknownProfileError);
    expect(isUnknownProfile(e)).toBe(true);
    expect(unknownProfileMessage(e as UnknownProfileError)).toBe(
      '未知的评分规则“guangdong”。可用的规则：national-2020、national-2020-proportional-range、national-2020-rescale、hubei-20。',
    );
    expect(unknownProfileMessage(e as UnknownProfileError, 'en')).toBe(
      'Unknown rule profile “guangdong”. Valid profiles: national-2020, national-2020-proportional-range, national-2020-rescale, hubei-20.',
    );
  });

  it('is told apart from other errors', () => {
    expect(isUnknownProfile(new Error('x'))).toBe(false);
    expect(isUnknownProfile(undefined)).toBe(false);
  });
});
