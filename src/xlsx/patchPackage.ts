// Writes a scored copy by editing the original .xlsx package in place (issue 9 §4): only the parts that change are
// rewritten — the written cells in their sheet XML, styles.xml (appended fills/number formats/xfs), the added
// summary sheet and the workbook's lists of sheets (workbook.xml, its rels, [Content_Types].xml, docProps/app.xml),
// and calcPr's fullCalcOnLoad. Every other part keeps its bytes: cross-sheet dropdowns, sparklines, custom
// properties, external links, threaded comments, protection, printer settings, charts, pivot tables …
// Whatever this writer cannot edit safely throws CannotPatch; the caller then falls back to exceljs's rewrite.

import JSZip from 'jszip';
import type { WritePlan } from '../workbook/plan';
import { fromA1, rectToA1, toA1 } from '../workbook/grid';
import { xlsxMessages } from '../i18n/zh-CN/xlsx';
import {
  columnWidths,
  freeSheetName,
  hasHeaderOf,
  hyperlinkFormula,
  isNumberedName,
  type ExtraSheet,
} from './extraSheet';
import { CannotPatch, XlsxWriteError } from './patchErrors';
import { StylesEditor, setAttr, type StyleWish } from './patchStyles';
import {
  XmlScanError,
  applyEdits,
  attrsOf,
  children,
  escapeXml,
  findElement,
  findWithChildren,
  tags,
  unescapeXml,
  type Edit,
  type Element,
} from './xmlScan';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_TYPE = (t: string) => `${REL_NS}/${t}`;
const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const LINK_FONT: StyleWish = { font: 'link' };

/** One cell the copy changes: a value and/or the tool's number format and fill. Rows and columns 0-based. */
interface CellOp {
  row: number;
  col: number;
  value?: string | number;
  numFmt?: string;
  fill?: string;
}

interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
  /** The part's path inside the zip (for internal targets). */
  path: string;
}

