// Turns a WritePlan into Office.js writes, and a snapshot back into the writes that undo them.
//  - prepareWrite: compares the plan with the grids just read, keeps only cells that would change,
//    and builds the snapshot (value, formula, number format before the write) and the new record.
//    Highlights the tool set before are followed: a cell a person recoloured since is left alone (and
//    forgotten once the tool no longer highlights it), an unfill puts back the fill the cell had before
//    the tool's first highlight, and that first fill is kept while the tool changes the colour;
//  - the write batch reads (fillProbe.ts), before any write, the fill of every cell about to be
//    highlighted whose fill is not known yet (the read syncs load only the fills of earlier highlights);
//  - queueWrite / queueRestore: queue the writes (no sync here): values and formulas as 2D blocks of
//    consecutive cells, number formats the same way, fills as multi-area ranges per colour.

/// <reference types="office-js" />

import type { SheetGrid } from '../workbook/grid';
import { cellAt, fromA1 } from '../workbook/grid';
import { cellKey, type WritePlan } from '../workbook/plan';
import type { ApplyResult } from './api';
import { areaChunks, columnRuns, rowRects, runAddress } from './address';
import { toCellInput } from './cellInput';
import { bySheet, cellsOfKeys, normColor, type CellChange } from './fillProbe';
import {
  cellScalar,
  confirmedOwned,
  rememberedFills,
  revisionOf,
  sameValue,
  type CellValue,
  type FillSnapshot,
  type SnapshotCell,
  type WriteRecord,
} from './record';

export { fillOfProps, normColor, probedFills, queueFillProbes, type CellChange, type FillProbe } from './fillProbe';

export interface ValueChange extends CellChange {
  input: string | number | boolean; // what to assign (text escaped)
  numberFormat?: string;
}

