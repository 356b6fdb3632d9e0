// locateTables on the seed workbook's three annexes (one per sheet, as the department filed them):
// every slot the scorer and the consistency checks read must point at the right cell.

import type { BasicData, ScoredTable } from '../../src/domain/model';
import type { Slot } from '../../src/domain/types';
import { locateTables } from '../../src/workbook/locate';
import { seedWorkbook } from '../support/annexGrids';

const text = (slot: Slot | undefined) => slot?.cell.text;
const at = (slot: Slot | undefined) => slot?.address;

function seedTables() {
  const { tables, findings } = locateTables(seedWorkbook());
  const basic = tables.find((t): t is BasicData => t.kind === 'basic')!;
  const department = tables.find((t): t is ScoredTable => t.kind === 'department')!;
  const project = tables.find((t): t is ScoredTable => t.kind === 'project')!;
  return { tables, findings, basic, department, project };
}

describe('seed 附件3 项目支出绩效自评表 (sheet 附件3, title on row 2)', () => {
  const { project } = seedTables();

  it('names the table after its top-left cell and covers title to 总分', () => {
    expect(project.id).toBe('附件3!A2');
    expect(project.sheet).toBe('附件3');
    expect(project.range).toEqual({ top: 1, left: 0, bottom: 29, right: 8 });
    expect(project.title).toBe('2023年度项目支出绩效自评表');
    expect(project.year).toBe(2023);
  });

  it('reads the project name and takes 实施单位 as its department', () => {
    expect(project.name).toBe('运转经费');
    expect(at(project.nameSlot)).toBe('B3');
    expect(project.department).toBe('岳阳市住房公积金管理中心');
  });

  it('reads the budget total 5506.5 / 4425.38 / 4425.38 with weight 10, rate 100% and score 10', () => {
    const b = project.budget!;
    expect(b.total.label).toBe('年度资金总额');
    expect(b.total.row).toBe(5);
    expect([b.total.initial, b.total.fullYear, b.total.executed].map((s) => s?.cell.value)).toEqual([
      5506.5, 4425.38, 4425.38,
    ]);
    expect([at(b.total.initial), at(b.total.fullYear), at(b.total.executed)]).toEqual(['C6', 'D6', 'E6']);
    expect(b.weight?.cell.value).toBe(10);
    expect(text(b.rate)).toBe('100%');
    expect(at(b.rate)).toBe('G6');
    expect(b.score?.cell.value).toBe(10);
    expect(at(b.score)).toBe('H6');
  });

  it('reads the 其中 rows with their own cells, empty ones included', () => {
    const parts = project.budget!.parts;
    expect(parts.map((p) => p.label)).toEqual(['当年财政拨款', '上年结转资金', '其他资金']);
    expect(parts[0].fullYear?.cell.value).toBe(4425.38);
    expect(at(parts[1].executed)).toBe('E8');
    expect(parts[1].executed?.cell.value).toBeNull();
    expect(project.budget!.inline).toEqual([]);
  });

  it('points at the 预期目标 and 实际完成情况 texts below their headers', () => {
    expect(at(project.goals?.expected)).toBe('B11');
    expect(text(project.goals?.expected)).toMatch(/^完成省监管办下达的年度各项任务指标/);
    expect(at(project.goals?.achieved)).toBe('F11');
    expect(text(project.goals?.achieved)).toBe('已按省监管办下达的年度各项任务完成各项指标。');
  });

  it('maps the indicator columns', () => {
    expect(project.columns).toEqual({
      level1: 1,
      level2: 2,
      name: 3,
      target: 4,
      actual: 5,
      weight: 6,
      score: 7,
      note: 8,
    });
  });

  it('finds 16 scored indicator rows and the 不适用 row', () => {
    expect(project.indicators).toHaveLength(17);
    const notApplicable = project.indicators.filter((i) => i.name === '不适用');
    expect(notApplicable).toHaveLength(1);
    expect(notApplicable[0].weight.cell.value).toBeNull();
    expect(notApplicable[0].weight.address).toBe('G26');
    expect(project.indicators.filter((i) => typeof i.weight.cell.value === 'number')).toHaveLength(16);
  });

  it('reads the loan-ratio row: target band, actual 59.22%, weight 2, score 0 and its note', () => {
    const row = project.indicators.find((i) => i.name.includes('个贷率'))!;
    expect(row.row).toBe(17);
    expect(text(row.target)).toBe('控制在60%到80%的区间');
    expect(row.target.address).toBe('E18');
    expect(text(row.actual)).toBe('59.22%');
    expect(row.weight.cell.value).toBe(2);
    expect(row.score.cell.value).toBe(0);
    expect(row.score.address).toBe('H18');
    expect(text(row.note)).toBe('经济下行和房地产市场低迷,导致市民购房意愿低');
    expect(row.level1).toBe('产出指标');
    expect(row.level2).toBe('质量指标');
  });

  it('carries merged 一级/二级 names down with the 一级 points and the cell that declares them', () => {
    const first = project.indicators[0];
    expect(first.level1).toBe('产出指标');
    expect(first.level1Points).toBe(50);
    expect(first.level1Slot?.address).toBe('B13');
    expect(first.level2).toBe('数量指标');
    const cost = project.indicators.find((i) => i.name === '成本控制在预算内')!;
    expect(cost.level1Slot?.address).toBe('B13');
    expect(cost.level2).toBe('成本指标');
    const benefit = project.indicators.filter((i) => i.level1 === '效益指标');
    expect(benefit).toHaveLength(5);
    expect(benefit.every((i) => i.level1Points === 30)).toBe(true);
    expect(benefit.map((i) => i.level2)).toEqual([
      '经济效益指标',
      '社会效益指标',
      '生态效益指标',
      '可持续影响指标',
      '可持续影响指标',
    ]);
    const satisfaction = project.indicators[16];
    expect([satisfaction.level1, satisfaction.level1Points, satisfaction.level2]).toEqual([
      '满意度指标',
      10,
      '服务对象满意度指标',
    ]);
  });

  it('sums the weights per 一级指标 to its declared points', () => {
    const sum = (l1: string) =>
      project.indicators
        .filter((i) => i.level1 === l1)
        .reduce((s, i) => s + (typeof i.weight.cell.value === 'number' ? i.weight.cell.value : 0), 0);
    expect([sum('产出指标'), sum('效益指标'), sum('满意度指标')]).toEqual([50, 30, 10]);
  });

  it('reads the 总分 row: 100 and 98 in the 分值/得分 columns', () => {
    expect(project.total?.row).toBe(29);
    expect(project.total?.weight?.cell.value).toBe(100);
    expect(project.total?.weight?.address).toBe('G30');
    expect(project.total?.score?.cell.value).toBe(98);
    expect(project.total?.score?.address).toBe('H30');
    expect(project.total?.note?.address).toBe('I30');
  });
});