/** 'xl/workbook.xml' + '../x/y.xml' → 'x/y.xml'; '/xl/a.xml' → 'xl/a.xml'. */
function resolvePart(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = from.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

function relsPathOf(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

function parseRels(xml: string, source: string): Rel[] {
  const rels: Rel[] = [];
  for (const t of tags(xml)) {
    if (t.name !== 'Relationship' || t.kind === 'close') continue;
    const a = attrsOf(xml.slice(t.start, t.end));
    const external = a.get('TargetMode') === 'External';
    const target = a.get('Target') ?? '';
    rels.push({
      id: a.get('Id') ?? '',
      type: a.get('Type') ?? '',
      target,
      external,
      path: external ? '' : resolvePart(source, target),
    });
  }
  return rels;
}

/** The name of a part's root element (after its XML declaration). */
function rootOf(xml: string): { name: string; tag: string } {
  for (const t of tags(xml)) return { name: t.name, tag: xml.slice(t.start, t.end) };
  throw new CannotPatch('部件为空');
}

/** Text as OOXML stores it: characters XML cannot carry as `_xHHHH_`, and a literal `_xHHHH_` escaped so it reads back as itself. */
function ooxmlText(s: string): string {
  return escapeXml(
    s
      .replace(/_x([0-9A-Fa-f]{4})_/g, '_x005F_x$1_')
      .replace(
        /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g,
        (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
      ),
  );
}

function decodeOoxml(s: string): string {
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

function numberText(n: number): string {
  if (!Number.isFinite(n)) throw new CannotPatch(`数值 ${n} 无法写入`);
  return String(n);
}

/** Characters exceljs does not decode in an inline string (it does in shared strings, as Excel does in both). */
const NEEDS_ESCAPE = /_x[0-9A-Fa-f]{4}_|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Appends strings to the shared string table; gives the index, or null when the package has none to append to. */
type SharedAppend = (text: string) => number | null;

/**
 * The cell XML for a value (a number, or text — never a formula). Text is an inline string, except text that needs
 * `_xHHHH_` escapes, which goes to the shared strings so every reader decodes it.
 */
function valueCell(
  ref: string,
  s: number,
  value: string | number,
  keep: Map<string, string>,
  shared?: SharedAppend,
): string {
  const attrs = new Map<string, string>([['r', ref]]);
  if (s) attrs.set('s', String(s));
  if (keep.has('ph')) attrs.set('ph', keep.get('ph')!);
  const a = [...attrs].map(([k, v]) => ` ${k}="${escapeXml(v)}"`).join('');
  if (typeof value === 'number') return `<c${a}><v>${numberText(value)}</v></c>`;
  const index = NEEDS_ESCAPE.test(value) && shared ? shared(value) : null;
  if (index !== null) return `<c${a} t="s"><v>${index}</v></c>`;
  return `<c${a} t="inlineStr"><is><t xml:space="preserve">${ooxmlText(value)}</t></is></c>`;
}

/** The text of a shared string item or inline string (`<si>`/`<is>`), phonetic runs left out. */
function rstText(xml: string, el: Element): string {
  let out = '';
  let inPhonetic = 0;
  let textStart = -1;
  for (const t of tags(xml, el.openEnd)) {
    if (t.start >= el.closeStart) break;
    if (t.name === 'rPh') inPhonetic += t.kind === 'open' ? 1 : t.kind === 'close' ? -1 : 0;
    else if (t.name === 't' && t.kind === 'open') textStart = t.end;
    else if (t.name === 't' && t.kind === 'close' && textStart >= 0) {
      if (inPhonetic === 0) out += unescapeXml(xml.slice(textStart, t.start));
      textStart = -1;
    }
  }
  return decodeOoxml(out);
}

/** Column styles of a sheet's `<cols>`: 0-based column → xf index. */
function columnStyles(xml: string, sheetDataStart: number): { min: number; max: number; style: number }[] {
  const cols = findWithChildren(xml.slice(0, sheetDataStart), 'cols');
  if (!cols) return [];
  return cols.list
    .map((c) => attrsOf(xml.slice(c.start, c.openEnd)))
    .map((a) => ({ min: Number(a.get('min')) - 1, max: Number(a.get('max')) - 1, style: Number(a.get('style') ?? 0) }));
}

interface RowInfo {
  el: Element;
  row: number;
}

interface CellInfo {
  el: Element;
  col: number;
}

/** A worksheet part with its rows' extents (scanned once). */
class SheetPart {
  readonly xml: string;
  readonly sheetData: Element;
  readonly rows: RowInfo[] = [];

  constructor(xml: string, name: string) {
    this.xml = xml;
    const root = rootOf(xml);
    if (root.name !== 'worksheet' || !root.tag.includes(`"${MAIN_NS}"`))
      throw new CannotPatch(`工作表「${name}」不是普通工作表（<${root.name}>）`);
    const sd = findWithChildren(xml, 'sheetData');
    if (!sd) throw new CannotPatch(`工作表「${name}」没有单元格数据部分`);
    this.sheetData = sd.el;
    let prev = -1;
    for (const el of sd.list) {
      if (el.name !== 'row') throw new CannotPatch(`工作表「${name}」的单元格数据中有 <${el.name}>`);
      const r = attrsOf(xml.slice(el.start, el.openEnd)).get('r');
      const row = r === undefined ? prev + 1 : Number(r) - 1;
      if (!Number.isInteger(row) || row <= prev) throw new CannotPatch(`工作表「${name}」的行未按顺序存放`);
      this.rows.push({ el, row });
      prev = row;
    }
  }

  cells(row: RowInfo): CellInfo[] {
    if (row.el.empty) return [];
    const out: CellInfo[] = [];
    let prev = -1;
    for (const el of children(this.xml, row.el.openEnd, 'row').list) {
      if (el.name !== 'c') continue; // extLst
      const r = attrsOf(this.xml.slice(el.start, el.openEnd)).get('r');
      const col = r === undefined ? prev + 1 : (fromA1(r)?.col ?? NaN);
      if (!Number.isInteger(col) || col <= prev) throw new CannotPatch(`第 ${row.row + 1} 行的单元格未按顺序存放`);
      out.push({ el, col });
      prev = col;
    }
    return out;
  }

  /** Text of the cells of one row (0-based), shared strings resolved: how an earlier summary sheet is recognised. */
  rowTexts(rowIndex: number, shared: () => string[]): string[] {
    const row = this.rows.find((r) => r.row === rowIndex);
    if (!row) return [];
    const out: string[] = [];
    for (const c of this.cells(row)) {
      const a = attrsOf(this.xml.slice(c.el.start, c.el.openEnd));
      let text = '';
      if (!c.el.empty) {
        const kids = children(this.xml, c.el.openEnd, 'c').list;
        const v = kids.find((k) => k.name === 'v');
        const is = kids.find((k) => k.name === 'is');
        const raw = v ? unescapeXml(this.xml.slice(v.openEnd, v.closeStart)) : '';
        if (a.get('t') === 'inlineStr' && is) text = rstText(this.xml, is);
        else if (a.get('t') === 's') text = shared()[Number(raw)] ?? '';
        else text = decodeOoxml(raw);
      }
      out[c.col] = text;
    }
    return Array.from(out, (t) => t ?? '');
  }
}

/** Applies the cell operations to a worksheet part; returns the new XML and whether a formula was replaced. */
function patchSheet(
  name: string,
  xml: string,
  ops: CellOp[],
  styles: () => StylesEditor,
  shared: SharedAppend,
): { xml: string; formulaReplaced: boolean } {
  const sheet = new SheetPart(xml, name);
  const edits: Edit[] = [];
  let formulaReplaced = false;
  const colStyles = columnStyles(xml, sheet.sheetData.start);
  const colStyle = (col: number) => colStyles.find((c) => col >= c.min && col <= c.max)?.style ?? 0;
  const byRow = new Map<number, CellOp[]>();
  for (const op of ops) byRow.set(op.row, [...(byRow.get(op.row) ?? []), op]);
  const wishOf = (op: CellOp): StyleWish | null =>
    op.fill === undefined && op.numFmt === undefined ? null : { fill: op.fill, numFmt: op.numFmt };
  const styleFor = (op: CellOp, base: number) => {
    const wish = wishOf(op);
    return wish ? styles().derive(base, wish) : base;
  };

  /** A cell that does not exist yet: it shows the row's or column's style, which it keeps. */
  const newCell = (op: CellOp, base: number): string => {
    const ref = toA1(op.row, op.col);
    const s = styleFor(op, base);
    if (op.value === undefined) return `<c r="${ref}"${s ? ` s="${s}"` : ''}/>`;
    return valueCell(ref, s, op.value, new Map(), shared);
  };

  const replaceCell = (op: CellOp, cell: CellInfo): void => {
    const open = xml.slice(cell.el.start, cell.el.openEnd);
    const a = attrsOf(open);
    const s = styleFor(op, Number(a.get('s') ?? 0));
    if (op.value === undefined) {
      edits.push({ start: cell.el.start, end: cell.el.openEnd, text: setAttr(open, 's', String(s)) });
      return;
    }
    if (!cell.el.empty) {
      for (const k of children(xml, cell.el.openEnd, 'c').list) {
        if (k.name !== 'f') continue;
        const f = attrsOf(xml.slice(k.start, k.openEnd));
        // the master of a shared or array formula carries other cells' formulas: replacing it needs a rewrite
        if (f.get('t') === 'array' || f.get('t') === 'dataTable' || (f.get('t') === 'shared' && f.has('ref'))) {
          throw new CannotPatch(`${name}!${toA1(op.row, op.col)} 是共享公式或数组公式的首个单元格`);
        }
        formulaReplaced = true;
      }
    }
    edits.push({
      start: cell.el.start,
      end: cell.el.end,
      text: valueCell(toA1(op.row, op.col), s, op.value, a, shared),
    });
  };

  const rowOps = [...byRow.keys()].sort((a, b) => a - b);
  let ri = 0;
  const inserted: string[] = [];
  for (const r of rowOps) {
    const list = byRow.get(r)!.sort((a, b) => a.col - b.col);
    while (ri < sheet.rows.length && sheet.rows[ri].row < r) ri++;
    const row = sheet.rows[ri];
    if (!row || row.row !== r) {
      const cells = list.map((op) => newCell(op, colStyle(op.col))).join('');
      const text = `<row r="${r + 1}">${cells}</row>`;
      if (sheet.sheetData.empty) inserted.push(text);
      else
        edits.push({
          start: row ? row.el.start : sheet.sheetData.closeStart,
          end: row ? row.el.start : sheet.sheetData.closeStart,
          text,
        });
      continue;
    }
    const open = xml.slice(row.el.start, row.el.openEnd);
    const ra = attrsOf(open);
    const rowStyle =
      ra.get('customFormat') === '1' || ra.get('customFormat') === 'true' ? Number(ra.get('s') ?? 0) : null;
    const cells = sheet.cells(row);
    let newOpen = open;
    const spans = ra.get('spans');
    if (spans) {
      const ranges = spans.split(/\s+/).map((p) => p.split(':').map(Number));
      const outside = list.some((op) => !ranges.some(([lo, hi]) => op.col + 1 >= lo && op.col + 1 <= hi));
      // spans is an optimisation hint: drop it rather than leave it wrong
      if (outside) newOpen = newOpen.replace(/\sspans\s*=\s*("[^"]*"|'[^']*')/, '');
    }
    const appended: string[] = [];
    let ci = 0;
    for (const op of list) {
      while (ci < cells.length && cells[ci].col < op.col) ci++;
      const cell = cells[ci];
      if (cell && cell.col === op.col) replaceCell(op, cell);
      else {
        const text = newCell(op, rowStyle ?? colStyle(op.col));
        if (cell) edits.push({ start: cell.el.start, end: cell.el.start, text });
        else appended.push(text);
      }
    }
    if (row.el.empty) {
      edits.push({
        start: row.el.start,
        end: row.el.end,
        text: newOpen.replace(/\s*\/>$/, '>') + appended.join('') + '</row>',
      });
    } else {
      if (newOpen !== open) edits.push({ start: row.el.start, end: row.el.openEnd, text: newOpen });
      if (appended.length) edits.push({ start: row.el.closeStart, end: row.el.closeStart, text: appended.join('') });
    }
  }
  if (sheet.sheetData.empty && inserted.length) {
    edits.push({
      start: sheet.sheetData.start,
      end: sheet.sheetData.end,
      text: `<sheetData>${inserted.join('')}</sheetData>`,
    });
  }
  const dim = findElement(xml.slice(0, sheet.sheetData.start), 'dimension');
  if (dim) {
    const open = xml.slice(dim.start, dim.openEnd);
    const ref = attrsOf(open).get('ref') ?? '';
    const [a, b] = ref.split(':').map((x) => fromA1(x));
    if (a) {
      const lo = { row: Math.min(a.row, ...ops.map((o) => o.row)), col: Math.min(a.col, ...ops.map((o) => o.col)) };
      const end = b ?? a;
      const hi = { row: Math.max(end.row, ...ops.map((o) => o.row)), col: Math.max(end.col, ...ops.map((o) => o.col)) };
      const next = `${toA1(lo.row, lo.col)}:${toA1(hi.row, hi.col)}`;
      if (next !== ref && !(b === undefined && lo.row === hi.row && lo.col === hi.col))
        edits.push({ start: dim.start, end: dim.openEnd, text: setAttr(open, 'ref', next) });
    }
  }
  return { xml: applyEdits(xml, edits), formulaReplaced };
}

/** A new worksheet holding an extra sheet's rows (inline strings), formats and links. */
function extraSheetXml(extra: ExtraSheet, styles: () => StylesEditor): { xml: string; rels: string | null } {
  const header = extra.boldHeader ? styles().derive(0, { font: 'bold' }) : 0;
  const formats = new Map((extra.numberFormats ?? []).map((f) => [f.col, f.format]));
  const links = new Map((extra.links ?? []).map((l) => [`${l.row},${l.col}`, l.target]));
  const external: { ref: string; id: string; target: string }[] = [];
  const rows: string[] = [];
  const width = extra.rows.reduce((n, row) => Math.max(n, row.length), 0);
  extra.rows.forEach((row, r) => {
    const cells: string[] = [];
    for (let c = 0; c < Math.max(row.length, width); c++) {
      const v = row[c] ?? null;
      const target = links.get(`${r},${c}`);
      const ref = toA1(r, c);
      if (target !== undefined) {
        const text = v === null || v === '' ? target : String(v);
        const s = styles().derive(r === 0 ? header : 0, LINK_FONT);
        if (target.startsWith('#')) {
          // a link inside the workbook is a HYPERLINK formula: a hyperlink relationship would point Excel at a file
          cells.push(
            `<c r="${ref}" s="${s}" t="str"><f>${ooxmlText(hyperlinkFormula(target, text))}</f><v>${ooxmlText(text)}</v></c>`,
          );
        } else {
          external.push({ ref, id: `rId${external.length + 1}`, target });
          cells.push(valueCell(ref, s, text, new Map()));
        }
        continue;
      }
      if (v === null || v === '') continue;
      let s = r === 0 ? header : 0;
      if (r > 0 && typeof v === 'number' && formats.has(c)) s = styles().derive(0, { numFmt: formats.get(c)! });
      cells.push(valueCell(ref, s, v, new Map()));
    }
    rows.push(`<row r="${r + 1}">${cells.join('')}</row>`);
  });
  const cols = columnWidths(extra.rows).map(
    (w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`,
  );
  const dim =
    width > 0 && extra.rows.length > 0
      ? rectToA1({ top: 0, left: 0, bottom: extra.rows.length - 1, right: width - 1 })
      : 'A1';
  const pane = extra.boldHeader
    ? '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
    : '';
  const xml =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><dimension ref="${dim}"/>` +
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    (cols.length ? `<cols>${cols.join('')}</cols>` : '') +
    `<sheetData>${rows.join('')}</sheetData>` +
    (external.length
      ? `<hyperlinks>${external.map((h) => `<hyperlink ref="${h.ref}" r:id="${h.id}"/>`).join('')}</hyperlinks>`
      : '') +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';
  const rels = external.length
    ? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      external
        .map(
          (h) =>
            `<Relationship Id="${h.id}" Type="${REL_TYPE('hyperlink')}" Target="${escapeXml(h.target)}" TargetMode="External"/>`,
        )
        .join('') +
      '</Relationships>'
    : null;
  return { xml, rels };
}

/** Adds a sheet name to docProps/app.xml's list of worksheet titles; leaves a part it does not recognise as it is. */
function appWithSheet(xml: string, name: string): string {
  const pairs = /<HeadingPairs>([\s\S]*?)<\/HeadingPairs>/.exec(xml);
  const titles = /<TitlesOfParts>\s*<(\w+):vector\b([^>]*)>([\s\S]*?)<\/\1:vector>\s*<\/TitlesOfParts>/.exec(xml);
  if (!pairs || !titles) return xml;
  const vt = titles[1];
  const variants = [
    ...pairs[1].matchAll(
      new RegExp(`<${vt}:variant>\\s*<${vt}:(lpstr|i4)>([^<]*)</${vt}:\\1>\\s*</${vt}:variant>`, 'g'),
    ),
  ];
  let offset = 0;
  for (let i = 0; i + 1 < variants.length; i += 2) {
    const label = variants[i][2];
    const count = Number(variants[i + 1][2]);
    if (variants[i][1] !== 'lpstr' || variants[i + 1][1] !== 'i4' || !Number.isInteger(count)) return xml;
    if (label === 'Worksheets' || label === '工作表') {
      const items = [...titles[3].matchAll(new RegExp(`<${vt}:lpstr>[^<]*</${vt}:lpstr>|<${vt}:lpstr/>`, 'g'))];
      if (items.length < offset + count) return xml;
      const at = offset + count === 0 ? 0 : items[offset + count - 1].index! + items[offset + count - 1][0].length;
      const newItems = titles[3].slice(0, at) + `<${vt}:lpstr>${escapeXml(name)}</${vt}:lpstr>` + titles[3].slice(at);
      const newVector = titles[2].replace(/\ssize="(\d+)"/, (_, n: string) => ` size="${Number(n) + 1}"`);
      const countVariant = variants[i + 1];
      const pairsStart = pairs.index! + '<HeadingPairs>'.length;
      const countAt = pairsStart + countVariant.index!;
      const newCount = countVariant[0].replace(`>${countVariant[2]}<`, `>${count + 1}<`);
      let out = xml.slice(0, countAt) + newCount + xml.slice(countAt + countVariant[0].length);
      const shift = newCount.length - countVariant[0].length;
      const tStart = titles.index! + shift;
      const tEnd = tStart + titles[0].length;
      const rebuilt = titles[0].replace(
        `<${vt}:vector${titles[2]}>${titles[3]}`,
        `<${vt}:vector${newVector}>${newItems}`,
      );
      out = out.slice(0, tStart) + rebuilt + out.slice(tEnd);
      return out;
    }
    offset += count;
  }
  return xml;
}

/** Writes the plan and the extra sheets into a copy of the package; everything else keeps its bytes. */
export async function patchScoredCopy(bytes: Buffer, plan: WritePlan, extraSheets: ExtraSheet[] = []): Promise<Buffer> {
  try {
    return await patch(bytes, plan, extraSheets);
  } catch (e) {
    if (e instanceof XmlScanError) throw new CannotPatch(`XML 无法解析：${e.message}`);
    throw e;
  }
}

async function patch(bytes: Buffer, plan: WritePlan, extraSheets: ExtraSheet[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (p: string): Promise<string> => {
    const f = zip.file(p);
    if (!f) throw new CannotPatch(`缺少部件 ${p}`);
    const buf = await f.async('nodebuffer');
    if (buf[0] === 0xff || buf[0] === 0xfe || (buf[0] === 0 && buf[1] === 0x3c))
      throw new CannotPatch(`${p} 不是 UTF-8 编码`);
    const text = buf.toString('utf8').replace(/^\uFEFF/, '');
    const decl = /^<\?xml[^?]*encoding\s*=\s*["']([^"']+)["']/.exec(text);
    if (decl && !/^utf-?8$/i.test(decl[1])) throw new CannotPatch(`${p} 是 ${decl[1]} 编码`);
    return text;
  };
  const rootRels = parseRels(await read('_rels/.rels'), '');
  const wbPath = rootRels.find((r) => r.type === REL_TYPE('officeDocument'))?.path;
  if (!wbPath) throw new CannotPatch('找不到工作簿部件（可能是 Strict Open XML 格式）');
  const wbRelsPath = relsPathOf(wbPath);
  const original = { wb: await read(wbPath), wbRels: await read(wbRelsPath), types: await read('[Content_Types].xml') };
  let wbXml = original.wb;
  let wbRelsXml = original.wbRels;
  let typesXml = original.types;
  const wbRoot = rootOf(wbXml);
  if (wbRoot.name !== 'workbook' || !wbRoot.tag.includes(`"${MAIN_NS}"`))
    throw new CannotPatch(`工作簿部件不是常规格式（<${wbRoot.name}>）`);
  const rPrefix = new RegExp(`xmlns:([\\w.-]+)\\s*=\\s*"${REL_NS.replace(/[./]/g, '\\$&')}"`).exec(wbRoot.tag)?.[1];
  if (!rPrefix) throw new CannotPatch('工作簿部件缺少关系命名空间');
  const rels = parseRels(wbRelsXml, wbPath);
  const sheetsEl = findWithChildren(wbXml, 'sheets');
  if (!sheetsEl || sheetsEl.el.empty) throw new CannotPatch('工作簿没有工作表列表');
  const sheets = sheetsEl.list.map((el) => {
    const a = attrsOf(wbXml.slice(el.start, el.openEnd));
    const rel = rels.find((r) => r.id === a.get(`${rPrefix}:id`));
    return {
      name: a.get('name') ?? '',
      sheetId: Number(a.get('sheetId')),
      path: rel && rel.type === REL_TYPE('worksheet') ? rel.path : null,
    };
  });
  const sheetNamed = (name: string) => sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());

  const changed = new Map<string, string>();
  const stylesPath = rels.find((r) => r.type === REL_TYPE('styles'))?.path;
  let styles: StylesEditor | null = null;
  let stylesXml = '';
  if (stylesPath && zip.file(stylesPath)) {
    stylesXml = await read(stylesPath);
  }
  const stylesEditor = (): StylesEditor => {
    if (!styles) {
      if (!stylesXml) throw new CannotPatch('缺少样式部件');
      styles = new StylesEditor(stylesXml);
    }
    return styles;
  };

  // the plan's cells, by sheet: writes and highlights of one cell become one operation
  const opsBySheet = new Map<string, Map<string, CellOp>>();
  const opFor = (sheet: string, address: string, row: number, col: number): CellOp => {
    if (!sheetNamed(sheet)) throw new XlsxWriteError(xlsxMessages.missingSheet(sheet, address));
    const m = opsBySheet.get(sheet) ?? new Map<string, CellOp>();
    opsBySheet.set(sheet, m);
    const key = `${row},${col}`;
    const op = m.get(key) ?? { row, col };
    m.set(key, op);
    return op;
  };
  for (const w of plan.writes) {
    const op = opFor(w.sheet, w.address, w.row, w.col);
    op.value = w.value;
    if (w.numberFormat) op.numFmt = w.numberFormat;
  }
  for (const f of plan.fills) opFor(f.sheet, f.address, f.row, f.col).fill = f.color;

  // the shared string table, read only when needed: appended to for text needing escapes (the plan's writes are the
  // only values written into existing sheets), or to recognise an earlier summary sheet by its header
  const sharedPath = rels.find((r) => r.type === REL_TYPE('sharedStrings'))?.path;
  const sst = {
    read: false,
    xml: '',
    root: null as Element | null,
    items: [] as Element[],
    texts: null as string[] | null,
  };
  const readShared = async (): Promise<void> => {
    if (sst.read) return;
    sst.read = true;
    if (!sharedPath || !zip.file(sharedPath)) return;
    sst.xml = await read(sharedPath);
    const found = findWithChildren(sst.xml, 'sst');
    sst.root = found?.el ?? null;
    sst.items = found ? found.list.filter((e) => e.name === 'si') : [];
  };
  if (plan.writes.some((w) => typeof w.value === 'string' && NEEDS_ESCAPE.test(w.value))) await readShared();
  const sharedStrings = (): string[] => (sst.texts ??= sst.items.map((si) => rstText(sst.xml, si)));
  const sstAdded: string[] = [];
  const appendShared: SharedAppend = (text) => {
    if (!sst.root) return null;
    sstAdded.push(`<si><t xml:space="preserve">${ooxmlText(text)}</t></si>`);
    return sst.items.length + sstAdded.length - 1;
  };

  let formulaReplaced = false;
  for (const [name, ops] of opsBySheet) {
    const sheet = sheetNamed(name)!;
    if (!sheet.path) throw new CannotPatch(`「${name}」不是普通工作表`);
    const result = patchSheet(name, await read(sheet.path), [...ops.values()], stylesEditor, appendShared);
    changed.set(sheet.path, result.xml);
    formulaReplaced ||= result.formulaReplaced;
  }

  // extra sheets: a sheet the tool wrote before (same header) is rewritten in place, a person's sheet of the name kept
  // docProps/app.xml as read (once), and with the added sheets listed
  let appBefore: string | null = null;
  let appXml: string | null = null;
  const appPath = rootRels.find((r) => r.type === REL_TYPE('extended-properties'))?.path;
  for (const extra of extraSheets) {
    const built = extraSheetXml(extra, stylesEditor);
    let earlier: (typeof sheets)[number] | undefined;
    for (const s of sheets.filter((x) => isNumberedName(x.name, extra.name) && x.path && zip.file(x.path))) {
      await readShared();
      if (
        hasHeaderOf(
          new SheetPart(changed.get(s.path!) ?? (await read(s.path!)), s.name).rowTexts(0, sharedStrings),
          extra,
        )
      ) {
        earlier = s;
        break;
      }
    }
    if (earlier) {
      const relsPath = relsPathOf(earlier.path!);
      const old = zip.file(relsPath) ? parseRels(await read(relsPath), earlier.path!) : [];
      if (old.some((r) => r.type !== REL_TYPE('hyperlink')))
        throw new CannotPatch(`上次写入的「${earlier.name}」表含图形或批注`);
      changed.set(earlier.path!, built.xml);
      if (built.rels) changed.set(relsPath, built.rels);
      else if (zip.file(relsPath)) zip.remove(relsPath);
      continue;
    }
    const name = freeSheetName(
      extra.name,
      sheets.map((s) => s.name),
    );
    let n = 1;
    // part names are case-insensitive (OPC): Sheet4.xml and sheet4.xml are the same part
    const taken = new Set([...Object.keys(zip.files), ...changed.keys()].map((p) => p.toLowerCase()));
    while (taken.has(`xl/worksheets/sheet${n}.xml`)) n++;
    const part = `xl/worksheets/sheet${n}.xml`;
    const ids = new Set(parseRels(wbRelsXml, wbPath).map((r) => r.id));
    let k = ids.size + 1;
    while (ids.has(`rId${k}`)) k++;
    const rid = `rId${k}`;
    const sheetId = Math.max(0, ...sheets.map((s) => (Number.isFinite(s.sheetId) ? s.sheetId : 0))) + 1;
    changed.set(part, built.xml);
    if (built.rels) changed.set(relsPathOf(part), built.rels);
    wbRelsXml = beforeClose(
      wbRelsXml,
      'Relationships',
      `<Relationship Id="${rid}" Type="${REL_TYPE('worksheet')}" Target="${resolveRelative(wbPath, part)}"/>`,
    );
    const sheetsNow = findElement(wbXml, 'sheets')!;
    wbXml = applyEdits(wbXml, [
      {
        start: sheetsNow.closeStart,
        end: sheetsNow.closeStart,
        text: `<sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${rPrefix}:id="${rid}"/>`,
      },
    ]);
    typesXml = beforeClose(typesXml, 'Types', `<Override PartName="/${part}" ContentType="${WORKSHEET_TYPE}"/>`);
    if (appPath && zip.file(appPath)) {
      appBefore ??= await read(appPath);
      appXml = appWithSheet(appXml ?? appBefore, name);
    }
    sheets.push({ name, sheetId, path: part });
  }

  // formulas elsewhere may read the cells just written: their cached results are stale until Excel recalculates
  const calc = findElement(wbXml, 'calcPr');
  if (calc) {
    const open = wbXml.slice(calc.start, calc.openEnd);
    if (attrsOf(open).get('fullCalcOnLoad') !== '1')
      wbXml = applyEdits(wbXml, [{ start: calc.start, end: calc.openEnd, text: setAttr(open, 'fullCalcOnLoad', '1') }]);
  } else {
    const after = [
      'oleSize',
      'customWorkbookViews',
      'pivotCaches',
      'smartTagPr',
      'smartTagTypes',
      'webPublishing',
      'fileRecoveryPr',
      'webPublishObjects',
      'extLst',
    ];
    const root = children(wbXml, wbXml.indexOf('>', wbXml.indexOf('<workbook')) + 1, 'workbook');
    const next = root.list.find((e) => after.includes(e.name));
    const at = next ? next.start : root.closeStart;
    wbXml = applyEdits(wbXml, [{ start: at, end: at, text: '<calcPr fullCalcOnLoad="1"/>' }]);
  }
  // a calculation chain listing a cell that no longer holds a formula makes Excel repair the file: Excel rebuilds it
  if (formulaReplaced) {
    for (const r of rels.filter((x) => x.type === REL_TYPE('calcChain'))) {
      const without = wbRelsXml.replace(
        new RegExp(`<Relationship\\s[^>]*Id="${r.id.replace(/[^\w-]/g, '\\$&')}"[^>]*/>`),
        '',
      );
      if (without === wbRelsXml) throw new CannotPatch('计算链的关系无法移除');
      wbRelsXml = without;
      zip.remove(r.path);
      typesXml = typesXml.replace(
        new RegExp(`<Override\\s[^>]*PartName="/${r.path.replace(/[./]/g, '\\$&')}"[^>]*/>`),
        '',
      );
    }
  }

  const sstRoot = sst.root;
  if (sstAdded.length && sstRoot && sharedPath) {
    const open = sst.xml.slice(sstRoot.start, sstRoot.openEnd);
    const a = attrsOf(open);
    let tag = setAttr(open, 'uniqueCount', String(sst.items.length + sstAdded.length));
    if (a.has('count')) tag = setAttr(tag, 'count', String(Number(a.get('count')) + sstAdded.length)); // each added string is used once
    const edits: Edit[] = sstRoot.empty
      ? [{ start: sstRoot.start, end: sstRoot.end, text: tag.replace(/\s*\/>$/, '>') + sstAdded.join('') + '</sst>' }]
      : [
          { start: sstRoot.start, end: sstRoot.openEnd, text: tag },
          { start: sstRoot.closeStart, end: sstRoot.closeStart, text: sstAdded.join('') },
        ];
    changed.set(sharedPath, applyEdits(sst.xml, edits));
  }
  if (styles) {
    const next = (styles as StylesEditor).toXml();
    if (next !== stylesXml) changed.set(stylesPath!, next);
  }
  const setIfChanged = (p: string, before: string, after: string) => {
    if (after !== before) changed.set(p, after);
  };
  setIfChanged(wbPath, original.wb, wbXml);
  setIfChanged(wbRelsPath, original.wbRels, wbRelsXml);
  setIfChanged('[Content_Types].xml', original.types, typesXml);
  if (appBefore !== null && appXml !== null && appPath) setIfChanged(appPath, appBefore, appXml);
  for (const [p, text] of changed) zip.file(p, text);
  // parts not written keep their compressed bytes (JSZip reuses them when the method is the same)
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

/** `text` inserted just before the root's close tag `</root>`; a part whose root is not that (a prefixed root) cannot be patched. */
function beforeClose(xml: string, root: string, text: string): string {
  const r = rootOf(xml);
  if (r.name !== root) throw new CannotPatch(`${root} 部件不是常规格式（<${r.name}>）`);
  const el = findElement(xml, root);
  if (!el || el.empty) return xml.replace(/\s*\/>(\s*)$/, `>${text}</${root}>$1`);
  return xml.slice(0, el.closeStart) + text + xml.slice(el.closeStart);
}

/** The relationship target of `part` seen from `source` ('xl/workbook.xml', 'xl/worksheets/sheet4.xml' → 'worksheets/sheet4.xml'). */
function resolveRelative(source: string, part: string): string {
  const dir = source.split('/').slice(0, -1).join('/');
  return dir && part.startsWith(dir + '/') ? part.slice(dir.length + 1) : '/' + part;
}
