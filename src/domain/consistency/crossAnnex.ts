// Checks across the annexes of one workbook (one department): the same department name and year on every
// annex, and amounts that mean the same thing on two annexes. Pairs compared, and only these:
//  - 附件2 按支出性质分的项目支出 (a share of its 全年预算数) vs 附件1 项目支出 in the 预算数 column of 附件2's year
//    (the 项目支出 line, or the sum of its filled sub-lines when the line itself is blank). 附件1's 预算数 is the
//    年初 budget, so the pair is compared only when 附件2's 全年预算数 equals its 年初预算数.
//  - the same pair executed: 附件2's 项目支出 row 全年执行数 vs 附件1 项目支出 in the 决算数 column of that year.
//  - the sum of the 附件3 tables' 全年预算数 vs 附件2's 项目支出 part, over the 附件3 tables of this department
//    (实施单位 naming the 附件2 department, or none given) and of the same year; and their 全年执行数 vs its
//    全年执行数 where 附件2 gives 项目支出 a row of its own (a part written inside a cell has no executed amount).
// 附件2's 总分/等级 against its rows are the scoring evaluator's, not repeated here.

import type { AnnexTable, BasicData, BasicLine, InlineAmount, ScoredTable } from '../model';
import type { RuleProfile } from '../profile';
import { normalizeText } from '../text';
import { sheetRef } from '../address';
import type { BudgetColumn, CheckName, Finding, FindingParams } from '../findings';
import { readAmount, same, toWan, type Amount } from './amounts';
import { findLine, lineCell } from './basic';
import { inlineAmount, partLabel } from './budget';
import { finding, skipped, skippedBecause, tableCell, type Gap } from './report';
import { COLUMN, GROUP, LINE, yearColumn } from './terms';

export function checkAcrossAnnexes(tables: AnnexTable[], profile: RuleProfile): Finding[] {
  const basics = tables.filter((t): t is BasicData => t.kind === 'basic');
  const departments = tables.filter((t): t is ScoredTable => t.kind === 'department');
  const projects = tables.filter((t): t is ScoredTable => t.kind === 'project');
  if (departments.length > 1) {
    const second = departments[1];
    return [
      skippedBecause(second, 'crossAnnex', tableCell(second), {
        kind: 'severalDepartments',
        count: departments.length,
      }),
    ];
  }
  const department = departments[0];
  const basic = basics.length === 1 ? basics[0] : undefined;
  const out = [...checkNames(tables, department ?? basic), ...checkYears(tables, department ?? basic)];
  if (department && basic)
    out.push(...checkProjectVsBasic(department, basic, profile), ...checkExecutedVsBasic(department, basic, profile));
  if (department)
    out.push(
      ...checkProjectsVsDepartment(department, projects, profile, 'fullYear'),
      ...checkProjectsVsDepartment(department, projects, profile, 'executed'),
    );
  return out;
}

/** '岳阳市住房公积金管理中心（本级）' and '住房公积金管理中心' name the same unit as '岳阳市住房公积金管理中心'. */
function sameUnit(a: string, b: string): boolean {
  const n = (s: string) => normalizeText(s).replace(/\(本级\)$/, '');
  const [x, y] = [n(a), n(b)];
  return x === y || x.includes(y) || y.includes(x);
}

/** The unit a table names: 附件3's 实施单位 (department), else the table's own name for 附件1/2. */
function unitOf(t: AnnexTable): string {
  return t.kind === 'project' ? (t.department ?? '') : t.name;
}

function checkNames(tables: AnnexTable[], reference: AnnexTable | undefined): Finding[] {
  const expected = reference?.name ?? '';
  if (!reference || !expected) return [];
  return tables.flatMap((t) => {
    const found = unitOf(t);
    if (t === reference || !found || sameUnit(found, expected)) return [];
    return [
      finding(t, 'warning', 'name-mismatch', cellOfUnit(t), {
        annex: t.kind,
        found,
        reference: expected,
        referenceAnnex: reference.kind,
      }),
    ];
  });
}

/** Where a table writes the name of its unit (its top-left cell when the locator found no such cell). */
function cellOfUnit(t: AnnexTable): string {
  if (t.kind === 'basic') return t.nameCell ?? tableCell(t);
  if (t.kind === 'project') return t.departmentCell ?? tableCell(t);
  return t.nameSlot ? t.nameSlot.address : tableCell(t);
}

