// The in-memory workbook behind the fake Excel host: sheets of cells (value, formula, number format,
// fill, display text), merged areas, protection, custom XML parts, document settings, selection.
// Built from the same SheetGrid[] the core reads (FakeWorkbook.fromGrids) and exported back to grids
// for assertions. No Node APIs: it also runs in a browser bundle.

import type { Rect } from '../../../src/domain/model';
import type { GridCell, SheetGrid } from '../../../src/workbook/grid';

export type CellValue = string | number | boolean | null;

export interface FakeCell {
  value: CellValue;
  formula?: string;
  numberFormat?: string; // undefined = 'General'
  fill?: string; // '#RRGGBB'
  /** The value is an error (#N/A …): `value` holds its text, as Range.values returns it. */
  error?: true;
  /** Format → Protection → Locked; undefined = locked (Excel's default for every cell). */
  locked?: boolean;
  text: string;
}

/** Display text of a value under a number format (the few formats the tool writes, General otherwise). */
export function displayText(value: CellValue, numberFormat?: string): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const fmt = numberFormat ?? 'General';
  const pct = /^0(?:\.(0+))?%$/.exec(fmt);
  if (pct) return `${(value * 100).toFixed(pct[1]?.length ?? 0)}%`;
  const fixed = /^(#,##)?0(?:\.(0+))?$/.exec(fmt);
  if (fixed) {
    const s = value.toFixed(fixed[2]?.length ?? 0);
    return fixed[1] ? Number(s).toLocaleString('en-US', { minimumFractionDigits: fixed[2]?.length ?? 0 }) : s;
  }
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(10)));
}

// Numbers as Excel reads them typed: 98, -1.5, 1,234.5, 12%, 1e5, (12) for -12, ¥5 / $5 with a currency format.
const NUMBER = /^\s*(\()?\s*([$¥€£])?\s*([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:e[+-]?\d+)?)\s*(%?)\s*(\))?\s*$/i;
const ISO_DATE = /^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})\s*$/;
const MONTH_DAY = /^\s*(\d{1,2})[-/](\d{1,2})\s*$/; // 1/5, 1-5: the 5th of January this year
const DAY_MON = /^\s*(\d{1,2})[- ](jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:[- ](\d{2,4}))?\s*$/i;
const CN_DATE = /^\s*(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})日)?\s*$/;
const TIME = /^\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]m)?\s*$/i;
const MIXED_FRACTION = /^\s*(\d+)\s+(\d+)\/(\d+)\s*$/;
const ERROR_LITERAL = /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** The year Excel gives a date typed without one (fixed here: tests must not depend on the clock). */
const THIS_YEAR = 2024;

/** Excel's serial day of a calendar date. */
function serialDay(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / 86400000 + 25569;
}

function validDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return m >= 1 && m <= 12 && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

export type ParsedInput =
  | { kind: 'skip' }
  | { kind: 'clear' }
  | { kind: 'value'; value: CellValue; numberFormat?: string; error?: true }
  | { kind: 'formula'; formula: string };

/** What Excel makes of typed text that is a number, date, time, fraction, boolean or error; null when it stays text. */
function typedValue(raw: string): ParsedInput | null {
  // East Asian Excel reads full-width digits, signs and punctuation as their ASCII forms (１２３ → 123, ９５％ → 95%).
  const s = raw.normalize('NFKC');
  const num = NUMBER.exec(s);
  if (num && /\d/.test(num[3]) && !(num[1] && !num[5]) && !(!num[1] && num[5])) {
    let n = Number(num[3].replace(/,/g, ''));
    if (Number.isFinite(n)) {
      if (num[1]) n = -n;
      if (num[4]) return { kind: 'value', value: n / 100, numberFormat: '0%' };
      return num[2] ? { kind: 'value', value: n, numberFormat: `${num[2]}#,##0` } : { kind: 'value', value: n };
    }
  }
  if (/^\s*(true|false)\s*$/i.test(s)) return { kind: 'value', value: /true/i.test(s) };
  if (ERROR_LITERAL.test(s.trim())) return { kind: 'value', value: s.trim().toUpperCase(), error: true };
  const iso = ISO_DATE.exec(s);
  if (iso && validDate(+iso[1], +iso[2], +iso[3]))
    return { kind: 'value', value: serialDay(+iso[1], +iso[2], +iso[3]), numberFormat: 'yyyy/m/d' };
  const md = MONTH_DAY.exec(s);
  if (md && validDate(THIS_YEAR, +md[1], +md[2]))
    return { kind: 'value', value: serialDay(THIS_YEAR, +md[1], +md[2]), numberFormat: 'm/d' };
  const dm = DAY_MON.exec(s);
  if (dm) {
    const m = MONTHS.indexOf(dm[2].toLowerCase()) + 1;
    const y = dm[3] ? (dm[3].length === 2 ? 2000 + +dm[3] : +dm[3]) : THIS_YEAR;
    if (validDate(y, m, +dm[1])) return { kind: 'value', value: serialDay(y, m, +dm[1]), numberFormat: 'd-mmm' };
  }
  const cn = CN_DATE.exec(s);
  if (cn) {
    const y = cn[1] ? +cn[1] : THIS_YEAR;
    const d = cn[3] ? +cn[3] : 1;
    if (validDate(y, +cn[2], d))
      return { kind: 'value', value: serialDay(y, +cn[2], d), numberFormat: 'yyyy"年"m"月"d"日"' };
  }
  const t = TIME.exec(s);
  if (t && +t[2] < 60 && (!t[3] || +t[3] < 60)) {
    let h = +t[1];
    if (t[4]) {
      if (h < 1 || h > 12) return null;
      h = (h % 12) + (/p/i.test(t[4]) ? 12 : 0);
    }
    if (h < 24)
      return {
        kind: 'value',
        value: (h * 3600 + +t[2] * 60 + +(t[3] ?? 0)) / 86400,
        numberFormat: t[3] ? 'h:mm:ss' : 'h:mm',
      };
  }
  const f = MIXED_FRACTION.exec(s);
  if (f && +f[3] > 0 && +f[2] < +f[3]) return { kind: 'value', value: +f[1] + +f[2] / +f[3], numberFormat: '# ?/?' };
  return null;
}

