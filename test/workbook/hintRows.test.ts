// Officers' edits of the forms that once misled the locator: a row of column numbers under a header (① ② ③, or
// A B C E=C/B on Guangdong-style forms), and 附件1's 经费控制情况 label merged down beside its lines.

import type { TableResult } from '../../src/domain/result';
import type { BasicData } from '../../src/domain/model';
import { checkWorkbook } from '../../src/workbook/check';
import { gridFromRows } from '../../src/workbook/grid';
import { zhFormWording } from '../../src/i18n/zh-CN/formWording';

const INDICATORS: (string | number)[][] = [
  ['产出指标', '数量指标', '培训人次', '≥500人次', '520人次', 30, 30],
  ['产出指标', '质量指标', '考核合格率', '≥90%', '95%', 30, 30],
  ['效益指标', '社会效益指标', '就业率', '≥80%', '85%', 30, 30],
];

function project(budgetHint: (string | null)[] | null, indicatorHint: (string | null)[] | null) {
  const rows: (string | number | null)[][] = [
    ['项目支出绩效自评表'],
    ['项目名称', '职业技能提升培训'],
    ['项目资金（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
  ];
  if (budgetHint) rows.push([null, null, ...budgetHint]);
  rows.push([null, '年度资金总额', 100, 100, 96, 10, '96%', 9.6]);
  rows.push(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']);
  if (indicatorHint) rows.push([null, null, null, ...indicatorHint]);
  rows.push(...INDICATORS, ['总分', null, null, null, null, 100, 99.6]);
  return checkWorkbook([gridFromRows('自评', rows)], { wording: zhFormWording });
}

describe('column-number hint rows under a header', () => {
  it('does not take ‘A B C D E=C/B F=D×E’ under the budget header for the 年度资金总额 line', () => {
    const r = project(['A', 'B', 'C', 'D', 'E=C/B', 'F=D×E'], null);
    const t = r.evaluation.results[0] as TableResult;
    expect(t.budget).toMatchObject({ initial: 100, fullYear: 100, executed: 96, score: 9.6 });
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('does not take ‘① ② ③ ④ ⑤=③/② ⑥=④×⑤’ (1 2 3 once normalised) for amounts', () => {
    const r = project(['①', '②', '③', '④', '⑤=③/②', '⑥=④×⑤'], null);
    const t = r.evaluation.results[0] as TableResult;
    expect(t.budget).toMatchObject({ fullYear: 100, executed: 96, rate: 0.96 });
  });

  it('does not read ‘① ② ③ ④’ under 年度指标值 … 得分 as a nameless indicator scored 4 of 3', () => {
    const r = project(null, ['①', '②', '③', '④']);
    const t = r.evaluation.results[0] as TableResult;
    expect(t.indicators.map((i) => i.name)).toEqual(['培训人次', '考核合格率', '就业率']);
    expect(t.total).toBe(99.6);
    expect(r.findings.filter((f) => f.code === 'score-above-weight')).toEqual([]);
  });

  it('still reads a real indicator whose values are plain numbers', () => {
    const r = project(null, null);
    expect((r.evaluation.results[0] as TableResult).indicators).toHaveLength(3);
  });
});

describe('附件1 with 经费控制情况 merged down beside its lines', () => {
  it('reads every line below the year headers', () => {
    const rows: (string | number | null)[][] = [
      ['部门整体支出绩效评价基础数据表'],
      ['财政供养人员情况', '编制数', '实际在职人数', '控制率'],
      [null, 40, 38, '95%'],
      ['经费控制情况', null, '2022年决算数', '2023年预算数', '2023年决算数'],
      [null, '三公经费', 8, 6, 5.5],
      [null, '公务用车购置和维护经费', 5, 4, 3.5],
      [null, '出国经费', 0, 0, 0],
      [null, '公务接待', 3, 2, 2],
      [null, '项目支出', 300, 280, 270],
    ];
    const grid = gridFromRows('附件1', rows, [{ top: 3, left: 0, bottom: 8, right: 0 }]);
    const r = checkWorkbook([grid], { wording: zhFormWording });
    const basic = r.tables[0] as BasicData;
    expect(basic.lines.map((l) => l.key)).toEqual(['sanGong', 'car', 'abroad', 'reception', 'project']);
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
