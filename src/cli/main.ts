// `jixiao check <file.xlsx|folder>... [--json] [--profile NAME] [--out DIR]`: reads each workbook,
// runs the pipeline, prints a zh-CN report (or one JSON array), and optionally writes scored copies.
// Exit codes: 0 no error-level finding, 1 some error-level finding, 2 bad usage, an unreadable file, or an output
// (--out/--summary/--html) that could not be written or would overwrite an input (the results are printed all the same).

import * as fs from 'node:fs';
import * as path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { PROFILES, getProfile } from '../domain/profiles';
import { UnknownProfileError } from '../domain/profile';
import { unknownProfileMessage } from '../i18n/profileError';
import type { RuleProfile } from '../domain/profile';
import type { SummaryRow } from '../workbook/summary';
import { checkFile } from './checkFile';
import { errorReport, formatTextReport, hasErrors, reportJson, unreadableRow, type FileReport } from './report';
import { cannotWrite, copyPaths, ensureDir, overwriteRefusal, prepareFileOutput } from './outputs';
import { cliMessages } from '../i18n/zh-CN/cli';

interface CliIO {
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
  final?: boolean;
  summary?: string;
  html?: string;
}

/** Terminal columns of a help line: East Asian wide and full-width characters take two. */
function displayWidth(s: string): number {
  let n = 0;
  for (const ch of s)
    n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 2
      : 1;
  return n;
}

