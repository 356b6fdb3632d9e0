// Reads the whole workbook into the grids the core uses. The first read of a session takes three
// context.sync() calls whatever the workbook's size, a rescan two:
//   1. the sheets (name, protection) and the tool's record part — and, on a rescan, each known sheet's
//      used range (address only), from the layout the session remembers (LayoutCache);
//   2. (first read, or new sheets only) each sheet's used range and values-only used range (addresses),
//      the record's XML and the current fill of the tool's earlier highlights (`probeFills`, listed in
//      the document settings: see src/workbook/record.ts);
//   3. every sheet's values-only used range (values, text, number formats) — with the record's XML and
//      the probed fills when sync 2 was not needed —, its formula cells and its
//      merged areas — read in row bands of the used range that can never hold more than the 512 areas
//      one getMergedAreasOrNullObject call returns (mergeBands.ts), or — for a check, not before a
//      write — taken from the LayoutCache when the sheet list and the sheet's used-range address have
//      not changed since the last read and no rows or columns were inserted or deleted — and,
//      only when asked (`fills`, a snapshot), every cell's fill over the whole used range.
// Values come from getUsedRange(true): getUsedRange() also counts cells that only carry a format, and
// a sheet formatted down to row 1,048,576 would ask for millions of empty cells.
//
// Limits of Excel (resource-limits article): a range read covers at most 5,000,000 cells — a larger read
// fails with RangeExceedsLimit, or on some builds returns null instead of the matrix (office-js #6781,
// #4783) — and Excel on the web refuses a request or response above 5 MB. The sizes are known before the
// cells are read, so a range above 5,000,000 cells is read in row blocks from the start; when a sync is
// still refused as too large (or a matrix comes back null), the ranges are read again in row blocks
// sized from their dimensions, several syncs each under the limit (a block still refused is halved).
// A 200-table workbook is about 2 MB and never takes that path.

/// <reference types="office-js" />

import type { Rect } from '../domain/model';
import type { GridCell, SheetGrid } from '../workbook/grid';
import { parseRangeAddress, rectAddress } from './address';
import { WorkbookError } from '../workbook/host';
import { excelMessages as m } from '../i18n/zh-CN/excel';
import { RichApiCode, isPayloadTooLarge, richApiCode } from './errors';
import type { Sync } from './runner';
import { RECORD_NAMESPACE, recordFromXml, type WriteRecord } from '../workbook/record';
import { FILL_PROPS, fillOfProps, probedFills, queueFillProbes, type FillProbe } from './fillProbe';
import { cellsOfKeys } from '../workbook/prepareWrite';
import {
  MAX_BANDS_PER_SHEET,
  collectMerges,
  halveBand,
  isMergedAreasFailure,
  mergeBands,
  requestMerges,
  safeBandRows,
  type MergeBand,
} from './mergeBands';

/** Most cells one range read may cover (Excel's limit for get operations). */
const READ_CELL_LIMIT = 5_000_000;

interface SheetState {
  name: string;
  protected: boolean;
  visibility?: string;
}

export interface WorkbookState {
  grids: SheetGrid[];
  sheets: SheetState[];
  /** The tool's record (snapshot + owned cells), null when the document has none. */
  record: WriteRecord | null;
  /** A record part exists but could not be read. */
  recordUnreadable: boolean;
  /** Proxies (of this context) of every record part found, to delete when replacing the record. */
  parts: Excel.CustomXmlPart[];
  /** Whether grid cells carry their fill (`fill`), as needed for a snapshot. */
  withFills: boolean;
  /** Fill now ('#RRGGBB', null for none) of each `probeFills` cell on a sheet that exists. */
  fillsNow: Map<string, string | null>;
}

interface ReadOptions {
  /** Read every cell's fill (needed before a write). */
  fills: boolean;
  /** Estimated bytes per block when reading in blocks (default 2 MB). */
  blockBytes?: number;
  /** 'Sheet!H17' cells whose current fill to load as well (WorkbookState.fillsNow). */
  probeFills?: Iterable<string>;
  /** What the session knows of the workbook's layout from its last read (updated by this read). */
  layout?: LayoutCache;
  /**
   * Take a sheet's merges from `layout` when its used range is unchanged (default true). A read before
   * a write asks for them again: Excel notices no merge made inside an unchanged used range, and the
   * write clears the undo history anyway.
   */
  reuseMerges?: boolean;
  /**
   * Queues the caller's own reads into the cells' sync (session.ts: each sheet's fill at a glance, the
   * cells' locking on protected sheets); called again when that sync is retried in blocks.
   */
  alongside?: (sheets: ReadonlyMap<string, Excel.Worksheet>, states: readonly SheetState[]) => void;
}

