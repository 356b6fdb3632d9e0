// Checking a scored copy again (issue 9 §2): check → --out copy → check the copy → --out again → check. Every pass
// gives the first pass's findings (apart from findings at cells the first copy filled in), adds no sheet and changes
// no cell: the copy's own 「自评结果汇总」 sheet is not read as annex titles.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { cli } from '../support/cli';
import { scoredCopyPath } from '../../src/cli/outputs';
import type { FileReport } from '../../src/cli/report';
import { readWorkbookFile } from '../../src/xlsx/read';
import type { SheetGrid } from '../../src/workbook/grid';
import { toA1 } from '../../src/workbook/grid';
import { buildBlankScores, buildSeedWorkbook, buildStackedOneSheet } from '../../scripts/fixtures';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-recheck-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function checkJson(file: string, out: string): Promise<FileReport> {
  const [report] = JSON.parse((await cli(['check', file, '--json', '--out', out])).out) as FileReport[];
  expect(report.error).toBeUndefined();
  return report;
}

/** Every non-empty cell as 'Sheet!A1' → value, formula and fill (without the fill when `fills` is false). */
function cells(grids: SheetGrid[], only?: (sheet: string) => boolean, fills = true): Map<string, string> {
  const out = new Map<string, string>();
  for (const g of grids) {
    if (only && !only(g.name)) continue;
    g.cells.forEach((row, r) =>
      row?.forEach((c, col) => {
        const fill = fills ? (c?.fill ?? null) : null;
        if (!c || (c.value === null && !c.formula && !fill)) return;
        out.set(`${g.name}!${toA1(r, col)}`, JSON.stringify([c.value, c.formula ?? null, fill]));
      }),
    );
  }
  return out;
}

const findingKeys = (r: FileReport) => r.findings.map((f) => `${f.severity} ${f.code} ${f.sheet}!${f.cell}`);

interface Passes {
  reports: FileReport[];
  /** grids of the input, then of each copy */
  grids: SheetGrid[][];
}

async function threePasses(name: string, bytes: Buffer): Promise<Passes> {
  const input = path.join(dir, name);
  fs.writeFileSync(input, bytes);
  const reports: FileReport[] = [];
  const grids: SheetGrid[][] = [await readWorkbookFile(input)];
  let file = input;
  for (let pass = 1; pass <= 3; pass++) {
    const out = path.join(dir, `${path.basename(name, '.xlsx')}-pass${pass}`);
    reports.push(await checkJson(file, out));
    file = scoredCopyPath(file, out);
    grids.push(await readWorkbookFile(file));
  }
  return { reports, grids };
}

const inputs: [string, () => Promise<Buffer>][] = [
  ['yueyang-2023.xlsx', async () => fs.readFileSync(path.join(__dirname, '../../samples/yueyang-2023.xlsx'))],
  ['blank-scores.xlsx', buildBlankScores],
  ['stacked-one-sheet.xlsx', buildStackedOneSheet],
];

describe.each(inputs)('re-checking the scored copies of %s', (name, build) => {
  let p: Passes;
  beforeAll(async () => {
    p = await threePasses(name, await build());
  });

  it('gives the first pass’s findings on the second and third pass, apart from cells the copy filled in', () => {
    // cells whose value the first copy wrote (highlights do not count: a highlighted cell says the same)
    const original = cells(p.grids[0], undefined, false);
    const copy = cells(p.grids[1], undefined, false);
    const filled = new Set([...copy.keys()].filter((k) => original.get(k) !== copy.get(k)));
    const cellOf = (k: string) => k.slice(k.lastIndexOf(' ') + 1);
    const [first, second, third] = p.reports.map(findingKeys);
    expect(second.filter((k) => !first.includes(k))).toEqual([]); // nothing new
    const gone = first.filter((k) => !second.includes(k));
    expect(gone.filter((k) => !filled.has(cellOf(k)))).toEqual([]); // only answered by a filled cell
    expect(third).toEqual(second);
    expect(p.reports[1].findings.filter((f) => f.sheet.startsWith('自评结果汇总'))).toEqual([]);
  });

  it('finds the same tables with the same scores on every pass', () => {
    const scores = (r: FileReport) => r.tables.map((t) => [t.kind, t.sheet, t.range, t.total, t.grade]);
    expect(scores(p.reports[1])).toEqual(scores(p.reports[0]));
    expect(scores(p.reports[2])).toEqual(scores(p.reports[0]));
  });

  it('adds no sheet and changes no cell after the first copy', () => {
    const names = p.grids.map((g) => g.map((s) => s.name));
    expect(names[1]).toEqual([...names[0], '自评结果汇总']);
    expect(names[2]).toEqual(names[1]);
    expect(names[3]).toEqual(names[1]);
    const annexes = (s: string) => s !== '自评结果汇总';
    expect(cells(p.grids[2], annexes)).toEqual(cells(p.grids[1], annexes));
    expect(cells(p.grids[3])).toEqual(cells(p.grids[2]));
  });
});

describe('a person’s own sheet named 自评结果汇总 holding an annex', () => {
  let p: Passes;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildSeedWorkbook()) as unknown as ArrayBuffer);
    wb.getWorksheet('附件3')!.name = '自评结果汇总';
    p = await threePasses('named-like-summary.xlsx', Buffer.from(await wb.xlsx.writeBuffer()));
  });

  it('is checked on every pass, while the tool’s summary beside it (自评结果汇总(2)) is not', () => {
    for (const r of p.reports) {
      expect(r.tables.filter((t) => t.sheet === '自评结果汇总').map((t) => t.kind)).toEqual(['project']);
      expect(r.findings.filter((f) => f.sheet === '自评结果汇总(2)')).toEqual([]);
    }
  });

  it('keeps one summary sheet, 自评结果汇总(2), replaced in place on each pass', () => {
    const names = p.grids.map((g) => g.map((s) => s.name));
    expect(names[1]).toEqual(['附件1', '附件2', '自评结果汇总', '自评结果汇总(2)']);
    expect(names[2]).toEqual(names[1]);
    expect(names[3]).toEqual(names[1]);
    expect(cells(p.grids[3])).toEqual(cells(p.grids[2]));
  });
});
