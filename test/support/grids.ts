// Grids of the workbook fixtures, read once per builder through the real exceljs adapter, for the
// tests of locating, scoring, consistency and the Excel layer.

import type { SheetGrid } from '../../src/workbook/grid';
import { readWorkbookBuffer } from '../../src/xlsx/read';

const cache = new Map<() => Promise<Buffer>, Promise<SheetGrid[]>>();

/** Builds the fixture workbook and reads it into grids. The read is cached per builder; each call gets its own copy. */
export async function loadFixtureGrids(builder: () => Promise<Buffer>): Promise<SheetGrid[]> {
  let grids = cache.get(builder);
  if (!grids) {
    grids = builder().then((buf) => readWorkbookBuffer(buf, `${builder.name || 'fixture'}.xlsx`));
    cache.set(builder, grids);
  }
  return structuredClone(await grids);
}
