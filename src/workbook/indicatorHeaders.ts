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

const REQUIRED_ROLES: IndicatorRole[] = ['name', 'target', 'actual', 'weight', 'score'];

/**
 * What a header's columns let the tool check (a table is a header band plus the roles its columns play):
 * - 'scored': 年度指标值, 实际完成值, 分值 and 得分 — the 财预〔2020〕10号 layout, every row scored by the rule;
 * - 'unscored': targets and actuals but neither 分值 nor 得分 (绩效目标自评表): completion checked, nothing scored;
 * - 'weightless': targets, actuals and 得分 but no 分值 (the Yunnan/Hubei 20-point form): rows judged, the recorded
 *   scores added up against the 总分, the weights unknown;
 * - 'scorecard': 分值 and 得分 without a target or an actual column (决策–过程–产出–效益 and 部门整体 scorecards):
 *   rows judged against a 评分标准, the recorded scores checked against their weights and the total.
 * Anything else lacks columns: `missing` names them.
 */
export function headerForm(
  roles: IndicatorHeader['roles'],
): { form: 'scored' | 'unscored' | 'scorecard' | 'weightless' } | { missing: IndicatorRole[] } {
  const has = (r: IndicatorRole) => roles[r] !== undefined;
  if (has('name')) {
    const targets = has('target') && has('actual');
    const scores = has('weight') && has('score');
    if (targets && scores) return { form: 'scored' };
    if (targets && !has('weight') && !has('score')) return { form: 'unscored' };
    // 年初目标值 | 实际完成值 | 得分 without 分值 (the Yunnan/Hubei 20-point form): read, judged, weights unknown
    if (targets && has('score') && !has('weight')) return { form: 'weightless' };
    if (scores && !(has('target') && has('actual'))) return { form: 'scorecard' };
    // 一级 | 二级 | 三级 | 得分, the points in the names (相关性（5分）): a scorecard whose weights the names give
    if (has('score') && !has('weight') && !has('target') && !has('actual') && has('level1') && has('level2'))
      return { form: 'scorecard' };
  }
  return { missing: REQUIRED_ROLES.filter((r) => !has(r)) };
}
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
  for (const c of cells)
    if (c.indicator)
      out.push({ role: c.indicator.role, strict: c.indicator.strict, col: c.col, right: c.right, row: c.row });
  return out;
}

/** The row below a one-row header is a sub-header when all its cells under the header are whole header words. */
function isSubHeaderRow(cells: IndexedCell[], left: number, right: number): boolean {
  const under = cells.filter((c) => c.col <= right && c.right >= left);
  return under.length > 0 && under.every((c) => c.indicator?.strict === true);
}

function qualifies(roles: Set<IndicatorRole>): boolean {
  const named = roles.has('level1') || roles.has('level2') || roles.has('name');
  if (named && VALUE_ROLES.filter((r) => roles.has(r)).length >= 2) return true;
  // a 得分表 whose points are written in the names (相关性（5分）): 一级 | 二级 | 三级 | 得分
  return roles.has('level1') && roles.has('level2') && roles.has('name') && roles.has('score');
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
  const first = withoutSideLabel(index, entriesOf(cells));
  if (!first.length) return undefined;
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
    const lowest = header.roles.name
      ? undefined
      : header.roles.level2
        ? 'level2'
        : header.roles.level1
          ? 'level1'
          : undefined;
    if (lowest) {
      header.roles.name = header.roles[lowest];
      header.roles[lowest] = undefined;
    }
    out.push(header);
    found = true;
  }
  return found ? last : undefined;
}

/**
 * A label merged down the side of the indicator block (绩效指标, 年度绩效指标完成情况 in the first column, spanning
 * the indicator rows) is not a column header even when its words name one: the leftmost cell whose merge reaches
 * below every other header cell of the row is dropped, so it neither stretches the header band over the first
 * indicator rows nor claims a role.
 */
function withoutSideLabel(index: SheetIndex, entries: Entry[]): Entry[] {
  if (entries.length < 3) return entries;
  let first = entries[0];
  for (const e of entries) if (e.col < first.col) first = e;
  const bottom = index.view.bottomOf(first.row, first.col);
  let others = first.row;
  for (const e of entries) if (e !== first) others = Math.max(others, index.view.bottomOf(e.row, e.col));
  return bottom > others && bottom - first.row >= MAX_HEADER_ROWS - 1 ? entries.filter((e) => e !== first) : entries;
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
    criteria: undefined,
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
