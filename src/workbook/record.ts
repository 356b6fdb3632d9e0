// What the tool keeps in the document about its own writes, for 「撤销上次写入」 and for knowing which
// cells are still the tool's. Everything a revert needs is in the record, JSON inside one custom XML
// part (namespace RECORD_NAMESPACE), written in the same batch as the cells and before them: the
// snapshot of every touched cell (value, formula, number format, fill) and the cells and fills the tool
// wrote, with a revision number (see session.ts). Document settings are not relied on: they are lost
// on reopen in Excel on the web and on Mac (OfficeDev/office-js #2940, #5206, #6091).
//  - The fill a highlight replaces is read before the write where the read can tell it cheaply (a sheet
//    whose used range has no fill at all: every cell's fill is none) and otherwise inside the write batch,
//    before the fills change; the record part is then completed with those fills (withProbedFills) in
//    one more sync of the same run.
//  - Per cell the tool highlighted: the colour it set and the fill the cell had before its first
//    highlight (`fills`, `fillOrigins`), so a highlight that no longer applies goes back to what it was.
//  - The document settings keep only a hint, FILLED_CELLS_SETTING: the cells holding the tool's
//    highlights, read without a sync so the read can load their current fill in the sync that reads the
//    record, before the record itself has arrived. Without it (settings lost) one run does not take earlier highlights back.
//  - FILL_SNAPSHOT_SETTING is where versions before the record held those fills were kept: still read
//    for such a record (revert and highlights of an older document), never written.
// Pure data and (de)serialisation here.

import type { SheetGrid, GridCell } from './grid';
import { cellAt, fromA1 } from './grid';
import { cellKey, type OwnedFill } from './plan';

export const RECORD_NAMESPACE = 'urn:jixiao-zipingzhushou:write-record:1';

export type CellValue = string | number | boolean | null;

/** One touched cell before the write, and what the write did to it. */
export interface SnapshotCell {
  sheet: string;
  address: string; // 'H17'
  /** Value before the write (null = empty). */
  value: CellValue;
  /** Formula before the write, with '='. */
  formula?: string;
  /** Set when the write replaced the value: what it wrote. */
  wrote?: string | number;
  /** Set when the write changed the number format: the format before. */
  numberFormat?: string;
  /** Set when the write set a number format: the format it set. */
  wroteFormat?: string;
  /** The fill before ('#RRGGBB', null for none) when known before the write; otherwise in the FillSnapshot. */
  fill?: string | null;
  /** Set when the write set a fill: the fill it set ('#RRGGBB'; null when it took a highlight back to no fill). */
  wroteFill?: string | null;
}

/** Fills before the write, by 'Sheet!H17', for the snapshot taken at `when` (older documents: see above). */
export interface FillSnapshot {
  when: string;
  fills: Record<string, string | null>;
}

/** Document setting where older versions kept the FillSnapshot of the last write (read, no longer written). */
export const FILL_SNAPSHOT_SETTING = 'jixiao.excel.fillSnapshot';

/** Document setting listing the 'Sheet!H17' cells that hold the tool's highlights (the keys of the record's `fills`). */
export const FILLED_CELLS_SETTING = 'jixiao.excel.filledCells';

interface Snapshot {
  when: string; // ISO time of the write
  cells: SnapshotCell[];
}

export interface WriteRecord {
  version: 1;
  /**
   * Counts the writes and reverts that stored this record (absent = 0, a record of an older version).
   * A session refuses to write when the record changed since it read the workbook: the pane and the
   * ribbon run in separate runtimes and their batches can interleave.
   */
  revision?: number;
  /** The last write, until it is reverted. */
  snapshot?: Snapshot;
  /** 'Sheet!H17' → the value the tool wrote there (kept while the cell still holds it). */
  owned: Record<string, string | number>;
  /** `owned` as it was before the last write: what a revert goes back to. */
  ownedBefore?: Record<string, string | number>;
  /** 'Sheet!H17' → the fill colour the tool set there. */
  fills?: Record<string, string>;
  /** `fills` as it was before the last write. */
  fillsBefore?: Record<string, string>;
  /** 'Sheet!H17' → the fill a cell in `fills` had before the tool first highlighted it (null = none), where known. */
  fillOrigins?: Record<string, string | null>;
  /** `fillOrigins` as it was before the last write (with what that write learnt from the FillSnapshot before it). */
  fillOriginsBefore?: Record<string, string | null>;
  /** Set by 「导出检查结果」 while the sheet it added is the last write: a revert removes that sheet first. */
  findingsSheet?: { when: string; name: string };
}

/** The record's revision: -1 when there is none, 0 for a record written before revisions existed. */
export function revisionOf(record: WriteRecord | null | undefined): number {
  return record ? (record.revision ?? 0) : -1;
}

