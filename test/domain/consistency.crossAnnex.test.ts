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

const where = (f: Finding) => ({ code: f.code, severity: f.severity, sheet: f.sheet, cell: f.cell });
const check = (...tables: Parameters<typeof checkConsistency>[0]) => checkConsistency(tables, national2020);

describe('附件2 项目支出 against 附件1 项目支出', () => {
  it('warns when 附件1 budgets a different 项目支出 for the year', () => {
    const findings = check(withCells(agreeingBasic(), { C11: 210 }), agreeingDepartment());
    expect(findings.map(where)).toEqual([{ code: 'cross-annex-mismatch', severity: 'warning', sheet: '附件2', cell: 'E7' }]);
    expect(findings[0].message).toBe(
      '附件2按支出性质分的项目支出为200万元，附件1（附件1!C11）2023年预算数中的项目支出为210万元，两者应一致，实际相差10万元。',
    );
  });

  it('uses the sum of 附件1 项目支出 sub-lines when the 项目支出 line itself is blank', () => {
    const basic = withCells(agreeingBasic(), { B11: '', C11: '', D11: '', C13: 90 });
    const findings = check(basic, agreeingDepartment());
    expect(findings.map(where)).toEqual([{ code: 'cross-annex-mismatch', severity: 'warning', sheet: '附件2', cell: 'E7' }]);
    expect(findings[0].message).toContain('附件1（附件1!C12）2023年预算数中的项目支出各分项之和为210万元');
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
    expect(findings[1].message).toContain('附件2的全年预算数1000万元已由年初的1100万元调整');
  });

  it('says once when 附件1 leaves the 项目支出 budget blank', () => {
    const basic = withCells(agreeingBasic(), { C11: '', C12: '', C13: '', C14: '' });
    const findings = check(basic, agreeingDepartment());
    const skipped = findings.filter((f) => f.sheet === '附件2');
    expect(skipped.map(where)).toEqual([{ code: 'check-skipped', severity: 'info', sheet: '附件2', cell: 'E7' }]);
    expect(skipped[0].message).toBe(
      '未能核对“附件2的项目支出与附件1的项目支出预算数”：附件1项目支出2023年预算数（附件1!C11）未填。',
    );
  });
});

