// Shared pieces of the consistency checks: building a Finding for a table, formatting amounts and
// percentages for messages, and the one 'check-skipped' finding a check emits when its inputs are missing.

import type { AnnexTable } from '../model';
import {
  finding as make,
  type CheckName,
  type Finding,
  type FindingCode,
  type FindingParams,
  type GapItem,
  type Severity,
  type SkipReason,
} from '../findings';
import type { Amount } from './amounts';
import { toA1 as a1 } from '../address';

export function finding<C extends FindingCode>(
  table: AnnexTable,
  severity: Severity,
  code: C,
  cell: string,
  params: FindingParams[C],
): Finding {
  return make(severity, code, table.sheet, cell, params, table.id);
}

/** The table's top-left cell: where a finding goes when no better cell exists. */
export function tableCell(table: AnnexTable): string {
  return a1(table.range.top, table.range.left);
}

/** One input a check needed but could not read. */
export interface Gap {
  what: string; // '出国经费2023年预算数'
  cell: string; // 'D9', '附件2!D9' for another sheet, '' when the table has no such line
  amount: Amount;
}

export function gapItem(g: Gap): GapItem {
  return g.cell && g.amount.kind === 'unreadable'
    ? { what: g.what, cell: g.cell, text: g.amount.text }
    : { what: g.what, cell: g.cell };
}

/** What a check-skipped finding could not check and the cells of its missing inputs, for mergeSkipped. */
const SKIPS = new WeakMap<Finding, { checks: CheckName[]; cells: string }>();

/** The single info finding of a check group that could not run (at the first gap's cell). */
export function skipped(table: AnnexTable, check: CheckName, gaps: Gap[], cell?: string): Finding[] {
  if (!gaps.length) return [];
  const own = gaps.find((g) => g.cell && !g.cell.includes('!'));
  const at = cell ?? own?.cell ?? tableCell(table);
  const seen = new Set<string>();
  const items: GapItem[] = [];
  for (const g of gaps) {
    const item = gapItem(g);
    const key = `${item.what}\u0000${item.cell}\u0000${item.text ?? '\u0001'}`;
    if (seen.has(key)) continue;
    seen.add(key);
    items.push(item);
  }
  const checks = [check];
  const f = finding(table, 'info', 'check-skipped', at, { kind: 'gaps', checks, items });
  const cells = [
    ...new Set(gaps.map((g) => (g.cell && !g.cell.includes('!') ? `${table.sheet}!${g.cell}` : g.cell || g.what))),
  ].sort();
  SKIPS.set(f, { checks, cells: cells.join('\u0000') });
  return [f];
}

/**
 * One blank cell is the input of several checks (附件2's 项目支出 feeds its breakdown sum and both comparisons
 * with 附件1 and 附件3): notes at the same cell that miss the same input cells become one note naming every check
 * (with the first note's list of what is missing).
 */
export function mergeSkipped(findings: Finding[]): Finding[] {
  const first = new Map<string, Finding>();
  const out: Finding[] = [];
  for (const f of findings) {
    const skip = SKIPS.get(f);
    if (!skip) {
      out.push(f);
      continue;
    }
    const key = `${f.sheet}!${f.cell}\u0001${skip.cells}`;
    const kept = first.get(key);
    const keptSkip = kept && SKIPS.get(kept);
    if (!kept || !keptSkip) {
      first.set(key, f);
      out.push(f);
      continue;
    }
    keptSkip.checks.push(...skip.checks); // the kept finding's own params.checks
  }
  return out;
}

export function skippedBecause(table: AnnexTable, check: CheckName, cell: string, reason: SkipReason): Finding {
  return finding(table, 'info', 'check-skipped', cell, { kind: 'because', check, reason });
}
