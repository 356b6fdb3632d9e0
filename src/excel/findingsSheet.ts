// Queues the 「检查结果」 sheet: optional summary rows (a header row, then one per table; its 执行率
// column formatted as a percentage), then one row per finding with a HYPERLINK formula back to its cell.
// Values go in as 2D blocks (text escaped so '=…' stays text).

/// <reference types="office-js" />

import type { FindingRow } from '../workbook/host';
import { rectAddress } from './address';
import { sheetRef } from '../domain/address';
import { toCellInput } from '../workbook/cellInput';
import { excelMessages as m } from '../i18n/zh-CN/excel';
import { FINDINGS_HEADER } from '../workbook/formWording';

/** `=HYPERLINK("#'Sheet'!H17","跳转")`: a link that selects the cell in this workbook. */
export function linkFormula(sheet: string, cell: string, label: string = m.findingsLink): string {
  const target = '#' + sheetRef(sheet, cell, true);
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return `=HYPERLINK(${q(target)},${q(label)})`;
}

export function queueFindingsSheet(
  ctx: Excel.RequestContext,
  rows: FindingRow[],
  summary: (string | number)[][],
): Excel.Worksheet {
  const ws = ctx.workbook.worksheets.add(m.findingsSheetName);
  const header = FINDINGS_HEADER;
  const width = header.length;
  let top = 0;
  if (summary.length) {
    const cols = Math.max(1, ...summary.map((r) => r.length));
    const block = summary.map((r) => Array.from({ length: cols }, (_, i) => toCellInput(r[i] ?? '')));
    ws.getRange(rectAddress({ top: 0, left: 0, bottom: block.length - 1, right: cols - 1 })).values = block;
    const rate = summary[0].indexOf(m.findingsRateHeader);
    if (rate >= 0 && block.length > 1) {
      // Rates are fractions (1 = 100%): shown as percentages, as in the tables.
      ws.getRange(rectAddress({ top: 1, left: rate, bottom: block.length - 1, right: rate })).numberFormat = block
        .slice(1)
        .map((r) => [typeof r[rate] === 'number' ? '0.00%' : 'General']);
    }
    top = block.length + 1;
  }
  const headerRange = ws.getRange(rectAddress({ top, left: 0, bottom: top, right: width - 1 }));
  headerRange.values = [header.map((h) => toCellInput(h))];
  headerRange.format.font.bold = true;
  if (rows.length) {
    const body = rows.map((r) =>
      [r.table, m.severity[r.severity] ?? r.severity, r.code, r.sheet, r.cell, r.indicator, r.message].map((v) =>
        toCellInput(v),
      ),
    );
    ws.getRange(rectAddress({ top: top + 1, left: 0, bottom: top + rows.length, right: width - 2 })).values = body;
    ws.getRange(rectAddress({ top: top + 1, left: width - 1, bottom: top + rows.length, right: width - 1 })).formulas =
      rows.map((r) => [linkFormula(r.sheet, r.cell)]);
  }
  ws.getRange(
    rectAddress({ top, left: 0, bottom: top + Math.max(rows.length, 1), right: width - 1 }),
  ).format.autofitColumns();
  return ws;
}
