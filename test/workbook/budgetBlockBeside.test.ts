// A 附件3 whose 项目资金（万元） block stands to the right of the indicator table (K:Q) instead of above its
// header, with its 实施单位 written just right of the indicator columns (J3): the block and the unit are the
// table's own, read like a block above the header, while a project standing further right keeps its own block.

import ExcelJS from 'exceljs';
import type { TableResult } from '../../src/domain/result';
import type { ScoredTable } from '../../src/domain/model';
import type { Finding } from '../../src/domain/types';
import { checkWorkbook, type CheckResult } from '../../src/workbook/check';
import { readWorkbookBuffer } from '../../src/xlsx/read';
import { zhFormWording } from '../../src/i18n/zh-CN/formWording';

type Value = string | number;
type Put = (row: number, col: number, value: Value, numFmt?: string) => void;

const SHEET = '附件3 项目自评表';
const INDICATORS: [string, string, string, string, string, number][] = [
  ['产出指标', '数量指标', '接收进馆档案', '≥3000卷', '3250卷', 30],
  ['产出指标', '质量指标', '数字化成果合格率', '≥98%', '99.2%', 20],
  ['效益指标', '可持续影响指标', '档案安全保管长效机制', '有效实现', '有效实现', 20],
  ['满意度指标', '服务对象满意度指标', '查档群众满意度', '≥90%', '96%', 20],
];

interface Project {
  name: string;
  unit: string;
  total: [number, number, number];
  rate: number;
  score: number;
  parts: [string, [number, number, number]][];
}

const OWN: Project = {
  name: '档案业务工作经费',
  unit: '湘潭市档案馆',
  total: [210, 210, 205],
  rate: 0.9762,
  score: 9.76,
  parts: [
    ['其中：当年财政拨款', [200, 200, 195]],
    ['上年结余', [10, 10, 10]],
    ['其他资金', [0, 0, 0]],
  ],
};

const NEIGHBOUR: Project = {
  name: '档案馆运行维护经费',
  unit: '湘潭市档案馆',
  total: [100, 110, 105],
  rate: 0.9545,
  score: 9.55,
  parts: [
    ['其中：当年财政拨款', [100, 110, 105]],
    ['上年结余', [0, 0, 0]],
    ['其他资金', [0, 0, 0]],
  ],
};

function writer(ws: ExcelJS.Worksheet): Put {
  return (row, col, value, numFmt) => {
    const cell = ws.getCell(row, col);
    cell.value = value;
    if (numFmt) cell.numFmt = numFmt;
  };
}

/** The indicator header at (row, c0): 绩效指标 merged down c0, 一级指标 … 偏差原因 in c0+1 … c0+8; the 总分 row. Returns the 总分 row. */
function indicatorTable(ws: ExcelJS.Worksheet, put: Put, row: number, c0: number, p: Project): number {
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'].forEach(
    (h, i) => put(row, c0 + 1 + i, h),
  );
  INDICATORS.forEach(([l1, l2, name, target, actual, weight], k) => {
    const r = row + 1 + k;
    [l1, l2, name, target, actual, weight, weight].forEach((v, i) => put(r, c0 + 1 + i, v));
  });
  put(row, c0, '绩效指标');
  ws.mergeCells(row, c0, row + INDICATORS.length, c0);
  const totalRow = row + INDICATORS.length + 1;
  put(totalRow, c0, '总分');
  ws.mergeCells(totalRow, c0, totalRow, c0 + 5);
  put(totalRow, c0 + 6, 100);
  put(totalRow, c0 + 7, 90 + p.score);
  return totalRow;
}

/** The 资金来源 … 得分 header at (row, c0), the 年度资金总额 row and the 其中 rows under it. */
function budgetBlock(put: Put, row: number, c0: number, p: Project, fullYearOfPart2?: number): void {
  ['资金来源', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'].forEach((h, i) =>
    put(row, c0 + i, h),
  );
  put(row + 1, c0, '年度资金总额');
  p.total.forEach((v, i) => put(row + 1, c0 + 1 + i, v));
  put(row + 1, c0 + 4, 10);
  put(row + 1, c0 + 5, p.rate, '0.00%');
  put(row + 1, c0 + 6, p.score);
  p.parts.forEach(([label, amounts], k) => {
    put(row + 2 + k, c0, label);
    amounts.forEach((v, i) =>
      put(row + 2 + k, c0 + 1 + i, k === 1 && i === 1 && fullYearOfPart2 !== undefined ? fullYearOfPart2 : v),
    );
  });
}

/**
 * 附件3 at A1: the indicator table in A:I, its budget block in K:Q on the rows of 年度总体目标 and the first
 * indicator rows (header K5, 年度资金总额 row 6 beside the indicator header), 实施单位 in I3 with its value in J3.
 */
