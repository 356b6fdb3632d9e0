// Text and numbers from a workbook that must not wreck the report: a 10 MB text cell is quoted in at most ~60
// characters, escape sequences stored as _x001B_ (exceljs decodes them into real ESC bytes) never reach the
// terminal, and numbers of 1e300 and more are never printed as Infinity.

import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { buildSeedWorkbook, fixtureTables } from '../../scripts/fixtures';
import { readWorkbookBuffer } from '../../src/xlsx/read';
import { checkWorkbook } from '../../src/workbook/check';
import { formatTextReport, toFileReport } from '../../src/cli/report';
import { toA1 } from '../../src/workbook/grid';
import { summarize } from '../../src/workbook/summary';
import { zhFormWording } from '../../src/i18n/zh-CN/formWording';

const HUGE = '很长的说明'.repeat(2 * 1024 * 1024); // 10 Mi characters
const ESC = '〔ESC〕[2J〔ESC〕[31m已通过审核〔BEL〕'; // stored as _x001B_ / _x0007_ escapes in the package, as a sheet can hold them

async function hostileSeed(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await buildSeedWorkbook()) as unknown as ArrayBuffer);
  const project = fixtureTables('seed').find((t) => t.kind === 'project')!;
  const ws = wb.getWorksheet(project.sheet)!;
  const m = project.marks;
  const cell = (row: number, col: number) => ws.getCell(toA1(row, col));
  cell(m.indicator0.row, m.indicator0.col - 2).value = HUGE; // 实际完成值 of the first indicator
  cell(m.name.row, m.name.col).value = ESC + '运转经费' + '（' + '说明'.repeat(50_000) + '）'; // 项目名称, printed in the report's table line
  cell(m.indicator2.row, m.indicator2.col - 2).value = 1e300; // an actual of 1e300
  cell(m.indicator3.row, m.indicator3.col - 1).value = 1.7e308; // a weight near the largest double
  cell(m.budgetTotal.row, m.budgetTotal.col + 2).value = 1e300; // 全年执行数
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const sst = await zip.file('xl/sharedStrings.xml')!.async('string');
  zip.file('xl/sharedStrings.xml', sst.replace(/〔ESC〕/g, '_x001B_').replace(/〔BEL〕/g, '_x0007_'));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

let report = '';
let messages: string[] = [];
let json = '';
let summaryNames: string[] = [];
beforeAll(async () => {
  const grids = await readWorkbookBuffer(await hostileSeed(), 'hostile.xlsx');
  const result = checkWorkbook(grids, { wording: zhFormWording });
  messages = result.findings.map((f) => f.message);
  report = formatTextReport(toFileReport('hostile.xlsx', result));
  json = JSON.stringify(toFileReport('hostile.xlsx', result));
  summaryNames = summarize(result, 'hostile.xlsx').map((r) => r.name);
}, 60_000);

it('quotes a 10 MB cell in at most about 60 characters', () => {
  expect(report.length).toBeLessThan(20_000);
  expect(json.length).toBeLessThan(50_000);
  expect(summaryNames.some((n) => n.startsWith('[2J[31m已通过审核运转经费（说明'))).toBe(true);
  for (const n of summaryNames) expect(n.length).toBeLessThanOrEqual(201);
  for (const m of messages) expect(m.length).toBeLessThan(400);
  expect(messages.some((m) => m.includes('很长的说明很长的说明') && m.includes('…'))).toBe(true);
});

it('strips control characters before the terminal report', () => {
  expect(report).toContain('「[2J[31m已通过审核运转经费（说明说明');
  expect(report).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
});

it('never prints Infinity or NaN for numbers of 1e300 and more', () => {
  expect(report).not.toMatch(/Infinity|NaN/);
  for (const m of messages) expect(m).not.toMatch(/Infinity|NaN/);
});
