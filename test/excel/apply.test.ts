// Applying a write plan: text Excel would turn into a formula or a number stays text, values go in as
// 2D blocks, rates get their number format, fills one multi-area range per colour — and undo puts it back.

import { gridFromRows } from '../../src/workbook/grid';
import type { CellWrite, FillWrite, WritePlan } from '../../src/workbook/plan';
import { needsTextPrefix, toCellInput } from '../../src/workbook/cellInput';
import { cellStates, openGrids } from './helpers';

function write(address: string, value: string | number, extra: Partial<CellWrite> = {}): CellWrite {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  return {
    sheet: '附件3',
    row: Number(m[2]) - 1,
    col: m[1].charCodeAt(0) - 65,
    address,
    value,
    kind: 'note',
    reason: '测试',
    previous: { value: null, text: '' },
    ownership: 'empty',
    ...extra,
  };
}

function fill(address: string, color: string): FillWrite {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  return { sheet: '附件3', row: Number(m[2]) - 1, col: m[1].charCodeAt(0) - 65, address, color, reason: 'failed' };
}

const sheet = () =>
  gridFromRows('附件3', [
    ['指标', '得分', '偏差原因'],
    ['个贷率', null, null],
    ['逾期率', null, null],
    ['满意度', null, null],
  ]);

describe('writing text that Excel would read as something else', () => {
  it.each([
    ['=A1+1 写在说明里', '=A1+1 写在说明里'],
    ['+5个百分点', '+5个百分点'],
    ['-0.78个百分点，原因：市场低迷', '-0.78个百分点，原因：市场低迷'],
    ['98', '98'],
    ['59.22%', '59.22%'],
    ['2023-12-31', '2023-12-31'],
    ['TRUE', 'TRUE'],
    ["'引号开头", "'引号开头"],
  ])('stores %j as that very text', async (text, expected) => {
    const { wb, session } = openGrids([sheet()]);
    await session.applyPlan({ writes: [write('C2', text)], conflicts: [], fills: [] });
    expect(wb.cell('附件3', 'C2')).toMatchObject({ value: expected });
    expect(wb.cell('附件3', 'C2')?.formula).toBeUndefined();
  });

  it('prefixes only what needs it', () => {
    expect(needsTextPrefix('经济下行，购房意愿低')).toBe(false);
    expect(needsTextPrefix('5个工作日内')).toBe(false);
    expect(needsTextPrefix('=SUM(A1)')).toBe(true);
    expect(toCellInput('-1')).toBe("'-1");
    expect(toCellInput(98)).toBe(98);
    expect(toCellInput(null)).toBe('');
  });
});

describe('applying a plan', () => {
  it('writes a column of scores as one block and formats rates as percentages', async () => {
    const { wb, session } = openGrids([sheet()]);
    const plan: WritePlan = {
      writes: [
        write('B2', 0, { kind: 'score' }),
        write('B3', 5, { kind: 'score' }),
        write('B4', 0.9123, { kind: 'rate', numberFormat: '0.00%' }),
      ],
      conflicts: [],
      fills: [fill('A2', '#FFC7CE'), fill('B2', '#FFC7CE'), fill('C2', '#FFC7CE'), fill('A4', '#FFEB9C')],
    };
    const applied = await session.applyPlan(plan);
    expect(applied).toEqual({ written: 3, filled: 4, sheets: ['附件3'] });
    expect(wb.cell('附件3', 'B4')).toMatchObject({ value: 0.9123, numberFormat: '0.00%', text: '91.23%' });
    expect([wb.cell('附件3', 'A2')?.fill, wb.cell('附件3', 'C2')?.fill, wb.cell('附件3', 'A4')?.fill]).toEqual([
      '#FFC7CE',
      '#FFC7CE',
      '#FFEB9C',
    ]);
    // a first read (3 syncs) + one write; the write batch holds one values block for B2:B4.
    expect(wb.syncCount).toBe(4);
    expect(wb.syncs[3].changedCells).toBe(3 + 1 + 3 + 1);
  });

  it('counts a highlight that was already there as no change', async () => {
    const g = sheet();
    g.cells[1][0] = { ...g.cells[1][0]!, fill: '#FFC7CE' };
    const { session } = openGrids([g]);
    const applied = await session.applyPlan({
      writes: [],
      conflicts: [],
      fills: [fill('A2', '#FFC7CE'), fill('B2', '#FFC7CE')],
    });
    expect(applied).toEqual({ written: 0, filled: 1, sheets: ['附件3'] });
  });

  it('writes nothing and keeps no snapshot when every planned value is already there', async () => {
    const g = sheet();
    g.cells[1][1] = { value: 0, text: '0' };
    const { wb, session } = openGrids([g]);
    const applied = await session.applyPlan({
      writes: [write('B2', 0, { previous: { value: 0, text: '0' } })],
      conflicts: [],
      fills: [],
    });
    expect(applied).toEqual({ written: 0, filled: 0, sheets: [] });
    expect(wb.syncCount).toBe(3); // the first read, no write
    expect(await session.hasSnapshot()).toBe(false);
  });

  it('is undone exactly, text and formats included', async () => {
    const g = sheet();
    g.cells[3][1] = { value: null, text: '', numberFormat: '0.0%' };
    const { wb, session } = openGrids([g]);
    const before = cellStates(wb);
    await session.applyPlan({
      writes: [write('C2', '-原因'), write('B4', 0.5, { numberFormat: '0.00%' }), write('C3', '=看说明')],
      conflicts: [],
      fills: [fill('C2', '#FFC7CE')],
    });
    expect(cellStates(wb)).not.toEqual(before);
    await session.revertLast();
    expect(cellStates(wb)).toEqual(before);
  });
});
