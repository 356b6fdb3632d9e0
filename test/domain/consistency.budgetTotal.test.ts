// A 年度资金总额 row left at 0 or blank while its 其中 rows hold the money (issue 11, RULES §5): the 执行率 and the
// budget score then come out 0 (or cannot be computed) — say so at the total's cell, do not score it silently.

import { checkConsistency } from '../../src/domain/consistency/index';
import { national2020 } from '../../src/domain/profiles';
import type { ScoredTable } from '../../src/domain/model';
import type { Finding } from '../../src/domain/types';
import { agreeingProjectA, withCells } from '../support/consistencyModels';
import { facts } from '../support/findingText';

const where = (f: Finding) => `${f.severity} ${f.code} ${f.cell}`;
const check = (t: ScoredTable) => checkConsistency([t], national2020);

it('says that a 全年执行数 total of 0 over filled parts makes the 执行率 and the budget score 0', () => {
  const findings = check(withCells(agreeingProjectA(), { E5: 0 }));
  expect(findings.map(where)).toEqual(['error sum-mismatch E5']);
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

it('says that a 全年预算数 total of 0 over filled parts leaves the 执行率 uncomputable', () => {
  const findings = check(withCells(agreeingProjectA(), { D5: 0 }));
  expect(findings.filter((f) => f.code === 'sum-mismatch').map(where)).toEqual(['error sum-mismatch D5']);
  expect(facts(findings[0])).toEqual({
    code: 'sum-mismatch',
    params: {
      kind: 'parts',
      what: '年度资金总额',
      column: '全年预算数',
      terms: [
        { label: '当年财政拨款', amount: 120 },
        { label: '上年结转资金', amount: 0 },
        { label: '其他资金', amount: 0 },
      ],
      total: 0,
      sum: 120,
      complete: true,
      consequence: 'noRateBudget',
    },
  });
});

it('flags a blank 年度资金总额 over filled parts as an error, not a skipped check', () => {
  const findings = check(withCells(agreeingProjectA(), { E5: '' }));
  expect(findings.map(where)).toEqual(['error sum-mismatch E5']);
  expect(facts(findings[0])).toEqual({
    code: 'sum-mismatch',
    params: {
      kind: 'blankTotal',
      what: '年度资金总额',
      column: '全年执行数',
      terms: [
        { label: '当年财政拨款', amount: 115 },
        { label: '上年结转资金', amount: 0 },
        { label: '其他资金', amount: 0 },
      ],
      sum: 115,
      complete: true,
      consequence: 'noRate',
    },
  });
});

it('keeps a blank total over blank parts a note that the check could not run', () => {
  const findings = check(withCells(agreeingProjectA(), { C5: '', C6: '', C7: '', C8: '' }));
  expect(findings.map(where)).toEqual(['info check-skipped C5']);
});
