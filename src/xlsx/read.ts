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
import { booleanText, excelSerial, numberText } from './displayText';
import { installExceljsPatches } from './exceljsPatches';
import { DEFAULT_LIMITS, preflight, type Refusal } from './preflight';

installExceljsPatches();

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
  return (await loadWorkbook(readFileBytes(filePath), path.basename(filePath))).worksheets.map(sheetToGrid);
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
    // a file larger than any workbook that fits is not read into memory at all
    const size = fs.statSync(filePath).size;
    if (size > DEFAULT_LIMITS.totalBytes) {
      throw new XlsxReadError(
        xlsxMessages.fileTooLarge(name, Math.floor(size / 1048576), DEFAULT_LIMITS.totalBytes / 1048576),
        name,
        'invalid',
      );
    }
    return fs.readFileSync(filePath);
  } catch (e) {
    if (e instanceof XlsxReadError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new XlsxReadError(xlsxMessages.missingFile(name), name, 'missing', { cause: e });
    throw new XlsxReadError(xlsxMessages.cannotOpen(name, code ?? String(e)), name, 'unreadable', { cause: e });
  }
}

export async function readWorkbookBuffer(
  buf: Buffer | ArrayBuffer,
  name: string = xlsxMessages.defaultBufferName,
): Promise<SheetGrid[]> {
  const wb = await loadWorkbook(buf, name);
  return wb.worksheets.map(sheetToGrid);
}

function refusalMessage(r: Refusal, name: string): string {
  const MiB = 1024 * 1024;
  switch (r.kind) {
    case 'encrypted':
      return xlsxMessages.encrypted(name);
    case 'oldFormat':
      return xlsxMessages.oldFormat(name);
    case 'cells':
      return xlsxMessages.tooManyCells(name, r.sheet, r.cells, r.limit);
    case 'bytes':
      return xlsxMessages.tooLarge(
        name,
        r.sheet ? xlsxMessages.sheetPart(r.sheet) : xlsxMessages.otherPart(r.part),
        Math.floor(r.bytes / MiB),
        Math.round(r.limit / MiB),
      );
  }
}

/** Loads bytes with exceljs, turning every failure into an XlsxReadError naming the file. */
export async function loadWorkbook(buf: Buffer | ArrayBuffer, name: string): Promise<ExcelJS.Workbook> {
  const bytes = Buffer.isBuffer(buf) ? buf : Buffer.from(buf);
  // before exceljs holds it all in memory: what would not fit is refused, an encrypted workbook or an old
  // .xls/.et (OLE compound files) is named as such instead of "not a workbook"
  const refusal = await preflight(bytes);
  if (refusal) throw new XlsxReadError(refusalMessage(refusal, name), name, 'invalid');
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

/**
 * The format codes Office.js reports for the built-ins exceljs names its own way (id 14 and 22), and the code a
 * zh-CN Excel displays them with (the system short date). Every other code is reported as written.
 */
const OFFICE_CODE: Record<string, { code: string; shown: string }> = {
  'mm-dd-yy': { code: 'm/d/yyyy', shown: 'yyyy/m/d' },
  'm/d/yy "h":mm': { code: 'm/d/yyyy h:mm', shown: 'yyyy/m/d h:mm' },
};

/** A stored or cached value → {value, text} as Office.js gives them; null when the cell is empty. */
function convert(v: unknown, shown: string | undefined, epoch: number): Converted | null {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case 'number':
      return { value: v, text: numberText(v, shown) };
    case 'string':
      return { value: v, text: v };
    case 'boolean':
      return { value: v, text: booleanText(v) };
  }
  if (v instanceof Date) {
    // Office.js has no date type: a date is its serial day under a date format (exceljs made it a Date).
    const serial = excelSerial(v) - epoch;
    return { value: serial, text: numberText(serial, shown) };
  }
  const o = v as Record<string, unknown>;
  if (Array.isArray(o.richText)) {
    const text = richTextOf(o as unknown as ExcelJS.CellRichTextValue);
    return { value: text, text };
  }
  // An error is its code, as Office.js `values` gives it ('#N/A', '#REF!').
  if (typeof o.error === 'string') return { value: o.error, text: o.error };
  if ('hyperlink' in o || 'text' in o) {
    // A hyperlink cell is its stored text (a number or a rich text as well).
    const inner = o.text;
    return typeof inner === 'string'
      ? inner === ''
        ? null
        : { value: inner, text: inner }
      : convert(inner, shown, epoch);
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

/**
 * One cell as Office.js reads it (the contract of src/workbook/grid.ts): kept when it has a value, a formula, a
 * fill or a number format other than General — a blank cell formatted 0.00% is kept, its format matters to the
 * write plan; the other cells of a merge are blank (Office.js) but keep their own format and fill.
 */
function cellToGrid(cell: ExcelJS.Cell, epoch: number): GridCell | null {
  const type = cell.type;
  const raw = cell.style?.numFmt || undefined;
  const office = raw ? OFFICE_CODE[raw] : undefined;
  const numberFormat = office ? office.code : raw && !/^general$/i.test(raw) ? raw : undefined;
  const shown = office ? office.shown : raw;
  let c: Converted | null = null;
  let formula: string | undefined;
  if (type === T.Formula) {
    const f = cell.formula;
    formula = f ? '=' + f : undefined;
    c = convert(cell.result, shown, epoch);
  } else if (type !== T.Merge) {
    c = convert(cell.value, shown, epoch);
    // An empty string is a blank cell to the officer (and to Office.js's values).
    if (c && c.value === '') c = null;
  }
  const fill = fillOf(cell);
  if (!c && !formula && !fill && !numberFormat) return null;
  // Every cell gets every field (undefined when absent), so all cells share one shape: code reading
  // grids stays monomorphic instead of being recompiled as each new combination turns up.
  return { value: c?.value ?? null, text: c?.text ?? '', numberFormat, formula, fill };
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
  // exceljs turns serials under a date format into Dates counted from the workbook's epoch (1904 on old Macs)
  const epoch = (ws.workbook as unknown as { properties?: { date1904?: boolean } }).properties?.date1904 ? 1462 : 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: (GridCell | undefined)[] = [];
    let used = false;
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // The other cells of a merge repeat the master's value in exceljs; Office.js leaves them blank.
      const g = cellToGrid(cell, epoch);
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
  for (let r = 0; r < rowCount; r++) cells[r] ??= [];
  const grid: SheetGrid = { name: ws.name, cells, merges, rowCount, colCount };
  const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection;
  if (protection?.sheet) grid.protected = true;
  if (ws.state === 'hidden' || ws.state === 'veryHidden') grid.hidden = ws.state;
  return grid;
}
