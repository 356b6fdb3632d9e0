// Reading a workbook within Excel's documented limits, on the in-memory host that enforces them:
// getMergedAreasOrNullObject fails above 512 merged areas (read in row bands, each merge once); a range
// read covers at most 5,000,000 cells and may return null instead of failing (office-js #6781); the used
// range counts formatted cells, so values come from getUsedRange(true). And a rescan of an unchanged
// layout does not read the merged areas again (each such call clears the officer's undo, #5918).

import { zhFormWording } from '../../src/i18n/zh-CN/formWording';
import { buildManyProjects, buildSeedWorkbook } from '../../scripts/fixtures';
import type { Rect } from '../../src/domain/model';
import { recalculate } from '../../src/workbook/recalculate';
import { gridFromRows, type SheetGrid } from '../../src/workbook/grid';
import { loadFixtureGrids } from '../support/grids';
import { openGrids } from './helpers';
import { FakeSheet, FakeWorkbook } from '../support/fakeExcel';

const byPosition = (a: Rect, b: Rect) => a.top - b.top || a.left - b.left;

/** A 9-column sheet of `rows` rows: a 3-row merge in column A every 3 rows, B:C merged on every row, E:F on every other row. */
function denseMerges(rows: number, name = '附件3'): SheetGrid {
  const data = Array.from({ length: rows }, (_, r) => [
    r % 3 === 0 ? `项目${r}` : null,
    `指标${r}`,
    null,
    r,
    `说明${r}`,
    null,
    1,
    2,
    3,
  ]);
  const merges: Rect[] = [];
  for (let r = 0; r + 2 < rows; r += 3) merges.push({ top: r, left: 0, bottom: r + 2, right: 0 });
  for (let r = 0; r < rows; r++) merges.push({ top: r, left: 1, bottom: r, right: 2 });
  for (let r = 0; r < rows; r += 2) merges.push({ top: r, left: 4, bottom: r, right: 5 });
  return gridFromRows(name, data, merges);
}

describe('more than 512 merged areas on a sheet', () => {
  it('reads every merge once, merges crossing the bands included', async () => {
    const g = denseMerges(900); // 300 + 900 + 450 merges
    const { session } = openGrids([g]);
    const [read] = await session.readGrids();
    expect(read.merges).toHaveLength(1650);
    expect([...read.merges].sort(byPosition)).toEqual([...g.merges].sort(byPosition));
  });

  it('asks no band for more than 512 merged areas, in the same syncs as the cells', async () => {
    const { wb, session } = openGrids([denseMerges(900), denseMerges(300, '附件3（二）')]);
    await session.readGrids();
    expect(wb.syncs.filter((s) => s.error)).toEqual([]);
    expect(wb.syncCount).toBe(3);
    expect(wb.apiCalls.mergedAreas).toBeGreaterThan(2);
  });

  it('halves a band that still holds too many (a host with a lower limit) until every merge is read', async () => {
    const g = denseMerges(200);
    const { wb, session } = openGrids([g], { mergedAreasLimit: 40 });
    const [read] = await session.readGrids();
    expect([...read.merges].sort(byPosition)).toEqual([...g.merges].sort(byPosition));
    expect(wb.syncs.filter((s) => s.error).length).toBeGreaterThan(0);
  });

  it('recalculates 50 project tables (600 merges on each sheet): 4 syncs the first time, 3 on a rerun', async () => {
    const grids = await loadFixtureGrids(() => buildManyProjects(50));
    expect(grids.every((g) => g.merges.length > 512)).toBe(true);
    const { wb, session } = openGrids(grids);
    const first = await recalculate(session, { wording: zhFormWording, write: true });
    expect(first.result.tables).toHaveLength(50);
    expect(wb.syncCount).toBe(4);
    expect(wb.syncs.filter((s) => s.error)).toEqual([]);
    const from = wb.syncCount;
    const rerun = await recalculate(session, {
      wording: zhFormWording,
      write: true,
      planOptions: { highlight: false },
    }); // takes the highlights back: a write
    expect(rerun.applied!.filled).toBe(first.applied!.filled);
    expect(wb.syncCount - from).toBe(3);
  }, 60000);
});

