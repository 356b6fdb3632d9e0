// The whole pipeline (exceljs read → locate → evaluate → consistency → plan) on workbooks the locator was not
// written against: the national template, provincial forms, tables side by side, numbers typed as full-width
// text, a 部门整体 table, a bare grid under a report, merged names, hidden helper sheets, repeated headers and a
// submission with 填报说明 and 汇总表 sheets. Each test says what a finance officer checking the file expects.

import ExcelJS from 'exceljs';
import type { BasicData, ScoredTable } from '../../src/domain/model';
import type { TableResult } from '../../src/domain/result';
import type { Finding } from '../../src/domain/types';
import { checkWorkbook, type CheckResult } from '../../src/workbook/check';
import { gridFromRows } from '../../src/workbook/grid';
import {
  buildDepartmentIndicators,
  buildDepartmentWorkbook,
  buildGradeRow,
  buildGridOnly,
  buildHiddenHelperSheets,
  buildHubeiTwentyPoints,
  buildMergedNames,
  buildNationalTemplate,
  buildPageBreakHeader,
  buildSideBySideProjects,
  buildSubmissionWithNotes,
  buildTextNumbers,
  buildTwoRowHeader,
  buildWeightColumns,
  buildWordConverted,
  GRID_ONLY_TOP,
  HELPER_SHEET,
  placedTables,
  UNSEEN_SPECS,
  type PlacedTable,
  type WorkbookSpec,
} from '../../scripts/fixtures';
import { loadFixtureGrids } from '../support/grids';
import { facts } from '../support/findingText';
import { zhFormWording } from '../../src/i18n/zh-CN/formWording';

interface Run {
  check: CheckResult;
  /** Scored tables in sheet order with their evaluation. */
  scored: TableResult[];
  placed: PlacedTable[];
}

async function run(build: () => Promise<Buffer>, spec: () => WorkbookSpec, profile?: string): Promise<Run> {
  const check = checkWorkbook(await loadFixtureGrids(build), { profile, wording: zhFormWording });
  const scored = check.evaluation.results.filter((r): r is TableResult => r.kind !== 'basic');
  return { check, scored, placed: placedTables(spec()) };
}

const where = (f: Finding) => `${f.code} ${f.sheet}!${f.cell}`;
const bySeverity = (r: Run, s: Finding['severity']) => r.check.findings.filter((f) => f.severity === s).map(where);
const errors = (r: Run) => bySeverity(r, 'error');
const warnings = (r: Run) => bySeverity(r, 'warning');
const infos = (r: Run) => bySeverity(r, 'info');
/** Sheet!address of a landmark the fixture marked ('indicator3' is the 得分 cell of the fourth indicator row). */
const mark = (p: PlacedTable, name: string) => `${p.sheet}!${p.marks[name].address}`;
const scoreCells = (t: TableResult) => t.indicators.map((i) => `${t.table.sheet}!${i.cell}`);

// ------------------------------------------------------------------------------------------------------------

describe('the national 财预〔2020〕10号 项目支出绩效自评表 template, filled in by a county water bureau', () => {
  let r: Run;
  beforeAll(async () => {
    r = await run(buildNationalTemplate, UNSEEN_SPECS.nationalTemplate);
  });

  it('finds one project table named 农村饮水安全巩固提升工程, with the year from the （2023年度） row', () => {
    expect(r.check.tables).toHaveLength(1);
    const t = r.check.tables[0] as ScoredTable;
    expect([t.kind, t.name, t.department, t.year, t.title]).toEqual([
      'project',
      '农村饮水安全巩固提升工程',
      '平江县农村供水工程管理站',
      2023,
      '项目支出绩效自评表',
    ]);
  });

  it('reads the nine filled indicator rows and skips the four 指标N： rows left as printed', () => {
    const [t] = r.scored;
    const p = r.placed[0];
    expect(t.indicators).toHaveLength(9);
    const unfilledRows = [2, 4, 7, 10];
    const filled = Array.from({ length: 13 }, (_, n) => n).filter((n) => !unfilledRows.includes(n));
    expect(scoreCells(t)).toEqual(filled.map((n) => mark(p, `indicator${n}`)));
    expect(t.indicators.map((i) => i.level1)).toEqual([
      '产出指标',
      '产出指标',
      '产出指标',
      '产出指标',
      '产出指标',
      '效益指标',
      '效益指标',
      '效益指标',
      '满意度指标',
    ]);
  });

  it('scores the budget from 年度资金总额 (288 of 320 = 90%, 9 points) and reads the 其中 rows whose 分值/得分 are —', () => {
    const [t] = r.scored;
    expect(t.budget).toMatchObject({ fullYear: 320, executed: 288, rate: 0.9, score: 9, recordedScore: 9 });
    expect(t.table.budget?.parts.map((p) => [p.label, p.executed?.cell.value ?? null])).toEqual([
      ['当年财政拨款', 288],
      ['上年结转资金', null],
      ['其他资金', null],
    ]);
  });

  it('computes 98.5 and 优, agreeing with the 总分 row that holds only 100 and the score', () => {
    const [t] = r.scored;
    expect([t.total, t.grade, t.recordedTotal]).toEqual([98.5, '优', 98.5]);
    expect(t.table.total?.weight?.cell.value).toBe(100);
  });

  it('flags the 76 of 80 公里 pipeline row and the raised budget, and nothing else', () => {
    const p = r.placed[0];
    expect(errors(r)).toEqual([]);
    expect(warnings(r)).toEqual([`indicator-failed ${mark(p, 'indicator1')}`]);
    expect(infos(r)).toEqual([`budget-adjusted ${p.sheet}!E6`]);
  });
});