/** Runs the CLI with argv (without 'node' and the script path) and returns the exit code. */
export async function run(argv: string[], io: CliIO = defaultIO): Promise<number> {
  let exitCode = 0;
  // zh-CN through commander's own hooks (set before the subcommand, which inherits them): headings via styleTitle,
  // usage lines, the help option and command, defaults, and usage errors via outputError.
  const program = new Command('jixiao')
    .description('绩效自评助手：检查并计算预算绩效自评表（附件1/2/3）')
    .usage(cliMessages.programUsage)
    .exitOverride()
    .configureOutput({
      writeOut: io.out,
      writeErr: io.err,
      outputError: (s, write) => write(cliMessages.usageError(s)),
    })
    .configureHelp({
      styleTitle: (title) => cliMessages.helpTitles[title] ?? title,
      displayWidth, // CJK characters take two columns, so the descriptions line up
      subcommandTerm: (cmd) => `${cmd.name()} ${cmd.usage()}`,
      optionDescription: (o) =>
        o.defaultValue !== undefined && !o.isBoolean()
          ? `${o.description}${cliMessages.defaultValue(o.defaultValueDescription ?? String(o.defaultValue))}`
          : o.description,
    })
    .helpOption('-h, --help', cliMessages.helpOption)
    .helpCommand('help [命令]', cliMessages.helpCommand)
    .showHelpAfterError(cliMessages.helpAfterError);

  program
    .command('check')
    .description('检查一个或多个工作簿（.xlsx 文件或文件夹），按评分规则计算执行率、得分、总分和等级')
    .usage(cliMessages.checkUsage)
    .argument('<文件或文件夹...>', '.xlsx 文件或包含 .xlsx 文件的文件夹')
    .option('--json', '输出 JSON（每个文件一个对象）')
    .addOption(
      new Option('--profile <规则>', `评分规则（${PROFILES.map((p) => p.id).join(' | ')}）`).default(PROFILES[0].id),
    )
    .option('--out <文件夹>', '把计算结果写入工作簿副本（含「自评结果汇总」表），保存到此文件夹')
    .option('--final', '生成供提交的副本（与 --out 同用）：只写入计算结果，不加突出显示和「自评结果汇总」表')
    .option('--summary <汇总.xlsx>', '把所有文件的自评结果汇总写入一个工作簿（每张表一行，按错误数排序）')
    .option('--html <报告.html>', '生成独立的 HTML 报告（总分图表和问题清单）')
    .addHelpText('after', cliMessages.checkExamples)
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
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help')
        return 0;
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
    io.err(`jixiao：${e instanceof UnknownProfileError ? unknownProfileMessage(e) : (e as Error).message}\n`);
    return 2;
  }
  if (flags.final && !flags.out) {
    io.err('jixiao：--final 需要与 --out 一起使用（例如 --out 提交版 --final）\n');
    return 2;
  }
  const { files, missing, special } = expandPaths(paths);
  // Reports are kept only for the outputs that list them all (--json, --html); otherwise each is printed
  // and dropped, so a batch holds just the small summary rows.
  const keepReports = !!(flags.json || flags.html);
  const reports: FileReport[] = [];
  const rows: SummaryRow[] = [];
  let unreadable = missing.length + special.length > 0;
  let errors = false;
  const skipped = [
    ...missing.map((m) => [m, `找不到文件或文件夹：${m}`]),
    ...special.map((s) => [s, `${s} 不是普通文件（管道、设备等），未读取`]),
  ];
  for (const [m, why] of skipped) {
    io.err(`jixiao：${why}\n`);
    if (keepReports) reports.push(errorReport(m, why));
    rows.push(unreadableRow(m, why));
  }
  if (files.length === 0 && skipped.length === 0) {
    io.err(`jixiao：${paths.join('、')} 中没有 .xlsx 文件\n`);
    if (flags.json) io.out('[]\n'); // the JSON contract holds: one array, here empty
    return 2;
  }
  // Where every output goes is decided before any file is read: an output that would overwrite an input (or another
  // output) refuses the run; one that cannot be written is said at once and the check still runs (exit 2 at the end).
  const copies = flags.out ? copyPaths(files, flags.out) : undefined;
  const targets: [string, string][] = [
    ...[...(copies?.values() ?? [])].map((c): [string, string] => ['--out', c]),
    ...(flags.summary ? [['--summary', flags.summary] as [string, string]] : []),
    ...(flags.html ? [['--html', flags.html] as [string, string]] : []),
  ];
  const refusal = overwriteRefusal(files, targets);
  if (refusal) {
    io.err(`jixiao：${refusal}\n`);
    return 2;
  }
  let outputFailed = false;
  const blocked = (what: 'out' | 'summary' | 'html', target: string, e: unknown) => {
    outputFailed = true;
    io.err(`jixiao：${cannotWrite(what, target, e)}\n`);
  };
  let writeCopies = !!copies;
  if (flags.out) {
    try {
      ensureDir(flags.out);
    } catch (e) {
      blocked('out', flags.out, e);
      writeCopies = false;
    }
  }
  const ready = (what: 'summary' | 'html', file: string | undefined): boolean => {
    if (!file) return false;
    try {
      prepareFileOutput(file);
      return true;
    } catch (e) {
      blocked(what, file, e);
      return false;
    }
  };
  const writeSummary = ready('summary', flags.summary);
  const writeHtml = ready('html', flags.html);

  for (const [i, file] of files.entries()) {
    if (files.length > 1) io.err(`[${i + 1}/${files.length}] ${file}\n`);
    const { report, summary, notice, copy, writeError } = await checkFile(
      file,
      profile,
      writeCopies ? copies?.get(file) : undefined,
      flags.final,
    );
    if (notice) io.err(`${notice}\n`);
    if (copy) io.err(`${cliMessages.copyWritten(file, copy)}\n`);
    if (writeError) {
      outputFailed = true;
      io.err(`jixiao：${writeError}\n`);
    }
    if (report.error) {
      unreadable = true;
      io.err(`jixiao：${report.error}\n`);
    }
    if (keepReports) reports.push(report);
    if (hasErrors([report])) errors = true;
    rows.push(...summary);
    if (!flags.json) io.out(formatTextReport(report) + '\n\n');
  }
  if (flags.json) io.out(JSON.stringify(reports.map(reportJson), null, 2) + '\n');
  if (writeSummary && flags.summary) {
    try {
      const { writeSummaryWorkbook } = await import('../xlsx/summaryWorkbook');
      await writeSummaryWorkbook(rows, flags.summary);
      io.err(`汇总已写入：${flags.summary}\n`);
    } catch (e) {
      blocked('summary', flags.summary, e);
    }
  }
  if (writeHtml && flags.html) {
    try {
      const { renderHtmlReport } = await import('./htmlReport');
      fs.writeFileSync(flags.html, renderHtmlReport({ rows, findings: reports }));
      io.err(`HTML 报告已写入：${flags.html}\n`);
    } catch (e) {
      blocked('html', flags.html, e);
    }
  }
  // 2: an input could not be read or an output could not be written (the results above are complete either way)
  if (unreadable || outputFailed) return 2;
  return errors ? 1 : 0;
}

/** Files as given, folders expanded to their .xlsx (and old .xls/.et) files (recursively, sorted; lock files skipped). */
function expandPaths(paths: string[]): { files: string[]; missing: string[]; special: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  // a pipe, socket or device named like a workbook: reading it would wait forever (a named pipe) or never end
  const special: string[] = [];
  const regular = (p: string) => {
    try {
      return fs.statSync(p).isFile();
    } catch {
      return false;
    }
  };
  const collator = new Intl.Collator(); // the order localeCompare gives, without a collator per comparison
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => collator.compare(a.name, b.name))) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(p);
      // .xls/.et are listed too, so the batch names them as rows with the reason instead of skipping them silently
      else if (/\.(xlsx|xls|et)$/i.test(entry.name) && !entry.name.startsWith('~$'))
        (regular(p) ? files : special).push(p);
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
    else (stat.isFile() ? files : special).push(p);
  }
  return { files, missing, special };
}
