// When a failed indicator passes after the officer corrects its actual value, 「一键重算」 takes the
// tool's red/yellow highlight off its row again: each cell gets back the fill it had before the tool
// first highlighted it (none, or a person's own colour), a cell a person recoloured since keeps their
// colour, the rerun stays three syncs, and 「撤销上次写入」 after it brings the first run's highlights back.

import { zhFormWording } from '../../src/i18n/zh-CN/formWording';
import { buildSeedWorkbook } from '../../scripts/fixtures';
import { recalculate } from '../../src/workbook/recalculate';
import { FILLED_CELLS_SETTING, FILL_SNAPSHOT_SETTING, recordToXml } from '../../src/workbook/record';
import { ExcelSession } from '../../src/excel/session';
import type { SheetGrid } from '../../src/workbook/grid';
import { fromA1, gridFromRows, toA1 } from '../../src/workbook/grid';
import { loadFixtureGrids } from '../support/grids';
import { cellStates, indicator, openGrids, type CellState } from './helpers';

const RED = '#FFC7CE';

interface Seed {
  grids: SheetGrid[];
  /** The 个贷率 row on 附件2 (0-based), its 实际完成 cell, and the addresses the tool highlights on it. */
  row: number;
  actual: string;
  rowCells: string[];
}

async function seed(): Promise<Seed> {
  const grids = structuredClone(await loadFixtureGrids(buildSeedWorkbook));
  const { table, row } = indicator(grids, '附件2', '个贷率');
  const c = table.columns;
  const cols = [c.name, c.targetNature, c.target, c.unit, c.actual, c.weight, c.score, c.note].filter(
    (x): x is number => x !== undefined,
  );
  const rowCells: string[] = [];
  for (let col = Math.min(...cols); col <= Math.max(...cols); col++) rowCells.push(toA1(row.row, col));
  return { grids, row: row.row, actual: row.actual.address, rowCells };
}

/** The cells of the 个贷率 row as plain data (value, formula, fill, number format). */
function rowState(states: Record<string, CellState>, s: Seed): Record<string, CellState | undefined> {
  return Object.fromEntries(s.rowCells.map((a) => [a, states[`附件2!${a}`]]));
}

const fillsOf = (wb: ReturnType<typeof openGrids>['wb'], s: Seed) =>
  s.rowCells.map((a) => wb.cell('附件2', a)?.fill ?? null);

