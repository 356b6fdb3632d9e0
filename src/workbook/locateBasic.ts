// Finds 附件1 基础数据表 on a sheet: its title, 财政供养人员情况 (编制数 / 实际在职人数 / 控制率 and the
// values below them) and 经费控制情况 (year columns and the lines below, keyed by what they name),
// stopping at 楼堂馆所控制情况, a footer or the next table.

import type { BasicData, BasicLine, BasicYearColumn, Rect } from '../domain/model';
import type { Finding, FindingParams, Slot } from '../domain/types';
import { toA1 } from './grid';
import {
  amountKind,
  basicLineKey,
  isBasicStop,
  isEllipsis,
  moneyUnitOf,
  nameLabel,
  staffingRole,
  yearColumn,
  type StaffingRole,
} from './headers';
import { displayText } from '../domain/text';
import { labelPart, moneyUnitIn, type AnchorMap, type Band, type IndexedCell, type SheetIndex } from './sheetIndex';

/** Columns right of an anchor searched for its headers. */
const HEADER_REACH = 12;
const MAX_BLANK_ROWS = 5;
/** Rows between a title or staffing block and the next part of the same table. */
const MAX_PART_GAP = 40;

interface Group {
  title?: IndexedCell;
  staffing?: IndexedCell;
  money?: IndexedCell;
  left: number;
  right: number;
  lastRow: number;
}

interface BasicBuild {
  tables: BasicData[];
  findings: Finding[];
  usedTitles: Set<IndexedCell>;
}

export function locateBasicTables(index: SheetIndex, anchors: AnchorMap): BasicBuild {
  const groups = groupAnchors(index);
  const out: BasicBuild = { tables: [], findings: [], usedTitles: new Set() };
  for (const g of groups) {
    if (g.title) out.usedTitles.add(g.title);
    if (!g.staffing && !g.money) {
      const matrix = buildMatrix(index, g.title!, anchors);
      if (matrix) {
        out.tables.push(matrix);
        continue;
      }
      const cell = toA1(g.title!.row, g.title!.col);
      out.findings.push(
        incomplete(index.name, cell, { reason: 'basicTitleWithoutContent', title: displayText(g.title!.text) }),
      );
      continue;
    }
    const built = buildBasic(index, g, anchors);
    out.tables.push(built.table);
    out.findings.push(...built.findings);
  }
  return out;
}

function incomplete(sheet: string, cell: string, params: FindingParams['table-incomplete'], table?: string): Finding {
  const f: Finding = { severity: 'warning', code: 'table-incomplete', sheet, cell, params };
  if (table) f.table = table;
  return f;
}

/** Title, staffing and money anchors grouped into tables, top to bottom. */
function groupAnchors(index: SheetIndex): Group[] {
  const groups: Group[] = [];
  for (const row of index.rows) {
    for (const c of index.cells(row)) {
      const type =
        c.title === 'basic' ? 'title' : c.anchor === 'staffing' || c.anchor === 'money' ? c.anchor : undefined;
      if (!type) continue;
      let open: Group | undefined;
      for (let i = groups.length - 1; i >= 0 && !open; i--) {
        const g = groups[i];
        if (c.col <= g.right + 2 && c.right >= g.left - 2) open = g;
      }
      const near = open && c.row - open.lastRow <= MAX_PART_GAP;
      if (type === 'staffing' && open && near && !open.staffing && !open.money) {
        open.staffing = c;
      } else if (type === 'money' && open && near && !open.money) {
        open.money = c;
      } else {
        groups.push({ [type]: c, left: c.col, right: c.right, lastRow: c.row });
        continue;
      }
      open.left = Math.min(open.left, c.col);
      open.right = Math.max(open.right, c.right);
      open.lastRow = c.row;
    }
  }
  return groups;
}

