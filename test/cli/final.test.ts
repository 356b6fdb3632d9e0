// `jixiao check --out DIR --final`: a copy meant for submission (issue 13, 「Ready to hand in」) — the computed values
// written, no highlights, no summary sheet; everything else as the officer left it.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { cli } from '../support/cli';
import { checkWorkbook } from '../../src/workbook/check';
import { readWorkbookBuffer } from '../../src/xlsx/read';
import { buildBlankScores } from '../../scripts/fixtures';
import { zhFormWording } from '../../src/i18n/zh-CN/formWording';

let dir: string;
let input: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-final-'));
  input = path.join(dir, '单位自评表.xlsx');
  fs.writeFileSync(input, await buildBlankScores());
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Each cell's value and fill by 'Sheet!A1'. */
async function cells(
  file: string,
): Promise<{ sheets: string[]; cells: Map<string, { value: unknown; fill: unknown }> }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out = new Map<string, { value: unknown; fill: unknown }>();
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (c) =>
        out.set(`${ws.name}!${c.address}`, {
          value: c.value ?? null,
          fill: JSON.parse(JSON.stringify(c.fill ?? null)),
        }),
      ),
    );
  }
  return { sheets: wb.worksheets.map((w) => w.name), cells: out };
}

it('writes the computed values with no highlight and no summary sheet', async () => {
  const plan = checkWorkbook(await readWorkbookBuffer(fs.readFileSync(input)), { wording: zhFormWording }).plan;
  expect(plan.fills.length).toBeGreaterThan(0); // the plain scored copy would highlight these
  const r = await cli(['check', input, '--out', path.join(dir, 'final'), '--final']);
  expect(r.code).toBeLessThan(2);
  const copy = path.join(dir, 'final', '单位自评表.scored.xlsx');
  const before = await cells(input);
  const after = await cells(copy);
  expect(after.sheets).toEqual(before.sheets);
  for (const w of plan.writes)
    expect({ cell: `${w.sheet}!${w.address}`, value: after.cells.get(`${w.sheet}!${w.address}`)?.value }).toEqual({
      cell: `${w.sheet}!${w.address}`,
      value: w.value,
    });
  const written = new Set(plan.writes.map((w) => `${w.sheet}!${w.address}`));
  for (const [key, cell] of before.cells) {
    expect({ key, fill: after.cells.get(key)?.fill }).toEqual({ key, fill: cell.fill });
    if (!written.has(key)) expect({ key, value: after.cells.get(key)?.value }).toEqual({ key, value: cell.value });
  }
  // the workbook's own parts: no sheet added
  const zip = await JSZip.loadAsync(fs.readFileSync(copy));
  expect(zip.file(/^xl\/worksheets\/sheet\d+\.xml$/)).toHaveLength(before.sheets.length);
});

it('refuses --final without --out, in zh-CN, before checking anything', async () => {
  const r = await cli(['check', input, '--final']);
  expect(r.code).toBe(2);
  expect(r.err).toContain('--final 需要与 --out 一起使用');
  expect(r.out).toBe('');
});

it('explains --final in the help text', async () => {
  const r = await cli(['check', '--help']);
  expect(r.out + r.err).toMatch(/--final\s+.*提交/);
});
