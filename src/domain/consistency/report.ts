// Shared pieces of the consistency checks: building a Finding for a table, formatting amounts and
// percentages for messages, and the one 'check-skipped' finding a check emits when its inputs are missing.

import { consistencyText as T } from '../../i18n/zh-CN/consistency';
import { formatNumber, formatRatio } from '../format';
import type { AnnexTable } from '../model';
import type { Finding, FindingCode, Severity } from '../types';
import type { Amount } from './amounts';
import { toA1 as a1 } from '../address';

export function finding(table: AnnexTable, severity: Severity, code: FindingCode, cell: string, message: string): Finding {
  return { severity, code, sheet: table.sheet, cell, message, table: table.id };
}

/** The table's top-left cell: where a finding goes when no better cell exists. */
export function tableCell(table: AnnexTable): string {
  return a1(table.range.top, table.range.left);
}

/** 万元 for a message: two decimals at most, trailing zeros dropped (5506.50 → 5506.5, 18.00 → 18). */
export function formatAmount(n: number): string {
  return formatNumber(n, 2);
}

/** A ratio as a percentage with one decimal at most (0.72389 → 72.4%, 0.5 → 50%). */
export function formatPercent(ratio: number): string {
  return formatRatio(ratio);
}

/** One input a check needed but could not read. */
export interface Gap {
  what: string; // '出国经费2023年预算数'
  cell: string; // 'D9', '附件2!D9' for another sheet, '' when the table has no such line
  amount: Amount;
}

function gapItem(g: Gap): string {
  if (!g.cell) return T.absentItem(g.what);
  return g.amount.kind === 'unreadable' ? T.unreadableItem(g.what, g.cell, g.amount.text) : T.missingItem(g.what, g.cell);
}

/** What a check-skipped finding could not check, the missing inputs it lists and their cells, for mergeSkipped. */
const SKIPS = new WeakMap<Finding, { checks: string[]; items: string[]; cells: string }>();

/** The single info finding of a check group that could not run (at the first gap's cell). */
export function skipped(table: AnnexTable, check: string, gaps: Gap[], cell?: string): Finding[] {
  if (!gaps.length) return [];
  const own = gaps.find((g) => g.cell && !g.cell.includes('!'));
  const at = cell ?? own?.cell ?? tableCell(table);
  const items = [...new Set(gaps.map(gapItem))];
  const f = finding(table, 'info', 'check-skipped', at, T.skipped(check, items));
  const cells = [...new Set(gaps.map((g) => (g.cell && !g.cell.includes('!') ? `${table.sheet}!${g.cell}` : g.cell || g.what)))].sort();
  SKIPS.set(f, { checks: [check], items, cells: cells.join('\u0000') });
  return [f];
}

/**
 * One blank cell is the input of several checks (附件2's 项目支出 feeds its breakdown sum and both comparisons
 * with 附件1 and 附件3): notes at the same cell that miss the same input cells become one note naming every check
 * (with the first note's wording of what is missing).
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
    keptSkip.checks.push(...skip.checks);
    kept.message = T.skipped(keptSkip.checks.join('”、“'), keptSkip.items);
  }
  return out;
}

export function skippedBecause(table: AnnexTable, check: string, cell: string, reason: string): Finding {
  return finding(table, 'info', 'check-skipped', cell, T.skippedBecause(check, reason));
}
