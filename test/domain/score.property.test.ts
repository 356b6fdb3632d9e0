// Property: whatever target, actual and weight come in, scoring never throws and never leaves [0, weight].

import fc from 'fast-check';
import type { Actual, DateSpan, Quantity, Target } from '../../src/domain/types';
import { scoreIndicator, scoreBudget } from '../../src/domain/score';
import { round } from '../../src/domain/format';
import { PROFILES } from '../../src/domain/profiles';
import { parseActual, parseNumberCell, parseTarget } from '../../src/domain/parse';
import { explainZh } from '../../src/i18n/explain';

const num = fc.oneof(
  fc.double({ noNaN: true }),
  fc.constantFrom(
    0,
    -0,
    1,
    -1,
    0.6,
    0.8,
    1.3,
    Number.MAX_VALUE,
    -Number.MAX_VALUE,
    Number.MIN_VALUE,
    Infinity,
    -Infinity,
    1e-300,
    1e300,
  ),
  fc.integer({ min: -1000, max: 1000 }),
);
const unit = fc.constantFrom('', '%', '元', '天', '工作日', '个', '人', '‰', '公里');
const quantity: fc.Arbitrary<Quantity> = fc.record({ value: num, unit });
const level = fc.constantFrom('有效', '有效降低', '达标', '较好', '', '部分达成');
const outcome = fc.constantFrom(undefined, 'met', 'partly', 'notMet') as fc.Arbitrary<
  'met' | 'partly' | 'notMet' | undefined
>;
/** Any [month, day] pair, real or not, and any year or none: the scorer must survive what a bug could hand it. */
const monthDay = fc.tuple(
  fc.oneof(fc.integer({ min: 1, max: 12 }), num),
  fc.oneof(fc.integer({ min: 1, max: 31 }), num),
);
const anySpan: fc.Arbitrary<DateSpan> = fc.record({
  year: fc.oneof(fc.constant(null), fc.integer({ min: 1990, max: 2030 }), num),
  from: monthDay,
  to: monthDay,
});
/** A real interval: a year or none, from ≤ to, days 1–28 so every month has them. */
const realSpan: fc.Arbitrary<DateSpan> = fc
  .tuple(
    fc.option(fc.integer({ min: 2020, max: 2026 }), { nil: null }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
  )
  .map(([year, m1, d1, m2, d2]) =>
    m1 * 100 + d1 <= m2 * 100 + d2 ? { year, from: [m1, d1], to: [m2, d2] } : { year, from: [m2, d2], to: [m1, d1] },
  );

const target: fc.Arbitrary<Target> = fc.oneof(
  fc.record({
    kind: fc.constantFrom('atLeast', 'atMost', 'moreThan', 'lessThan'),
    bound: quantity,
  }) as fc.Arbitrary<Target>,
  fc.record({ kind: fc.constant('range' as const), low: quantity, high: quantity }),
  fc.record({ kind: fc.constant('equal' as const), value: quantity }),
  fc.record({ kind: fc.constant('qualitative' as const), level }),
  fc.record({ kind: fc.constant('timeLimit' as const), days: num, workdays: fc.boolean() }),
  fc.record({ kind: fc.constant('deadline' as const), by: fc.oneof(anySpan, realSpan) }),
  fc.constantFrom<Target>({ kind: 'notApplicable' }, { kind: 'blank' }, { kind: 'unparsed', text: '见附件' }),
);
const actual: fc.Arbitrary<Actual> = fc.oneof(
  fc.record({ kind: fc.constant('quantity' as const), value: quantity }),
  fc.record({ kind: fc.constant('range' as const), low: quantity, high: quantity }),
  fc
    .record({ kind: fc.constant('qualitative' as const), level, outcome })
    .map((a) => (a.outcome === undefined ? { kind: a.kind, level: a.level } : a) as Actual),
  fc.record({ kind: fc.constant('timeLimit' as const), days: num, workdays: fc.boolean() }),
  fc.record({ kind: fc.constant('date' as const), on: fc.oneof(anySpan, realSpan) }),
  fc.constantFrom<Actual>({ kind: 'notApplicable' }, { kind: 'blank' }, { kind: 'unparsed', text: '？' }),
);
const weight = fc.oneof(fc.constant(null), num, fc.integer({ min: 0, max: 100 }));
const recorded = fc.oneof(fc.constant(null), num);
const profile = fc.constantFrom(...PROFILES);

describe('scoreIndicator on arbitrary input', () => {
  it('never throws and keeps the score within [0, weight]', () => {
    fc.assert(
      fc.property(target, actual, weight, recorded, profile, (t, a, w, r, p) => {
        const out = scoreIndicator({ name: 'x', target: t, actual: a, weight: w, recorded: r }, p);
        expect(typeof explainZh(out.explanation)).toBe('string');
        if (out.score !== null) {
          expect(Number.isNaN(out.score)).toBe(false);
          expect(w).not.toBeNull();
          expect(out.score).toBeGreaterThanOrEqual(0);
          expect(out.score).toBeLessThanOrEqual(w as number);
        }
        // met → the full weight, less exactly the regional over-achievement deduction where one applies; a met
        // qualitative row recorded below its weight carries the 达成 band that ends at the weight, and scores inside it
        if (out.status === 'met' && out.penalty === undefined && out.band === undefined)
          expect(out.score === null || out.score === w).toBe(true);
        if (out.status === 'met' && out.band !== undefined) {
          expect(out.band[1]).toBe(w);
          expect(out.score !== null && out.score >= out.band[0] && out.score <= out.band[1]).toBe(true);
        }
        if (out.status === 'met' && out.penalty !== undefined && out.score !== null) {
          expect(Math.abs(out.score - Math.max(0, (w as number) - out.penalty))).toBeLessThanOrEqual(
            0.5 * 10 ** -p.rounding + 1e-9,
          );
        }
        if (out.penalty !== undefined) expect(out.penalty).toBe(Math.min(w as number, p.overAchievementPenalty));
        if (out.band) expect(out.band[0]).toBeLessThanOrEqual(out.band[1]);
      }),
      { numRuns: 3000 },
    );
  });

  it('scores a met or missed positive target monotonically in the actual', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.01, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (t, a1, a2) => {
          const [lo, hi] = a1 <= a2 ? [a1, a2] : [a2, a1];
          const s = (a: number) =>
            scoreIndicator(
              {
                name: 'x',
                target: { kind: 'atLeast', bound: { value: t, unit: '个' } },
                actual: { kind: 'quantity', value: { value: a, unit: '个' } },
                weight: 10,
                recorded: null,
              },
              PROFILES[0],
            ).score as number;
          expect(s(lo)).toBeLessThanOrEqual(s(hi));
        },
      ),
    );
  });
});