describe('a corrected 个贷率 on the seed workbook', () => {
  it('loses its red row on the rerun: every cell is back to no fill, as before the first run', async () => {
    const s = await seed();
    const { wb, session } = openGrids(s.grids);
    const before = cellStates(wb);
    expect(fillsOf(wb, s).every((f) => f === null)).toBe(true);

    await recalculate(session, { wording: zhFormWording, write: true });
    expect(fillsOf(wb, s).every((f) => f === RED)).toBe(true);

    wb.userEdit('附件2', s.actual, '65%'); // now inside its 60%–80% band
    const syncsBefore = wb.syncCount;
    const { result, applied } = await recalculate(session, { wording: zhFormWording, write: true });

    expect(result.plan.unfills?.filter((u) => u.sheet === '附件2').map((u) => u.address)).toEqual(s.rowCells);
    expect(result.plan.unfills?.every((u) => u.color === null && u.was === RED)).toBe(true);
    expect(fillsOf(wb, s).every((f) => f === null)).toBe(true);
    const now = cellStates(wb);
    expect(rowState(now, s)).toEqual({ ...rowState(before, s), [s.actual]: now[`附件2!${s.actual}`] });
    expect(applied!.filled).toBe(s.rowCells.length);
    expect(applied!.cleared).toBe(s.rowCells.length); // every fill change here is a highlight taken back
    // Read (2 syncs, the highlights' fills loaded in the second) and one write.
    expect(wb.syncCount - syncsBefore).toBe(3);
  });

  it("gets a person's own colour back where the tool had painted over it", async () => {
    const s = await seed();
    const [first, second] = s.rowCells;
    const g = s.grids.find((x) => x.name === '附件2')!;
    const { col } = fromA1(first)!;
    const line = (g.cells[s.row] ??= []);
    line[col] = { ...(line[col] ?? { value: null, text: '' }), fill: '#FFFF00' };
    const { wb, session } = openGrids(s.grids);

    await recalculate(session, { wording: zhFormWording, write: true });
    expect([wb.cell('附件2', first)?.fill, wb.cell('附件2', second)?.fill]).toEqual([RED, RED]);

    wb.userEdit('附件2', s.actual, '65%');
    await recalculate(session, { wording: zhFormWording, write: true });
    expect(wb.cell('附件2', first)?.fill).toBe('#FFFF00');
    expect(wb.cell('附件2', second)?.fill).toBeUndefined();
  });

  it('leaves a cell a person recoloured after the first run as they made it, and forgets it', async () => {
    const s = await seed();
    const recoloured = s.rowCells[1];
    const { wb, session } = openGrids(s.grids);
    await recalculate(session, { wording: zhFormWording, write: true });
    wb.userFill('附件2', recoloured, '#00B050');

    wb.userEdit('附件2', s.actual, '65%');
    const { result } = await recalculate(session, { wording: zhFormWording, write: true });

    expect(result.plan.unfills?.map((u) => u.address)).not.toContain(recoloured);
    expect(wb.cell('附件2', recoloured)?.fill).toBe('#00B050');
    expect(s.rowCells.filter((a) => a !== recoloured).map((a) => wb.cell('附件2', a)?.fill ?? null)).toEqual(
      s.rowCells.slice(1).map(() => null),
    );
    const record = await session.readRecord();
    expect(Object.keys(record!.fills ?? {})).not.toContain(`附件2!${recoloured}`);
    expect(wb.doc.settings[FILLED_CELLS_SETTING]).not.toContain(`附件2!${recoloured}`);
  });

  it('keeps the row red while it still fails, and a third run changes nothing', async () => {
    const s = await seed();
    const { wb, session } = openGrids(s.grids);
    await recalculate(session, { wording: zhFormWording, write: true });
    const afterFirst = cellStates(wb);

    const again = await recalculate(session, { wording: zhFormWording, write: true });
    expect(again.result.plan.unfills).toEqual([]);
    expect(again.applied).toEqual({ written: 0, filled: 0, sheets: [] });
    expect(cellStates(wb)).toEqual(afterFirst);

    wb.userEdit('附件2', s.actual, '65%');
    await recalculate(session, { wording: zhFormWording, write: true });
    const afterFix = cellStates(wb);
    const third = await recalculate(session, { wording: zhFormWording, write: true });
    expect(third.applied).toEqual({ written: 0, filled: 0, sheets: [] });
    expect(cellStates(wb)).toEqual(afterFix);
  });

  it('brings the first run’s highlights back on 「撤销上次写入」 after the rerun, even after reopening', async () => {
    const s = await seed();
    const { wb, session } = openGrids(s.grids);
    await recalculate(session, { wording: zhFormWording, write: true });
    wb.userEdit('附件2', s.actual, '65%');
    const afterFirstWithFix = cellStates(wb);

    await recalculate(session, { wording: zhFormWording, write: true });
    expect(fillsOf(wb, s).every((f) => f === null)).toBe(true);
    wb.reopen();
    const reopened = new ExcelSession({ host: wb.host });
    const reverted = await reopened.revertLast();
    expect(reverted.skipped).toBeUndefined();
    expect(cellStates(wb)).toEqual(afterFirstWithFix);
    expect(fillsOf(wb, s).every((f) => f === RED)).toBe(true);

    // The tool owns those highlights again: the next run takes them back once more.
    const { result } = await recalculate(reopened, { wording: zhFormWording, write: true });
    expect(result.plan.unfills?.filter((u) => u.sheet === '附件2').map((u) => u.address)).toEqual(s.rowCells);
    expect(fillsOf(wb, s).every((f) => f === null)).toBe(true);
  });

  it('undoes the whole first run from the very beginning when nothing was rerun', async () => {
    const s = await seed();
    const { wb, session } = openGrids(s.grids);
    const original = cellStates(wb);
    await recalculate(session, { wording: zhFormWording, write: true });
    await session.revertLast();
    expect(cellStates(wb)).toEqual(original);
    expect(wb.doc.settings[FILLED_CELLS_SETTING]).toEqual([]);
  });

  it('takes the highlight back one run later when the settings no longer list the highlighted cells, never guessing', async () => {
    const s = await seed();
    const { wb, session } = openGrids(s.grids);
    await recalculate(session, { wording: zhFormWording, write: true });
    // A workbook written by an older version (or settings saved by another runtime): no list of highlighted cells.
    delete wb.doc.settings[FILLED_CELLS_SETTING];
    wb.reopen();
    const later = new ExcelSession({ host: wb.host });
    wb.userEdit('附件2', s.actual, '65%');

    const first = await recalculate(later, { wording: zhFormWording, write: true });
    expect(first.result.plan.unfills).toEqual([]);
    expect(fillsOf(wb, s).every((f) => f === RED)).toBe(true);
    expect(wb.doc.settings[FILLED_CELLS_SETTING]).toEqual(expect.arrayContaining(s.rowCells.map((a) => `附件2!${a}`)));

    await recalculate(later, { wording: zhFormWording, write: true });
    expect(fillsOf(wb, s).every((f) => f === null)).toBe(true);
  });

  it('takes the highlight back also in a workbook too big for one read, read in blocks', async () => {
    const s = await seed();
    const rows = Array.from({ length: 3000 }, (_, r) => [`第${r}行的说明`, `备注${r}`, r / 7]);
    s.grids.push(gridFromRows('大表', rows));
    const { wb, session } = openGrids(s.grids, { payloadLimitBytes: 60_000 });
    await recalculate(session, { wording: zhFormWording, write: true });
    expect(fillsOf(wb, s).every((f) => f === RED)).toBe(true);

    wb.userEdit('附件2', s.actual, '65%');
    const from = wb.syncs.length;
    await recalculate(session, { wording: zhFormWording, write: true });
    expect(wb.syncs.slice(from).some((x) => x.error)).toBe(true); // the one-shot read was refused
    expect(fillsOf(wb, s).every((f) => f === null)).toBe(true);
  });

  it('keeps the fill before the first highlight in the record from the first write on, not in the settings', async () => {
    const s = await seed();
    const { wb, session } = openGrids(s.grids);
    await recalculate(session, { wording: zhFormWording, write: true });
    const key = `附件2!${s.rowCells[0]}`;
    expect(wb.doc.settings[FILL_SNAPSHOT_SETTING]).toBeUndefined();
    let record = (await session.readRecord())!;
    expect(record.fills?.[key]).toBe(RED);
    expect(record.fillOrigins?.[key]).toBeNull();

    wb.userEdit('附件3', indicator(s.grids, '附件3', '个贷率').row.actual.address, '65%');
    await recalculate(session, { wording: zhFormWording, write: true });
    record = (await session.readRecord())!;
    expect(record.fills?.[key]).toBe(RED);
    expect(record.fillOrigins?.[key]).toBeNull();
  });

  it('still takes back the highlights of a document whose earlier version kept their fills in the settings', async () => {
    const s = await seed();
    const { wb, session } = openGrids(s.grids);
    await recalculate(session, { wording: zhFormWording, write: true });
    // What an earlier version left: the record without the fills before, and them in the settings.
    const record = (await session.readRecord())!;
    const when = record.snapshot!.when;
    const fills: Record<string, null> = {};
    for (const c of record.snapshot!.cells) if (c.wroteFill !== undefined) fills[`${c.sheet}!${c.address}`] = null;
    for (const c of record.snapshot!.cells) delete c.fill;
    delete record.fillOrigins;
    delete record.revision;
    wb.doc.parts[0].xml = recordToXml(record);
    wb.doc.settings[FILL_SNAPSHOT_SETTING] = { when, fills };
    wb.reopen();

    wb.userEdit('附件2', s.actual, '65%');
    await recalculate(new ExcelSession({ host: wb.host }), { write: true, wording: zhFormWording });
    expect(fillsOf(wb, s).every((f) => f === null)).toBe(true);
  });
});

