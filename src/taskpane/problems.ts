// The problem list as the pane shows it: one card per cell or indicator row (a failed indicator and its
// missing 偏差原因 are one card), errors first, then warnings, then hints, failed indicators first
// within each, then workbook order;
// filtered by severity chip or by a table's 「未达标 N」 link; acknowledged ones hidden unless asked.

import type { AnnexTable } from '../domain/model';
import type { Finding, Severity } from '../domain/types';
import { fromA1 } from '../workbook/grid';
import { tableOf } from './groupFindings';
import { findingKey, type AcknowledgedMap } from './settings';

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];
const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface ProblemCard {
  key: string;
  severity: Severity;
  /** Most severe first; `findings[0]` is where 「定位」 goes. */
  findings: Finding[];
  table?: AnnexTable;
  indicator?: string;
  /** The card holds an indicator that missed its target (「未达标」). */
  failed: boolean;
  /** Every finding of the card is acknowledged. */
  acknowledged: boolean;
}

export interface ProblemFilter {
  severity?: Severity;
  /** A table id: only that table's cards … */
  table?: string;
  /** … and of those only its failed indicators (the 「未达标 N」 link). */
  failedOnly?: boolean;
}

function cardKey(f: Finding): string {
  const at = fromA1(f.cell);
  // An indicator's findings on one row (score, note, actual) are one card; others one per cell.
  return f.indicator && at ? `${f.sheet}!row${at.row}|${f.indicator}` : `${f.sheet}!${f.cell}`;
}

export function problemCards(
  findings: readonly Finding[],
  tables: readonly AnnexTable[],
  acknowledged: AcknowledgedMap,
): ProblemCard[] {
  const order = new Map(tables.map((t, i) => [t.id, i]));
  const cards = new Map<string, ProblemCard & { pos: [number, number, number] }>();
  for (const f of findings) {
    const k = cardKey(f);
    let card = cards.get(k);
    if (!card) {
      const table = tableOf(f, tables);
      const at = fromA1(f.cell) ?? { row: 0, col: 0 };
      card = {
        key: k,
        severity: f.severity,
        findings: [],
        table,
        failed: false,
        acknowledged: true,
        pos: [table ? order.get(table.id)! : tables.length, at.row, at.col],
      };
      cards.set(k, card);
    }
    card.findings.push(f);
    if (f.indicator && !card.indicator) card.indicator = f.indicator;
    if (f.code === 'indicator-failed') card.failed = true;
    if (!acknowledged[findingKey(f)]) card.acknowledged = false;
    if (RANK[f.severity] < RANK[card.severity]) card.severity = f.severity;
  }
  const out = [...cards.values()];
  for (const c of out) c.findings.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
  // Within a severity, failed indicators (「未达标」, what the tool exists for) first, then workbook order.
  out.sort(
    (a, b) =>
      RANK[a.severity] - RANK[b.severity] ||
      Number(b.failed) - Number(a.failed) ||
      a.pos[0] - b.pos[0] ||
      a.pos[1] - b.pos[1] ||
      a.pos[2] - b.pos[2],
  );
  return out.map(({ pos: _pos, ...c }) => c);
}

export function filterCards(
  cards: readonly ProblemCard[],
  filter: ProblemFilter,
  showAcknowledged: boolean,
): ProblemCard[] {
  return cards.filter(
    (c) =>
      (showAcknowledged || !c.acknowledged) &&
      (!filter.severity || c.severity === filter.severity) &&
      (!filter.table || c.table?.id === filter.table) &&
      (!filter.failedOnly || c.failed),
  );
}

/** Cards per severity, acknowledged ones left out. */
export function cardCounts(cards: readonly ProblemCard[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const c of cards) if (!c.acknowledged) counts[c.severity]++;
  return counts;
}
