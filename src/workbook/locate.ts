// locateTables: finds every annex table (附件1 基础数据表, 附件2 部门整体, 附件3 项目支出) in a workbook's
// grids by what the cells say, not where they are: any sheet, any start cell, stacked or side by side.
// Each sheet is indexed once; tables are built around their indicator headers (附件2/3) and their
// 财政供养人员情况 / 经费控制情况 anchors (附件1).

import type { AnnexTable, Rect, TableKind } from '../domain/model';
import type { Finding } from '../domain/types';
import type { SheetGrid } from './grid';
import { toA1 } from './grid';
import { findIndicatorHeaders, headerForm, type IndicatorHeader } from './indicatorHeaders';
import { locateBasicTables } from './locateBasic';
import { buildScoredTable, findTitle, hasScoreCells, headerBand } from './locateScored';
import { displayText } from '../domain/text';
import { collectAnchors, newTextCache, SheetIndex, type Band, type IndexedCell, type TextCache } from './sheetIndex';
import { isOwnSheet } from './ownSheets';

interface LocateResult {
  tables: AnnexTable[];
  findings: Finding[];
}

export function locateTables(grids: SheetGrid[]): LocateResult {
  const tables: AnnexTable[] = [];
  const findings: Finding[] = [];
  const texts = newTextCache(); // the workbook's sheets share their labels
  for (const grid of grids) {
    if (isOwnSheet(grid)) continue; // 自评结果汇总 / 检查结果 written by the tool: they name the annexes, they are not annexes
    const sheet = locateSheet(grid, texts);
    tables.push(...sheet.tables);
    findings.push(...sheet.findings);
  }
  if (!tables.length && !findings.some((f) => f.code === 'table-incomplete')) {
    const sheet = grids[0]?.name ?? '';
    findings.push({ severity: 'error', code: 'no-tables', sheet, cell: 'A1', params: {} });
  }
  return { tables, findings };
}

function locateSheet(grid: SheetGrid, texts: TextCache = newTextCache()): LocateResult {
  const index = new SheetIndex(grid, texts);
  const headers = findIndicatorHeaders(index);
  const bands = new Map<IndicatorHeader, Band>();
  for (const h of headers) bands.set(h, headerBand(index, h));
  const anchors = collectAnchors(index, (c) => isIndicatorName(index, headers, bands, c));
  const headerAt = new Map<number, IndicatorHeader[]>();
  for (const h of headers) {
    const band = bands.get(h)!;
    for (let r = h.row; r <= h.lastRow; r++) anchors.add(r, band.left, band.right);
    const list = headerAt.get(h.row);
    if (list) list.push(h);
    else headerAt.set(h.row, [h]);
  }

  const basic = locateBasicTables(index, anchors);
  const tables: AnnexTable[] = [...basic.tables];
  const findings: Finding[] = [...basic.findings];
  const usedTitles = new Set<IndexedCell>(basic.usedTitles);
  const taken: Rect[] = basic.tables.map((t) => t.range);

  const ordered = [...headers].sort((a, b) => a.row - b.row || a.left - b.left);
  const repeated = new Set<IndicatorHeader>();
  for (const h of ordered) {
    if (repeated.has(h)) continue; // a header row copied at a page break, read as part of the table above
    const band = bands.get(h)!;
    const regionTop =
      1 + Math.max(-1, ...taken.filter((r) => r.bottom < h.row && overlaps(r, band)).map((r) => r.bottom));
    const form = headerForm(h.roles);
    if ('missing' in form) {
      const missing = form.missing;
      const title = findTitle(index, band, regionTop, h.row);
      if (title) usedTitles.add(title);
      const kind: TableKind = title?.title === 'department' ? 'department' : 'project';
      const cell = toA1(h.row, h.left);
      findings.push({
        severity: 'error',
        code: 'table-incomplete',
        sheet: grid.name,
        cell,
        params: { reason: 'missingColumns', kind, missing },
      });
      taken.push({ top: title?.row ?? h.row, left: band.left, bottom: h.lastRow, right: band.right });
      continue;
    }
    const sameBandAt = (row: number) => headerAt.get(row)?.find((x) => x !== h && overlaps(bands.get(x)!, band));
    const built = buildScoredTable(index, h, band, regionTop, anchors, sameBandAt, form.form);
    for (const x of built.repeats) repeated.add(x);
    if (built.title) usedTitles.add(built.title);
    tables.push(built.table);
    findings.push(...built.findings);
    taken.push(built.table.range);
  }

  for (const t of index.titles) {
    if (usedTitles.has(t) || t.title === 'basic') continue;
    const cell = toA1(t.row, t.col);
    findings.push({
      severity: 'warning',
      code: 'table-incomplete',
      sheet: grid.name,
      cell,
      params: { reason: 'titleWithoutHeader', title: displayText(t.text) },
    });
  }

  tables.sort((a, b) => a.range.top - b.range.top || a.range.left - b.range.left);
  return { tables, findings };
}

/**
 * True when a label-like cell (名称, 目标, 经费控制, 供养人员 …) sits in the name columns of an indicator row:
 * the nearest indicator header above covers its column and the row has a 分值 or 得分 number.
 */
function isIndicatorName(
  index: SheetIndex,
  headers: IndicatorHeader[],
  bands: Map<IndicatorHeader, Band>,
  c: IndexedCell,
): boolean {
  let nearest: IndicatorHeader | undefined;
  for (const h of headers) {
    if (h.lastRow >= c.row || (nearest && nearest.row >= h.row)) continue;
    const band = bands.get(h)!;
    if (c.col >= band.left && c.col <= band.right) nearest = h;
  }
  if (!nearest) return false;
  const firstValue = Math.min(
    nearest.roles.target?.col ?? Infinity,
    nearest.roles.actual?.col ?? Infinity,
    nearest.roles.weight?.col ?? Infinity,
    nearest.roles.criteria?.col ?? Infinity,
  );
  return c.col < firstValue && hasScoreCells(index, nearest, c.row);
}

function overlaps(r: Rect | Band, band: Band): boolean {
  return r.left <= band.right && r.right >= band.left;
}
