// Tables written in 元 (项目资金（元）, 金额单位：元) beside ones in 万元: the checks compare amounts in 万元, so the
// same money on two annexes agrees, and say what they found in 万元.

import { checkConsistency } from '../../src/domain/consistency/index';
import { national2020 } from '../../src/domain/profiles';
import type { AnnexTable, ScoredTable } from '../../src/domain/model';
import { moneyUnitOf } from '../../src/workbook/headers';
import {
  agreeingBasic,
  agreeingDepartment,
  agreeingProjectA,
  agreeingProjectB,
  withCells,
} from '../support/consistencyModels';
import { facts } from '../support/findingText';

const check = (...tables: AnnexTable[]) => checkConsistency(tables, national2020);

/** The agreeing 附件3 业务工作经费 (120 / 120 / 115 万元) written in 元. */
function projectAInYuan(): ScoredTable {
  const p = withCells(agreeingProjectA(), {
    C5: 1200000,
    D5: 1200000,
    E5: 1150000,
    C6: 1200000,
    D6: 1200000,
    E6: 1150000,
  });
  return { ...p, budget: { ...p.budget!, unit: '元' } };
}

describe('money units named on the forms', () => {
  it.each<[string, string | undefined]>([
    ['项目资金(元)', '元'],
    ['项目资金(万元)', undefined],
    ['经费控制情况(单位:元)', '元'],
    ['金额单位:亿元', '亿元'],
    ['单位:万元', undefined],
    ['元旦慰问经费', undefined],
    ['全年预算数', undefined],
  ])('reads %j as %p', (label, unit) => {
    expect(moneyUnitOf(label)).toBe(unit);
  });

  it('finds a 附件3 in 元 in agreement with a 附件2 in 万元', () => {
    expect(check(agreeingDepartment(), projectAInYuan(), agreeingProjectB())).toEqual([]);
  });

  it('states a mismatch across the two in 万元', () => {
    const b = withCells(agreeingProjectB(), { C5: 90, D5: 90, C6: 90, D6: 90 });
    const findings = check(agreeingDepartment(), projectAInYuan(), b);
    expect(findings.map((f) => `${f.code} ${f.sheet}!${f.cell}`)).toEqual(['cross-annex-mismatch 附件2!E7']);
    expect(facts(findings[0])).toEqual({
      code: 'cross-annex-mismatch',
      params: {
        kind: 'projectsVsDepartment',
        column: 'fullYear',
        projects: [
          { name: '业务工作经费', cell: "'附件3-1'!D5", amount: 120 },
          { name: '运行维护经费', cell: "'附件3-2'!D5", amount: 90 },
        ],
        sum: 210,
        department: 200,
      },
    });
  });

  it('checks a 附件1 written in 元 against a 附件2 in 万元', () => {
    const basic = { ...withCells(agreeingBasic(), { C11: 2100000, C12: 1300000, C13: 800000 }), unit: '元' as const };
    const findings = check(basic, agreeingDepartment()).filter((f) => f.code === 'cross-annex-mismatch');
    expect(findings).toHaveLength(1);
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
});
