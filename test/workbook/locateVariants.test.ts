// Forms other departments and provinces file: the national 财预〔2020〕10号 template (year in a
// subtitle row, '—' cells, unfilled '指标1：' rows), a 附件2 with a 年度主要任务 section after its budget,
// several parts in one cell, extra columns beside the scored ones, 小计 rows.

import type { ScoredTable } from '../../src/domain/model';
import { gridFromRows } from '../../src/workbook/grid';
import { locateTables } from '../../src/workbook/locate';
import { parseInlineAmounts } from '../../src/workbook/budgetBlock';

const r = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });

function onlyScored(
  rows: (string | number | null)[][],
  merges = [] as ReturnType<typeof r>[],
): { table: ScoredTable; findings: unknown[] } {
  const { tables, findings } = locateTables([gridFromRows('Sheet1', rows, merges)]);
  expect(tables).toHaveLength(1);
  return { table: tables[0] as ScoredTable, findings };
}

describe('the national 项目支出绩效自评表 template', () => {
  const rows = [
    ['项目支出绩效自评表'],
    ['（2023年度）'],
    ['项目名称', '乡村道路建设'],
    ['主管部门', '某某县交通运输局', null, null, '实施单位', '某某县公路建设养护中心'],
    ['项目资金（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [null, '年度资金总额', 500, 520, 494, 10, '95%', 9.5],
    [null, '其中：当年财政拨款', 500, 520, 494, '—', null, '—'],
    [null, '上年结转资金', null, null, null, '—', null, '—'],
    [null, '其他资金', null, null, null, '—', null, '—'],
    ['年度总体目标', '预期目标', null, null, null, '实际完成情况'],
    [null, '完成乡村道路硬化20公里', null, null, null, '完成20.5公里'],
    [
      '绩效指标',
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      '实际完成值',
      '分值',
      '得分',
      '偏差原因分析及改进措施',
    ],
    [null, '产出指标', '数量指标', '道路硬化里程', '≥20公里', '20.5公里', 20, 20],
    [null, null, '质量指标', '验收合格率', '100%', '100%', 15, 15],
    [null, null, '时效指标', '按期完工率', '100%', '95%', 15, 14.25, '原因分析：雨季延误\n改进措施：提前安排'],
    [null, null, '成本指标', '指标1：'],
    [null, '效益指标', '社会效益指标', '群众出行便利度', '有效提升', '有效提升', 30, 30],
    [null, '满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '95%', 10, 10],
    ['总分', null, null, null, null, null, 100, 98.75],
  ];
  const merges = [
    r(0, 0, 0, 8),
    r(1, 0, 1, 8),
    r(2, 1, 2, 8),
    r(4, 0, 8, 0),
    r(9, 0, 10, 0),
    r(11, 0, 17, 0),
    r(12, 1, 15, 1),
    r(18, 0, 18, 5),
  ];

  it('reads the year from the （2023年度） row under the title', () => {
    const { table } = onlyScored(rows, merges);
    expect(table.title).toBe('项目支出绩效自评表');
    expect(table.year).toBe(2023);
    expect(table.id).toBe('Sheet1!A1');
  });

  it('reads names, budget lines with their — cells and the goals', () => {
    const { table } = onlyScored(rows, merges);
    expect([table.name, table.department]).toEqual(['乡村道路建设', '某某县公路建设养护中心']);
    expect(table.budget?.total.executed?.cell.value).toBe(494);
    expect(table.budget?.parts.map((p) => p.label)).toEqual(['当年财政拨款', '上年结转资金', '其他资金']);
    expect(table.goals?.achieved?.cell.text).toBe('完成20.5公里');
  });

  it('skips the unfilled 指标1： row and reads the rest to 总分', () => {
    const { table, findings } = onlyScored(rows, merges);
    expect(table.indicators.map((i) => i.name)).toEqual([
      '道路硬化里程',
      '验收合格率',
      '按期完工率',
      '群众出行便利度',
      '群众满意度',
    ]);
    expect(table.indicators[2].note?.cell.text).toContain('雨季延误');
    expect(table.total?.score?.cell.value).toBe(98.75);
    expect(findings).toEqual([]);
  });
});

describe('a 附件2 with a 年度主要任务 section between budget and goals', () => {
  const rows = [
    ['2023年度部门整体支出绩效自评表'],
    ['部门（单位）名称', '某某县财政局'],
    ['年度预算申请（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [null, '年度资金总额', 1000, 1100, 1045, 10, '95%', 9.5],
    [null, '按收入性质分：', null, null, '按支出性质分：'],
    [null, '其中：一般公共预算：1100', null, null, '其中：基本支出：900  项目支出：200'],
    ['年度主要任务', '任务名称', null, '主要内容', null, '预算金额（万元）'],
    [null, '任务一', null, '日常运转', null, 900],
    [null, '任务二', null, '专项工作', null, 200],
    ['年度总体目标', '预期目标', null, null, null, '实际完成情况'],
    [null, '保障运转', null, null, null, '已保障'],
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因'],
    ['产出指标', '数量指标', '指标甲', '10个', '10个', 90, 90],
    ['总分', null, null, null, null, 100, 99.5],
  ];
  const merges = [r(0, 0, 0, 7), r(1, 1, 1, 7), r(2, 0, 5, 0), r(6, 0, 8, 0)];

  it('reads two parts written in one cell, each with its amount', () => {
    const { table } = onlyScored(rows, merges);
    expect(table.kind).toBe('department');
    expect(table.name).toBe('某某县财政局');
    expect(table.budget?.inline.map((i) => [i.label, i.group, i.amount, i.slot.address])).toEqual([
      ['一般公共预算', 'income', 1100, 'B6'],
      ['基本支出', 'expense', 900, 'E6'],
      ['项目支出', 'expense', 200, 'E6'],
    ]);
  });

  it('does not take the 年度主要任务 rows for budget parts', () => {
    const { table } = onlyScored(rows, merges);
    expect(table.budget?.parts).toEqual([]);
    expect(table.budget?.inline).toHaveLength(3);
    expect(table.goals?.expected?.cell.text).toBe('保障运转');
  });
});

describe('in-cell parts', () => {
  it.each([
    ['其中:一般公共预算:4425.38', [{ label: '一般公共预算', amount: 4425.38 }]],
    ['政府性基金拨款:', [{ label: '政府性基金拨款', amount: null }]],
    [
      '其中:基本支出:4245.51项目支出:179.87',
      [
        { label: '基本支出', amount: 4245.51 },
        { label: '项目支出', amount: 179.87 },
      ],
    ],
    ['其他资金:1,200.5万元', [{ label: '其他资金', amount: 1200.5 }]],
    ['其中:当年财政拨款', []],
    ['说明:此项为空', []],
  ])('reads %j', (norm, parts) => {
    expect(parseInlineAmounts(norm)).toEqual(parts);
  });
});

describe('columns beside the scored ones', () => {
  it('keeps 得分 as the score column when a 评分标准 column and a 完成率 column sit beside it', () => {
    const rows = [
      [
        '一级指标',
        '二级指标',
        '三级指标',
        '年度指标值',
        '实际完成值',
        '完成率',
        '分值',
        '评分标准',
        '得分',
        '偏差原因分析及改进措施',
      ],
      ['产出指标', '数量指标', '指标甲', '10个', '9个', '90%', 100, '按比例计分', 90, '进度滞后'],
      ['总分', null, null, null, null, null, 100, null, 90],
    ];
    const { table } = onlyScored(rows);
    expect(table.columns).toMatchObject({ actual: 4, weight: 6, score: 8, note: 9 });
    expect(table.indicators[0].score.cell.value).toBe(90);
  });

  it('skips the 小计 rows of each 一级指标', () => {
    const rows = [
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标', '数量指标', '指标甲', '10个', '10个', 60, 60],
      ['产出指标小计', null, null, null, null, 60, 60],
      ['效益指标', '社会效益指标', '指标乙', '有效', '有效', 40, 40],
      ['小计', null, null, null, null, 40, 40],
      ['合计', null, null, null, null, 100, 100],
    ];
    const { table } = onlyScored(rows);
    expect(table.indicators.map((i) => i.name)).toEqual(['指标甲', '指标乙']);
    expect(table.total?.row).toBe(5);
  });
});

describe('forms without a 三级指标 column', () => {
  it('names the indicators by the lowest level the form has', () => {
    const rows = [
      ['一级指标', '二级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['产出指标', '归集住房公积金', '48亿元', '54.62亿元', 60, 60],
      ['效益指标', '住房保障作用', '有效', '有效', 40, 40],
      ['总分', null, null, null, 100, 100],
    ];
    const { table, findings } = onlyScored(rows);
    expect(table.columns).toMatchObject({ level1: 0, name: 1, target: 2, score: 5 });
    expect(table.columns.level2).toBeUndefined();
    expect(table.indicators.map((i) => [i.level1, i.name])).toEqual([
      ['产出指标', '归集住房公积金'],
      ['效益指标', '住房保障作用'],
    ]);
    expect(findings).toEqual([]);
  });
});