/**
 * How Excel stores what is written to Range.values/formulas, as when typing: a leading apostrophe
 * makes text; '=' starts a formula, and so do '+', '-' and '@' followed by something that is not a
 * number; numbers, percentages, currency, dates, times, fractions, TRUE/FALSE and error literals are
 * converted (full-width forms included).
 */
export function parseInput(v: unknown): ParsedInput {
  if (v === null || v === undefined) return { kind: 'skip' };
  if (typeof v === 'number' || typeof v === 'boolean') return { kind: 'value', value: v };
  const s = String(v);
  if (s === '') return { kind: 'clear' };
  if (s.startsWith("'")) return { kind: 'value', value: s.slice(1) };
  if (s.startsWith('=')) return { kind: 'formula', formula: s };
  const typed = typedValue(s);
  if (typed) return typed;
  if (s.startsWith('+') || s.startsWith('-') || s.startsWith('@'))
    return { kind: 'formula', formula: `=${s.startsWith('@') ? s.slice(1) : s}` };
  return { kind: 'value', value: s };
}

let sheetSeq = 0;

export class FakeSheet {
  readonly id = `{FAKE-SHEET-${++sheetSeq}}`;
  /** row → col → cell */
  readonly cells = new Map<number, Map<number, FakeCell>>();
  merges: Rect[] = [];
  protected = false;
  /** What the sheet's protection still allows (Excel.WorksheetProtectionOptions, the part this host models). */
  protectionOptions: { allowFormatCells?: boolean } = {};
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';

  constructor(public name: string) {}

  get(row: number, col: number): FakeCell | undefined {
    return this.cells.get(row)?.get(col);
  }

  /** The cell, created empty when missing. */
  at(row: number, col: number): FakeCell {
    let r = this.cells.get(row);
    if (!r) this.cells.set(row, (r = new Map()));
    let c = r.get(col);
    if (!c) r.set(col, (c = { value: null, text: '' }));
    return c;
  }

  /** Drops cells that hold nothing at all (keeps the map small after clears). */
  prune(row: number, col: number): void {
    const c = this.get(row, col);
    if (
      c &&
      c.value === null &&
      !c.formula &&
      !c.fill &&
      c.locked === undefined &&
      (!c.numberFormat || c.numberFormat === 'General')
    ) {
      this.cells.get(row)?.delete(col);
    }
  }

  *entries(): Generator<[number, number, FakeCell]> {
    for (const [r, row] of this.cells) for (const [c, cell] of row) yield [r, c, cell];
  }

  /** Bounding box of the used cells (values and formulas; with formats and merges unless valuesOnly). */
  usedRect(valuesOnly = false): Rect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    const add = (r: Rect) => {
      top = Math.min(top, r.top);
      left = Math.min(left, r.left);
      bottom = Math.max(bottom, r.bottom);
      right = Math.max(right, r.right);
    };
    for (const [r, c, cell] of this.entries()) {
      const hasValue = cell.value !== null || !!cell.formula;
      const hasFormat =
        !!cell.fill || (!!cell.numberFormat && cell.numberFormat !== 'General') || cell.locked === false;
      if (hasValue || (!valuesOnly && hasFormat)) add({ top: r, left: c, bottom: r, right: c });
    }
    if (!valuesOnly) for (const m of this.merges) add(m);
    return bottom < 0 ? null : { top, left, bottom, right };
  }

  mergeContaining(row: number, col: number): Rect | undefined {
    return this.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
  }
}

