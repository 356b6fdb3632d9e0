// Finds the indicator grid headers of 附件2/附件3 (一级指标 … 得分 … 偏差原因) anywhere on a sheet:
// one- or two-row headers (merged group headers such as 年度指标值 over 指标性质|指标值|度量单位),
// and several headers side by side on the same rows.

import type { IndicatorRole } from './headers';
import type { IndexedCell, SheetIndex } from './sheetIndex';

export interface RoleSpan {
  col: number;
  /** Last column of the header cell's merge: a 三级指标 header merged over two columns spans both. */
  right: number;
  row: number;
}

export interface IndicatorHeader {
  row: number;
  /** Last header row (row + 1 for two-row headers). */
  lastRow: number;
  left: number;
  right: number;
  roles: Partial<Record<IndicatorRole, RoleSpan>>;
}

export const REQUIRED_ROLES: IndicatorRole[] = ['name', 'target', 'actual', 'weight', 'score'];
const VALUE_ROLES: IndicatorRole[] = ['target', 'actual', 'weight', 'score'];
const MAX_HEADER_ROWS = 3;
/** Empty columns between two header cells that split them into two tables. */
const MAX_GAP = 3;

interface Entry extends RoleSpan {
  role: IndicatorRole;
  strict: boolean;
}

function entriesOf(cells: IndexedCell[]): Entry[] {
  const out: Entry[] = [];
  for (const c of cells) if (c.indicator) out.push({ role: c.indicator.role, strict: c.indicator.strict, col: c.col, right: c.right, row: c.row });
  return out;
}

/** The row below a one-row header is a sub-header when all its cells under the header are whole header words. */
function isSubHeaderRow(cells: IndexedCell[], left: number, right: number): boolean {
  const under = cells.filter((c) => c.col <= right && c.right >= left);
  return under.length > 0 && under.every((c) => c.indicator?.strict === true);
}

function qualifies(roles: Set<IndicatorRole>): boolean {
  const named = roles.has('level1') || roles.has('level2') || roles.has('name');
  return named && VALUE_ROLES.filter((r) => roles.has(r)).length >= 2;
}

export function findIndicatorHeaders(index: SheetIndex): IndicatorHeader[] {
  const out: IndicatorHeader[] = [];
  let consumedUntil = -1;
  // a tight scan: only rows naming two different indicator columns are looked at closely
  for (const row of index.rows) {
    if (row <= consumedUntil || !namesTwoRoles(index.cells(row))) continue;
    const last = headersAt(index, row, out);
    if (last !== undefined) consumedUntil = last;
  }
  return out;
}

/** True when the cells name at least two different indicator columns. */
function namesTwoRoles(cells: IndexedCell[]): boolean {
  let seen: IndicatorRole | undefined;
  for (const c of cells) {
    const role = c.indicator?.role;
    if (role === undefined || role === seen) continue;
    if (seen !== undefined) return true;
    seen = role;
  }
  return false;
}

/** The headers starting on `row`, pushed to `out`; their last row, or undefined when the row starts none. */
function headersAt(index: SheetIndex, row: number, out: IndicatorHeader[]): number | undefined {
  const cells = index.cells(row);
  const first = entriesOf(cells);
  const left = Math.min(...first.map((e) => e.col));
  const right = Math.max(...first.map((e) => e.right));
  let last = Math.min(row + MAX_HEADER_ROWS - 1, Math.max(...first.map((e) => index.view.bottomOf(e.row, e.col))));
  if (last === row && isSubHeaderRow(index.cells(row + 1), left, right)) last = row + 1;
  // a header needs its name and value columns somewhere in its rows
  const all: Entry[] = [...first];
  for (let r = row + 1; r <= last; r++) all.push(...entriesOf(index.cells(r)));
  if (!qualifies(new Set(all.map((e) => e.role)))) return undefined;

  // deeper header cells win over the group header above them (年度指标值 over 指标性质|指标值|度量单位)
  all.sort((a, b) => b.row - a.row || a.col - b.col);
  const claimed = new Set<number>();
  const kept: Entry[] = [];
  for (const e of all) {
    let free = true;
    for (let c = e.col; c <= e.right && free; c++) if (claimed.has(c)) free = false;
    if (!free) continue;
    for (let c = e.col; c <= e.right; c++) claimed.add(c);
    kept.push(e);
  }
  kept.sort((a, b) => a.col - b.col);

  let found = false;
  for (const cluster of splitSideBySide(kept)) {
    const roles = new Set(cluster.map((e) => e.role));
    if (!qualifies(roles)) continue;
    const header: IndicatorHeader = {
      row: Math.min(...cluster.map((e) => e.row)), // a row whose cells all gave way to the row below is not part of it
      lastRow: last,
      left: Math.min(...cluster.map((e) => e.col)),
      right: Math.max(...cluster.map((e) => e.right)),
      roles: noRoles(),
    };
    for (const e of cluster) header.roles[e.role] ??= { col: e.col, right: e.right, row: e.row };
    // forms without 三级指标: the lowest level present names the indicators
    const lowest = header.roles.name ? undefined : header.roles.level2 ? 'level2' : header.roles.level1 ? 'level1' : undefined;
    if (lowest) {
      header.roles.name = header.roles[lowest];
      header.roles[lowest] = undefined;
    }
    out.push(header);
    found = true;
  }
  return found ? last : undefined;
}

/** Every role, none found yet: all headers' roles share one shape (read in every indicator row's loop). */
function noRoles(): IndicatorHeader['roles'] {
  return {
    level1: undefined,
    level2: undefined,
    name: undefined,
    targetNature: undefined,
    target: undefined,
    unit: undefined,
    actual: undefined,
    weight: undefined,
    score: undefined,
    note: undefined,
  };
}

/** Roles every table has once: seeing one again starts the next table to the right. */
const TABLE_ROLES = new Set<IndicatorRole>(['level1', 'level2', 'name']);

/**
 * Splits one header row into tables: a 一级/二级/三级 header seen again, or a wide gap, starts the next table.
 * A value column seen twice in one table (评分标准 beside 得分, 完成率 beside 实际完成值) keeps the whole-word header.
 */
function splitSideBySide(entries: Entry[]): Entry[][] {
  const clusters: Entry[][] = [];
  let current: Entry[] = [];
  let prevRight = -Infinity;
  for (const e of entries) {
    const repeated = TABLE_ROLES.has(e.role) && current.some((x) => x.role === e.role);
    if (current.length && (repeated || e.col - prevRight > MAX_GAP)) {
      clusters.push(current);
      current = [];
      prevRight = -Infinity;
    }
    prevRight = Math.max(prevRight, e.right);
    const same = current.findIndex((x) => x.role === e.role);
    if (same < 0) current.push(e);
    else if (e.strict && !current[same].strict) current[same] = e;
  }
  if (current.length) clusters.push(current);
  return clusters;
}