// ------------------------------------------------------------------------------------------------------------

describe('a Guangdong-style table: 指标性质 | 指标值 | 度量单位, 权重 for 分值 and 评分 for 得分', () => {
  let r: Run;
  beforeAll(async () => {
    r = await run(buildWeightColumns, UNSEEN_SPECS.weightColumns);
  });

  it('finds the project and maps 权重/评分 to the weight and score columns, with the split target columns', () => {
    const t = r.check.tables[0] as ScoredTable;
    expect(r.check.tables).toHaveLength(1);
    expect([t.kind, t.name]).toEqual(['project', '职业技能提升行动补贴资金']);
    expect(t.columns).toMatchObject({
      name: 3,
      targetNature: 4,
      target: 5,
      unit: 6,
      actual: 7,
      weight: 8,
      score: 9,
      note: 10,
    });
  });

  it('reads the budget 权重 10 and 评分 9.6 beside 执行率 96%', () => {
    expect(r.scored[0].budget).toMatchObject({ weight: 10, rate: 0.96, score: 9.6, recordedScore: 9.6 });
  });

  it('reads all nine rows; the 定性 rows score by their words (持续优化 met, 有所提升 partly met, 7 of 10 kept)', () => {
    const t = r.scored[0];
    expect(t.indicators).toHaveLength(9);
    expect(scoreCells(t)).toEqual(Array.from({ length: 9 }, (_, n) => mark(r.placed[0], `indicator${n}`)));
    const byName = new Map(t.indicators.map((i) => [i.name, i]));
    expect(byName.get('技能人才队伍结构')).toMatchObject({ status: 'met', score: 10 });
    expect(byName.get('职业技能培训长效机制')).toMatchObject({ status: 'review', band: [6, 8], score: 7 });
    expect(byName.get('培训合格率')).toMatchObject({ status: 'met', score: 10 });
  });

  it('computes 95.6 and 优 and raises only the missed 取证 row and the partly met 定性 row', () => {
    const t = r.scored[0];
    const p = r.placed[0];
    expect([t.total, t.grade, t.recordedTotal]).toEqual([95.6, '优', 95.6]);
    expect(errors(r)).toEqual([]);
    expect(warnings(r)).toEqual([
      `indicator-failed ${mark(p, 'indicator1')}`,
      `indicator-review ${mark(p, 'indicator7')}`,
    ]);
  });
});

// ------------------------------------------------------------------------------------------------------------

