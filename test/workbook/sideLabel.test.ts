// A label merged down the side of the indicator block is not a column header, even when its words name one.

import type { ScoredTable } from '../../src/domain/model';
import { gridFromRows } from '../../src/workbook/grid';
import { locateTables } from '../../src/workbook/locate';
import { checkWorkbook } from '../../src/workbook/check';
import { zhFormWording } from '../../src/i18n/zh-CN/formWording';

const rows = [
  ['项目支出绩效自评表'],
  ['项目名称', '乡村道路养护'],
  [
    '年度绩效指标完成情况',
    '一级指标',
    '二级指标',
    '三级指标',
    '年度指标值',
    '实际完成值',
    '分值',
    '得分',
    '偏差原因分析及改进措施',
  ],
  [null, '产出指标', '数量指标', '养护里程', '≥120公里', '126公里', 30, 30],
  [null, null, '质量指标', '路面合格率', '≥95%', '97%', 30, 30],
  [null, null, '时效指标', '完成及时率', '100%', '100%', 20, 20],
  [null, '效益指标', '社会效益指标', '通行条件改善', '有效改善', '有效改善', 10, 10],
  [null, '满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '93%', 10, 10],
  ['总分', null, null, null, null, null, 100, 100],
];
// A3:A8 side label over the header and the five indicator rows
const grid = () => gridFromRows('项目自评', rows, [{ top: 2, left: 0, bottom: 7, right: 0 }]);

describe('a side label merged down the indicator rows', () => {
  it('keeps the first indicator rows in the table and the total', () => {
    const { tables, findings } = locateTables([grid()]);
    const t = tables[0] as ScoredTable;
    expect(t.indicators.map((i) => i.name)).toEqual([
      '养护里程',
      '路面合格率',
      '完成及时率',
      '通行条件改善',
      '群众满意度',
    ]);
    expect(t.columns).toMatchObject({ name: 3, target: 4, actual: 5, weight: 6, score: 7, note: 8 });
    expect(t.range).toEqual({ top: 0, left: 0, bottom: 8, right: 8 });
    expect(findings).toEqual([]);
  });

  it('totals 100 against the printed 100 with no total-mismatch', () => {
    const r = checkWorkbook([grid()], { wording: zhFormWording });
    expect(r.evaluation.results[0]).toMatchObject({ total: 100, recordedTotal: 100 });
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
