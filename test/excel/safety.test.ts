// Excel's realities: a protected sheet, a formula in a 得分 cell, a user typing in a cell, a first sync
// that hangs, a sheet protected while the write is on its way, a plan made before the cells changed,
// two actions at once. Each ends with a zh-CN message and no partial write.

import { buildBlankScores } from '../../scripts/fixtures';
import { WorkbookError } from '../../src/workbook/host';
import { recalculate } from '../../src/workbook/recalculate';
import { summarize } from '../../src/i18n/zh-CN/ribbonSummary';
import { checkWorkbook } from '../../src/workbook/check';
import type { SheetGrid } from '../../src/workbook/grid';
import { cellStates, indicator, openGrids } from './helpers';
import { loadFixtureGrids } from '../support/grids';
import { facts } from '../support/findingText';
import { zhFormWording } from '../../src/i18n/zh-CN/formWording';

async function blankScores(): Promise<SheetGrid[]> {
  return structuredClone(await loadFixtureGrids(buildBlankScores));
}

async function rejection(p: Promise<unknown>): Promise<WorkbookError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(WorkbookError);
    return e as WorkbookError;
  }
  throw new Error('expected the action to fail');
}

describe('a protected sheet with every cell locked', () => {
  it('is left as it is, its cells listed; the other sheets are written', async () => {
    const grids = await blankScores();
    grids.find((g) => g.name === '附件3')!.protected = true;
    const { wb, session } = openGrids(grids);
    const before = cellStates(wb);

    const { applied } = await recalculate(session, { wording: zhFormWording, write: true });
    const on3 = (states: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(states).filter(([k]) => k.startsWith('附件3!')));
    expect(on3(cellStates(wb))).toEqual(on3(before));
    expect(applied!.locked!.length).toBeGreaterThan(0);
    expect(applied!.locked!.every((k) => k.startsWith('附件3!'))).toBe(true);
    expect(applied!.unformatted).toEqual(['附件3']);
    expect(wb.cell('附件2', 'H31')?.value).toBe(98);
  });

  it('gets no highlight where formatting cells is not allowed, even when only highlights would go there', async () => {
    const grids = structuredClone(await loadFixtureGrids(buildBlankScores));
    const { wb, session } = openGrids(grids);
    await recalculate(session, { wording: zhFormWording, write: true }); // everything written once
    wb.userFill('附件2', 'D19', null); // a person removes one highlight …
    wb.protect('附件2'); // … and protects the sheet
    const { applied } = await recalculate(session, {
      wording: zhFormWording,
      write: true,
      planOptions: { colors: { failed: '#FF0000', review: '#FFFF00' } },
    });
    expect(applied!.unformatted).toEqual(['附件2']);
    expect(wb.cell('附件2', 'D19')?.fill).toBeUndefined();
    expect(wb.cell('附件2', 'H19')?.fill).toBe('#FFC7CE');
  });
});

describe('a formula in a 得分 cell', () => {
  async function withFormula(): Promise<{ grids: SheetGrid[]; address: string }> {
    const grids = await blankScores();
    const { row } = indicator(grids, '附件2', '个贷率');
    const sheet = grids.find((g) => g.name === '附件2')!;
    sheet.cells[row.row][row.score.col] = { value: 1, text: '1', formula: `=${row.weight.address}/2` };
    return { grids, address: row.score.address };
  }

  it('is never replaced without consent, and the officer is told which cell was left alone', async () => {
    const { grids, address } = await withFormula();
    const { wb, session } = openGrids(grids);
    const outcome = await recalculate(session, { wording: zhFormWording, write: true });

    expect(wb.cell('附件2', address)).toMatchObject({ formula: '=G19/2', value: 1 });
    const conflict = outcome.result.findings.find((f) => f.code === 'cell-conflict' && f.cell === address);
    expect(facts(conflict)).toEqual({
      code: 'cell-conflict',
      params: {
        current: '1',
        expected: '0',
        why: '实际完成59.22%，目标区间60%–80%，未达标，得0分（满分2分）',
        formula: '=G19/2',
      },
    });
    expect(summarize(outcome).join('\n')).toMatch(new RegExp(`含公式或他人填写的内容，未改写：附件2!${address}`));
    // The rest of the table is still scored; its 总分 waits: written beside the kept formula it would not be the
    // sum the sheet shows (散总不一致 on the next check)
    expect(outcome.result.plan.writes.some((w) => w.kind === 'score')).toBe(true);
    expect(
      outcome.result.plan.writes.some((w) => w.sheet === '附件2' && (w.kind === 'total' || w.kind === 'grade')),
    ).toBe(false);
    expect(wb.cell('附件2', 'H31')?.value).toBeUndefined();
  });

  it('is replaced only when the officer consents, and 撤销 brings the formula back', async () => {
    const { grids, address } = await withFormula();
    const { wb, session } = openGrids(grids);
    await recalculate(session, { wording: zhFormWording, write: true, consent: new Set([`附件2!${address}`]) });
    expect(wb.cell('附件2', address)).toMatchObject({ value: 0 });
    expect(wb.cell('附件2', address)?.formula).toBeUndefined();
    expect(wb.cell('附件2', 'H31')?.value).toBe(98); // with every part as the rule says, the 总分 is written

    await session.revertLast();
    expect(wb.cell('附件2', address)).toMatchObject({ formula: '=G19/2', value: 1 });
  });
});