describe('a Hubei form: 得分(20分*执行率) in the budget block, indicator weights 80, scored by the hubei-20 profile', () => {
  let r: Run;
  beforeAll(async () => {
    r = await run(buildHubeiTwentyPoints, UNSEEN_SPECS.hubei, 'hubei-20');
  });

  it('finds the project under an 附件1 label and reads 20 as the budget weight', () => {
    const t = r.check.tables[0] as ScoredTable;
    expect(r.check.tables).toHaveLength(1);
    expect([t.kind, t.name]).toEqual(['project', '老旧小区改造配套设施建设']);
    expect(r.scored[0].budget).toMatchObject({ weight: 20, rate: 0.73, score: 14.6, recordedScore: 14.6 });
  });

  it('reads seven indicator rows whose weights add up to 80', () => {
    const t = r.scored[0];
    expect(t.indicators).toHaveLength(7);
    expect(t.indicators.reduce((s, i) => s + (i.weight ?? 0), 0)).toBe(80);
    expect(warnings(r).filter((w) => w.startsWith('weights'))).toEqual([]);
  });

  it('takes 2 points off the 680-of-500 households row (136% of target), as the officer did', () => {
    const row = r.scored[0].indicators.find((i) => i.name === '改造老旧小区户数');
    expect(row).toMatchObject({ score: 8, recorded: 8, overAchieved: true });
  });

  it('caps the 92.1 the officer added up at 89 because 执行率 is 73%, which makes it 良, and says so at the 总分 cell', () => {
    const t = r.scored[0];
    const p = r.placed[0];
    expect([t.total, t.grade, t.recordedTotal, t.capApplied]).toEqual([89, '良', 92.1, 3.1]);
    expect(errors(r)).toEqual([`total-mismatch ${mark(p, 'total')}`]);
    expect(r.check.plan.conflicts.map((c) => [c.address, c.value])).toEqual([[p.marks.total.address, 89]]);
  });

  it('asks for a reason because 执行率 73% is below 90%, and flags the late 按期完工率 row', () => {
    const p = r.placed[0];
    expect(infos(r)).toContain(`note-missing ${mark(p, 'budgetRate')}`);
    expect(warnings(r)).toContain(`indicator-failed ${mark(p, 'indicator3')}`);
  });
});

// ------------------------------------------------------------------------------------------------------------

describe('two 附件3 side by side on one sheet and a third below them', () => {
  let r: Run;
  beforeAll(async () => {
    r = await run(buildSideBySideProjects, UNSEEN_SPECS.sideBySide);
  });

  it('finds the three projects, each with its own name and columns', () => {
    expect(r.check.tables.map((t) => [t.id, t.kind, (t as ScoredTable).name])).toEqual([
      ['项目支出自评!A2', 'project', '义务教育学校营养改善计划'],
      ['项目支出自评!K2', 'project', '学前教育幼儿资助'],
      ['项目支出自评!A24', 'project', '中小学校舍维修改造'],
    ]);
    const right = r.check.tables[1] as ScoredTable;
    expect(right.range.left).toBe(10);
    expect(right.columns.score).toBe(17);
  });

  it('reads 6, 5 and 8 indicator rows, each landing on the cells the fixture placed', () => {
    expect(r.scored.map((t) => t.indicators.length)).toEqual([6, 5, 8]);
    r.scored.forEach((t, k) => {
      expect(scoreCells(t)).toEqual(t.indicators.map((_, n) => mark(r.placed[k], `indicator${n}`)));
    });
  });

  it('computes 99.91, 100 and 97.8, all 优, each equal to its recorded 总分', () => {
    expect(r.scored.map((t) => [t.total, t.grade, t.recordedTotal])).toEqual([
      [99.91, '优', 99.91],
      [100, '优', 100],
      [97.8, '优', 97.8],
    ]);
  });

  it('flags the 11200 of 12000 平方米 row of the third project and the raised 幼儿资助 budget, and no error', () => {
    expect(errors(r)).toEqual([]);
    expect(warnings(r)).toEqual([`indicator-failed ${mark(r.placed[2], 'indicator0')}`]);
    expect(infos(r)).toContain(`budget-adjusted 项目支出自评!O6`);
  });
});

// ------------------------------------------------------------------------------------------------------------

describe('numbers typed as text: full-width digits, trailing U+3000, % formats and a 元 target under a 万元 header', () => {
  let r: Run;
  beforeAll(async () => {
    r = await run(buildTextNumbers, UNSEEN_SPECS.textNumbers);
  });

  it('finds the project and reads the budget from ‘１２０　’ / ‘１１５　’ text as 95.83%, 9.58 points', () => {
    expect(r.check.tables).toHaveLength(1);
    expect((r.check.tables[0] as ScoredTable).name).toBe('社区居家养老服务站运营补贴');
    expect(r.scored[0].budget).toMatchObject({
      initial: 120,
      fullYear: 120,
      executed: 115,
      weight: 10,
      score: 9.58,
      recordedScore: 9.58,
    });
  });

  it('reads eight rows with their ‘１０　’ weights and ‘１０’ scores as numbers, every one met', () => {
    const t = r.scored[0];
    expect(t.indicators).toHaveLength(8);
    expect(t.indicators.map((i) => i.weight)).toEqual([10, 10, 10, 10, 10, 15, 15, 10]);
    expect(t.indicators.map((i) => i.recorded)).toEqual([10, 10, 10, 10, 10, 15, 15, 10]);
    expect(t.indicators.every((i) => i.status === 'met')).toBe(true);
  });

  it('reads the 一级 points written with full-width digits: 产出指标（５０分） is 50', () => {
    const first = r.check.tables[0] as ScoredTable;
    expect(first.indicators[0]).toMatchObject({ level1: '产出指标', level1Points: 50 });
    expect(warnings(r).filter((w) => w.startsWith('weights'))).toEqual([]);
  });

  it('reads a bare 115 (万元, as the header says) against ≤1200000元 as met', () => {
    const cost = r.scored[0].indicators.find((i) => i.name === '运营补贴成本控制');
    expect(cost).toMatchObject({ status: 'met', score: 10 });
  });

  it('computes 99.58 and 优, agreeing with the ‘９９.５８　’ typed in 总分, with nothing to report', () => {
    const t = r.scored[0];
    expect([t.total, t.grade, t.recordedTotal]).toEqual([99.58, '优', 99.58]);
    expect(errors(r)).toEqual([]);
    expect(warnings(r)).toEqual([]);
  });
});

