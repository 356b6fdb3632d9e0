// Budget blocks of 附件2/3: 年度资金总额 against its 其中 rows and inline parts; 执行数, 全年预算数 and 年初预算数.

import { checkConsistency } from '../../src/domain/consistency/index';
import { national2020 } from '../../src/domain/profiles';
import type { ScoredTable } from '../../src/domain/model';
import type { Finding } from '../../src/domain/types';
import { agreeingDepartment, agreeingProjectA, withCells } from '../support/consistencyModels';
import { facts } from '../support/findingText';

const where = (f: Finding) => ({ code: f.code, severity: f.severity, sheet: f.sheet, cell: f.cell });
const check = (t: ScoredTable) => checkConsistency([t], national2020);

describe('附件3 年度资金总额 against its 其中 rows', () => {
  it('agrees when 年度资金总额 equals 当年财政拨款 + 上年结转资金 + 其他资金 in every column', () => {
    expect(check(agreeingProjectA())).toEqual([]);
  });

  it('flags a 全年预算数 total that differs from its parts', () => {
    const findings = check(withCells(agreeingProjectA(), { D6: 110 }));
    expect(findings.map(where)).toEqual([{ code: 'sum-mismatch', severity: 'error', sheet: '附件3-1', cell: 'D5' }]);
    expect(facts(findings[0])).toEqual({
      code: 'sum-mismatch',
      params: {
        kind: 'parts',
        what: '年度资金总额',
        column: '全年预算数',
        terms: [
          { label: '当年财政拨款', amount: 110 },
          { label: '上年结转资金', amount: 0 },
          { label: '其他资金', amount: 0 },
        ],
        total: 120,
        sum: 110,
        complete: true,
      },
    });
  });

  it('flags a 年度资金总额 printed as 0 while its 其中 rows hold the money, and what that does to the 执行率 (issue 11)', () => {
    const findings = check(withCells(agreeingProjectA(), { E5: 0 }));
    expect(findings.map(where)).toEqual([{ code: 'sum-mismatch', severity: 'error', sheet: '附件3-1', cell: 'E5' }]);
    expect(facts(findings[0])).toEqual({
      code: 'sum-mismatch',
      params: {
        kind: 'parts',
        what: '年度资金总额',
        column: '全年执行数',
        terms: [
          { label: '当年财政拨款', amount: 115 },
          { label: '上年结转资金', amount: 0 },
          { label: '其他资金', amount: 0 },
        ],
        total: 0,
        sum: 115,
        complete: true,
        consequence: 'zeroRate',
      },
    });
  });

  it('accepts blank 上年结转资金/其他资金 rows when 当年财政拨款 alone makes up the total', () => {
    const blanks = { C7: '', D7: '', E7: '', C8: '', D8: '', E8: '' };
    expect(check(withCells(agreeingProjectA(), blanks))).toEqual([]);
  });

  it('names a breakdown left unfilled in a column as one item, not a cell at a time', () => {
    const findings = check(withCells(agreeingProjectA(), { C6: '', C7: '', C8: '', E6: '', E7: '', E8: '' }));
    expect(findings.map(where)).toEqual([{ code: 'check-skipped', severity: 'info', sheet: '附件3-1', cell: 'C6' }]);
    expect(facts(findings[0])).toEqual({
      code: 'check-skipped',
      params: {
        kind: 'gaps',
        checks: ['budgetParts'],
        items: [
          { what: '其中各项年初预算数', cell: 'C6:C8' },
          { what: '其中各项全年执行数', cell: 'E6:E8' },
        ],
      },
    });
  });

  it('says once that the parts could not be checked when a blank part leaves the sum undecided', () => {
    const findings = check(withCells(agreeingProjectA(), { D6: '', E6: '' }));
    expect(findings.map(where)).toEqual([{ code: 'check-skipped', severity: 'info', sheet: '附件3-1', cell: 'D6' }]);
    expect(facts(findings[0])).toEqual({
      code: 'check-skipped',
      params: {
        kind: 'gaps',
        checks: ['budgetParts'],
        items: [
          { what: '当年财政拨款全年预算数', cell: 'D6' },
          { what: '当年财政拨款全年执行数', cell: 'E6' },
        ],
      },
    });
  });
});

