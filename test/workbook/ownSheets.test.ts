// The tool's own sheets — 「自评结果汇总」 in a scored copy or the bureau summary, 「检查结果」 written by the
// pane's 「导出检查结果」 — are recognised by their header row and left out when the workbook is checked
// again; a person's sheet that happens to carry one of those names is checked like any other.

import { buildSeedWorkbook } from '../../scripts/fixtures';
import { checkWorkbook } from '../../src/workbook/check';
import { gridFromRows, type SheetGrid } from '../../src/workbook/grid';
import { SUMMARY_HEADER, summarize, summaryCells } from '../../src/workbook/summary';
import { isOwnSheet } from '../../src/workbook/ownSheets';
import { buildFindingsExport } from '../../src/taskpane/exportFindings';
import { zhCN } from '../../src/i18n/pane';
import { openGrids } from '../excel/helpers';
import { loadFixtureGrids } from '../support/grids';
import { zhFormWording } from '../../src/i18n/zh-CN/formWording';

const keys = (grids: SheetGrid[]) =>
  checkWorkbook(grids, { wording: zhFormWording }).findings.map((f) => `${f.severity} ${f.code} ${f.sheet}!${f.cell}`);

/** The 「自评结果汇总」 sheet a scored copy carries, from the seed's own check. */
function summarySheet(grids: SheetGrid[], name: string): SheetGrid {
  const rows = summarize(checkWorkbook(grids, { wording: zhFormWording })).map((r) =>
    summaryCells({ ...r, file: undefined }),
  );
  return gridFromRows(name, [SUMMARY_HEADER, ...rows]);
}

describe('re-checking a workbook that carries the tool’s own sheets', () => {
  it('gives the same findings after the pane exported 「检查结果」 (with its summary rows)', async () => {
    const grids = await loadFixtureGrids(buildSeedWorkbook);
    const before = keys(grids);
    const { wb, session } = openGrids(grids);
    const exported = buildFindingsExport(checkWorkbook(grids, { wording: zhFormWording }), {}, zhCN);
    await session.writeFindingsSheet(exported.rows, exported.summary);
    const again = wb.toGrids();
    expect(again.map((g) => g.name)).toContain('检查结果');
    expect(keys(again)).toEqual(before);
  });

  it('gives the same findings after an export without summary rows (the findings header in row 1)', async () => {
    const grids = await loadFixtureGrids(buildSeedWorkbook);
    const before = keys(grids);
    const { wb, session } = openGrids(grids);
    await session.writeFindingsSheet(
      buildFindingsExport(checkWorkbook(grids, { wording: zhFormWording }), {}, zhCN).rows,
    );
    expect(keys(wb.toGrids())).toEqual(before);
  });

  it.each(['自评结果汇总', '自评结果汇总(2)', '汇总（改名）'])(
    'leaves out a summary sheet named %s, which names the annexes in its rows',
    async (name) => {
      const grids = await loadFixtureGrids(buildSeedWorkbook);
      const before = keys(grids);
      const withSummary = [...grids, summarySheet(grids, name)];
      expect(isOwnSheet(withSummary[withSummary.length - 1])).toBe(true);
      expect(keys(withSummary)).toEqual(before);
    },
  );

  it.each(['自评结果汇总', '检查结果'])('still checks a person’s sheet named %s that holds an annex', async (name) => {
    const grids = await loadFixtureGrids(buildSeedWorkbook);
    const renamed = grids.map((g) => (g.name === '附件3' ? { ...g, name } : g));
    expect(isOwnSheet(renamed[2])).toBe(false);
    const result = checkWorkbook(renamed, { wording: zhFormWording });
    expect(result.tables.filter((t) => t.sheet === name).map((t) => t.kind)).toEqual(['project']);
    expect(result.findings.some((f) => f.sheet === name && f.code === 'indicator-failed')).toBe(true);
  });

  it('does not take a sheet for the tool’s own when only part of the header matches', () => {
    const grid = gridFromRows('自评结果汇总', [SUMMARY_HEADER.slice(0, 5), ['附件3 项目支出绩效自评表']]);
    expect(isOwnSheet(grid)).toBe(false);
  });
});
