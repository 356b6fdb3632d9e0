// Turns a prepared write (src/workbook/prepareWrite.ts: the plan compared with the grids) into Office.js writes,
// and a snapshot back into the writes that undo them.
//  - the write batch reads (fillProbe.ts), before any write, the fill of every cell about to be
//    highlighted whose fill is not known yet (the read syncs load only the fills of earlier highlights);
//  - queueWrite / queueRestore: queue the writes (no sync here): values and formulas as 2D blocks of
//    consecutive cells, number formats the same way, fills as multi-area ranges per colour.

/// <reference types="office-js" />

import { areaChunks, columnRuns, rowRects, runAddress } from './address';
import { toCellInput } from '../workbook/cellInput';
import { fromA1 } from '../workbook/grid';
import { bySheet, type PreparedWrite } from '../workbook/prepareWrite';
import type { SnapshotCell } from '../workbook/record';

function queueFills(ws: Excel.Worksheet, cells: { row: number; col: number; color: string | null }[]): void {
  const byColor = new Map<string | null, { row: number; col: number }[]>();
  for (const c of cells) {
    const list = byColor.get(c.color) ?? [];
    list.push(c);
    byColor.set(c.color, list);
  }
  for (const [color, list] of byColor) {
    for (const chunk of areaChunks(rowRects(list))) {
      const areas = ws.getRanges(chunk);
      if (color) areas.format.fill.color = color;
      else areas.format.fill.clear();
    }
  }
}

/** Queues the plan's changes: every sheet's values (2D column blocks) and number formats, then every sheet's fills. */
export function queueWrite(context: Excel.RequestContext, prepared: PreparedWrite): void {
  const sheets = context.workbook.worksheets;
  for (const [name, list] of bySheet(prepared.values)) {
    const ws = sheets.getItem(name);
    for (const run of columnRuns(list)) {
      const range = ws.getRange(runAddress(run));
      range.values = run.items.map((v) => [v.input]);
      if (run.items.every((v) => v.numberFormat !== undefined)) {
        range.numberFormat = run.items.map((v) => [v.numberFormat as string]);
      } else {
        // A run mixing cells with and without a new format: the formatted cells one by one.
        for (const v of run.items)
          if (v.numberFormat !== undefined) ws.getRange(v.address).numberFormat = [[v.numberFormat]];
      }
    }
  }
  for (const [name, list] of bySheet(prepared.fills)) {
    queueFills(
      sheets.getItem(name),
      list.map((f) => ({ row: f.row, col: f.col, color: f.color })),
    );
  }
}

/**
 * Queues the writes that put snapshot cells back: values (formulas as formulas, text escaped) where
 * `wrote` is set, number formats where `wroteFormat` is set, fills where `wroteFill` is set (to `fill`).
 */
export function queueRestore(context: Excel.RequestContext, cells: SnapshotCell[]): void {
  const sheets = context.workbook.worksheets;
  for (const [name, list] of bySheet(cells)) {
    const ws = sheets.getItem(name);
    const located = list.map((s) => ({ ...s, ...(fromA1(s.address) ?? { row: 0, col: 0 }) }));
    for (const run of columnRuns(located.filter((s) => s.wrote !== undefined))) {
      ws.getRange(runAddress(run)).formulas = run.items.map((s) => [s.formula ?? toCellInput(s.value)]);
    }
    for (const run of columnRuns(located.filter((s) => s.wroteFormat !== undefined))) {
      ws.getRange(runAddress(run)).numberFormat = run.items.map((s) => [s.numberFormat ?? 'General']);
    }
    queueFills(
      ws,
      located
        .filter((s) => s.wroteFill !== undefined && s.fill !== undefined)
        .map((s) => ({ row: s.row, col: s.col, color: s.fill ?? null })),
    );
  }
}