/**
 * The workbook's layout as the last read found it: the sheet list, and each sheet's used-range address
 * with its merged areas. A rescan asks Excel for the used ranges of the sheets it knows in its first
 * sync, and takes the merges of a sheet whose used range is unchanged from here instead of calling
 * getMergedAreasOrNullObject again (office-js #5918: that call clears the officer's undo history).
 * Any change to the sheet list — a sheet's name or its id (a sheet deleted and another put in under the
 * same name) — forgets every sheet's merges.
 */
export class LayoutCache {
  private names: string[] | null = null;
  private ids: string[] = [];
  private readonly sheets = new Map<string, { used: string; merges: Rect[] }>();

  /** The sheets of the last read, in order (null before the first read). */
  get sheetNames(): readonly string[] | null {
    return this.names;
  }

  /** The merges read last for `sheet`, when its used range is still `used`. */
  merges(sheet: string, used: string): Rect[] | undefined {
    const s = this.sheets.get(sheet);
    return s && s.used === used ? s.merges.map((m) => ({ ...m })) : undefined;
  }

  /** Records the sheet list now; a different list than last time (names or ids) forgets every sheet's merges. */
  noteSheets(list: { name: string; id: string }[]): void {
    const same =
      this.names?.length === list.length && list.every((s, i) => s.name === this.names?.[i] && s.id === this.ids[i]);
    if (!same) this.sheets.clear();
    this.names = list.map((s) => s.name);
    this.ids = list.map((s) => s.id);
  }

  remember(sheet: string, used: string, merges: Rect[]): void {
    this.sheets.set(sheet, { used, merges: merges.map((m) => ({ ...m })) });
  }

  /** Forgets everything (the next read is a first read). */
  clear(): void {
    this.names = null;
    this.ids = [];
    this.sheets.clear();
  }
}

type Matrix = unknown[][];

interface CellsRequest {
  sheet: string;
  rect: Rect;
  range: Excel.Range;
  formulas: Excel.RangeAreas;
  fills?: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
}

interface RangeData {
  rect: Rect;
  values: Matrix;
  text: Matrix;
  numberFormat: Matrix;
  formulas: { rect: Rect; formulas: Matrix }[];
  merges: Rect[];
  fills?: Excel.CellProperties[][];
}

/** A sheet's size, as its used ranges give it (null: the sheet is blank). */
interface SheetDims {
  name: string;
  ws: Excel.Worksheet;
  /** getUsedRange(): values and formats (merged cells included). */
  used: Rect | null;
  usedAddress: string;
  /** getUsedRange(true): values and formulas only. */
  values: Rect | null;
}

interface DimsRequest {
  used: Excel.Range;
  values: Excel.Range;
}

function requestDims(ws: Excel.Worksheet): DimsRequest {
  const used = ws.getUsedRangeOrNullObject();
  used.load('address');
  const values = ws.getUsedRangeOrNullObject(true);
  values.load('address');
  return { used, values };
}

function dimsOf(name: string, ws: Excel.Worksheet, d: DimsRequest): SheetDims {
  const used = d.used.isNullObject ? null : (parseRangeAddress(d.used.address)?.rect ?? null);
  const values = d.values.isNullObject ? null : (parseRangeAddress(d.values.address)?.rect ?? null);
  return { name, ws, used, usedAddress: used ? rectAddress(used) : '', values };
}

const rowsOf = (r: Rect) => r.bottom - r.top + 1;
const colsOf = (r: Rect) => r.right - r.left + 1;

function requestCells(sheet: string, ws: Excel.Worksheet, rect: Rect, fills: boolean): CellsRequest {
  const range = ws.getRange(rectAddress(rect));
  range.load('values,text,numberFormat');
  const formulas = range.getSpecialCellsOrNullObject('Formulas');
  formulas.load('areas/items/address,areas/items/formulas');
  const req: CellsRequest = { sheet, rect, range, formulas };
  if (fills) req.fills = range.getCellProperties(FILL_PROPS);
  return req;
}

