// Header words as departments really type them: line breaks and spaces inside words, full-width
// characters, synonyms (自评得分, 权重, 预期目标值, 实际值, 未完成原因和改进措施), provincial split target
// columns, names merged across two columns, unmerged 一级/二级 cells, missing columns.

import type { ScoredTable } from '../../src/domain/model';
import { gridFromRows } from '../../src/workbook/grid';
import { headerKey, indicatorRole, splitPoints } from '../../src/workbook/headers';
import { locateTables } from '../../src/workbook/locate';
import {
  projectBlock,
  renameCells,
  SEED_INDICATOR_HEADER,
  seedProjectIndicators,
  sheetOf,
} from '../support/annexGrids';
import { facts } from '../support/findingText';

const r = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });

function onlyScored(grids: Parameters<typeof locateTables>[0]): ScoredTable {
  const { tables } = locateTables(grids);
  expect(tables).toHaveLength(1);
  return tables[0] as ScoredTable;
}

describe('header vocabulary', () => {
  it.each([
    ['年度\n\n指标值', 'target'],
    ['年 度 指 标 值', 'target'],
    ['预期目标值', 'target'],
    ['年度目标值', 'target'],
    ['指标值', 'target'],
    ['实际值', 'actual'],
    ['实际完成情况', 'actual'],
    ['实际完成值（B）', 'actual'],
    ['自评得分', 'score'],
    ['得分(B)', 'score'],
    ['得分（20分*执行率）', 'score'],
    ['权重', 'weight'],
    ['分值(A)', 'weight'],
    ['分 值（Ａ）', 'weight'],
    ['偏差原因', 'note'],
    ['未完成原因和改进措施', 'note'],
    ['偏差原因分析\n及改进措施', 'note'],
    ['三级指标　', 'name'],
    ['指标性质', 'targetNature'],
    ['度量单位', 'unit'],
    ['一 级 指 标', 'level1'],
  ])('reads %j as the %s column', (word, role) => {
    const norm = word.normalize('NFKC').replace(/[\s\u3000]+/g, '');
    expect(indicatorRole(headerKey(norm))?.role).toBe(role);
  });

  it('does not take long data texts for headers', () => {
    expect(indicatorRole(headerKey('在完成各项业务指标的基础上最大程度发挥住房公积金的住房保障作用'))).toBeUndefined();
  });

  it.each([
    ['产出指标(50分)', '产出指标', 50],
    ['产出指标50分', '产出指标', 50],
    ['效益指标(30)', '效益指标', 30],
    ['满意度指标', '满意度指标', undefined],
  ])('splits %j into its name and points', (text, name, points) => {
    expect(splitPoints(text)).toEqual(points === undefined ? { name } : { name, points });
  });
});

describe('odd header words on the seed 附件3', () => {
  it('maps synonyms, broken words and full-width brackets to the same columns', () => {
    const header = [
      '一 级\n指 标',
      '二级\n指标',
      '三级指标',
      '预期目标值',
      '实际值',
      '权重',
      '自评得分',
      '未完成原因和改进措施',
    ];
    const block = projectBlock({ header, title: '２０２３年度 项目支出绩效自评表（运转经费）' });
    const t = onlyScored([sheetOf('表三', block)]);
    expect(t.columns).toEqual({ level1: 1, level2: 2, name: 3, target: 4, actual: 5, weight: 6, score: 7, note: 8 });
    expect(t.year).toBe(2023);
    expect(t.kind).toBe('project');
    expect(t.indicators).toHaveLength(17);
    expect(t.total?.weight?.cell.value).toBe(100);
  });

  it('reads budget headers 调整后预算数 / 实际支出 / 执行率 as the same columns', () => {
    const block = renameCells(projectBlock(), {
      '全年\n\n预算数': '调整后预算数',
      '全年\n\n执行数': '实际支出（万元）',
      执行率: '预算执行率',
    });
    const t = onlyScored([sheetOf('表三', block)]);
    expect(t.budget?.total.fullYear?.address).toBe('D5');
    expect(t.budget?.total.executed?.address).toBe('E5');
    expect(t.budget?.rate?.cell.text).toBe('100%');
  });

  it('reads 一级 points written with full-width brackets and digits', () => {
    const rows = [
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标（５０分）', '数量指标', '归集住房公积金', '48亿元', '54.62亿元', 50, 50],
      ['效益指标 （ 30 分 ）', '社会效益指标', '保障作用', '有效', '有效', 40, 40],
      ['满意度指标', '服务对象满意度指标', '窗口服务满意度', '≥95%', '99%', 10, 10],
      ['合计', null, null, null, null, 100, 100],
    ];
    const t = onlyScored([gridFromRows('S', rows)]);
    expect(t.indicators.map((i) => [i.level1, i.level1Points])).toEqual([
      ['产出指标', 50],
      ['效益指标', 30],
      ['满意度指标', undefined],
    ]);
    expect(t.total?.row).toBe(4);
  });
});

