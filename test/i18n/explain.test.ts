// The wording of score explanations: each template once in zh-CN (as the form, the CLI and the reports say it) and
// in English (the English pane). The facts themselves are tested in test/domain/score.test.ts.

import type { Comparison, Explanation } from '../../src/domain/explain';
import { explainZh, renderExplanation } from '../../src/i18n/explain';

const money: Comparison = { lead: 'actual', actual: '40.83亿元', range: false, target: '23亿元' };
const band: Comparison = { lead: 'actual', actual: '59.22%', range: true, target: '60%–80%' };
const late: Comparison = { lead: 'actual', actual: '2023年9月', range: false, target: '2023年6月30日前' };

const CASES: [string, Explanation, string, string][] = [
  [
    'a plainly met row',
    { kind: 'scored', ...money, met: true, by: 'full', score: 5, weight: 5 },
    '实际完成40.83亿元，目标23亿元，达标，得5分（满分5分）',
    'Actual 40.83亿元, target 23亿元, met, scored 5 of 5 points',
  ],
  [
    'an over-achieved row',
    { kind: 'scored', ...money, achieved: 1.77522, met: true, by: 'full', score: 5, weight: 5, overBy: 0.3 },
    '实际完成40.83亿元，目标23亿元，完成177.5%，达标，得5分（满分5分），超出目标30%以上，需说明原因',
    'Actual 40.83亿元, target 23亿元, 177.5% achieved, met, scored 5 of 5 points, more than 30% above the target: the reason must be given',
  ],
  [
    'a regional over-achievement deduction',
    { kind: 'scored', ...money, achieved: 1.3, met: true, by: 'full', score: 3, weight: 5, overBy: 0.3, penalty: 2 },
    '实际完成40.83亿元，目标23亿元，完成130%，达标，得3分（满分5分），超出目标30%以上，需说明原因，指标偏离扣2分',
    'Actual 40.83亿元, target 23亿元, 130% achieved, met, scored 3 of 5 points, more than 30% above the target: the reason must be given, 2 points deducted for the deviation',
  ],
  [
    'a miss scored by actual ÷ target',
    {
      kind: 'scored',
      lead: 'actual',
      actual: '90%',
      range: false,
      target: '≥95%',
      achieved: 0.9 / 0.95,
      met: false,
      by: 'ratio',
      score: 1.89,
      weight: 2,
    },
    '实际完成90%，目标≥95%，完成94.7%，未达标，按实际÷目标计得1.89分（满分2分）',
    'Actual 90%, target ≥95%, 94.7% achieved, not met, scored by actual ÷ target: 1.89 of 2 points',
  ],
  [
    'a miss scored by target ÷ actual',
    {
      kind: 'scored',
      lead: 'actual',
      actual: '0.06%',
      range: false,
      target: '≤0.05%',
      met: false,
      by: 'inverse',
      score: 4.17,
      weight: 5,
    },
    '实际完成0.06%，目标≤0.05%，未达标，按目标÷实际计得4.17分（满分5分）',
    'Actual 0.06%, target ≤0.05%, not met, scored by target ÷ actual: 4.17 of 5 points',
  ],
  [
    'a miss scored down by the excess',
    {
      kind: 'scored',
      lead: 'actual',
      actual: '15万元',
      range: false,
      target: '≤10万元',
      met: false,
      by: 'linear',
      score: 5,
      weight: 10,
    },
    '实际完成15万元，目标≤10万元，未达标，按超出比例扣减计得5分（满分10分）',
    'Actual 15万元, target ≤10万元, not met, scored down by the excess: 5 of 10 points',
  ],
  [
    'a range missed, scored by the nearest bound',
    { kind: 'scored', ...band, met: false, by: 'bound', score: 1.97, weight: 2 },
    '实际完成59.22%，目标区间60%–80%，未达标，按与最近边界之比计得1.97分（满分2分）',
    'Actual 59.22%, target range 60%–80%, not met, scored by the ratio to the nearest bound: 1.97 of 2 points',
  ],
  [
    'a range missed, all or nothing',
    { kind: 'scored', ...band, met: false, by: 'zero', score: 0, weight: 2 },
    '实际完成59.22%，目标区间60%–80%，未达标，得0分（满分2分）',
    'Actual 59.22%, target range 60%–80%, not met, scored 0 of 2 points',
  ],
  [
    'a completion rate',
    {
      kind: 'scored',
      lead: 'completionRate',
      actual: '90%',
      range: false,
      target: '5个工作日内',
      met: false,
      by: 'rate',
      score: 1.8,
      weight: 2,
    },
    '完成率90%，目标5个工作日内，未达标，按完成率计得1.8分（满分2分）',
    'Completion rate 90%, target 5个工作日内, not met, scored by the completion rate: 1.8 of 2 points',
  ],
  [
    'a time taken, and a change against last year',
    {
      kind: 'scored',
      lead: 'actualTime',
      actual: '3个工作日',
      range: false,
      target: '5个工作日内',
      met: true,
      by: 'full',
      score: 2,
      weight: 2,
    },
    '实际用时3个工作日，目标5个工作日内，达标，得2分（满分2分）',
    'Time taken 3个工作日, target 5个工作日内, met, scored 2 of 2 points',
  ],
  [
    'a growth rate',
    {
      kind: 'scored',
      lead: 'actual',
      relative: 'increase',
      actual: '6.2%',
      range: false,
      target: '较上年增幅≥5%',
      met: true,
      by: 'full',
      score: 10,
      weight: 10,
    },
    '实际完成增幅6.2%，目标较上年增幅≥5%，达标，得10分（满分10分）',
    'Actual increase of 6.2%, target 较上年增幅≥5%, met, scored 10 of 10 points',
  ],
  [
    'a row with no weight',
    {
      kind: 'scored',
      lead: 'actual',
      actual: '90%',
      range: false,
      target: '≥95%',
      achieved: 0.9 / 0.95,
      met: false,
      by: 'ratio',
      score: null,
      weight: null,
    },
    '实际完成90%，目标≥95%，完成94.7%，未达标，分值为空，无法计分',
    'Actual 90%, target ≥95%, 94.7% achieved, not met, no weight given, cannot be scored',
  ],
  [
    'a row of a table that sets no points',
    {
      kind: 'scored',
      lead: 'actual',
      actual: '100%',
      range: false,
      target: '100%',
      met: true,
      by: 'full',
      score: null,
      weight: null,
      unscored: true,
    },
    '实际完成100%，目标100%，达标，此表不设分值，不计分',
    'Actual 100%, target 100%, met, this table sets no points, not scored',
  ],
  [
    'a late completion with a blank score',
    {
      kind: 'review',
      ...late,
      verdict: 'late',
      weight: 5,
      band: { low: 3, high: 4, highIncluded: false },
      recorded: null,
      kept: false,
    },
    '实际完成2023年9月，目标2023年6月30日前，晚于期限，按规则应得3–4分（不含4分），表中得分为空，暂按3分计，需人工判断',
    'Actual 2023年9月, target 2023年6月30日前, after the deadline, the rule allows 3–4 points (4 excluded), no score recorded; counted as 3 for now, a person decides',
  ],
  [
    'a partly met outcome with its recorded score kept',
    {
      kind: 'review',
      lead: 'actual',
      actual: '部分达成',
      range: false,
      target: '有效',
      verdict: 'partly',
      weight: 10,
      band: { low: 6, high: 8, highIncluded: false },
      recorded: 7,
      kept: true,
    },
    '实际完成部分达成，目标有效，部分达成，按规则应得6–8分（不含8分），表中得分7分在此范围内，予以保留',
    'Actual 部分达成, target 有效, partly achieved, the rule allows 6–8 points (8 excluded), the recorded 7 points lie in this range and are kept',
  ],
  [
    'a recorded score outside the band',
    {
      kind: 'review',
      lead: 'actual',
      actual: '较好',
      range: false,
      target: '有效',
      verdict: 'unknown',
      weight: 10,
      band: { low: 0, high: 10, highIncluded: true },
      recorded: 12,
      kept: false,
    },
    '实际完成较好，目标有效，与目标表述不同，按规则应得0–10分，表中得分12分不在此范围内，暂按0分计，需人工判断',
    'Actual 较好, target 有效, worded differently from the target, the rule allows 0–10 points, the recorded 12 points lie outside this range; counted as 0 for now, a person decides',
  ],
  [
    'a not-met outcome with no weight',
    {
      kind: 'review',
      lead: 'actual',
      actual: '未达成',
      range: false,
      target: '有效',
      verdict: 'notMet',
      weight: null,
      recorded: null,
      kept: false,
    },
    '实际完成未达成，目标有效，未达成，分值为空，无法计分',
    'Actual 未达成, target 有效, not achieved, no weight given, cannot be scored',
  ],
  [
    'a met outcome word on an unscored table',
    {
      kind: 'review',
      lead: 'actual',
      actual: '达成',
      range: false,
      target: '有效',
      verdict: 'met',
      weight: null,
      recorded: null,
      kept: false,
      unscored: true,
    },
    '实际完成达成，目标有效，已达成，此表不设分值，不计分',
    'Actual 达成, target 有效, achieved, this table sets no points, not scored',
  ],
  [
    'a completion month on the deadline',
    {
      kind: 'review',
      lead: 'actual',
      actual: '2023年12月',
      range: false,
      target: '2023年12月15日前',
      verdict: 'straddles',
      weight: null,
      recorded: null,
      kept: false,
    },
    '实际完成2023年12月，目标2023年12月15日前，无法确定是否在期限内完成，分值为空，无法计分',
    'Actual 2023年12月, target 2023年12月15日前, cannot tell whether it was completed by the deadline, no weight given, cannot be scored',
  ],
  [
    'a measured actual against a qualitative target',
    {
      kind: 'review',
      lead: 'actual',
      actual: '15个',
      range: false,
      target: '提高',
      verdict: 'incomparable',
      weight: null,
      recorded: null,
      kept: false,
    },
    '实际完成15个，目标提高，定性目标与定量实际值无法直接比较，需人工判断，分值为空，无法计分',
    'Actual 15个, target 提高, a qualitative target cannot be compared with a measured actual; a person decides, no weight given, cannot be scored',
  ],
  [
    'a date against a qualitative target',
    {
      kind: 'review',
      lead: 'actual',
      actual: '2023年11月',
      range: false,
      target: '按时完成',
      verdict: 'dateIncomparable',
      weight: null,
      recorded: null,
      kept: false,
    },
    '实际完成2023年11月，目标按时完成，定性目标与实际完成日期无法直接比较，需人工判断，分值为空，无法计分',
    'Actual 2023年11月, target 按时完成, a qualitative target cannot be compared with a completion date; a person decides, no weight given, cannot be scored',
  ],
  [
    'a level against a change against last year',
    {
      kind: 'review',
      lead: 'actual',
      actual: '6.2%',
      range: false,
      target: '较上年增幅≥5%',
      verdict: 'relativeIncomparable',
      weight: null,
      recorded: null,
      kept: false,
    },
    '实际完成6.2%，目标较上年增幅≥5%，目标与实际值一个是较上年的增减幅度、一个不是（或增减方向不同），缺少上年数值无法直接比较，需人工判断，分值为空，无法计分',
    'Actual 6.2%, target 较上年增幅≥5%, one of target and actual is a change against last year and the other is not (or they change in opposite directions): without last year’s value they cannot be compared, a person decides, no weight given, cannot be scored',
  ],
  [
    'a row sharing the merged score of the row above',
    {
      kind: 'review',
      lead: 'actual',
      actual: '6.2%',
      range: false,
      target: '较上年增幅≥5%',
      verdict: 'relativeIncomparable',
      weight: null,
      recorded: null,
      kept: false,
      noPoints: 'shared',
    },
    '实际完成6.2%，目标较上年增幅≥5%，目标与实际值一个是较上年的增减幅度、一个不是（或增减方向不同），缺少上年数值无法直接比较，需人工判断，与上方指标合用一个合并的分值/得分单元格，不单独计分',
    'Actual 6.2%, target 较上年增幅≥5%, one of target and actual is a change against last year and the other is not (or they change in opposite directions): without last year’s value they cannot be compared, a person decides, shares the merged points (分值/得分) cell of the indicator above, not scored on its own',
  ],
  [
    'money on two scales',
    {
      kind: 'review',
      lead: 'actual',
      actual: '1187500',
      range: false,
      target: '≤120',
      verdict: 'moneyScale',
      scale: 1e4,
      weight: null,
      recorded: null,
      kept: false,
    },
    '实际完成1187500，目标≤120，两者相差约1万倍，可能一个按元、一个按万元（或亿元）填写，请核对金额单位，需人工判断，分值为空，无法计分',
    'Actual 1187500, target ≤120, the two differ by a factor of about 10,000: one may be written in 元 and the other in 万元 (or 亿元); check the money units, a person decides, no weight given, cannot be scored',
  ],
  ['not applicable', { kind: 'notApplicable' }, '不适用，不计分', 'not applicable, not scored'],
  [
    'a blank target',
    { kind: 'blankTarget' },
    '年度指标值为空，无法计分',
    'the target (年度指标值) is blank, cannot be scored',
  ],
  [
    'a blank actual',
    { kind: 'blankActual' },
    '实际完成值为空，无法计分',
    'the actual (实际完成值) is blank, cannot be scored',
  ],
  [
    'an unreadable target',
    { kind: 'unparsedTarget', text: '见附件' },
    '年度指标值“见附件”无法识别，无法计分',
    'the target “见附件” cannot be read, cannot be scored',
  ],
  [
    'an unreadable actual',
    { kind: 'unparsedActual', text: '见附件' },
    '实际完成值“见附件”无法识别，无法计分',
    'the actual “见附件” cannot be read, cannot be scored',
  ],
  [
    'units that cannot be compared',
    { kind: 'unitMismatch', actual: '100%', target: '≥100人' },
    '实际完成100%与目标≥100人单位不同，无法比较',
    'actual 100% and target ≥100人 are in different units and cannot be compared',
  ],
  [
    'a judged row',
    { kind: 'judged', recorded: 2, weight: 3 },
    '按评分标准由评价人判断，采用表中得分2分（满分3分）',
    'judged by the assessor against the scoring criteria (评分标准): the recorded 2 points are taken (of 3)',
  ],
  [
    'the first of three rows sharing a merged score, one of them not met',
    { kind: 'judged', recorded: 10, weight: 10, group: 3 },
    '3项指标合用一个合并的得分，其中有未达标或需判断的指标，由评价人判断，采用表中得分10分（满分10分）',
    '3 indicators share one merged score and not all are met: judged by the assessor, the recorded 10 points are taken (of 10)',
  ],
  [
    'the same with the score left blank',
    { kind: 'judged', recorded: null, weight: 10, group: 2 },
    '2项指标合用一个合并的得分，其中有未达标或需判断的指标，由评价人判断，表中得分为空（满分10分）',
    '2 indicators share one merged score and not all are met: judged by the assessor, no score recorded (of 10 points)',
  ],
  [
    'a judged row with no score and no weight',
    { kind: 'judged', recorded: null, weight: null },
    '按评分标准由评价人判断，表中得分为空（满分—分）',
    'judged by the assessor against the scoring criteria (评分标准): no score recorded (of — points)',
  ],
  [
    'a 预算执行率 row from the amounts, over 100%',
    { kind: 'rateRow', rate: 1.05, amounts: { executed: 840, denominator: 800 }, score: 10, weight: 10, over100: true },
    '执行率105%（全年执行数840 ÷ 预算数800），按 分值 × 执行率 计得10分（满分10分），执行率超过100%，按100%计分',
    'execution rate 105% (executed 840 ÷ budget 800), scored weight × rate: 10 of 10 points, execution rate above 100%, scored as 100%',
  ],
  [
    'a 预算执行率 row from the rate written',
    { kind: 'rateRow', rate: 0.9, score: 9, weight: 10, over100: false },
    '执行率90%（表中填写的执行率），按 分值 × 执行率 计得9分（满分10分）',
    'execution rate 90% (the rate written in the table), scored weight × rate: 9 of 10 points',
  ],
  [
    'the budget rule',
    {
      kind: 'budget',
      rate: 1,
      executed: 4425.38,
      denominator: 4425.38,
      base: 'fullYear',
      score: 10,
      weight: 10,
      over100: false,
    },
    '执行率100%（全年执行数4425.38 ÷ 全年预算数4425.38），得10分（满分10分）',
    'execution rate 100% (executed 4425.38 ÷ full-year budget (全年预算数) 4425.38), scored 10 of 10 points',
  ],
  [
    'the budget rule over 100%, by the initial budget',
    {
      kind: 'budget',
      rate: 1.2,
      executed: 120,
      denominator: 100,
      base: 'initial',
      score: 10,
      weight: 10,
      over100: true,
    },
    '执行率120%（全年执行数120 ÷ 年初预算数100），得10分（满分10分），执行率超过100%，按100%计分',
    'execution rate 120% (executed 120 ÷ initial budget (年初预算数) 100), scored 10 of 10 points, execution rate above 100%, scored as 100%',
  ],
  [
    'budget figures missing',
    { kind: 'budgetMissing', missing: ['fullYear', 'executed'] },
    '缺少全年预算数、全年执行数，无法计算执行率',
    'full-year budget (全年预算数), amount executed (全年执行数) missing, the execution rate cannot be computed',
  ],
  [
    'a budget block without points',
    { kind: 'budgetNotScored', rate: 1, executed: 194.9, denominator: 194.9, base: 'fullYear' },
    '执行率100%（全年执行数194.9 ÷ 全年预算数194.9），此表预算执行不单独计分',
    'execution rate 100% (executed 194.9 ÷ full-year budget (全年预算数) 194.9); this table gives budget execution no points of its own',
  ],
];

describe('score explanations in words', () => {
  it.each(CASES)('says %s in zh-CN', (_, e, zh) => {
    expect(renderExplanation(e, 'zh-CN')).toBe(zh);
    expect(explainZh(e)).toBe(zh);
  });

  it.each(CASES)('says %s in English', (_, e, __, en) => {
    expect(renderExplanation(e, 'en')).toBe(en);
  });

  it('speaks zh-CN for a language it does not know', () => {
    expect(renderExplanation({ kind: 'notApplicable' }, 'fr')).toBe('不适用，不计分');
  });

  it('has no Chinese words of its own in English, only the form’s values, its money units and the terms it quotes', () => {
    for (const [, e] of CASES) {
      const values = JSON.stringify(e);
      const own =
        renderExplanation(e, 'en')
          .replace(/[（(][^）)]*[）)]/g, '')
          .match(/[\u4e00-\u9fff]+/g) ?? [];
      // money units are named as the form writes them (元, 万元, 亿元)
      for (const word of own.filter((w) => !/^[万亿]?元$/.test(w))) expect(values).toContain(word);
    }
  });
});
