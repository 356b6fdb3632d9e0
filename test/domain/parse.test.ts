// Value parser: every parsing rule of the issue, with the real cells of the 岳阳市住房公积金管理中心 2023 self-evaluation.

import {
  describeTarget,
  formatQuantity,
  inferLowerIsBetter,
  parseActual,
  parseNumberCell,
  parseQuantityText,
  parseRateCell,
  parseTarget,
  qualitativeOutcome,
} from '../../src/domain/parse';
import type { DateSpan, RawCell, Target } from '../../src/domain/types';

/** A text cell as any door delivers it. */
const text = (t: string): RawCell => ({ value: t, text: t });
/** A numeric cell with its stored value, number format and (rounded) display text. */
const num = (value: number, numberFormat?: string, shown?: string): RawCell => ({
  value,
  text: shown ?? String(value),
  numberFormat,
});
const blankCell: RawCell = { value: null, text: '' };

const pct = (value: number) => ({ value, unit: '%' });
const yuan = (value: number) => ({ value, unit: '元' });

describe('numeric cells: the stored value is the truth, the format says what it means', () => {
  it('reads an overdue rate stored as 0.000278 with 0.00% as 0.0278%, not the rounded 0.03% shown', () => {
    const a = parseActual(num(0.000278, '0.00%', '0.03%'));
    expect(a).toEqual({ kind: 'quantity', value: pct(0.000278) });
  });

  it('reads 0.5922 formatted 0.00% as 59.22%', () => {
    expect(parseActual(num(0.5922, '0.00%', '59.22%'))).toEqual({ kind: 'quantity', value: pct(0.5922) });
  });

  it('reads the satisfaction 0.9922 formatted 0.00% as 99.22%', () => {
    expect(parseActual(num(0.9922, '0.00%', '99.22%'))).toEqual({ kind: 'quantity', value: pct(0.9922) });
  });

  it('ignores a % sign quoted as literal text in the format when deciding it is a percentage format', () => {
    // "0.00\"%\"" shows 95 as 95% without multiplying: the stored 95 means 95 percent
    expect(parseActual(num(95, '0.00"%"', '95.00%'))).toEqual({ kind: 'quantity', value: pct(0.95) });
  });

  it('reads a literal 万元 in the number format as the unit of the stored number', () => {
    expect(parseActual(num(5506.5, '0.00"万元"', '5506.50万元'))).toEqual({ kind: 'quantity', value: yuan(55065000) });
  });

  it('reads a plain numeric target as an equal quantity without unit', () => {
    expect(parseTarget(num(4044))).toEqual({ kind: 'equal', value: { value: 4044, unit: '' } });
  });
});

describe('parseNumberCell: 分值, 得分 and budget amounts', () => {
  it.each<[RawCell, number]>([
    [num(10), 10],
    [text('10'), 10],
    [text('１０'), 10],
    [text('10分'), 10],
    [text(' 5506.50　'), 5506.5],
    [text('4,425.38'), 4425.38],
    [text('  98 '), 98],
    [text('100%'), 1],
    [text('-5'), -5],
    [text('0'), 0],
  ])('reads %j as %p', (cell, expected) => {
    expect(parseNumberCell(cell)).toBe(expected);
  });

  it('returns the stored value of a %-formatted cell (1 shown as 100% stays 1)', () => {
    expect(parseNumberCell(num(1, '0%', '100%'))).toBe(1);
  });

  it('keeps a budget written with 万元 in the column unit instead of scaling it', () => {
    expect(parseNumberCell(text('5506.5万元'))).toBe(5506.5);
  });

  it.each(['', '   ', '/', '—', '——', '-', '不适用', '全年', '其中：基本支出：4245.51', '约10分', '≥95%'])(
    'has no number for %j',
    (t) => {
      expect(parseNumberCell(text(t))).toBeNull();
    },
  );

  it('has no number for an empty cell or a boolean', () => {
    expect(parseNumberCell(blankCell)).toBeNull();
    expect(parseNumberCell({ value: true, text: 'TRUE' })).toBeNull();
  });
});

describe('parseRateCell: 执行率', () => {
  it('reads the printed 100% as 1', () => {
    expect(parseRateCell(text('100%'))).toBe(1);
  });
  it('reads 1 formatted 0% as 1', () => {
    expect(parseRateCell(num(1, '0%', '100%'))).toBe(1);
  });
  it('reads a fraction 0.9685 as it is', () => {
    expect(parseRateCell(num(0.9685))).toBe(0.9685);
  });
  it('reads a plain 96.85 without % as 96.85%', () => {
    expect(parseRateCell(num(96.85))).toBe(0.9685);
    expect(parseRateCell(text('96.85'))).toBe(0.9685);
  });
  it('reads 96.85%　 with a full-width space as 0.9685', () => {
    expect(parseRateCell(text('96.85%　'))).toBe(0.9685);
  });
  it('has no rate for a blank cell', () => {
    expect(parseRateCell(blankCell)).toBeNull();
    expect(parseRateCell(text('　'))).toBeNull();
  });
});

