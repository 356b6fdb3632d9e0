// Budget blocks of 附件2/3: 年度资金总额 against its 其中 rows and inline parts; 执行数, 全年预算数 and 年初预算数.

import { checkConsistency } from '../../src/domain/consistency/index';
import { national2020 } from '../../src/domain/profiles';
import type { ScoredTable } from '../../src/domain/model';
import type { Finding } from '../../src/domain/types';
import { agreeingDepartment, agreeingProjectA, withCells } from '../support/consistencyModels';

const where = (f: Finding) => ({ code: f.code, severity: f.severity, sheet: f.sheet, cell: f.cell });
const check = (t: ScoredTable) => checkConsistency([t], national2020);

describe('附件3 年度资金总额 against its 其中 rows', () => {
  it('agrees when 年度资金总额 equals 当年财政拨款 + 上年结转资金 + 其他资金 in every column', () => {
    expect(check(agreeingProjectA())).toEqual([]);
  });

  it('flags a 全年预算数 total that differs from its parts', () => {
    const findings = check(withCells(agreeingProjectA(), { D6: 110 }));
    expect(findings.map(where)).toEqual([{ code: 'sum-mismatch', severity: 'error', sheet: '附件3-1', cell: 'D5' }]);
    expect(findings[0].message).toBe(
      '年度资金总额全年预算数为120万元，应等于当年财政拨款110 + 上年结转资金0 + 其他资金0 = 110万元，实际相差10万元。',
    );
  });

  it('flags a 年度资金总额 printed as 0 while its 其中 rows hold the money, and what that does to the 执行率 (issue 11)', () => {
    const findings = check(withCells(agreeingProjectA(), { E5: 0 }));
    expect(findings.map(where)).toEqual([{ code: 'sum-mismatch', severity: 'error', sheet: '附件3-1', cell: 'E5' }]);
    expect(findings[0].message).toBe(
      '年度资金总额全年执行数填为0，但其中各项当年财政拨款115 + 上年结转资金0 + 其他资金0合计115万元：年度资金总额应为115万元。执行率和预算执行得分因此按0计算，请先补填年度资金总额。',
    );
  });

  it('accepts blank 上年结转资金/其他资金 rows when 当年财政拨款 alone makes up the total', () => {
    const blanks = { C7: '', D7: '', E7: '', C8: '', D8: '', E8: '' };
    expect(check(withCells(agreeingProjectA(), blanks))).toEqual([]);
  });

  it('names a breakdown left unfilled in a column as one item, not a cell at a time', () => {
    const findings = check(withCells(agreeingProjectA(), { C6: '', C7: '', C8: '', E6: '', E7: '', E8: '' }));
    expect(findings.map(where)).toEqual([{ code: 'check-skipped', severity: 'info', sheet: '附件3-1', cell: 'C6' }]);
    expect(findings[0].message).toBe(
      '未能核对“年度资金总额 = 其中各项之和”：其中各项年初预算数（C6:C8）未填、其中各项全年执行数（E6:E8）未填。',
    );
  });

  it('says once that the parts could not be checked when a blank part leaves the sum undecided', () => {
    const findings = check(withCells(agreeingProjectA(), { D6: '', E6: '' }));
    expect(findings.map(where)).toEqual([{ code: 'check-skipped', severity: 'info', sheet: '附件3-1', cell: 'D6' }]);
    expect(findings[0].message).toBe(
      '未能核对“年度资金总额 = 其中各项之和”：当年财政拨款全年预算数（D6）未填、当年财政拨款全年执行数（E6）未填。',
    );
  });
});