// ------------------------------------------------------------------------------------------------------------

describe('附件2 部门整体 with 部门整体 indicators (在职人员控制率, “三公”经费, 预算调整率, 结转结余率)', () => {
  let r: Run;
  beforeAll(async () => {
    r = await run(buildDepartmentIndicators, UNSEEN_SPECS.departmentIndicators);
  });

  it('finds one department table named 浏阳市市场监督管理局 and no 附件1 in it', () => {
    expect(r.check.tables.map((t) => [t.kind, t.name])).toEqual([['department', '浏阳市市场监督管理局']]);
  });

  it('reads all twelve rows: an indicator called “三公”经费控制数 does not end the table or start a 附件1', () => {
    const t = r.scored[0];
    expect(t.indicators).toHaveLength(12);
    expect(scoreCells(t)).toEqual(Array.from({ length: 12 }, (_, n) => mark(r.placed[0], `indicator${n}`)));
    expect(t.table.total?.score?.cell.value).toBe(97.91);
    expect(warnings(r).filter((w) => w.startsWith('table-incomplete'))).toEqual([]);
  });

  it('scores lower-is-better rows written without a comparator as upper limits (在职人员控制率 100%, 结转结余率 10%)', () => {
    const byName = new Map(r.scored[0].indicators.map((i) => [i.name, i]));
    expect(byName.get('在职人员控制率')).toMatchObject({ status: 'met', score: 5 });
    expect(byName.get('结转结余率')).toMatchObject({ status: 'met', score: 5 });
    expect(byName.get('预算调整率')).toMatchObject({ status: 'met', score: 5 });
  });

  it('reads the in-cell income and expense parts, each adding up to the 全年预算数 4012.8', () => {
    const inline = r.check.tables[0].kind === 'department' ? (r.check.tables[0] as ScoredTable).budget?.inline : [];
    expect(inline?.map((i) => [i.group, i.label, i.amount])).toEqual([
      ['income', '一般公共预算', 3850.8],
      ['expense', '基本支出', 3012.6],
      ['income', '政府性基金拨款', 0],
      ['expense', '项目支出', 1000.2],
      ['income', '其他资金', 162],
    ]);
    expect(r.check.findings.filter((f) => f.code === 'sum-mismatch')).toEqual([]);
  });

  it('computes 97.91 and 优, flags the 6.5% of 8% 市场主体增长率 row, and raises no error', () => {
    const t = r.scored[0];
    expect([t.total, t.grade, t.recordedTotal]).toEqual([97.91, '优', 97.91]);
    expect(errors(r)).toEqual([]);
    expect(warnings(r)).toContain(`indicator-failed ${mark(r.placed[0], 'indicator9')}`);
    expect(infos(r)).toContain('budget-adjusted 部门整体自评!E5');
  });
});

// ------------------------------------------------------------------------------------------------------------

