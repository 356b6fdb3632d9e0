// Excel error values in cells. The grid contract (src/workbook/grid.ts): an error value is its code, as value and
// as text ('#N/A', '#REF!', '#DIV/0!'), exactly what Office.js `Range.values` returns for it and what the exceljs
// adapter gives for { error } cells and error results of formulas. Excel itself turns a typed '#N/A' into the error,
// so a cell whose value is exactly a code is taken as that error.

import type { RawCell } from './types';

const CODE_RE =
  /^#(?:N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BUSY!|BLOCKED!|CONNECT!|UNKNOWN!|EXTERNAL!|PYTHON!|GETTING_DATA)$/;

/** The error code a cell holds ('#N/A'), or null when it holds no error value. */
export function excelError(cell: RawCell | undefined): string | null {
  const v = cell?.value;
  return typeof v === 'string' && v.charCodeAt(0) === 35 /* # */ && CODE_RE.test(v) ? v : null;
}
