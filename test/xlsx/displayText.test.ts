// Display text of numbers read from a workbook: the short-decimal shortcut for General cells must show
// exactly what numfmt (Excel's formatting) shows, and leave every other number to numfmt.

import fc from 'fast-check';
import { isPlainGeneral, numberText } from '../../src/xlsx/displayText';
import { numfmt } from '../../src/xlsx/numfmt';

/** Decimals as officers type them: up to 9 integer digits and 1–6 decimals, either sign. */
const typedDecimal = fc
  .tuple(
    fc.integer({ min: 0, max: 999_999_999 }),
    fc.integer({ min: 1, max: 6 }),
    fc.integer({ min: 1, max: 999_999 }),
    fc.boolean(),
  )
  .map(([whole, places, frac, negative]) => {
    const v = Number(`${whole}.${String(frac % 10 ** places).padStart(places, '0')}`);
    return negative ? -v : v;
  });

it('shows a General decimal such as 4425.38 or 0.05 exactly as numfmt does', () => {
  for (const v of [4425.38, -4425.38, 0.05, 0.001, 12.5, 96.47, 1234567.89, -0.125]) {
    expect(numberText(v, 'General')).toBe(numfmt.format('General', v));
  }
  fc.assert(
    fc.property(typedDecimal, (v) => {
      expect(numberText(v, 'General')).toBe(numfmt.format('General', v));
    }),
    { numRuns: 5000 },
  );
});

it('shows any General number (decimals, tiny, huge, computed) exactly as numfmt does', () => {
  fc.assert(
    fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e15, max: 1e15 }), (v) => {
      expect(numberText(v, 'General')).toBe(numfmt.format('General', v));
    }),
    { numRuns: 5000 },
  );
  expect(numberText(0.1 + 0.2, 'General')).toBe('0.3');
});

it('leaves long, tiny and exponent forms to numfmt (0.1+0.2, 0.0001234, 123456789.12, 1e-7)', () => {
  expect(isPlainGeneral(String(0.1 + 0.2), 0.1 + 0.2)).toBe(false);
  expect(isPlainGeneral('0.0001234', 0.0001234)).toBe(false);
  expect(isPlainGeneral('123456789.12', 123456789.12)).toBe(false);
  expect(isPlainGeneral('1e-7', 1e-7)).toBe(false);
  expect(isPlainGeneral('12.34', 12.34)).toBe(true);
  expect(isPlainGeneral('-12.34', -12.34)).toBe(true);
});