describe('only the indicator grid, at row 40 under a written report, ending in 合计', () => {
  let r: Run;
  beforeAll(async () => {
    r = await run(buildGridOnly, UNSEEN_SPECS.gridOnly);
  });

  it('finds one untitled project table that starts at its header on row 40, not at the report above', () => {
    expect(r.check.tables).toHaveLength(1);
    const t = r.check.tables[0] as ScoredTable;
    expect([t.kind, t.name, t.title, t.id]).toEqual(['project', '', '', `自评报告!A${GRID_ONLY_TOP}`]);
    expect(t.goals).toBeUndefined();
    expect(t.budget).toBeUndefined();
  });

  it('reads eight rows, the 预算执行率 row among them, down to the 合计 row', () => {
    const t = r.scored[0];
    expect(t.indicators.map((i) => i.name)).toEqual([
      '行道树养护株数',
      '绿地养护面积',
      '养护质量达标率',
      '病虫害防治及时率',
      '城区绿化覆盖率',
      '市容环境',
      '市民满意度',
      '预算执行率',
    ]);
    expect(t.table.total?.score?.address).toBe(r.placed[0].marks.total.address);
  });

  it('computes 99.52 and 优 from the grid alone and asks for the missing budget block', () => {
    const t = r.scored[0];
    expect([t.total, t.grade, t.recordedTotal]).toEqual([99.52, '优', 99.52]);
    expect(errors(r)).toEqual([]);
    expect(warnings(r)).toEqual([`indicator-failed ${mark(r.placed[0], 'indicator7')}`]);
    // the grid scores 预算执行率 as a row: no budget block is a note, not a warning
    expect(infos(r)).toContain(`budget-missing 自评报告!A${GRID_ONLY_TOP}`);
    expect(facts(r.check.findings.find((f) => f.code === 'budget-missing'))).toEqual({
      code: 'budget-missing',
      params: { kind: 'asIndicator', row: 48 },
    });
  });
});

// ------------------------------------------------------------------------------------------------------------

describe('三级指标 merged over two columns, a blank spacer row, weights 40/30/20 and 10 for the budget', () => {
  let r: Run;
  beforeAll(async () => {
    r = await run(buildMergedNames, UNSEEN_SPECS.mergedNames);
  });

  it('finds the project and takes the two merged columns as one name column', () => {
    const t = r.check.tables[0] as ScoredTable;
    expect(r.check.tables).toHaveLength(1);
    expect([t.kind, t.name]).toEqual(['project', '全民健身设施补短板工程']);
    expect(t.columns).toMatchObject({ name: 3, target: 5, actual: 6, weight: 7, score: 8 });
  });

  it('reads eight rows across the spacer row, with 产出指标（40分） read as 40 points', () => {
    const t = r.scored[0];
    expect(t.indicators).toHaveLength(8);
    expect(scoreCells(t)).toEqual(Array.from({ length: 8 }, (_, n) => mark(r.placed[0], `indicator${n}`)));
    expect(t.table.indicators.map((i) => [i.level1, i.level1Points])).toEqual([
      ...Array(5).fill(['产出指标', 40]),
      ['效益指标', 30],
      ['效益指标', 30],
      ['满意度指标', 20],
    ]);
  });

  it('reads the 执行率, its 得分 and the 总分 from the officer’s formulas', () => {
    const t = r.scored[0];
    expect(t.table.total?.score?.cell.formula).toMatch(/^=SUM\(/);
    expect(t.budget).toMatchObject({ rate: 0.95, score: 9.5, recordedRate: 0.95, recordedScore: 9.5 });
    expect([t.total, t.grade, t.recordedTotal]).toEqual([98.83, '优', 98.83]);
  });

  it('finds the weights in line with 40/30/20, flags the 87% satisfaction row and highlights only that row', () => {
    const p = r.placed[0];
    expect(errors(r)).toEqual([]);
    expect(warnings(r)).toEqual([`indicator-failed ${mark(p, 'indicator7')}`]);
    const rows = new Set(r.check.plan.fills.map((f) => f.row));
    expect([...rows]).toEqual([p.marks.indicator7.row]);
    expect(r.check.plan.fills.map((f) => f.address)).toContain(p.marks.indicator7.address);
  });
});

// ------------------------------------------------------------------------------------------------------------

describe('附件3 on a sheet named Sheet1 with ‘10分’/‘5分’ text, a hidden 下拉选项 sheet and an empty Sheet2', () => {
  let r: Run;
  beforeAll(async () => {
    r = await run(buildHiddenHelperSheets, UNSEEN_SPECS.hiddenHelper);
  });

  it('is a workbook whose list sheet is really hidden', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildHiddenHelperSheets()) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ['Sheet1', 'visible'],
      [HELPER_SHEET, 'hidden'],
      ['Sheet2', 'visible'],
    ]);
  });

  it('finds the project on Sheet1 and nothing on the list sheet or the empty sheet', () => {
    expect(r.check.tables.map((t) => [t.sheet, t.kind, (t as ScoredTable).name])).toEqual([
      ['Sheet1', 'project', '农村客运公交化改造补助'],
    ]);
    expect(r.check.findings.filter((f) => f.sheet !== 'Sheet1')).toEqual([]);
  });

  it('reads eight rows with ‘15分’ weights and ‘5分’ scores as numbers, and the budget ‘10分’/‘9分’', () => {
    const t = r.scored[0];
    expect(t.indicators).toHaveLength(8);
    expect(t.indicators.map((i) => i.weight)).toEqual([15, 10, 10, 10, 5, 15, 15, 10]);
    expect(t.budget).toMatchObject({ weight: 10, score: 9, recordedScore: 9 });
  });

  it('accepts the officer’s whole-number 9分 for 80% of 85% (9.41) and 98分 for a computed 98.41', () => {
    const t = r.scored[0];
    expect(t.indicators[7]).toMatchObject({ score: 9.41, recorded: 9, status: 'partial' });
    expect(r.check.findings.filter((f) => f.code === 'score-mismatch' || f.code === 'total-mismatch')).toEqual([]);
    expect([t.total, t.grade, t.recordedTotal]).toEqual([98.41, '优', 98]);
    expect(errors(r)).toEqual([]);
    expect(warnings(r)).toEqual([`indicator-failed ${mark(r.placed[0], 'indicator7')}`]);
  });
});

