// 附件1 基础数据表 whose 经费控制情况 heads its year columns on two rows — '2022年' / '2023年' each merged over
// '预算数 | 决算数' — typed cell by cell with exceljs and read through the real adapter: the years and every 经费
// line must be read, and the 三公经费 sums checked, as for a one-row header.

import ExcelJS from 'exceljs';
import type { BasicData } from '../../src/domain/model';
import type { Finding } from '../../src/domain/types';
import { checkWorkbook, type CheckResult } from '../../src/workbook/check';
import { readWorkbookBuffer } from '../../src/xlsx/read';
import { facts } from '../support/findingText';
import { zhFormWording } from '../../src/i18n/zh-CN/formWording';

type Value = string | number | null;

// label, 2022预算, 2022决算, 2023预算, 2023决算 — every relation agrees
const LINES: [string, Value, Value, Value, Value][] = [
  ['三公经费', 14, 12.5, 15, 13.2],
  ['1、公务用车购置和维护经费', 9, 8, 10, 9],
  ['   其中：公车购置', 0, 0, 0, 0],
  ['         公车运行维护', 9, 8, 10, 9],
  ['2、出国（境）经费', 0, 0, 0, 0],
  ['3、公务接待费', 5, 4.5, 5, 4.2],
  ['项目支出', 310, 300, 320, 310],
  ['  1、业务工作经费', 205, 200, 210, 205],
  ['  2、运行维护经费', 105, 100, 110, 105],
  ['公用经费', 62, 60, 65, 62],
  ['  其中：办公经费', 21, 20, 22, 21],
  ['        水费、电费、差旅费', 25, 25, 26, 25],
  ['        会议费、培训费', 16, 15, 17, 16],
  ['政府采购金额', 70, 65, 80, 75],
];