describe('parseQuantityText: numbers with units', () => {
  it.each<[string, { value: number; unit: string }]>([
    ['54.62亿元', yuan(5462000000)],
    ['48亿元', yuan(4800000000)],
    ['5506.5万元', yuan(55065000)],
    ['4425.38万元', yuan(44253800)],
    ['12千元', yuan(12000)],
    ['72890元', yuan(72890)],
    ['59.22%', pct(0.5922)],
    ['0.0278%', pct(0.000278)],
    ['95百分比', pct(0.95)],
    ['2.5万人', { value: 25000, unit: '人' }],
    ['1.2万人次', { value: 12000, unit: '人次' }],
    ['4044笔', { value: 4044, unit: '笔' }],
    ['99分', { value: 99, unit: '分' }],
    ['100', { value: 100, unit: '' }],
    ['50,258个', { value: 50258, unit: '个' }],
    ['１２３', { value: 123, unit: '' }],
    ['25233户', { value: 25233, unit: '户' }],
    ['48项', { value: 48, unit: '项' }],
    ['5个工作日', { value: 5, unit: '工作日' }],
    ['3日', { value: 3, unit: '天' }],
    ['120平方米', { value: 120, unit: '㎡' }],
    ['120㎡', { value: 120, unit: '㎡' }],
    ['12公里', { value: 12, unit: '公里' }],
    ['3台', { value: 3, unit: '台' }],
    ['2套', { value: 2, unit: '套' }],
    ['6个月', { value: 6, unit: '月' }],
    ['5辆', { value: 5, unit: '辆' }],
    ['5艘', { value: 5, unit: '艘' }],
    ['12架次', { value: 12, unit: '架次' }],
    ['-5%', pct(-0.05)],
  ])('reads %j', (t, expected) => {
    expect(parseQuantityText(t)).toEqual(expected);
  });

  it('puts ‰ on the % scale as a fraction: 0.5‰ is 0.05%', () => {
    expect(parseQuantityText('0.5‰')).toEqual(pct(0.0005));
  });

  it.each(['', '有效', '不适用', '60%-80%', '2023年完成5项'])('has no single quantity in %j', (t) => {
    expect(parseQuantityText(t)).toBeNull();
  });
});

describe('comparators written as symbols or words, before or after the number', () => {
  it.each<[string, Target['kind']]>([
    ['≥95%', 'atLeast'],
    ['≧95%', 'atLeast'],
    ['>=95%', 'atLeast'],
    ['＞=95%', 'atLeast'],
    ['95%以上', 'atLeast'],
    ['95%及以上', 'atLeast'],
    ['不低于95%', 'atLeast'],
    ['不少于95%', 'atLeast'],
    ['大于等于95%', 'atLeast'],
    ['达到95%', 'atLeast'],
    ['≥ 95 %', 'atLeast'],
    ['>95%', 'moreThan'],
    ['＞95%', 'moreThan'],
    ['大于95%', 'moreThan'],
    ['高于95%', 'moreThan'],
    ['超过95%', 'moreThan'],
    ['≤95%', 'atMost'],
    ['≦95%', 'atMost'],
    ['<=95%', 'atMost'],
    ['95%以下', 'atMost'],
    ['95%以内', 'atMost'],
    ['不高于95%', 'atMost'],
    ['不超过95%', 'atMost'],
    ['不大于95%', 'atMost'],
    ['小于等于95%', 'atMost'],
    ['控制在95%以内', 'atMost'],
    ['<95%', 'lessThan'],
    ['＜95%', 'lessThan'],
    ['小于95%', 'lessThan'],
    ['低于95%', 'lessThan'],
  ])('reads %j as %s 95%%', (t, kind) => {
    expect(parseTarget(text(t))).toEqual({ kind, bound: pct(0.95) });
  });

  it.each(['=100%', '═100%', '﹦100%', '＝100%', '等于100%'])('reads %j as an equal target of 100%%', (t) => {
    expect(parseTarget(text(t))).toEqual({ kind: 'equal', value: pct(1) });
  });

  it('reads the overdue-rate target 控制在0.05%以下 as at most 0.05%', () => {
    expect(parseTarget(text('控制在0.05%以下'))).toEqual({ kind: 'atMost', bound: pct(0.0005) });
  });

  it('reads the satisfaction target ≥95%　 with a trailing full-width space', () => {
    expect(parseTarget(text('≥95%　'))).toEqual({ kind: 'atLeast', bound: pct(0.95) });
  });

  it('reads a target that repeats the indicator name before its bound', () => {
    expect(parseTarget(text('1.年度个人住房贷款逾期率控制在0.05%以下'))).toEqual({
      kind: 'atMost',
      bound: pct(0.0005),
    });
  });
});

describe('range targets', () => {
  it.each([
    '控制在60%到80%的区间',
    '60%-80%',
    '60%～80%',
    '60%~80%',
    '60%至80%',
    '60-80%',
    '[60%,80%]',
    '60%—80%',
    '介于60%和80%之间',
    '≥60%且≤80%',
  ])('reads %j as the 60%–80% band', (t) => {
    expect(parseTarget(text(t))).toEqual({ kind: 'range', low: pct(0.6), high: pct(0.8) });
  });

  it('orders a band written high to low', () => {
    expect(parseTarget(text('80%-60%'))).toEqual({ kind: 'range', low: pct(0.6), high: pct(0.8) });
  });

  it.each(['≥100≤0', '达到100且不超过50', '≥1亿元≤5000万元'])(
    'leaves the empty band %j unparsed (its lower bound is above its upper bound)',
    (t) => {
      expect(parseTarget(text(t))).toEqual({ kind: 'unparsed', text: t });
    },
  );

  it('accepts a bound pair in either unit when it is a real band', () => {
    expect(parseTarget(text('≥5000万元≤1亿元'))).toEqual({ kind: 'range', low: yuan(50000000), high: yuan(100000000) });
  });

  it('shares the 万元 written on the upper bound with the lower one', () => {
    expect(parseTarget(text('1-2万元'))).toEqual({ kind: 'range', low: yuan(10000), high: yuan(20000) });
  });

  it('keeps the band even when the name says 控制 (lower is better)', () => {
    const t = parseTarget(text('控制在60%到80%的区间'), { name: '2.住房公积金个贷率控制在60%到80%的区间' });
    expect(t.kind).toBe('range');
  });
});

describe('time-limit targets', () => {
  it.each<[string, number, boolean]>([
    ['5个工作日内', 5, true],
    ['自受理申请之日起20个工作日内', 20, true],
    ['自受理贷款申请日起10个工作日内', 10, true],
    ['3日内', 3, false],
    ['30天以内', 30, false],
    ['≤5个工作日', 5, true],
    ['当日办结', 0, false],
    ['即时办理', 0, false],
    ['手续齐全的，即时办理。', 0, false],
  ])('reads %j as a limit of %p days (working days: %p)', (t, days, workdays) => {
    expect(parseTarget(text(t))).toEqual({ kind: 'timeLimit', days, workdays });
  });

  it('reads 2小时内 as a fraction of a day', () => {
    const t = parseTarget(text('2小时内'));
    expect(t.kind).toBe('timeLimit');
    expect(t.kind === 'timeLimit' && t.days).toBeCloseTo(2 / 24, 10);
  });

  it('keeps ≥360天 as a lower bound in days, not a time limit', () => {
    expect(parseTarget(text('≥360天'))).toEqual({ kind: 'atLeast', bound: { value: 360, unit: '天' } });
  });
});

