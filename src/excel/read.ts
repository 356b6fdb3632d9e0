// Reads the whole workbook into the grids the core uses, in two context.sync() calls whatever its
// size: sync 1 loads the sheets (name, protection) and finds the tool's record part; sync 2 loads
// every sheet's used range (values, text, number formats), its formula cells, its merged areas (each
// area read from `areas`, so any number of them, 512 and more), the record's XML and — only when asked
// (`fills`) — every cell's fill. A recalculation does not ask: fills are a large part of the payload,
// and the write batch reads the few it changes (apply.ts). It asks instead for the fill of the few
// cells holding the tool's earlier highlights (`probeFills`, listed in the document settings: see
// record.ts), loaded in the same second sync.
//
// Excel on the web refuses a request or response above 5 MB. That limit is per sync, so splitting
// ranges inside one sync does not help: when sync 2 is refused as too large, the used ranges are read
// again in row blocks sized from their dimensions, several syncs each under the limit (a block that is
// still refused is halved). A 200-table workbook is about 2 MB and never takes that path.

/// <reference types="office-js" />

import type { Rect } from '../domain/model';
import type { GridCell, SheetGrid } from '../workbook/grid';
import { parseRangeAddress, rectAddress } from './address';
import { isPayloadTooLarge } from './errors';
import type { Sync } from './runner';
import { RECORD_NAMESPACE, recordFromXml, type WriteRecord } from './record';
import { cellsOfKeys, probedFills, queueFillProbes, type FillProbe } from './fillProbe';