export interface CustomPart {
  id: string;
  namespaceUri: string;
  xml: string;
}

function namespaceOf(xml: string): string {
  const m = /<(?:\w+:)?\w+[^>]*\sxmlns(?::\w+)?="([^"]*)"/.exec(xml);
  return m ? m[1] : '';
}

let partSeq = 0;

/** The document: what persists when the pane closes and the workbook is reopened. */
export class WorkbookDocument {
  sheets: FakeSheet[] = [];
  parts: CustomPart[] = [];
  /** Saved document settings (Office.context.document.settings after saveAsync). */
  settings: Record<string, unknown> = {};
  activeSheet?: FakeSheet;
  selection?: { sheet: string; address: string };
  /** Results of formulas as the workbook was opened, so a formula written back shows its old value. */
  readonly formulaResults = new Map<string, { value: CellValue; text: string }>();

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  addSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(name);
    this.sheets.push(sheet);
    return sheet;
  }

  addPart(xml: string): CustomPart {
    const part = { id: `{FAKE-PART-${++partSeq}}`, namespaceUri: namespaceOf(xml), xml };
    this.parts.push(part);
    return part;
  }

  /** Value a formula shows: its result when the workbook was opened, a HYPERLINK's label, else null. */
  formulaResult(sheet: FakeSheet, row: number, col: number, formula: string): { value: CellValue; text: string } {
    const known = this.formulaResults.get(`${sheet.name}!${row},${col}|${formula}`);
    if (known) return known;
    const link = /^=HYPERLINK\(\s*"(?:[^"]|"")*"\s*,\s*"((?:[^"]|"")*)"\s*\)$/i.exec(formula);
    if (link) {
      const label = link[1].replace(/""/g, '"');
      return { value: label, text: label };
    }
    return { value: null, text: '' };
  }

  static fromGrids(grids: SheetGrid[]): WorkbookDocument {
    const doc = new WorkbookDocument();
    for (const g of grids) {
      const sheet = new FakeSheet(g.name);
      sheet.protected = !!g.protected;
      if (g.hidden) sheet.visibility = g.hidden === 'hidden' ? 'Hidden' : 'VeryHidden';
      sheet.merges = g.merges.map((m) => ({ ...m }));
      g.cells.forEach((row, r) => {
        row?.forEach((cell, c) => {
          if (!cell) return;
          const value = cell.value === '' || cell.value === undefined ? null : cell.value;
          const fc: FakeCell = { value, text: cell.text ?? displayText(value, cell.numberFormat) };
          if (cell.formula) {
            fc.formula = cell.formula.startsWith('=') ? cell.formula : `=${cell.formula}`;
            doc.formulaResults.set(`${g.name}!${r},${c}|${fc.formula}`, { value, text: fc.text });
          }
          if (cell.numberFormat && cell.numberFormat !== 'General') fc.numberFormat = cell.numberFormat;
          if (cell.fill) fc.fill = cell.fill.toUpperCase();
          if (value === null && !fc.formula && !fc.fill && !fc.numberFormat) return;
          (sheet.cells.get(r) ?? sheet.cells.set(r, new Map()).get(r))!.set(c, fc);
        });
      });
      doc.sheets.push(sheet);
    }
    doc.activeSheet = doc.sheets[0];
    return doc;
  }

  toGrids(): SheetGrid[] {
    return this.sheets.map((s) => {
      const cells: (GridCell | undefined)[][] = [];
      let rowCount = 0;
      let colCount = 0;
      for (const [r, c, cell] of s.entries()) {
        const g: GridCell = { value: cell.value, text: cell.text };
        if (cell.formula) g.formula = cell.formula;
        if (cell.numberFormat && cell.numberFormat !== 'General') g.numberFormat = cell.numberFormat;
        if (cell.fill) g.fill = cell.fill;
        (cells[r] ??= [])[c] = g;
        rowCount = Math.max(rowCount, r + 1);
        colCount = Math.max(colCount, c + 1);
      }
      for (const m of s.merges) {
        rowCount = Math.max(rowCount, m.bottom + 1);
        colCount = Math.max(colCount, m.right + 1);
      }
      for (let r = 0; r < rowCount; r++) cells[r] ??= [];
      const grid: SheetGrid = { name: s.name, cells, merges: s.merges.map((m) => ({ ...m })), rowCount, colCount };
      if (s.protected) grid.protected = true;
      if (s.visibility !== 'Visible') grid.hidden = s.visibility === 'Hidden' ? 'hidden' : 'veryHidden';
      return grid;
    });
  }
}