describe('qualitative targets', () => {
  it.each([
    ['　有效　', '有效'],
    ['有效实现', '有效实现'],
    ['有效降低', '有效降低'],
    ['有效实现　', '有效实现'],
    ['达成', '达成'],
    ['完成', '完成'],
    ['是', '是'],
    ['合格', '合格'],
    ['良好', '良好'],
    ['优', '优'],
    ['达标', '达标'],
    ['明显提升', '明显提升'],
    ['逐步提高', '逐步提高'],
    ['持续改善', '持续改善'],
    ['住房保障作用得到保障', '住房保障作用得到保障'],
    ['无', '无'],
  ])('reads %j as the level %j', (t, level) => {
    expect(parseTarget(text(t))).toEqual({ kind: 'qualitative', level });
  });

  it('calls text with a number it cannot understand unparsed, keeping the text', () => {
    expect(parseTarget(text('2023年完成5项改革'))).toEqual({ kind: 'unparsed', text: '2023年完成5项改革' });
  });

  it('calls an Excel error unparsed instead of reading its digits', () => {
    expect(parseTarget(text('#DIV/0!'))).toEqual({ kind: 'unparsed', text: '#DIV/0!' });
  });
});

describe('not applicable and blank', () => {
  it.each(['不适用', '不适用　', '/', '／', '—', '——', '-', '无此项', 'N/A', 'n/a'])(
    'reads %j as not applicable',
    (t) => {
      expect(parseTarget(text(t))).toEqual({ kind: 'notApplicable' });
      expect(parseActual(text(t))).toEqual({ kind: 'notApplicable' });
    },
  );

  it.each(['', '   ', '　', '\n'])('reads %j as blank', (t) => {
    expect(parseTarget(text(t))).toEqual({ kind: 'blank' });
    expect(parseActual(text(t))).toEqual({ kind: 'blank' });
  });

  it('reads an empty cell as blank', () => {
    expect(parseTarget(blankCell)).toEqual({ kind: 'blank' });
    expect(parseActual(blankCell)).toEqual({ kind: 'blank' });
  });

  it('reads -5% as a negative number, not a dash', () => {
    expect(parseTarget(text('-5%'))).toEqual({ kind: 'equal', value: pct(-0.05) });
    expect(parseActual(text('-5%'))).toEqual({ kind: 'quantity', value: pct(-0.05) });
  });
});

describe('equal targets and lower-is-better names', () => {
  it('reads the fund collection target 48亿元 as equal to 4.8e9 元', () => {
    expect(parseTarget(text('48亿元'), { name: '归集住房公积金' })).toEqual({ kind: 'equal', value: yuan(4.8e9) });
  });

  it('reads ﹦72890元 as equal to 72890 元', () => {
    expect(parseTarget(text('﹦72890元'))).toEqual({ kind: 'equal', value: yuan(72890) });
  });

  it('reads the cost target 5506.5万元　 under 成本控制在预算内 as an inferred upper bound', () => {
    expect(parseTarget(text('5506.5万元　'), { name: '成本控制在预算内' })).toEqual({
      kind: 'atMost',
      bound: yuan(55065000),
      inferred: true,
    });
  });

  it('keeps an explicit = even under a lower-is-better name', () => {
    expect(parseTarget(text('=0起'), { name: '安全事故' })).toEqual({ kind: 'equal', value: { value: 0, unit: '起' } });
  });

  it('reads a 0 target for incidents as at most 0', () => {
    expect(parseTarget(text('0'), { name: '安全事故发生次数' })).toEqual({
      kind: 'atMost',
      bound: { value: 0, unit: '' },
      inferred: true,
    });
  });

  it('reads a bare 5% under 预算调整率 as an upper bound', () => {
    expect(parseTarget(text('5%'), { name: '预算调整率' })).toEqual({
      kind: 'atMost',
      bound: pct(0.05),
      inferred: true,
    });
  });

  it('reads 0.0% as an equal target of 0%', () => {
    expect(parseTarget(text('0.0%'))).toEqual({ kind: 'equal', value: pct(0) });
  });

  it.each([
    '成本控制在预算内',
    '年度个人住房贷款逾期率',
    '投诉次数',
    '安全事故发生率',
    '差错率',
    '超支金额',
    '违规使用资金',
    '资金损失',
    '不良率',
    '平均办理时长',
    '办件用时',
    '在职人员控制率',
    '年末结余',
    '预算调整率',
    '资产闲置率',
  ])('infers lower is better from the name %j', (name) => {
    expect(inferLowerIsBetter(name)).toBe(true);
  });

  it.each(['归集住房公积金', '住房公积金窗口服务满意度', '投诉处理率', '事故查处率', '发放住房公积金贷款', ''])(
    'does not infer lower is better from the name %j',
    (name) => {
      expect(inferLowerIsBetter(name)).toBe(false);
    },
  );
});

