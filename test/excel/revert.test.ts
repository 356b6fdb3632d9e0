// 「撤销上次写入」: the snapshot kept in the document puts every value, formula, number format and fill
// back, even from a new pane after the workbook was reopened; what a person changed after the write
// is kept; cells the tool still owns are known to the next run.

import { zhFormWording } from '../../src/i18n/zh-CN/formWording';
import { buildBlankScores, buildSeedWorkbook } from '../../scripts/fixtures';
import { WorkbookError } from '../../src/workbook/host';
import { ExcelSession } from '../../src/excel/session';
import { recalculate } from '../../src/workbook/recalculate';
import { FILL_SNAPSHOT_SETTING, RECORD_NAMESPACE, recordToXml } from '../../src/workbook/record';
import type { SheetGrid } from '../../src/workbook/grid';
import { cellStates, openGrids } from './helpers';
import { loadFixtureGrids } from '../support/grids';

async function blankScores(): Promise<SheetGrid[]> {
  return structuredClone(await loadFixtureGrids(buildBlankScores));
}

describe('撤销上次写入', () => {
  it('restores every cell exactly, from a new pane after the workbook was closed and reopened', async () => {
    const grids = await blankScores();
    // A person's own highlight on a row the tool will highlight, and a rate cell with its own (non-%) format.
    const s2 = grids.find((g) => g.name === '附件2')!;
    s2.cells[18][3] = { ...s2.cells[18][3]!, fill: '#FFFF00' };
    s2.cells[4][7] = { value: null, text: '', numberFormat: '0.00' };
    const { wb, session } = openGrids(grids);
    const before = cellStates(wb);

    const { applied } = await recalculate(session, { wording: zhFormWording, write: true });
    expect(applied!.filled).toBe(17); // the 个贷率 rows (6 cells each), 附件1's three overruns and the unexplained 提取 note cells (issue 9 §1)
    expect(wb.cell('附件2', 'D19')?.fill).toBe('#FFC7CE');
    expect(wb.cell('附件2', 'H5')).toMatchObject({ value: 1, numberFormat: '0.00%' });
    expect(cellStates(wb)).not.toEqual(before);

    wb.reopen();
    const reopened = new ExcelSession({ host: wb.host });
    expect(await reopened.hasSnapshot()).toBe(true);
    const result = await reopened.revertLast();
    expect(result.restored).toBe(applied!.written + applied!.filled - 4); // H19 and the 提取 note are both written and filled on each sheet
    expect(result.skipped).toBeUndefined();
    expect(cellStates(wb)).toEqual(before);
    expect(wb.cell('附件2', 'D19')?.fill).toBe('#FFFF00');
    expect(wb.cell('附件2', 'H5')?.numberFormat).toBe('0.00');
    expect(await reopened.hasSnapshot()).toBe(false);
  });

  it('keeps what a person typed into a written cell after the write', async () => {
    const { wb, session } = openGrids(await blankScores());
    await recalculate(session, { wording: zhFormWording, write: true });
    wb.userEdit('附件2', 'H14', '4.5');
    const result = await session.revertLast();
    expect(result.skipped).toEqual(['附件2!H14']);
    expect(wb.cell('附件2', 'H14')?.value).toBe(4.5);
    expect(wb.cell('附件2', 'H15')).toBeUndefined();
    expect(wb.cell('附件2', 'H31')).toBeUndefined();
  });

  it('keeps a fill a person changed after the write', async () => {
    const { wb, session } = openGrids(await blankScores());
    await recalculate(session, { wording: zhFormWording, write: true });
    wb.userFill('附件2', 'E19', '#00B050');
    const result = await session.revertLast();
    expect(result.skipped).toEqual(['附件2!E19']);
    expect(wb.cell('附件2', 'E19')?.fill).toBe('#00B050');
    expect(wb.cell('附件2', 'D19')?.fill).toBeUndefined();
  });

  it('undoes the last write that changed something: run, run again, undo is back to the start', async () => {
    const { wb, session } = openGrids(await blankScores());
    const before = cellStates(wb);
    await recalculate(session, { wording: zhFormWording, write: true });
    await recalculate(session, { wording: zhFormWording, write: true });
    await session.revertLast();
    expect(cellStates(wb)).toEqual(before);
  });

  it('says there is nothing to undo in a workbook the tool never wrote to', async () => {
    const { session } = openGrids(await loadFixtureGrids(buildSeedWorkbook));
    expect(await session.hasSnapshot()).toBe(false);
    await expect(session.revertLast()).rejects.toBeInstanceOf(WorkbookError);
    await expect(session.revertLast()).rejects.toMatchObject({
      code: 'no-snapshot',
      message: expect.stringMatching(/没有可撤销的写入/),
    });
  });

  it('restores the fills of a write made by an earlier version, which kept the fills before in the document settings', async () => {
    const grids = await blankScores();
    const s2 = grids.find((g) => g.name === '附件2')!;
    s2.cells[18][3] = { ...s2.cells[18][3]!, fill: '#FFFF00' }; // a person's highlight the tool's replaces
    const { wb, session } = openGrids(grids);
    const before = cellStates(wb);
    await recalculate(session, { wording: zhFormWording, write: true });
    // What an earlier version left: the snapshot without the fills before, and those that changed in the settings.
    const record = (await session.readRecord())!;
    const fills: Record<string, string | null> = {};
    for (const c of record.snapshot!.cells) {
      if (c.wroteFill !== undefined && c.fill !== c.wroteFill) fills[`${c.sheet}!${c.address}`] = c.fill ?? null;
      delete c.fill;
    }
    expect(fills['附件2!D19']).toBe('#FFFF00');
    delete record.fillOrigins;
    delete record.revision;
    wb.doc.parts[0].xml = recordToXml(record);
    wb.doc.settings[FILL_SNAPSHOT_SETTING] = { when: record.snapshot!.when, fills };
    wb.reopen();

    const result = await new ExcelSession({ host: wb.host }).revertLast();
    expect(result.skipped).toBeUndefined();
    expect(cellStates(wb)).toEqual(before);
  });

  it('says there is nothing more to undo after an undo', async () => {
    const { session } = openGrids(await blankScores());
    await recalculate(session, { wording: zhFormWording, write: true });
    await session.revertLast();
    await expect(session.revertLast()).rejects.toMatchObject({ code: 'no-snapshot' });
  });

  it('stores the snapshot, the earlier fills included, in one custom XML part (not in the document settings)', async () => {
    const { wb, session } = openGrids(await blankScores());
    await recalculate(session, { wording: zhFormWording, write: true });
    expect(wb.doc.parts.map((p) => p.namespaceUri)).toEqual([RECORD_NAMESPACE]);
    expect(wb.doc.settings[FILL_SNAPSHOT_SETTING]).toBeUndefined();
    expect(
      (await session.readRecord())!.snapshot!.cells.find((c) => c.address === 'D19' && c.sheet === '附件2')?.fill,
    ).toBeNull();
    await recalculate(session, { wording: zhFormWording, write: true });
    expect(wb.doc.parts).toHaveLength(1);
  });

  it('on a sheet protected since (every cell locked), keeps that sheet as it is and lists its cells; other sheets are restored', async () => {
    const { wb, session } = openGrids(await blankScores());
    const before = cellStates(wb);
    await recalculate(session, { wording: zhFormWording, write: true });
    const after = cellStates(wb);
    wb.protect('附件3');
    const result = await session.revertLast();
    const on3 = (states: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(states).filter(([k]) => k.startsWith('附件3!')));
    const on2 = (states: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(states).filter(([k]) => k.startsWith('附件2!')));
    expect(on3(cellStates(wb))).toEqual(on3(after));
    expect(on2(cellStates(wb))).toEqual(on2(before));
    expect(result.skipped!.length).toBeGreaterThan(0);
    expect(result.skipped!.every((k) => k.startsWith('附件3!'))).toBe(true);
  });
});

describe('cells the tool owns', () => {
  it('are the cells it wrote while they still hold its values', async () => {
    const { wb, session } = openGrids(await blankScores());
    const { applied } = await recalculate(session, { wording: zhFormWording, write: true });
    const owned = await session.ownedCells();
    expect(owned.size).toBe(applied!.written);
    expect(owned.has('附件2!H19')).toBe(true);
    wb.userEdit('附件2', 'H19', '1');
    expect((await session.ownedCells()).has('附件2!H19')).toBe(false);
  });

  it('are rescored when the actual value changes, while a person-typed score is only flagged', async () => {
    const { wb, session } = openGrids(await blankScores());
    await recalculate(session, { wording: zhFormWording, write: true });
    wb.userEdit('附件2', 'F19', '65%'); // 个贷率 now inside its 60%–80% band
    wb.userEdit('附件3', 'H18', '1'); // a person's own score on 附件3
    const { result } = await recalculate(session, { wording: zhFormWording, write: true });
    expect(wb.cell('附件2', 'H19')?.value).toBe(2);
    expect(wb.cell('附件3', 'H18')?.value).toBe(1);
    expect(result.plan.conflicts.map((c) => `${c.sheet}!${c.address}`)).toContain('附件3!H18');
  });
});