/** The cells read, or null when Excel returned a null matrix (a range above its read limit: #6781). */
function collect(req: CellsRequest): RangeData | null {
  const values = req.range.values as Matrix | null;
  const text = req.range.text as Matrix | null;
  const numberFormat = req.range.numberFormat as Matrix | null;
  const fills = req.fills?.value as Excel.CellProperties[][] | null | undefined;
  if (!values || !text || !numberFormat || fills === null) return null;
  const formulas: RangeData['formulas'] = [];
  if (!req.formulas.isNullObject) {
    for (const area of req.formulas.areas.items) {
      const p = parseRangeAddress(area.address);
      if (p && area.formulas) formulas.push({ rect: p.rect, formulas: area.formulas as Matrix });
    }
  }
  return { rect: req.rect, values, text, numberFormat, formulas, merges: [], fills };
}

/** Fill of a cell from getCellProperties: '#RRGGBB' for a solid (or patterned) fill, undefined for none. */
function fillOf(p: Excel.CellProperties | undefined): string | undefined {
  return fillOfProps(p) ?? undefined;
}

function toValue(v: unknown): GridCell['value'] {
  if (v === '' || v === undefined || v === null) return null;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
  return String(v);
}

/** Builds one sheet's grid from the blocks read (absolute 0-based rows/cols). */
function assembleGrid(name: string, isProtected: boolean, blocks: RangeData[], withFills: boolean): SheetGrid {
  const cells: (GridCell | undefined)[][] = [];
  let rowCount = 0;
  let colCount = 0;
  const merges: Rect[] = [];
  const seenMerge = new Set<string>();
  for (const b of blocks) {
    const formulaAt = new Map<string, string>();
    for (const f of b.formulas) {
      for (let r = f.rect.top; r <= f.rect.bottom; r++) {
        for (let c = f.rect.left; c <= f.rect.right; c++) {
          const v = f.formulas[r - f.rect.top]?.[c - f.rect.left];
          if (typeof v === 'string' && v.startsWith('=')) formulaAt.set(`${r},${c}`, v);
        }
      }
    }
    for (let i = 0; i < b.values.length; i++) {
      const row = b.rect.top + i;
      for (let j = 0; j < (b.values[i]?.length ?? 0); j++) {
        const col = b.rect.left + j;
        const value = toValue(b.values[i][j]);
        const formula = formulaAt.get(`${row},${col}`);
        const numberFormat = String(b.numberFormat[i]?.[j] ?? 'General');
        const fill = withFills ? fillOf(b.fills?.[i]?.[j]) : undefined;
        const general = numberFormat === 'General' || numberFormat === '';
        if (value === null && !formula && !fill && general) continue;
        const cell: GridCell = { value, text: String(b.text[i]?.[j] ?? '') };
        if (!general) cell.numberFormat = numberFormat;
        if (formula) cell.formula = formula;
        if (fill) cell.fill = fill;
        (cells[row] ??= [])[col] = cell;
        rowCount = Math.max(rowCount, row + 1);
        colCount = Math.max(colCount, col + 1);
      }
    }
    for (const m of b.merges) {
      const k = rectAddress(m);
      if (seenMerge.has(k)) continue;
      seenMerge.add(k);
      merges.push(m);
      rowCount = Math.max(rowCount, m.bottom + 1);
      colCount = Math.max(colCount, m.right + 1);
    }
  }
  for (let r = 0; r < rowCount; r++) cells[r] ??= [];
  merges.sort((a, b) => a.top - b.top || a.left - b.left);
  const grid: SheetGrid = { name, cells, merges, rowCount, colCount };
  if (isProtected) grid.protected = true;
  return grid;
}

/** Marks a grid of a hidden ('Hidden') or very hidden ('VeryHidden') sheet, as the .xlsx adapter does. */
function withVisibility(grid: SheetGrid, visibility: string | undefined): SheetGrid {
  if (visibility === 'Hidden') grid.hidden = 'hidden';
  else if (visibility === 'VeryHidden') grid.hidden = 'veryHidden';
  return grid;
}

/**
 * Sync 1 of every read: the sheets with their protection (`protectionOptions`: what each protection
 * allows as well — one load, as a collection's second load replaces its items), and the record parts.
 */
export function requestSheets(
  context: Excel.RequestContext,
  { protectionOptions = false }: { protectionOptions?: boolean } = {},
): { sheets: Excel.WorksheetCollection; parts: Excel.CustomXmlPartScopedCollection } {
  const sheets = context.workbook.worksheets;
  sheets.load(
    `items/name,items/id,items/protection/protected,${protectionOptions ? 'items/protection/options,' : ''}items/visibility`,
  );
  return { sheets, parts: requestParts(context) };
}