describe('split columns: 指标性质 | 指标值 | 度量单位', () => {
  it('reads ≥ + 95 + % as at least 95%', () => {
    expect(parseTarget(num(95), { nature: text('≥'), unit: text('%') })).toEqual({ kind: 'atLeast', bound: pct(0.95) });
  });

  it('reads ≤ + 0.05 + % as at most 0.05%', () => {
    expect(parseTarget(num(0.05), { nature: text('≤'), unit: text('%') })).toEqual({
      kind: 'atMost',
      bound: pct(0.0005),
    });
  });

  it('reads 定性 + 有效 as a qualitative target', () => {
    expect(parseTarget(text('有效'), { nature: text('定性') })).toEqual({ kind: 'qualitative', level: '有效' });
  });

  it('does not divide a %-formatted value twice when the unit column also says %', () => {
    expect(parseTarget(num(0.95, '0%', '95%'), { nature: text('≥'), unit: text('%') })).toEqual({
      kind: 'atLeast',
      bound: pct(0.95),
    });
  });

  it('does not apply the unit column again when the value text carries its own %', () => {
    expect(parseTarget(text('95%'), { nature: text('≥'), unit: text('%') })).toEqual({
      kind: 'atLeast',
      bound: pct(0.95),
    });
  });

  it('scales a value by a 万元 unit column', () => {
    expect(parseTarget(text('5506.5'), { nature: text('≤'), unit: text('万元') })).toEqual({
      kind: 'atMost',
      bound: yuan(55065000),
    });
  });

  it('keeps an unknown unit word from the unit column as written', () => {
    expect(parseTarget(num(120), { nature: text('≥'), unit: text('人次') })).toEqual({
      kind: 'atLeast',
      bound: { value: 120, unit: '人次' },
    });
  });

  it('reads = + 100 + 个 as an equal target', () => {
    expect(parseTarget(num(100), { nature: text('='), unit: text('个') })).toEqual({
      kind: 'equal',
      value: { value: 100, unit: '个' },
    });
  });

  it('reads 反向 as at most', () => {
    expect(parseTarget(num(3), { nature: text('反向指标'), unit: text('次') })).toEqual({
      kind: 'atMost',
      bound: { value: 3, unit: '次' },
    });
  });

  it('reads an actual value with the unit column', () => {
    expect(parseActual(num(99), { unit: text('%') })).toEqual({ kind: 'quantity', value: pct(0.99) });
    expect(parseActual(num(0.0278), { unit: text('%') })).toEqual({ kind: 'quantity', value: pct(0.000278) });
  });
});

describe('actuals measured against their targets', () => {
  const atLeast95 = parseTarget(text('≥95%　'));

  it('reads the satisfaction 　99% against ≥95%', () => {
    expect(parseActual(text('　99%'), { target: atLeast95 })).toEqual({ kind: 'quantity', value: pct(0.99) });
  });

  it('reads a bare 100 against ≥95% as 100%', () => {
    expect(parseActual(text('100'), { target: atLeast95 })).toEqual({ kind: 'quantity', value: pct(1) });
  });

  it('reads a bare 0.99 against ≥95% as 99%', () => {
    expect(parseActual(num(0.99), { target: atLeast95 })).toEqual({ kind: 'quantity', value: pct(0.99) });
  });

  it('reads a bare 1.5 against a % target as the fraction 150%, and 1.51 as 1.51%', () => {
    expect(parseActual(num(1.5), { target: atLeast95 })).toEqual({ kind: 'quantity', value: pct(1.5) });
    expect(parseActual(num(1.51), { target: atLeast95 })).toEqual({ kind: 'quantity', value: pct(0.0151) });
  });

  it('reads a bare 72890 against ﹦72890元 as 72890元', () => {
    const t = parseTarget(text('﹦72890元'));
    expect(parseActual(text('72890'), { target: t })).toEqual({ kind: 'quantity', value: yuan(72890) });
  });

  it('reads a bare 4425.38 against 5506.5万元 in 万元, also after a JSON round trip of the target', () => {
    const t = parseTarget(text('5506.5万元　'), { name: '成本控制在预算内' });
    expect(parseActual(text('4425.38'), { target: t })).toEqual({ kind: 'quantity', value: yuan(44253800) });
    const copy = JSON.parse(JSON.stringify(t)) as Target;
    expect(parseActual(text('4425.38'), { target: copy })).toEqual({ kind: 'quantity', value: yuan(44253800) });
  });

  it('reads a bare 54.62 against 48亿元 in 亿元', () => {
    const t = parseTarget(text('48亿元'));
    expect(parseActual(num(54.62), { target: t })).toEqual({ kind: 'quantity', value: yuan(5462000000) });
  });

  it('reads the overdue rate 0.0278% against 控制在0.05%以下', () => {
    const t = parseTarget(text('控制在0.05%以下'));
    expect(parseActual(text('0.0278%'), { target: t })).toEqual({ kind: 'quantity', value: pct(0.000278) });
  });

  it('reads the loan ratio 59.22% against the 60%–80% band, just below it', () => {
    const t = parseTarget(text('控制在60%到80%的区间'));
    const a = parseActual(text('59.22%'), { target: t });
    expect(a).toEqual({ kind: 'quantity', value: pct(0.5922) });
    expect(t.kind === 'range' && a.kind === 'quantity' && a.value.value < t.low.value).toBe(true);
  });

  it('reads exactly 60% as the band edge', () => {
    const t = parseTarget(text('60%-80%'));
    const a = parseActual(text('60%'), { target: t });
    expect(t.kind === 'range' && a.kind === 'quantity' && a.value.value === t.low.value).toBe(true);
  });

  it('reads 100% against 手续齐全的，即时办理。 as a measured share', () => {
    const t = parseTarget(text('手续齐全的，即时办理。'));
    expect(parseActual(text('100%'), { target: t })).toEqual({ kind: 'quantity', value: pct(1) });
  });

  it('reads 3个工作日 as a time limit', () => {
    expect(parseActual(text('3个工作日'))).toEqual({ kind: 'timeLimit', days: 3, workdays: true });
  });

  it('reads 3天 against a working-day limit as a time limit in calendar days', () => {
    const t = parseTarget(text('5个工作日内'));
    expect(parseActual(text('3天'), { target: t })).toEqual({ kind: 'timeLimit', days: 3, workdays: false });
  });

  it('reads 4425.38万元　 as money in 元', () => {
    expect(parseActual(text('4425.38万元　'))).toEqual({ kind: 'quantity', value: yuan(44253800) });
  });

  it('reads a 0.0% actual as zero percent', () => {
    expect(parseActual(text('0.0%'))).toEqual({ kind: 'quantity', value: pct(0) });
  });

  it('flags an actual that repeats the comparator ≥360天 but keeps its value', () => {
    expect(parseActual(text('≥360天'))).toEqual({
      kind: 'quantity',
      value: { value: 360, unit: '天' },
      repeatsComparator: 'atLeast',
    });
  });

  it('flags an actual that repeats ≥95%', () => {
    expect(parseActual(text('≥95%'), { target: atLeast95 })).toEqual({
      kind: 'quantity',
      value: pct(0.95),
      repeatsComparator: 'atLeast',
    });
  });

  it('flags an actual that repeats 控制在0.05%以下', () => {
    expect(parseActual(text('控制在0.05%以下'))).toEqual({
      kind: 'quantity',
      value: pct(0.0005),
      repeatsComparator: 'atMost',
    });
  });

  it('reads an actual written as a band as a range', () => {
    expect(parseActual(text('60%-70%'))).toEqual({ kind: 'range', low: pct(0.6), high: pct(0.7) });
  });

  it('reads qualitative actuals with their outcome', () => {
    expect(parseActual(text('有效'))).toEqual({ kind: 'qualitative', level: '有效', outcome: 'met' });
    expect(parseActual(text('有效实现'))).toEqual({ kind: 'qualitative', level: '有效实现', outcome: 'met' });
    expect(parseActual(text('部分达成'))).toEqual({ kind: 'qualitative', level: '部分达成', outcome: 'partly' });
    expect(parseActual(text('未达成'))).toEqual({ kind: 'qualitative', level: '未达成', outcome: 'notMet' });
  });

  it('leaves the outcome open for words it does not know', () => {
    expect(parseActual(text('见附件说明'))).toEqual({ kind: 'qualitative', level: '见附件说明' });
  });

  it('reads 无 as met only when the target asks for none', () => {
    expect(parseActual(text('无'), { target: parseTarget(text('无')) })).toEqual({
      kind: 'qualitative',
      level: '无',
      outcome: 'met',
    });
    expect(parseActual(text('无'), { target: parseTarget(text('0起'), { name: '安全事故' }) })).toEqual({
      kind: 'qualitative',
      level: '无',
      outcome: 'met',
    });
    expect(parseActual(text('无'), { target: atLeast95 })).toEqual({ kind: 'qualitative', level: '无' });
  });

  it('calls an actual with numbers it cannot understand unparsed', () => {
    expect(parseActual(text('2023年完成5项'))).toEqual({ kind: 'unparsed', text: '2023年完成5项' });
  });
});