describe('provincial split target columns (指标性质 | 指标值 | 度量单位)', () => {
  const rows = [
    ['2023年度项目支出绩效自评表'],
    ['项目名称', '住房公积金归集业务经费'],
    [
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      null,
      null,
      '实际完成值',
      '分值',
      '得分',
      '偏差原因分析及改进措施',
    ],
    [null, null, null, '指标性质', '指标值', '度量单位'],
    ['产出指标（50分）', '数量指标', '归集住房公积金', '≥', 48, '亿元', 54.62, 25, 25],
    [null, '质量指标', '个贷率', '定性', '60%-80%', '%', '59.22%', 25, 0, '房地产市场低迷'],
    ['满意度指标（50分）', '服务对象满意度', '窗口服务满意度', '≥', 95, '%', 99, 50, 50],
    ['总分', null, null, null, null, null, null, 100, 75],
  ];

  it('maps targetNature/target/unit from the sub-header under a merged 年度指标值', () => {
    const merges = [
      r(0, 0, 0, 9),
      r(1, 1, 1, 9),
      r(2, 3, 2, 5),
      r(2, 0, 3, 0),
      r(2, 1, 3, 1),
      r(2, 2, 3, 2),
      r(2, 6, 3, 6),
      r(2, 7, 3, 7),
      r(2, 8, 3, 8),
      r(2, 9, 3, 9),
      r(4, 0, 5, 0),
      r(7, 0, 7, 6),
    ];
    const t = onlyScored([gridFromRows('省格式', rows, merges)]);
    expect(t.columns).toEqual({
      level1: 0,
      level2: 1,
      name: 2,
      targetNature: 3,
      target: 4,
      unit: 5,
      actual: 6,
      weight: 7,
      score: 8,
      note: 9,
    });
    expect(t.indicators).toHaveLength(3);
    const first = t.indicators[0];
    expect([
      first.targetNature?.cell.text,
      first.target.cell.value,
      first.unit?.cell.text,
      first.actual.cell.value,
    ]).toEqual(['≥', 48, '亿元', 54.62]);
    expect(t.indicators[1].level1).toBe('产出指标');
    expect(t.total?.score?.address).toBe('I8');
  });

  it('reads the same sub-header when nothing is merged', () => {
    const t = onlyScored([gridFromRows('省格式', rows)]);
    expect(t.columns.targetNature).toBe(3);
    expect(t.columns.target).toBe(4);
    expect(t.columns.unit).toBe(5);
    expect(t.indicators).toHaveLength(3);
    expect(t.indicators[1].level1).toBe('产出指标');
    expect(t.indicators[1].level1Slot?.address).toBe('A5');
  });
});

