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

function anchorOf(c: IndexedCell): IndexedCell['anchor'] {
  if (c.key.length > MAX_ANCHOR_LENGTH) return undefined;
  if (nameLabel(labelPart(c.key)) !== undefined) return 'name';
  if (isGoalsLabel(c.key)) return 'goals';
  if (attachmentNumber(c.norm) !== undefined) return 'attachment';
  if (isStaffingAnchor(c.key)) return 'staffing';
  if (isMoneyAnchor(c.key)) return 'money';
  return undefined;
}

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

  constructor(grid: SheetGrid) {
    this.view = new MergedView(grid);
    grid.cells.forEach((cells, row) => {
      if (!cells) return;
      const list: IndexedCell[] = [];
      cells.forEach((cell, col) => {
        if (!cell) return;
        const merge = this.view.mergeAt(row, col);
        if (merge && (merge.top !== row || merge.left !== col)) return; // hidden part of a merge
        const text = cellText(cell);
        const norm = normalizeText(text);
        if (norm === '') return;
        const key = norm.length <= MAX_LABEL_LENGTH ? headerKey(norm) : '';
        const entry: IndexedCell = { row, col, right: merge ? merge.right : col, bottom: merge ? merge.bottom : row, text, norm, key };
        if (typeof cell.value !== 'number' && key) {
          entry.indicator = indicatorRole(key);
          entry.budget = budgetRole(key);
          if (!/[,。;!?]/.test(norm)) entry.title = titleKind(key);
          if (entry.title) this.titles.push(entry);
          entry.anchor = anchorOf(entry);
        }
        list.push(entry);
      });
      if (list.length) {
        this.byRow.set(row, list);
        this.rows.push(row);
      }
    });
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

/** '项目名称:运转经费' → '项目名称'; a key without a colon is returned as is. */
export function labelPart(key: string): string {
  const i = key.indexOf(':');
  return i > 0 ? key.slice(0, i) : key;
}
