// Across the annexes of one workbook: 项目支出 on 附件1/2/3, the department name and the year on every annex.

import { checkConsistency } from '../../src/domain/consistency/index';
import { national2020 } from '../../src/domain/profiles';
import type { ScoredTable } from '../../src/domain/model';
import type { Finding } from '../../src/domain/types';
import {
  agreeingBasic,
  agreeingDepartment,
  agreeingProjectA,
  agreeingProjectB,
  slot,
  withCells,
} from '../support/consistencyModels';
import { facts } from '../support/findingText';

const where = (f: Finding) => ({ code: f.code, severity: f.severity, sheet: f.sheet, cell: f.cell });
const check = (...tables: Parameters<typeof checkConsistency>[0]) => checkConsistency(tables, national2020);

/** The facts of the warning that the two 附件3 projects add up to another amount than 附件2 gives. */
function projectsVsDepartment(
  column: 'fullYear' | 'executed',
  letter: string,
  [a, b]: [number, number],
  sum: number,
  department: number,
) {
  return {
    code: 'cross-annex-mismatch',
    params: {
      kind: 'projectsVsDepartment',
      column,
      projects: [
        { name: '业务工作经费', cell: `'附件3-1'!${letter}5`, amount: a },
        { name: '运行维护经费', cell: `'附件3-2'!${letter}5`, amount: b },
      ],
      sum,
      department,
    },
  };
}

describe('附件2 项目支出 against 附件1 项目支出', () => {
  it('warns when 附件1 budgets a different 项目支出 for the year', () => {
    const findings = check(withCells(agreeingBasic(), { C11: 210 }), agreeingDepartment());
    expect(findings.map(where)).toEqual([
      { code: 'cross-annex-mismatch', severity: 'warning', sheet: '附件2', cell: 'E7' },
    ]);
    expect(facts(findings[0])).toEqual({
      code: 'cross-annex-mismatch',
      params: {
        kind: 'projectVsBasic',
        department: 200,
        basic: 210,
        basicCell: '附件1!C11',
        basicParts: false,
        year: 2023,
        basicColumn: 'budget',
      },
    });
  });

  it('uses the sum of 附件1 项目支出 sub-lines when the 项目支出 line itself is blank', () => {
    const basic = withCells(agreeingBasic(), { B11: '', C11: '', D11: '', C13: 90 });
    const findings = check(basic, agreeingDepartment());
    expect(findings.map(where)).toEqual([
      { code: 'cross-annex-mismatch', severity: 'warning', sheet: '附件2', cell: 'E7' },
    ]);
    expect(facts(findings[0])).toEqual({
      code: 'cross-annex-mismatch',
      params: {
        kind: 'projectVsBasic',
        department: 200,
        basic: 210,
        basicCell: '附件1!C12',
        basicParts: true,
        year: 2023,
        basicColumn: 'budget',
      },
    });
  });

  it('agrees with the sub-lines when they add up to the 附件2 项目支出', () => {
    const basic = withCells(agreeingBasic(), { B11: '', C11: '', D11: '' });
    expect(check(basic, agreeingDepartment())).toEqual([]);
  });

  it('does not compare 附件1 预算数 with an adjusted 附件2 budget, and says why', () => {
    const department = withCells(agreeingDepartment(), { C4: 1100 });
    const findings = check(withCells(agreeingBasic(), { C11: 210 }), department);
    expect(findings.map(where)).toEqual([
      { code: 'budget-adjusted', severity: 'info', sheet: '附件2', cell: 'D4' },
      { code: 'check-skipped', severity: 'info', sheet: '附件2', cell: 'E7' },
    ]);
    expect(facts(findings[1])).toEqual({
      code: 'check-skipped',
      params: { kind: 'because', check: 'projectVsBasic', reason: { kind: 'adjusted', initial: 1100, fullYear: 1000 } },
    });
  });

  it('says once when 附件1 leaves the 项目支出 budget blank', () => {
    const basic = withCells(agreeingBasic(), { C11: '', C12: '', C13: '', C14: '' });
    const findings = check(basic, agreeingDepartment());
    const skipped = findings.filter((f) => f.sheet === '附件2');
    expect(skipped.map(where)).toEqual([{ code: 'check-skipped', severity: 'info', sheet: '附件2', cell: 'E7' }]);
    expect(facts(skipped[0])).toEqual({
      code: 'check-skipped',
      params: {
        kind: 'gaps',
        checks: ['projectVsBasic'],
        items: [{ what: '附件1项目支出2023年预算数', cell: '附件1!C11' }],
      },
    });
  });
});

