// What counts as an explanation in a 偏差原因分析及改进措施 cell: only what a person wrote. The tool's own draft
// with its blanks unfilled, placeholders, boilerplate and a restatement of the numbers do not (issue 9 §1,
// issue 11's reviewer checks).

import {
  claimsCompleted,
  isExplanation,
  isUntouchedDraft,
  judgeExplanation,
  saysNotMet,
} from '../../src/domain/explanation';

const DRAFT = '实际完成40.83亿元，为目标23亿元的177.5%，超出目标77.5%。原因：；改进措施：';

describe('judgeExplanation', () => {
  it('does not take the tool’s own draft with both blanks unfilled for an explanation', () => {
    expect(judgeExplanation(DRAFT)).toEqual({ kind: 'draft', blanks: ['reason', 'measures'] });
    expect(isUntouchedDraft(DRAFT)).toBe(true);
  });

  it.each([
    ['原因： 无 ；改进措施：暂无', ['reason', 'measures']],
    ['原因:　；改进措施: ', ['reason', 'measures']],
    ['实际完成59.22%，低于目标区间下限60%。原因：市场低迷；改进措施：', ['measures']],
    ['实际完成59.22%。原因：；改进措施：加强宣传', ['reason']],
  ])('names the blanks still empty in %j', (text, blanks) => {
    expect(judgeExplanation(text)).toEqual({ kind: 'draft', blanks });
    expect(isUntouchedDraft(text)).toBe(blanks.length === 2);
  });

  it('takes a filled-in draft and a plain sentence for explanations', () => {
    expect(judgeExplanation('实际完成59.22%。原因：市场低迷；改进措施：加大宣传力度')).toEqual({ kind: 'written' });
    expect(judgeExplanation('经济下行和房地产市场低迷,导致市民购房意愿低')).toEqual({ kind: 'written' });
    expect(judgeExplanation('因2023年新政出台，提取人数较上年增加30%')).toEqual({ kind: 'written' });
    expect(isExplanation(judgeExplanation('两项整改延期到次年'))).toBe(true);
  });

  it.each(['', '　', '\n'])('reads %j as blank', (text) => {
    expect(judgeExplanation(text)).toEqual({ kind: 'blank' });
  });

  it.each(['无', '/', '—', '0', '无。', '无偏差'])('reads %j as a placeholder', (text) => {
    expect(judgeExplanation(text).kind).toBe('placeholder');
  });

  it.each([
    '暂无',
    '已完成',
    '已完成。',
    '按计划完成',
    '已达标',
    '详见自评报告',
    '已按要求完成',
    '达到预期目标',
    '效果良好',
  ])('reads %j as boilerplate', (text) => {
    expect(judgeExplanation(text).kind).toBe('boilerplate');
    expect(isExplanation(judgeExplanation(text))).toBe(false);
  });

  it('reads a note that only repeats the numbers as no explanation', () => {
    const context = {
      name: '2.住房公积金个贷率控制在60%到80%的区间',
      targetText: '控制在60%到80%的区间',
      actualText: '59.22%',
    };
    expect(judgeExplanation('实际完成59.22%，低于目标区间下限60%，差0.78个百分点。', context).kind).toBe('numbersOnly');
    expect(judgeExplanation('住房公积金个贷率59.22%，未达到60%', context).kind).toBe('numbersOnly');
    expect(judgeExplanation('实际完成40.83亿元，为目标23亿元的177.5%，超出目标77.5%。').kind).toBe('numbersOnly');
    expect(judgeExplanation('个贷率59.22%，因房地产市场低迷，购房贷款减少', context).kind).toBe('written');
  });

  it('tells a note claiming completion from other boilerplate', () => {
    expect(claimsCompleted(judgeExplanation('已完成'))).toBe(true);
    expect(claimsCompleted(judgeExplanation('已按要求完成'))).toBe(true);
    expect(claimsCompleted(judgeExplanation('暂无'))).toBe(false);
    expect(claimsCompleted(judgeExplanation('已完成，但资金晚到两个月'))).toBe(false);
  });
});

describe('saysNotMet', () => {
  it.each([
    ['受疫情影响，部分培训未完成', true],
    ['年度目标未能达到', true],
    ['项目未按期验收', true],
    ['全部完成，无未完成事项', false],
    ['不存在未达标情况', false],
    ['新政出台，提取需求集中释放', false],
  ])('%j → %p', (text, expected) => {
    expect(saysNotMet(text)).toBe(expected);
  });
});
