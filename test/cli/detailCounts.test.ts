// 其中 rows under a ★ indicator (河西村 绩效目标自评表, ahxx.gov.cn) are details of that indicator: listed and judged,
// but not indicators of their own in the counts (text report, JSON, summary sheet, pane): 8 indicators, not 15.

import { formatTextReport, toFileReport } from '../../src/cli/report';
import { summarize } from '../../src/workbook/summary';
import type { TableResult } from '../../src/domain/result';
import { checkWorkbook } from '../../src/workbook/check';
import { zhFormWording } from '../../src/i18n/zh-CN/formWording';
import { buildHexicunSubsidy } from '../../scripts/fixtures';
import { loadFixtureGrids } from '../support/grids';

async function hexicun(peach?: string) {
  const grids = await loadFixtureGrids(buildHexicunSubsidy);
  if (peach) grids[0].cells[12][6] = { value: peach, text: peach }; // 其中桃树种植面积 actual
  return checkWorkbook(grids, { wording: zhFormWording });
}

it('the text report counts the 8 indicators, not their 7 其中 rows', async () => {
  const text = formatTextReport(toFileReport('xiaoxian.xlsx', await hexicun()));
  expect(text).toContain('指标 8 项：达标 8，未达标 0，待复核 0，不适用 0，无法识别 0');
});

it('the JSON still lists the 其中 rows, marked as details', async () => {
  const report = toFileReport('xiaoxian.xlsx', await hexicun());
  const rows = report.tables[0].indicators;
  expect(rows).toHaveLength(15);
  expect(rows.filter((i) => i.detail === true).map((i) => i.name)).toEqual([
    '其中桃树种植面积',
    '其中苹果树种植面积',
    '其中露天蔬菜',
    '其中大棚蔬菜',
    '其中鱼塘养殖面积',
    '其中羊养殖数量',
    '其中猪养殖数量',
  ]);
  expect(rows.filter((i) => i.detail !== undefined && i.detail !== true)).toEqual([]);
});

it('a 其中 row that misses its target is said (its finding), not counted as a missed indicator', async () => {
  const r = await hexicun('1亩');
  const t = r.evaluation.results.find((x): x is TableResult => x.kind !== 'basic')!;
  expect(r.findings.some((f) => f.code === 'indicator-failed' && f.cell === 'H13')).toBe(true);
  expect(t.counts.failed).toBe(0);
  expect(formatTextReport(toFileReport('xiaoxian.xlsx', r))).toContain('指标 8 项：达标 8，未达标 0');
  expect(summarize(r).map((s) => s.failed)).toEqual([0]);
});
