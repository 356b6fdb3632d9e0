// Dates and durations in 实际完成值 cells: 「10月完成」 says when the work was done (October), 「10个月」 how long it
// took. The month a completion verb or a 前/止 marks is a date whatever the target is.

import { parseActual } from '../../src/domain/parse';
import type { RawCell, Target } from '../../src/domain/types';

const text = (t: string): RawCell => ({ value: t, text: t });
const october = { year: null, from: [10, 1], to: [10, 31] };
const months = (value: number) => ({ kind: 'quantity', value: { value, unit: '月' } });

describe('a month when it was done is a date, a number of months a duration', () => {
  it('reads 「10月完成」 as October, with or without a deadline to compare it with', () => {
    expect(parseActual(text('10月完成'))).toEqual({ kind: 'date', on: october });
    expect(parseActual(text('10月已完成'))).toEqual({ kind: 'date', on: october });
    expect(parseActual(text('于10月完成'))).toEqual({ kind: 'date', on: october });
    const atMostYear: Target = { kind: 'atMost', bound: { value: 12, unit: '月' } };
    expect(parseActual(text('10月完成'), { target: atMostYear })).toEqual({ kind: 'date', on: october });
  });

  it('keeps 「10个月」 a duration, done or not', () => {
    expect(parseActual(text('10个月'))).toEqual(months(10));
    expect(parseActual(text('10个月完成'))).toEqual(months(10));
    expect(parseActual(text('用时10个月'))).toEqual(months(10));
  });

  it('leaves a bare 「10月」 as it was: a date only against a deadline', () => {
    expect(parseActual(text('10月'))).toEqual(months(10));
    const deadline: Target = { kind: 'deadline', by: { year: null, from: [12, 31], to: [12, 31] } };
    expect(parseActual(text('10月'), { target: deadline })).toEqual({ kind: 'date', on: october });
  });
});
