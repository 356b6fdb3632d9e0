// Writes the bureau's summary workbook (「自评结果汇总」): one row per department/project table of every
// checked file, sorted by errors, each linking back to its source file and table.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type ExcelJS from 'exceljs';
import { Workbook } from './exceljs';
import { SUMMARY_HEADER, sortForReview, summaryCells, type SummaryRow } from '../workbook/summary';
import type { ExtraSheet } from './extraSheet';
import { sheetRef } from '../domain/address';

export const SUMMARY_SHEET = '自评结果汇总';

const WIDTHS = [28, 24, 24, 16, 9, 11, 11, 6, 7, 7, 6, 6, 40];
const RATE_COLUMN = 5;
const RATE_FORMAT = '0.00%';
const ERRORS_COLUMN = 11;
const REASON_COLUMN = 13;
const PLACE_COLUMN = 4;
const LINK_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF0563C1' }, underline: true };
const ERROR_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FFC00000' }, bold: true };

/** A link to a cell of the workbook: `#'附件3'!H17`. */
function cellLink(sheet: string, cell: string): string {
  return '#' + sheetRef(sheet, cell, true);
}

/**
 * The 「自评结果汇总」 sheet a scored copy gets: one row per table of the file, its 位置 linking to the table, the header
 * in bold and 执行率 as a percentage.
 */
export function summarySheet(rows: SummaryRow[]): ExtraSheet {
  return {
    name: SUMMARY_SHEET,
    rows: [SUMMARY_HEADER, ...rows.map((r) => summaryCells({ ...r, file: undefined }))],
    links: rows.map((r, i) => ({ row: i + 1, col: PLACE_COLUMN - 1, target: cellLink(r.sheet, r.anchor) })),
    boldHeader: true,
    numberFormats: [{ col: RATE_COLUMN - 1, format: RATE_FORMAT }],
  };
}

/** Formats the summary sheet (bold frozen header with a filter, rate as %, widths) on a worksheet holding the rows. */
function styleSummarySheet(ws: ExcelJS.Worksheet): void {
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: SUMMARY_HEADER.length } };
  WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.getColumn(RATE_COLUMN).numFmt = RATE_FORMAT;
}

/**
 * Writes the summary with exceljs's in-memory writer, its zip stored rather than deflated. A summary is small
 * (about 0.75 KB a row stored), and deflating it is the costliest part of writing it once per run: exceljs's
 * in-memory writer deflates with JavaScript (pako) and its streaming writer loads archiver, each ~35 ms of a
 * 100-file batch that the bureau pays every time, against a file a few hundred KB larger.
 */
export async function writeSummaryWorkbook(rows: SummaryRow[], outPath: string): Promise<void> {
  const wb = new Workbook();
  const ws = wb.addWorksheet(SUMMARY_SHEET);
  ws.addRow(SUMMARY_HEADER);
  const outDir = path.dirname(path.resolve(outPath));
  for (const row of sortForReview(rows)) {
    const added = ws.addRow(summaryCells(row));
    if (row.file) {
      const rel = path.relative(outDir, path.resolve(row.file)).split(path.sep).join('/');
      const hyperlink = row.error ? rel : rel + cellLink(row.sheet, row.anchor);
      const link = added.getCell(1);
      link.value = { text: row.file, hyperlink };
      link.font = LINK_FONT;
    }
    if (row.errors > 0 || row.error) added.getCell(row.error ? REASON_COLUMN : ERRORS_COLUMN).font = ERROR_FONT;
  }
  styleSummarySheet(ws);
  const bytes = await wb.xlsx.writeBuffer({ zip: { compression: 'STORE' } });
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(outPath, Buffer.from(bytes));
}
