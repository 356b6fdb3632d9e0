// Checking one workbook file for the CLI: read it once with exceljs, run the pipeline, and (with --out) write the
// scored copy with a 「自评结果汇总」 sheet from that same workbook.

import * as path from 'node:path';
import type { RuleProfile } from '../domain/profile';
import { checkWorkbook } from '../workbook/check';
import { SUMMARY_HEADER, summarize, summaryCells, type SummaryRow } from '../workbook/summary';
import { loadWorkbook, readFileBytes, sheetToGrid } from '../xlsx/read';
import { writeCopyOfBytes } from '../xlsx/apply';
import { SUMMARY_SHEET, SUMMARY_SHEET_STYLE } from '../xlsx/summaryWorkbook';
import { xlsxMessages } from '../i18n/zh-CN/xlsx';
import { errorReport, toFileReport, unreadableRow, type FileReport } from './report';

export interface CheckedFile {
  report: FileReport;
  summary: SummaryRow[];
  /** Said on stderr: what the scored copy could not keep (charts, pivot tables …). */
  notice?: string;
}

/**
 * Reads, checks and (with --out) writes the scored copy of one file, with a 「自评结果汇总」 sheet.
 * Never throws: an unreadable file comes back as a report with `error` and one summary row saying why.
 * Only the small report and summary rows are kept, so a batch's memory stays flat in the number of files.
 */
export async function checkFile(
  file: string,
  profile: RuleProfile,
  outDir?: string,
  /** --final: a copy for submission — values written, no highlights, no summary sheet. */
  final = false,
): Promise<CheckedFile> {
  let wb;
  let bytes: Buffer;
  try {
    bytes = readFileBytes(file); // read once: for exceljs, and for what the copy cannot keep
    wb = await loadWorkbook(bytes, path.basename(file));
  } catch (e) {
    const message = (e as Error).message;
    return { report: errorReport(file, message), summary: [unreadableRow(file, message)] };
  }
  try {
    const result = checkWorkbook(wb.worksheets.map(sheetToGrid), { profile });
    const report = toFileReport(file, result);
    const summary = summarize(result, file);
    if (summary.length === 0) summary.push(unreadableRow(file, '未找到绩效自评表（附件1/2/3）'));
    if (outDir) {
      const sheet = {
        name: SUMMARY_SHEET,
        rows: [SUMMARY_HEADER, ...summary.map((r) => summaryCells({ ...r, file: undefined }))],
        links: summary.map((r, i) => ({ row: i + 1, col: 3, target: `#'${r.sheet.replace(/'/g, "''")}'!${r.anchor}` })),
        ...SUMMARY_SHEET_STYLE,
      };
      // The copy is written from the workbook the grids came from: the input file is parsed once and never written.
      const copy = scoredCopyPath(file, outDir);
      const plan = final ? { ...result.plan, fills: [] } : result.plan;
      const rewrite = await writeCopyOfBytes(bytes, plan, copy, { sheets: final ? [] : [sheet] }, wb);
      if (rewrite) {
        const notice = xlsxMessages.copyRewritten(file, rewrite.reason, copy, rewrite.lost);
        return { report: { ...report, copyNotice: notice }, summary, notice };
      }
    }
    return { report, summary };
  } catch (e) {
    const message = `检查 ${path.basename(file)} 时出错：${(e as Error).message}`;
    return { report: errorReport(file, message), summary: [unreadableRow(file, message)] };
  }
}

/** 'a/b/单位.xlsx' + 'out' → 'out/单位.scored.xlsx' (never the input itself). */
export function scoredCopyPath(file: string, outDir: string): string {
  const base = path.basename(file).replace(/\.xlsx$/i, '');
  return path.join(outDir, `${base}.scored.xlsx`);
}