describe('a completion date against a deadline', () => {
  const key = (year: number, [m, d]: [number, number]) => year * 10000 + m * 100 + d;

  it('is met exactly when the completion ends by the deadline day, late in the partly band, else for a person to place', () => {
    fc.assert(
      fc.property(realSpan, realSpan, fc.integer({ min: 1, max: 20 }), profile, (by, on, w, p) => {
        const out = scoreIndicator(
          {
            name: '项目完成时间',
            target: { kind: 'deadline', by },
            actual: { kind: 'date', on },
            weight: w,
            recorded: null,
          },
          p,
        );
        const ya = on.year ?? by.year ?? 0;
        const yb = by.year ?? on.year ?? 0;
        const due = key(yb, by.to);
        if (key(ya, on.to) <= due) {
          expect(out).toMatchObject({ status: 'met', score: w });
        } else if (key(ya, on.from) > due) {
          const [lo] = p.qualitativeBands.partly;
          expect(out).toMatchObject({ status: 'review', score: round(lo * w, p.rounding) });
          expect(out.explanation).toMatchObject({ kind: 'review', verdict: 'late' });
        } else {
          expect(out).toMatchObject({ status: 'review', score: 0, band: [0, w] });
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('scoreIndicator on arbitrary cell text, through the parser', () => {
  const piece = fc.constantFrom(
    '≥',
    '≤',
    '>',
    '<',
    '=',
    '控制在',
    '以下',
    '以内',
    '到',
    '-',
    '%',
    '‰',
    '万元',
    '亿元',
    '元',
    '个工作日',
    '天',
    '内',
    '有效',
    '部分达成',
    '未达成',
    '不适用',
    '/',
    '即时办理',
    ' ',
    '　',
    '.',
    ',',
    '(',
    ')',
    '年',
    '月',
    '日',
    '前',
    '底',
    '2023',
    '12',
    '按时完成',
  );
  const digits = fc.oneof(
    fc.integer({ min: 0, max: 1e9 }).map(String),
    fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((x) => String(x)),
  );
  const text = fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.array(fc.oneof(piece, digits), { maxLength: 6 }).map((xs) => xs.join('')),
  );
  const rawCell = fc.oneof(
    text.map((t) => ({ value: t, text: t })),
    num.map((v) => ({ value: v, text: String(v) })),
    fc
      .tuple(num, fc.constantFrom('0%', '0.00%', '0.00"万元"', 'General'))
      .map(([v, f]) => ({ value: v, text: String(v), numberFormat: f })),
    fc.constant({ value: null, text: '' }),
  );

  it('never throws and keeps the score within [0, weight]', () => {
    fc.assert(
      fc.property(
        rawCell,
        rawCell,
        rawCell,
        rawCell,
        fc.string({ maxLength: 12 }),
        profile,
        (tc, ac, wc, rc, name, p) => {
          const target = parseTarget(tc, { name });
          const actual = parseActual(ac, { target });
          const w = parseNumberCell(wc);
          const out = scoreIndicator({ name, target, actual, weight: w, recorded: parseNumberCell(rc) }, p);
          if (out.score !== null) {
            expect(w).not.toBeNull();
            expect(out.score).toBeGreaterThanOrEqual(0);
            expect(out.score).toBeLessThanOrEqual(w as number);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('scoreBudget on arbitrary input', () => {
  it('never throws and keeps the score within [0, weight]', () => {
    const maybe = fc.oneof(fc.constant(null), num);
    fc.assert(
      fc.property(maybe, maybe, maybe, maybe, profile, (initial, fullYear, executed, w, p) => {
        const b = scoreBudget({ initial, fullYear, executed, weight: w, recordedRate: null, recordedScore: null }, p);
        if (b.score !== null) {
          expect(b.score).toBeGreaterThanOrEqual(0);
          expect(b.score).toBeLessThanOrEqual(b.weight as number);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('round', () => {
  it('is within half a unit of the last place and idempotent', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 4 }), (x, d) => {
        const r = round(x, d);
        expect(Math.abs(r - x)).toBeLessThanOrEqual(0.5 * 10 ** -d + 1e-6);
        expect(round(r, d)).toBe(r);
      }),
    );
  });
});
