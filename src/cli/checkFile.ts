// Checking one workbook file for the CLI: read it once with exceljs, run the pipeline, and (with --out) write the
// scored copy with a 「自评结果汇总」 sheet by editing the original package.

import * as path from 'node:path';
import type { RuleProfile } from '../domain/profile';
import { checkWorkbook } from '../workbook/check';
import type { WritePlan } from '../workbook/plan';
import { summarize, type SummaryRow } from '../workbook/summary';
import { loadWorkbook, readFileBytes, sheetToGrid } from '../xlsx/read';
import { writeCopyOfBytes } from '../xlsx/apply';
import { summarySheet } from '../xlsx/summaryWorkbook';
import { xlsxMessages } from '../i18n/zh-CN/xlsx';
import { errorReport, toFileReport, unreadableRow, type FileReport } from './report';
import { cannotWrite, prepareFileOutput } from './outputs';
import { zhFormWording } from '../i18n/zh-CN/formWording';

interface CheckedFile {
  report: FileReport;
  summary: SummaryRow[];
  /** Said on stderr: why the copy had to be rewritten and what it lost. */
  notice?: string;
  /** The scored copy written (with a copy path). */
  copy?: string;
  /** Why the scored copy could not be written (zh-CN, naming the path); the report stands. */
  writeError?: string;
}

/**
 * Reads, checks and (given `copy`, the path --out chose) writes the scored copy of one file, with a 「自评结果汇总」
 * sheet (none with `final`: a copy for submission, values written, no highlights). Never throws: an unreadable file
 * comes back as a report with `error` and one summary row saying why; a copy that cannot be written comes back as
 * `writeError` beside the full report.
 * Only the small report and summary rows are kept, so a batch's memory stays flat in the number of files.
 */
export async function checkFile(
  file: string,
  profile: RuleProfile,
  copy?: string,
  final = false,
): Promise<CheckedFile> {
  let wb;
  let bytes: Buffer;
  try {
    bytes = readFileBytes(file); // read once: for exceljs, and for the copy's package
    wb = await loadWorkbook(bytes, path.basename(file));
  } catch (e) {
    const message = (e as Error).message;
    return { report: errorReport(file, message), summary: [unreadableRow(file, message)] };
  }
  let checked: CheckedFile;
  let plan: WritePlan;
  try {
    const result = checkWorkbook(wb.worksheets.map(sheetToGrid), { profile, wording: zhFormWording });
    plan = result.plan;
    const summary = summarize(result, file);
    if (summary.length === 0) summary.push(unreadableRow(file, '未找到绩效自评表（附件1/2/3）'));
    checked = { report: toFileReport(file, result), summary };
  } catch (e) {
    const message = `检查 ${path.basename(file)} 时出错：${(e as Error).message}`;
    return { report: errorReport(file, message), summary: [unreadableRow(file, message)] };
  }
  if (!copy) return checked;
  let rewrite;
  try {
    // The copy is written from the package the grids came from: the input file is read once and never written.
    prepareFileOutput(copy); // its folder, made without fs.mkdir's recursive mode (which never returns under /proc)
    const written = final ? { ...plan, fills: [] } : plan;
    rewrite = await writeCopyOfBytes(
      bytes,
      written,
      copy,
      { sheets: final ? [] : [summarySheet(checked.summary)] },
      wb,
    );
  } catch (e) {
    return { ...checked, writeError: cannotWrite('out', copy, e) };
  }
  if (!rewrite) return { ...checked, copy };
  const notice = xlsxMessages.copyRewritten(file, rewrite.reason, copy, rewrite.lost);
  return { ...checked, report: { ...checked.report, copyNotice: notice }, copy, notice };
}
