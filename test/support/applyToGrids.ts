// Test oracle: applies a WritePlan to grids without touching them, returning copies with the planned values,
// number formats and fills, as the workbook should read after a scored copy is written (test/xlsx/apply.test.ts).

import type { GridCell, SheetGrid } from '../../src/workbook/grid';
import type { WritePlan } from '../../src/workbook/plan';

function copyGrid(g: SheetGrid): SheetGrid {
  return { ...g, cells: g.cells.map((row) => (row ? row.slice() : row)), merges: g.merges.slice() };
}

/** Text shown for a written value: numbers with a % format as a percentage, others as written. */
function writtenText(value: string | number, numberFormat?: string): string {
  if (typeof value === 'string') return value;
  const pct = numberFormat ? /^0(?:\.(0+))?%$/.exec(numberFormat) : null;
  if (pct) return `${(value * 100).toFixed(pct[1]?.length ?? 0)}%`;
  const fixed = numberFormat ? /^0(?:\.(0+))?$/.exec(numberFormat) : null;
  if (fixed) return value.toFixed(fixed[1]?.length ?? 0);
  return String(value);
}

export function applyPlanToGrids(grids: SheetGrid[], plan: WritePlan): SheetGrid[] {
  const out = grids.map(copyGrid);
  const byName = new Map(out.map((g) => [g.name, g]));
  const touch = (sheet: string, row: number, col: number, change: (c: GridCell) => GridCell) => {
    const g = byName.get(sheet);
    if (!g) return;
    const rowCells = g.cells[row] ? g.cells[row] : (g.cells[row] = []);
    rowCells[col] = change(rowCells[col] ?? { value: null, text: '' });
    g.rowCount = Math.max(g.rowCount, row + 1);
    g.colCount = Math.max(g.colCount, col + 1);
  };
  for (const w of plan.writes) {
    touch(w.sheet, w.row, w.col, (c) => {
      const next: GridCell = { ...c, value: w.value, text: writtenText(w.value, w.numberFormat ?? c.numberFormat) };
      delete next.formula;
      const format = w.numberFormat ?? c.numberFormat;
      next.numberFormat = format && format !== 'General' ? format : undefined; // the grid contract: General is absent
      return next;
    });
  }
  for (const f of plan.fills) touch(f.sheet, f.row, f.col, (c) => ({ ...c, fill: f.color.toUpperCase() }));
  return out;
}