function buildBasic(index: SheetIndex, g: Group, anchors: AnchorMap): { table: BasicData; findings: Finding[] } {
  const sheet = index.name;
  const view = index.view;
  const first = (g.title ?? g.staffing ?? g.money)!;
  const rect: Rect = { top: first.row, left: first.col, bottom: first.bottom, right: first.right };
  const widen = (row: number, col: number, right = col) => {
    rect.left = Math.min(rect.left, col);
    rect.right = Math.max(rect.right, right);
    rect.bottom = Math.max(rect.bottom, row);
  };
  const findings: string[][] = [];

  // 财政供养人员情况
  const staffing: BasicData['staffing'] = {};
  if (g.staffing) {
    const s = g.staffing;
    widen(s.row, s.col, s.right);
    const found = new Map<StaffingRole, IndexedCell>();
    const band: Band = { left: s.right + 1, right: s.right + HEADER_REACH };
    for (const row of index.rowsBetween(s.row, s.row + 2)) {
      for (const c of index.cellsIn(row, { left: s.col, right: band.right })) {
        if (c === s) continue;
        const role = staffingRole(c.key);
        if (role && !found.has(role)) found.set(role, c);
      }
    }
    if (!found.size) findings.push(['staffingValues', toA1(s.row, s.col)]);
    const cells = [...found.values()];
    // headers on one row take their values from the row below, unless each is followed by its value
    // ('编制数 | 85 | 实有人数 | 82 | 控制率 | 96.47%'); headers down a column take the cell to their right
    const counts = [...found].filter(([role]) => role !== 'rate').map(([, c]) => c);
    const pairs = counts.length > 0 && counts.every((c) => valueRightOf(index, c));
    const oneRow = !pairs && cells.every((c) => c.row === cells[0]?.row);
    const valueRow = Math.max(...cells.map((c) => c.bottom)) + 1;
    for (const [role, c] of found) {
      const slot: Slot = oneRow ? view.slot(valueRow, c.col) : view.slot(c.row, c.right + 1);
      staffing[role] = slot;
      widen(slot.row, c.col, c.right);
    }
  }

  // 经费控制情况
  const years: BasicYearColumn[] = [];
  const lines: BasicLine[] = [];
  if (g.money) {
    const m = g.money;
    widen(m.row, m.col, m.right);
    // year headers on the label's row or the next, on one row ('2023年决算数') or two ('2023年' over '预算数 | 决算数')
    let columns: YearHeader[] = [];
    for (const row of [m.row, m.row + 1]) {
      const tops = index
        .cells(row)
        .filter((c) => c.col > m.right && c.col <= m.right + HEADER_REACH && yearColumn(c.key));
      columns = yearHeaders(index, tops).filter((c) => yearColumn(c.key));
      if (columns.length) break;
    }
    for (const c of columns) {
      const y = yearColumn(c.key)!;
      const col: BasicYearColumn = { col: c.col, label: c.label, kind: y.kind };
      if (y.year !== undefined) col.year = y.year;
      years.push(col);
      widen(c.bottom, c.col, c.right);
    }
    if (!years.length) findings.push(['years', toA1(m.row, m.col)]);
    else lines.push(...readLines(index, anchors, m, columns));
    for (const l of lines) widen(l.row, m.col);
  }

  const found = nameAbove(index, rect, (g.staffing ?? g.money)?.row);
  const year = yearOfText(g.title?.norm) ?? maxYear(years) ?? staffingYear(g, index);
  const table: BasicData = {
    kind: 'basic',
    id: `${sheet}!${toA1(rect.top, rect.left)}`,
    sheet,
    range: rect,
    title: g.title ? displayText(g.title.text) : '',
    name: found.name,
    staffing,
    years,
    lines,
  };
  named(table, found);
  if (year !== undefined) table.year = year;
  // the 经费 label's own unit (经费控制情况（元）), else 金额单位：元 between the title and the first part
  const firstPart = (g.staffing ?? g.money)?.row;
  const unit =
    (g.money && moneyUnitOf(g.money.norm)) ??
    (firstPart === undefined
      ? undefined
      : moneyUnitIn(index, rect.top, firstPart, { left: rect.left, right: rect.right + HEADER_REACH }));
  if (unit) table.unit = unit;

  const out: Finding[] = [];
  const topLeft = toA1(rect.top, rect.left);
  if (!g.staffing) out.push(incomplete(sheet, topLeft, { reason: 'basicMissingStaffing' }, table.id));
  if (!g.money) out.push(incomplete(sheet, topLeft, { reason: 'basicMissingMoney' }, table.id));
  for (const [what, cell] of findings) {
    out.push(
      incomplete(
        sheet,
        cell,
        { reason: what === 'years' ? 'basicMissingYears' : 'basicMissingStaffingValues' },
        table.id,
      ),
    );
  }
  return { table, findings: out };
}

/** True when the cell right after a staffing header holds a number (85, '85', '96.47%'), not another header. */
function valueRightOf(index: SheetIndex, header: IndexedCell): boolean {
  const next = index.cells(header.row).find((c) => c.col === header.right + 1);
  if (!next || staffingRole(next.key)) return false;
  const v = index.view.cell(next.row, next.col).value;
  return typeof v === 'number' || /^\d+(\.\d+)?%?$/.test(next.norm);
}

