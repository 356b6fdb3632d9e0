// A 一级指标 row carrying the sum of the rows under it (产出指标 | | | 50 | 48, no name, target or actual of its own) is a
// subtotal, like a 小计 row: not an indicator, and not counted again in the weights and the total.

import { zhFormWording } from '../../src/i18n/zh-CN/formWording';
import type { TableResult } from '../../src/domain/result';
import { checkWorkbook } from '../../src/workbook/check';
import { gridFromRows } from '../../src/workbook/grid';

function table(outputWeight: number, outputScore: number) {
  const rows: (string | number | null)[][] = [
    ['项目支出绩效自评表'],
    ['项目名称', '职业技能提升培训'],
    ['项目资金（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    [null, '年度资金总额', 100, 100, 100, 10, '100%', 10],
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    ['产出指标', null, null, null, null, outputWeight, outputScore],
    ['产出指标', '数量指标', '培训人次', '≥500人次', '520人次', 20, 20],
    ['产出指标', '质量指标', '考核合格率', '≥90%', '95%', 30, 30],
    ['效益指标', null, null, null, null, 30, 30],
    ['效益指标', '社会效益指标', '就业率', '≥80%', '85%', 30, 30],
    ['满意度指标', '服务对象满意度指标', '学员满意度', '≥90%', '95%', 10, 10],
    ['总分', null, null, null, null, 100, 100],
  ];
  return checkWorkbook([gridFromRows('自评', rows)], { wording: zhFormWording });
}

describe('一级指标 subtotal rows', () => {
  test('are left out: the weights add up to 100 and the total to the 100 printed', () => {
    const r = table(50, 50);
    const t = r.evaluation.results[0] as TableResult;
    expect(t.indicators.map((i) => i.name)).toEqual(['培训人次', '考核合格率', '就业率', '学员满意度']);
    expect(t.total).toBe(100);
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });

  test("a row whose points are not its rows' sum stays a row (and its blanks are reported)", () => {
    const r = table(40, 40);
    const t = r.evaluation.results[0] as TableResult;
    expect(t.indicators).toHaveLength(5);
    expect(r.findings.some((f) => f.severity === 'error')).toBe(true);
  });
});
