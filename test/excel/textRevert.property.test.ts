// Exact revert of a person's text. Excel parses a string written through Range.values / formulas the
// way it parses typing (Range.values reference: text that starts with '=' becomes a formula; numbers,
// percentages, dates, times, fractions, TRUE/FALSE and error literals are converted; East Asian Excel
// also reads full-width digits as numbers). The in-memory host converts those shapes; the revert puts
// such text back as text — with a leading apostrophe, Excel's own prefix — whatever its shape.

import fc from 'fast-check';
import { queueRestore } from '../../src/excel/apply';
import { toCellInput } from '../../src/workbook/cellInput';
import type { SnapshotCell } from '../../src/workbook/record';
import { FakeWorkbook } from '../support/fakeExcel';

const digits = (min: number, max: number) => fc.integer({ min, max }).map(String);
const FULL = (s: string) => s.replace(/[0-9%./:\-+]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Strings a person may have typed as text (with a leading apostrophe or in a text-formatted cell) that Excel converts when written back. */
const convertible = fc.oneof(
  digits(0, 99999), // 123
  fc.tuple(digits(0, 999), digits(0, 99)).map(([a, b]) => `${a}.${b}`), // 12.5
  fc.tuple(digits(1, 999), digits(0, 999)).map(([a, b]) => `${a},${b.padStart(3, '0')}`), // 1,234
  digits(0, 200).map((d) => `${d}%`), // 95%
  digits(1, 999).map((d) => `-${d}`), // -5
  digits(1, 999).map((d) => `(${d})`), // (12): negative
  digits(1, 999).map((d) => `¥${d}`),
  fc.tuple(digits(1, 9), digits(1, 20)).map(([a, b]) => `${a}e${b}`), // 1e5
  digits(0, 99999).map(FULL), // １２３
  digits(0, 200).map((d) => FULL(`${d}%`)), // ９５％
  fc.tuple(digits(1990, 2030), digits(1, 12), digits(1, 28)).map(([y, m, d]) => `${y}-${m}-${d}`),
  fc.tuple(digits(1990, 2030), digits(1, 12), digits(1, 28)).map(([y, m, d]) => `${y}/${m}/${d}`),
  fc.tuple(digits(1, 12), digits(1, 28)).map(([m, d]) => `${m}/${d}`), // 1/2: a date, or a fraction to a person
  fc.tuple(digits(1, 9), digits(1, 3), digits(4, 9)).map(([w, n, d]) => `${w} ${n}/${d}`), // 1 1/4
  fc.tuple(digits(1, 28), fc.constantFrom(...MONTHS)).map(([d, m]) => `${d}-${m}`),
  fc.tuple(digits(1990, 2030), digits(1, 12), digits(1, 28)).map(([y, m, d]) => `${y}年${m}月${d}日`),
  fc.tuple(digits(1, 12), digits(1, 28)).map(([m, d]) => `${m}月${d}日`),
  fc.tuple(digits(0, 23), digits(10, 59)).map(([h, m]) => `${h}:${m}`),
  fc.tuple(digits(1, 12), digits(10, 59), fc.constantFrom('AM', 'PM', 'am')).map(([h, m, p]) => `${h}:${m} ${p}`),
  fc.tuple(digits(0, 23), digits(10, 59), digits(10, 59)).map(([h, m, s]) => `${h}:${m}:${s}`),
  fc.constantFrom('#N/A', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#n/a'),
  fc.constantFrom('TRUE', 'false', 'True'),
  fc.string({ minLength: 1, maxLength: 8 }).map((s) => `=${s}`),
  fc
    .string({ minLength: 1, maxLength: 8 })
    .filter((s) => !/^\s*[\d.]/.test(s))
    .map((s) => `+${s}`),
  fc
    .string({ minLength: 1, maxLength: 8 })
    .filter((s) => !/^\s*[\d.]/.test(s))
    .map((s) => `-${s}`),
  fc.string({ minLength: 1, maxLength: 8 }).map((s) => `@${s}`),
);
const text = fc.oneof(
  convertible,
  convertible.map((s) => ` ${s} `),
  fc.string({ maxLength: 12 }).filter((s) => s !== ''),
);

function sheet(): FakeWorkbook {
  return FakeWorkbook.fromGrids([
    { name: '附件2', cells: [[{ value: '指标', text: '指标' }]], merges: [], rowCount: 1, colCount: 1 },
  ]);
}

async function write(wb: FakeWorkbook, input: unknown): Promise<void> {
  await wb.Excel.run(async (ctx: unknown) => {
    const c = ctx as Excel.RequestContext;
    c.workbook.worksheets.getItem('附件2').getRange('B2').values = [[input as string]];
    await c.sync();
  });
}

describe('a person’s text written back', () => {
  it('is converted by the host when written as is, as Excel converts typing', async () => {
    await fc.assert(
      fc.asyncProperty(convertible, async (s) => {
        const wb = sheet();
        await write(wb, s);
        const cell = wb.cell('附件2', 'B2');
        expect(cell?.value === s && !cell?.formula && !cell?.error).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('stays exactly that text, whatever its shape, when the revert puts it back', async () => {
    await fc.assert(
      fc.asyncProperty(text, async (s) => {
        const wb = sheet();
        const restore: SnapshotCell[] = [{ sheet: '附件2', address: 'B2', value: s, wrote: 98 }];
        await wb.Excel.run(async (ctx: unknown) => {
          queueRestore(ctx as Excel.RequestContext, restore);
          await (ctx as Excel.RequestContext).sync();
        });
        const cell = wb.cell('附件2', 'B2');
        expect({ value: cell?.value, formula: cell?.formula, error: cell?.error }).toEqual({
          value: s,
          formula: undefined,
          error: undefined,
        });
      }),
      { numRuns: 500 },
    );
  });

  it('is prefixed only where Excel would convert it (plain words stay as they are)', () => {
    expect(toCellInput('经济下行，购房意愿低')).toBe('经济下行，购房意愿低');
    expect(toCellInput('１２３')).toBe("'１２３");
    expect(toCellInput('#N/A')).toBe("'#N/A");
    expect(toCellInput('1 1/4')).toBe("'1 1/4");
  });
});
