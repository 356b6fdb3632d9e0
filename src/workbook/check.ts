// The pipeline every front door runs: grids → tables → evaluation (+ consistency) → write plan.
// Only reading the grids and applying the plan differ between Excel, the CLI and tests.

import type { AnnexTable, ScoredTable } from '../domain/model';
import type { Evaluation } from '../domain/result';
import type { Finding, Slot } from '../domain/types';
import type { RuleProfile } from '../domain/profile';
import { getProfile } from '../domain/profiles';
import { evaluateTables } from '../domain/evaluate';
import { checkConsistency } from '../domain/consistency/index';
import { fromA1, toA1, type SheetGrid } from './grid';
import { locateTables } from './locate';
import { buildWritePlan } from './buildPlan';
import { cellKey, DEFAULT_PLAN_OPTIONS, type PlanOptions, type WritePlan } from './plan';
import type { FormWording } from './formWording';

interface CheckOptions {
  profile?: RuleProfile | string;
  plan?: Partial<PlanOptions>;
  /** The form's wording for drafted notes and write reasons (src/i18n/zh-CN/formWording.ts: zhFormWording). */
  wording: FormWording;
}

export interface CheckResult {
  profile: RuleProfile;
  tables: AnnexTable[];
  evaluation: Evaluation;
  /** Every finding: locating, scoring, consistency and plan conflicts, in sheet/row order. */
  findings: Finding[];
  plan: WritePlan;
  /** Hidden sheets by name (their annexes are checked; reports say the sheet is hidden). */
  hiddenSheets: Record<string, 'hidden' | 'veryHidden'>;
}

export function checkWorkbook(grids: SheetGrid[], options: CheckOptions): CheckResult {
  const profile = typeof options.profile === 'object' ? options.profile : getProfile(options.profile);
  const located = locateTables(grids);
  const evaluation = evaluateTables(located.tables, profile);
  // a blank copy of a form takes no part in the cross-table checks (its empty budget is not a project's 0)
  const blanks = located.tables.filter(isBlankTemplate);
  const blank = new Set<AnnexTable>(blanks);
  const consistency = checkConsistency(
    located.tables.filter((t) => !blank.has(t)),
    profile,
  );
  const plan = buildWritePlan(evaluation, { ...DEFAULT_PLAN_OPTIONS, ...options.plan }, options.wording, consistency);
  const findings = quietBlankTemplates(blanks, [
    ...uncomputedFormulas(grids, located.tables),
    ...located.findings,
    ...oneBudgetFinding(evaluation.findings, consistency),
    ...consistency,
    ...planFindings(plan),
  ]);
  const hiddenSheets: CheckResult['hiddenSheets'] = {};
  for (const g of grids) if (g.hidden) hiddenSheets[g.name] = g.hidden;
  return { profile, tables: located.tables, evaluation, findings: sortFindings(findings, grids), plan, hiddenSheets };
}

/** Cells listed by name in a formula-not-computed finding; the rest are counted. */
const UNCOMPUTED_LISTED = 5;

/**
 * Formula cells inside a located table that hold no result: a file saved by a program that writes formulas without
 * computing them (a script, some exporters). Excel and WPS compute on opening, so the add-in never sees one; the CLI
 * reads them as blank, and says so once per sheet instead of leaving the officer to puzzle over the blanks it reports.
 */
function uncomputedFormulas(grids: SheetGrid[], tables: AnnexTable[]): Finding[] {
  const out: Finding[] = [];
  for (const g of grids) {
    const ranges = tables.filter((t) => t.sheet === g.name).map((t) => t.range);
    if (!ranges.length) continue;
    const cells: string[] = [];
    // Walk only the rows and columns the tables span, not the whole sheet; row-major order as before.
    const top = Math.min(...ranges.map((x) => x.top));
    const bottom = Math.min(g.cells.length - 1, Math.max(...ranges.map((x) => x.bottom)));
    const left = Math.min(...ranges.map((x) => x.left));
    const right = Math.max(...ranges.map((x) => x.right));
    for (let r = top; r <= bottom; r++) {
      const row = g.cells[r];
      if (!row) continue;
      for (let c = left; c <= Math.min(right, row.length - 1); c++) {
        const cell = row[c];
        if (!cell?.formula || cell.value !== null || cell.text !== '') continue;
        if (ranges.some((x) => r >= x.top && r <= x.bottom && c >= x.left && c <= x.right)) cells.push(toA1(r, c));
      }
    }
    if (cells.length) {
      out.push({
        severity: 'warning',
        code: 'formula-not-computed',
        sheet: g.name,
        cell: cells[0],
        params: { cells: cells.slice(0, UNCOMPUTED_LISTED), count: cells.length },
      });
    }
  }
  return out;
}