describe('merged and unmerged cells', () => {
  it('reads a 三级 name merged across two columns from its first column', () => {
    const rows = [
      ['一级指标', '二级指标', '三级指标', null, '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标', '数量指标', '归集住房公积金', null, '48亿元', '54.62亿元', 60, 60],
      [null, '质量指标', null, '逾期率控制在0.05%以下', '≤0.05%', '0.0278%', 40, 40],
      ['总分', null, null, null, null, null, 100, 100],
    ];
    const merges = [r(0, 2, 0, 3), r(1, 2, 1, 3), r(1, 0, 2, 0)];
    const t = onlyScored([gridFromRows('S', rows, merges)]);
    expect(t.columns.name).toBe(2);
    expect(t.indicators.map((i) => [i.name, i.nameSlot?.address])).toEqual([
      ['归集住房公积金', 'C2'],
      ['逾期率控制在0.05%以下', 'D3'],
    ]);
  });

  it('carries 一级/二级 down from the last value when the cells are not merged, skipping spacer rows', () => {
    const rows = [
      ['一级指标', '二级指标', '三级指标', '指标值', '实际值', '分值', '得分'],
      ['产出指标', '数量指标', '指标甲', '10个', '10个', 20, 20],
      [],
      [null, null, '指标乙', '20个', '20个', 30, 30],
      ['效益指标', null, '指标丙', '有效', '有效', 50, 50],
      ['合计', null, null, null, null, 100, 100],
    ];
    const t = onlyScored([gridFromRows('S', rows)]);
    expect(t.indicators.map((i) => [i.row, i.level1, i.level2, i.name])).toEqual([
      [1, '产出指标', '数量指标', '指标甲'],
      [3, '产出指标', '数量指标', '指标乙'],
      [4, '效益指标', '', '指标丙'],
    ]);
    expect(t.total?.row).toBe(5);
  });

  it('takes the slot of a merged score cell at its top-left', () => {
    const rows = [
      ['三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['指标甲', '10个', '10个', 10, 20],
      ['指标乙', '20个', '20个', 10, null],
      ['总分', null, null, 20, 20],
    ];
    const t = onlyScored([gridFromRows('S', rows, [r(1, 4, 2, 4)])]);
    expect(t.indicators.map((i) => i.score.address)).toEqual(['E2', 'E2']);
  });
});

describe('blank and missing cells', () => {
  it('points required slots at empty cells when scores are left blank', () => {
    const indicators = seedProjectIndicators().map((i, n) => ({ ...i, score: n % 2 ? null : '\u3000' }));
    const t = onlyScored([sheetOf('附件3', projectBlock({ indicators, total: [100, null] }))]);
    expect(t.indicators).toHaveLength(17);
    expect(t.indicators.every((i) => i.score.cell.text.trim() === '')).toBe(true);
    expect(t.indicators[5].score.address).toBe('H17');
    expect(t.indicators[5].score.cell.value).toBeNull();
    expect(t.total?.score?.address).toBe('H29');
    expect(t.total?.score?.cell.value).toBeNull();
  });

  it('reports a header without a 得分 column as table-incomplete and does not return the table', () => {
    const header = SEED_INDICATOR_HEADER.map((h) => (h === '得分' ? '说明' : h));
    const { tables, findings } = locateTables([sheetOf('附件3', projectBlock({ header }))]);
    expect(tables).toEqual([]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'table-incomplete', sheet: '附件3', cell: 'B11', severity: 'error' });
    expect(facts(findings[0])).toEqual({
      code: 'table-incomplete',
      params: { reason: 'missingColumns', kind: 'project', missing: ['score'] },
    });
  });

  it('warns when a table has no 总分 row', () => {
    const { tables, findings } = locateTables([sheetOf('附件3', projectBlock({ total: null }))]);
    expect(tables).toHaveLength(1);
    expect((tables[0] as ScoredTable).total).toBeUndefined();
    expect(findings.map((f) => [f.code, f.cell])).toEqual([['table-incomplete', 'B29']]);
    expect(facts(findings[0])).toEqual({
      code: 'table-incomplete',
      params: { reason: 'noTotalRow', kind: 'project', name: '运转经费' },
    });
  });
});

describe('budget blocks written other ways', () => {
  it('reads 附件2 parts as 其中 lines when they have their own cells', () => {
    const rows = [
      ['2023年度部门整体支出绩效自评表'],
      ['部门名称', '某某局'],
      ['年度预算申请', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      [null, '年度资金总额', 100, 120, 110, 10, '91.67%', 9.17],
      [null, '其中：当年财政拨款', 100, 110, 100],
      [null, '上年结转资金', 0, 10, 10],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
      ['产出指标', '数量指标', '指标甲', '10个', '10个', 90, 90],
      ['总分', null, null, null, null, 100, 99.17],
    ];
    const t = onlyScored([gridFromRows('附件2', rows)]);
    expect(t.kind).toBe('department');
    expect(t.name).toBe('某某局');
    expect(t.budget?.parts.map((p) => [p.label, p.fullYear?.cell.value])).toEqual([
      ['当年财政拨款', 110],
      ['上年结转资金', 10],
    ]);
    expect(t.budget?.score?.cell.value).toBe(9.17);
    expect(t.goals).toBeUndefined();
  });

  it('reads an inline part whose amount sits in the next cell', () => {
    const rows = [
      ['2023年度部门整体支出绩效自评表'],
      ['年度预算申请', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      [null, '年度资金总额', 100, 120, 110, 10, '91.67%', 9.17],
      [null, '按收入性质分：', null, null, '按支出性质分：'],
      [null, '一般公共预算：', 120, null, '基本支出：', 80],
      [null, '政府性基金拨款：', null, null, '项目支出：', 40],
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标', '数量指标', '指标甲', '10个', '10个', 90, 90],
      ['总分', null, null, null, null, 100, 99.17],
    ];
    const t = onlyScored([gridFromRows('附件2', rows)]);
    expect(t.budget?.inline.map((i) => [i.label, i.group, i.amount, i.slot.address])).toEqual([
      ['一般公共预算', 'income', 120, 'C5'],
      ['基本支出', 'expense', 80, 'F5'],
      ['政府性基金拨款', 'income', null, 'B6'],
      ['项目支出', 'expense', 40, 'F6'],
    ]);
  });
});

describe('the 总分 row', () => {
  it('reads a 等级 cell written beside the total', () => {
    const rows = [
      ['三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因'],
      ['指标甲', '10个', '10个', 100, 95],
      ['总分', null, null, 100, 95],
      ['自评等级', '优'],
    ];
    const t = onlyScored([gridFromRows('S', rows)]);
    expect(t.total?.grade?.address).toBe('B4');
    expect(t.total?.grade?.cell.text).toBe('优');
  });
});
