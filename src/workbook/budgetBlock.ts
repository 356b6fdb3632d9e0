// Reads the budget block of a scored table: the 年初预算数/全年预算数/全年执行数/分值/执行率/得分 header,
// the 年度资金总额 row, 其中 rows with their own cells (附件3) and parts written inside cells
// ('其中：基本支出：4245.51', 附件2) grouped under 按收入性质分 / 按支出性质分.

import type { BudgetBlock, BudgetLine, InlineAmount } from '../domain/model';
import type { Slot } from '../domain/types';
import { normalizeText } from '../domain/text';
import {
  inlineGroupHeader,
  inlineGroupOf,
  isBudgetStop,
  isBudgetTotalLabel,
  isHintToken,
  type BudgetRole,
} from './headers';
import { moneyUnitIn, type Band, type IndexedCell, type SheetIndex } from './sheetIndex';

const AMOUNT_ROLES = ['initial', 'fullYear', 'executed'] as const;

/** '4,425.38' / '4425.38万元' / '0' → number; anything else → null. */
function amountOf(text: string): number | null {
  const s = normalizeText(text).replace(/万?元$/, '');
  if (!/^[-+]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^[-+]?\.\d+$/.test(s)) return null;
  return Number(s.replace(/,/g, ''));
}

function isAmountCell(cell: IndexedCell | undefined, index: SheetIndex): boolean {
  if (!cell) return false;
  const v = index.view.cell(cell.row, cell.col).value;
  if (typeof v === 'number') return true;
  return !isHintToken(cell.text) && amountOf(cell.text) !== null; // '①' is a column number, not 1万元
}

/**
 * The parts written in one cell: '其中：一般公共预算：4425.38' → [{一般公共预算, 4425.38}];
 * '基本支出：4245.51  项目支出：179.87' → two parts; '政府性基金拨款：' → amount null.
 * Empty when the cell is not wholly 'label：amount' pairs.
 */
export function parseInlineAmounts(norm: string): { label: string; amount: number | null }[] {
  const s = norm.replace(/^其中:?/, '');
  const pair = /([^:\d;,、]{1,24}?):(-?\d[\d,]*(?:\.\d+)?(?:万?元)?|[-—–/\\]+)?[;,、]?/y;
  const out: { label: string; amount: number | null }[] = [];
  let at = 0;
  while (at < s.length) {
    pair.lastIndex = at;
    const m = pair.exec(s);
    if (!m || pair.lastIndex === at) return [];
    const label = m[1].replace(/^其中:?/, '');
    if (!label) return [];
    out.push({ label, amount: m[2] === undefined ? null : amountOf(m[2]) });
    at = pair.lastIndex;
  }
  return out;
}

function cleanLabel(norm: string): string {
  return norm.replace(/^其中:?/, '').replace(/:+$/, '');
}

interface BudgetRead {
  block?: BudgetBlock;
  /** Last row the block uses (the header row when no total row was found). */
  bottom: number;
}

