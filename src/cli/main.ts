// `jixiao check <file.xlsx|folder>... [--json] [--profile NAME] [--out DIR]`: reads each workbook,
// runs the pipeline, prints a zh-CN report (or one JSON array), and optionally writes scored copies.
// Exit codes: 0 no error-level finding, 1 some error-level finding, 2 bad usage or an unreadable file.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { PROFILES, getProfile } from '../domain/profiles';
import type { RuleProfile } from '../domain/profile';
import { checkWorkbook } from '../workbook/check';
import { openWorkbookFile, sheetToGrid } from '../xlsx/read';
import { saveScoredCopy } from '../xlsx/apply';
import { SUMMARY_HEADER, summarize, summaryCells, type SummaryRow } from '../workbook/summary';
import { SUMMARY_SHEET, writeSummaryWorkbook } from '../xlsx/summaryWorkbook';
import { renderHtmlReport } from './htmlReport';
import { errorReport, formatTextReport, hasErrors, toFileReport, type FileReport } from './report';

export interface CliIO {
  out: (s: string) => void;
  err: (s: string) => void;
}

const defaultIO: CliIO = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
};

interface CheckFlags {
  json?: boolean;
  profile?: string;
  out?: string;
  summary?: string;
  html?: string;
}

/** Runs the CLI with argv (without 'node' and the script path) and returns the exit code. */
export async function run(argv: string[], io: CliIO = defaultIO): Promise<number> {
  let exitCode = 0;
  const program = new Command('jixiao')
    .description('绩效自评助手：检查并计算预算绩效自评表（附件1/2/3）')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });

  program
    .command('check')
    .description('检查一个或多个工作簿（.xlsx 文件或文件夹），按评分规则计算执行率、得分、总分和等级')
    .argument('<paths...>', '.xlsx 文件或包含 .xlsx 文件的文件夹')
    .option('--json', '输出 JSON（每个文件一个对象）')
    .addOption(
      new Option('--profile <name>', `评分规则（${PROFILES.map((p) => p.id).join(' | ')}）`).default(PROFILES[0].id),
    )
    .option('--out <dir>', '把计算结果写入工作簿副本（含「自评结果汇总」表），保存到此文件夹')
    .option('--summary <file.xlsx>', '把所有文件的自评结果汇总写入一个工作簿（每张表一行，按错误数排序）')
    .option('--html <file.html>', '生成独立的 HTML 报告（总分图表和问题清单）')
    .action(async (paths: string[], flags: CheckFlags) => {
      exitCode = await check(paths, flags, io);
    });

  if (argv.length === 0) {
    io.err(program.helpInformation());
    return 2;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 2;
    }
    io.err(`jixiao：${(e as Error).message}\n`);
    return 2;
  }
  return exitCode;
}

async function check(paths: string[], flags: CheckFlags, io: CliIO): Promise<number> {
  let profile: RuleProfile;
  try {
    profile = getProfile(flags.profile);
  } catch (e) {
    io.err(`jixiao：${(e as Error).message}\n`);
    return 2;
  }
  const { files, missing } = expandPaths(paths);
  // Reports are kept only for the outputs that list them all (--json, --html); otherwise each is printed
  // and dropped, so a batch holds just the small summary rows.
  const keepReports = !!(flags.json || flags.html);
  const reports: FileReport[] = [];
  const rows: SummaryRow[] = [];
  let unreadable = missing.length > 0;
  let errors = false;
  for (const m of missing) {
    io.err(`jixiao：找不到文件或文件夹：${m}\n`);
    if (keepReports) reports.push(errorReport(m, `找不到文件或文件夹：${m}`));
    rows.push(unreadableRow(m, `找不到文件或文件夹：${m}`));
  }
  if (files.length === 0 && missing.length === 0) {
    io.err(`jixiao：${paths.join('、')} 中没有 .xlsx 文件\n`);
    return 2;
  }
  for (const [i, file] of files.entries()) {
    if (files.length > 1) io.err(`[${i + 1}/${files.length}] ${file}\n`);
    const { report, summary } = await checkFile(file, profile, flags.out);
    if (report.error) {
      unreadable = true;
      io.err(`jixiao：${report.error}\n`);
    }
    if (keepReports) reports.push(report);
    if (hasErrors([report])) errors = true;
    rows.push(...summary);
    if (!flags.json) io.out(formatTextReport(report) + '\n\n');
  }
  if (flags.json) io.out(JSON.stringify(reports, null, 2) + '\n');
  try {
    if (flags.summary) {
      await writeSummaryWorkbook(rows, flags.summary);
      io.err(`汇总已写入：${flags.summary}\n`);
    }
    if (flags.html) {
      fs.mkdirSync(path.dirname(path.resolve(flags.html)), { recursive: true });
      fs.writeFileSync(flags.html, renderHtmlReport({ rows, findings: reports }));
      io.err(`HTML 报告已写入：${flags.html}\n`);
    }
  } catch (e) {
    io.err(`jixiao：无法写入汇总：${(e as Error).message}\n`);
    return 2;
  }
  if (unreadable) return 2;
  return errors ? 1 : 0;
}

function unreadableRow(file: string, error: string): SummaryRow {
  const none = { rate: null, total: null, recordedTotal: null, grade: null, failed: 0, review: 0, errors: 0, warnings: 0 };
  return { file, sheet: '', range: '', anchor: 'A1', kind: 'project', name: '', ...none, error };
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
): Promise<{ report: FileReport; summary: SummaryRow[] }> {
  let wb;
  try {
    wb = await openWorkbookFile(file);
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
      };
      // The copy is written from the workbook the grids came from: the input file is parsed once and never written.
      await saveScoredCopy(wb, result.plan, scoredCopyPath(file, outDir), { sheets: [sheet] });
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

/** Files as given, folders expanded to their .xlsx files (recursively, sorted; Excel lock files skipped). */
export function expandPaths(paths: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const collator = new Intl.Collator(); // the order localeCompare gives, without a collator per comparison
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => collator.compare(a.name, b.name))) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (/\.xlsx$/i.test(entry.name) && !entry.name.startsWith('~$')) files.push(p);
    }
  };
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      missing.push(p);
      continue;
    }
    if (stat.isDirectory()) walk(p);
    else files.push(p);
  }
  return { files, missing };
}