describe('qualitativeOutcome', () => {
  it.each([
    '达成',
    '完成',
    '已完成',
    '全部完成',
    '是',
    '合格',
    '达标',
    '有效',
    '有效实现',
    '有效降低',
    '显著',
    '良好',
    '优秀',
    '满意',
    '按时完成',
    '即时办理',
    '已全部完成。',
    '　有效　',
  ])('reads %j as met', (w) => {
    expect(qualitativeOutcome(w)).toBe('met');
  });

  it.each(['部分达成', '部分完成', '较好', '一般', '部分实现', '基本满意', '基本合格', '大部分完成'])(
    'reads %j as partly met',
    (w) => {
      expect(qualitativeOutcome(w)).toBe('partly');
    },
  );

  // RULES §1: reached with a shortfall is the 达成 band (100%–80%), not 部分达成
  it.each(['基本达成', '基本完成', '基本达到', '基本实现', '基本上完成'])('reads %j as mostly met', (w) => {
    expect(qualitativeOutcome(w)).toBe('mostly');
  });

  it.each(['未达成', '未完成', '否', '不合格', '未达标', '无效', '较差', '差', '未按时完成', '不满意'])(
    'reads %j as not met',
    (w) => {
      expect(qualitativeOutcome(w)).toBe('notMet');
    },
  );

  it.each(['', '见附件', '无', '零'])('does not know %j on its own', (w) => {
    expect(qualitativeOutcome(w)).toBeUndefined();
  });

  it('reads 无 as met when the target says 无 or 零', () => {
    expect(qualitativeOutcome('无', '无')).toBe('met');
    expect(qualitativeOutcome('无', '零投诉')).toBe('met');
    expect(qualitativeOutcome('无', '有效')).toBeUndefined();
  });

  it.each([
    '详见满意度调查报告',
    '满意度调查显示群众满意',
    '见附件：完成情况说明',
    '根据评估报告，基本完成',
    '完成情况良好，详见附件',
  ])('does not read %j as an outcome just because it contains an outcome word', (w) => {
    expect(qualitativeOutcome(w)).toBeUndefined();
    const a = parseActual(text(w));
    expect(a.kind === 'qualitative' && a.outcome).toBe(undefined);
  });

  it.each<[string, 'met' | 'partly' | 'notMet']>([
    ['基本满意', 'partly'],
    ['比较满意', 'met'],
    ['非常满意', 'met'],
    ['不满意', 'notMet'],
    ['已按时完成。', 'met'],
    ['完成了', 'met'],
    ['完成年度任务', 'met'],
    ['全面完成年度目标', 'met'],
    ['达到预期目标', 'met'],
    ['未达到预期', 'notMet'],
    ['无法完成', 'notMet'],
    ['较好地完成', 'partly'],
    ['有所提升', 'partly'],
    ['不断提升', 'met'],
    ['明显改善', 'met'],
  ])('reads the whole answer %j as %s', (w, outcome) => {
    expect(qualitativeOutcome(w)).toBe(outcome);
  });

  it('leaves 未发生安全事故 to the target: met when it asks for none, open otherwise', () => {
    expect(qualitativeOutcome('未发生安全事故', '无安全事故')).toBe('met');
    expect(qualitativeOutcome('未发生安全事故', '有效')).toBeUndefined();
  });
});

