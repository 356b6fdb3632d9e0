// locateTables by content, not position: tables moved to other cells and sheets, several on one
// sheet (stacked or side by side), all three annexes on one sheet, tables without titles, no annex.

import type { BasicData, ScoredTable } from '../../src/domain/model';
import { gridFromRows } from '../../src/workbook/grid';
import { locateTables } from '../../src/workbook/locate';
import {
  basicBlock,
  blockWidth,
  departmentBlock,
  footerBlock,
  labelBlock,
  placeBlocks,
  projectBlock,
  seedProjectIndicators,
} from '../support/annexGrids';
import { checkWorkbook } from '../../src/workbook/check';
import { facts } from '../support/findingText';
import { zhFormWording } from '../../src/i18n/zh-CN/formWording';

const scored = (tables: ReturnType<typeof locateTables>['tables']) =>
  tables.filter((t): t is ScoredTable => t.kind !== 'basic');

describe('a table moved away from A1', () => {
  it('finds 附件3 starting at D7 on a sheet named after the project, with every slot shifted', () => {
    const grid = placeBlocks('运转经费', [
      { block: labelBlock('这是部门自己加的说明文字'), top: 0, left: 0 },
      { block: projectBlock(), top: 6, left: 3 },
    ]);
    const { tables, findings } = locateTables([grid]);
    expect(findings).toEqual([]);
    expect(tables).toHaveLength(1);
    const t = tables[0] as ScoredTable;
    expect(t.id).toBe('运转经费!D7');
    expect(t.columns).toEqual({ level1: 4, level2: 5, name: 6, target: 7, actual: 8, weight: 9, score: 10, note: 11 });
    const loan = t.indicators.find((i) => i.name.includes('个贷率'))!;
    expect([loan.target.address, loan.actual.address, loan.weight.address, loan.score.address]).toEqual([
      'H23',
      'I23',
      'J23',
      'K23',
    ]);
    expect(t.total?.score?.address).toBe('K35');
    expect(t.budget?.total.executed?.address).toBe('H11');
  });
});

describe('a 附件3 whose goals row is labelled 年度目标 (not 年度总体目标), right under its budget line', () => {
  // as a county form lays it out: 项目资金 header and 年度资金总额 in the label column, then 年度目标 | its text
  const rows = [
    ['2023年度项目支出绩效自评表'],
    ['项目名称', '校园安保经费', null, null, '主管部门', '嘉兴市教育局'],
    ['实施单位', '嘉兴市第一中学'],
    ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['年度资金总额', 120, 120, 120, 10, '100%', 10],
    ['年度目标', '保障校园安全。'],
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    ['产出指标', '数量指标', '配备专职保安', '≥12人', '12人', 90, 90],
    ['总分', null, null, null, null, 100, 100],
  ];

  it('ends the budget block at that row: its goal text is not read as a 其中 line', () => {
    const result = checkWorkbook([gridFromRows('项目自评', rows, [{ top: 5, left: 1, bottom: 5, right: 7 }])], {
      wording: zhFormWording,
    });
    const t = scored(result.tables)[0];
    expect(t.budget?.total.fullYear?.address).toBe('C5');
    expect(t.budget?.parts).toEqual([]);
    expect(result.findings.filter((f) => f.code === 'check-skipped')).toEqual([]);
  });
});

