// The sheets the tool writes itself: 「自评结果汇总」 (a scored copy's summary, also numbered 自评结果汇总(2) when a
// person's sheet had the name, and the bureau summary workbook) and 「检查结果」 (the pane's 「导出检查结果」).
// They name the annexes in their rows, so checking a scored copy again would read them as annex titles. They are
// recognised by their header row, not by name: a person's sheet called 自评结果汇总 is checked like any other.

import { cellAt, type SheetGrid } from './grid';
import { SUMMARY_HEADER } from './summary';
import { FINDINGS_HEADER } from './formWording';

/** Header rows the tool writes in row 1: the summary (with and without the 文件 column) and the findings list. */
const OWN_HEADERS: readonly (readonly string[])[] = [SUMMARY_HEADER, SUMMARY_HEADER.slice(1), FINDINGS_HEADER];

function cellText(grid: SheetGrid, row: number, col: number): string {
  const v = cellAt(grid, row, col).value;
  return v === null || v === undefined ? '' : String(v).trim();
}

function rowStartsWith(grid: SheetGrid, row: number, header: readonly string[]): boolean {
  return header.every((h, col) => cellText(grid, row, col) === h);
}

/** True when the sheet's first row is one of the tool's own header rows (a sheet the tool wrote). */
export function isOwnSheet(grid: SheetGrid): boolean {
  return OWN_HEADERS.some((h) => rowStartsWith(grid, 0, h));
}