export interface FillChange extends CellChange {
  /** The fill to set: '#RRGGBB', or null to take the fill away. */
  color: string | null;
  /** The fill before, when known before the write ('#RRGGBB' or null); undefined = probed in the write batch. */
  prior?: string | null;
  /** An earlier highlight taken back (the cell gets its fill before the tool's back). */
  restore?: true;
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

export interface PrepareOptions {
  /** The grid cells carry their fill (read with `fills: true`). */
  withFills?: boolean;
  /** Fills read before the write, 'Sheet!H17' → '#RRGGBB' or null (the tool's earlier highlights). */
  currentFills?: ReadonlyMap<string, string | null>;
  /** The FillSnapshot an older version stored after the previous write (used when it belongs to `previous`). */
  lastFills?: FillSnapshot;
  /** Sheets whose used range has no fill at all: every cell's fill before is none. */
  unfilledSheets?: ReadonlySet<string>;
}

/**
 * What the plan would change in the grids. Writes whose cell already holds the value (and format)
 * are dropped, and so are fills the tool set before with the same colour, so running twice changes
 * nothing the second time. An unfill is applied only to a cell the record lists as the tool's and
 * that was read before the write still showing the tool's colour.
 */
export function prepareWrite(
  plan: WritePlan,
  grids: SheetGrid[],
  previous: WriteRecord | null,
  when: string,
  options: PrepareOptions = {},
): PreparedWrite {
  const byName = new Map(grids.map((g) => [g.name, g]));
  const snap = new Map<string, SnapshotCell>();
  const values = new Map<string, ValueChange>();
  const fills = new Map<string, FillChange>();
  const ownedBefore = confirmedOwned(previous, grids);
  const owned: Record<string, string | number> = { ...ownedBefore };
  const remembered = rememberedFills(previous, options.lastFills);
  const fillsBefore: Record<string, string> = { ...(previous?.fills ?? {}) };
  const originsBefore: Record<string, string | null> = {};
  for (const [key, r] of remembered) if (r.original !== undefined) originsBefore[key] = r.original;
  const ownFills: Record<string, string> = { ...fillsBefore };
  const origins: Record<string, string | null> = { ...originsBefore };
  const forget = (key: string) => {
    delete ownFills[key];
    delete origins[key];
  };

  const locate = (sheet: string, address: string, row: number, col: number) => {
    const grid = byName.get(sheet);
    const pos = fromA1(address) ?? { row, col };
    return { pos, cell: grid ? cellAt(grid, pos.row, pos.col) : undefined };
  };
  /** The cell's fill now when it was read before the write; undefined when not known. */
  const fillNow = (key: string, c: SheetGrid['cells'][number][number]): string | null | undefined => {
    if (options.withFills) return normColor(c?.fill);
    if (options.currentFills?.has(key)) return normColor(options.currentFills.get(key));
    return options.unfilledSheets?.has(key.slice(0, key.lastIndexOf('!'))) ? null : undefined;
  };

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
    const { pos, cell: c } = locate(w.sheet, w.address, w.row, w.col);
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

  const highlighted = new Set<string>();
  for (const f of plan.fills) {
    const key = cellKey(f.sheet, f.address);
    const color = normColor(f.color) as string;
    const { pos, cell: c } = locate(f.sheet, f.address, f.row, f.col);
    highlighted.add(key);
    const prior = fillNow(key, c);
    const mine = remembered.get(key);
    const mineColor = normColor(mine?.color);
    if (prior === color) continue;
    // Not read: the tool's own highlight in this colour is taken to be still there. Read and not the
    // tool's colour: a person recoloured the tool's highlight, which stays as they made it.
    if (mine && (prior === undefined ? mineColor === color : prior !== mineColor)) continue;
    const s = entry(f.sheet, f.address, cellScalar(c), c?.formula);
    s.wroteFill = color;
    if (prior !== undefined) s.fill = prior;
    fills.set(key, { sheet: f.sheet, row: pos.row, col: pos.col, address: f.address, color, prior });
    ownFills[key] = color;
    // A new colour on the tool's own highlight keeps the fill before its first highlight. Otherwise the
    // fill before is this one: known now, or read in the write batch and kept in its FillSnapshot.
    if (!mine) {
      if (prior !== undefined) origins[key] = prior;
      else delete origins[key];
    }
  }

  const handled = new Set<string>();
  for (const u of plan.unfills ?? []) {
    const key = cellKey(u.sheet, u.address);
    const mine = remembered.get(key);
    if (!mine || highlighted.has(key) || handled.has(key) || normColor(u.was) !== normColor(mine.color)) continue;
    const { pos, cell: c } = locate(u.sheet, u.address, u.row, u.col);
    const prior = fillNow(key, c);
    if (prior === undefined) continue; // not read: it stays the tool's until a run can check it
    handled.add(key);
    forget(key);
    if (prior !== normColor(mine.color)) continue; // a person recoloured it since: theirs now
    const back = normColor(u.color);
    if (back === prior) continue;
    const s = entry(u.sheet, u.address, cellScalar(c), c?.formula);
    s.wroteFill = back;
    s.fill = prior;
    fills.set(key, { sheet: u.sheet, row: pos.row, col: pos.col, address: u.address, color: back, prior, restore: true });
  }

  // Earlier highlights that stay as they are: those a person recoloured are theirs now.
  for (const [key, mine] of remembered) {
    if (highlighted.has(key) || handled.has(key)) continue;
    const [at] = cellsOfKeys([key]);
    const prior = at ? fillNow(key, locate(at.sheet, at.address, at.row, at.col).cell) : undefined;
    if (prior !== undefined && prior !== normColor(mine.color)) forget(key);
  }

  const snapshot = [...snap.values()];
  const record: WriteRecord = {
    version: 1,
    revision: Math.max(0, revisionOf(previous)) + 1,
    owned,
    ownedBefore,
    fills: ownFills,
    fillsBefore,
    fillOrigins: origins,
    fillOriginsBefore: originsBefore,
  };
  if (snapshot.length) record.snapshot = { when, cells: snapshot };
  else if (previous?.snapshot) record.snapshot = previous.snapshot;
  const result: ApplyResult = { written: values.size, filled: fills.size, sheets: [...new Set(snapshot.map((s) => s.sheet))] };
  const cleared = [...fills.values()].filter((f) => f.restore).length;
  if (cleared > 0) result.cleared = cleared;
  return {
    when,
    values: [...values.values()],
    fills: [...fills.values()],
    snapshot,
    record,
    result,
  };
}

/** What a protected sheet lets the tool change: its unlocked cells ('H17'), and formats when allowed. */
export interface SheetProtection {
  allowFormatCells: boolean;
  unlocked: ReadonlySet<string>;
}

/**
 * The part of a plan Excel will let through (protected sheets: values only into unlocked cells, number
 * formats and fills only where formatting cells is allowed), with the locked cells left out
 * ('Sheet!H17') and the sheets where formats were left out.
 */
export function writablePlan(plan: WritePlan, protection: ReadonlyMap<string, SheetProtection>): { plan: WritePlan; locked: string[]; unformatted: string[] } {
  const locked: string[] = [];
  const unformatted = new Set<string>();
  const writes: WritePlan['writes'] = [];
  for (const w of plan.writes) {
    const p = protection.get(w.sheet);
    if (!p) writes.push(w);
    else if (!p.unlocked.has(w.address)) locked.push(cellKey(w.sheet, w.address));
    else if (w.numberFormat !== undefined && !p.allowFormatCells) {
      const { numberFormat: _dropped, ...rest } = w;
      writes.push(rest);
      unformatted.add(w.sheet);
    } else writes.push(w);
  }
  const formattable = <T extends { sheet: string }>(list: T[]): T[] =>
    list.filter((f) => {
      const p = protection.get(f.sheet);
      if (!p || p.allowFormatCells) return true;
      unformatted.add(f.sheet);
      return false;
    });
  const out: WritePlan = { ...plan, writes, fills: formattable(plan.fills) };
  if (plan.unfills) out.unfills = formattable(plan.unfills);
  return { plan: out, locked, unformatted: [...unformatted] };
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