describe('附件2 inline parts', () => {
  it('flags 按收入性质分 parts that do not add up to the 全年预算数', () => {
    const findings = check(withCells(agreeingDepartment(), { B6: 900 }));
    expect(findings.map(where)).toEqual([{ code: 'sum-mismatch', severity: 'error', sheet: '附件2', cell: 'B6' }]);
    expect(facts(findings[0])).toEqual({
      code: 'sum-mismatch',
      params: {
        kind: 'inline',
        group: 'income',
        terms: [
          { label: '一般公共预算', amount: 900 },
          { label: '政府性基金拨款', amount: 0 },
          { label: '纳入专户管理的非税收入拨款', amount: 0 },
          { label: '其他资金', amount: 0 },
        ],
        total: 1000,
        sum: 900,
        complete: true,
      },
    });
  });

  it('flags 基本支出 + 项目支出 that do not add up to the 全年预算数', () => {
    const findings = check(withCells(agreeingDepartment(), { E7: 250 }));
    expect(findings.map(where)).toEqual([{ code: 'sum-mismatch', severity: 'error', sheet: '附件2', cell: 'E6' }]);
    expect(facts(findings[0])).toEqual({
      code: 'sum-mismatch',
      params: {
        kind: 'inline',
        group: 'expense',
        terms: [
          { label: '基本支出', amount: 800 },
          { label: '项目支出', amount: 250 },
        ],
        total: 1000,
        sum: 1050,
        complete: true,
      },
    });
  });

  it('says so when a part is named without an amount and the others fall short', () => {
    const findings = check(withCells(agreeingDepartment(), { E7: null }));
    expect(findings.map(where)).toEqual([{ code: 'check-skipped', severity: 'info', sheet: '附件2', cell: 'E7' }]);
    expect(facts(findings[0])).toEqual({
      code: 'check-skipped',
      params: { kind: 'gaps', checks: ['inlineExpense'], items: [{ what: '按支出性质分的项目支出', cell: 'E7' }] },
    });
  });

  it('flags a 全年预算数 printed as 0 over its parts, with the execution it then shows', () => {
    const findings = check(withCells(agreeingDepartment(), { D4: 0 }));
    expect(findings.map(where)).toEqual([
      { code: 'sum-mismatch', severity: 'error', sheet: '附件2', cell: 'B6' },
      { code: 'sum-mismatch', severity: 'error', sheet: '附件2', cell: 'E6' },
      { code: 'overrun', severity: 'warning', sheet: '附件2', cell: 'E4' },
      { code: 'budget-adjusted', severity: 'info', sheet: '附件2', cell: 'D4' },
    ]);
    expect(facts(findings[0])).toEqual({
      code: 'sum-mismatch',
      params: {
        kind: 'inline',
        group: 'income',
        terms: [
          { label: '一般公共预算', amount: 1000 },
          { label: '政府性基金拨款', amount: 0 },
          { label: '纳入专户管理的非税收入拨款', amount: 0 },
          { label: '其他资金', amount: 0 },
        ],
        total: 0,
        sum: 1000,
        complete: true,
      },
    });
    expect(facts(findings[2])).toEqual({ code: 'overrun', params: { kind: 'budget', executed: 950, fullYear: 0 } });
  });
});

describe('附件2/3 执行数, 全年预算数 and 年初预算数', () => {
  it('warns when 全年执行数 is above 全年预算数', () => {
    const findings = check(withCells(agreeingDepartment(), { E4: 1050 }));
    expect(findings.map(where)).toEqual([{ code: 'overrun', severity: 'warning', sheet: '附件2', cell: 'E4' }]);
    expect(facts(findings[0])).toEqual({ code: 'overrun', params: { kind: 'budget', executed: 1050, fullYear: 1000 } });
  });

  it('notes a 全年预算数 adjusted from the 年初预算数', () => {
    const findings = check(withCells(agreeingDepartment(), { C4: 1100 }));
    expect(findings.map(where)).toEqual([{ code: 'budget-adjusted', severity: 'info', sheet: '附件2', cell: 'D4' }]);
    expect(facts(findings[0])).toEqual({ code: 'budget-adjusted', params: { initial: 1100, fullYear: 1000 } });
  });

  it('notes an upward adjustment without calling it a cut', () => {
    const findings = check(withCells(agreeingDepartment(), { C4: 900 }));
    expect(findings.map(where)).toEqual([{ code: 'budget-adjusted', severity: 'info', sheet: '附件2', cell: 'D4' }]);
    expect(facts(findings[0])).toEqual({ code: 'budget-adjusted', params: { initial: 900, fullYear: 1000 } });
  });

  it('warns when the 全年预算数 was cut to exactly the amount spent', () => {
    const findings = check(withCells(agreeingDepartment(), { C4: 1100, E4: 1000 }));
    expect(findings.map(where)).toEqual([
      { code: 'budget-adjusted', severity: 'info', sheet: '附件2', cell: 'D4' },
      { code: 'budget-cut-to-spent', severity: 'warning', sheet: '附件2', cell: 'D4' },
    ]);
    expect(facts(findings[1])).toEqual({
      code: 'budget-cut-to-spent',
      params: { initial: 1100, fullYear: 1000, executed: 1000 },
    });
  });

  it('says once that the execution checks could not run when 全年执行数 is blank', () => {
    const findings = check(withCells(agreeingDepartment(), { E4: '——' }));
    expect(findings.map(where)).toEqual([{ code: 'check-skipped', severity: 'info', sheet: '附件2', cell: 'E4' }]);
    expect(facts(findings[0])).toEqual({
      code: 'check-skipped',
      params: { kind: 'gaps', checks: ['budgetExecution'], items: [{ what: '年度资金总额全年执行数', cell: 'E4' }] },
    });
  });

  it('says so when a 附件3 has no budget block at all', () => {
    const findings = check({ ...agreeingProjectA(), budget: undefined });
    expect(findings.map(where)).toEqual([{ code: 'check-skipped', severity: 'info', sheet: '附件3-1', cell: 'A1' }]);
    expect(facts(findings[0])).toEqual({
      code: 'check-skipped',
      params: { kind: 'because', check: 'budgetBlock', reason: { kind: 'noBudgetBlock' } },
    });
  });
});