function projectWithBlockBeside(ws: ExcelJS.Worksheet, put: Put, fullYearOfPart2?: number): void {
  put(1, 1, '2023年度项目支出绩效自评表');
  ws.mergeCells(1, 1, 1, 17);
  put(3, 1, '项目名称');
  put(3, 2, OWN.name);
  ws.mergeCells(3, 2, 3, 5);
  put(3, 6, '主管部门');
  put(3, 7, '湘潭市人民政府办公室');
  put(3, 9, '实施单位');
  put(3, 10, OWN.unit);
  ws.mergeCells(3, 10, 3, 12);
  put(3, 16, '单位：万元');
  put(4, 1, '年度总体目标');
  put(4, 2, '预期目标');
  ws.mergeCells(4, 2, 4, 5);
  put(4, 6, '实际完成情况');
  ws.mergeCells(4, 6, 4, 9);
  put(5, 2, '做好档案接收、保管、利用和数字化工作。');
  ws.mergeCells(5, 2, 5, 5);
  put(5, 6, '已完成年度档案接收、数字化及利用服务任务。');
  ws.mergeCells(5, 6, 5, 9);
  ws.mergeCells(4, 1, 5, 1);
  put(4, 11, '项目资金（万元）');
  ws.mergeCells(4, 11, 4, 17);
  budgetBlock(put, 5, 11, OWN, fullYearOfPart2);
  indicatorTable(ws, put, 6, 1, OWN);
}

/** 附件3 at S1 in the usual order, budget block above the indicator header, its rows starting two rows higher. */
function projectFurtherRight(ws: ExcelJS.Worksheet, put: Put): void {
  const c0 = 19;
  put(1, c0, '2023年度项目支出绩效自评表');
  ws.mergeCells(1, c0, 1, c0 + 8);
  put(2, c0, '项目名称');
  put(2, c0 + 1, NEIGHBOUR.name);
  ws.mergeCells(2, c0 + 1, 2, c0 + 8);
  budgetBlock(put, 3, c0 + 1, NEIGHBOUR);
  put(3, c0, '项目资金（万元）');
  ws.mergeCells(3, c0, 7, c0);
  indicatorTable(ws, put, 8, c0, NEIGHBOUR);
}

async function check(build: (ws: ExcelJS.Worksheet, put: Put) => void): Promise<CheckResult> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  build(ws, writer(ws));
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  return checkWorkbook(await readWorkbookBuffer(buffer, 'budget-beside.xlsx'), { wording: zhFormWording });
}

const where = (f: Finding) => `${f.severity} ${f.code} ${f.sheet}!${f.cell}`;
const scored = (r: CheckResult) => r.evaluation.results.filter((t): t is TableResult => t.kind !== 'basic');
const ownTable = (r: CheckResult) =>
  r.tables.find((t): t is ScoredTable => t.kind === 'project' && t.name === OWN.name)!;

describe('a 附件3 whose 项目资金 block stands to the right of its indicator table', () => {
  let r: CheckResult;
  beforeAll(async () => {
    r = await check(projectWithBlockBeside);
  });

  it('reads the block in K:Q: the 年度资金总额 row beside the indicator header and its three 其中 rows', () => {
    const budget = ownTable(r).budget;
    expect(budget?.total).toMatchObject({ label: '年度资金总额', row: 5 });
    expect([budget?.total.initial?.address, budget?.total.fullYear?.address, budget?.total.executed?.address]).toEqual([
      'L6',
      'M6',
      'N6',
    ]);
    expect([budget?.weight?.address, budget?.rate?.address, budget?.score?.address]).toEqual(['O6', 'P6', 'Q6']);
    expect(budget?.parts.map((p) => `${p.label} ${p.fullYear?.address}`)).toEqual([
      '当年财政拨款 M7',
      '上年结余 M8',
      '其他资金 M9',
    ]);
  });

  it('scores 执行率 205 ÷ 210 as 9.76, so the total 99.76 agrees with the recorded one and nothing is flagged', () => {
    const [p] = scored(r);
    expect(p.budget).toMatchObject({ fullYear: 210, executed: 205, score: 9.76 });
    expect([p.total, p.recordedTotal]).toEqual([99.76, 99.76]);
    expect(r.findings.filter((f) => f.severity !== 'info').map(where)).toEqual([]);
  });

  it('reads the 实施单位 written in J3, right of the indicator columns', () => {
    expect(ownTable(r).department).toBe(OWN.unit);
  });

  it('flags 上年结余 全年预算数 15 as the one sum-mismatch, at the 年度资金总额 cell M6', async () => {
    const bad = await check((ws, put) => projectWithBlockBeside(ws, put, 15));
    expect(bad.findings.filter((f) => f.severity === 'error').map(where)).toEqual([`error sum-mismatch ${SHEET}!M6`]);
  });
});

describe('a 附件3 with its block beside it and another project further right whose rows start higher', () => {
  let r: CheckResult;
  beforeAll(async () => {
    r = await check((ws, put) => {
      projectWithBlockBeside(ws, put);
      projectFurtherRight(ws, put);
    });
  });

  it('reads each project with its own block: K:Q for the first, the block above the header for the second', () => {
    const projects = r.tables.filter((t): t is ScoredTable => t.kind === 'project');
    expect(projects.map((t) => [t.id, t.name, t.budget?.total.fullYear?.address])).toEqual([
      [`${SHEET}!A1`, OWN.name, 'M6'],
      [`${SHEET}!S1`, NEIGHBOUR.name, 'V4'],
    ]);
    expect(scored(r).map((p) => [p.total, p.recordedTotal])).toEqual([
      [99.76, 99.76],
      [99.55, 99.55],
    ]);
    expect(r.findings.filter((f) => f.severity !== 'info').map(where)).toEqual([]);
  });
});
