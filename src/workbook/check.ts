// The pipeline every front door runs: grids → tables → evaluation (+ consistency) → write plan.
// Only reading the grids and applying the plan differ between Excel, the CLI and tests.

import type { AnnexTable } from '../domain/model';
import type { Evaluation } from '../domain/result';
import type { Finding } from '../domain/types';
import type { RuleProfile } from '../domain/profile';
import { getProfile } from '../domain/profiles';
import { evaluateTables } from '../domain/evaluate';
import { checkConsistency } from '../domain/consistency';
import type { SheetGrid } from './grid';
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

function sortFindings(findings: Finding[], grids: SheetGrid[]): Finding[] {
  const order = new Map(grids.map((g, i) => [g.name, i]));
  const rowCol = (a: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(a);
    return m ? [Number(m[2]), m[1].length, m[1]] as const : [0, 0, ''] as const;
  };
  return findings
    .map((f, i) => ({ f, i }))
    .sort((x, y) => {
      const s = (order.get(x.f.sheet) ?? 1e9) - (order.get(y.f.sheet) ?? 1e9);
      if (s) return s;
      const [rx, lx, cx] = rowCol(x.f.cell);
      const [ry, ly, cy] = rowCol(y.f.cell);
      return rx - ry || lx - ly || (cx < cy ? -1 : cx > cy ? 1 : 0) || x.i - y.i;
    })
    .map((e) => e.f);
}
