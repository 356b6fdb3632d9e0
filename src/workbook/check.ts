// The pipeline every front door runs: grids → tables → evaluation (+ consistency) → write plan.
// Only reading the grids and applying the plan differ between Excel, the CLI and tests.

import type { AnnexTable, ScoredTable } from '../domain/model';
import type { Evaluation } from '../domain/result';
import type { Finding, Slot } from '../domain/types';
import { locateText } from '../i18n/zh-CN/locate';
import type { RuleProfile } from '../domain/profile';
import { getProfile } from '../domain/profiles';
import { evaluateTables } from '../domain/evaluate';
import { checkConsistency } from '../domain/consistency/index';
import { fromA1, toA1, type SheetGrid } from './grid';
import { ECHO_MAX, clipMessage } from '../domain/echo';
import { locateTables } from './locate';
import { buildWritePlan } from './buildPlan';
import { DEFAULT_PLAN_OPTIONS, type PlanOptions, type WritePlan } from './plan';
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
  const consistency = checkConsistency(located.tables.filter((t) => !blank.has(t)), profile);
  const plan = buildWritePlan(evaluation, { ...DEFAULT_PLAN_OPTIONS, ...options.plan }, options.wording, consistency);
  const findings = quietBlankTemplates(blanks, [...located.findings, ...oneBudgetFinding(evaluation.findings, consistency), ...consistency, ...planFindings(plan)]);
  const hiddenSheets: CheckResult['hiddenSheets'] = {};
  for (const g of grids) if (g.hidden) hiddenSheets[g.name] = g.hidden;
  return { profile, tables: located.tables, evaluation, findings: sortFindings(findings, grids), plan, hiddenSheets };
}

/** A scored table with no indicator row and no budget figure: a blank copy of the form kept in the workbook. */
function isBlankTemplate(t: AnnexTable): t is ScoredTable {
  if (t.kind === 'basic' || t.indicators.length > 0) return false;
  const total = t.budget?.total;
  const filled = (s: Slot | undefined) => s !== undefined && s.cell.value !== null && String(s.cell.value).trim() !== '';
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
    kept.push({ severity: 'info', code: 'table-incomplete', sheet: t.sheet, cell, message: locateText.blankTemplate(t.sheet, cell, t.title || t.name), table: t.id });
  }
  return kept;
}

/**
 * One finding for a 年度资金总额 cell left 0 or blank over parts that hold the money: the consistency error (which says
 * what the total should be and that the rate cannot be computed), not also the evaluation's 「缺少/为0」 warning.
 */
function oneBudgetFinding(evaluation: Finding[], consistency: Finding[]): Finding[] {
  const said = new Set(consistency.filter((f) => f.code === 'sum-mismatch' && f.severity === 'error').map((f) => `${f.sheet}!${f.cell}`));
  return said.size === 0 ? evaluation : evaluation.filter((f) => f.code !== 'budget-missing' || !said.has(`${f.sheet}!${f.cell}`));
}

function planFindings(plan: WritePlan): Finding[] {
  const conflicts: Finding[] = plan.conflicts.map((w) => ({
    severity: 'info' as const,
    code: 'cell-conflict',
    sheet: w.sheet,
    cell: w.address,
    message: w.reason,
  }));
  return [...conflicts, ...(plan.findings ?? [])];
}

/**
 * Findings in sheet order, then row, then column (each address parsed once, not per comparison), each message with
 * the cell text it quotes clipped (a 10 MB cell is not echoed whole) and without control characters.
 */
function sortFindings(findings: Finding[], grids: SheetGrid[]): Finding[] {
  const order = new Map(grids.map((g, i) => [g.name, i]));
  return findings
    .map((f) => (f.message.length > ECHO_MAX ? { ...f, message: clipMessage(f.message) } : f))
    .map((f, i) => {
      const at = fromA1(f.cell);
      return { f, i, sheet: order.get(f.sheet) ?? Number.MAX_SAFE_INTEGER, row: at?.row ?? -1, col: at?.col ?? -1 };
    })
    .sort((x, y) => x.sheet - y.sheet || x.row - y.row || x.col - y.col || x.i - y.i)
    .map((e) => e.f);
}