describe('a rescan of an unchanged layout', () => {
  it('reads no merged areas again while the sheets and their used ranges are unchanged, and gives the same grids', async () => {
    const { wb, session } = openGrids(await loadFixtureGrids(buildSeedWorkbook));
    const first = await session.readGrids();
    const calls = wb.apiCalls.mergedAreas;
    expect(calls).toBeGreaterThan(0);
    wb.userEdit('附件2', 'F19', '61%');
    const again = await session.readGrids();
    expect(wb.apiCalls.mergedAreas).toBe(calls);
    expect(again.map((g) => g.merges)).toEqual(first.map((g) => g.merges));
    expect(again.find((g) => g.name === '附件2')?.cells[18][5]?.value).toBe(0.61);
  });

  it('reads a sheet’s merged areas again when its used range grew', async () => {
    const g = gridFromRows(
      '附件3',
      [
        ['指标', null, '值'],
        ['a', null, 1],
      ],
      [{ top: 0, left: 0, bottom: 0, right: 1 }],
    );
    const { wb, session } = openGrids([g, gridFromRows('附件2', [['x']])]);
    await session.readGrids();
    const calls = wb.apiCalls.mergedAreas;
    wb.sheet('附件3').merges.push({ top: 2, left: 0, bottom: 2, right: 1 });
    wb.userEdit('附件3', 'A3', 'b');
    const [read] = await session.readGrids();
    expect(wb.apiCalls.mergedAreas).toBe(calls + 1); // only the sheet that changed
    expect(read.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 1 },
      { top: 2, left: 0, bottom: 2, right: 1 },
    ]);
  });

  it.each([
    ['renamed', (wb: FakeWorkbook): void => void (wb.sheet('附件1').name = '附件一'), ['附件一', '附件2', '附件3']],
    ['added', (wb: FakeWorkbook): void => void wb.doc.addSheet('附件4'), ['附件1', '附件2', '附件3', '附件4']],
    [
      'deleted',
      (wb: FakeWorkbook): void => void (wb.doc.sheets = wb.doc.sheets.filter((x) => x.name !== '附件1')),
      ['附件2', '附件3'],
    ],
  ] as const)('reads every merged area again when a sheet was %s', async (_, change, names) => {
    const { wb, session } = openGrids(await loadFixtureGrids(buildSeedWorkbook));
    await session.readGrids();
    const calls = wb.apiCalls.mergedAreas;
    change(wb);
    const grids = await session.readGrids();
    expect(grids.map((x) => x.name)).toEqual(names);
    expect(wb.apiCalls.mergedAreas - calls).toBeGreaterThanOrEqual(2); // 附件2 and 附件3 again, not only a new sheet
  });
  it('reads the merged areas again when a sheet was replaced by another of the same name and used range', async () => {
    const g = gridFromRows(
      '附件3',
      [
        ['指标', null, '值'],
        ['a', null, 1],
      ],
      [{ top: 0, left: 0, bottom: 0, right: 1 }],
    );
    const { wb, session } = openGrids([g, gridFromRows('附件2', [['x']])]);
    await session.readGrids();
    // The officer deletes 附件3 and puts in a new copy: same name, same cells and used range, other merges.
    const old = wb.sheet('附件3');
    const copy = new FakeSheet('附件3');
    for (const [r, row] of old.cells) for (const [c, cell] of row) copy.at(r, c).value = cell.value;
    for (const [r, row] of old.cells) for (const [c, cell] of row) copy.at(r, c).text = cell.text;
    copy.merges = [{ top: 1, left: 0, bottom: 1, right: 1 }];
    wb.doc.sheets[wb.doc.sheets.indexOf(old)] = copy;
    const [read] = await session.readGrids();
    expect(read.merges).toEqual([{ top: 1, left: 0, bottom: 1, right: 1 }]);
  });
});

describe('very large used ranges', () => {
  /** A small table on a sheet whose formats reach row 200,000 (a fill applied far down). */
  function formattedFarDown(): SheetGrid {
    const g = gridFromRows(
      '附件3',
      [
        ['指标', '值'],
        ['个贷率', 0.59],
      ],
      [{ top: 0, left: 0, bottom: 0, right: 1 }],
    );
    g.cells[199_999] = [undefined, { value: null, text: '', fill: '#FFFF00' }];
    g.rowCount = 200_000;
    return g;
  }

  it('reads the values from the values-only used range, not the 400,000 cells the formats reach', async () => {
    const { wb, session } = openGrids([formattedFarDown()], { readCellLimit: 100_000 });
    const [read] = await session.readGrids();
    expect(read.cells[1][1]?.value).toBe(0.59);
    expect(read.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 1 }]);
    expect(wb.syncs.filter((s) => s.error)).toEqual([]);
    expect(Math.max(...wb.syncs.map((s) => s.responseBytes))).toBeLessThan(10_000);
  });

  const tall = () =>
    gridFromRows(
      '大表',
      Array.from({ length: 3000 }, (_, r) => [`第${r}行`, r, r / 7, `备注${r}`]),
    );

  it.each(['throw', 'null'] as const)(
    'reads a values range above the cell limit in blocks when Excel answers %s',
    async (overLimitRead) => {
      const g = tall();
      const { wb, session } = openGrids([g, gridFromRows('小表', [['x']])], { readCellLimit: 5_000, overLimitRead });
      const [read] = await session.readGrids();
      expect(read.cells.length).toBe(3000);
      expect(read.cells[2999][0]?.value).toBe('第2999行');
      expect(read.cells[2999][2]?.value).toBeCloseTo(2999 / 7);
      expect(wb.syncCount).toBeGreaterThan(3);
    },
  );
});
