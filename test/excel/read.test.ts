// Reading a workbook through Office.js into the grids the core uses: the same cells the .xlsx adapter
// reads, in two syncs, with formulas, merged areas (512 and more), protection, and used ranges too big
// for one Excel-on-the-web response read in blocks.

import { buildFormattedPercentages, buildSeedWorkbook, buildStackedOneSheet } from '../../scripts/fixtures';
import type { Rect } from '../../src/domain/model';
import { gridFromRows, type SheetGrid } from '../../src/workbook/grid';
import { openGrids } from './helpers';
import { FakeWorkbook } from '../support/fakeExcel';
import { ExcelSession } from '../../src/excel/session';
import { loadFixtureGrids } from '../support/grids';

/** value/formula/number format of every non-empty cell, and the merges: what must survive the trip. */
function essence(grids: SheetGrid[]) {
  return grids.map((g) => ({
    name: g.name,
    merges: [...g.merges].sort((a, b) => a.top - b.top || a.left - b.left),
    cells: g.cells.flatMap((row, r) =>
      (row ?? []).flatMap((c, col) => {
        if (!c || ((c.value === null || c.value === '') && !c.formula)) return [];
        const fmt = c.numberFormat && c.numberFormat !== 'General' ? c.numberFormat : undefined;
        return [[r, col, c.value, c.text, c.formula ?? null, fmt ?? null]];
      }),
    ),
  }));
}

describe('reading the workbook', () => {
  it.each([
    ['the seed workbook', buildSeedWorkbook],
    ['four tables stacked on one sheet', buildStackedOneSheet],
    ['percentages as formatted numbers and 执行率 as formulas', buildFormattedPercentages],
  ])('gives the same grids as the .xlsx adapter for %s', async (_name, builder) => {
    const grids = await loadFixtureGrids(builder);
    const { session } = openGrids(grids);
    expect(essence(await session.readGrids())).toEqual(essence(grids));
  });

  it('takes three syncs for the whole workbook the first time, two for a rescan', async () => {
    const { wb, session } = openGrids(await loadFixtureGrids(buildSeedWorkbook));
    await session.readGrids();
    expect(wb.syncCount).toBe(3);
    await session.readGrids();
    expect(wb.syncCount).toBe(5);
  });

  it('reads formulas as formulas and text that starts with "=" as text', async () => {
    const g = gridFromRows('表', [['a', 2, null]]);
    g.cells[0][2] = { value: 4, text: '4', formula: '=B1*2' };
    g.cells[1] = [{ value: '=不是公式', text: '=不是公式' }];
    g.rowCount = 2;
    const { session } = openGrids([g]);
    const [read] = await session.readGrids();
    expect(read.cells[0][2]).toMatchObject({ value: 4, formula: '=B1*2' });
    expect(read.cells[1][0]).toEqual({ value: '=不是公式', text: '=不是公式' });
  });

  it('reads more than 512 merged areas', async () => {
    const rows = Array.from({ length: 700 }, (_, r) => [`指标${r}`, null, r]);
    const merges: Rect[] = rows.map((_, r) => ({ top: r, left: 0, bottom: r, right: 1 }));
    const { session } = openGrids([gridFromRows('附件3', rows, merges)]);
    const [read] = await session.readGrids();
    expect(read.merges).toHaveLength(700);
    expect(read.merges[699]).toEqual({ top: 699, left: 0, bottom: 699, right: 1 });
  });

  it('marks protected sheets and reads fills when asked', async () => {
    const g = gridFromRows('附件2', [['得分', 98]]);
    g.protected = true;
    g.cells[0][1] = { ...g.cells[0][1]!, fill: '#FFC7CE' };
    const { session } = openGrids([g]);
    const [plain] = await session.readGrids();
    expect(plain.protected).toBe(true);
    expect(plain.cells[0][1]?.fill).toBeUndefined();
    const [withFills] = await session.readGrids({ fills: true });
    expect(withFills.cells[0][1]?.fill).toBe('#FFC7CE');
  });

  const bigSheet = () => {
    const rows = Array.from({ length: 3000 }, (_, r) => [`第${r}行的指标名称`, `控制在${r}%以下`, r / 7, `备注${r}`]);
    return [gridFromRows('大表', rows), gridFromRows('小表', [['x']])];
  };

  it('reads a used range too big for one response in blocks sized from its dimensions', async () => {
    const grids = bigSheet();
    const limit = 60_000;
    const wb = FakeWorkbook.fromGrids(grids, { payloadLimitBytes: limit });
    const session = new ExcelSession({ host: wb.host, readBlockBytes: limit / 2 });
    const read = await session.readGrids();
    expect(essence(read)).toEqual(essence(grids));
    // Only the first, optimistic read of every cell is refused (after the sheets and used ranges).
    expect(wb.syncs.filter((s) => s.error).map((s) => s.n)).toEqual([3]);
    for (const s of wb.syncs.filter((x) => !x.error)) expect(s.responseBytes).toBeLessThanOrEqual(limit);
  });

  it('halves the blocks when cells turn out bigger than estimated', async () => {
    const grids = bigSheet();
    const limit = 60_000;
    const { wb, session } = openGrids(grids, { payloadLimitBytes: limit });
    const read = await session.readGrids();
    expect(essence(read)).toEqual(essence(grids));
    expect(wb.syncs.filter((s) => s.error).length).toBeGreaterThan(1);
    for (const s of wb.syncs.filter((x) => !x.error)) expect(s.responseBytes).toBeLessThanOrEqual(limit);
  });
});