// ------------------------------------------------------------------------------------------------------------

describe('a Sichuan-style 项目支出绩效目标自评表 at B3: 调整后预算数 / 实际支出 / 自评分, and a 自评等级 row', () => {
  let r: Run;
  beforeAll(async () => {
    r = await run(buildGradeRow, UNSEEN_SPECS.gradeRow);
  });

  it('finds the project at B3 by its title, with the budget read through 调整后预算数 and 实际支出', () => {
    const t = r.check.tables[0] as ScoredTable;
    expect(r.check.tables).toHaveLength(1);
    expect([t.id, t.kind, t.name, t.title]).toEqual([
      '自评表!B3',
      'project',
      '高标准农田建设',
      '项目支出绩效目标自评表',
    ]);
    expect(r.scored[0].budget).toMatchObject({ fullYear: 1500, executed: 1380, rate: 0.92, score: 9.2 });
    expect(t.goals?.expected?.cell.text).toContain('新建高标准农田2万亩');
  });

  it('reads eight rows and the 优 written in the 自评等级 row under 总分', () => {
    const t = r.scored[0];
    expect(t.indicators).toHaveLength(8);
    expect(t.table.total?.grade?.address).toBe(r.placed[0].marks.grade.address);
    expect([t.total, t.grade, t.recordedTotal, t.recordedGrade]).toEqual([99.2, '优', 99.2, '优']);
  });

  it('has nothing to report: every target met, every recorded figure right', () => {
    expect(errors(r)).toEqual([]);
    expect(warnings(r)).toEqual([]);
  });
});

// ------------------------------------------------------------------------------------------------------------

describe('an indicator header on two rows (绩效指标 over 一级|二级|三级) with a 序号 column', () => {
  let r: Run;
  beforeAll(async () => {
    r = await run(buildTwoRowHeader, UNSEEN_SPECS.twoRowHeader);
  });

  it('finds the project and reads six rows below the second header row, not the 序号 numbers as anything', () => {
    const t = r.check.tables[0] as ScoredTable;
    expect(r.check.tables).toHaveLength(1);
    expect([t.kind, t.name]).toEqual(['project', '乡镇卫生院基本公共卫生服务补助']);
    expect(t.columns).toMatchObject({ level1: 1, level2: 2, name: 3, target: 4, score: 7 });
    expect(r.scored[0].indicators.map((i) => i.name)[0]).toBe('高血压患者规范管理人数');
    expect(r.scored[0].indicators).toHaveLength(6);
  });

  it('computes 99.9 and 优 with nothing to report', () => {
    const t = r.scored[0];
    expect([t.total, t.grade, t.recordedTotal]).toEqual([99.9, '优', 99.9]);
    expect(errors(r)).toEqual([]);
    expect(warnings(r)).toEqual([]);
  });
});

// ------------------------------------------------------------------------------------------------------------