/**
 * Walks the rows of a 基础数据表 from `start`: calls `each` with every row's label (the last cell left of the year
 * columns), stopping at the next table, a 楼堂馆所/footer line or more than MAX_BLANK_ROWS blank rows.
 */
function eachLabelRow(
  index: SheetIndex,
  anchors: AnchorMap,
  band: Band,
  firstYearCol: number,
  start: number,
  each: (row: number, label: IndexedCell) => void,
): void {
  let blank = 0;
  for (let row = start; row < index.rowCount; row++) {
    if (anchors.hits(row, band)) break;
    const cells = index.cellsIn(row, band);
    if (!cells.length) {
      if (++blank > MAX_BLANK_ROWS) break;
      continue;
    }
    blank = 0;
    const labels = cells.filter((c) => c.col < firstYearCol);
    const label = labels[labels.length - 1];
    if (!label) continue;
    if (isBasicStop(label.norm)) break;
    each(row, label);
  }
}

function basicLine(index: SheetIndex, row: number, label: IndexedCell, cols: number[]): BasicLine {
  return {
    key: basicLineKey(label.norm),
    label: displayText(label.text),
    row,
    values: cols.map((col) => index.view.slot(row, col)),
  };
}

function readLines(index: SheetIndex, anchors: AnchorMap, money: IndexedCell, columns: YearHeader[]): BasicLine[] {
  const firstYearCol = Math.min(...columns.map((c) => c.col));
  const band: Band = { left: money.col, right: Math.max(...columns.map((c) => c.right)) };
  // below the year headers (and their 预算数/决算数 sub-headers): the 经费控制情况 label may be merged down beside
  // the lines themselves
  const start = Math.max(money.row, ...columns.map((c) => c.bottom)) + 1;
  const cols = columns.map((c) => c.col);
  const lines: BasicLine[] = [];
  eachLabelRow(index, anchors, band, firstYearCol, start, (row, label) => {
    if (!isEllipsis(label.norm)) lines.push(basicLine(index, row, label, cols));
  });
  return lines;
}

/** One year column of a 基础数据表 header: its column, header key ('2023年预算数') and label as written. */
interface YearHeader {
  col: number;
  right: number;
  /** Last row of the header, sub-header included. */
  bottom: number;
  key: string;
  label: string;
}

/**
 * The columns headed by `tops` (cells of one row), on one row ('2023年决算数') or two: a top with 预算数/决算数
 * sub-headers under it on the next row ('预算数 | 决算数' under a merged '2023年') gives one column per sub-header,
 * keyed by both; any other top is a column of its own. The caller keeps the ones yearColumn names.
 */
function yearHeaders(index: SheetIndex, tops: IndexedCell[]): YearHeader[] {
  if (!tops.length) return [];
  const subs = index.cells(tops[0].row + 1).filter((c) => c.key.length <= 16 && amountKind(c.key) !== 'other');
  const columns: YearHeader[] = [];
  for (const top of tops) {
    const under = subs.filter((c) => c.col >= top.col && c.col <= top.right);
    if (under.length) {
      for (const c of under)
        columns.push({
          col: c.col,
          right: c.right,
          bottom: c.bottom,
          key: `${top.key}${c.key}`,
          label: `${displayText(top.text)}${displayText(c.text)}`,
        });
    } else {
      columns.push({ col: top.col, right: top.right, bottom: top.bottom, key: top.key, label: displayText(top.text) });
    }
  }
  return columns;
}

/** 部门名称 / 填报单位 written between the title and the first part (at row `firstRow`), and the cell it is in. */
function nameAbove(index: SheetIndex, rect: Rect, firstRow: number | undefined): { name: string; cell?: string } {
  if (firstRow === undefined) return { name: '' };
  const band: Band = { left: rect.left, right: rect.right + HEADER_REACH };
  for (const row of index.rowsBetween(rect.top, firstRow)) {
    const cells = index.cellsIn(row, band);
    for (let i = 0; i < cells.length; i++) {
      const c = cells[i];
      if (nameLabel(labelPart(c.key)) !== 'department') continue;
      const colon = c.text.search(/[:：]/);
      if (colon >= 0 && normalizeAfter(c.text, colon))
        return { name: displayText(c.text.slice(colon + 1)), cell: toA1(c.row, c.col) };
      const next = cells[i + 1];
      if (next) return { name: displayText(next.text), cell: toA1(next.row, next.col) };
    }
  }
  return { name: '' };
}

/** A 基础数据表 named by `found`: its name, and the name's cell when the sheet gives one. */
function named(table: BasicData, found: { name: string; cell?: string }): BasicData {
  if (found.cell) table.nameCell = found.cell;
  return table;
}

