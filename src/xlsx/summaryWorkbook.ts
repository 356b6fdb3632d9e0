// Writes the bureau's summary workbook (「自评结果汇总」): one row per department/project table of every
// checked file, sorted by errors, each linking back to its source file and table.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { streamWorkbookWriter } from './exceljs';
import { SUMMARY_HEADER, sortForReview, summaryCells, type SummaryRow } from '../workbook/summary';

export const SUMMARY_SHEET = '自评结果汇总';

const WIDTHS = [28, 24, 24, 16, 9, 11, 11, 6, 7, 7, 6, 6, 40];
const RATE_COLUMN = 5;
const RATE_FORMAT = '0.00%';
const LINK_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FF0563C1' }, underline: true };
const ERROR_FONT: Partial<ExcelJS.Font> = { color: { argb: 'FFC00000' }, bold: true };

/** Formats the summary sheet's columns (rate as %, widths) on an exceljs worksheet already holding the rows. */
export function styleSummarySheet(ws: ExcelJS.Worksheet): void {
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.getColumn(RATE_COLUMN).numFmt = RATE_FORMAT;
}

/**
 * Writes the summary with exceljs's streaming writer: the same sheet (values, links, fonts, rate format,
 * widths, frozen header, filter) as the in-memory writer gives, for about half its cost (the zip is
 * deflated by Node's zlib instead of JavaScript), which a batch pays once per run.
 */
export async function writeSummaryWorkbook(rows: SummaryRow[], outPath: string): Promise<void> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const WorkbookWriter = streamWorkbookWriter();
  const wb = new WorkbookWriter({ stream: sink, useStyles: true, useSharedStrings: true });
  const ws = wb.addWorksheet(SUMMARY_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: SUMMARY_HEADER.length } };
  // column styles first: the streaming writer gives each new cell its column's style
  ws.columns = WIDTHS.map((width, i) => (i + 1 === RATE_COLUMN ? { width, style: { numFmt: RATE_FORMAT } } : { width }));
  const header = ws.addRow(SUMMARY_HEADER);
  header.font = { bold: true };
  header.commit();
  const outDir = path.dirname(path.resolve(outPath));
  for (const row of sortForReview(rows)) {
    const added = ws.addRow(summaryCells(row));
    if (row.file) {
      const rel = path.relative(outDir, path.resolve(row.file)).split(path.sep).join('/');
      const hyperlink = row.error ? rel : `${rel}#'${row.sheet.replace(/'/g, "''")}'!${row.anchor}`;
      added.getCell(1).value = { text: row.file, hyperlink };
      added.getCell(1).font = LINK_FONT;
    }
    if (row.errors > 0 || row.error) added.getCell(row.error ? 13 : 11).font = ERROR_FONT;
    added.commit();
  }
  ws.commit();
  await wb.commit();
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(outPath, Buffer.concat(chunks));
}
