// The whole pipeline on workbooks typed cell by cell (scripts/fixtures/handmade.ts), not shaped by the fixture
// layout engine: what a finance officer checking each file expects to be told, and nothing more.

import type { TableResult } from '../../src/domain/result';
import type { Finding } from '../../src/domain/types';
import { checkWorkbook, type CheckResult } from '../../src/workbook/check';
import {
  buildArchiveBasicGrid,
  buildEducationProject,
  buildHealthProjects,
  buildResourcesDepartment,
} from '../../scripts/fixtures';
import type { BasicResult } from '../../src/domain/result';
import { loadFixtureGrids } from '../support/grids';
import { facts } from '../support/findingText';
import { zhFormWording } from '../../src/i18n/zh-CN/formWording';

async function check(build: () => Promise<Buffer>): Promise<CheckResult> {
  return checkWorkbook(await loadFixtureGrids(build), { wording: zhFormWording });
}
const where = (f: Finding) => `${f.severity} ${f.code} ${f.sheet}!${f.cell}`;
const scored = (r: CheckResult) => r.evaluation.results.filter((t): t is TableResult => t.kind !== 'basic');

describe('a 附件2 whose budget block lists 按收入性质分 / 按支出性质分 parts as rows of their own', () => {
  let r: CheckResult;
  beforeAll(async () => {
    r = await check(buildResourcesDepartment);
  });

  it('finds 附件1 behind the cover sheet and 附件2 with its split target columns', () => {
    expect(r.tables.map((t) => `${t.kind} ${t.sheet} ${t.name}`)).toEqual([
      'basic 基础数据 某县自然资源局',
      'department 整体自评表 某县自然资源局',
    ]);
    const [dept] = scored(r);
    expect(dept.indicators).toHaveLength(8);
    expect(dept.total).toBe(97.01);
    expect(dept.grade).toBe('优');
  });

  it('groups the part rows under their header rows, so each breakdown adds up to the total on its own', () => {
    const dept = r.tables.find((t) => t.kind === 'department');
    const parts = dept?.kind === 'department' ? dept.budget?.parts : undefined;
    expect(parts?.map((p) => `${p.group} ${p.label}`)).toEqual([
      'income 一般公共预算拨款',
      'income 其他资金',
      'expense 基本支出',
      'expense 项目支出',
    ]);
    expect(r.findings.filter((f) => f.code === 'sum-mismatch')).toEqual([]);
  });

  it('compares 附件2 项目支出 年初预算数 with 附件1 预算数 directly, even though the budget was adjusted', () => {
    const f = r.findings.find((x) => x.code === 'cross-annex-mismatch');
    expect(f).toMatchObject({ severity: 'warning', sheet: '整体自评表', cell: 'D10' });
    expect(facts(f)).toEqual({
      code: 'cross-annex-mismatch',
      params: {
        kind: 'projectVsBasic',
        department: 2300,
        basic: 2650,
        basicCell: '基础数据!D13',
        basicParts: false,
        year: 2023,
        basicColumn: 'budget',
        column: 'initial',
      },
    });
  });

  it('reports exactly the adjusted budget, the cross-annex gap and the missed complaint target', () => {
    expect(r.findings.map(where)).toEqual([
      'info budget-adjusted 整体自评表!E4',
      'warning cross-annex-mismatch 整体自评表!D10',
      'warning indicator-failed 整体自评表!I20',
    ]);
  });

  it('flags a grouped part row that does not add up, naming its group', async () => {
    const grids = await loadFixtureGrids(buildResourcesDepartment);
    const sheet = grids.find((g) => g.name === '整体自评表')!;
    sheet.cells[9][4] = { value: 2600, text: '2600' }; // E10 项目支出 全年预算数 2650 → 2600
    const bad = checkWorkbook(grids, { wording: zhFormWording });
    const f = bad.findings.filter((x) => x.code === 'sum-mismatch');
    expect(f.map(where)).toEqual(['error sum-mismatch 整体自评表!E4']);
    expect(facts(f[0])).toEqual({
      code: 'sum-mismatch',
      params: {
        kind: 'parts',
        what: '年度资金总额',
        column: '全年预算数',
        terms: [
          { label: '按支出性质分：基本支出', amount: 1160 },
          { label: '项目支出', amount: 2600 },
        ],
        total: 3810,
        sum: 3760,
        complete: true,
      },
    });
  });
});