// ---- XML part -----------------------------------------------------------------------------------

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function unescapeXml(s: string): string {
  return s
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The XML of the custom part: the record as JSON text inside one root element. */
export function recordToXml(record: WriteRecord): string {
  return `<?xml version="1.0" encoding="UTF-8"?><jixiaoRecord xmlns="${RECORD_NAMESPACE}">${escapeXml(JSON.stringify(record))}</jixiaoRecord>`;
}

/** Reads a record back from its part's XML (Excel may re-serialise it: declaration, entities, CDATA). Null when unreadable. */
export function recordFromXml(xml: string): WriteRecord | null {
  const open = /<(?:\w+:)?jixiaoRecord\b[^>]*>/.exec(xml);
  if (!open) return null;
  const start = open.index + open[0].length;
  const end = xml.lastIndexOf('</');
  if (end < start) return null;
  let body = xml.slice(start, end).trim();
  const cdata = /^<!\[CDATA\[([\s\S]*)\]\]>$/.exec(body);
  body = cdata ? cdata[1] : unescapeXml(body);
  try {
    const parsed = JSON.parse(body) as WriteRecord;
    if (!parsed || parsed.version !== 1 || typeof parsed.owned !== 'object') return null;
    return parsed;
  } catch {
    return null;
  }
}

// ---- ownership ----------------------------------------------------------------------------------

/** The stored value of a grid cell as a comparable scalar (null = empty). */
export function cellScalar(c: GridCell | undefined): CellValue {
  if (!c) return null;
  if (c.value === '' || c.value === undefined) return null;
  return c.value;
}

function gridIndex(grids: SheetGrid[]): Map<string, SheetGrid> {
  return new Map(grids.map((g) => [g.name, g]));
}

/** Whether a cell currently holds what the tool wrote (no formula, same value). */
function holdsWritten(grid: SheetGrid | undefined, address: string, written: string | number): boolean {
  if (!grid) return false;
  const p = fromA1(address);
  if (!p) return false;
  const c = cellAt(grid, p.row, p.col);
  return !c.formula && sameValue(cellScalar(c), written);
}

export function sameValue(a: CellValue, b: CellValue): boolean {
  if (typeof a === 'number' && typeof b === 'number')
    return a === b || Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(a));
  return a === b;
}

/** Keys of the cells the tool wrote and that still hold what it wrote (PlanOptions.owned). */
export function ownedKeys(record: WriteRecord | null | undefined, grids: SheetGrid[]): Set<string> {
  const out = new Set<string>();
  if (!record) return out;
  const byName = gridIndex(grids);
  for (const [key, written] of Object.entries(record.owned)) {
    const bang = key.lastIndexOf('!');
    if (bang < 0) continue;
    if (holdsWritten(byName.get(key.slice(0, bang)), key.slice(bang + 1), written)) out.add(key);
  }
  return out;
}

/** `owned` reduced to the entries the grids still confirm. */
export function confirmedOwned(
  record: WriteRecord | null | undefined,
  grids: SheetGrid[],
): Record<string, string | number> {
  const keep = ownedKeys(record, grids);
  const out: Record<string, string | number> = {};
  if (record) for (const k of keep) out[k] = record.owned[k];
  return out;
}

// ---- the tool's highlights ---------------------------------------------------------------------

/** A highlight the tool set: its colour and, when known, the fill the cell had before the first highlight. */
interface RememberedFill {
  color: string;
  /** '#RRGGBB', null for no fill; undefined when not known. */
  original?: string | null;
}

/**
 * The highlights in the record with the fill each cell had before the tool first highlighted it: from
 * the record, or — for a cell the last write highlighted for the first time, whose fill was read
 * inside that write — from that write's FillSnapshot (`last`, used only when it belongs to the record).
 */
export function rememberedFills(
  record: WriteRecord | null | undefined,
  last: FillSnapshot | undefined,
): Map<string, RememberedFill> {
  const out = new Map<string, RememberedFill>();
  if (!record?.fills) return out;
  const snapshot = record.snapshot;
  const fresh =
    last && snapshot && last.when === snapshot.when && last.fills && typeof last.fills === 'object'
      ? last.fills
      : undefined;
  const wrote = new Map((fresh ? (snapshot?.cells ?? []) : []).map((c) => [cellKey(c.sheet, c.address), c]));
  for (const [key, color] of Object.entries(record.fills)) {
    const entry: RememberedFill = { color };
    if (record.fillOrigins && key in record.fillOrigins) entry.original = record.fillOrigins[key];
    else if (fresh && !(record.fillsBefore && key in record.fillsBefore)) {
      if (key in fresh) entry.original = fresh[key];
      // The last write set this colour and found it already there (only changed fills are in the FillSnapshot).
      else if (wrote.get(key)?.wroteFill === color) entry.original = color;
    }
    out.set(key, entry);
  }
  return out;
}

/**
 * The highlights a plan may take back (PlanOptions.ownedFills): those whose fill before is known and
 * whose cell still shows the tool's colour now (`current`, read before the write). A cell not read,
 * or recoloured by a person, is not offered.
 */
export function clearableFills(
  remembered: ReadonlyMap<string, RememberedFill>,
  current: ReadonlyMap<string, string | null>,
): Map<string, OwnedFill> {
  const out = new Map<string, OwnedFill>();
  for (const [key, r] of remembered) {
    const now = current.get(key);
    if (r.original === undefined || !now || now.toUpperCase() !== r.color.toUpperCase()) continue;
    out.set(key, { original: r.original, color: r.color });
  }
  return out;
}

/**
 * The record with the fills read inside the write batch (`probed`, 'Sheet!H17' → fill before): each
 * highlighted snapshot cell whose fill before was not known gets it, and a cell highlighted for the
 * first time gets it as the fill before its first highlight.
 */
export function withProbedFills(record: WriteRecord, probed: ReadonlyMap<string, string | null>): WriteRecord {
  const out = JSON.parse(JSON.stringify(record)) as WriteRecord;
  const origins: Record<string, string | null> = { ...(out.fillOrigins ?? {}) };
  for (const c of out.snapshot?.cells ?? []) {
    const key = cellKey(c.sheet, c.address);
    if (c.wroteFill === undefined || c.fill !== undefined || !probed.has(key)) continue;
    const before = probed.get(key) ?? null;
    c.fill = before;
    const first = !(out.fillsBefore && key in out.fillsBefore); // not the tool's highlight before this write
    if (out.fills && key in out.fills && first) origins[key] = before;
  }
  out.fillOrigins = origins;
  return out;
}
