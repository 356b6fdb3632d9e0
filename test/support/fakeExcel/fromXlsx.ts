// Opens an .xlsx package in the in-memory Excel host the way Excel opens it, INDEPENDENTLY of the exceljs adapter
// (src/xlsx/read.ts): jszip and the package's own XML (workbook, relationships, shared strings, styles' number
// formats and fills, each sheet's cells, merges and protection). Each cell gets what Office.js reports for it:
//  - `values`: numbers as stored (a date is its serial day: Office.js has no date type), strings, booleans,
//    an error as its code ('#N/A', '#REF!' — the strings `Range.values` returns for errors), a formula's
//    cached result;
//  - `numberFormat`: the format code as Office.js gives it — a custom code as written in styles.xml, built-in
//    ids by Excel's table (14 is 'm/d/yyyy', 22 'm/d/yyyy h:mm'; 27–36 and 50–58 are the zh-CN built-ins);
//  - `text`: what a zh-CN Excel shows (numfmt; built-in 14 is the system short date, 2023/12/31);
//  - `formulas`: the formula with '=' (a shared formula translated to its own cell), as Office.js gives it.
// Rich text is its runs joined (phonetic runs left out), a hyperlink cell its stored text, `_xHHHH_` escapes
// decoded. Sheets keep their visibility (hidden, veryHidden) and protection; chart sheets are not worksheets.
// Node-only (jszip over a Buffer); used by tests that compare the two readers.

import JSZip from 'jszip';
import * as numfmtModule from 'numfmt';
import type { Rect } from '../../../src/domain/model';
import { FakeWorkbook, type FakeHostOptions } from './host';
import { WorkbookDocument, FakeSheet, type CellValue, type FakeCell } from './model';

const numfmt = numfmtModule as unknown as { format: (pattern: string, value: number | boolean) => string };

/** Excel's built-in number formats by id, as Office.js `numberFormat` reports them (zh-CN for 27–36, 50–58). */
const BUILTIN: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'm/d/yyyy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yyyy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午 h"时"mm"分"',
  35: '上午/下午 h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午 h"时"mm"分"',
  56: '上午/下午 h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};
/** How a zh-CN Excel displays the locale-dependent built-ins (the system's short date). */
const SHOWN_AS: Record<number, string> = { 14: 'yyyy/m/d', 22: 'yyyy/m/d h:mm' };

function unescapeXml(s: string): string {
  return s
    .replace(/&(lt|gt|quot|apos|amp|#x[0-9a-fA-F]+|#\d+);/g, (_m, e: string) => {
      switch (e) {
        case 'lt':
          return '<';
        case 'gt':
          return '>';
        case 'quot':
          return '"';
        case 'apos':
          return "'";
        case 'amp':
          return '&';
      }
      return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    })
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]) : undefined;
}

/** Text of a string item (<si> or <is>): its <t> runs, without phonetic (<rPh>) runs. */
function stringItem(xml: string): string {
  const body = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  let s = '';
  for (const m of body.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g))
    s += m[1] ? unescapeXml(m[1]) : '';
  return s;
}

function colIndex(letters: string): number {
  let c = 0;
  for (const ch of letters) c = c * 26 + (ch.charCodeAt(0) - 64);
  return c - 1;
}

function parseRef(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref)!;
  return { row: Number(m[2]) - 1, col: colIndex(m[1]) };
}

function colLetters(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function parseArea(ref: string): Rect {
  const [a, b = a] = ref.split(':');
  const p = parseRef(a);
  const q = parseRef(b);
  return { top: p.row, left: p.col, bottom: q.row, right: q.col };
}

/** A shared formula's text moved from its master cell to another (relative references shift, $ ones stay). */
function shiftFormula(formula: string, dRow: number, dCol: number): string {
  return formula.replace(/("(?:[^"]|"")*")|(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(])/g, (m, quoted, dc, col, dr, row) => {
    if (quoted) return m;
    const c = dc ? col : colLetters(colIndex(col) + dCol);
    const r = dr ? row : String(Number(row) + dRow);
    return `${dc}${c}${dr}${r}`;
  });
}

/** Excel's serial day of an ISO date-time stored with t="d". */
function serialOf(iso: string): number {
  return Date.parse(/Z|[+-]\d\d:\d\d$/.test(iso) ? iso : `${iso}Z`) / 86400000 + 25569;
}

interface Styles {
  formats: string[]; // per xf index: the code Office.js reports
  shown: string[]; // per xf index: the code the cell is displayed with
  fills: (string | undefined)[];
}

function readStyles(xml: string | undefined): Styles {
  const out: Styles = { formats: [], shown: [], fills: [] };
  if (!xml) return out;
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<numFmt\b[^>]*>/g)) {
    custom.set(Number(attr(m[0], 'numFmtId')), attr(m[0], 'formatCode') ?? 'General');
  }
  const fills: (string | undefined)[] = [];
  const fillsXml = /<fills\b[^>]*>([\s\S]*?)<\/fills>/.exec(xml)?.[1] ?? '';
  for (const m of fillsXml.matchAll(/<fill>([\s\S]*?)<\/fill>|<fill\/>/g)) {
    const f = m[1] ?? '';
    const solid = /<patternFill\b[^>]*patternType="solid"/.test(f);
    const rgb = /<fgColor\b[^>]*\srgb="([0-9A-Fa-f]{6,8})"/.exec(f)?.[1];
    fills.push(solid && rgb ? '#' + rgb.slice(-6).toUpperCase() : undefined);
  }
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '';
  for (const m of xfs.matchAll(/<xf\b[^>]*>/g)) {
    const id = Number(attr(m[0], 'numFmtId') ?? 0);
    const code = custom.get(id) ?? BUILTIN[id] ?? 'General';
    out.formats.push(code);
    out.shown.push(custom.has(id) ? code : (SHOWN_AS[id] ?? code));
    out.fills.push(fills[Number(attr(m[0], 'fillId') ?? 0)]);
  }
  return out;
}

