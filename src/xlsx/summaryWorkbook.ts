// Writes the bureau's summary workbook (「自评结果汇总」): one row per department/project table of every
// checked file, sorted by errors, each linking back to its source file and table.

import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { SUMMARY_HEADER, sortForReview, summaryCells, type SummaryRow } from '../workbook/summary';

export const SUMMARY_SHEET = '自评结果汇总';

/** Formats the summary sheet's columns (rate as %, widths) on an exceljs worksheet already holding the rows. */
export function styleSummarySheet(ws: ExcelJS.Worksheet): void {
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  const widths = [28, 24, 24, 16, 9, 11, 11, 6, 7, 7, 6, 6, 40];
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.getColumn(5).numFmt = '0.00%';
}

export async function writeSummaryWorkbook(rows: SummaryRow[], outPath: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SUMMARY_SHEET);
  ws.addRow(SUMMARY_HEADER);
  const outDir = path.dirname(path.resolve(outPath));
  for (const row of sortForReview(rows)) {
    const cells = summaryCells(row);
    const added = ws.addRow(cells);
    if (row.file) {
      const rel = path.relative(outDir, path.resolve(row.file)).split(path.sep).join('/');
      const hyperlink = row.error ? rel : `${rel}#'${row.sheet.replace(/'/g, "''")}'!${row.anchor}`;
      added.getCell(1).value = { text: row.file, hyperlink };
      added.getCell(1).font = { color: { argb: 'FF0563C1' }, underline: true };
    }
    if (row.errors > 0 || row.error) added.getCell(row.error ? 13 : 11).font = { color: { argb: 'FFC00000' }, bold: true };
  }
  styleSummarySheet(ws);
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: SUMMARY_HEADER.length } };
  fs.mkdirSync(outDir, { recursive: true });
  await wb.xlsx.writeFile(outPath);
}
