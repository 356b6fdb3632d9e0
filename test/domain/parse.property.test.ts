// Value parser, property-based: whatever an officer types (or a broken file holds), parsing never throws, always
// returns a known kind, and every number it hands to the scorer is finite.

import fc from 'fast-check';
import { actualText } from '../../src/domain/format';
import {
  describeTarget,
  formatQuantity,
  parseActual,
  parseNumberCell,
  parseQuantityText,
  parseRateCell,
  parseTarget,
} from '../../src/domain/parse';
import { foldSpaces, normalizeText, tidyText } from '../../src/domain/text';
import { formatNumber } from '../../src/domain/parse';
import type { Actual, DateSpan, Quantity, RawCell, Target } from '../../src/domain/types';

const RUNS = 2500;

const TARGET_KINDS = new Set([
  'atLeast',
  'atMost',
  'moreThan',
  'lessThan',
  'range',
  'equal',
  'qualitative',
  'timeLimit',
  'deadline',
  'notApplicable',
  'blank',
  'unparsed',
]);
const ACTUAL_KINDS = new Set([
  'quantity',
  'range',
  'qualitative',
  'timeLimit',
  'date',
  'notApplicable',
  'blank',
  'unparsed',
]);
const COMPARATORS = new Set(['atLeast', 'atMost', 'moreThan', 'lessThan']);
const OUTCOMES = new Set(['met', 'partly', 'notMet']);

function validQuantity(q: Quantity): boolean {
  return Number.isFinite(q.value) && typeof q.unit === 'string';
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function realDay(year: number | null, [m, d]: [number, number]): boolean {
  if (!(Number.isInteger(m) && Number.isInteger(d) && m >= 1 && m <= 12 && d >= 1 && d <= DAYS_IN_MONTH[m - 1]))
    return false;
  return !(m === 2 && d === 29 && year !== null && new Date(Date.UTC(year, 1, 29)).getUTCMonth() !== 1);
}

/** A day interval someone could have written: a plausible year or none, real days, from not after to. */
function validSpan(d: DateSpan): boolean {
  if (d.year !== null && !(Number.isInteger(d.year) && d.year >= 1900 && d.year < 2200)) return false;
  if (!realDay(d.year, d.from) || !realDay(d.year, d.to)) return false;
  return d.from[0] * 100 + d.from[1] <= d.to[0] * 100 + d.to[1];
}

function validTarget(t: Target): boolean {
  if (!TARGET_KINDS.has(t.kind)) return false;
  switch (t.kind) {
    case 'atLeast':
    case 'atMost':
    case 'moreThan':
    case 'lessThan':
      return validQuantity(t.bound);
    case 'range':
      return validQuantity(t.low) && validQuantity(t.high) && t.low.value <= t.high.value;
    case 'equal':
      return validQuantity(t.value);
    case 'timeLimit':
      return Number.isFinite(t.days) && t.days >= 0 && typeof t.workdays === 'boolean';
    case 'deadline':
      return validSpan(t.by);
    case 'qualitative':
      return typeof t.level === 'string';
    case 'unparsed':
      return typeof t.text === 'string';
    default:
      return true;
  }
}

function validActual(a: Actual): boolean {
  if (!ACTUAL_KINDS.has(a.kind)) return false;
  switch (a.kind) {
    case 'quantity':
      return validQuantity(a.value) && (a.repeatsComparator === undefined || COMPARATORS.has(a.repeatsComparator));
    case 'range':
      return validQuantity(a.low) && validQuantity(a.high) && a.low.value <= a.high.value;
    case 'timeLimit':
      return Number.isFinite(a.days) && a.days >= 0;
    case 'date':
      return validSpan(a.on);
    case 'qualitative':
      return typeof a.level === 'string' && (a.outcome === undefined || OUTCOMES.has(a.outcome));
    case 'unparsed':
      return typeof a.text === 'string';
    default:
      return true;
  }
}

/** Pieces of real target/actual wording, so generated cells come close to what tables hold. */
const TOKENS = [
  '0',
  '1',
  '5',
  '9',
  '60',
  '95',
  '100',
  '0.05',
  '5506.5',
  '4,425.38',
  '１０',
  '1e400',
  '9'.repeat(30),
  '.',
  ',',
  '-',
  '+',
  '−',
  '%',
  '％',
  '‰',
  '百分比',
  '万',
  '亿',
  '元',
  '万元',
  '亿元',
  '千元',
  '个',
  '人',
  '笔',
  '工作日',
  '个工作日',
  '天',
  '日',
  '小时',
  '㎡',
  '内',
  '以内',
  '以上',
  '以下',
  '及以上',
  '左右',
  '≥',
  '≤',
  '>',
  '<',
  '=',
  '﹦',
  '═',
  '＞=',
  '>=',
  '控制在',
  '不低于',
  '不超过',
  '达到',
  '到',
  '至',
  '~',
  '～',
  '—',
  '——',
  '[',
  ']',
  '(',
  ')',
  '介于',
  '之间',
  '和',
  '且',
  '的区间',
  '有效',
  '有效降低',
  '不适用',
  '/',
  '无',
  '即时办理',
  '当日办结',
  '自受理申请之日起',
  '手续齐全的，',
  '。',
  '　',
  ' ',
  '\n',
  '#DIV/0!',
  'N/A',
  '多',
  '约',
  '第',
  'km',
  'm2',
  '2023',
  '1900',
  '12',
  '31',
  '2',
  '29',
  '30',
  '13',
  '年',
  '月',
  '日',
  '号',
  '前',
  '之前',
  '止',
  '底',
  '上半年',
  '季度',
  '中旬',
  '截至',
  '于',
  '完成',
  '已',
  '按时完成',
  '/',
  '.',
];
const tokenText = fc.array(fc.constantFrom(...TOKENS), { maxLength: 8 }).map((parts) => parts.join(''));

/** Any string: full Unicode graphemes, raw UTF-16 code units (lone surrogates too), or real wording pieces. */
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: 'grapheme-ascii', maxLength: 20 }),
  tokenText,
);

