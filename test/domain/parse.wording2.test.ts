// Wording a tester found misread: counts in Chinese numerals (三场次), durations in months against days (1个月内 vs
// 25天), satisfaction answered in points (95.2分 against ≥95%), and bare-number targets against percentages (90 vs
// 92.5%) — each read and scored as an officer would, with the near misses that must stay as they were.

import { inferLowerIsBetter, parseActual, parseTarget } from '../../src/domain/parse';
import { scoreIndicator } from '../../src/domain/score';
import { national2020 } from '../../src/domain/profiles';
import type { RawCell, Target } from '../../src/domain/types';

/** A text cell as any door delivers it. */
const text = (t: string): RawCell => ({ value: t, text: t });
/** A numeric cell with its stored value, number format and display text. */
const num = (value: number, numberFormat?: string, shown?: string): RawCell => ({
  value,
  text: shown ?? String(value),
  numberFormat,
});
const cell = (c: string | RawCell): RawCell => (typeof c === 'string' ? text(c) : c);

/** Parses a row's target and actual as evaluate does and scores it (weight 10). */
function row(target: string | RawCell, actual: string | RawCell, name = '指标') {
  const t = parseTarget(cell(target), { name });
  const a = parseActual(cell(actual), { target: t });
  return { t, a, s: scoreIndicator({ name, target: t, actual: a, weight: 10, recorded: null }, national2020) };
}

describe('counts written in Chinese numerals', () => {
  it.each([
    ['3场次', '三场次', 3, '场次'],
    ['≥3场', '三场', 3, '场'],
    ['2个', '两个', 2, '个'],
  ])('scores %j against the actual %j as met', (target, actual, value, unit) => {
    const { a, s } = row(target, actual);
    expect(a).toEqual({ kind: 'quantity', value: { value, unit } });
    expect(s).toMatchObject({ status: 'met', score: 10 });
  });

  it.each<[string, number, string]>([
    ['十二项', 12, '项'],
    ['二十人', 20, '人'],
    ['一百件', 100, '件'],
    ['三十五人次', 35, '人次'],
    ['一百零五户', 105, '户'],
    ['两千三百人', 2300, '人'],
    ['三万人次', 30000, '人次'],
    ['三十多家', 30, '家'],
    ['十篇', 10, '篇'],
    ['两个百分点', 0.02, '%'],
  ])('reads the actual %j as %p %s', (written, value, unit) => {
    expect(parseActual(text(written))).toEqual({ kind: 'quantity', value: { value, unit } });
  });

  it('reads Chinese numerals in targets too, comparators and suffixes included', () => {
    expect(parseTarget(text('三十五人'))).toEqual({ kind: 'equal', value: { value: 35, unit: '人' } });
    expect(parseTarget(text('不少于两场'))).toEqual({ kind: 'atLeast', bound: { value: 2, unit: '场' } });
    expect(parseTarget(text('五个以上'))).toEqual({ kind: 'atLeast', bound: { value: 5, unit: '个' } });
    expect(parseTarget(text('每季度一次'))).toEqual({ kind: 'equal', value: { value: 4, unit: '次' } });
    expect(parseTarget(text('三天内完成'))).toEqual({ kind: 'timeLimit', days: 3, workdays: false });
  });

  it.each([
    ['一般', 'partly'],
    ['十分满意', 'met'],
  ])('keeps the actual %j qualitative (outcome %s)', (written, outcome) => {
    expect(parseActual(text(written))).toEqual({ kind: 'qualitative', level: written, outcome });
  });

  it('scores 十分满意 against 满意 as met and 一般 as partly met', () => {
    expect(row('满意', '十分满意').s).toMatchObject({ status: 'met', score: 10 });
    expect(row('达标', '一般').s).toMatchObject({ status: 'review' });
  });

  it.each([
    '一般',
    '一级指标',
    '十分满意',
    '三公经费',
    '一次性',
    '统一',
    '唯一',
    '一流',
    '第三场',
    '一百五户',
    '二〇二三',
    '建立一套完善的制度',
    '一件事一次办',
  ])('keeps the target %j qualitative: no numeral there is a count', (written) => {
    expect(parseTarget(text(written))).toEqual({ kind: 'qualitative', level: written });
  });

  it('still reads 三公经费控制数 as a lower-is-better name and its money bound as written', () => {
    expect(inferLowerIsBetter('三公经费控制数')).toBe(true);
    expect(parseTarget(text('50万元'), { name: '三公经费控制数' })).toEqual({
      kind: 'atMost',
      bound: { value: 500000, unit: '元' },
      inferred: true,
    });
  });

  it('leaves Chinese numerals alone in a text that already has digits', () => {
    expect(parseActual(text('完成3场，其中两场'))).toEqual({ kind: 'quantity', value: { value: 3, unit: '场' } });
  });
});