describe('a county education bureau 附件3 with 自评得分, repeated 一级指标 names, a date deadline and a hedged qualitative actual', () => {
  let r: CheckResult;
  beforeAll(async () => {
    r = await check(buildEducationProject);
  });

  it('finds the project with its budget block and eight indicators', () => {
    expect(r.tables.map((t) => `${t.kind} ${t.name}`)).toEqual(['project 农村义务教育学生营养改善计划']);
    const [p] = scored(r);
    expect(p.indicators.map((i) => i.name)).toEqual([
      '受益学生人数',
      '补助标准',
      '食品安全事故',
      '资金拨付时间',
      '人均补助成本',
      '学生营养状况',
      '长效机制',
      '学生及家长满意度',
    ]);
    expect(p.budget).toMatchObject({ fullYear: 540, executed: 512.3, score: 9.49 });
  });

  it('scores the misses a reviewer would point at: 基本健全 against 健全, 88.5% against ≥90%', () => {
    const [p] = scored(r);
    const byName = new Map(p.indicators.map((i) => [i.name, i]));
    expect(byName.get('长效机制')).toMatchObject({ status: 'review', score: 9, band: [9, 12] });
    expect(byName.get('学生及家长满意度')).toMatchObject({ status: 'partial', score: 9.83 });
    expect(byName.get('食品安全事故')).toMatchObject({ status: 'met', score: 10 });
    expect(byName.get('资金拨付时间')).toMatchObject({
      status: 'met',
      score: 5,
      target: { kind: 'deadline' },
      actual: { kind: 'date' },
    });
    expect(r.findings.filter((f) => f.code === 'unparsed-value')).toEqual([]);
    expect(byName.get('人均补助成本')).toMatchObject({ status: 'met', score: 10 });
    expect(r.findings.filter((f) => f.code === 'note-missing').map(where)).toEqual([
      'error note-missing 项目自评表-营养餐!H20',
    ]);
  });

  it('says the recorded 总分 95.32 is not the sum of the rows', () => {
    const f = r.findings.find((x) => x.code === 'total-mismatch');
    expect(f).toMatchObject({ severity: 'error', cell: 'G21' });
  });
});

describe('two health projects on one sheet, with formulas for 执行率, 得分 and 合计', () => {
  let r: CheckResult;
  beforeAll(async () => {
    r = await check(buildHealthProjects);
  });

  it("finds both projects, reading targets written in words and the formulas' saved results", () => {
    expect(scored(r).map((t) => `${t.table.name} ${t.total} ${t.recordedTotal} ${t.grade}`)).toEqual([
      '公共卫生服务补助 98.52 98.52 优',
      '疾病预防控制能力建设 100 100 优',
    ]);
    const [first] = scored(r);
    expect(first.indicators.map((i) => i.status)).toEqual(['met', 'met', 'met', 'partial', 'met']);
    expect(first.budget).toMatchObject({ rate: 0.97, score: 9.7, recordedScore: 9.7 });
  });

  it('reports the missed 知晓率, its missing note, and the budget cut to exactly what was spent', () => {
    expect(r.findings.map(where)).toEqual([
      'warning indicator-failed 2023项目!G10',
      'error note-missing 2023项目!H10',
      'info budget-adjusted 2023项目!D19',
      'warning budget-cut-to-spent 2023项目!D19',
    ]);
  });

  it('writes only the drafted note: no formula cell is in the plan, and no conflicts arise', () => {
    expect(r.plan.writes.map((w) => `${w.kind} ${w.address}`)).toEqual(['note H10']);
    expect(r.plan.conflicts).toEqual([]);
    expect(r.plan.fills.map((f) => f.address)).toContain('G10');
  });
});

describe("an archive's 附件1 as one grid: items down, years across under a two-row header", () => {
  it('reads the staffing in the latest 决算数 column and every 经费 line in every year column', async () => {
    const r = await check(() => buildArchiveBasicGrid());
    expect(r.tables.map((t) => `${t.kind} ${t.sheet} ${t.name} ${t.year}`)).toEqual(['basic 表1 某市档案馆 2023']);
    const basic = r.tables[0];
    if (basic.kind !== 'basic') throw new Error('not 附件1');
    expect(basic.years.map((y) => `${y.year} ${y.kind}`)).toEqual(['2022 final', '2023 budget', '2023 final']);
    expect([basic.staffing.authorized?.address, basic.staffing.actual?.address, basic.staffing.rate?.address]).toEqual([
      'D5',
      'D6',
      'D7',
    ]);
    expect(basic.lines.map((l) => l.key)).toEqual([
      'sanGong',
      'car',
      'carPurchase',
      'carRunning',
      'abroad',
      'reception',
      'project',
      'publicFunds',
      'procurement',
    ]);
    const result = r.evaluation.results[0] as BasicResult;
    expect(result.staffingRate).toBeCloseTo(32 / 34, 12);
    // everything adds up; only 政府采购 overran its budget
    expect(r.findings.map(where)).toEqual(['warning overrun 表1!D16']);
  });

  it('catches a 三公经费 that no longer adds up and a misprinted 控制率, naming their cells', async () => {
    const r = await check(() => buildArchiveBasicGrid(true));
    const codes = r.findings.filter((f) => f.severity !== 'info').map(where);
    expect(codes).toContain('error staffing-rate-mismatch 表1!D7');
    expect(codes).toContain('error sum-mismatch 表1!D8');
  });
});