describe('the money unit a form names', () => {
  const rows = (fundsLabel: string, above?: string) => [
    ['2023年度项目支出绩效自评表', null, null, null, null, null, above ?? null],
    ['项目名称', '校园安保经费', null, null, '主管部门', '嘉兴市教育局'],
    ['实施单位', '嘉兴市第一中学'],
    [fundsLabel, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['年度资金总额', 1200000, 1200000, 1200000, 10, '100%', 10],
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    ['产出指标', '数量指标', '配备专职保安', '≥12人', '12人', 90, 90],
    ['总分', null, null, null, null, 100, 100],
  ];
  const unitOf = (r: ReturnType<typeof rows>) =>
    scored(checkWorkbook([gridFromRows('项目自评', r, [])], { wording: zhFormWording }).tables)[0].budget?.unit;

  it('reads 元 from the budget block’s label, or from 金额单位：元 above the table', () => {
    expect(unitOf(rows('项目资金（元）'))).toBe('元');
    expect(unitOf(rows('项目资金', '金额单位：元'))).toBe('元');
  });

  it('leaves 万元, the forms’ default, unmarked', () => {
    expect(unitOf(rows('项目资金（万元）'))).toBeUndefined();
    expect(unitOf(rows('项目资金'))).toBeUndefined();
  });
});

describe('two 附件3 tables on one sheet', () => {
  const second = () =>
    projectBlock({
      name: '住房公积金信息化建设经费',
      indicators: seedProjectIndicators()
        .slice(0, 4)
        .map((r, i) => (i === 0 ? { ...r, level1Rows: 4 } : r)),
      total: [25, 25],
    });

  it('reads stacked tables separately, each ending at its own 总分 row', () => {
    const first = projectBlock();
    const grid = placeBlocks('项目支出', [
      { block: labelBlock('附件3'), top: 0, left: 0 },
      { block: first, top: 1, left: 0 },
      { block: footerBlock(), top: 1 + first.rows.length, left: 0 },
      { block: labelBlock('附件3'), top: 3 + first.rows.length, left: 0 },
      { block: second(), top: 4 + first.rows.length, left: 0 },
    ]);
    const { tables, findings } = locateTables([grid]);
    expect(findings).toEqual([]);
    const [a, b] = scored(tables);
    expect([a.name, b.name]).toEqual(['运转经费', '住房公积金信息化建设经费']);
    expect([a.indicators.length, b.indicators.length]).toEqual([17, 4]);
    expect(a.total?.score?.cell.value).toBe(98);
    expect(b.total?.score?.cell.value).toBe(25);
    expect(b.id).toBe(`项目支出!A${5 + first.rows.length}`);
    expect(b.range.top).toBeGreaterThan(a.range.bottom);
    expect(b.budget?.total.row).toBe(b.range.top + 4);
  });

  it('reads tables side by side on the same rows, each with its own columns', () => {
    const left = projectBlock();
    const grid = placeBlocks('项目支出', [
      { block: left, top: 2, left: 0 },
      { block: second(), top: 2, left: blockWidth(left) + 1 },
    ]);
    const { tables, findings } = locateTables([grid]);
    expect(findings).toEqual([]);
    const [a, b] = scored(tables);
    expect(a.name).toBe('运转经费');
    expect(b.name).toBe('住房公积金信息化建设经费');
    expect(b.id).toBe('项目支出!K3');
    expect(a.columns.score).toBe(7);
    expect(b.columns.score).toBe(17);
    expect(a.range.right).toBe(8);
    expect(b.range.left).toBe(10);
    expect(a.indicators).toHaveLength(17);
    expect(b.indicators).toHaveLength(4);
    expect(b.indicators.every((i) => i.level1 === '产出指标')).toBe(true);
    expect(b.total?.score?.address).toBe('R' + (b.total!.row + 1));
  });
});

describe('many 附件3 tables on one sheet', () => {
  it('reads 60 stacked project tables in order, each with its own name, rows and 总分', () => {
    const placements = [];
    let top = 0;
    for (let i = 0; i < 60; i++) {
      const block = projectBlock({ name: `项目${i + 1}`, title: i % 3 === 0 ? null : undefined });
      placements.push({ block, top, left: 0 });
      top += block.rows.length + 1;
    }
    const { tables, findings } = locateTables([placeBlocks('全部项目', placements)]);
    expect(findings).toEqual([]);
    const projects = scored(tables);
    expect(projects.map((t) => t.name)).toEqual(placements.map((_, i) => `项目${i + 1}`));
    expect(new Set(projects.map((t) => t.id)).size).toBe(60);
    expect(
      projects.every((t) => t.kind === 'project' && t.indicators.length === 17 && t.total?.score?.cell.value === 98),
    ).toBe(true);
  });
});

describe('all three annexes stacked on one sheet', () => {
  it('finds 附件1, 附件2 and 附件3 in order without one swallowing the next', () => {
    const basic = basicBlock();
    const dept = departmentBlock();
    const proj = projectBlock();
    const grid = placeBlocks('绩效自评', [
      { block: labelBlock('附件1'), top: 0, left: 0 },
      { block: basic, top: 1, left: 0 },
      { block: labelBlock('附件2'), top: 2 + basic.rows.length, left: 0 },
      { block: dept, top: 3 + basic.rows.length, left: 0 },
      { block: labelBlock('附件3'), top: 4 + basic.rows.length + dept.rows.length, left: 0 },
      { block: proj, top: 5 + basic.rows.length + dept.rows.length, left: 0 },
    ]);
    const { tables, findings } = locateTables([grid]);
    expect(findings).toEqual([]);
    expect(tables.map((t) => t.kind)).toEqual(['basic', 'department', 'project']);
    const [b, d, p] = tables as [BasicData, ScoredTable, ScoredTable];
    expect(b.lines).toHaveLength(16);
    expect(b.range.bottom).toBeLessThan(d.range.top);
    expect(d.indicators).toHaveLength(17);
    expect(d.budget?.inline).toHaveLength(6);
    expect(d.range.bottom).toBeLessThan(p.range.top);
    expect(p.indicators).toHaveLength(17);
    expect(p.name).toBe('运转经费');
  });
});

describe('tables without a title', () => {
  it('takes the kind from the name rows: 项目支出名称 → project, 市级预算部门名称 → department', () => {
    const proj = projectBlock({ title: null });
    const grid = placeBlocks('Sheet1', [
      { block: departmentBlock({ title: null }), top: 0, left: 0 },
      { block: proj, top: 40, left: 0 },
    ]);
    const { tables } = locateTables([grid]);
    expect(scored(tables).map((t) => [t.kind, t.name, t.title])).toEqual([
      ['department', '岳阳市住房公积金管理中心', ''],
      ['project', '运转经费', ''],
    ]);
    expect(tables[1].id).toBe('Sheet1!A41');
    expect(tables[0].year).toBeUndefined();
  });

  it('takes the kind from the 附件 label above when nothing else names it', () => {
    const bare = projectBlock({ title: null, budget: 'none' });
    const rows = bare.rows.slice(2); // without the 项目名称 and 主管部门 rows
    const merges = bare.merges.filter((m) => m.top >= 2).map((m) => ({ ...m, top: m.top - 2, bottom: m.bottom - 2 }));
    const grid = placeBlocks('表2', [
      { block: labelBlock('附件2'), top: 0, left: 0 },
      { block: { rows, merges }, top: 1, left: 0 },
    ]);
    const { tables } = locateTables([grid]);
    expect(tables.map((t) => t.kind)).toEqual(['department']);
  });
});

describe('a workbook without any annex', () => {
  it('reports no-tables once, on the first sheet at A1', () => {
    const grids = [
      gridFromRows('收支预算总表', [
        ['收入', '金额'],
        ['一般公共预算拨款', 4425.38],
        ['合计', 4425.38],
      ]),
      gridFromRows('人员名单', [
        ['姓名', '岗位'],
        ['张三', '科员'],
      ]),
    ];
    const { tables, findings } = locateTables(grids);
    expect(tables).toEqual([]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'no-tables', sheet: '收支预算总表', cell: 'A1', severity: 'error' });
    expect(facts(findings[0])).toEqual({ code: 'no-tables', params: {} });
  });

  it('reports no-tables for an empty workbook without throwing', () => {
    expect(locateTables([]).findings.map((f) => f.code)).toEqual(['no-tables']);
    expect(locateTables([gridFromRows('空表', [])]).findings[0].sheet).toBe('空表');
  });
});

describe('a title with nothing under it', () => {
  it('flags a 附件3 title whose indicator grid is missing', () => {
    const grid = gridFromRows('附件3', [
      ['2023年度项目支出绩效自评表'],
      ['项目名称', '运转经费'],
      [],
      ['（表格内容待补充）'],
    ]);
    const { tables, findings } = locateTables([grid]);
    expect(tables).toEqual([]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'table-incomplete', sheet: '附件3', cell: 'A1' });
    expect(facts(findings[0])).toEqual({
      code: 'table-incomplete',
      params: { reason: 'titleWithoutHeader', title: '2023年度项目支出绩效自评表' },
    });
  });
});