function checkYears(tables: AnnexTable[], reference: AnnexTable | undefined): Finding[] {
  const expected = reference?.year ?? mostCommon(tables.map((t) => t.year));
  if (expected === undefined) return [];
  const referenceAnnex = reference?.year !== undefined ? reference.kind : null;
  return tables.flatMap((t) =>
    t.year === undefined || t.year === expected
      ? []
      : [
          finding(t, 'warning', 'year-mismatch', tableCell(t), {
            kind: 'annex',
            annex: t.kind,
            found: t.year,
            reference: expected,
            referenceAnnex,
          }),
        ],
  );
}

function mostCommon(years: (number | undefined)[]): number | undefined {
  const counts = new Map<number, number>();
  for (const y of years) if (y !== undefined) counts.set(y, (counts.get(y) ?? 0) + 1);
  let best: number | undefined;
  for (const [y, c] of counts) if (best === undefined || c > (counts.get(best) ?? 0)) best = y;
  return best;
}

/**
 * 附件2's 按支出性质分 项目支出 in one budget column: written inside a cell (全年预算数 only), or a part row of its own
 * under the 按支出性质分 header.
 */
function departmentProjectPart(department: ScoredTable, column: BudgetColumn = 'fullYear'): InlineAmount | undefined {
  const inline = department.budget?.inline.find(
    (i) => i.group === 'expense' && partLabel(i.label).includes('项目支出'),
  );
  if (inline) return column === 'fullYear' ? inline : undefined;
  const line = department.budget?.parts.find((p) => p.group === 'expense' && partLabel(p.label).includes('项目支出'));
  const slot = line?.[column];
  if (!line || !slot) return undefined;
  const amount = readAmount(slot); // as written: inlineAmount takes it to 万元 with the other parts
  return { label: line.label, group: 'expense', amount: amount.kind === 'value' ? amount.value : null, slot };
}

const PROJECT_SUB_LINES = ['projectBusiness', 'projectOperation', 'projectSpecial'] as const;

/** 附件1's 项目支出 in year column `col`: the line itself, or the sum of its filled sub-lines when the line is blank. */
function basicProject(
  basic: BasicData,
  projectLine: BasicLine,
  col: number,
): { parts: boolean; address: string; amount: Amount; value: number | null } {
  const own = lineCell(basic, projectLine, col);
  if (own.amount.kind === 'value') return { parts: false, ...own, value: own.amount.value };
  if (own.amount.kind === 'blank') {
    const subs = PROJECT_SUB_LINES.flatMap((k) => {
      const line = findLine(basic, k);
      const c = line && lineCell(basic, line, col);
      return c && c.amount.kind === 'value' ? [{ ...c, value: c.amount.value }] : [];
    });
    if (subs.length) return { parts: true, ...subs[0], value: subs.reduce((sum, c) => sum + c.value, 0) };
  }
  return { parts: false, ...own, value: null };
}

function checkProjectVsBasic(department: ScoredTable, basic: BasicData, profile: RuleProfile): Finding[] {
  // 附件1's 预算数 is the 年初 figure: a 项目支出 row with its own 年初预算数 compares directly
  const atStart = departmentProjectPart(department, 'initial');
  const part = atStart && atStart.amount !== null ? atStart : departmentProjectPart(department);
  const projectLine = findLine(basic, 'project');
  const year = department.year ?? basic.year;
  const col = basic.years.findIndex((c) => c.kind === 'budget' && c.year === year);
  if (!part || !projectLine || year === undefined || col < 0) return []; // the forms do not carry this pair
  const check = 'projectVsBasic';
  const initial = readAmount(department.budget?.total.initial, toWan(department));
  const fullYear = readAmount(department.budget?.total.fullYear, toWan(department));
  if (
    part !== atStart &&
    initial.kind === 'value' &&
    fullYear.kind === 'value' &&
    !same(initial.value, fullYear.value, profile.amountTolerance)
  ) {
    return [
      skippedBecause(department, check, part.slot.address, {
        kind: 'adjusted',
        initial: initial.value,
        fullYear: fullYear.value,
      }),
    ];
  }

  return comparePair(
    department,
    basic,
    check,
    part,
    projectLine,
    col,
    year,
    'budget',
    part === atStart ? 'initial' : undefined,
    profile,
  );
}

