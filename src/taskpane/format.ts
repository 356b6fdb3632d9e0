// Small display helpers for the pane: rates as percentages, scores with up to two decimals,
// a table's name and label, whether its 总分 differs from the form's, and where a cell is ('附件2!H17').

import type { AnnexTable } from '../domain/model';
import type { TableResult } from '../domain/result';
import type { PaneStrings } from '../i18n/pane';
import type { CellWrite } from '../workbook/plan';
import { rectToA1, sheetRef } from '../domain/address';

/** 0.5922 → '59.22%'; null → `empty` (the pane passes 「未填」: a lone dash reads as 一 in CJK fonts). */
export function formatRate(rate: number | null | undefined, empty = '—'): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return empty;
  return `${trimNumber(rate * 100)}%`;
}

/** 98 → '98', 7.6 → '7.6', 1.255 → '1.26'; null → `empty`. */
export function formatScore(n: number | null | undefined, empty = '—'): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return empty;
  return trimNumber(n);
}

/** Rounded half away from zero to two decimals, as written (1.255 → 1.26 although 1.255 * 100 is 125.499…). */
function trimNumber(n: number): string {
  const r = Math.round(Math.abs(n) * 100 + 1e-7) / 100;
  return String(n < 0 && r !== 0 ? -r : r);
}

export function cellRef(sheet: string, cell: string): string {
  return sheetRef(sheet, cell);
}

/** A table's name: its name, else its title, else 「（未写名称）」. */
export function tableName(t: AnnexTable, s: PaneStrings): string {
  return t.name || t.title || s.noName;
}

/** '附件2 · 岳阳市住房公积金管理中心' */
export function tableLabel(t: AnnexTable, s: PaneStrings): string {
  return `${s.tableKind[t.kind]} · ${tableName(t, s)}`;
}

/** The computed 总分 and the one the form records differ (beyond rounding to two decimals). */
export function totalDiffers(r: Pick<TableResult, 'total' | 'recordedTotal'>): boolean {
  return r.total !== null && r.recordedTotal !== null && Math.abs(r.total - r.recordedTotal) > 0.005;
}

/** 'Sheet1!A1:I40' */
export function tableRange(t: AnnexTable): string {
  return sheetRef(t.sheet, rectToA1(t.range));
}

/** The value a write puts in its cell, as the officer will see it (rates as percentages). */
export function describeNew(w: Pick<CellWrite, 'value' | 'numberFormat'>): string {
  if (typeof w.value === 'number' && w.numberFormat?.includes('%')) return formatRate(w.value);
  return String(w.value);
}

/** '#1F1F1F' → true: a colour whose relative luminance is below one half (Office's dark and black themes). */
export function isDarkColor(hex: string | undefined | null): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? '');
  if (!m) return false;
  const [r, g, b] = m.slice(1).map((x) => parseInt(x, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}