describe('leading ordinals and names with white space', () => {
  it('drops a leading ordinal before reading the value, but not the digits of a number', () => {
    expect(parseTarget(text('1.有效'))).toEqual({ kind: 'qualitative', level: '1.有效' });
    expect(parseActual(text('(2)已完成'))).toMatchObject({ kind: 'qualitative', outcome: 'met' });
    expect(parseTarget(text('1.5亿元'))).toEqual({ kind: 'equal', value: yuan(1.5e8) });
    expect(parseTarget(text('12、≥95%'))).toEqual({ kind: 'atLeast', bound: pct(0.95) });
    expect(parseTarget(text('123.≥95%'))).toEqual({ kind: 'unparsed', text: '123.≥95%' });
  });

  it('finds a lower-is-better word split by white space or written in full-width forms', () => {
    expect(inferLowerIsBetter('运行成　本')).toBe(true);
    expect(inferLowerIsBetter('投诉处理率（％）')).toBe(false);
    expect(inferLowerIsBetter('１.逾期率，控制在合理区间')).toBe(true);
  });
});

describe('formatQuantity and describeTarget for messages', () => {
  it.each<[{ value: number; unit: string }, string]>([
    [pct(0.5922), '59.22%'],
    [pct(0.000278), '0.0278%'],
    [pct(1), '100%'],
    [yuan(5.462e9), '54.62亿元'],
    [yuan(55065000), '5506.5万元'],
    [yuan(44253800), '4425.38万元'],
    [yuan(72890), '72890元'],
    [{ value: 4044, unit: '笔' }, '4044笔'],
    [{ value: 5, unit: '工作日' }, '5个工作日'],
    [{ value: 1 / 3, unit: '' }, '0.3333'],
    [{ value: -0, unit: '' }, '0'],
  ])('formats %j as %j', (q, expected) => {
    expect(formatQuantity(q)).toBe(expected);
  });

  it.each<[string, string]>([
    ['≥95%', '≥95%'],
    ['控制在0.05%以下', '≤0.05%'],
    ['控制在60%到80%的区间', '60%–80%'],
    ['5个工作日内', '5个工作日内'],
    ['30天以内', '30天内'],
    ['手续齐全的，即时办理。', '即时办理'],
    ['　有效　', '有效'],
    ['不适用　', '不适用'],
    ['48亿元', '48亿元'],
  ])('describes the target %j as %j', (t, expected) => {
    expect(describeTarget(parseTarget(text(t)))).toBe(expected);
  });

  it('describes the inferred cost bound as at most 5506.5万元', () => {
    expect(describeTarget(parseTarget(text('5506.5万元　'), { name: '成本控制在预算内' }))).toBe('≤5506.5万元');
  });

  it('describes a round trip of every seed target back to the same target', () => {
    for (const t of ['≥95%', '控制在0.05%以下', '60%-80%', '5个工作日内', '48亿元', '有效']) {
      const target = parseTarget(text(t));
      expect(parseTarget(text(describeTarget(target)))).toEqual(target);
    }
  });
});

describe('the 岳阳 2023 附件3 indicator rows', () => {
  const rows: Array<[name: string, target: string, actual: string, kinds: [Target['kind'], string]]> = [
    ['1.归集住房公积金', '48亿元', '54.62亿元', ['equal', 'quantity']],
    ['2.发放住房公积金贷款', '16.6亿元', '18.45亿元', ['equal', 'quantity']],
    ['3.办理住房公积金提取', '23亿元', '40.83亿元', ['equal', 'quantity']],
    ['4.实现住房公积金增值收益', '3.3亿元', '4.23亿元', ['equal', 'quantity']],
    ['1.年度个人住房贷款逾期率控制在0.05%以下', '控制在0.05%以下', '0.0278%', ['atMost', 'quantity']],
    ['2.住房公积金个贷率控制在60%到80%的区间', '控制在60%到80%的区间', '59.22%', ['range', 'quantity']],
    ['1.在岳阳市范围内购房的……即时办理。', '即时办理', '100%', ['timeLimit', 'quantity']],
    ['2.在岳阳市以外湖南省内其它城市购房的', '自受理申请之日起20个工作日内', '100%', ['timeLimit', 'quantity']],
    ['3.作出准予贷款或不准予贷款的决定', '自受理贷款申请日起10个工作日内', '100%', ['timeLimit', 'quantity']],
    ['4.自不动产登记机构办结不动产抵押登记手续', '5个工作日内', '100%', ['timeLimit', 'quantity']],
    ['成本控制在预算内', '5506.5万元　', '4425.38万元　', ['atMost', 'quantity']],
    ['实现公积金保值增值', '　有效　', '有效', ['qualitative', 'qualitative']],
    ['不适用', '不适用　', '不适用', ['notApplicable', 'notApplicable']],
    ['1.实现公积金保值增值', '有效实现　', '有效实现', ['qualitative', 'qualitative']],
    ['2.降低缴存职工购房压力', '有效降低', '有效降低', ['qualitative', 'qualitative']],
    ['住房公积金窗口服务满意度', '≥95%　', '　99%', ['atLeast', 'quantity']],
  ];

  it.each(rows)('reads %s: %j against %j', (name, t, a, [targetKind, actualKind]) => {
    const target = parseTarget(text(t), { name });
    const actual = parseActual(text(a), { target });
    expect(target.kind).toBe(targetKind);
    expect(actual.kind).toBe(actualKind);
  });
});

