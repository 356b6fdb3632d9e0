// A finance bureau's batch check: a folder of departments' workbooks, including a corrupt file and a
// workbook with no annex, summarised into one workbook and a self-contained HTML report.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { run } from '../../src/cli/main';
import { scoredCopyPath } from '../../src/cli/outputs';
import { SUMMARY_HEADER } from '../../src/workbook/summary';
import {
  buildCorruptFile,
  buildMovedTables,
  buildNonAnnexWorkbook,
  buildSeedWorkbook,
  buildWrongScores,
} from '../../scripts/fixtures';

let dir: string;
let folder: string;
let code: number;
let err = '';
let summaryRows: (string | number | null)[][];
let html: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-batch-'));
  folder = path.join(dir, '各部门');
  fs.mkdirSync(path.join(folder, '二季度'), { recursive: true });
  fs.writeFileSync(path.join(folder, '01-住房公积金中心.xlsx'), await buildSeedWorkbook());
  fs.writeFileSync(path.join(folder, '02-挪动位置.xlsx'), await buildMovedTables());
  fs.writeFileSync(path.join(folder, '二季度', '03-错误得分.xlsx'), await buildWrongScores());
  fs.writeFileSync(path.join(folder, '04-损坏.xlsx'), buildCorruptFile());
  fs.writeFileSync(path.join(folder, '05-普通预算表.xlsx'), await buildNonAnnexWorkbook());
  const summary = path.join(dir, 'report.xlsx');
  const htmlPath = path.join(dir, 'report.html');
  code = await run(['check', folder, '--summary', summary, '--html', htmlPath], {
    out: () => undefined,
    err: (s) => (err += s),
  });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(summary);
  const ws = wb.getWorksheet('自评结果汇总')!;
  summaryRows = [];
  ws.eachRow((row) => {
    const values = (row.values as ExcelJS.CellValue[])
      .slice(1)
      .map((v) =>
        v && typeof v === 'object' && 'text' in v
          ? String((v as { text: unknown }).text)
          : (v as string | number | null),
      );
    summaryRows.push(values);
  });
  html = fs.readFileSync(htmlPath, 'utf8');
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it('shows progress for every file on stderr', () => {
  for (const n of ['01-住房公积金中心', '02-挪动位置', '03-错误得分', '04-损坏', '05-普通预算表'])
    expect(err).toContain(n);
  expect(err).toMatch(/\[5\/5\]/);
});

it('exits 2 because one file could not be read, without stopping the batch', () => {
  expect(code).toBe(2);
});

it('writes a row per table, with the corrupt file as a row giving its reason', () => {
  expect(summaryRows[0]).toEqual(SUMMARY_HEADER);
  const body = summaryRows.slice(1);
  const corrupt = body.filter((r) => String(r[0]).includes('04-损坏'));
  expect(corrupt).toHaveLength(1);
  expect(String(corrupt[0][12])).toContain('04-损坏.xlsx');
  const seedRows = body.filter((r) => String(r[0]).includes('01-住房公积金中心'));
  expect(seedRows).toHaveLength(3);
  const project = seedRows.find((r) => String(r[1]).startsWith('附件3'))!;
  expect(project[5]).toBe(98);
  expect(project[7]).toBe('优');
  const plain = body.filter((r) => String(r[0]).includes('05-普通预算表'));
  expect(plain).toHaveLength(1);
  expect(String(plain[0][12])).toContain('未找到');
});

it('sorts unreadable files first, then tables by errors', () => {
  const body = summaryRows.slice(1);
  expect(String(body[0][0])).toMatch(/04-损坏|05-普通预算表/);
  const tables = body.filter((r) => r[10] !== null && r[10] !== undefined && r[10] !== '');
  const errors = tables.map((r) => Number(r[10]));
  expect(errors).toEqual([...errors].sort((a, b) => b - a));
});

it('writes a self-contained HTML report with a chart and the findings', () => {
  expect(html).toContain('<svg');
  expect(html).toContain('住房公积金中心');
  expect(html).toMatch(/个贷率/);
  expect(html).not.toMatch(/<script|<link|src=|@import|url\(/i);
});

it('charts the scores by department: each workbook’s heading, its 部门整体 total, then its projects', () => {
  const svg = html.slice(html.indexOf('<svg'), html.indexOf('</svg>'));
  const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
  // three of the folder's workbooks are the seed department's: each heading names its file
  const seed = '岳阳市住房公积金管理中心（01-住房公积金中心.xlsx）';
  const at = texts.indexOf(seed);
  expect(at).toBeGreaterThanOrEqual(0);
  expect(texts.filter((t) => t.startsWith('岳阳市住房公积金管理中心（'))).toHaveLength(3);
  expect(texts.slice(at + 1, at + 5)).toEqual(['部门整体', '98 优', '运转经费', '98 优']);
  expect(svg).toContain(`<title>${seed} · 附件3 项目支出绩效自评表「运转经费」：98 分（优）</title>`);
});

it('adds a 自评结果汇总 sheet to each scored copy', async () => {
  const out = path.join(dir, 'out');
  const seed = path.join(folder, '01-住房公积金中心.xlsx');
  await run(['check', seed, '--out', out], { out: () => undefined, err: () => undefined });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(scoredCopyPath(seed, out));
  const ws = wb.getWorksheet('自评结果汇总');
  expect(ws).toBeDefined();
  expect(ws!.rowCount).toBe(4);
});