describe('the indicator header row copied again where the printout breaks to a second page', () => {
  let r: Run;
  beforeAll(async () => {
    r = await run(buildPageBreakHeader, UNSEEN_SPECS.pageBreak);
  });

  it('reads one table, not two: all ten rows down to the 总分 row', () => {
    expect(r.check.tables).toHaveLength(1);
    const t = r.scored[0];
    expect(t.indicators).toHaveLength(10);
    expect(scoreCells(t)).toEqual(Array.from({ length: 10 }, (_, n) => mark(r.placed[0], `indicator${n}`)));
    expect(t.table.total?.score?.address).toBe(r.placed[0].marks.total.address);
  });

  it('carries the 一级指标 across the copied header', () => {
    expect(r.scored[0].indicators.map((i) => i.level1).slice(6)).toEqual([
      '产出指标',
      '效益指标',
      '效益指标',
      '满意度指标',
    ]);
  });

  it('computes 98.75 and 优, flags only the 55% of 60% 垃圾分类 row and raises no error', () => {
    const t = r.scored[0];
    expect([t.total, t.grade, t.recordedTotal]).toEqual([98.75, '优', 98.75]);
    expect(errors(r)).toEqual([]);
    expect(warnings(r)).toEqual([`indicator-failed ${mark(r.placed[0], 'indicator8')}`]);
  });
});

// ------------------------------------------------------------------------------------------------------------

describe('a submission with 填报说明 and 汇总表 sheets, the 附件3, and an unused blank copy of the template', () => {
  let r: Run;
  beforeAll(async () => {
    r = await run(buildSubmissionWithNotes, UNSEEN_SPECS.submission);
  });

  it('does not take ‘项目支出绩效自评表填报说明’ for a title or the 汇总表 for a table', () => {
    expect(r.check.findings.filter((f) => f.sheet === '填报说明' || f.sheet === '汇总表')).toEqual([]);
    expect(r.check.tables.map((t) => t.sheet)).toEqual(['附件3-保洁', '附件3（空表）']);
  });

  it('scores the filled 附件3: ten rows, 98.75, 优', () => {
    const [t] = r.scored;
    expect(t.table.name).toBe('城乡环境卫生保洁服务');
    expect(t.indicators).toHaveLength(10);
    expect([t.total, t.grade]).toEqual([98.75, '优']);
  });

  it('reads no indicator row in the blank template and notes it once, without any error or warning', () => {
    const blank = r.scored[1];
    expect(blank.indicators).toEqual([]);
    expect(errors(r)).toEqual([]);
    // one note for the blank copy of the form, not a warning for each of its empty parts
    expect(
      r.check.findings.filter((f) => f.sheet === '附件3（空表）').map((f) => `${f.severity} ${f.code} ${f.cell}`),
    ).toEqual(['info table-incomplete A1']);
    expect(facts(r.check.findings.find((f) => f.sheet === '附件3（空表）'))).toEqual({
      code: 'table-incomplete',
      params: { reason: 'blankTemplate', title: '项目支出绩效自评表' },
    });
  });
});

// ------------------------------------------------------------------------------------------------------------

describe('the national template pasted from Word: ‘主管部门：…　　实施单位：…’ in one cell', () => {
  let r: Run;
  beforeAll(async () => {
    r = await run(buildWordConverted, UNSEEN_SPECS.wordConverted);
  });

  it('reads the project name, the 实施单位 as its department and the year from the one-cell title', () => {
    const t = r.check.tables[0] as ScoredTable;
    expect(r.check.tables).toHaveLength(1);
    expect([t.kind, t.name, t.department, t.year, t.title]).toEqual([
      'project',
      '农村饮水安全巩固提升工程',
      '平江县农村供水工程管理站',
      2023,
      '附件3：项目支出绩效自评表（2023年度）',
    ]);
  });

  it('scores it as the same table typed cell by cell: nine rows, 98.5, 优', () => {
    const t = r.scored[0];
    expect(t.indicators).toHaveLength(9);
    expect([t.total, t.grade, t.budget?.score]).toEqual([98.5, '优', 9]);
    expect(errors(r)).toEqual([]);
    expect(warnings(r)).toEqual([`indicator-failed ${mark(r.placed[0], 'indicator1')}`]);
  });
});

// ------------------------------------------------------------------------------------------------------------