describe('deadline targets (项目完成时间) and completion dates', () => {
  const day = (year: number | null, m: number, d: number): DateSpan => ({ year, from: [m, d], to: [m, d] });
  const month = (year: number | null, m: number, last: number): DateSpan => ({ year, from: [m, 1], to: [m, last] });
  const deadline = (by: DateSpan): Target => ({ kind: 'deadline', by });
  const dueEnd2023 = deadline(day(2023, 12, 31));

  it.each<[string, DateSpan]>([
    ['2023年12月31日前', day(2023, 12, 31)],
    ['2023年12月31日之前', day(2023, 12, 31)],
    ['2023年12月31日以前', day(2023, 12, 31)],
    ['2023年12月31日止', day(2023, 12, 31)],
    ['截至2023年12月31日', day(2023, 12, 31)],
    ['不晚于2023年6月30日', day(2023, 6, 30)],
    ['于2023年12月底前完成', day(2023, 12, 31)],
    ['2023年12月底前完成', day(2023, 12, 31)],
    ['2023年底前', day(2023, 12, 31)],
    ['2023年末前完工', day(2023, 12, 31)],
    ['2023年6月30日前完成验收', day(2023, 6, 30)],
    ['12月底前', day(null, 12, 31)],
    ['6月30日前', day(null, 6, 30)],
    ['2023.12.31前', day(2023, 12, 31)],
    ['2023-12-31前', day(2023, 12, 31)],
    ['2023/12/31前', day(2023, 12, 31)],
    ['２０２３年１２月３１日前', day(2023, 12, 31)],
    ['2024年2月29日前', day(2024, 2, 29)],
  ])('reads %j as a deadline on one day', (t, by) => {
    expect(parseTarget(text(t))).toEqual(deadline(by));
  });

  it('reads a month written without a day as the whole month, due by its last day', () => {
    expect(parseTarget(text('2023年11月前'))).toEqual(deadline(month(2023, 11, 30)));
    expect(parseTarget(text('按期于2023年10月完工'))).toEqual(deadline(month(2023, 10, 31)));
    expect(parseTarget(text('2月前'))).toEqual(deadline(month(null, 2, 29)));
    expect(parseTarget(text('2023.12前'))).toEqual(deadline(month(2023, 12, 31)));
  });

  it('reads 上半年, a quarter and 年内 as spans due by their last day', () => {
    expect(parseTarget(text('2023年上半年完成'))).toEqual(deadline({ year: 2023, from: [1, 1], to: [6, 30] }));
    expect(parseTarget(text('2023年第四季度前完成'))).toEqual(deadline({ year: 2023, from: [10, 1], to: [12, 31] }));
    expect(parseTarget(text('2023年内完成'))).toEqual(deadline({ year: 2023, from: [1, 1], to: [12, 31] }));
  });

  it('calls an impossible date unparsed instead of reading its numbers', () => {
    expect(parseTarget(text('13月底前'))).toEqual({ kind: 'unparsed', text: '13月底前' });
    expect(parseTarget(text('2月30日前'))).toEqual({ kind: 'unparsed', text: '2月30日前' });
    expect(parseTarget(text('2023年2月29日前'))).toEqual({ kind: 'unparsed', text: '2023年2月29日前' });
    expect(parseTarget(text('2023年13月前完成'))).toEqual({ kind: 'unparsed', text: '2023年13月前完成' });
  });

  it('reads a bare date as a deadline only when the indicator name asks for a time', () => {
    expect(parseTarget(text('2023年12月'), { name: '项目完成时间' })).toEqual(deadline(month(2023, 12, 31)));
    expect(parseTarget(text('2023年12月31日'), { name: '工程进度' })).toEqual(deadline(day(2023, 12, 31)));
    expect(parseTarget(text('12月'), { name: '完成时限' })).toEqual(deadline(month(null, 12, 31)));
    expect(parseTarget(text('2023年12月'), { name: '建设内容' })).toEqual({ kind: 'unparsed', text: '2023年12月' });
    expect(parseTarget(text('12月'))).toEqual({ kind: 'equal', value: { value: 12, unit: '月' } });
  });

  it('keeps durations and words without digits what they were', () => {
    expect(parseTarget(text('年底前'))).toEqual({ kind: 'qualitative', level: '年底前' });
    expect(parseTarget(text('12个月'))).toEqual({ kind: 'equal', value: { value: 12, unit: '月' } });
    expect(parseTarget(text('3月内'))).toEqual({ kind: 'atMost', bound: { value: 3, unit: '月' } });
    expect(parseTarget(text('6月底前完成招标，12月底前完工')).kind).toBe('unparsed');
  });

  it('reads a date-formatted serial number in a target cell as a deadline on that day', () => {
    expect(parseTarget(num(45291, 'yyyy/m/d', '2023/12/31'))).toEqual(deadline(day(2023, 12, 31)));
    expect(parseTarget(num(45261, 'yyyy"年"m"月"', '2023年12月'))).toEqual(deadline(month(2023, 12, 31)));
  });

  it.each<[string, DateSpan]>([
    ['2023年11月', month(2023, 11, 30)],
    ['2023年11月20日', day(2023, 11, 20)],
    ['2023.11.20', day(2023, 11, 20)],
    ['2023-11-20', day(2023, 11, 20)],
    ['11月20日', day(null, 11, 20)],
    ['2023年12月底', day(2023, 12, 31)],
    ['2023年11月完成', month(2023, 11, 30)],
    ['2023年11月已完成', month(2023, 11, 30)],
    ['于2023年11月20日完成验收', day(2023, 11, 20)],
  ])('reads the actual %j as a completion date, whatever the target', (a, on) => {
    expect(parseActual(text(a), { target: dueEnd2023 })).toEqual({ kind: 'date', on });
    expect(parseActual(text(a))).toEqual({ kind: 'date', on });
  });

  it('reads a bare month, year or YYYY.M as a date only against a deadline', () => {
    expect(parseActual(text('12月'), { target: dueEnd2023 })).toEqual({ kind: 'date', on: month(null, 12, 31) });
    expect(parseActual(text('2023.11'), { target: dueEnd2023 })).toEqual({ kind: 'date', on: month(2023, 11, 30) });
    expect(parseActual(text('2023年'), { target: dueEnd2023 })).toEqual({
      kind: 'date',
      on: { year: 2023, from: [1, 1], to: [12, 31] },
    });
    expect(parseActual(text('12月'))).toEqual({ kind: 'quantity', value: { value: 12, unit: '月' } });
  });

  it('keeps qualitative and percentage actuals against a deadline as they were', () => {
    expect(parseActual(text('按时完成'), { target: dueEnd2023 })).toEqual({
      kind: 'qualitative',
      level: '按时完成',
      outcome: 'met',
    });
    expect(parseActual(text('如期完成'), { target: dueEnd2023 })).toEqual({
      kind: 'qualitative',
      level: '如期完成',
      outcome: 'met',
    });
    expect(parseActual(text('未按时完成'), { target: dueEnd2023 })).toEqual({
      kind: 'qualitative',
      level: '未按时完成',
      outcome: 'notMet',
    });
    expect(parseActual(text('100%'), { target: dueEnd2023 })).toEqual({ kind: 'quantity', value: pct(1) });
  });

  it('calls an impossible completion date unparsed', () => {
    expect(parseActual(text('2月30日'), { target: dueEnd2023 })).toEqual({ kind: 'unparsed', text: '2月30日' });
    expect(parseActual(text('13月'), { target: dueEnd2023 })).toEqual({ kind: 'unparsed', text: '13月' });
    expect(parseActual(text('2023.13.01'), { target: dueEnd2023 })).toEqual({ kind: 'unparsed', text: '2023.13.01' });
  });

  it('reads a date-formatted serial number in an actual cell as that day or month', () => {
    expect(parseActual(num(45275, 'yyyy/m/d', '2023/12/15'), { target: dueEnd2023 })).toEqual({
      kind: 'date',
      on: day(2023, 12, 15),
    });
    expect(parseActual(num(45250, 'yyyy"年"m"月"', '2023年11月'))).toEqual({ kind: 'date', on: month(2023, 11, 30) });
    expect(parseActual(num(0.95, '0%', '95%'), { target: dueEnd2023 })).toEqual({ kind: 'quantity', value: pct(0.95) });
  });

  it.each<[string, string]>([
    ['2023年12月31日前', '2023年12月31日前'],
    ['截至2023年6月30日', '2023年6月30日前'],
    ['2023年12月底前完成', '2023年12月31日前'],
    ['2023年11月前', '2023年11月底前'],
    ['12月底前', '12月31日前'],
    ['2023年上半年完成', '2023年上半年内'],
    ['2023年内完成', '2023年底前'],
    ['12月中旬前', '12月中旬前'],
  ])('describes the deadline %j as %j', (t, expected) => {
    const target = parseTarget(text(t));
    expect(describeTarget(target)).toBe(expected);
    expect(parseTarget(text(describeTarget(target)))).toMatchObject({
      kind: 'deadline',
      by: { to: (target as Target & { kind: 'deadline' }).by.to },
    });
  });
});

