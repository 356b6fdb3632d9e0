// Turns a WritePlan into Office.js writes, and a snapshot back into the writes that undo them.
//  - prepareWrite: compares the plan with the grids just read, keeps only cells that would change,
//    and builds the snapshot (value, formula, number format before the write) and the new record;
//  - queueFillProbes: reads, inside the write batch and before any write, the fill of every cell about
//    to be highlighted whose fill is not known yet (the read syncs do not load fills: see record.ts);
//  - queueWrite / queueRestore: queue the writes (no sync here): values and formulas as 2D blocks of
//    consecutive cells, number formats the same way, fills as multi-area ranges per colour.

/// <reference types="office-js" />

import type { SheetGrid } from '../workbook/grid';
import { cellAt, fromA1 } from '../workbook/grid';
import { cellKey, type WritePlan } from '../workbook/plan';
import type { Rect } from '../domain/model';
import type { ApplyResult } from './api';
import { areaChunks, columnRuns, rectAddress, rowRects, runAddress } from './address';
import { toCellInput } from './cellInput';
import { cellScalar, confirmedOwned, sameValue, type CellValue, type SnapshotCell, type WriteRecord } from './record';

export interface CellChange {
  sheet: string;
  row: number;
  col: number;
  address: string;
}

export interface ValueChange extends CellChange {
  input: string | number | boolean; // what to assign (text escaped)
  numberFormat?: string;
}

export interface FillChange extends CellChange {
  color: string;
  /** The fill before, when the grids carried fills ('#RRGGBB' or null); undefined = probed in the write batch. */
  prior?: string | null;
}

export interface PreparedWrite {
  when: string;
  values: ValueChange[];
  fills: FillChange[];
  /** Every touched cell before the write (fills before: `fill` when known, else in the FillSnapshot). */
  snapshot: SnapshotCell[];
  /** The record to store with this write. */
  record: WriteRecord;
  result: ApplyResult;
}

export function normColor(c: string | null | undefined): string | null {
  return c ? c.toUpperCase() : null;
}

/**
 * What the plan would change in the grids. Writes whose cell already holds the value (and format)
 * are dropped, and so are fills the tool set before with the same colour, so running twice changes
 * nothing the second time.
 */
export function prepareWrite(
  plan: WritePlan,
  grids: SheetGrid[],
  previous: WriteRecord | null,
  when: string,
  withFills = false,
): PreparedWrite {
  const byName = new Map(grids.map((g) => [g.name, g]));
  const snap = new Map<string, SnapshotCell>();
  const values = new Map<string, ValueChange>();
  const fills = new Map<string, FillChange>();
  const ownedBefore = confirmedOwned(previous, grids);
  const owned: Record<string, string | number> = { ...ownedBefore };
  const fillsBefore: Record<string, string> = { ...(previous?.fills ?? {}) };
  const ownFills: Record<string, string> = { ...fillsBefore };

  const entry = (sheet: string, address: string, value: CellValue, formula?: string): SnapshotCell => {
    const key = cellKey(sheet, address);
    let s = snap.get(key);
    if (!s) {
      s = { sheet, address, value };
      if (formula) s.formula = formula;
      snap.set(key, s);
    }
    return s;
  };

  for (const w of plan.writes) {
    const grid = byName.get(w.sheet);
    const pos = fromA1(w.address) ?? { row: w.row, col: w.col };
    const c = grid ? cellAt(grid, pos.row, pos.col) : undefined;
    const key = cellKey(w.sheet, w.address);
    const before = cellScalar(c);
    const valueChanged = !!c?.formula || !sameValue(before, w.value);
    const formatBefore = c?.numberFormat ?? 'General';
    const formatChanged = w.numberFormat !== undefined && formatBefore !== w.numberFormat;
    if (!valueChanged && !formatChanged) continue;
    const s = entry(w.sheet, w.address, before, c?.formula);
    s.wrote = w.value;
    if (formatChanged) {
      s.numberFormat = formatBefore;
      s.wroteFormat = w.numberFormat;
    }
    values.set(key, {
      sheet: w.sheet,
      row: pos.row,
      col: pos.col,
      address: w.address,
      input: toCellInput(w.value),
      numberFormat: formatChanged ? w.numberFormat : undefined,
    });
    owned[key] = w.value;
  }

  for (const f of plan.fills) {
    const key = cellKey(f.sheet, f.address);
    const color = normColor(f.color) as string;
    const grid = byName.get(f.sheet);
    const pos = fromA1(f.address) ?? { row: f.row, col: f.col };
    const c = grid ? cellAt(grid, pos.row, pos.col) : undefined;
    const prior = withFills ? normColor(c?.fill) : undefined;
    if (prior === color || (prior === undefined && ownFills[key] === color)) continue;
    const s = entry(f.sheet, f.address, cellScalar(c), c?.formula);
    s.wroteFill = color;
    if (prior !== undefined) s.fill = prior;
    fills.set(key, { sheet: f.sheet, row: pos.row, col: pos.col, address: f.address, color, prior });
    ownFills[key] = color;
  }

  const snapshot = [...snap.values()];
  const record: WriteRecord = { version: 1, owned, ownedBefore, fills: ownFills, fillsBefore };
  if (snapshot.length) record.snapshot = { when, cells: snapshot };
  else if (previous?.snapshot) record.snapshot = previous.snapshot;
  return {
    when,
    values: [...values.values()],
    fills: [...fills.values()],
    snapshot,
    record,
    result: { written: values.size, filled: fills.size, sheets: [...new Set(snapshot.map((s) => s.sheet))] },
  };
}