describe('a user typing in a cell (cell-edit mode)', () => {
  it('makes the recalculation wait until the edit ends instead of failing', async () => {
    const { wb, session } = openGrids(await blankScores());
    wb.enterCellEditMode();
    let done = false;
    const run = recalculate(session, { wording: zhFormWording, write: true }).then((o) => {
      done = true;
      return o;
    });
    await wb.syncWaitingForCellEdit();
    expect(done).toBe(false);
    expect(wb.cell('附件2', 'H31')).toBeUndefined();
    wb.exitCellEditMode();
    const { applied } = await run;
    expect(applied!.written).toBeGreaterThan(0);
    expect(wb.cell('附件2', 'H31')?.value).toBe(98);
  });

  it('asks the officer to finish editing when this Excel cannot wait, writing nothing', async () => {
    const { wb, session } = openGrids(await blankScores(), { supportsDelayForCellEdit: false });
    const before = cellStates(wb);
    wb.enterCellEditMode();
    const err = await rejection(recalculate(session, { wording: zhFormWording, write: true }));
    expect(err.code).toBe('cell-edit-mode');
    expect(err.message).toMatch(/单元格编辑状态.*Enter 或 Esc/);
    expect(cellStates(wb)).toEqual(before);
  });
});

describe('a first sync that hangs (Excel on the web)', () => {
  it('is abandoned after the timeout and the recalculation retried once, successfully', async () => {
    const { wb, session } = openGrids(await blankScores(), {}, 100);
    wb.hangNextSyncs(1);
    const { applied } = await recalculate(session, { wording: zhFormWording, write: true });
    expect(applied!.written).toBeGreaterThan(0);
    expect(wb.runCount).toBe(2);
    expect(wb.syncCount).toBe(5); // the hung one, then read (sheets, used ranges, cells), write
  });

  it('gives up after the retry hangs too, with a message and no write', async () => {
    const { wb, session } = openGrids(await blankScores(), {}, 100);
    const before = cellStates(wb);
    wb.hangNextSyncs(2);
    const err = await rejection(recalculate(session, { wording: zhFormWording, write: true }));
    expect(err.code).toBe('timeout');
    expect(err.message).toMatch(/Excel 在 1 秒内没有响应（已自动重试一次）/);
    expect(err.message).toMatch(/未写入任何单元格/);
    expect(cellStates(wb)).toEqual(before);
  });
});

describe('a sheet protected while the write batch is on its way', () => {
  it('puts back the values already written on the other sheet and reports it', async () => {
    const { wb, session } = openGrids(await blankScores());
    const before = cellStates(wb);
    wb.onBeforeSync((n, host) => {
      if (n === 4) host.protect('附件3'); // the write: after the first read's three syncs
    });
    const err = await rejection(
      recalculate(session, { wording: zhFormWording, write: true, planOptions: { highlight: false } }),
    );
    expect(err.code).toBe('sheet-protected');
    expect(err.message).toMatch(/已把已写入的单元格恢复原样/);
    // 附件2 was written before 附件3 failed, then restored.
    expect(wb.syncs[3].changedCells).toBeGreaterThan(0);
    expect(cellStates(wb)).toEqual(before);
    expect(await session.hasSnapshot()).toBe(false);
  });
});

describe('a plan reviewed in the pane, applied later', () => {
  it('is refused when a planned cell changed since, naming the cell, and nothing is written', async () => {
    const { wb, session } = openGrids(await blankScores());
    const grids = await session.readGrids();
    const { plan } = checkWorkbook(grids, { wording: zhFormWording });
    wb.userEdit('附件2', 'H19', '1.5');
    const before = cellStates(wb);
    const err = await rejection(session.applyPlan(plan));
    expect(err.code).toBe('stale-plan');
    expect(err.message).toMatch(/附件2!H19/);
    expect(cellStates(wb)).toEqual(before);
  });

  it('is applied in three syncs when nothing changed', async () => {
    const { wb, session } = openGrids(await blankScores());
    const { plan } = checkWorkbook(await session.readGrids(), { wording: zhFormWording });
    const syncs = wb.syncCount;
    const applied = await session.applyPlan(plan);
    expect(applied.written).toBe(plan.writes.length);
    expect(wb.syncCount - syncs).toBe(3);
  });
});

describe('actions started together (ribbon and pane)', () => {
  it('run one Excel.run at a time', async () => {
    const { wb, session } = openGrids(await blankScores(), { syncDelayMs: 5 });
    await Promise.all([
      recalculate(session, { wording: zhFormWording, write: true }),
      session.readGrids(),
      session.hasSnapshot(),
      recalculate(session, { wording: zhFormWording, write: false }),
    ]);
    expect(wb.runCount).toBe(4);
    expect(wb.maxConcurrentRuns).toBe(1);
  });
});

describe('an Excel too old for this add-in', () => {
  it('is told which API level is needed', async () => {
    const { session } = openGrids(await blankScores(), { apiVersion: '1.12' });
    const err = await rejection(recalculate(session, { wording: zhFormWording, write: true }));
    expect(err.code).toBe('not-supported');
    expect(err.message).toMatch(/ExcelApi 1\.13/);
  });
});
