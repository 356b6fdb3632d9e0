// One pass over a sheet's cells: every non-blank value cell with its normalised text, header key and
// what the header vocabulary says it names, grouped by row; plus the anchor rows that start or end tables.

import type { TableKind } from '../domain/model';
import { normalizeText } from '../domain/text';
import type { SheetGrid } from './grid';
import {
  attachmentNumber,
  budgetRole,
  headerKey,
  indicatorRole,
  isGoalsLabel,
  isMoneyAnchor,
  isStaffingAnchor,
  moneyUnitOf,
  nameLabel,
  titleKind,
  type BudgetRole,
  type IndicatorRole,
} from './headers';
import { cellText, MergedView } from './mergedView';

/** Texts longer than this are data (names, sentences), never labels. */
const MAX_LABEL_LENGTH = 60;

export interface IndexedCell {
  row: number;
  col: number;
  /** Last column/row of its merge (col/row when not merged). */
  right: number;
  bottom: number;
  text: string;
  norm: string;
  /** headerKey(norm), '' for long texts. */
  key: string;
  indicator?: { role: IndicatorRole; strict: boolean };
  budget?: BudgetRole;
  title?: TableKind;
  /** A label that starts a table or a part of one (name row, 年度总体目标, 附件N, 附件1's two parts). */
  anchor?: 'name' | 'goals' | 'attachment' | 'staffing' | 'money';
}

/** Labels are short: longer texts are never anchors. */
const MAX_ANCHOR_LENGTH = 24;

function anchorOf(key: string, norm: string): IndexedCell['anchor'] {
  if (key.length > MAX_ANCHOR_LENGTH) return undefined;
  if (nameLabel(labelPart(key)) !== undefined) return 'name';
  if (isGoalsLabel(key)) return 'goals';
  if (attachmentNumber(norm) !== undefined) return 'attachment';
  if (isStaffingAnchor(key)) return 'staffing';
  if (isMoneyAnchor(key)) return 'money';
  return undefined;
}

/** What the header vocabulary says a label text names (a pure function of the text). */
interface LabelInfo {
  indicator: IndexedCell['indicator'];
  budget: BudgetRole | undefined;
  title: TableKind | undefined;
  anchor: IndexedCell['anchor'];
}

/** A text's normalised form and header key, and (for text cells) its label reading, worked out once. */
interface TextInfo {
  norm: string;
  key: string;
  label?: LabelInfo;
}

/**
 * Texts already read, shared by the sheets of one workbook: a template repeats its labels (分值, 得分,
 * 产出指标 …) and values on every table, and each distinct text is normalised and classified once.
 */
export type TextCache = Map<string, TextInfo>;

export function newTextCache(): TextCache {
  return new Map();
}

function textInfo(cache: TextCache, text: string): TextInfo {
  let info = cache.get(text);
  if (!info) {
    const norm = normalizeText(text);
    info = { norm, key: norm !== '' && norm.length <= MAX_LABEL_LENGTH ? headerKey(norm) : '' };
    cache.set(text, info);
  }
  return info;
}

function labelInfo(info: TextInfo): LabelInfo {
  const { key, norm } = info;
  return (info.label ??= {
    indicator: indicatorRole(key),
    budget: budgetRole(key),
    title: /[,。;!?]/.test(norm) ? undefined : titleKind(key),
    anchor: anchorOf(key, norm),
  });
}

const NO_LABEL: LabelInfo = { indicator: undefined, budget: undefined, title: undefined, anchor: undefined };

export interface Band {
  left: number;
  right: number;
}

export class SheetIndex {
  readonly view: MergedView;
  /** Non-blank value cells by row, left to right. */
  private readonly byRow = new Map<number, IndexedCell[]>();
  /** Rows holding at least one non-blank cell, ascending. */
  readonly rows: number[] = [];
  readonly titles: IndexedCell[] = [];