/** 附件2's 项目支出 row 全年执行数 against 附件1's 项目支出 决算数 of that year (both say what was spent). */
function checkExecutedVsBasic(department: ScoredTable, basic: BasicData, profile: RuleProfile): Finding[] {
  const part = departmentProjectPart(department, 'executed');
  const projectLine = findLine(basic, 'project');
  const year = department.year ?? basic.year;
  const col = basic.years.findIndex((c) => c.kind === 'final' && c.year === year);
  if (!part || !projectLine || year === undefined || col < 0) return []; // the forms do not carry this pair
  return comparePair(department, basic, 'executedVsBasic', part, projectLine, col, year, 'final', 'executed', profile);
}

function comparePair(
  department: ScoredTable,
  basic: BasicData,
  check: CheckName,
  part: InlineAmount,
  projectLine: BasicLine,
  col: number,
  year: number,
  kind: 'budget' | 'final',
  column: BudgetColumn | undefined,
  profile: RuleProfile,
): Finding[] {
  const b = basicProject(basic, projectLine, col);
  const departmentAmount = inlineAmount(part, toWan(department));
  const gaps: Gap[] = [];
  if (departmentAmount.kind !== 'value')
    gaps.push({
      what: `${GROUP.expense}的项目支出${column ? COLUMN[column] : ''}`,
      cell: part.slot.address,
      amount: departmentAmount,
    });
  if (b.value === null)
    gaps.push({
      what: `附件1${LINE.project}${yearColumn(year, kind)}`,
      cell: sheetRef(basic.sheet, b.address),
      amount: b.amount,
    });
  if (departmentAmount.kind !== 'value' || b.value === null) return skipped(department, check, gaps, part.slot.address);
  if (same(departmentAmount.value, b.value, profile.amountTolerance)) return [];
  const p: FindingParams['cross-annex-mismatch'] = {
    kind: 'projectVsBasic',
    department: departmentAmount.value,
    basic: b.value,
    basicCell: sheetRef(basic.sheet, b.address),
    basicParts: b.parts,
    year,
    basicColumn: kind,
  };
  if (column !== undefined) p.column = column;
  return [finding(department, 'warning', 'cross-annex-mismatch', part.slot.address, p)];
}

/** The 附件3 tables' 全年预算数 (or 全年执行数) added up against 附件2's 项目支出 in the same column. */
function checkProjectsVsDepartment(
  department: ScoredTable,
  projects: ScoredTable[],
  profile: RuleProfile,
  column: 'fullYear' | 'executed',
): Finding[] {
  const own = projects.filter(
    (p) =>
      (!p.department || !department.name || sameUnit(p.department, department.name)) &&
      (p.year === undefined || department.year === undefined || p.year === department.year),
  );
  if (!own.length) return [];
  const executed = column === 'executed';
  const check = executed ? 'executedProjectsVsDepartment' : 'projectsVsDepartment';
  const part = departmentProjectPart(department, column);
  if (!part)
    return executed ? [] : [skippedBecause(department, check, tableCell(department), { kind: 'noDepartmentProject' })];
  const departmentAmount = inlineAmount(part, toWan(department));
  const columnName = executed ? COLUMN.executed : '';
  const gaps: Gap[] =
    departmentAmount.kind === 'value'
      ? []
      : [{ what: `${GROUP.expense}的项目支出${columnName}`, cell: part.slot.address, amount: departmentAmount }];
  const budgets = own.map((p) => {
    const slot = p.budget?.total[column];
    const amount: Amount = readAmount(slot, toWan(p));
    const cell = sheetRef(p.sheet, slot?.address ?? tableCell(p));
    if (amount.kind !== 'value')
      gaps.push({ what: `附件3「${p.name || '未命名项目'}」${COLUMN[column]}`, cell, amount });
    return { name: p.name, cell, value: amount.kind === 'value' ? amount.value : 0 };
  });
  if (gaps.length || departmentAmount.kind !== 'value') return skipped(department, check, gaps, part.slot.address);
  const sum = budgets.reduce((s, b) => s + b.value, 0);
  const tol = profile.amountTolerance;
  if (same(sum, departmentAmount.value, tol)) return [];
  const p: FindingParams['cross-annex-mismatch'] = {
    kind: 'projectsVsDepartment',
    column,
    projects: budgets.map((b) => ({ name: b.name, cell: b.cell, amount: b.value })),
    sum,
    department: departmentAmount.value,
  };
  const total = readAmount(department.budget?.total[column], toWan(department));
  if (total.kind === 'value' && same(sum, total.value, tol)) p.departmentTotal = total.value;
  return [finding(department, 'warning', 'cross-annex-mismatch', part.slot.address, p)];
}
