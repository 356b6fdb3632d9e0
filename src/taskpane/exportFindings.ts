// Builds what 「导出检查结果」 writes: one row per finding (acknowledged ones say so and why) and a
// summary with one row per table (the CLI's 「自评结果汇总」 columns).
// Loaded on demand: the first screen does not need it.

import type { FindingRow } from '../workbook/host';
import type { AnnexTable } from '../domain/model';
import type { CheckResult } from '../workbook/check';
import type { PaneStrings } from '../i18n/pane';
import { summarize, summaryCells, SUMMARY_HEADER } from '../workbook/summary';
import { tableLabel } from './format';
import { tableOf } from './groupFindings';
import { findingKey, type AcknowledgedMap } from './settings';
import { renderFinding } from '../i18n/findings';

export interface FindingsExport {
  rows: FindingRow[];
  /** Header row, then one row per table. */
  summary: (string | number)[][];
}

export function buildFindingsExport(
  result: CheckResult,
  acknowledged: AcknowledgedMap,
  s: PaneStrings,
): FindingsExport {
  const label = (t: AnnexTable | undefined) => (t ? tableLabel(t, s) : s.workbookGroup);
  const rows: FindingRow[] = result.findings.map((f) => {
    const ack = acknowledged[findingKey(f)];
    const message = renderFinding(f, s.lang);
    return {
      table: label(tableOf(f, result.tables)),
      severity: s.severity[f.severity],
      code: f.code,
      sheet: f.sheet,
      cell: f.cell,
      indicator: f.indicator ?? '',
      message: ack ? `${message}（${s.acknowledged}：${ack.reason}）` : message,
    };
  });

  const summary: (string | number)[][] = [
    // The pane exports one workbook: the 文件 column is left out.
    SUMMARY_HEADER.slice(1),
    ...summarize(result).map((row) =>
      summaryCells(row)
        .slice(1)
        .map((v) => v ?? ''),
    ),
  ];
  return { rows, summary };
}