describe('附件3 projects against 附件2 项目支出', () => {
  it('agrees when the projects’ 全年预算数 add up to 附件2’s 项目支出', () => {
    expect(check(agreeingDepartment(), agreeingProjectA(), agreeingProjectB())).toEqual([]);
  });

  it('warns when the projects’ 全年预算数 add up to another amount', () => {
    const b = withCells(agreeingProjectB(), { C5: 90, D5: 90, C6: 90, D6: 90 });
    const findings = check(agreeingDepartment(), agreeingProjectA(), b);
    expect(findings.map(where)).toEqual([
      { code: 'cross-annex-mismatch', severity: 'warning', sheet: '附件2', cell: 'E7' },
    ]);
    expect(facts(findings[0])).toEqual(projectsVsDepartment('fullYear', 'D', [120, 90], 210, 200));
  });

  it('leaves out a 附件3 of another unit and flags its name instead', () => {
    const other = { ...agreeingProjectB(), department: '某市另一局' };
    const a = withCells(agreeingProjectA(), { C5: 200, D5: 200, E5: 190, C6: 200, D6: 200, E6: 190 });
    const findings = check(agreeingDepartment(), a, other);
    expect(findings.map(where)).toEqual([{ code: 'name-mismatch', severity: 'warning', sheet: '附件3-2', cell: 'A1' }]);
    expect(facts(findings[0])).toEqual({
      code: 'name-mismatch',
      params: { annex: 'project', found: '某市另一局', reference: '某市某某局', referenceAnnex: 'department' },
    });
  });

  it('says once which project budgets are missing', () => {
    const findings = check(agreeingDepartment(), agreeingProjectA(), withCells(agreeingProjectB(), { D5: '', D6: '' }));
    const cross = findings.filter((f) => f.sheet === '附件2');
    expect(cross.map(where)).toEqual([{ code: 'check-skipped', severity: 'info', sheet: '附件2', cell: 'E7' }]);
    expect(facts(cross[0])).toEqual({
      code: 'check-skipped',
      params: {
        kind: 'gaps',
        checks: ['projectsVsDepartment'],
        items: [{ what: '附件3「运行维护经费」全年预算数', cell: "'附件3-2'!D5" }],
      },
    });
  });
});

/**
 * The agreeing 附件2 with 按支出性质分 as rows of its own (C10:E11), each with 年初/全年预算数 and 全年执行数:
 * 基本支出 800 / 800 / 760, 项目支出 200 / 200 / 190 (附件1 项目支出: 2023年预算数 200, 决算数 190; 附件3: 115 + 75).
 */
function departmentWithRows(): ScoredTable {
  const d = agreeingDepartment();
  const row = (label: string, r: number, [i, f, e]: [number, number, number]) => ({
    label,
    row: r - 1,
    group: 'expense' as const,
    initial: slot(`C${r}`, i),
    fullYear: slot(`D${r}`, f),
    executed: slot(`E${r}`, e),
  });
  return {
    ...d,
    budget: {
      ...d.budget!,
      inline: [],
      parts: [row('基本支出', 10, [800, 800, 760]), row('项目支出', 11, [200, 200, 190])],
    },
  };
}

