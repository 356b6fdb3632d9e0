// Reads an .xlsx file (or its bytes) with exceljs into SheetGrids, normalised to Office.js semantics:
// merged areas hold their value only in the top-left cell, `text` is the display text (numfmt),
// formula cells give their cached result and their formula with '='. Never writes to the file.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type ExcelJS from 'exceljs';
import { ValueType, Workbook } from './exceljs';
import type { GridCell, SheetGrid } from '../workbook/grid';
import type { Rect } from '../domain/model';
import { xlsxMessages } from '../i18n/zh-CN/xlsx';
import { booleanText, dateText, numberText } from './displayText';

/** A file that cannot be read as an .xlsx workbook; `message` names the file in zh-CN. */
export class XlsxReadError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly reason: 'missing' | 'invalid' | 'unreadable',
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'XlsxReadError';
  }
}

export async function readWorkbookFile(filePath: string): Promise<SheetGrid[]> {
  return (await openWorkbookFile(filePath)).worksheets.map(sheetToGrid);
}

/** Reads and loads a file with exceljs (for callers that turn it into grids and then write a copy of it). */
export async function openWorkbookFile(filePath: string): Promise<ExcelJS.Workbook> {
  return loadWorkbook(readFileBytes(filePath), path.basename(filePath));
}

/**
 * A file's bytes, every failure an XlsxReadError naming the file (for callers that also look inside the zip).
 * Read synchronously: files are checked one at a time and nothing else waits on the event loop meanwhile, and
 * Node 20's fs.promises.readFile pays several thread-pool round trips per file (about 1 ms each for the
 * small workbooks of a bureau's folder: a tenth of the 100-file batch's wall time).
 */
export function readFileBytes(filePath: string): Buffer {
  const name = path.basename(filePath);
  try {
    return fs.readFileSync(filePath);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new XlsxReadError(xlsxMessages.missingFile(name), name, 'missing', { cause: e });
    throw new XlsxReadError(xlsxMessages.cannotOpen(name, code ?? String(e)), name, 'unreadable', { cause: e });
  }
}

export async function readWorkbookBuffer(buf: Buffer | ArrayBuffer, name: string = xlsxMessages.defaultBufferName): Promise<SheetGrid[]> {
  const wb = await loadWorkbook(buf, name);
  return wb.worksheets.map(sheetToGrid);
}

/** Loads bytes with exceljs, turning every failure into an XlsxReadError naming the file. */
export async function loadWorkbook(buf: Buffer | ArrayBuffer, name: string): Promise<ExcelJS.Workbook> {
  const bytes = Buffer.isBuffer(buf) ? buf : Buffer.from(buf);
  // the old binary .xls (and WPS's .et) is an OLE compound file: say what to do instead of "not a workbook"
  if (bytes.length >= 8 && bytes.readUInt32BE(0) === 0xd0cf11e0 && bytes.readUInt32BE(4) === 0xa1b11ae1) {
    throw new XlsxReadError(xlsxMessages.oldFormat(name), name, 'invalid');
  }
  const wb = new Workbook();
  try {
    // exceljs's typings ask for its own Buffer type; a Node Buffer or an ArrayBuffer both load.
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch (e) {
    throw new XlsxReadError(xlsxMessages.notWorkbook(name), name, 'invalid', { cause: e });
  }
  // A zip that is not a workbook loads as a workbook without sheets.
  if (wb.worksheets.length === 0) throw new XlsxReadError(xlsxMessages.notWorkbook(name), name, 'invalid');
  return wb;
}

const T = ValueType;

type Scalar = string | number | boolean | null;

interface Converted {
  value: Scalar;
  text: string;
}

function richTextOf(v: ExcelJS.CellRichTextValue): string {
  let s = '';
  for (const run of v.richText) s += run.text;
  return s;
}

/** A stored or cached value → {value, text}; null when the cell is empty. */
function convert(v: unknown, numFmt: string | undefined): Converted | null {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case 'number':
      return { value: v, text: numberText(v, numFmt) };
    case 'string':
      return { value: v, text: v };
    case 'boolean':
      return { value: v, text: booleanText(v) };
  }
  if (v instanceof Date) {
    const text = dateText(v, numFmt);
    return { value: text, text };
  }
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.richText)) {
    const text = richTextOf(o as unknown as ExcelJS.CellRichTextValue);
    return { value: text, text };
  }
  if (typeof o.error === 'string') return { value: o.error, text: o.error };
  if ('hyperlink' in o || 'text' in o) {
    const inner = o.text;
    const text = typeof inner === 'string' ? inner : inner && typeof inner === 'object' ? convert(inner, numFmt)?.text ?? '' : '';
    return { value: text, text };
  }
  return null;
}

function fillOf(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.style?.fill;
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return undefined;
  const argb = fill.fgColor?.argb;
  if (typeof argb !== 'string' || argb.length < 6) return undefined;
  return '#' + argb.slice(-6).toUpperCase();
}

function cellToGrid(cell: ExcelJS.Cell): GridCell | null {
  const type = cell.type;
  const numFmt = cell.style?.numFmt || undefined;
  let c: Converted | null;
  let formula: string | undefined;
  if (type === T.Formula) {
    const f = cell.formula;
    formula = f ? '=' + f : undefined;
    c = convert(cell.result, numFmt) ?? { value: null, text: '' };
  } else {
    c = convert(cell.value, numFmt);
    // An empty string is a blank cell to the officer (and to Office.js's values).
    if (!c || c.value === '') return null;
  }
  // Every cell gets every field (undefined when absent), so all cells share one shape: code reading
  // grids stays monomorphic instead of being recompiled as each new combination turns up.
  return { value: c.value, text: c.text, numberFormat: numFmt ?? 'General', formula, fill: fillOf(cell) };
}

interface MergeRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function mergesOf(ws: ExcelJS.Worksheet): Rect[] {
  // exceljs keeps merges as Range objects keyed by the master's address.
  const internal = (ws as unknown as { _merges?: Record<string, MergeRange> })._merges;
  const rects: Rect[] = [];
  if (internal) {
    for (const m of Object.values(internal)) {
      if (m) rects.push({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 });
    }
  }
  return rects.sort((a, b) => a.top - b.top || a.left - b.left);
}

export function sheetToGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const cells: (GridCell | undefined)[][] = [];
  let rowCount = 0;
  let colCount = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: (GridCell | undefined)[] = [];
    let used = false;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // The other cells of a merge repeat the master's value in exceljs; Office.js leaves them blank.
      if (cell.type === T.Merge) return;
      const g = cellToGrid(cell);
      if (!g) return;
      out[colNumber - 1] = g;
      used = true;
      if (colNumber > colCount) colCount = colNumber;
    });
    if (used) {
      cells[rowNumber - 1] = out;
      if (rowNumber > rowCount) rowCount = rowNumber;
    }
  });
  const merges = mergesOf(ws);
  for (const m of merges) {
    if (m.bottom + 1 > rowCount) rowCount = m.bottom + 1;
    if (m.right + 1 > colCount) colCount = m.right + 1;
  }
  const grid: SheetGrid = { name: ws.name, cells, merges, rowCount, colCount };
  const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
  if (protection?.sheet) grid.protected = true;
  return grid;
}