describe('wording of real 自评表 cells the parser used to misread', () => {
  it('reads 较上年增长5% as a growth of at least 5%, not a level of 5%', () => {
    expect(parseTarget(text('较上年增长5%'))).toEqual({ kind: 'atLeast', bound: pct(0.05), relative: 'increase' });
    expect(parseTarget(text('同比下降不少于3%'), { name: '三公经费' })).toEqual({
      kind: 'atLeast',
      bound: pct(0.03),
      relative: 'decrease',
    });
    expect(describeTarget(parseTarget(text('较上年增长5%')))).toBe('较上年增幅≥5%');
  });

  it('keeps 提高到95% a level, not a change against last year', () => {
    expect(parseTarget(text('提高到95%'))).toEqual({ kind: 'equal', value: pct(0.95) });
    expect(parseTarget(text('增长率≥5%'))).toEqual({ kind: 'atLeast', bound: pct(0.05) });
  });

  it('marks an actual written as 较上年增长6.2% as a change, and a bare 6.2% as a level', () => {
    const t = parseTarget(text('较上年增长5%'));
    expect(parseActual(text('较上年增长6.2%'), { target: t })).toEqual({
      kind: 'quantity',
      value: pct(0.062),
      relative: 'increase',
    });
    expect(parseActual(text('6.2%'), { target: t })).toEqual({ kind: 'quantity', value: pct(0.062) });
  });

  it('counts 每季度1次 and 1次/季度 as 4 times a year, 每月不少于1次 as at least 12', () => {
    expect(parseTarget(text('每季度1次'))).toEqual({ kind: 'equal', value: { value: 4, unit: '次' } });
    expect(parseTarget(text('1次/季度'))).toEqual({ kind: 'equal', value: { value: 4, unit: '次' } });
    expect(parseTarget(text('每月不少于1次'))).toEqual({ kind: 'atLeast', bound: { value: 12, unit: '次' } });
    expect(parseTarget(text('≥3次/年'))).toEqual({ kind: 'atLeast', bound: { value: 3, unit: '次' } });
    expect(parseTarget(text('每季度末报送1次')).kind).not.toBe('atLeast');
    expect(parseActual(text('每季度1次'))).toEqual({ kind: 'quantity', value: { value: 4, unit: '次' } });
  });

  it('reads 当年12月底前 as a deadline of 31 December, not a quantity of 12 months', () => {
    const t = parseTarget(text('当年12月底前'), { name: '项目完成时间' });
    expect(t).toEqual({ kind: 'deadline', by: { year: null, from: [12, 31], to: [12, 31] } });
    expect(parseActual(text('当年11月完成'), { target: t }).kind).toBe('date');
  });

  it('reads the actuals 按时, 提前完成, 全部发放 and 持续发挥效益 as met, 基本覆盖 as partly, 未发放 as not met', () => {
    expect(qualitativeOutcome('按时')).toBe('met');
    expect(qualitativeOutcome('提前完成')).toBe('met');
    expect(qualitativeOutcome('全部发放')).toBe('met');
    expect(qualitativeOutcome('持续发挥效益')).toBe('met');
    expect(qualitativeOutcome('基本覆盖')).toBe('partly');
    expect(qualitativeOutcome('未发放')).toBe('notMet');
  });

  it('reads 未超预算 as met only against an upper-bound target such as ≤预算数', () => {
    expect(qualitativeOutcome('未超预算', '≤预算数')).toBe('met');
    expect(qualitativeOutcome('未超过', '不超过批复金额')).toBe('met');
    expect(qualitativeOutcome('未超过', '≥95%')).toBeUndefined();
    expect(qualitativeOutcome('未超过')).toBeUndefined();
    const t = parseTarget(text('≤500万元'));
    expect(parseActual(text('未超预算'), { target: t })).toMatchObject({ kind: 'qualitative', outcome: 'met' });
  });
});
