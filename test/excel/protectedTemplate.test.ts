// Official templates protect the sheet and unlock only the cells to fill in. The add-in writes where
// Excel lets it — the unlocked cells, and formats (rate formats, highlights) only where the protection
// allows formatting cells — and lists the locked cells it did not fill instead of refusing the whole run.
// The in-memory host models Excel's per-cell locking: every cell is locked unless unlocked, and a
// protected sheet refuses a write to a locked cell, or a format without allowFormatCells, at sync.

import { zhFormWording } from '../../src/i18n/zh-CN/formWording';
import { buildBlankScores } from '../../scripts/fixtures';
import { recalculate } from '../../src/workbook/recalculate';
import { summarize } from '../../src/i18n/zh-CN/ribbonSummary';
import type { SheetGrid } from '../../src/workbook/grid';
import { loadFixtureGrids } from '../support/grids';
import { cellStates, openGrids } from './helpers';

async function blankScores(): Promise<SheetGrid[]> {
  return structuredClone(await loadFixtureGrids(buildBlankScores));
}

describe('a protected template with unlocked input cells', () => {
  it('fills the unlocked cells, lists the locked ones it left, and writes the other sheets', async () => {
    const { wb, session } = openGrids(await blankScores());
    wb.protect('附件2');
    wb.unlock('附件2', 'H14:I31'); // the 得分 and 偏差原因 columns are the inputs; 执行率 (H5) stays locked

    const outcome = await recalculate(session, { wording: zhFormWording, write: true });
    const applied = outcome.applied!;
    expect(wb.cell('附件2', 'H31')?.value).toBe(98); // 总分, unlocked
    expect(wb.cell('附件2', 'H5')).toBeUndefined(); // 执行率, locked: left empty …
    expect(applied.locked).toContain('附件2!H5'); // … and listed
    expect(applied.locked!.every((k) => k.startsWith('附件2!'))).toBe(true);
    expect(applied.unformatted).toEqual(['附件2']); // no highlights: formatting cells is not allowed
    expect(wb.cell('附件2', 'D19')?.fill).toBeUndefined();
    expect(wb.cell('附件3', 'H30')?.value).toBe(98); // the unprotected sheet is written in full
    expect(Object.entries(cellStates(wb)).some(([k, c]) => k.startsWith('附件3!') && c.fill === '#FFC7CE')).toBe(true);
    const lines = summarize(outcome).join('\n');
    expect(lines).toMatch(/工作表受保护.*锁定.*附件2!H5/);
    expect(lines).toMatch(/「附件2」.*不允许设置单元格格式/);
  });

  it('highlights too where the protection allows formatting cells, and reverts exactly', async () => {
    const { wb, session } = openGrids(await blankScores());
    wb.protect('附件2', true, { allowFormatCells: true });
    wb.unlock('附件2', 'H14:I31');
    const before = cellStates(wb);
    const { applied } = await recalculate(session, { wording: zhFormWording, write: true });
    expect(applied!.unformatted).toBeUndefined();
    expect(wb.cell('附件2', 'D19')?.fill).toBe('#FFC7CE');
    expect(wb.cell('附件2', 'H31')?.value).toBe(98);

    const reverted = await session.revertLast();
    expect(reverted.skipped).toBeUndefined();
    expect(cellStates(wb)).toEqual(before);
  });

  it('reverts the unlocked cells of a protected sheet and keeps the rest, listed', async () => {
    const { wb, session } = openGrids(await blankScores());
    const before = cellStates(wb);
    await recalculate(session, { wording: zhFormWording, write: true }); // written before the sheet was protected
    wb.protect('附件2');
    wb.unlock('附件2', 'H14:I31');
    const reverted = await session.revertLast();
    expect(wb.cell('附件2', 'H31')?.value ?? null).toBeNull(); // unlocked: restored
    expect(wb.cell('附件2', 'H5')?.value).toBe(1); // locked: kept
    expect(reverted.skipped).toEqual(expect.arrayContaining(['附件2!H5', '附件2!D19']));
    expect(cellStates(wb)['附件3!H30']).toEqual(before['附件3!H30']);
  });
});