export interface SheetState {
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

export interface ReadOptions {
  /** Read every cell's fill (needed before a write). */
  fills: boolean;
  /** Estimated bytes per block when reading in blocks (default 2 MB). */
  blockBytes?: number;
  /** 'Sheet!H17' cells whose current fill to load as well (WorkbookState.fillsNow). */
  probeFills?: Iterable<string>;
}

type Matrix = unknown[][];

interface RangeRequest {
  sheet: string;
  range: Excel.Range;
  formulas: Excel.RangeAreas;
  merges: Excel.RangeAreas;
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

function requestRange(sheet: string, range: Excel.Range, fills: boolean): RangeRequest {
  range.load('address,values,text,numberFormat');
  const formulas = range.getSpecialCellsOrNullObject('Formulas');
  formulas.load('areas/items/address,areas/items/formulas');
  const merges = range.getMergedAreasOrNullObject();
  merges.load('areaCount,areas/items/address');
  const req: RangeRequest = { sheet, range, formulas, merges };
  if (fills) req.fills = range.getCellProperties({ format: { fill: { color: true, pattern: true } } });
  return req;
}

function collect(req: RangeRequest): RangeData {
  const parsed = parseRangeAddress(req.range.address);
  if (!parsed) throw new Error(`unreadable address ${req.range.address}`);
  const formulas: RangeData['formulas'] = [];
  if (!req.formulas.isNullObject) {
    for (const area of req.formulas.areas.items) {
      const p = parseRangeAddress(area.address);
      if (p) formulas.push({ rect: p.rect, formulas: area.formulas as Matrix });
    }
  }
  const merges: Rect[] = [];
  if (!req.merges.isNullObject) {
    for (const area of req.merges.areas.items) {
      const p = parseRangeAddress(area.address);
      if (p) merges.push(p.rect);
    }
  }
  return {
    rect: parsed.rect,
    values: req.range.values as Matrix,
    text: req.range.text as Matrix,
    numberFormat: req.range.numberFormat as Matrix,
    formulas,
    merges,
    fills: req.fills?.value,
  };
}

/** Fill of a cell from getCellProperties: '#RRGGBB' for a solid (or patterned) fill, undefined for none. */
function fillOf(p: Excel.CellProperties | undefined): string | undefined {
  const fill = p?.format?.fill;
  if (!fill || !fill.pattern || fill.pattern === 'None' || !fill.color) return undefined;
  return fill.color.toUpperCase();
}

function toValue(v: unknown): GridCell['value'] {
  if (v === '' || v === undefined || v === null) return null;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
  return String(v);
}

/** Builds one sheet's grid from the blocks read (absolute 0-based rows/cols). */
export function assembleGrid(name: string, isProtected: boolean, blocks: RangeData[], withFills: boolean): SheetGrid {
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

/** Sync 1 of every read: the sheets with their protection, and the record parts. */
export function requestSheets(context: Excel.RequestContext): { sheets: Excel.WorksheetCollection; parts: Excel.CustomXmlPartScopedCollection } {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/protection/protected,items/visibility');
  const parts = context.workbook.customXmlParts.getByNamespace(RECORD_NAMESPACE);
  parts.load('items/id');
  return { sheets, parts };
}

export function sheetStates(sheets: Excel.WorksheetCollection): SheetState[] {
  return sheets.items.map((ws) => ({ name: ws.name, protected: ws.protection.protected, visibility: ws.visibility }));
}

function parseRecord(xmls: OfficeExtension.ClientResult<string>[]): { record: WriteRecord | null; unreadable: boolean } {
  if (!xmls.length) return { record: null, unreadable: false };
  // The newest part wins (there is only one unless a write was interrupted).
  for (let i = xmls.length - 1; i >= 0; i--) {
    const r = recordFromXml(xmls[i].value);
    if (r) return { record: r, unreadable: false };
  }
  return { record: null, unreadable: true };
}

/** The whole workbook in two syncs (more only when Excel refuses the size, see the file comment). */
export async function readWorkbook(context: Excel.RequestContext, sync: Sync, options: ReadOptions): Promise<WorkbookState> {
  const { sheets, parts } = requestSheets(context);
  await sync();
  const states = sheetStates(sheets);
  const byName = new Map(sheets.items.map((ws) => [ws.name, ws]));
  const probed = cellsOfKeys(new Set(options.probeFills ?? [])).filter((c) => byName.has(c.sheet));
  const queueProbes = () => queueFillProbes(context, probed);

  let blocks: Map<string, RangeData[]>;
  let xmls: OfficeExtension.ClientResult<string>[];
  let probes: FillProbe[];
  try {
    const reqs = sheets.items.map((ws) => requestRange(ws.name, ws.getUsedRange(), options.fills));
    xmls = parts.items.map((p) => p.getXml());
    probes = queueProbes();
    await sync();
    blocks = new Map(reqs.map((r) => [r.sheet, [collect(r)]]));
  } catch (e) {
    if (!isPayloadTooLarge(e)) throw e;
    ({ blocks, xmls, probes } = await readInBlocks(context, sync, byName, parts, options, queueProbes));
  }

  const grids = states.map((s) => withVisibility(assembleGrid(s.name, s.protected, blocks.get(s.name) ?? [], options.fills), s.visibility));
  const { record, unreadable } = parseRecord(xmls);
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

async function readInBlocks(
  context: Excel.RequestContext,
  sync: Sync,
  byName: Map<string, Excel.Worksheet>,
  parts: Excel.CustomXmlPartScopedCollection,
  options: ReadOptions,
  queueProbes: () => FillProbe[],
): Promise<{ blocks: Map<string, RangeData[]>; xmls: OfficeExtension.ClientResult<string>[]; probes: FillProbe[] }> {
  const used = [...byName].map(([name, ws]) => {
    const r = ws.getUsedRange();
    r.load('address');
    return { name, ws, r };
  });
  const xmls = parts.items.map((p) => p.getXml());
  const probes = queueProbes();
  await sync();

  const budget = options.blockBytes ?? 2 * 1024 * 1024;
  const perCell = options.fills ? 160 : 100; // JSON bytes of values+text+numberFormat(+fill) for a short cell
  type Block = { name: string; ws: Excel.Worksheet; rect: Rect };
  const pending: Block[] = [];
  for (const u of used) {
    const p = parseRangeAddress(u.r.address);
    if (!p) continue;
    const cols = p.rect.right - p.rect.left + 1;
    const rowsPerBlock = Math.max(1, Math.floor(budget / (cols * perCell)));
    for (let top = p.rect.top; top <= p.rect.bottom; top += rowsPerBlock) {
      pending.push({ name: u.name, ws: u.ws, rect: { ...p.rect, top, bottom: Math.min(p.rect.bottom, top + rowsPerBlock - 1) } });
    }
  }

  const blocks = new Map<string, RangeData[]>();
  const rows = (b: Block) => b.rect.bottom - b.rect.top + 1;
  const size = (b: Block) => rows(b) * (b.rect.right - b.rect.left + 1) * perCell;
  let syncBudget = budget;
  while (pending.length) {
    // Blocks larger than what one sync may carry are halved first.
    const first = pending[0];
    if (size(first) > syncBudget && rows(first) > 1) {
      const mid = first.rect.top + Math.floor(rows(first) / 2) - 1;
      pending.splice(0, 1, { ...first, rect: { ...first.rect, bottom: mid } }, { ...first, rect: { ...first.rect, top: mid + 1 } });
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
    const reqs = batch.map((b) => requestRange(b.name, b.ws.getRange(rectAddress(b.rect)), options.fills));
    try {
      await sync();
    } catch (e) {
      // Still refused (long texts make cells bigger than estimated): retry with half the budget.
      if (!isPayloadTooLarge(e) || (batch.length === 1 && rows(batch[0]) === 1)) throw e;
      pending.unshift(...batch);
      syncBudget = Math.max(1, Math.min(syncBudget, bytes) / 2);
      continue;
    }
    for (const r of reqs) {
      const list = blocks.get(r.sheet) ?? [];
      list.push(collect(r));
      blocks.set(r.sheet, list);
    }
  }
  return { blocks, xmls, probes };
}
