// The `jixiao check` report: the stable JSON contract (one object per file) and its readable zh-CN text form.

import type { Finding, Severity } from '../domain/types';
import type { AnyTableResult, BudgetResult, IndicatorStatus } from '../domain/result';
import type { Explanation } from '../domain/explain';
import { explainZh } from '../i18n/explain';
import { rectToA1, sheetRef } from '../domain/address';
import { clipEcho, stripControl } from '../domain/echo';
import type { CheckResult } from '../workbook/check';
import { ownLabel, type SummaryRow } from '../workbook/summary';
import { cliMessages as m } from '../i18n/zh-CN/cli';
import { renderFinding, withoutPlace } from '../i18n/findings';

/** Longest cell text a JSON report repeats (a 10 MB cell is not echoed whole). */
const JSON_TEXT_MAX = 200;
const echo = (s: string): string => clipEcho(s, JSON_TEXT_MAX);

interface BudgetJson {
  initial: number | null;
  fullYear: number | null;
  executed: number | null;
  weight: number | null;
  rate: number | null;
  score: number | null;
  recordedRate: number | null;
  recordedScore: number | null;
  /** How the rate and score were worked out, in zh-CN (as the evaluation says it). */
  explanation?: string;
}

export interface IndicatorJson {
  cell: string;
  level1: string;
  level2: string;
  name: string;
  target: string;
  actual: string;
  weight: number | null;
  score: number | null;
  recorded: number | null;
  status: IndicatorStatus;
  /** A 其中 row: a detail of the indicator above, listed and judged but not counted as an indicator. */
  detail?: true;
}

interface TableJson {
  kind: 'basic' | 'department' | 'project';
  sheet: string;
  range: string;
  name: string;
  /** An unscored 绩效目标自评表: its own title, shown instead of the annex's name. */
  label?: string;
  /** The table's sheet is hidden ('hidden') or very hidden ('veryHidden'); absent when visible. */
  hiddenSheet?: 'hidden' | 'veryHidden';
  budget: BudgetJson | null;
  indicators: IndicatorJson[];
  total: number | null;
  recordedTotal: number | null;
  grade: string | null;
  /** 附件1 only: 实际在职人数 ÷ 编制数 (computed) and as printed. */
  staffingRate?: number | null;
  recordedStaffingRate?: number | null;
}

export interface FindingJson {
  severity: Severity;
  code: string;
  sheet: string;
  cell: string;
  /** The finding in zh-CN, as the text report prints it. */
  message: string;
  /** The facts behind the message (see src/domain/findings.ts), for programs reading the JSON. */
  params: Finding['params'];
}

export interface FileReport {
  file: string;
  tables: TableJson[];
  findings: FindingJson[];
  /** Present only when the file could not be read; then tables and findings are empty. */
  error?: string;
  /** Present only when --out's copy could not be written in place and was rewritten by exceljs: why, and what it lost. */
  copyNotice?: string;
}

export function toFileReport(file: string, result: CheckResult): FileReport {
  // the plan words a conflict for the pane (its preview dialog has a tick box); the command says what it does
  const conflicts = new Map(result.plan.conflicts.map((w) => [`${w.sheet}!${w.address}`, w]));
  const worded = (f: Finding): string => {
    const c = f.code === 'cell-conflict' ? conflicts.get(`${f.sheet}!${f.cell}`)?.conflict : undefined;
    if (!c) return renderFinding(f, 'zh-CN');
    const where = `${f.sheet}!${f.cell}`;
    return c.formula !== undefined
      ? m.conflictFormula(where, c.formula, c.current, c.expected, c.why)
      : m.conflict(where, c.current, c.expected, c.why);
  };
  return {
    file,
    tables: result.evaluation.results.map((r) => withHidden(tableJson(r), result.hiddenSheets?.[r.table.sheet])),
    findings: result.findings.map((f) => findingJson(f, worded(f))),
  };
}

/** The object --json prints: a file that could not be read has `error` and no tables or findings (README). */
export function reportJson(report: FileReport): FileReport | { file: string; error: string } {
  return report.error !== undefined ? { file: report.file, error: report.error } : report;
}

export function errorReport(file: string, message: string): FileReport {
  return { file, tables: [], findings: [], error: message };
}

function withHidden(t: TableJson, hidden: 'hidden' | 'veryHidden' | undefined): TableJson {
  return hidden ? { ...t, hiddenSheet: hidden } : t;
}

function tableJson(r: AnyTableResult): TableJson {
  const base = { sheet: r.table.sheet, range: rectToA1(r.table.range), name: echo(r.table.name) };
  if (r.kind === 'basic') {
    return {
      kind: 'basic',
      ...base,
      budget: null,
      indicators: [],
      total: null,
      recordedTotal: null,
      grade: null,
      staffingRate: r.staffingRate,
      recordedStaffingRate: r.recordedStaffingRate,
    };
  }
  const label = ownLabel(r.table);
  return {
    kind: r.kind,
    ...base,
    ...(label ? { label: echo(label) } : {}),
    budget: r.budget ? budgetJson(r.budget) : null,
    indicators: r.indicators.map((i, n) => ({
      cell: i.cell,
      level1: echo(i.level1),
      level2: echo(i.level2),
      name: echo(i.name),
      target: echo(i.targetText),
      actual: echo(i.actualText),
      weight: i.weight,
      score: i.score,
      recorded: i.recorded,
      status: i.status,
      ...(r.table.indicators[n]?.part === 'detail' ? { detail: true as const } : {}),
    })),
    total: r.total,
    recordedTotal: r.recordedTotal,
    grade: r.grade,
  };
}