describe('附件2 inline parts', () => {
  it('flags 按收入性质分 parts that do not add up to the 全年预算数', () => {
    const findings = check(withCells(agreeingDepartment(), { B6: 900 }));
    expect(findings.map(where)).toEqual([{ code: 'sum-mismatch', severity: 'error', sheet: '附件2', cell: 'B6' }]);
    expect(findings[0].message).toBe(
      '按收入性质分的各项一般公共预算900 + 政府性基金拨款0 + 纳入专户管理的非税收入拨款0 + 其他资金0合计900万元，应等于年度资金总额的全年预算数1000万元，实际相差100万元。',
    );
  });

  it('flags 基本支出 + 项目支出 that do not add up to the 全年预算数', () => {
    const findings = check(withCells(agreeingDepartment(), { E7: 250 }));
    expect(findings.map(where)).toEqual([{ code: 'sum-mismatch', severity: 'error', sheet: '附件2', cell: 'E6' }]);
    expect(findings[0].message).toContain('基本支出800 + 项目支出250合计1050万元');
    expect(findings[0].message).toContain('全年预算数1000万元，实际相差50万元');
  });

  it('says so when a part is named without an amount and the others fall short', () => {
    const findings = check(withCells(agreeingDepartment(), { E7: null }));
    expect(findings.map(where)).toEqual([{ code: 'check-skipped', severity: 'info', sheet: '附件2', cell: 'E7' }]);
    expect(findings[0].message).toBe('未能核对“按支出性质分的各项之和 = 全年预算数”：按支出性质分的项目支出（E7）未填。');
  });

  it('flags a 全年预算数 printed as 0 over its parts, with the execution it then shows', () => {
    const findings = check(withCells(agreeingDepartment(), { D4: 0 }));
    expect(findings.map(where)).toEqual([
      { code: 'sum-mismatch', severity: 'error', sheet: '附件2', cell: 'B6' },
      { code: 'sum-mismatch', severity: 'error', sheet: '附件2', cell: 'E6' },
      { code: 'overrun', severity: 'warning', sheet: '附件2', cell: 'E4' },
      { code: 'budget-adjusted', severity: 'info', sheet: '附件2', cell: 'D4' },
    ]);
    expect(findings[0].message).toContain('年度资金总额全年预算数填为0，但其中各项');
    expect(findings[0].message).toContain('合计1000万元：年度资金总额应为1000万元');
    expect(findings[2].message).toContain('执行率无法计算');
  });
});

describe('附件2/3 执行数, 全年预算数 and 年初预算数', () => {
  it('warns when 全年执行数 is above 全年预算数', () => {
    const findings = check(withCells(agreeingDepartment(), { E4: 1050 }));
    expect(findings.map(where)).toEqual([{ code: 'overrun', severity: 'warning', sheet: '附件2', cell: 'E4' }]);
    expect(findings[0].message).toBe('年度资金总额全年执行数1050万元，超过全年预算数1000万元，超出50万元（执行率105%）。');
  });

  it('notes a 全年预算数 adjusted from the 年初预算数', () => {
    const findings = check(withCells(agreeingDepartment(), { C4: 1100 }));
    expect(findings.map(where)).toEqual([{ code: 'budget-adjusted', severity: 'info', sheet: '附件2', cell: 'D4' }]);
    expect(findings[0].message).toBe(
      '全年预算数1000万元与年初预算数1100万元不同（调减100万元）：预算经过调整，需在自评报告中说明调整原因和依据。',
    );
  });

  it('notes an upward adjustment without calling it a cut', () => {
    const findings = check(withCells(agreeingDepartment(), { C4: 900 }));
    expect(findings.map(where)).toEqual([{ code: 'budget-adjusted', severity: 'info', sheet: '附件2', cell: 'D4' }]);
    expect(findings[0].message).toContain('调增100万元');
  });

  it('warns when the 全年预算数 was cut to exactly the amount spent', () => {
    const findings = check(withCells(agreeingDepartment(), { C4: 1100, E4: 1000 }));
    expect(findings.map(where)).toEqual([
      { code: 'budget-adjusted', severity: 'info', sheet: '附件2', cell: 'D4' },
      { code: 'budget-cut-to-spent', severity: 'warning', sheet: '附件2', cell: 'D4' },
    ]);
    expect(findings[1].message).toBe(
      '全年预算数由年初的1100万元调减为1000万元，恰好等于全年执行数1000万元：预算调到与实际支出相同会让执行率显示为100%，请核实调整有无批复依据。',
    );
  });

  it('says once that the execution checks could not run when 全年执行数 is blank', () => {
    const findings = check(withCells(agreeingDepartment(), { E4: '——' }));
    expect(findings.map(where)).toEqual([{ code: 'check-skipped', severity: 'info', sheet: '附件2', cell: 'E4' }]);
    expect(findings[0].message).toBe('未能核对“全年执行数、全年预算数与年初预算数”：年度资金总额全年执行数（E4）未填。');
  });

  it('says so when a 附件3 has no budget block at all', () => {
    const findings = check({ ...agreeingProjectA(), budget: undefined });
    expect(findings.map(where)).toEqual([{ code: 'check-skipped', severity: 'info', sheet: '附件3-1', cell: 'A1' }]);
    expect(findings[0].message).toBe('未能核对“预算资金区的勾稽关系”：本表没有找到预算资金区（年度资金总额）。');
  });
});
