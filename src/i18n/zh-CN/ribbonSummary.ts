// What a recalculation did, in short zh-CN lines for the officer: the ribbon's dialog and the pane's next open.

import type { TableResult } from '../../domain/result';
import { sheetRef } from '../../domain/address';
import type { RecalculateOutcome } from '../../workbook/recalculate';
import { excelMessages as m } from './excel';

/** Short zh-CN lines telling the officer what a recalculation did (ribbon dialog, the pane's next open). */
export function summarize(outcome: RecalculateOutcome): string[] {
  const { result, applied } = outcome;
  const scored = result.evaluation.results.filter((r): r is TableResult => r.kind !== 'basic');
  if (!result.tables.length) return [m.summaryNoTables];
  const lines = [m.summaryTables(result.tables.length, scored.length)];
  for (const r of scored) {
    if (r.total === null) continue;
    lines.push(m.summaryTotals(r.table.name || r.table.title, String(r.total), r.grade ?? ''));
  }
  if (applied) lines.push(m.summaryWritten(applied.written, applied.filled, applied.cleared));
  if (applied?.locked?.length) lines.push(m.summaryLocked(applied.locked));
  if (applied?.unformatted?.length) lines.push(m.summaryUnformatted(applied.unformatted));
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  const warnings = result.findings.filter((f) => f.severity === 'warning').length;
  lines.push(m.summaryFindings(errors, warnings));
  if (result.plan.conflicts.length) {
    lines.push(
      m.summaryConflicts(
        result.plan.conflicts.length,
        result.plan.conflicts.map((c) => sheetRef(c.sheet, c.address)),
      ),
    );
  }
  if (applied && applied.written + applied.filled > 0) lines.push(m.summaryUndo);
  return lines;
}