const anyNumber = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(NaN, Infinity, -Infinity, -0, 1e308, 5e-324));
const anyFormat = fc.option(
  fc.oneof(
    fc.constantFrom(
      '0.00%',
      '0%',
      'General',
      '0.00"万元"',
      '0.00"%"',
      '#,##0.00',
      '[Red]0.0%;-0.0%',
      '"第"0"名"',
      'yyyy/m/d',
      'yyyy"年"m"月"',
      'yyyy',
      '[$-804]yyyy"年"m"月"d"日"',
    ),
    fc.string({ maxLength: 12 }),
  ),
  { nil: undefined },
);

const textCell = anyText.map((t): RawCell => ({ value: t, text: t }));
const numberCell = fc
  .tuple(anyNumber, anyFormat)
  .map(([v, f]): RawCell => ({ value: v, text: String(v), numberFormat: f }));
const otherCell = fc.constantFrom<RawCell>(
  { value: null, text: '' },
  { value: true, text: 'TRUE' },
  { value: false, text: 'FALSE' },
  { value: null, text: '95%' },
);
const anyCell = fc.oneof(textCell, numberCell, otherCell);

describe('the value parser on arbitrary input', () => {
  it('never throws on a target cell and always returns a valid target with finite numbers', () => {
    fc.assert(
      fc.property(
        anyCell,
        fc.option(anyText, { nil: undefined }),
        fc.option(anyCell, { nil: undefined }),
        fc.option(anyCell, { nil: undefined }),
        (cell, name, nature, unit) => {
          const t = parseTarget(cell, { name, nature, unit });
          expect(validTarget(t)).toBe(true);
          expect(validTarget(parseTarget(cell))).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('never throws on an actual cell, whatever its target, and returns finite numbers', () => {
    fc.assert(
      fc.property(anyCell, anyCell, fc.option(anyCell, { nil: undefined }), (cell, targetCell, unit) => {
        const target = parseTarget(targetCell);
        const a = parseActual(cell, { target, unit });
        expect(validActual(a)).toBe(true);
        expect(validActual(parseActual(cell))).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('reads quantity text as null or a finite quantity', () => {
    fc.assert(
      fc.property(anyText, (t) => {
        const q = parseQuantityText(t);
        expect(q === null || validQuantity(q)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('reads number and rate cells as null or a finite number', () => {
    fc.assert(
      fc.property(anyCell, (cell) => {
        const n = parseNumberCell(cell);
        const r = parseRateCell(cell);
        expect(n === null || Number.isFinite(n)).toBe(true);
        expect(r === null || Number.isFinite(r)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('the value parser on well-formed wording', () => {
  it('reads ≥n% as at least n/100 for any written percentage', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100000 }), fc.integer({ min: 0, max: 2 }), (units, decimals) => {
        const written = (units / 10 ** decimals).toFixed(decimals);
        const t = parseTarget({ value: `≥${written}%`, text: `≥${written}%` });
        expect(t.kind).toBe('atLeast');
        expect(t.kind === 'atLeast' && t.bound.unit).toBe('%');
        expect(t.kind === 'atLeast' && t.bound.value).toBeCloseTo(Number(written) / 100, 12);
      }),
      { numRuns: RUNS },
    );
  });

  it('reads back what formatQuantity writes for money and percentages', () => {
    const money = fc.integer({ min: 0, max: 10 ** 12 }).map((cents): Quantity => ({ value: cents / 100, unit: '元' }));
    const percent = fc.integer({ min: 0, max: 10 ** 6 }).map((n): Quantity => ({ value: n / 10 ** 6, unit: '%' }));
    fc.assert(
      fc.property(fc.oneof(money, percent), (q) => {
        const back = parseQuantityText(formatQuantity(q));
        expect(back).not.toBeNull();
        expect(back!.unit).toBe(q.unit);
        // formatQuantity keeps at most 4 decimals of the shown number
        const shownStep = q.unit === '%' ? 1e-6 : Math.abs(q.value) >= 1e8 ? 1e4 : Math.abs(q.value) >= 1e6 ? 1 : 1e-4;
        expect(Math.abs(back!.value - q.value)).toBeLessThanOrEqual(shownStep / 2 + 1e-9 * Math.abs(q.value));
      }),
      { numRuns: RUNS },
    );
  });

  it('reads a lower and an upper percentage joined by a range separator as that band', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.constantFrom('-', '～', '~', '至', '到', '—'),
        fc.boolean(),
        (a, b, sep, unitOnBoth) => {
          const written = unitOnBoth ? `${a}%${sep}${b}%` : `${a}${sep}${b}%`;
          const t = parseTarget({ value: written, text: written });
          expect(t).toEqual({
            kind: 'range',
            low: { value: Math.min(a, b) / 100, unit: '%' },
            high: { value: Math.max(a, b) / 100, unit: '%' },
          });
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('dates on any day of any year', () => {
  const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const lastOf = (y: number, m: number) => (m === 2 && leap(y) ? 29 : DAYS[m - 1]);
  const aDay = fc
    .tuple(fc.integer({ min: 1900, max: 2199 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
    .map(([y, m, d]) => [y, m, Math.min(d, lastOf(y, m))] as const);

  it('reads every real day written as a deadline back to that day, and its description back to the same deadline', () => {
    fc.assert(
      fc.property(
        aDay,
        fc.constantFrom('年', '.', '-', '/'),
        fc.constantFrom('前', '之前', '止', '前完成'),
        ([y, m, d], sep, tail) => {
          const written = sep === '年' ? `${y}年${m}月${d}日${tail}` : `${y}${sep}${m}${sep}${d}${tail}`;
          const t = parseTarget({ value: written, text: written });
          expect(t).toEqual({ kind: 'deadline', by: { year: y, from: [m, d], to: [m, d] } });
          const again = describeTarget(t);
          expect(parseTarget({ value: again, text: again })).toEqual(t);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('reads every real day or month written as an actual back to that span, and calls a day past the month unparsed', () => {
    const due: Target = { kind: 'deadline', by: { year: 2100, from: [12, 31], to: [12, 31] } };
    fc.assert(
      fc.property(aDay, fc.boolean(), fc.integer({ min: 1, max: 3 }), ([y, m, d], withDay, over) => {
        const written = withDay ? `${y}年${m}月${d}日` : `${y}年${m}月`;
        const a = parseActual({ value: written, text: written }, { target: due });
        expect(a).toEqual({
          kind: 'date',
          on: withDay ? { year: y, from: [m, d], to: [m, d] } : { year: y, from: [m, 1], to: [m, lastOf(y, m)] },
        });
        expect(actualText(a)).toBe(written);
        const impossible = `${y}年${m}月${lastOf(y, m) + over}日`;
        expect(parseActual({ value: impossible, text: impossible }, { target: due }).kind).toBe('unparsed');
      }),
      { numRuns: RUNS },
    );
  });
});

describe('the fast text normalisation gives exactly what NFKC does', () => {
  /** Cell-like text: CJK, ASCII, full-width forms, every kind of white space, symbols, and characters NFKC rewrites. */
  const CELL_CHARS = [
    '成',
    '本',
    '控',
    '制',
    '有',
    '效',
    '元',
    '亿',
    '率',
    'a',
    'Z',
    '5',
    '.',
    ',',
    '%',
    ' ',
    '\t',
    '\n',
    '\u3000',
    '\u00a0',
    '\u2002',
    '\u200b',
    '\ufeff',
    '\u2028',
    '\u1680',
    '\u202f',
    '，',
    '（',
    '）',
    '５',
    'Ａ',
    '％',
    '≥',
    '≤',
    '‰',
    '—',
    '、',
    '。',
    '…',
    '㎡',
    '\u3038',
    '\u302a',
    'e\u0301',
    '\uff9e',
    '\ud800',
    'ﬁ',
    '½',
    '²',
    '·',
    '《',
    '》',
    '“',
    '”',
  ];
  const cellText = fc.array(fc.constantFrom(...CELL_CHARS), { maxLength: 16 }).map((parts) => parts.join(''));
  const text = fc.oneof(
    cellText,
    fc.string({ unit: 'binary', maxLength: 20 }),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
  );

  it('foldSpaces (a character table for short cells) equals its definition: white space folded, nothing else changed', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('', '一二三四五六七八九十一二三四五六七'), (s, pad) => {
        // the padding takes the text past 16 characters, where foldSpaces checks with one regex scan instead
        for (const t of [s, pad + s])
          expect(foldSpaces(t)).toBe(t.replace(/[\s\u3000\u00a0\u200b\ufeff]+/g, ' ').trim());
      }),
      { numRuns: 5000 },
    );
  });

  it('normalizeText and tidyText, fast paths included, equal their definitions (NFKC, then white space)', () => {
    const spaces = /[\s\u3000\u00a0\u200b\ufeff]+/g;
    fc.assert(
      fc.property(text, (s) => {
        const n = s.normalize('NFKC');
        expect(normalizeText(s)).toBe(n.replace(spaces, ''));
        expect(tidyText(s)).toBe(
          n
            .replace(/[\u200b\ufeff]/g, '')
            .replace(/[\s\u3000\u00a0]+/g, ' ')
            .trim(),
        );
      }),
      { numRuns: 5000 },
    );
  });
});

describe('formatNumber for messages', () => {
  /** The former definition: toFixed(4) with the trailing zeros cut by a regex. */
  function byToFixed(n: number): string {
    if (!Number.isFinite(n)) return String(n);
    const r = Math.round(n * 1e4) / 1e4;
    if (r === 0) return '0';
    if (Math.abs(r) >= 1e21) return String(r);
    return r.toFixed(4).replace(/\.?0+$/, '');
  }

  it('writes what toFixed(4) trimmed would, for any number', () => {
    const amounts = fc
      .tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 8 }))
      .map(([m, d]) => m / 10 ** d);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double(),
          amounts,
          fc.constantFrom(0.00005, -0.00005, 1.00005, 99999999999.99995, 1e11, 1e21, 2 ** 60),
        ),
        (n) => {
          expect(formatNumber(n)).toBe(byToFixed(n));
        },
      ),
      { numRuns: 10000 },
    );
  });
});
