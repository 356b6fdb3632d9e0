// Everything 「撤销上次写入」 needs lives in the tool's custom XML record, written with the cells: document
// settings are not a reliable store (lost on reopen in Excel on the web and on Mac, OfficeDev/office-js
// #2940, #5206, #6091; `refreshAsync` is only meant for coauthoring, #594). A workbook reopened without
// its settings still reverts exactly — the fills a highlight replaced included — and a recalculation
// stays three syncs where the sheets' fills are known before the write.

import { zhFormWording } from '../../src/i18n/zh-CN/formWording';
import { buildBlankScores, buildManyProjects } from '../../scripts/fixtures';
import { recalculate } from '../../src/workbook/recalculate';
import { FILL_SNAPSHOT_SETTING, recordFromXml } from '../../src/workbook/record';
import { ExcelSession } from '../../src/excel/session';
import type { SheetGrid } from '../../src/workbook/grid';
import { FakeWorkbook } from '../support/fakeExcel';
import { loadFixtureGrids } from '../support/grids';
import { cellStates, openGrids } from './helpers';

async function blankScores(): Promise<SheetGrid[]> {
  return structuredClone(await loadFixtureGrids(buildBlankScores));
}

describe('the write record', () => {
  it('reverts exactly, fills included, after a reopen that lost the document settings', async () => {
    const grids = await blankScores();
    // A person's yellow on a cell of a row the tool will highlight, and a green title elsewhere on the sheet.
    const s2 = grids.find((g) => g.name === '附件2')!;
    s2.cells[18][3] = { ...s2.cells[18][3]!, fill: '#FFFF00' };
    s2.cells[0][0] = { ...(s2.cells[0][0] ?? { value: null, text: '' }), fill: '#C6EFCE' };
    const { wb, session } = openGrids(grids);
    const before = cellStates(wb);

    await recalculate(session, { wording: zhFormWording, write: true });
    expect(wb.cell('附件2', 'D19')?.fill).toBe('#FFC7CE');
    expect(wb.doc.settings[FILL_SNAPSHOT_SETTING]).toBeUndefined(); // nothing revert needs is in the settings

    wb.reopen({ settingsLost: true });
    const reopened = new ExcelSession({ host: wb.host });
    const result = await reopened.revertLast();
    expect(result.skipped).toBeUndefined();
    expect(cellStates(wb)).toEqual(before);
    expect(wb.cell('附件2', 'D19')?.fill).toBe('#FFFF00');
  });

  it('keeps the record in one part, read back as written', async () => {
    const { wb, session } = openGrids(await blankScores());
    await recalculate(session, { wording: zhFormWording, write: true });
    expect(wb.doc.parts).toHaveLength(1);
    const record = recordFromXml(wb.doc.parts[0].xml)!;
    const highlighted = record.snapshot!.cells.filter((c) => c.wroteFill !== undefined);
    expect(highlighted.length).toBeGreaterThan(0);
    expect(highlighted.every((c) => c.fill !== undefined)).toBe(true); // the fill before, in the record itself
  });

  it('takes no extra sync on sheets without any fill (a first recalculation: 3 reads, 1 write): the fill before every highlight is known before the write', async () => {
    for (const n of [1, 10]) {
      const wb = FakeWorkbook.fromGrids(await loadFixtureGrids(() => buildManyProjects(n)));
      const { applied } = await recalculate(new ExcelSession({ host: wb.host }), {
        write: true,
        wording: zhFormWording,
      });
      expect(applied!.filled).toBeGreaterThan(0);
      expect(wb.syncCount).toBe(4);
      const record = recordFromXml(wb.doc.parts[0].xml)!;
      expect(record.snapshot!.cells.filter((c) => c.wroteFill !== undefined).every((c) => c.fill === null)).toBe(true);
    }
  });
});