describe('what was spent on projects: 全年执行数 on 附件2 against 附件1 决算数 and the 附件3 tables', () => {
  it('agrees when 附件2’s 项目支出 spent 190, as 附件1’s 2023年决算数 and 附件3’s 115 + 75 say', () => {
    expect(check(agreeingBasic(), departmentWithRows(), agreeingProjectA(), agreeingProjectB())).toEqual([]);
  });

  it('warns at 附件2’s 项目支出 全年执行数 when 附件1’s 决算数 says another amount', () => {
    const findings = check(withCells(agreeingBasic(), { D11: 185 }), departmentWithRows());
    expect(findings.map(where)).toEqual([
      { code: 'cross-annex-mismatch', severity: 'warning', sheet: '附件2', cell: 'E11' },
    ]);
    expect(facts(findings[0])).toEqual({
      code: 'cross-annex-mismatch',
      params: {
        kind: 'projectVsBasic',
        department: 190,
        basic: 185,
        basicCell: '附件1!D11',
        basicParts: false,
        year: 2023,
        basicColumn: 'final',
        column: 'executed',
      },
    });
  });

  it('warns when the 附件3 tables spent another amount in all', () => {
    const b = withCells(agreeingProjectB(), { E5: 70, E6: 70 });
    const findings = check(departmentWithRows(), agreeingProjectA(), b);
    expect(findings.map(where)).toEqual([
      { code: 'cross-annex-mismatch', severity: 'warning', sheet: '附件2', cell: 'E11' },
    ]);
    expect(facts(findings[0])).toEqual(projectsVsDepartment('executed', 'E', [115, 70], 185, 190));
  });

  it('does not compare 全年执行数 when 附件2 writes its parts inside cells (they carry no executed amount)', () => {
    const b = withCells(agreeingProjectB(), { E5: 70, E6: 70 });
    expect(check(withCells(agreeingBasic(), { D11: 185 }), agreeingDepartment(), agreeingProjectA(), b)).toEqual([]);
  });

  it('says once, for every check it feeds, that 附件2’s 项目支出 全年执行数 is blank', () => {
    const department = withCells(departmentWithRows(), { E11: '' });
    const findings = check(agreeingBasic(), department, agreeingProjectA(), agreeingProjectB());
    expect(findings.map(where)).toEqual([{ code: 'check-skipped', severity: 'info', sheet: '附件2', cell: 'E11' }]);
    expect(facts(findings[0])).toEqual({
      code: 'check-skipped',
      params: {
        kind: 'gaps',
        checks: ['budgetParts', 'executedVsBasic', 'executedProjectsVsDepartment'],
        items: [{ what: '项目支出全年执行数', cell: 'E11' }],
      },
    });
  });
});

describe('the same department and year on every annex', () => {
  it('flags a 附件1 naming another department', () => {
    const findings = check({ ...agreeingBasic(), name: '某市另一局' }, agreeingDepartment());
    expect(findings.map(where)).toEqual([{ code: 'name-mismatch', severity: 'warning', sheet: '附件1', cell: 'A1' }]);
    expect(facts(findings[0])).toEqual({
      code: 'name-mismatch',
      params: { annex: 'basic', found: '某市另一局', reference: '某市某某局', referenceAnnex: 'department' },
    });
  });

  it('accepts the same unit written with （本级） or without its city', () => {
    const project = { ...agreeingProjectA(), department: '某市某某局（本级）' };
    const basic = { ...agreeingBasic(), name: '某某局' };
    const a = withCells(project, { C5: 200, D5: 200, E5: 190, C6: 200, D6: 200, E6: 190 });
    expect(check(basic, agreeingDepartment(), a)).toEqual([]);
  });

  it('flags a 附件3 of another year and leaves it out of the project sum', () => {
    const findings = check(agreeingDepartment(), { ...agreeingProjectA(), year: 2022 });
    expect(findings.map(where)).toEqual([{ code: 'year-mismatch', severity: 'warning', sheet: '附件3-1', cell: 'A1' }]);
    expect(facts(findings[0])).toEqual({
      code: 'year-mismatch',
      params: { kind: 'annex', annex: 'project', found: 2022, reference: 2023, referenceAnnex: 'department' },
    });
  });

  it('does not pair annexes when the workbook holds several 附件2', () => {
    const second = { ...agreeingDepartment(), sheet: '附件2(2)', id: '附件2(2)!A1', name: '某市另一局' };
    const findings = check(agreeingDepartment(), second, agreeingProjectA());
    expect(findings.map(where)).toEqual([{ code: 'check-skipped', severity: 'info', sheet: '附件2(2)', cell: 'A1' }]);
    expect(facts(findings[0])).toEqual({
      code: 'check-skipped',
      params: { kind: 'because', check: 'crossAnnex', reason: { kind: 'severalDepartments', count: 2 } },
    });
  });
});
