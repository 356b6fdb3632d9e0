// 「自评结果汇总」: one row per annex table (kind, name, 执行率, 总分 computed vs recorded, 等级, counts of
// failed / to-review indicators and of error / warning findings). Built from a CheckResult; used by the
// CLI's scored copy and bureau summary, and by the task pane's export.

import { clipEcho, stripControl } from '../domain/echo';
import type { AnnexTable, Rect } from '../domain/model';
import type { Finding } from '../domain/types';
import type { CheckResult } from './check';
import { fromA1, rectToA1, sheetRef, toA1 } from '../domain/address';

export interface SummaryRow {
  file?: string;
  sheet: string;
  range: string; // 'A1:I36'
  anchor: string; // top-left cell, for links
  kind: 'basic' | 'department' | 'project';
  name: string;
  rate: number | null; // 执行率, 1 = 100%
  total: number | null;
  recordedTotal: number | null;
  grade: string | null;
  failed: number;
  review: number;
  errors: number;
  warnings: number;
  /** Set when the file could not be read: the row stands for the file. */
  error?: string;
  /** What the table calls itself when it is not an annex (an unscored 绩效目标自评表's title); else KIND_NAMES. */
  label?: string;
}

export const KIND_NAMES: Record<SummaryRow['kind'], string> = {
  basic: '附件1 基础数据表',
  department: '附件2 部门整体支出绩效自评表',
  project: '附件3 项目支出绩效自评表',
};

/** What a table not in the annex layout calls itself: an unscored 绩效目标自评表 by its own title, not as 附件3. */
const UNSCORED_NAME = '绩效目标自评表';
/** A 分值/评分标准/得分 scorecard without a title of its own (决策–过程–产出–效益, 部门整体 评分表). */
const SCORECARD_NAME = { project: '项目绩效评分表', department: '部门整体绩效评分表' } as const;

/** The label a table is shown under: an unscored table's own title (就业补助资金绩效自评表), else undefined (its annex). */
export function ownLabel(t: AnnexTable): string | undefined {
  if (t.kind === 'basic' || (t.form !== 'unscored' && t.form !== 'scorecard')) return undefined;
  if (t.title) return clipEcho(stripControl(t.title), 200); // the title as displayed (locateScored folds it)
  return t.form === 'unscored' ? UNSCORED_NAME : SCORECARD_NAME[t.kind];
}

function inside(f: Finding, at: { row: number; col: number } | null, sheet: string, r: Rect): boolean {
  if (f.sheet !== sheet) return false;
  return !!at && at.row >= r.top && at.row <= r.bottom && at.col >= r.left && at.col <= r.right;
}

export function summarize(result: CheckResult, file?: string): SummaryRow[] {
  // each finding's cell is parsed once, not once per table
  const at = result.findings.map((f) => (f.table ? null : fromA1(f.cell)));
  return result.evaluation.results.map((r) => {
    const t = r.table;
    const mine = result.findings.filter((f, i) => (f.table ? f.table === t.id : inside(f, at[i], t.sheet, t.range)));
    const common = {
      file,
      sheet: t.sheet,
      range: rectToA1(t.range),
      anchor: toA1(t.range.top, t.range.left),
      name: clipEcho(stripControl(t.name), 200), // a 10 MB name cell is not repeated whole (nor past Excel's 32,767 per cell)
      errors: mine.filter((f) => f.severity === 'error').length,
      warnings: mine.filter((f) => f.severity === 'warning').length,
    };
    const label = ownLabel(t);
    if (r.kind === 'basic') {
      return {
        ...common,
        kind: 'basic',
        rate: null,
        total: null,
        recordedTotal: null,
        grade: null,
        failed: 0,
        review: 0,
      };
    }
    return {
      ...common,
      kind: r.kind,
      ...(label ? { label } : {}),
      rate: r.budget?.rate ?? null,
      total: r.total,
      recordedTotal: r.recordedTotal,
      grade: r.grade,
      failed: r.counts.failed,
      review: r.counts.review,
    };
  });
}

/** Header and cells of the summary as a plain 2D array (the same columns in every export). */
export const SUMMARY_HEADER = [
  '文件',
  '表',
  '名称',
  '位置',
  '执行率',
  '总分（计算）',
  '总分（表中）',
  '等级',
  '未达标',
  '待复核',
  '错误',
  '警告',
  '说明',
];

export function summaryCells(row: SummaryRow): (string | number | null)[] {
  return [
    row.file ?? '',
    row.error ? '' : (row.label ?? KIND_NAMES[row.kind]),
    row.name,
    row.error ? '' : sheetRef(row.sheet, row.range),
    row.rate,
    row.total,
    row.recordedTotal,
    row.grade,
    row.error ? null : row.failed,
    row.error ? null : row.review,
    row.error ? null : row.errors,
    row.error ? null : row.warnings,
    row.error ?? '',
  ];
}

/** Sort for a reviewer: unreadable files first, then most errors, then most warnings, then file/sheet order. */
export function sortForReview(rows: SummaryRow[]): SummaryRow[] {
  return rows
    .map((r, i) => ({ r, i }))
    .sort(
      (a, b) =>
        Number(!!b.r.error) - Number(!!a.r.error) ||
        b.r.errors - a.r.errors ||
        b.r.warnings - a.r.warnings ||
        a.i - b.i,
    )
    .map((x) => x.r);
}