describe('durations in months against days', () => {
  it.each([
    ['1个月内', '25天'],
    ['1个月内', '30天'],
    ['≤1个月', '20天'],
    ['一个月内', '25天'],
  ])('scores %j against the actual %j as met', (target, actual) => {
    expect(row(target, actual).s).toMatchObject({ status: 'met', score: 10 });
  });

  it('scores ≤1个月 against 40天 as partly met by target ÷ actual (30 ÷ 40)', () => {
    const { s } = row('≤1个月', '40天');
    expect(s).toMatchObject({ status: 'partial', score: 7.5 });
    expect(s.explanation).toMatchObject({
      actual: '40天',
      target: '≤1个月',
      met: false,
      by: 'inverse',
      score: 7.5,
      weight: 10,
    });
  });

  it('compares a month with a time limit in days, and working days with a month', () => {
    expect(row('30天内', '1个月').s).toMatchObject({ status: 'met', score: 10 });
    expect(row('30天内', '2个月').s).toMatchObject({ status: 'partial', score: 5 });
    expect(row('≤1个月', '20个工作日').s).toMatchObject({ status: 'met', score: 10 });
    expect(row('≤2周', '10天').s).toMatchObject({ status: 'met', score: 10 });
  });

  it('keeps counts of months, dates and periods what they were', () => {
    expect(row('12个月', '12个月').s).toMatchObject({ status: 'met', score: 10 });
    expect(row('12个月', '12个月').a).toEqual({ kind: 'quantity', value: { value: 12, unit: '月' } });
    expect(row('2023年11月底前', '2023年11月').s).toMatchObject({ status: 'met', score: 10 });
    expect(row('11月底前', '11月20日').s).toMatchObject({ status: 'met', score: 10 });
    expect(row('每月1次', '12次').s).toMatchObject({ status: 'met', score: 10 });
    expect(row('每季度1次', '4次').s).toMatchObject({ status: 'met', score: 10 });
  });

  it('does not turn a time that should be long enough into hours or months: ≥8小时 against 1天 is for a person', () => {
    expect(row('≥8小时', '1天').s).toMatchObject({ status: 'unparsed', problem: 'unit-mismatch' });
  });
});

describe('satisfaction answered in points against a percentage', () => {
  it.each([
    ['≥90%', '95.2分'],
    ['≥95%', '95.2分'],
  ])('scores %j against %j as met, reading 95.2分 as 95.2%', (target, actual) => {
    const { a, s } = row(target, actual, '患者满意度');
    expect(a).toEqual({ kind: 'quantity', value: { value: 0.952, unit: '%' } });
    expect(s).toMatchObject({ status: 'met', score: 10 });
  });

  it('scores 85分 against ≥90% as partly met', () => {
    expect(row('≥90%', '85分').s).toMatchObject({ status: 'partial', score: 9.44 });
  });

  it('keeps 分 as points against a score target, or when it cannot be a percentage', () => {
    expect(row('≥90分', '95分').a).toEqual({ kind: 'quantity', value: { value: 95, unit: '分' } });
    expect(row('≥90分', '95分').s).toMatchObject({ status: 'met', score: 10 });
    expect(row('≥4.5', '4.6分').a).toEqual({ kind: 'quantity', value: { value: 4.6, unit: '分' } });
    expect(row('≥90%', '120分').s).toMatchObject({ status: 'unparsed', problem: 'unit-mismatch' });
    expect(parseActual(text('95.2分'))).toEqual({ kind: 'quantity', value: { value: 95.2, unit: '分' } });
  });
});

describe('a bare-number target against a percentage', () => {
  const pctTarget = (value: number): Target => ({ kind: 'equal', value: { value, unit: '%' } });

  it('scores a typed 90 (number cell) against 92.5% as met', () => {
    expect(row(num(90), '92.5%', 'p1').s).toMatchObject({ status: 'met', score: 10 });
    expect(row(num(90), num(0.925, '0.0%', '92.5%'), 'p1').s).toMatchObject({ status: 'met', score: 10 });
  });

  it('scores the text "90" against 92.5% as met, and against 85% as partly met', () => {
    expect(row('90', '92.5%').s).toMatchObject({ status: 'met', score: 10 });
    expect(row('90', '85%').s).toMatchObject({ status: 'partial', score: 9.44 });
  });

  it('reads a bare 0.9 against a percentage as 90%', () => {
    expect(row('0.9', '92.5%').s).toMatchObject({ status: 'met', score: 10 });
    expect(row('0.9', '85%').s).toMatchObject({ status: 'partial', score: 9.44 });
  });

  it('reads a bare target as a percentage when the name says it is a rate', () => {
    expect(parseTarget(num(90), { name: '政务信息按时公开率' })).toEqual(pctTarget(0.9));
    expect(parseTarget(text('95'), { name: '群众满意度' })).toEqual(pctTarget(0.95));
    expect(parseTarget(text('0.9'), { name: '完成率' })).toEqual(pctTarget(0.9));
    expect(parseTarget(text('80-100'), { name: '覆盖率' })).toEqual({
      kind: 'range',
      low: { value: 0.8, unit: '%' },
      high: { value: 1, unit: '%' },
    });
    expect(parseTarget(text('5'), { name: '逾期率' })).toEqual({
      kind: 'atMost',
      bound: { value: 0.05, unit: '%' },
      inferred: true,
    });
    const { s } = row(num(90), '92.5%', '政务信息按时公开率');
    expect(s).toMatchObject({ status: 'met', score: 10 });
    expect(s.explanation).toMatchObject({ actual: '92.5%', target: '90%', met: true, score: 10, weight: 10 });
  });

  it('keeps a bare target bare under names that are not rates, or outside (0, 100]', () => {
    expect(parseTarget(text('90'), { name: '建设内容' })).toEqual({ kind: 'equal', value: { value: 90, unit: '' } });
    expect(parseTarget(text('4'), { name: '巡查频率' })).toEqual({ kind: 'equal', value: { value: 4, unit: '' } });
    expect(parseTarget(text('12'), { name: '项目进度' })).toEqual({ kind: 'equal', value: { value: 12, unit: '' } });
    expect(parseTarget(text('120'), { name: '完成率' })).toEqual({ kind: 'equal', value: { value: 120, unit: '' } });
    expect(parseTarget(text('0'), { name: '三公经费变动率' })).toEqual({
      kind: 'atMost',
      bound: { value: 0, unit: '' },
      inferred: true,
    });
    expect(row('120', '95%').s).toMatchObject({ status: 'unparsed', problem: 'unit-mismatch' });
    expect(row('90', '92').a).toEqual({ kind: 'quantity', value: { value: 92, unit: '' } });
  });
});
