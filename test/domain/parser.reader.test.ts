// The parser's stages on their own: the reader's tokens (what the interpreter is handed) and the rule that
// tokens are values — read once, cached by cell text, never changed by the stage after.

import fc from 'fast-check';
import { parseActual, parseTarget } from '../../src/domain/parse';
import { interpretActual, interpretTarget } from '../../src/domain/parser/interpret';
import { readCell, readText, readUnit } from '../../src/domain/parser/reader';
import type { RawCell } from '../../src/domain/types';

const text = (t: string): RawCell => ({ value: t, text: t });

describe('reader: text → tokens', () => {
  it('reads a range written with a separator: both numbers, % lent later, range flag, no comparators', () => {
    const r = readText('60-80%');
    expect(r).toMatchObject({ prefixEnd: 0, range: true, cmp: undefined, cmp2: undefined });
    expect(r!.first).toMatchObject({ mant: 60, dec: 0, neg: false, end: 2 });
    expect(r!.first.unit.written).toBe(false);
    expect(r!.second).toMatchObject({ mant: 80, end: 6 });
    expect(r!.second!.unit).toMatchObject({ unit: '%', exp: -2, written: true });
  });

  it('reads two bounds each with its comparator, and a soft 控制在 that a written 以下 overrides', () => {
    const two = readText('≥60%且≤80%');
    expect(two).toMatchObject({ prefixEnd: 1, range: false, cmp: 'atLeast', cmp2: 'atMost' });
    expect(readText('控制在5%以上')).toMatchObject({ cmp: 'atLeast', second: undefined });
    expect(readText('不低于5%以下')).toMatchObject({ cmp: 'atLeast' });
  });

  it('tells no digit (undefined) from digits that form no single value (null)', () => {
    expect(readText('有效')).toBeUndefined();
    expect(readText('1号楼和3号楼')).toBeNull();
  });

  it('reads exact decimals as mantissa and scale, and a multiplier into the unit', () => {
    const r = readText('54.62亿元')!;
    expect(r.first).toMatchObject({ mant: 5462, dec: 2, big: '' });
    expect(r.first.unit).toMatchObject({ unit: '元', exp: 8, mult: 8 });
  });

  it('reads a short Latin unit exactly as /[a-zA-Z]{1,4}\\d?(?![a-zA-Z])/y would', () => {
    const latin = /[a-zA-Z]{1,4}\d?(?![a-zA-Z])/y;
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9]{0,6}$/), (s) => {
        fc.pre(!/^(?:m2|m3|km2)/.test(s)); // the known unit words m2 (㎡), m3, km2 are read from the word table
        latin.lastIndex = 0;
        const m = latin.exec(s);
        const t = readUnit(s, 0);
        if (m) expect([t.unit.unit, t.end]).toEqual([m[0], m[0].length]);
        else expect(t.unit.written && /^[a-zA-Z]/.test(t.unit.unit)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('tokens are values', () => {
  it('readCell returns the cached tokens for the same text, and they are never changed by interpreting', () => {
    const first = readCell(text('每季度1次'));
    expect(readCell(text('每季度1次'))).toBe(first);
    const snapshot = JSON.stringify(first);
    // the per-period scaling (1 → 4 a year) must not write into the shared tokens: twice gives 4 both times
    expect(interpretTarget(first, undefined, undefined, undefined)).toEqual({
      kind: 'equal',
      value: { value: 4, unit: '次' },
    });
    expect(interpretActual(first, undefined, undefined)).toEqual({ kind: 'quantity', value: { value: 4, unit: '次' } });
    expect(parseTarget(text('每季度1次'))).toEqual({ kind: 'equal', value: { value: 4, unit: '次' } });
    expect(JSON.stringify(first)).toBe(snapshot);
  });

  it('parses a cell the same whether or not its text was read before (the cache changes nothing)', () => {
    const cells = ['≥95%', '100%', '每月1次', '4,425.38', '较上年增长5%', '5个工作日内', '2023年12月31日前', '三场'];
    const once = cells.map((c) => [parseTarget(text(c)), parseActual(text(c))]);
    const again = cells.map((c) => [parseTarget(text(c)), parseActual(text(c))]);
    expect(again).toEqual(once);
    expect(once.map(([t]) => t.kind)).toEqual([
      'atLeast',
      'equal',
      'equal',
      'equal',
      'atLeast',
      'timeLimit',
      'deadline',
      'equal',
    ]);
  });
});