describe('附件3 projects against 附件2 项目支出', () => {
  it('agrees when the projects’ 全年预算数 add up to 附件2’s 项目支出', () => {
    expect(check(agreeingDepartment(), agreeingProjectA(), agreeingProjectB())).toEqual([]);
  });

  it('warns when the projects’ 全年预算数 add up to another amount', () => {
    const b = withCells(agreeingProjectB(), { C5: 90, D5: 90, C6: 90, D6: 90 });
    const findings = check(agreeingDepartment(), agreeingProjectA(), b);
    expect(findings.map(where)).toEqual([{ code: 'cross-annex-mismatch', severity: 'warning', sheet: '附件2', cell: 'E7' }]);
    expect(findings[0].message).toBe(
      '附件3共2个项目的全年预算数合计210万元（业务工作经费（附件3-1!D5）120 + 运行维护经费（附件3-2!D5）90），与附件2按支出性质分的项目支出200万元不符，相差10万元。',
    );
  });

  it('leaves out a 附件3 of another unit and flags its name instead', () => {
    const other = { ...agreeingProjectB(), department: '某市另一局' };
    const a = withCells(agreeingProjectA(), { C5: 200, D5: 200, E5: 190, C6: 200, D6: 200, E6: 190 });
    const findings = check(agreeingDepartment(), a, other);
    expect(findings.map(where)).toEqual([{ code: 'name-mismatch', severity: 'warning', sheet: '附件3-2', cell: 'A1' }]);
    expect(findings[0].message).toBe('附件3的单位名称为“某市另一局”，与附件2的部门名称“某市某某局”不一致。');
  });

  it('says once which project budgets are missing', () => {
    const findings = check(agreeingDepartment(), agreeingProjectA(), withCells(agreeingProjectB(), { D5: '', D6: '' }));
    const cross = findings.filter((f) => f.sheet === '附件2');
    expect(cross.map(where)).toEqual([{ code: 'check-skipped', severity: 'info', sheet: '附件2', cell: 'E7' }]);
    expect(cross[0].message).toBe(
      '未能核对“附件3各项目全年预算数之和与附件2的项目支出”：附件3「运行维护经费」全年预算数（附件3-2!D5）未填。',
    );
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
  return { ...d, budget: { ...d.budget!, inline: [], parts: [row('基本支出', 10, [800, 800, 760]), row('项目支出', 11, [200, 200, 190])] } };
}

describe('what was spent on projects: 全年执行数 on 附件2 against 附件1 决算数 and the 附件3 tables', () => {
  it('agrees when 附件2’s 项目支出 spent 190, as 附件1’s 2023年决算数 and 附件3’s 115 + 75 say', () => {
    expect(check(agreeingBasic(), departmentWithRows(), agreeingProjectA(), agreeingProjectB())).toEqual([]);
  });

  it('warns at 附件2’s 项目支出 全年执行数 when 附件1’s 决算数 says another amount', () => {
    const findings = check(withCells(agreeingBasic(), { D11: 185 }), departmentWithRows());
    expect(findings.map(where)).toEqual([{ code: 'cross-annex-mismatch', severity: 'warning', sheet: '附件2', cell: 'E11' }]);
    expect(findings[0].message).toBe(
      '附件2按支出性质分的项目支出全年执行数为190万元，附件1（附件1!D11）2023年决算数中的项目支出为185万元，两者应一致，实际相差5万元。',
    );
  });

  it('warns when the 附件3 tables spent another amount in all', () => {
    const b = withCells(agreeingProjectB(), { E5: 70, E6: 70 });
    const findings = check(departmentWithRows(), agreeingProjectA(), b);
    expect(findings.map(where)).toEqual([{ code: 'cross-annex-mismatch', severity: 'warning', sheet: '附件2', cell: 'E11' }]);
    expect(findings[0].message).toBe(
      '附件3共2个项目的全年执行数合计185万元（业务工作经费（附件3-1!E5）115 + 运行维护经费（附件3-2!E5）70），与附件2按支出性质分的项目支出全年执行数190万元不符，相差5万元。',
    );
  });

  it('does not compare 全年执行数 when 附件2 writes its parts inside cells (they carry no executed amount)', () => {
    const b = withCells(agreeingProjectB(), { E5: 70, E6: 70 });
    expect(check(withCells(agreeingBasic(), { D11: 185 }), agreeingDepartment(), agreeingProjectA(), b)).toEqual([]);
  });

  it('says once, for every check it feeds, that 附件2’s 项目支出 全年执行数 is blank', () => {
    const department = withCells(departmentWithRows(), { E11: '' });
    const findings = check(agreeingBasic(), department, agreeingProjectA(), agreeingProjectB());
    expect(findings.map(where)).toEqual([{ code: 'check-skipped', severity: 'info', sheet: '附件2', cell: 'E11' }]);
    expect(findings[0].message).toBe(
      '未能核对“年度资金总额 = 其中各项之和”、“附件2的项目支出全年执行数与附件1的项目支出决算数”、“附件3各项目全年执行数之和与附件2的项目支出全年执行数”：项目支出全年执行数（E11）未填。',
    );
  });
});

describe('the same department and year on every annex', () => {
  it('flags a 附件1 naming another department', () => {
    const findings = check({ ...agreeingBasic(), name: '某市另一局' }, agreeingDepartment());
    expect(findings.map(where)).toEqual([{ code: 'name-mismatch', severity: 'warning', sheet: '附件1', cell: 'A1' }]);
    expect(findings[0].message).toBe('附件1的单位名称为“某市另一局”，与附件2的部门名称“某市某某局”不一致。');
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
    expect(findings[0].message).toBe('附件3标题的年度为2022年，与附件2的2023年度不一致。');
  });

  it('does not pair annexes when the workbook holds several 附件2', () => {
    const second = { ...agreeingDepartment(), sheet: '附件2(2)', id: '附件2(2)!A1', name: '某市另一局' };
    const findings = check(agreeingDepartment(), second, agreeingProjectA());
    expect(findings.map(where)).toEqual([{ code: 'check-skipped', severity: 'info', sheet: '附件2(2)', cell: 'A1' }]);
    expect(findings[0].message).toContain('工作簿中有2张附件2');
  });
});