describe('colours the tool changes and takes back through a reviewed plan', () => {
  const grid = (): SheetGrid[] => {
    const g: SheetGrid = {
      name: '附件3',
      cells: [[{ value: '指标', text: '指标' }], [{ value: '个贷率', text: '个贷率', fill: '#D9E1F2' }]],
      merges: [],
      rowCount: 2,
      colCount: 1,
    };
    return [g];
  };
  const fill = (color: string, reason: 'failed' | 'review' = 'failed') => ({
    sheet: '附件3',
    row: 1,
    col: 0,
    address: 'A2',
    color,
    reason,
  });

  it('remembers the fill before the first highlight when the colour changes from yellow to red', async () => {
    const { wb, session } = openGrids(grid());
    await session.applyPlan({ writes: [], conflicts: [], fills: [fill('#FFEB9C', 'review')] });
    await session.applyPlan({ writes: [], conflicts: [], fills: [fill(RED)] });
    expect(wb.cell('附件3', 'A2')?.fill).toBe(RED);
    const applied = await session.applyPlan({
      writes: [],
      conflicts: [],
      fills: [],
      unfills: [{ sheet: '附件3', row: 1, col: 0, address: 'A2', color: '#D9E1F2', was: RED, reason: 'clear' }],
    });
    expect(applied.filled).toBe(1);
    expect(wb.cell('附件3', 'A2')?.fill).toBe('#D9E1F2');
  });

  it('does not take back a highlight that a person recoloured between the check and the write', async () => {
    const { wb, session } = openGrids(grid());
    await session.applyPlan({ writes: [], conflicts: [], fills: [fill(RED)] });
    wb.userFill('附件3', 'A2', '#00B050');
    const applied = await session.applyPlan({
      writes: [],
      conflicts: [],
      fills: [],
      unfills: [{ sheet: '附件3', row: 1, col: 0, address: 'A2', color: '#D9E1F2', was: RED, reason: 'clear' }],
    });
    expect(applied).toEqual({ written: 0, filled: 0, sheets: [] });
    expect(wb.cell('附件3', 'A2')?.fill).toBe('#00B050');
  });

  it('does not touch a cell the tool never highlighted, whatever a plan says', async () => {
    const { wb, session } = openGrids(grid());
    const applied = await session.applyPlan({
      writes: [],
      conflicts: [],
      fills: [],
      unfills: [{ sheet: '附件3', row: 1, col: 0, address: 'A2', color: null, was: '#D9E1F2', reason: 'clear' }],
    });
    expect(applied.filled).toBe(0);
    expect(wb.cell('附件3', 'A2')?.fill).toBe('#D9E1F2');
  });
});

describe('what the officer is told after a rerun that took highlights back', () => {
  it('counts highlights set and highlights taken back apart, in the ribbon summary and in the pane', async () => {
    const { excelMessages } = await import('../../src/i18n/zh-CN/excel');
    const { zhCN, en } = await import('../../src/i18n/pane');
    expect(excelMessages.summaryWritten(1, 8, 8)).toBe('写入 1 个单元格，取消 8 个现已达标单元格的标记。');
    expect(excelMessages.summaryWritten(3, 12, 2)).toBe(
      '写入 3 个单元格，标出 10 个需要关注的单元格（未达标为红色，需人工判断为黄色），取消 2 个现已达标单元格的标记。',
    );
    expect(excelMessages.summaryWritten(2, 5)).toBe(
      '写入 2 个单元格，标出 5 个需要关注的单元格（未达标为红色，需人工判断为黄色）。',
    );
    expect(zhCN.wrote(1, 8, 8)).toBe('已写入 1 个单元格，取消 8 个现已达标单元格的标记。可用「撤销上次写入」恢复。');
    expect(en.wrote(3, 12, 2)).toBe(
      'Wrote 3 cells, highlighted 10, cleared 2 highlights of rows that now pass. “Undo last write” restores them.',
    );
  });
});