describe('one department’s 附件1, 附件2 and two 附件3, with 附件1’s staffing written as 编制数 | 85 | 实有人数 | 82 pairs', () => {
  let r: Run;
  beforeAll(async () => {
    r = await run(buildDepartmentWorkbook, UNSEEN_SPECS.departmentWorkbook);
  });

  it('finds the four annexes with their kinds and names (附件1 names no department, as the form has no name row)', () => {
    expect(r.check.tables.map((t) => [t.sheet, t.kind, t.name])).toEqual([
      ['附件1', 'basic', ''],
      ['附件2', 'department', '浏阳市市场监督管理局'],
      ['附件3-1', 'project', '食品安全监督抽检经费'],
      ['附件3-2', 'project', '智慧市场监管平台建设'],
    ]);
  });

  it('reads 编制数 85 and 实有人数 82 from the cells beside their labels, not from the row below', () => {
    const basic = r.check.tables[0] as BasicData;
    const p = r.placed[0];
    expect([basic.staffing.authorized?.cell.value, basic.staffing.actual?.cell.value]).toEqual([85, 82]);
    expect(`附件1!${basic.staffing.rate?.address}`).toBe(mark(p, 'staffingRate'));
    const staffing = r.check.evaluation.results[0];
    expect(staffing.kind === 'basic' && staffing.staffingRate).toBeCloseTo(82 / 85, 10);
  });

  it('reads the 附件1 lines by what they name, with their three year columns', () => {
    const basic = r.check.tables[0] as BasicData;
    expect(basic.years.map((y) => [y.year, y.kind])).toEqual([
      [2022, 'final'],
      [2023, 'budget'],
      [2023, 'final'],
    ]);
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
  });

  it('scores each table: 附件2 97.91, the projects 99.75 and 99.88, all 优', () => {
    expect(r.scored.map((t) => [t.table.sheet, t.indicators.length, t.total, t.grade])).toEqual([
      ['附件2', 12, 97.91, '优'],
      ['附件3-1', 5, 99.75, '优'],
      ['附件3-2', 5, 99.88, '优'],
    ]);
  });

  it('finds the annexes consistent: no error, no 勾稽 mismatch between them', () => {
    expect(errors(r)).toEqual([]);
    const codes = r.check.findings.map((f) => f.code);
    for (const code of [
      'sum-mismatch',
      'cross-annex-mismatch',
      'name-mismatch',
      'year-mismatch',
      'staffing-rate-mismatch',
      'overrun',
    ])
      expect(codes).not.toContain(code);
    expect(r.check.findings.filter((f) => f.sheet === '附件1')).toEqual([]);
  });
});

// ------------------------------------------------------------------------------------------------------------

describe('header words other forms use', () => {
  it.each([
    ['计划值', '标准分', '自评分数'],
    ['计划完成值', '权重分值', '自评分值'],
    ['年度计划数', '分值', '评分'],
  ])('reads a table headed %s | 实际完成值 | %s | %s and scores it', (target, weight, score) => {
    const rows = [
      ['2023年度项目支出绩效自评表'],
      ['一级指标', '二级指标', '三级指标', target, '实际完成值', weight, score, '偏差原因分析及改进措施'],
      ['产出指标', '数量指标', '培训人次', '≥100人次', '120人次', 60, 60],
      ['效益指标', '社会效益指标', '就业率', '≥70%', '63%', 40, 36, '就业形势偏紧'],
      ['总分', null, null, null, null, 100, 96],
    ];
    const check = checkWorkbook([gridFromRows('Sheet1', rows)], { wording: zhFormWording });
    const t = check.tables[0] as ScoredTable;
    expect(check.tables).toHaveLength(1);
    expect(t.columns).toMatchObject({ target: 3, actual: 4, weight: 5, score: 6, note: 7 });
    const result = check.evaluation.results[0] as TableResult;
    expect([result.total, result.indicators.map((i) => i.score)]).toEqual([96, [60, 36]]);
    expect(check.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('indicator names that read like the labels of other parts', () => {
  it('keeps 财政供养人员控制率 and “三公”经费控制情况 as indicator rows of a 附件2, not the start of a 附件1', () => {
    const rows = [
      ['2023年度部门整体支出绩效自评表'],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
      ['产出指标', '数量指标', '财政供养人员控制率', '≤100%', '96.5%', 30, 30],
      ['产出指标', '成本指标', '“三公”经费控制情况', '≤18.5万元', '16.97万元', 30, 30],
      ['效益指标', '社会效益指标', '重点工作完成率', '100%', '100%', 40, 40],
      ['总分', null, null, null, null, 100, 100],
    ];
    const check = checkWorkbook([gridFromRows('附件2', rows)], { wording: zhFormWording });
    expect(check.tables.map((t) => t.kind)).toEqual(['department']);
    const t = check.tables[0] as ScoredTable;
    expect(t.indicators.map((i) => i.name)).toEqual(['财政供养人员控制率', '“三公”经费控制情况', '重点工作完成率']);
    expect(t.total?.row).toBe(5);
    expect(check.findings.filter((f) => f.code === 'table-incomplete')).toEqual([]);
  });
});
