// Rates per population (「≤5人/10万人」, 「每10万人3.2例」, 「≥3.5张/千人」): a number counted per a base of people is a
// quantity in one per-unit ('人/10万人'), the same for the target and the actual, so the two compare.

import { describeTarget, parseActual, parseTarget } from '../../src/domain/parse';
import { scoreIndicator } from '../../src/domain/score';
import { national2020 } from '../../src/domain/profiles';
import type { RawCell } from '../../src/domain/types';

const text = (t: string): RawCell => ({ value: t, text: t });

function score(target: string, actual: string, name = '传染病发病率') {
  const t = parseTarget(text(target), { name });
  const a = parseActual(text(actual), { target: t });
  return scoreIndicator({ name, target: t, actual: a, weight: 10, recorded: null }, national2020);
}

describe('rates per population parse as quantities in one per-unit', () => {
  it('reads the base after the number: 「≤5人/10万人」, and a range 「3-5例/10万人」', () => {
    expect(parseTarget(text('≤5人/10万人'))).toEqual({ kind: 'atMost', bound: { value: 5, unit: '人/10万人' } });
    expect(parseTarget(text('3-5例/10万人'))).toEqual({
      kind: 'range',
      low: { value: 3, unit: '例/10万人' },
      high: { value: 5, unit: '例/10万人' },
    });
    expect(parseActual(text('4.5人/10万人'))).toEqual({ kind: 'quantity', value: { value: 4.5, unit: '人/10万人' } });
  });

  it('reads the base before the number: 「每10万人3.2例」, 「每十万人口不超过5例」, 「每千人3人」', () => {
    expect(parseActual(text('每10万人3.2例'))).toEqual({ kind: 'quantity', value: { value: 3.2, unit: '例/10万人' } });
    expect(parseTarget(text('每十万人口不超过5例'))).toEqual({
      kind: 'atMost',
      bound: { value: 5, unit: '例/10万人' },
    });
    expect(parseTarget(text('每千人3人'))).toEqual({ kind: 'equal', value: { value: 3, unit: '人/千人' } });
  });

  it('spells one base one way, so 十万人, 10万人 and 10万人口 are one unit, and describes it back', () => {
    const unit = (s: string) => (parseActual(text(s)) as { value: { unit: string } }).value.unit;
    expect(['5人/十万人', '5人/10万人', '5人/10万人口', '每100000人5人'].map(unit)).toEqual(Array(4).fill('人/10万人'));
    expect(describeTarget(parseTarget(text('≥3.5张/千人')))).toBe('≥3.5张/千人');
  });

  it('takes an actual in another base into the target’s: 0.45人/万人 against ≤5人/10万人 is 4.5人/10万人', () => {
    const target = parseTarget(text('≤5人/10万人'));
    expect(parseActual(text('0.45人/万人'), { target })).toEqual({
      kind: 'quantity',
      value: { value: 4.5, unit: '人/10万人' },
    });
    expect(parseActual(text('4.5'), { target })).toEqual({
      kind: 'quantity',
      value: { value: 4.5, unit: '人/10万人' },
    });
  });

  it('scores them: met within the bound, below full weight over it, a bare count of people is another unit', () => {
    expect(score('≤5人/10万人', '4.5人/10万人')).toMatchObject({ status: 'met', score: 10 });
    expect(score('≤5人/10万人', '0.45人/万人')).toMatchObject({ status: 'met', score: 10 });
    expect(score('每10万人不超过5例', '每10万人6例').status).not.toBe('met');
    expect(score('≤5人/10万人', '6人/10万人').score).toBeLessThan(10);
    expect(score('≤5人/10万人', '4.5人').status).toBe('unparsed');
  });

  it('leaves per-person and per-period counts as they were: ≤1000元/人, 1次/季度, 每季度1次', () => {
    expect(parseTarget(text('≤1000元/人'))).toEqual({ kind: 'atMost', bound: { value: 1000, unit: '元' } });
    expect(parseActual(text('1次/季度'))).toEqual({ kind: 'quantity', value: { value: 4, unit: '次' } });
    expect(parseActual(text('每季度1次'))).toEqual({ kind: 'quantity', value: { value: 4, unit: '次' } });
  });
});