/** Reads the block whose header is at headerRow, using rows up to endRow. */
export function readBudgetBlock(index: SheetIndex, band: Band, headerRow: number, endRow: number): BudgetRead {
  const view = index.view;
  const cols: Partial<Record<BudgetRole, number>> = {};
  let headerBottom = headerRow;
  for (const c of index.cellsIn(headerRow, band)) {
    if (c.budget && cols[c.budget] === undefined) {
      cols[c.budget] = c.col;
      headerBottom = Math.max(headerBottom, c.bottom);
    }
  }
  const roleCols = Object.values(cols) as number[];
  const firstValueCol = Math.min(...roleCols);
  const amountCols = AMOUNT_ROLES.map((r) => cols[r]).filter((c): c is number => c !== undefined);
  const lineAt = (row: number, label: string): BudgetLine => {
    const line: BudgetLine = { label, row };
    if (cols.initial !== undefined) line.initial = view.slot(row, cols.initial);
    if (cols.fullYear !== undefined) line.fullYear = view.slot(row, cols.fullYear);
    if (cols.executed !== undefined) line.executed = view.slot(row, cols.executed);
    return line;
  };
  const hasAmounts = (cells: IndexedCell[]) =>
    amountCols.some((col) =>
      isAmountCell(
        cells.find((c) => c.col === col),
        index,
      ),
    );

  let block: BudgetBlock | undefined;
  let labelCol = -1;
  let bottom = headerBottom;
  const groups: { left: number; right: number; group: 'income' | 'expense' }[] = [];
  let rowGroup: 'income' | 'expense' | undefined;
  for (const row of index.rowsBetween(headerBottom + 1, endRow)) {
    const cells = index.cellsIn(row, band);
    if (!cells.length) continue;
    const labels = cells.filter((c) => c.col < firstValueCol);
    const label = labels[labels.length - 1];
    if (!block) {
      if ((label && isBudgetTotalLabel(label.key)) || hasAmounts(cells)) {
        const total = lineAt(row, label ? cleanLabel(label.norm) : '年度资金总额');
        block = { total, parts: [], inline: [] };
        // 项目资金（元） / 全年预算数（元）: the unit named on the header rows
        const unit = moneyUnitIn(index, headerRow, headerBottom, band);
        if (unit) block.unit = unit;
        labelCol = label ? label.col : -1;
        if (cols.weight !== undefined) block.weight = view.slot(row, cols.weight);
        if (cols.rate !== undefined) block.rate = view.slot(row, cols.rate);
        if (cols.score !== undefined) block.score = view.slot(row, cols.score);
        bottom = row;
      }
      continue;
    }
    // a cell left of the line labels (under the block's merged side label) starts the next part of the form
    if (cells.some((c) => c.col < labelCol || isBudgetStop(c.key))) break;
    const groupCells = cells.filter((c) => inlineGroupHeader(c.key));
    if (groupCells.length) {
      for (const c of groupCells) groups.push({ left: c.col, right: c.right, group: inlineGroupHeader(c.key)! });
      // a header row of its own ('按支出性质分：' with no amounts): the part rows below belong to its group
      if (groupCells.length === 1 && !hasAmounts(cells)) rowGroup = inlineGroupHeader(groupCells[0].key);
      bottom = row;
      continue;
    }
    const labelInline = label ? parseInlineAmounts(label.norm).length > 0 : false;
    if (!(label && !labelInline && hasAmounts(cells))) {
      const inline = readInlineRow(index, cells, groups);
      if (inline.length) {
        block.inline.push(...inline);
        bottom = row;
        continue;
      }
    }
    if (label && cleanLabel(label.norm)) {
      const line = lineAt(row, cleanLabel(label.norm));
      if (rowGroup) line.group = rowGroup;
      block.parts.push(line);
      bottom = row;
    }
  }
  return { block, bottom };
}

function readInlineRow(
  index: SheetIndex,
  cells: IndexedCell[],
  groups: { left: number; right: number; group: 'income' | 'expense' }[],
): InlineAmount[] {
  const out: InlineAmount[] = [];
  cells.forEach((cell, i) => {
    const parts = parseInlineAmounts(cell.norm);
    if (!parts.length) return;
    const here = index.view.slot(cell.row, cell.col);
    const next = cells[i + 1];
    for (const part of parts) {
      let slot: Slot = here;
      let amount = part.amount;
      // 'label：' with its amount in the next cell
      if (amount === null && parts.length === 1 && next && next.col === cell.right + 1 && isAmountCell(next, index)) {
        slot = index.view.slot(next.row, next.col);
        const v = slot.cell.value;
        amount = typeof v === 'number' ? v : amountOf(next.text);
      }
      out.push({ label: part.label, group: groupAt(cell.col, groups) ?? inlineGroupOf(part.label), amount, slot });
    }
  });
  return out;
}

function groupAt(
  col: number,
  groups: { left: number; right: number; group: 'income' | 'expense' }[],
): 'income' | 'expense' | undefined {
  const inside = groups.find((g) => g.left <= col && col <= g.right);
  if (inside) return inside.group;
  let best: { left: number; group: 'income' | 'expense' } | undefined;
  for (const g of groups) if (g.left <= col && (!best || g.left > best.left)) best = g;
  return best?.group;
}