function bySheet<T extends { sheet: string }>(items: T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const list = m.get(it.sheet) ?? [];
    list.push(it);
    m.set(it.sheet, list);
  }
  return m;
}

export interface FillProbe {
  sheet: string;
  rect: Rect;
  result: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
}

/** Queues reads of the current fill of the given cells (one getCellProperties per row run). Must come before the writes. */
export function queueFillProbes(context: Excel.RequestContext, cells: CellChange[]): FillProbe[] {
  const probes: FillProbe[] = [];
  for (const [sheet, list] of bySheet(cells)) {
    const ws = context.workbook.worksheets.getItem(sheet);
    for (const rect of rowRects(list)) {
      const result = ws.getRange(rectAddress(rect)).getCellProperties({ format: { fill: { color: true, pattern: true } } });
      probes.push({ sheet, rect, result });
    }
  }
  return probes;
}

/** Fill of one getCellProperties cell: '#RRGGBB', or null for none. */
export function fillOfProps(p: Excel.CellProperties | undefined): string | null {
  const fill = p?.format?.fill;
  if (!fill || !fill.pattern || fill.pattern === 'None' || !fill.color) return null;
  return fill.color.toUpperCase();
}

/** 'Sheet!H17' → fill read by the probes (after their sync). */
export function probedFills(probes: FillProbe[]): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const p of probes) {
    const rows = p.result.value;
    for (let r = p.rect.top; r <= p.rect.bottom; r++) {
      for (let c = p.rect.left; c <= p.rect.right; c++) {
        out.set(cellKey(p.sheet, rectAddress({ top: r, left: c, bottom: r, right: c })), fillOfProps(rows[r - p.rect.top]?.[c - p.rect.left]));
      }
    }
  }
  return out;
}

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
        for (const v of run.items) if (v.numberFormat !== undefined) ws.getRange(v.address).numberFormat = [[v.numberFormat]];
      }
    }
  }
  for (const [name, list] of bySheet(prepared.fills)) {
    queueFills(sheets.getItem(name), list.map((f) => ({ row: f.row, col: f.col, color: f.color })));
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
      located.filter((s) => s.wroteFill !== undefined && s.fill !== undefined).map((s) => ({ row: s.row, col: s.col, color: s.fill ?? null })),
    );
  }
}
