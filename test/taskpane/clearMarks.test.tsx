/** @jest-environment jsdom */
// 「清除标记」 before printing and stamping, driven through the pane over the real ExcelSession on the
// in-memory Excel host: the tool's highlights go (each cell gets the fill it had before, a person's own
// fill included), every value written stays, and 「撤销上次写入」 brings the highlights back.

import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe, toHaveNoViolations } from 'jest-axe';
import { buildSeedWorkbook, fixtureTables } from '../../scripts/fixtures';
import { paneEngine } from '../../src/taskpane/engine';
import { ExcelSession } from '../../src/excel/session';
import { zhCN as s } from '../../src/i18n/pane';
import { App } from '../../src/taskpane/App';
import { FakeWorkbook } from '../support/fakeExcel';
import { loadFixtureGrids } from '../support/grids';
import { cellStates, type CellState } from '../excel/helpers';
import { installBrowserShims } from './renderPane';

installBrowserShims();
expect.extend(toHaveNoViolations);

const button = (name: string) => screen.getByRole('button', { name });

function split(states: Record<string, CellState>) {
  const values: Record<string, unknown> = {};
  const fills: Record<string, string> = {};
  for (const [k, c] of Object.entries(states)) {
    if (c.value !== null || c.formula) values[k] = [c.value, c.formula ?? null];
    if (c.fill) fills[k] = c.fill;
  }
  return { values, fills };
}

it('清除标记 after 一键重算 keeps every value written, takes back every highlight (a person’s own fill comes back), and 撤销上次写入 restores the highlights', async () => {
  const grids = await loadFixtureGrids(buildSeedWorkbook);
  const s1 = grids.find((g) => g.name === '附件1')!;
  s1.cells[6][5] = { ...s1.cells[6][5]!, fill: '#DDEBF7' }; // F7 carries the officer's own fill (an overrun the tool highlights)
  const total = fixtureTables('seed').find((t) => t.sheet === '附件2' && t.kind !== 'other')!.marks.total;
  grids.find((g) => g.name === '附件2')!.cells[total.row][total.col] = undefined; // 总分 left empty: the run writes 98
  const wb = FakeWorkbook.fromGrids(grids);
  const session = new ExcelSession({ host: wb.host, firstSyncTimeoutMs: 2000 });
  const view = render(<App strings={s} load={async () => ({ session, engine: paneEngine })} />);
  await waitFor(() => expect(button(s.recalc)).toHaveProperty('disabled', false));
  const before = split(cellStates(wb));

  await userEvent.click(button(s.recalc));
  await screen.findByText(/已写入 \d+ 个单元格/);
  const recalculated = split(cellStates(wb));
  expect(wb.cell('附件2', total.address)?.value).toBe(98);
  expect(wb.cell('附件1', 'F7')?.fill).toBe('#FFEB9C');
  const toolFills = Object.keys(recalculated.fills).filter((k) => recalculated.fills[k] !== before.fills[k]);
  expect(toolFills.length).toBeGreaterThan(3);

  await waitFor(() => expect(button(s.clearMarks)).toHaveProperty('disabled', false));
  await userEvent.click(button(s.clearMarks));
  await screen.findByText(s.marksCleared(toolFills.length));
  const cleared = split(cellStates(wb));
  expect(cleared.values).toEqual(recalculated.values); // every value written stays, 98 included
  expect(cleared.fills).toEqual(before.fills); // no fill of the tool; the officer's #DDEBF7 on F7 is back
  expect(wb.cell('附件1', 'F7')?.fill).toBe('#DDEBF7');
  expect(await axe(view.container)).toHaveNoViolations();

  await waitFor(() => expect(button(s.revert)).toHaveProperty('disabled', false));
  await userEvent.click(button(s.revert));
  await screen.findByText(/已恢复 \d+ 个单元格/);
  expect(split(cellStates(wb))).toEqual(recalculated); // the highlights are back, the values unchanged
  expect(await axe(view.container)).toHaveNoViolations();
}, 60000);