/** The tool's record parts (their ids), to read with readRecordParts or delete. */
export function requestParts(context: Excel.RequestContext): Excel.CustomXmlPartScopedCollection {
  const parts = context.workbook.customXmlParts.getByNamespace(RECORD_NAMESPACE);
  parts.load('items/id');
  return parts;
}

/** The record in `parts` (loaded by a sync before): one more sync when there are any, none otherwise. */
export async function readRecordParts(
  parts: Excel.CustomXmlPartScopedCollection,
  sync: Sync,
): Promise<{ record: WriteRecord | null; unreadable: boolean }> {
  if (!parts.items.length) return { record: null, unreadable: false };
  const xmls = parts.items.map((p) => p.getXml());
  await sync();
  return parseRecord(xmls);
}

export function sheetStates(sheets: Excel.WorksheetCollection): SheetState[] {
  return sheets.items.map((ws) => ({ name: ws.name, protected: ws.protection.protected, visibility: ws.visibility }));
}

function parseRecord(xmls: OfficeExtension.ClientResult<string>[]): {
  record: WriteRecord | null;
  unreadable: boolean;
} {
  if (!xmls.length) return { record: null, unreadable: false };
  // The newest part wins (there is only one unless a write was interrupted).
  for (let i = xmls.length - 1; i >= 0; i--) {
    const r = recordFromXml(xmls[i].value);
    if (r) return { record: r, unreadable: false };
  }
  return { record: null, unreadable: true };
}

/** A range read too large for Excel: a payload refused, or more cells than one read returns. */
function isTooLargeToRead(e: unknown): boolean {
  return isPayloadTooLarge(e) || richApiCode(e) === RichApiCode.rangeExceedsLimit;
}

/** The cell ranges to read on a sheet: its values-only used range (its whole used range with fills), in row blocks of at most READ_CELL_LIMIT cells. */
function cellTargets(d: SheetDims, fills: boolean): { name: string; ws: Excel.Worksheet; rect: Rect }[] {
  const rect = fills ? d.used : d.values;
  if (!rect) return [];
  const rowsPer = Math.max(1, Math.floor(READ_CELL_LIMIT / colsOf(rect)));
  const out: { name: string; ws: Excel.Worksheet; rect: Rect }[] = [];
  for (let top = rect.top; top <= rect.bottom; top += rowsPer) {
    out.push({ name: d.name, ws: d.ws, rect: { ...rect, top, bottom: Math.min(rect.bottom, top + rowsPer - 1) } });
  }
  return out;
}

/**
 * The region whose merged areas to read: the used range, or the values-only used range when the used
 * range reaches so far down (formats applied to whole columns) that it would take too many safe bands.
 */
function mergeRegion(d: SheetDims): Rect | null {
  if (!d.used) return null;
  const bands = Math.ceil(rowsOf(d.used) / safeBandRows(colsOf(d.used)));
  return bands > MAX_BANDS_PER_SHEET && d.values ? d.values : d.used;
}

