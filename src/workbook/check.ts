// The pipeline every front door runs: grids → tables → evaluation (+ consistency) → write plan.
// Only reading the grids and applying the plan differ between Excel, the CLI and tests.

import type { AnnexTable } from '../domain/model';
import type { Evaluation } from '../domain/result';
import type { Finding } from '../domain/types';
import type { RuleProfile } from '../domain/profile';
import { getProfile } from '../domain/profiles';
import { evaluateTables } from '../domain/evaluate';
import { checkConsistency } from '../domain/consistency';
import { fromA1, type SheetGrid } from './grid';
import { locateTables } from './locate';
import { buildWritePlan } from './buildPlan';
import { DEFAULT_PLAN_OPTIONS, type PlanOptions, type WritePlan } from './plan';

export interface CheckOptions {
  profile?: RuleProfile | string;
  plan?: Partial<PlanOptions>;
}

export interface CheckResult {
  profile: RuleProfile;
  tables: AnnexTable[];
  evaluation: Evaluation;
  /** Every finding: locating, scoring, consistency and plan conflicts, in sheet/row order. */
  findings: Finding[];
  plan: WritePlan;
}

export function checkWorkbook(grids: SheetGrid[], options: CheckOptions = {}): CheckResult {
  const profile = typeof options.profile === 'object' ? options.profile : getProfile(options.profile);
  const located = locateTables(grids);
  const evaluation = evaluateTables(located.tables, profile);
  const consistency = checkConsistency(located.tables, profile);
  const plan = buildWritePlan(evaluation, { ...DEFAULT_PLAN_OPTIONS, ...options.plan });
  const findings = [...located.findings, ...evaluation.findings, ...consistency, ...planFindings(plan)];
  return { profile, tables: located.tables, evaluation, findings: sortFindings(findings, grids), plan };
}

function planFindings(plan: WritePlan): Finding[] {
  return plan.conflicts.map((w) => ({
    severity: 'info' as const,
    code: 'cell-conflict',
    sheet: w.sheet,
    cell: w.address,
    message: w.reason,
  }));
}

/** Findings in sheet order, then row, then column (each address parsed once, not per comparison). */
function sortFindings(findings: Finding[], grids: SheetGrid[]): Finding[] {
  const order = new Map(grids.map((g, i) => [g.name, i]));
  return findings
    .map((f, i) => {
      const at = fromA1(f.cell);
      return { f, i, sheet: order.get(f.sheet) ?? Number.MAX_SAFE_INTEGER, row: at?.row ?? -1, col: at?.col ?? -1 };
    })
    .sort((x, y) => x.sheet - y.sheet || x.row - y.row || x.col - y.col || x.i - y.i)
    .map((e) => e.f);
}