/** The table at B2; the money lines start at row 9 (三公经费 2023年决算数 is F9). `sanGongFinal` overrides F9. */
async function twoRowYearsWorkbook(sanGongFinal?: number, moneyLabel = '经费控制情况（万元）'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('附件1 基础数据表');
  const put = (address: string, value: Value) => {
    ws.getCell(address).value = value;
  };
  put('B2', '附件1');
  ws.mergeCells('B3:F3');
  put('B3', '2023年度部门整体支出绩效评价基础数据表');
  ws.mergeCells('B4:D4');
  put('B4', '部门名称：某市档案馆');
  put('F4', '金额单位：万元');
  ws.mergeCells('B5:B6');
  put('B5', '财政供养人员情况（人）');
  put('C5', '编制数');
  put('D5', '2023年实际在职人数');
  ws.mergeCells('E5:F5');
  put('E5', '控制率');
  put('C6', 40);
  put('D6', 38);
  ws.mergeCells('E6:F6');
  put('E6', '95.00%');
  ws.mergeCells('B7:B8');
  put('B7', moneyLabel);
  ws.mergeCells('C7:D7');
  put('C7', '2022年');
  ws.mergeCells('E7:F7');
  put('E7', '2023年');
  ['C8', 'D8', 'E8', 'F8'].forEach((a, i) => put(a, i % 2 === 0 ? '预算数' : '决算数'));
  LINES.forEach(([label, ...values], i) => {
    const row = 9 + i;
    put(`B${row}`, label);
    values.forEach((v, j) => put(`${'CDEF'[j]}${row}`, v));
  });
  if (sanGongFinal !== undefined) put('F9', sanGongFinal);
  const end = 9 + LINES.length;
  put(`B${end}`, '厉行节约保障措施');
  ws.mergeCells(`C${end}:F${end}`);
  put(`C${end}`, '严控三公经费，推行无纸化办公。');
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function check(sanGongFinal?: number, moneyLabel?: string): Promise<CheckResult> {
  return checkWorkbook(
    await readWorkbookBuffer(await twoRowYearsWorkbook(sanGongFinal, moneyLabel), 'two-row-years.xlsx'),
    { wording: zhFormWording },
  );
}

const basicOf = (r: CheckResult): BasicData => {
  const t = r.tables.find((x): x is BasicData => x.kind === 'basic');
  if (!t) throw new Error('no 附件1 found');
  return t;
};
const where = (f: Finding) => `${f.severity} ${f.code} ${f.sheet}!${f.cell}`;

describe('附件1 经费控制情况 with its year headers on two rows (2022年 / 2023年 over 预算数 | 决算数)', () => {
  let agree: CheckResult;
  beforeAll(async () => {
    agree = await check();
  });

  it('reads four year columns: 2022 and 2023, each 预算数 then 决算数', () => {
    expect(basicOf(agree).years).toEqual([
      { col: 2, label: '2022年预算数', year: 2022, kind: 'budget' },
      { col: 3, label: '2022年决算数', year: 2022, kind: 'final' },
      { col: 4, label: '2023年预算数', year: 2023, kind: 'budget' },
      { col: 5, label: '2023年决算数', year: 2023, kind: 'final' },
    ]);
  });

  it('reads every 经费 line below the sub-header row, with its values in all four columns', () => {
    const basic = basicOf(agree);
    expect(basic.lines.map((l) => l.key)).toEqual([
      'sanGong',
      'car',
      'carPurchase',
      'carRunning',
      'abroad',
      'reception',
      'project',
      'projectBusiness',
      'projectOperation',
      'publicFunds',
      'office',
      'utilitiesTravel',
      'meetingTraining',
      'procurement',
    ]);
    const values = (key: string) =>
      basic.lines.find((l) => l.key === key)?.values.map((s) => `${s?.address}=${String(s?.cell.value)}`);
    expect(values('sanGong')).toEqual(['C9=14', 'D9=12.5', 'E9=15', 'F9=13.2']);
    expect(values('reception')).toEqual(['C14=5', 'D14=4.5', 'E14=5', 'F14=4.2']);
    expect(values('procurement')).toEqual(['C22=70', 'D22=65', 'E22=80', 'F22=75']);
    expect(basic.year).toBe(2023);
    expect(basic.staffing.authorized?.cell.value).toBe(40);
  });

  it('reads the unit of the 经费 lines from their label: 元 marked, 万元 (the default) not', async () => {
    expect(basicOf(agree).unit).toBeUndefined();
    expect(basicOf(await check(undefined, '经费控制情况（元）')).unit).toBe('元');
  });

  it('reads the department from 部门名称：… and keeps its cell, where a name mismatch would point', () => {
    expect(basicOf(agree)).toMatchObject({ name: '某市档案馆', nameCell: 'B4' });
  });

  it('checks the lines it read and finds nothing when every one adds up', () => {
    // not vacuous: 三公经费 and its parts were read in the 2023年决算数 column, so the sum was checked
    const lines = basicOf(agree).lines.filter((l) => ['sanGong', 'car', 'abroad', 'reception'].includes(l.key));
    expect(lines.map((l) => l.values[3]?.address)).toEqual(['F9', 'F10', 'F13', 'F14']);
    expect(agree.findings.map(where)).toEqual([]);
  });

  it('flags a 三公经费 2023年决算数 that is not the sum of its parts, once, at F9', async () => {
    const broken = await check(14.2);
    expect(broken.findings.map(where)).toEqual(['error sum-mismatch 附件1 基础数据表!F9']);
    expect(facts(broken.findings[0])).toEqual({
      code: 'sum-mismatch',
      params: {
        kind: 'parts',
        what: '三公经费',
        column: '2023年决算数',
        terms: [
          { label: '公务用车购置和维护经费', amount: 9 },
          { label: '出国经费', amount: 0 },
          { label: '公务接待', amount: 4.2 },
        ],
        total: 14.2,
        sum: 13.2,
        complete: true,
      },
    });
  });
});
