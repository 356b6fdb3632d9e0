// "No fill" versus a white fill, under both shapes real Excel gives getCellProperties: the documented
// one (pattern 'None' for No Fill) and the one reported in office-js #4900 / #6218, where No Fill and a
// white fill both come back as #FFFFFF with a null pattern and only tintAndShade (null for No Fill, a
// number for a fill, as Microsoft answered in #4900) tells them apart. Under both, the tool remembers
// its highlights, takes them back when a row passes, restores a person's white fill, and 「撤销上次写入」
// puts the fills back.

import { zhFormWording } from '../../src/i18n/zh-CN/formWording';
import { buildSeedWorkbook } from '../../scripts/fixtures';
import { recalculate } from '../../src/workbook/recalculate';
import { fillOfProps } from '../../src/excel/fillProbe';
import { toA1 } from '../../src/workbook/grid';
import { loadFixtureGrids } from '../support/grids';
import type { FakeHostOptions } from '../support/fakeExcel';
import { cellStates, indicator, openGrids } from './helpers';

const RED = '#FFC7CE';
const shapes: NonNullable<FakeHostOptions['fillShape']>[] = ['documented', 'patternNull'];

async function seed() {
  const grids = structuredClone(await loadFixtureGrids(buildSeedWorkbook));
  const { table, row } = indicator(grids, '附件2', '个贷率');
  const c = table.columns;
  const cols = [c.name, c.targetNature, c.target, c.unit, c.actual, c.weight, c.score, c.note].filter(
    (x): x is number => x !== undefined,
  );
  const rowCells: string[] = [];
  for (let col = Math.min(...cols); col <= Math.max(...cols); col++) rowCells.push(toA1(row.row, col));
  return { grids, row: row.row, actual: row.actual.address, rowCells, firstCol: Math.min(...cols) };
}

describe('reading a fill from getCellProperties', () => {
  it('tells No Fill from a white fill by tintAndShade when the pattern is null', () => {
    expect(
      fillOfProps({ format: { fill: { color: '#FFFFFF', pattern: null as never, tintAndShade: null as never } } }),
    ).toBeNull();
    expect(fillOfProps({ format: { fill: { color: '#FFFFFF', pattern: null as never, tintAndShade: 0 } } })).toBe(
      '#FFFFFF',
    );
    expect(fillOfProps({ format: { fill: { color: '#ffc7ce', pattern: null as never, tintAndShade: 0 } } })).toBe(RED);
  });

  it('trusts a pattern when there is one', () => {
    expect(fillOfProps({ format: { fill: { color: '#FFFFFF', pattern: 'None', tintAndShade: 0 } } })).toBeNull();
    expect(fillOfProps({ format: { fill: { color: '#FFFFFF', pattern: 'Solid', tintAndShade: null as never } } })).toBe(
      '#FFFFFF',
    );
  });

  it('without tintAndShade or pattern, takes a colour other than white as a fill and white as none', () => {
    expect(fillOfProps({ format: { fill: { color: '#FFC7CE' } } })).toBe(RED);
    expect(fillOfProps({ format: { fill: { color: '#FFFFFF' } } })).toBeNull();
  });
});

describe.each(shapes)('fills under the %s getCellProperties shape', (fillShape) => {
  it('remembers its highlights and takes them back when the row passes', async () => {
    const s = await seed();
    const { wb, session } = openGrids(s.grids, { fillShape });
    await recalculate(session, { wording: zhFormWording, write: true });
    expect(s.rowCells.map((a) => wb.cell('附件2', a)?.fill)).toEqual(s.rowCells.map(() => RED));

    wb.userEdit('附件2', s.actual, '65%');
    const { result } = await recalculate(session, { wording: zhFormWording, write: true });
    expect(result.plan.unfills?.filter((u) => u.sheet === '附件2').map((u) => u.address)).toEqual(s.rowCells);
    expect(s.rowCells.map((a) => wb.cell('附件2', a)?.fill ?? null)).toEqual(s.rowCells.map(() => null));
  });

  it("gives a person's white fill back, not No Fill", async () => {
    const s = await seed();
    const g = s.grids.find((x) => x.name === '附件2')!;
    const line = (g.cells[s.row] ??= []);
    line[s.firstCol] = { ...(line[s.firstCol] ?? { value: null, text: '' }), fill: '#FFFFFF' };
    const { wb, session } = openGrids(s.grids, { fillShape });
    await recalculate(session, { wording: zhFormWording, write: true });
    expect(wb.cell('附件2', s.rowCells[0])?.fill).toBe(RED);

    wb.userEdit('附件2', s.actual, '65%');
    await recalculate(session, { wording: zhFormWording, write: true });
    expect(wb.cell('附件2', s.rowCells[0])?.fill).toBe('#FFFFFF');
    expect(wb.cell('附件2', s.rowCells[1])?.fill).toBeUndefined();
  });

  it('puts every fill back on 「撤销上次写入」', async () => {
    const s = await seed();
    const { wb, session } = openGrids(s.grids, { fillShape });
    const original = cellStates(wb);
    await recalculate(session, { wording: zhFormWording, write: true });
    const reverted = await session.revertLast();
    expect(reverted.skipped).toBeUndefined();
    expect(cellStates(wb)).toEqual(original);
  });
});