function display(value: CellValue, shown: string): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  try {
    return numfmt.format(shown, value);
  } catch {
    return numfmt.format('General', value);
  }
}

function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = `xl/${target}`.split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.') out.push(p);
  }
  return out.join('/');
}

/** The document Excel would open from these .xlsx bytes. */
export async function documentFromXlsx(bytes: Buffer | Uint8Array): Promise<WorkbookDocument> {
  const zip = await JSZip.loadAsync(bytes);
  const read = (p: string) => zip.file(p)?.async('string');
  const workbook = (await read('xl/workbook.xml')) ?? '';
  const rels = (await read('xl/_rels/workbook.xml.rels')) ?? '';
  const targets = new Map<string, { target: string; type: string }>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    targets.set(attr(m[0], 'Id') ?? '', { target: attr(m[0], 'Target') ?? '', type: attr(m[0], 'Type') ?? '' });
  }
  const shared: string[] = [];
  const sst = await read('xl/sharedStrings.xml');
  if (sst) for (const m of sst.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)) shared.push(stringItem(m[1] ?? ''));
  const styles = readStyles(await read('xl/styles.xml'));

  const doc = new WorkbookDocument();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const rel = targets.get(attr(m[0], 'r:id') ?? '');
    if (!rel || !/\/worksheet$/.test(rel.type)) continue; // chart and dialog sheets are not worksheets
    const xml = (await read(resolveTarget(rel.target))) ?? '';
    const sheet = new FakeSheet(attr(m[0], 'name') ?? '');
    const state = attr(m[0], 'state');
    sheet.visibility = state === 'hidden' ? 'Hidden' : state === 'veryHidden' ? 'VeryHidden' : 'Visible';
    const protection = /<sheetProtection\b[^>]*>/.exec(xml)?.[0];
    sheet.protected = !!protection && /\ssheet="(1|true)"/.test(protection);
    sheet.merges = [...xml.matchAll(/<mergeCell\b[^>]*ref="([^"]+)"/g)].map((x) => parseArea(x[1]));
    const masters = new Map<string, { formula: string; row: number; col: number }>();
    for (const c of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const head = `<c${c[1]}>`;
      const body = c[2] ?? '';
      const { row, col } = parseRef(attr(head, 'r') ?? 'A1');
      const t = attr(head, 't') ?? 'n';
      const xf = Number(attr(head, 's') ?? 0);
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      let value: CellValue = null;
      if (t === 'inlineStr') value = stringItem(/<is>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? '');
      else if (v !== undefined) {
        const raw = unescapeXml(v);
        if (t === 's') value = shared[Number(raw)] ?? '';
        else if (t === 'str' || t === 'e') value = raw;
        else if (t === 'b') value = raw === '1' || raw === 'true';
        else if (t === 'd') value = serialOf(raw);
        else value = Number(raw);
      }
      if (value === '') value = null;
      let formula: string | undefined;
      const f = /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/.exec(body);
      if (f) {
        const fHead = `<f${f[1]}>`;
        const text = f[2] !== undefined ? unescapeXml(f[2]) : '';
        const si = attr(fHead, 'si');
        if (attr(fHead, 't') === 'shared' && si !== undefined) {
          if (text) masters.set(si, { formula: text, row, col });
          const master = masters.get(si);
          if (master) formula = '=' + (text || shiftFormula(master.formula, row - master.row, col - master.col));
        } else if (text) formula = '=' + text;
      }
      const numberFormat = styles.formats[xf] ?? 'General';
      const fill = styles.fills[xf];
      const cell: FakeCell = { value, text: display(value, styles.shown[xf] ?? numberFormat) };
      if (formula) cell.formula = formula;
      if (numberFormat !== 'General') cell.numberFormat = numberFormat;
      if (fill) cell.fill = fill;
      if (value === null && !formula && !fill && !cell.numberFormat) continue;
      if (formula) doc.formulaResults.set(`${sheet.name}!${row},${col}|${formula}`, { value, text: cell.text });
      let r = sheet.cells.get(row);
      if (!r) sheet.cells.set(row, (r = new Map()));
      r.set(col, cell);
    }
    doc.sheets.push(sheet);
  }
  doc.activeSheet = doc.sheets.find((s) => s.visibility === 'Visible') ?? doc.sheets[0];
  return doc;
}

/** The in-memory Excel host with these .xlsx bytes open. */
export async function fakeWorkbookFromXlsx(
  bytes: Buffer | Uint8Array,
  options: FakeHostOptions = {},
): Promise<FakeWorkbook> {
  return new FakeWorkbook(await documentFromXlsx(bytes), options);
}
