// With the pane open, an officer's edits must not call into Excel: every call can clear Excel's undo
// history (office-js #5918, "The undo stack is lost upon sync with getMergedAreasOrNullObject"). The
// session's change subscription only tells the pane (which marks its results stale); a rescan happens
// when the officer asks, and then skips the merged-area reads of sheets whose layout is unchanged.

import { zhFormWording } from '../../src/i18n/zh-CN/formWording';
import { buildSeedWorkbook } from '../../scripts/fixtures';
import { recalculate } from '../../src/workbook/recalculate';
import { gridFromRows } from '../../src/workbook/grid';
import { loadFixtureGrids } from '../support/grids';
import { openGrids } from './helpers';

/** Lets the host's change events (queued as tasks) reach their handlers. */
const events = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('edits while the pane listens for changes', () => {
  it('make no call into the workbook API, only tell the listener', async () => {
    const { wb, session } = openGrids(await loadFixtureGrids(buildSeedWorkbook));
    await session.readGrids();
    let stale = 0;
    await session.onChanged(() => stale++);
    const calls = { ...wb.apiCalls };
    const total = wb.apiCallCount;

    wb.userEdit('附件2', 'F19', '61%');
    wb.userEdit('附件2', 'I19', '已整改');
    wb.userFill('附件3', 'B5', '#FFFF00');
    wb.userInsertRows('附件3', 40);
    await events();

    expect(stale).toBe(4);
    expect(wb.apiCallCount - total).toBe(0);
    expect(wb.apiCalls).toEqual(calls);
  });

  it('forget the remembered layout when rows are inserted or deleted, so the next scan reads the merges again', async () => {
    // Delete a row above a merge and insert one below it: the used range ends where it did, the merge moved up.
    const rows = [
      ['表头', null],
      ['a', 1],
      ['b', 2],
      ['合并', null],
      ['c', 3],
      ['d', 4],
    ];
    const g = gridFromRows('附件3', rows, [{ top: 3, left: 0, bottom: 3, right: 1 }]);
    const { wb, session } = openGrids([g]);
    await session.readGrids();
    await session.onChanged(() => undefined);
    const total = wb.apiCallCount;
    wb.userDeleteRows('附件3', 1);
    wb.userInsertRows('附件3', 4);
    await events();
    expect(wb.apiCallCount - total).toBe(0);

    const [read] = await session.readGrids();
    expect(read.merges).toEqual([{ top: 2, left: 0, bottom: 2, right: 1 }]);
    expect(read.cells[2][0]?.value).toBe('合并');
  });

  it('a check the officer asks for skips the merged-area reads of an unchanged layout; a write reads them again', async () => {
    const { wb, session } = openGrids(await loadFixtureGrids(buildSeedWorkbook));
    await recalculate(session, { wording: zhFormWording, write: false });
    const read = wb.apiCalls.mergedAreas;
    expect(read).toBeGreaterThan(0);

    wb.userEdit('附件2', 'F19', '61%');
    const syncs = wb.syncCount;
    const check = await recalculate(session, { wording: zhFormWording, write: false });
    expect(wb.apiCalls.mergedAreas).toBe(read);
    expect(wb.syncCount - syncs).toBe(2);
    expect(check.result.tables.length).toBe(3);

    await recalculate(session, { wording: zhFormWording, write: true });
    expect(wb.apiCalls.mergedAreas).toBeGreaterThan(read);
  });
});
