// The pane and the ribbon's 「一键重算」 run in separate JavaScript runtimes (no shared runtime), each with
// its own queue of batches, so their batches can interleave. A write checks the record's revision: a
// session that read the workbook before the other runtime wrote refuses to write (zh-CN message) and
// writes nothing; after it reads again, it writes.

import { zhFormWording } from '../../src/i18n/zh-CN/formWording';
import { buildBlankScores } from '../../scripts/fixtures';
import { WorkbookError } from '../../src/workbook/host';
import { recalculate } from '../../src/workbook/recalculate';
import { recordFromXml } from '../../src/workbook/record';
import { RunQueue } from '../../src/excel/runner';
import { ExcelSession } from '../../src/excel/session';
import type { SheetGrid } from '../../src/workbook/grid';
import { loadFixtureGrids } from '../support/grids';
import { cellStates, openGrids } from './helpers';

async function blankScores(): Promise<SheetGrid[]> {
  return structuredClone(await loadFixtureGrids(buildBlankScores));
}

describe('the pane and the ribbon writing to one workbook from two runtimes', () => {
  it('refuses the pane’s write when the ribbon wrote after the pane’s check, then writes once the pane has read again', async () => {
    const { wb, session: pane } = openGrids(await blankScores());
    const ribbon = new ExcelSession({ host: wb.otherRuntime().host, queue: new RunQueue() });

    await recalculate(pane, { wording: zhFormWording, write: false }); // the officer looks at the findings (and a preview)
    wb.userEdit('附件2', 'H19', null);
    await recalculate(ribbon, { wording: zhFormWording, write: true }); // meanwhile: the ribbon's 「一键重算」
    const afterRibbon = cellStates(wb);
    const revision = recordFromXml(wb.doc.parts[0].xml)?.revision;
    expect(revision).toBe(1);

    await expect(
      recalculate(pane, { wording: zhFormWording, write: true, consent: new Set(['附件2!H19']) }),
    ).rejects.toThrow(/刚写入了本工作簿.*请重新检查/);
    expect(cellStates(wb)).toEqual(afterRibbon);
    expect(wb.doc.parts.length).toBe(1);

    wb.userEdit('附件2', 'H19', null);
    await recalculate(pane, { wording: zhFormWording, write: false }); // the officer checks again
    const { applied } = await recalculate(pane, { wording: zhFormWording, write: true });
    expect(applied?.written).toBe(1);
    expect(recordFromXml(wb.doc.parts[0].xml)?.revision).toBe(2);
  });

  it('refuses when the other runtime’s write lands between this run’s read and its write', async () => {
    const { wb, session: pane } = openGrids(await blankScores());
    await recalculate(pane, { wording: zhFormWording, write: true }); // a record exists
    wb.userEdit('附件2', 'H19', null);
    const before = cellStates(wb);
    const other = wb.doc.parts[0];
    const err = await pane
      .recalculateWith(
        () => {
          // the ribbon's write batch runs while this run scores: it replaces the record part
          wb.doc.parts = [{ ...other, id: '{OTHER-RUNTIME}', xml: other.xml.replace('"revision":1', '"revision":2') }];
          return {
            writes: [],
            conflicts: [],
            fills: [{ sheet: '附件2', row: 18, col: 3, address: 'D19', color: '#FF0000', reason: 'failed' }],
          };
        },
        { write: true },
      )
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkbookError);
    expect((err as WorkbookError).message).toMatch(/刚写入了本工作簿/);
    expect(cellStates(wb)).toEqual(before);
    expect(wb.doc.parts.map((p) => p.id)).toEqual(['{OTHER-RUNTIME}']);
  });
});