describe('seed 附件2 部门整体支出绩效自评表 (sheet 附件2)', () => {
  const { department } = seedTables();

  it('is a department table named by 市级预算部门名称', () => {
    expect(department.kind).toBe('department');
    expect(department.id).toBe('附件2!A2');
    expect(department.name).toBe('岳阳市住房公积金管理中心');
    expect(department.department).toBe('岳阳市住房公积金管理中心');
    expect(department.year).toBe(2023);
  });

  it('reads the parts written inside cells, each with its group and cell', () => {
    const inline = department.budget!.inline.map((i) => [i.label, i.group, i.amount, i.slot.address]);
    expect(inline).toEqual([
      ['一般公共预算', 'income', 4425.38, 'B7'],
      ['基本支出', 'expense', 4245.51, 'E7'],
      ['政府性基金拨款', 'income', 0, 'B8'],
      ['项目支出', 'expense', 179.87, 'E8'],
      ['纳入专户管理的非税收入拨款', 'income', 0, 'B9'],
      ['其他资金', 'income', 0, 'B10'],
    ]);
    expect(department.budget!.parts).toEqual([]);
    expect(department.budget!.total.fullYear?.cell.value).toBe(4425.38);
  });

  it('reads 17 indicator rows, the 总分 row and the goals', () => {
    expect(department.indicators).toHaveLength(17);
    expect(department.indicators[0].name).toBe('归集住房公积金');
    expect(department.total?.score?.cell.value).toBe(98);
    expect(department.total?.score?.address).toBe('H31');
    expect(department.goals?.achieved?.address).toBe('F12');
  });

  it('leaves an empty note column as a slot the write plan can fill', () => {
    const row = department.indicators[0];
    expect(row.note?.address).toBe('I14');
    expect(row.note?.cell.value).toBeNull();
  });
});

describe('seed 附件1 基础数据表 (sheet 附件1)', () => {
  const { basic } = seedTables();

  it('reads 编制数 127, 实际在职人数 123 and 控制率 96.85% from the row below their headers', () => {
    expect(basic.id).toBe('附件1!A2');
    expect(basic.year).toBe(2023);
    expect(basic.title).toBe('2023年度部门整体支出绩效评价基础数据表');
    expect(basic.staffing.authorized?.cell.value).toBe(127);
    expect(basic.staffing.authorized?.address).toBe('B4');
    expect(basic.staffing.actual?.cell.value).toBe(123);
    expect(text(basic.staffing.rate)).toBe('96.85%');
  });

  it('reads the year columns as 决算/预算 of their years', () => {
    expect(basic.years).toEqual([
      { col: 1, label: '2022年决算数', year: 2022, kind: 'final' },
      { col: 2, label: '2023年预算数', year: 2023, kind: 'budget' },
      { col: 3, label: '2023年决算数', year: 2023, kind: 'final' },
    ]);
  });

  it('keys every money line by what it names and skips the …… rows', () => {
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
      'projectSpecial',
      'publicFunds',
      'office',
      'utilitiesTravel',
      'meetingTraining',
      'procurement',
      'budgetAdjustment',
    ]);
  });

  it('reads 三公经费 2023年决算数 31.03 and keeps —— cells as slots', () => {
    const sanGong = basic.lines.find((l) => l.key === 'sanGong')!;
    expect(sanGong.values.map((s) => s?.cell.value)).toEqual([7.05, 18, 31.03]);
    expect(sanGong.values[2]?.address).toBe('D6');
    const procurement = basic.lines.find((l) => l.key === 'procurement')!;
    expect(text(procurement.values[0])).toBe('——');
    expect(procurement.values[2]?.cell.value).toBe(620);
  });

  it('stops before 楼堂馆所控制情况', () => {
    expect(basic.lines[basic.lines.length - 1].label).toBe('部门基本支出预算调整');
    expect(basic.range.bottom).toBe(basic.lines[basic.lines.length - 1].row);
  });
});

describe('the seed workbook as a whole', () => {
  it('finds the three annexes and nothing to complain about', () => {
    const { tables, findings } = seedTables();
    expect(tables.map((t) => `${t.kind}@${t.id}`)).toEqual([
      'basic@附件1!A2',
      'department@附件2!A2',
      'project@附件3!A2',
    ]);
    expect(findings).toEqual([]);
  });
});