/** The budget as evaluated; its explanation (when the evaluation gives one) as the zh-CN sentence. */
function budgetJson(b: BudgetResult & { explanation?: Explanation }): BudgetJson {
  const { explanation } = b;
  return explanation === undefined ? ({ ...b } as BudgetJson) : { ...b, explanation: explainZh(explanation) };
}

/** A finding for the JSON report: its message as the text report prints it, without the place `sheet` and `cell` give. */
function findingJson(f: Finding, message: string): FindingJson {
  return {
    severity: f.severity,
    code: f.code,
    sheet: f.sheet,
    cell: f.cell,
    message: withoutPlace(message, f),
    params: f.params,
  };
}

export function hasErrors(reports: FileReport[]): boolean {
  return reports.some((r) => r.findings.some((f) => f.severity === 'error'));
}

// ---- readable text ---------------------------------------------------------------------------

const KIND_LABEL: Record<TableJson['kind'], string> = {
  basic: '附件1 部门整体支出绩效评价基础数据表',
  department: '附件2 部门整体支出绩效自评表',
  project: '附件3 项目支出绩效自评表',
};
const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

// (a number so large that rounding it overflows — 1.7e308 — is printed as it is, never as Infinity)
const num = (n: number | null | undefined): string =>
  n === null || n === undefined ? '—' : Number.isFinite(n * 100) ? String(Math.round(n * 100) / 100) : String(n);
const pct = (n: number | null | undefined): string =>
  n === null || n === undefined
    ? '—'
    : Number.isFinite(n * 10000)
      ? `${(Math.round(n * 10000) / 100).toFixed(2)}%`
      : `${String(n)}×100%`;

/** The readable report of one file, without control characters (cell text can hold escape sequences). */
export function formatTextReport(report: FileReport): string {
  return stripControl(textReport(report));
}

function textReport(report: FileReport): string {
  const out: string[] = [`文件：${report.file}`];
  if (report.error) {
    out.push(`  无法检查：${report.error}`);
    return out.join('\n');
  }
  if (report.tables.length === 0) out.push('  未找到绩效自评表。');
  for (const t of report.tables) {
    const hidden = t.hiddenSheet === 'veryHidden' ? '（深度隐藏的工作表）' : t.hiddenSheet ? '（隐藏的工作表）' : '';
    out.push(
      `  ${t.label ?? KIND_LABEL[t.kind]}${t.name ? `「${t.name}」` : ''}  ${sheetRef(t.sheet, t.range)}${hidden}`,
    );
    if (t.kind === 'basic') {
      out.push(`    在职人员控制率：计算 ${pct(t.staffingRate)}，表中 ${pct(t.recordedStaffingRate)}`);
      continue;
    }
    const b = t.budget;
    if (b) {
      out.push(
        `    预算执行：全年预算数 ${num(b.fullYear)}，全年执行数 ${num(b.executed)}，执行率 ${pct(b.rate)}（表中 ${pct(b.recordedRate)}），` +
          `得分 ${num(b.score)}/${num(b.weight)}（表中 ${num(b.recordedScore)}）`,
      );
    }
    const rows = t.indicators.filter((i) => i.detail !== true); // 其中 rows are details, not indicators of their own
    const count = (s: IndicatorStatus) => rows.filter((i) => i.status === s).length;
    // a missed target is 未达标 whether it kept part of its points or none, as its finding and the pane's count say
    const partial = count('partial');
    out.push(
      `    指标 ${rows.length} 项：达标 ${count('met')}，未达标 ${partial + count('failed')}${partial ? `（其中部分得分 ${partial}）` : ''}，` +
        `待复核 ${count('review')}，不适用 ${count('notApplicable')}，无法识别 ${count('unparsed')}`,
    );
    out.push(`    总分 ${num(t.total)}（表中 ${num(t.recordedTotal)}），等级 ${t.grade ?? '—'}`);
  }
  // a person's value the rule disagrees with is said once, by its error; the write plan's 「保留原值」 notice for the
  // same cell is folded into one closing line (the JSON keeps every finding)
  const errorAt = new Set(report.findings.filter((f) => f.severity === 'error').map((f) => `${f.sheet}!${f.cell}`));
  const folded = report.findings.filter((f) => f.code === 'cell-conflict' && errorAt.has(`${f.sheet}!${f.cell}`));
  const shown = folded.length ? report.findings.filter((f) => !folded.includes(f)) : report.findings;
  if (shown.length) {
    out.push('  发现的问题：');
    for (const f of shown)
      out.push(`    [${SEVERITY_LABEL[f.severity]}] ${sheetRef(f.sheet, f.cell)}  ${withoutPlace(f.message, f)}`);
    if (folded.length)
      out.push(
        `    ${m.keptValues(
          folded.length,
          folded.map((f) => sheetRef(f.sheet, f.cell)),
        )}`,
      );
  }
  const c = (s: Severity) => shown.filter((f) => f.severity === s).length;
  out.push(`  合计：错误 ${c('error')}，警告 ${c('warning')}，提示 ${c('info')}`);
  return out.join('\n');
}

/** The summary row of a file that could not be read or holds no annex table, with the reason. */
export function unreadableRow(file: string, error: string): SummaryRow {
  const none = {
    rate: null,
    total: null,
    recordedTotal: null,
    grade: null,
    failed: 0,
    review: 0,
    errors: 0,
    warnings: 0,
  };
  return { file, sheet: '', range: '', anchor: 'A1', kind: 'project', name: '', ...none, error };
}
