// The seed department (岳阳市住房公积金管理中心, 2023) built by hand from its published annexes:
// every consistency finding it gets, and the relations it gets none for.

import { checkConsistency } from '../../src/domain/consistency/index';
import { national2020 } from '../../src/domain/profiles';
import type { Finding } from '../../src/domain/types';
import { seedBasic, seedDepartment, seedProject, seedWorkbook } from '../support/consistencyModels';
import { facts } from '../support/findingText';

const where = (f: Finding) => `${f.severity} ${f.code} ${f.sheet}!${f.cell}`;
const findings = checkConsistency(seedWorkbook(), national2020);
const at = (sheet: string, cell: string, code: string) =>
  findings.find((f) => f.sheet === sheet && f.cell === cell && f.code === code);

describe('the seed workbook (附件1/2/3 of 岳阳市住房公积金管理中心 2023)', () => {
  it('flags 三公经费 2023 决算 31.03 above its budget of 18: +13.03万元, +72.4%', () => {
    const f = at('附件1', 'D5', 'overrun');
    expect(f?.severity).toBe('warning');
    expect(facts(f)).toEqual({
      code: 'overrun',
      params: { kind: 'line', line: '三公经费', year: 2023, budget: 18, final: 31.03 },
    });
  });

  it('flags 公务用车购置和维护经费 30.07 above its budget of 11', () => {
    const f = at('附件1', 'D6', 'overrun');
    expect(f?.severity).toBe('warning');
    expect(facts(f)).toEqual({
      code: 'overrun',
      params: { kind: 'line', line: '公务用车购置和维护经费', year: 2023, budget: 11, final: 30.07 },
    });
  });

  it('flags 公车购置 26.44 spent with a budget of 0', () => {
    const f = at('附件1', 'D7', 'unbudgeted-spending');
    expect(f?.severity).toBe('warning');
    expect(facts(f)).toEqual({ code: 'unbudgeted-spending', params: { line: '公车购置', year: 2023, final: 26.44 } });
  });

  it('finds 三公经费 and 公务用车 equal to their parts in every year column', () => {
    expect(checkConsistency([seedBasic()], national2020).filter((f) => f.code === 'sum-mismatch')).toEqual([]);
  });

  it('finds 基本支出 4245.51 + 项目支出 179.87 = 4425.38 and 一般公共预算 4425.38 + 0 + 0 + 0 in agreement', () => {
    const own = checkConsistency([seedDepartment()], national2020);
    expect(own.filter((f) => f.code === 'sum-mismatch' || f.code === 'check-skipped')).toEqual([]);
  });

  it('notes the budget adjusted from 5506.5 to 4425.38 and warns that it was cut to exactly the amount spent', () => {
    expect(facts(at('附件2', 'D4', 'budget-adjusted'))).toEqual({
      code: 'budget-adjusted',
      params: { initial: 5506.5, fullYear: 4425.38 },
    });
    const cut = at('附件2', 'D4', 'budget-cut-to-spent');
    expect(cut?.severity).toBe('warning');
    expect(facts(cut)).toEqual({
      code: 'budget-cut-to-spent',
      params: { initial: 5506.5, fullYear: 4425.38, executed: 4425.38 },
    });
  });

  it('finds the 附件3 运转经费 total equal to its 当年财政拨款 with the other 其中 rows blank', () => {
    const own = checkConsistency([seedProject()], national2020);
    expect(own.map(where)).toEqual(['info budget-adjusted 附件3!D5', 'warning budget-cut-to-spent 附件3!D5']);
  });

  it('warns that 附件3’s 4425.38 does not match 附件2’s 项目支出 of 179.87', () => {
    const f = at('附件2', 'E7', 'cross-annex-mismatch');
    expect(f?.severity).toBe('warning');
    expect(facts(f)).toEqual({
      code: 'cross-annex-mismatch',
      params: {
        kind: 'projectsVsDepartment',
        column: 'fullYear',
        projects: [{ name: '运转经费', cell: '附件3!D5', amount: 4425.38 }],
        sum: 4425.38,
        department: 179.87,
        departmentTotal: 4425.38,
      },
    });
  });

  it('gets exactly these findings, and nothing for the blank 项目支出 and 2022 公用经费 cells', () => {
    expect(findings.map(where)).toEqual([
      'info check-skipped 附件1!C17', // 公用经费 total left blank over 90 + 152 + 95.9
      'warning overrun 附件1!D5',
      'warning overrun 附件1!D6',
      'warning unbudgeted-spending 附件1!D7',
      'info underspent 附件1!D8', // 公车运行维护 3.63 of 11
      'info underspent 附件1!D10', // 公务接待 0.96 of 7
      'info underspent 附件1!D20', // 会议费、培训费 5.06 of 95.9
      'info budget-adjusted 附件2!D4',
      'warning budget-cut-to-spent 附件2!D4',
      'info budget-adjusted 附件3!D5',
      'warning budget-cut-to-spent 附件3!D5',
      'info check-skipped 附件2!E7', // 附件1 预算数 (年初) not comparable with the adjusted 附件2 split
      'warning cross-annex-mismatch 附件2!E7',
    ]);
  });
});
