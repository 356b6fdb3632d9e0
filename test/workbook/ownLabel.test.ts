// An unscored 绩效目标自评表 is shown under its own title, not as 「附件3 项目支出绩效自评表」.

import { zhFormWording } from '../../src/i18n/zh-CN/formWording';
import { checkWorkbook } from '../../src/workbook/check';
import { summarize, summaryCells } from '../../src/workbook/summary';
import { formatTextReport, toFileReport } from '../../src/cli/report';
import {
  buildGrainReserveTargets,
  buildLijiangSatelliteEnforcement,
  buildOptionalRowsScorecard,
  buildShouxianDepartmentScorecard,
} from '../../scripts/fixtures';
import { loadFixtureGrids } from '../support/grids';

describe('the label a table is shown under', () => {
  test("an unscored table: its own title, in the summary and in the command's report", async () => {
    const r = checkWorkbook(await loadFixtureGrids(buildGrainReserveTargets), { wording: zhFormWording });
    const title = r.evaluation.results[0].table.title;
    expect(title).toContain('绩效目标自评表');
    const rows = summarize(r, 'x.xlsx');
    expect(rows[0].label).toBe(title);
    expect(summaryCells(rows[0])[1]).toBe(title);
    const report = toFileReport('x.xlsx', r);
    expect(report.tables[0].label).toBe(title);
    const text = formatTextReport(report);
    expect(text).toContain(`  ${title}「`);
    expect(text).not.toContain('附件3 项目支出绩效自评表');
  });

  test("a scored 附件3 keeps the annex's name", async () => {
    const r = checkWorkbook(await loadFixtureGrids(buildLijiangSatelliteEnforcement), { wording: zhFormWording });
    const rows = summarize(r, 'x.xlsx');
    expect(rows[0].label).toBeUndefined();
    expect(summaryCells(rows[0])[1]).toBe('附件3 项目支出绩效自评表');
    expect(formatTextReport(toFileReport('x.xlsx', r))).toContain('附件3 项目支出绩效自评表「');
  });

  test('a scorecard (决策–过程–产出–效益, 部门整体 评分表): its own title, else a scorecard name — not 「附件3」 with no name', async () => {
    for (const [build, kind] of [
      [buildOptionalRowsScorecard, 'project'],
      [buildShouxianDepartmentScorecard, 'department'],
    ] as const) {
      const r = checkWorkbook(await loadFixtureGrids(build), { wording: zhFormWording });
      const t = r.evaluation.results.find((x) => x.kind !== 'basic')!.table;
      expect(t.kind).toBe(kind);
      const label = summarize(r, 'x.xlsx').find((x) => x.kind === kind)!.label;
      expect(label).toBe(t.title || (kind === 'project' ? '项目绩效评分表' : '部门整体绩效评分表'));
      expect(formatTextReport(toFileReport('x.xlsx', r))).toContain(`  ${label}`);
    }
  });
});