/** The whole workbook: three syncs for a first read, two for a rescan (more only when Excel refuses the size, see the file comment). */
export async function readWorkbook(
  context: Excel.RequestContext,
  sync: Sync,
  options: ReadOptions,
): Promise<WorkbookState> {
  const layout = options.layout;
  // Sync 1: the sheets and record parts, and the used ranges of the sheets the last read found.
  const queueFirst = (known: readonly string[] | null | undefined) => {
    const first = requestSheets(context);
    const dims = new Map((known ?? []).map((name) => [name, requestDims(context.workbook.worksheets.getItem(name))]));
    return { ...first, dims };
  };
  let first = queueFirst(layout?.sheetNames);
  try {
    await sync();
  } catch (e) {
    if (!first.dims.size || richApiCode(e) !== RichApiCode.itemNotFound) throw e;
    layout?.clear(); // a sheet read last time is gone: read as the first time
    first = queueFirst(null);
    await sync();
  }
  const { sheets, parts } = first;
  const states = sheetStates(sheets);
  layout?.noteSheets(sheets.items.map((ws) => ({ name: ws.name, id: ws.id })));
  const byName = new Map(sheets.items.map((ws) => [ws.name, ws]));
  const dims = new Map<string, SheetDims>();
  for (const [name, d] of first.dims) {
    const ws = byName.get(name);
    if (ws) dims.set(name, dimsOf(name, ws, d));
  }

  const probed = cellsOfKeys(new Set(options.probeFills ?? [])).filter((c) => byName.has(c.sheet));
  let xmls: OfficeExtension.ClientResult<string>[] | undefined;
  let probes: FillProbe[] = [];
  const queueRecord = () => {
    xmls = parts.items.map((p) => p.getXml());
    probes = queueFillProbes(context, probed);
  };

  // Sync 2 (first read, or sheets added since): the used ranges, with the record and the probed fills.
  const unknown = states
    .filter((s) => !dims.has(s.name))
    .map((s) => ({ name: s.name, ws: byName.get(s.name) as Excel.Worksheet }));
  if (unknown.length) {
    const reqs = unknown.map((u) => ({ ...u, d: requestDims(u.ws) }));
    queueRecord();
    await sync();
    for (const r of reqs) dims.set(r.name, dimsOf(r.name, r.ws, r.d));
  }

  // Sync 3 (2 on a rescan): the cells, formulas and merged areas.
  const all = states.map((s) => dims.get(s.name) as SheetDims);
  const merges = new Map<string, Rect[]>();
  const bands: MergeBand[] = [];
  for (const d of all) {
    const cached = !d.used ? [] : options.reuseMerges === false ? undefined : layout?.merges(d.name, d.usedAddress);
    if (cached) merges.set(d.name, cached);
    else {
      const region = mergeRegion(d);
      if (region) bands.push(...mergeBands(d.name, region));
    }
  }
  const targets = all.flatMap((d) => cellTargets(d, options.fills));
  const recordQueued = !!xmls;
  const worksheet = (name: string) => byName.get(name) as Excel.Worksheet;

  let blocks = new Map<string, RangeData[]>();
  try {
    const reqs = targets.map((t) => requestCells(t.name, t.ws, t.rect, options.fills));
    const mergeReqs = requestMerges(worksheet, bands);
    if (!recordQueued) queueRecord();
    options.alongside?.(byName, states);
    await sync();
    for (const [sheet, list] of collectMerges(mergeReqs)) merges.set(sheet, list);
    const refused: typeof targets = [];
    reqs.forEach((r, i) => {
      const data = collect(r);
      if (data) push(blocks, r.sheet, data);
      else refused.push(targets[i]);
    });
    // A null matrix instead of an error (office-js #6781): read those ranges again in smaller blocks.
    if (refused.length) {
      for (const [sheet, list] of await readInBlocks(sync, refused, options, undefined, true))
        for (const b of list) push(blocks, sheet, b);
    }
  } catch (e) {
    const mergeFailure = bands.length > 0 && isMergedAreasFailure(e, true);
    if (!isTooLargeToRead(e) && !mergeFailure) throw e;
    // Read again: the cells in blocks (with the record, unless read in sync 2), the merges on their own.
    blocks = await readInBlocks(
      sync,
      targets,
      options,
      () => {
        if (!recordQueued) queueRecord();
        options.alongside?.(byName, states);
      },
      false,
    );
    for (const [sheet, list] of await readMerges(worksheet, sync, bands, mergeFailure)) merges.set(sheet, list);
  }

  for (const d of all) {
    const m = merges.get(d.name) ?? [];
    if (d.used) layout?.remember(d.name, d.usedAddress, m);
    push(blocks, d.name, {
      rect: { top: 0, left: 0, bottom: -1, right: -1 },
      values: [],
      text: [],
      numberFormat: [],
      formulas: [],
      merges: m,
    });
  }
  const grids = states.map((s) =>
    withVisibility(assembleGrid(s.name, s.protected, blocks.get(s.name) ?? [], options.fills), s.visibility),
  );
  const { record, unreadable } = parseRecord(xmls ?? []);
  return {
    grids,
    sheets: states,
    record,
    recordUnreadable: unreadable,
    parts: parts.items,
    withFills: options.fills,
    fillsNow: probedFills(probes),
  };
}

function push<T>(m: Map<string, T[]>, key: string, v: T): void {
  const list = m.get(key) ?? [];
  list.push(v);
  m.set(key, list);
}

/**
 * Reads the merged areas of `bands`, one sync per attempt. When a sync fails on a merged-area read
 * (more areas than one call returns), every band of it is halved and read again (`failedOnce`: the
 * first attempt already failed in the caller's sync, so start from the halves).
 */