/** A scored table with no indicator row and no budget figure: a blank copy of the form kept in the workbook. */
function isBlankTemplate(t: AnnexTable): t is ScoredTable {
  if (t.kind === 'basic' || t.indicators.length > 0) return false;
  const total = t.budget?.total;
  const filled = (s: Slot | undefined) =>
    s !== undefined && s.cell.value !== null && String(s.cell.value).trim() !== '';
  return !filled(total?.initial) && !filled(total?.fullYear) && !filled(total?.executed);
}

/**
 * A blank template gets one note instead of the four or five warnings its empty parts would each raise (no
 * indicator rows twice, no budget figures, nothing to reconcile).
 */
function quietBlankTemplates(blanks: ScoredTable[], findings: Finding[]): Finding[] {
  if (!blanks.length) return findings;
  const inside = (f: Finding, t: ScoredTable) => {
    if (f.sheet !== t.sheet) return false;
    const at = fromA1(f.cell);
    const r = t.range;
    return at !== null && at.row >= r.top && at.row <= r.bottom && at.col >= r.left && at.col <= r.right;
  };
  const kept = findings.filter((f) => !blanks.some((t) => inside(f, t)));
  for (const t of blanks) {
    const cell = toA1(t.range.top, t.range.left);
    kept.push({
      severity: 'info',
      code: 'table-incomplete',
      sheet: t.sheet,
      cell,
      params: { reason: 'blankTemplate', title: t.title || t.name },
      table: t.id,
    });
  }
  return kept;
}

/**
 * One finding for a 年度资金总额 cell left 0 or blank over parts that hold the money: the consistency error (which says
 * what the total should be and that the rate cannot be computed), not also the evaluation's 「缺少/为0」 warning.
 */
function oneBudgetFinding(evaluation: Finding[], consistency: Finding[]): Finding[] {
  const said = new Set(
    consistency.filter((f) => f.code === 'sum-mismatch' && f.severity === 'error').map((f) => cellKey(f.sheet, f.cell)),
  );
  return said.size === 0
    ? evaluation
    : evaluation.filter((f) => f.code !== 'budget-missing' || !said.has(cellKey(f.sheet, f.cell)));
}

function planFindings(plan: WritePlan): Finding[] {
  const conflicts: Finding[] = plan.conflicts.map((w) => ({
    severity: 'info' as const,
    code: 'cell-conflict' as const,
    sheet: w.sheet,
    cell: w.address,
    params: w.conflict ? { ...w.conflict } : { current: '', expected: String(w.value), why: w.reason },
  }));
  return [...conflicts, ...(plan.findings ?? [])];
}

/** Longest cell text a finding's params carry (the rendered message quotes at most ECHO_MAX of it). */
const PARAM_TEXT_MAX = 1000;

/** A text param cut to PARAM_TEXT_MAX characters (a 10 MB cell is not carried whole into every report). */
function clipText(s: string): string {
  if (s.length <= PARAM_TEXT_MAX) return s;
  const chars = Array.from(s.slice(0, PARAM_TEXT_MAX * 2 + 2));
  return chars.length > PARAM_TEXT_MAX ? chars.slice(0, PARAM_TEXT_MAX).join('') + '…' : s;
}

/** Params with every long text clipped (objects copied only where something changed). */
function clipParams<T>(v: T): T {
  if (typeof v === 'string') return (v.length > PARAM_TEXT_MAX ? clipText(v) : v) as T;
  if (Array.isArray(v)) {
    const out = v.map(clipParams);
    return (out.some((x, i) => x !== v[i]) ? out : v) as T;
  }
  if (v !== null && typeof v === 'object') {
    let copy: Record<string, unknown> | undefined;
    for (const [k, x] of Object.entries(v)) {
      const y = clipParams(x);
      if (y !== x) (copy ??= { ...(v as Record<string, unknown>) })[k] = y;
    }
    return (copy ?? v) as T;
  }
  return v;
}

/**
 * Findings in sheet order, then row, then column (each address parsed once, not per comparison), each cell text its
 * params carry clipped (a 10 MB cell is not echoed whole; the renderer bounds what a message quotes).
 */
function sortFindings(findings: Finding[], grids: SheetGrid[]): Finding[] {
  const order = new Map(grids.map((g, i) => [g.name, i]));
  return findings
    .map((f) => {
      const params = clipParams(f.params);
      return params === f.params ? f : ({ ...f, params } as Finding);
    })
    .map((f, i) => {
      const at = fromA1(f.cell);
      return { f, i, sheet: order.get(f.sheet) ?? Number.MAX_SAFE_INTEGER, row: at?.row ?? -1, col: at?.col ?? -1 };
    })
    .sort((x, y) => x.sheet - y.sheet || x.row - y.row || x.col - y.col || x.i - y.i)
    .map((e) => e.f);
}