  /** `texts` may be shared by the sheets of one workbook (see TextCache); a fresh one is made otherwise. */
  constructor(grid: SheetGrid, texts: TextCache = newTextCache()) {
    const view = (this.view = new MergedView(grid));
    const gridRows = grid.cells;
    for (let row = 0; row < gridRows.length; row++) {
      const cells = gridRows[row];
      if (!cells) continue;
      let list: IndexedCell[] | undefined;
      for (let col = 0; col < cells.length; col++) {
        const cell = cells[col];
        if (!cell) continue;
        const merge = view.mergeAt(row, col);
        if (merge && (merge.top !== row || merge.left !== col)) continue; // hidden part of a merge
        const text = cellText(cell);
        const info = textInfo(texts, text);
        if (info.norm === '') continue;
        const label = typeof cell.value !== 'number' && info.key ? labelInfo(info) : NO_LABEL;
        // every entry gets every field, so all IndexedCells share one shape
        const entry: IndexedCell = {
          row,
          col,
          right: merge ? merge.right : col,
          bottom: merge ? merge.bottom : row,
          text,
          norm: info.norm,
          key: info.key,
          indicator: label.indicator,
          budget: label.budget,
          title: label.title,
          anchor: label.anchor,
        };
        if (entry.title) this.titles.push(entry);
        (list ??= []).push(entry);
      }
      if (list) {
        this.byRow.set(row, list);
        this.rows.push(row);
      }
    }
  }

  get name(): string {
    return this.view.name;
  }

  get rowCount(): number {
    return Math.max(this.view.grid.rowCount, this.rows.length ? this.rows[this.rows.length - 1] + 1 : 0);
  }

  /** Non-blank cells of a row, left to right. */
  cells(row: number): IndexedCell[] {
    return this.byRow.get(row) ?? [];
  }

  /** Non-blank cells of a row that overlap the band's columns. */
  cellsIn(row: number, band: Band): IndexedCell[] {
    const list = this.byRow.get(row);
    if (!list) return [];
    return list.filter((c) => c.col <= band.right && c.right >= band.left);
  }

  /** Index in `rows` of the first row ≥ row. */
  firstRowAtOrAfter(row: number): number {
    let lo = 0;
    let hi = this.rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.rows[mid] < row) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Rows with content in [from, to], ascending. */
  rowsBetween(from: number, to: number): number[] {
    const out: number[] = [];
    for (let i = this.firstRowAtOrAfter(from); i < this.rows.length && this.rows[i] <= to; i++) out.push(this.rows[i]);
    return out;
  }
}

/** Rows that start a table (or a part of one) with the columns they span: a body stops at the first one. */
export class AnchorMap {
  private readonly byRow = new Map<number, Band[]>();

  add(row: number, left: number, right: number): void {
    const list = this.byRow.get(row);
    if (list) list.push({ left, right });
    else this.byRow.set(row, [{ left, right }]);
  }

  hits(row: number, band: Band): boolean {
    const list = this.byRow.get(row);
    return !!list && list.some((a) => a.left <= band.right && a.right >= band.left);
  }
}

/**
 * Anchors every table boundary can be recognised by, except indicator headers (added by the caller).
 * `isData` names label-like cells that are really data (an indicator called '“三公”经费控制数' or
 * '财政供养人员控制率' inside an indicator grid): their anchor is dropped, here and for every later reader.
 */
export function collectAnchors(index: SheetIndex, isData?: (cell: IndexedCell) => boolean): AnchorMap {
  const anchors = new AnchorMap();
  for (const row of index.rows) {
    let budgetCells: IndexedCell[] | undefined;
    for (const c of index.cells(row)) {
      if (c.anchor && c.anchor !== 'attachment' && isData?.(c)) c.anchor = undefined;
      if (c.title || c.anchor) anchors.add(row, c.col, c.right);
      if (c.budget === 'initial' || c.budget === 'fullYear' || c.budget === 'executed') (budgetCells ??= []).push(c);
    }
    if (budgetCells && budgetCells.length >= 2) {
      anchors.add(row, budgetCells[0].col, budgetCells[budgetCells.length - 1].right);
    }
  }
  return anchors;
}

/** The first money unit other than 万元 a cell names in rows [from, to] within the band (项目资金（元）, 金额单位：元). */
export function moneyUnitIn(index: SheetIndex, from: number, to: number, band: Band): '元' | '亿元' | undefined {
  for (const row of index.rowsBetween(from, to)) {
    for (const c of index.cellsIn(row, band)) {
      const unit = moneyUnitOf(c.norm);
      if (unit) return unit;
    }
  }
  return undefined;
}

/** '项目名称:运转经费' → '项目名称'; a key without a colon is returned as is. */
export function labelPart(key: string): string {
  const i = key.indexOf(':');
  return i > 0 ? key.slice(0, i) : key;
}