function normalizeAfter(text: string, colon: number): boolean {
  return text.slice(colon + 1).trim() !== '';
}

function yearOfText(norm: string | undefined): number | undefined {
  const m = norm ? /((?:19|20)\d{2})年/.exec(norm) : null;
  return m ? Number(m[1]) : undefined;
}

function maxYear(years: BasicYearColumn[]): number | undefined {
  const ys = years.map((y) => y.year).filter((y): y is number => y !== undefined);
  return ys.length ? Math.max(...ys) : undefined;
}

function staffingYear(g: Group, index: SheetIndex): number | undefined {
  if (!g.staffing) return undefined;
  for (const c of index.cells(g.staffing.row)) {
    const y = yearOfText(c.norm);
    if (y !== undefined) return y;
  }
  return undefined;
}

// ── one grid: items down, years across ──────────────────────────────────────────────────────────────────────

/** Rows below the title searched for the year header of a one-grid 基础数据表. */
const MATRIX_HEADER_REACH = 6;
const YEAR_RE = /(?:19|20)\d{2}/;

/**
 * A 基础数据表 laid out as one grid, with no 财政供养人员情况 / 经费控制情况 parts: the items down the first column
 * (编制数, 实际在职人数, 控制率, 三公经费 and its parts, 项目支出 …) and the year columns across, headed on one row
 * ('2023年决算数') or two ('2023年' merged over '预算数 | 决算数'). Staffing is read in the latest year's column
 * (决算数 before 预算数). Undefined when no such grid follows the title.
 */
function buildMatrix(index: SheetIndex, title: IndexedCell, anchors: AnchorMap): BasicData | undefined {
  const last = Math.min(title.bottom + MATRIX_HEADER_REACH, index.rowCount - 1);
  for (let row = title.bottom + 1; row <= last; row++) {
    const tops = index.cells(row).filter((c) => c.key !== '' && YEAR_RE.test(c.key) && c.key.length <= 16);
    if (!tops.length) continue;
    const columns = yearHeaders(index, tops);
    const years: BasicYearColumn[] = [];
    for (const c of columns) {
      const y = yearColumn(c.key);
      if (!y) continue;
      const col: BasicYearColumn = { col: c.col, label: c.key, kind: y.kind };
      if (y.year !== undefined) col.year = y.year;
      years.push(col);
    }
    if (!years.length) return undefined;
    const firstYearCol = Math.min(...years.map((y) => y.col));
    const band: Band = { left: Math.min(title.col, firstYearCol - 1), right: Math.max(...years.map((y) => y.col)) };
    const staffingCol = pickStaffingColumn(years);
    const staffing: BasicData['staffing'] = {};
    const lines: BasicLine[] = [];
    const rect: Rect = {
      top: title.row,
      left: band.left,
      bottom: Math.max(...columns.map((c) => c.bottom)),
      right: Math.max(title.right, band.right),
    };
    const cols = years.map((y) => y.col);
    eachLabelRow(index, anchors, band, firstYearCol, rect.bottom + 1, (r, label) => {
      const role = staffingRole(label.key);
      if (role) {
        if (!staffing[role]) staffing[role] = index.view.slot(r, staffingCol);
      } else if (!isEllipsis(label.norm)) {
        lines.push(basicLine(index, r, label, cols));
      }
      rect.bottom = r;
      rect.left = Math.min(rect.left, label.col);
    });
    // a grid of someone else's numbers under a look-alike title: it must name staffing or a known 经费 line
    if (!Object.keys(staffing).length && !lines.some((l) => l.key !== 'other')) return undefined;
    const sheet = index.name;
    const found = nameAbove(index, rect, row);
    const table = named(
      {
        kind: 'basic',
        id: `${sheet}!${toA1(rect.top, rect.left)}`,
        sheet,
        range: rect,
        title: displayText(title.text),
        name: found.name,
        staffing,
        years,
        lines,
      },
      found,
    );
    const year = yearOfText(title.norm) ?? maxYear(years);
    if (year !== undefined) table.year = year;
    return table;
  }
  return undefined;
}

/** The column staffing figures are read in: the latest year's 决算数, else its 预算数, else its first column. */
function pickStaffingColumn(years: BasicYearColumn[]): number {
  const latest = maxYear(years);
  const ofLatest = years.filter((y) => y.year === latest);
  const pool = ofLatest.length ? ofLatest : years;
  return (pool.find((y) => y.kind === 'final') ?? pool.find((y) => y.kind === 'budget') ?? pool[0]).col;
}
