// The bureau's summary workbook as a reviewer opens it: a bold, frozen, filterable header, 执行率 as a
// percentage, each row linking to its file and table, errors in red, unreadable files first.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { writeSummaryWorkbook, SUMMARY_SHEET } from '../../src/xlsx/summaryWorkbook';
import { SUMMARY_HEADER, type SummaryRow } from '../../src/workbook/summary';

let dir: string;
let ws: ExcelJS.Worksheet;

const table = (over: Partial<SummaryRow>): SummaryRow => ({
  file: '',
  sheet: '附件3',
  range: 'A2:I30',
  anchor: 'A2',
  kind: 'project',
  name: '运转经费',
  rate: 1,
  total: 98,
  recordedTotal: 98,
  grade: '优',
  failed: 1,
  review: 0,
  errors: 0,
  warnings: 2,
  ...over,
});

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-summary-'));
  const src = path.join(dir, '各部门');
  const rows: SummaryRow[] = [
    table({ file: path.join(src, '01-公积金中心.xlsx') }),
    table({
      file: path.join(src, '02-教育局.xlsx'),
      sheet: "项目 '甲'",
      name: '校舍维修',
      rate: 0.7622,
      total: 71.5,
      errors: 3,
    }),
    table({
      file: path.join(src, '03-损坏.xlsx'),
      error: '03-损坏.xlsx 不是有效的 .xlsx 工作簿',
      name: '',
      rate: null,
      total: null,
      recordedTotal: null,
      grade: null,
    }),
  ];
  const out = path.join(dir, '报告', '汇总.xlsx');
  await writeSummaryWorkbook(rows, out);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  ws = wb.getWorksheet(SUMMARY_SHEET)!;
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it('has a bold header frozen above a filter over every column', () => {
  expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(SUMMARY_HEADER);
  expect(ws.getCell('A1').font?.bold).toBe(true);
  expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  expect(ws.autoFilter).toEqual('A1:M1');
});

it('lists the unreadable file first, then tables by errors', () => {
  const files = [2, 3, 4].map((r) => (ws.getCell(r, 1).value as ExcelJS.CellHyperlinkValue).text);
  expect(files.map((f) => path.basename(f))).toEqual(['03-损坏.xlsx', '02-教育局.xlsx', '01-公积金中心.xlsx']);
  expect(ws.getCell('M2').value).toContain('不是有效的');
  expect(ws.getCell('M2').font?.color?.argb).toBe('FFC00000');
});

it('links each table to its sheet and cell in the source file, relative to the summary', () => {
  const edu = ws.getCell('A3').value as ExcelJS.CellHyperlinkValue;
  expect(edu.hyperlink).toBe("../各部门/02-教育局.xlsx#'项目 ''甲'''!A2");
  expect(ws.getCell('A3').font?.underline).toBe(true);
  const broken = ws.getCell('A2').value as ExcelJS.CellHyperlinkValue;
  expect(broken.hyperlink).toBe('../各部门/03-损坏.xlsx');
});

it('shows 执行率 as a percentage and marks a table with errors in red', () => {
  expect(ws.getCell('E3').value).toBe(0.7622);
  expect(ws.getCell('E3').numFmt).toBe('0.00%');
  expect(ws.getCell('K3').value).toBe(3);
  expect(ws.getCell('K3').font?.color?.argb).toBe('FFC00000');
  expect(ws.getCell('K4').font?.color?.argb).toBeUndefined();
});
