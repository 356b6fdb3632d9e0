// Findings as the pane lists them: without acknowledged ones (unless asked), filtered by severity,
// grouped by table in workbook order (findings outside every table go to a last 「工作簿」 group).

import type { AnnexTable } from '../domain/model';
import type { Finding, Severity } from '../domain/types';
import { fromA1 } from '../workbook/grid';
import { findingKey, type AcknowledgedMap } from './settings';

export type SeverityFilter = 'all' | Severity;

export interface FindingGroup {
  /** Table id, or '' for the workbook group. */
  id: string;
  table?: AnnexTable;
  findings: Finding[];
}

/** The table a finding belongs to: its `table` id, else the table whose range holds its cell. */
export function tableOf(f: Finding, tables: readonly AnnexTable[]): AnnexTable | undefined {
  if (f.table) {
    const byId = tables.find((t) => t.id === f.table);
    if (byId) return byId;
  }
  const at = fromA1(f.cell);
  if (!at) return undefined;
  return tables.find(
    (t) =>
      t.sheet === f.sheet &&
      at.row >= t.range.top &&
      at.row <= t.range.bottom &&
      at.col >= t.range.left &&
      at.col <= t.range.right,
  );
}

export function groupFindings(
  findings: readonly Finding[],
  tables: readonly AnnexTable[],
  options: { filter: SeverityFilter; acknowledged: AcknowledgedMap; showAcknowledged: boolean },
): FindingGroup[] {
  const groups = new Map<string, FindingGroup>(tables.map((t) => [t.id, { id: t.id, table: t, findings: [] }]));
  const workbook: FindingGroup = { id: '', findings: [] };
  for (const f of findings) {
    if (!options.showAcknowledged && options.acknowledged[findingKey(f)]) continue;
    if (options.filter !== 'all' && f.severity !== options.filter) continue;
    const t = tableOf(f, tables);
    (t ? groups.get(t.id)! : workbook).findings.push(f);
  }
  return [...groups.values(), workbook].filter((g) => g.findings.length > 0);
}

/** Counts per severity of the findings not acknowledged. */
export function severityCounts(findings: readonly Finding[], acknowledged: AcknowledgedMap): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) if (!acknowledged[findingKey(f)]) counts[f.severity]++;
  return counts;
}
