// Shared steps of the Excel-layer tests: open a fixture "in Excel" (the in-memory host), look at its
// cells as plain data, find an indicator row by name.

import { toA1, type SheetGrid } from '../../src/workbook/grid';
import type { ScoredTable, IndicatorRow } from '../../src/domain/model';
import { checkWorkbook } from '../../src/workbook/check';
import { ExcelSession } from '../../src/excel/session';
import { FakeWorkbook, type FakeHostOptions } from '../support/fakeExcel';
import { loadFixtureGrids } from '../support/grids';
import { zhFormWording } from '../../src/i18n/zh-CN/formWording';

export interface Opened {
  wb: FakeWorkbook;
  session: ExcelSession;
}

/** Opens grids in the in-memory Excel host with a session on it (a short first-sync timeout). */
export function openGrids(grids: SheetGrid[], options: FakeHostOptions = {}, firstSyncTimeoutMs = 2000): Opened {
  const wb = FakeWorkbook.fromGrids(grids, options);
  return { wb, session: new ExcelSession({ host: wb.host, firstSyncTimeoutMs }) };
}

export async function openFixture(builder: () => Promise<Buffer>, options: FakeHostOptions = {}): Promise<Opened> {
  return openGrids(await loadFixtureGrids(builder), options);
}

export interface CellState {
  value: string | number | boolean | null;
  formula?: string;
  fill?: string;
  numberFormat?: string;
}

/** Every non-empty cell of the document: value, formula, fill and number format ('General' omitted). */
export function cellStates(wb: FakeWorkbook): Record<string, CellState> {
  const out: Record<string, CellState> = {};
  for (const g of wb.toGrids()) {
    g.cells.forEach((row, r) =>
      row?.forEach((c, col) => {
        if (!c) return;
        const s: CellState = { value: c.value === '' ? null : c.value };
        if (c.formula) s.formula = c.formula;
        if (c.fill) s.fill = c.fill;
        if (c.numberFormat && c.numberFormat !== 'General') s.numberFormat = c.numberFormat;
        if (s.value === null && !s.formula && !s.fill && !s.numberFormat) return;
        out[`${g.name}!${toA1(r, col)}`] = s;
      }),
    );
  }
  return out;
}

/** The scored table on a sheet and its indicator whose name contains `name`. */
export function indicator(grids: SheetGrid[], sheet: string, name: string): { table: ScoredTable; row: IndicatorRow } {
  const table = checkWorkbook(grids, { wording: zhFormWording }).tables.find(
    (t): t is ScoredTable => t.kind !== 'basic' && t.sheet === sheet,
  );
  if (!table) throw new Error(`no scored table on ${sheet}`);
  const row = table.indicators.find((i) => i.name.includes(name));
  if (!row) throw new Error(`no indicator ${name} on ${sheet}`);
  return { table, row };
}