async function readMerges(
  worksheet: (name: string) => Excel.Worksheet,
  sync: Sync,
  bands: MergeBand[],
  failedOnce: boolean,
): Promise<Map<string, Rect[]>> {
  const halve = (list: MergeBand[]) => {
    let split = false;
    const out = list.flatMap((b) => {
      const h = halveBand(b);
      if (h) split = true;
      return h ?? [b];
    });
    return { out, split };
  };
  let pending = bands;
  if (failedOnce) pending = halve(pending).out;
  for (;;) {
    if (!pending.length) return new Map();
    const reqs = requestMerges(worksheet, pending);
    try {
      await sync();
      return collectMerges(reqs);
    } catch (e) {
      if (!isMergedAreasFailure(e, true)) throw e;
      const { out, split } = halve(pending);
      if (!split) throw e; // one-row bands still hold too many: nothing smaller to ask for
      pending = out;
    }
  }
}

/**
 * Reads cell ranges in row blocks sized from their dimensions, as many per sync as the budget allows;
 * a sync refused as too large (or a null matrix) halves the budget. `queueExtra` is queued with the
 * first batch until one succeeds (the record and probed fills, when the caller's sync failed).
 */
async function readInBlocks(
  sync: Sync,
  targets: { name: string; ws: Excel.Worksheet; rect: Rect }[],
  options: ReadOptions,
  queueExtra: (() => void) | undefined,
  smaller: boolean,
): Promise<Map<string, RangeData[]>> {
  const budget = options.blockBytes ?? 2 * 1024 * 1024;
  const perCell = options.fills ? 160 : 100; // JSON bytes of values+text+numberFormat(+fill) for a short cell
  type Block = { name: string; ws: Excel.Worksheet; rect: Rect };
  const pending: Block[] = [];
  for (const t of targets) {
    const cols = colsOf(t.rect);
    let rowsPerBlock = Math.max(1, Math.min(Math.floor(budget / (cols * perCell)), Math.floor(READ_CELL_LIMIT / cols)));
    if (smaller) rowsPerBlock = Math.min(rowsPerBlock, Math.max(1, Math.ceil(rowsOf(t.rect) / 2)));
    for (let top = t.rect.top; top <= t.rect.bottom; top += rowsPerBlock) {
      pending.push({ ...t, rect: { ...t.rect, top, bottom: Math.min(t.rect.bottom, top + rowsPerBlock - 1) } });
    }
  }

  const blocks = new Map<string, RangeData[]>();
  const size = (b: Block) => rowsOf(b.rect) * colsOf(b.rect) * perCell;
  const split = (b: Block): Block[] => {
    const mid = b.rect.top + Math.floor(rowsOf(b.rect) / 2) - 1;
    return [
      { ...b, rect: { ...b.rect, bottom: mid } },
      { ...b, rect: { ...b.rect, top: mid + 1 } },
    ];
  };
  let extra = queueExtra;
  let syncBudget = budget;
  while (pending.length || extra) {
    // Blocks larger than what one sync may carry are halved first.
    const head = pending[0];
    if (head && size(head) > syncBudget && rowsOf(head.rect) > 1) {
      pending.splice(0, 1, ...split(head));
      continue;
    }
    // One sync takes as many blocks as fit in its budget.
    const batch: Block[] = [];
    let bytes = 0;
    while (pending.length && (batch.length === 0 || bytes + size(pending[0]) <= syncBudget)) {
      const b = pending.shift() as Block;
      bytes += size(b);
      batch.push(b);
    }
    const reqs = batch.map((b) => requestCells(b.name, b.ws, b.rect, options.fills));
    extra?.();
    try {
      await sync();
    } catch (e) {
      // Still refused (long texts make cells bigger than estimated): retry with half the budget.
      if (!isTooLargeToRead(e) || (batch.length === 1 && rowsOf(batch[0].rect) === 1)) throw e;
      pending.unshift(...batch);
      syncBudget = Math.max(1, Math.min(syncBudget, bytes) / 2);
      continue;
    }
    extra = undefined;
    reqs.forEach((r, i) => {
      const data = collect(r);
      if (data) push(blocks, r.sheet, data);
      else if (rowsOf(batch[i].rect) > 1) pending.unshift(...split(batch[i]));
      else throw new WorkbookError(m.payloadTooLarge, 'payload-too-large', r.sheet);
    });
  }
  return blocks;
}
