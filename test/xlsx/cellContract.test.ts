// One reading of a cell in the CLI and in Excel: every fixture workbook (every `build…` of scripts/fixtures, and
// samples/yueyang-2023.xlsx) is read by the exceljs adapter and, independently, opened in the in-memory Excel host
// from the same .xlsx bytes (test/support/fakeExcel/fromXlsx.ts parses the package itself) and read through
// src/excel/read.ts. The grids must be identical, and so must the check results.

import * as fs from 'node:fs';
import * as path from 'node:path';
import * as fixtures from '../../scripts/fixtures';
import { readWorkbookBuffer } from '../../src/xlsx/read';
import { checkWorkbook } from '../../src/workbook/check';
import { ExcelSession } from '../../src/excel/session';
import { fakeWorkbookFromXlsx } from '../support/fakeExcel/fromXlsx';
import { zhFormWording } from '../../src/i18n/zh-CN/formWording';

type Builder = () => Promise<Buffer>;

/** Every fixture workbook: each exported builder (with its variants), and the bundled sample. */
function allWorkbooks(): [string, Builder][] {
  const out: [string, Builder][] = [];
  const notWorkbooks = new Set(['buildCorruptFile']);
  for (const [name, fn] of Object.entries(fixtures)) {
    if (!name.startsWith('build') || typeof fn !== 'function' || notWorkbooks.has(name)) continue;
    if (name === 'buildManyProjects') out.push([`${name}(30)`, () => fixtures.buildManyProjects(30)]);
    else if (name === 'buildArchiveBasicGrid') {
      out.push([name, () => fixtures.buildArchiveBasicGrid()]);
      out.push([`${name}(misprint)`, () => fixtures.buildArchiveBasicGrid(true)]);
    } else out.push([name, fn as Builder]);
  }
  const sample = path.join(__dirname, '../../samples/yueyang-2023.xlsx');
  out.push(['samples/yueyang-2023.xlsx', async () => fs.readFileSync(sample)]);
  return out;
}

/** Both readers' grids, each cell with exactly the fields present (JSON drops the undefined ones). */
function plain(grids: unknown): unknown {
  return JSON.parse(JSON.stringify(grids));
}

const workbooks = allWorkbooks();
const matched: string[] = [];

afterAll(() => {
  // The figure for the closing note.
  console.log(
    `cell contract: ${matched.length} of ${workbooks.length} workbooks read identically by exceljs and the Excel host`,
  );
});

describe('the exceljs adapter and Office.js read every fixture the same', () => {
  it('covers every fixture builder and the sample', () => {
    expect(workbooks.length).toBeGreaterThanOrEqual(30);
    expect(workbooks.map(([n]) => n)).toEqual(
      expect.arrayContaining(['buildSeedWorkbook', 'buildCellKinds', 'samples/yueyang-2023.xlsx']),
    );
  });

  it.each(workbooks)('%s: identical grids and identical check results', async (name, build) => {
    const bytes = await build();
    const fromExceljs = await readWorkbookBuffer(bytes, `${name}.xlsx`);
    const host = await fakeWorkbookFromXlsx(bytes);
    const session = new ExcelSession({ host: host.host, firstSyncTimeoutMs: 2000 });
    const fromExcel = await session.readGrids({ fills: true });
    expect(plain(fromExceljs)).toEqual(plain(fromExcel));
    const a = checkWorkbook(fromExceljs, { wording: zhFormWording });
    const b = checkWorkbook(fromExcel, { wording: zhFormWording });
    expect(plain(a.findings)).toEqual(plain(b.findings));
    expect(plain(a.evaluation)).toEqual(plain(b.evaluation));
    expect(plain(a.plan)).toEqual(plain(b.plan));
    matched.push(name);
  });
});
