// Compares a WritePlan with the grids just read (host-free, shared by every host):
//  - prepareWrite keeps only cells that would change and builds the snapshot (value, formula, number format
//    before the write) and the new record. Highlights the tool set before are followed: a cell a person
//    recoloured since is left alone (and forgotten once the tool no longer highlights it), an unfill puts back
//    the fill the cell had before the tool's first highlight, and that first fill is kept while the tool
//    changes the colour;
//  - writablePlan: the part of a plan a protected sheet lets through.
// A host queues the result (src/excel/apply.ts for Office.js).

import type { SheetGrid } from './grid';
import { cellAt, fromA1 } from './grid';
import { cellKey, type WritePlan } from './plan';
import type { ApplyResult } from './host';
import { toCellInput } from './cellInput';
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

/** A cell a write touches. */
export interface CellChange {
  sheet: string;
  row: number;
  col: number;
  address: string;
}

/** '#rrggbb' → '#RRGGBB'; null/undefined/'' → null (no fill). */
export function normColor(c: string | null | undefined): string | null {
  return c ? c.toUpperCase() : null;
}

/** 'Sheet!H17' keys → cells (keys that are not addresses are left out). */
export function cellsOfKeys(keys: Iterable<string>): CellChange[] {
  const out: CellChange[] = [];
  for (const key of keys) {
    const bang = key.lastIndexOf('!');
    const pos = bang > 0 ? fromA1(key.slice(bang + 1)) : null;
    if (pos) out.push({ sheet: key.slice(0, bang), row: pos.row, col: pos.col, address: key.slice(bang + 1) });
  }
  return out;
}

export function bySheet<T extends { sheet: string }>(items: T[]): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const list = m.get(it.sheet) ?? [];
    list.push(it);
    m.set(it.sheet, list);
  }
  return m;
}

interface ValueChange extends CellChange {
  input: string | number | boolean; // what to assign (text escaped)
  numberFormat?: string;
}

interface FillChange extends CellChange {
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

interface PrepareOptions {
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
    fills.set(key, {
      sheet: u.sheet,
      row: pos.row,
      col: pos.col,
      address: u.address,
      color: back,
      prior,
      restore: true,
    });
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
  const result: ApplyResult = {
    written: values.size,
    filled: fills.size,
    sheets: [...new Set(snapshot.map((s) => s.sheet))],
  };
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
export function writablePlan(
  plan: WritePlan,
  protection: ReadonlyMap<string, SheetProtection>,
): { plan: WritePlan; locked: string[]; unformatted: string[] } {
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
