// 附件1 consistency: 三公经费/公务用车/公用经费 add up in every year column; 决算数 against 预算数 of the same year.

import { checkConsistency } from '../../src/domain/consistency/index';
import { national2020 } from '../../src/domain/profiles';
import type { Finding } from '../../src/domain/types';
import { agreeingBasic, buildBasic, withCells, withoutLines } from '../support/consistencyModels';
import { facts } from '../support/findingText';

const where = (f: Finding) => ({ code: f.code, severity: f.severity, sheet: f.sheet, cell: f.cell });
const check = (t = agreeingBasic()) => checkConsistency([t], national2020);

describe('附件1 sums', () => {
  it('flags a 三公经费 决算数 that differs from 公务用车 + 出国 + 公务接待', () => {
    const findings = check(withCells(agreeingBasic(), { D5: 19 }));
    expect(findings.map(where)).toEqual([{ code: 'sum-mismatch', severity: 'error', sheet: '附件1', cell: 'D5' }]);
    expect(facts(findings[0])).toEqual({
      code: 'sum-mismatch',
      params: {
        kind: 'parts',
        what: '三公经费',
        column: '2023年决算数',
        terms: [
          { label: '公务用车购置和维护经费', amount: 11 },
          { label: '出国经费', amount: 0 },
          { label: '公务接待', amount: 7 },
        ],
        total: 19,
        sum: 18,
        complete: true,
      },
    });
  });

  it('flags a 公务用车购置和维护经费 预算数 that differs from 公车购置 + 公车运行维护', () => {
    const findings = check(withCells(agreeingBasic(), { C7: 5 }));
    expect(findings.map(where)).toEqual([{ code: 'sum-mismatch', severity: 'error', sheet: '附件1', cell: 'C6' }]);
    expect(facts(findings[0])).toEqual({
      code: 'sum-mismatch',
      params: {
        kind: 'parts',
        what: '公务用车购置和维护经费',
        column: '2023年预算数',
        terms: [
          { label: '公车购置', amount: 5 },
          { label: '公车运行维护', amount: 8 },
        ],
        total: 12,
        sum: 13,
        complete: true,
      },
    });
  });

  it('checks the 2022年决算数 column as well', () => {
    const findings = check(withCells(agreeingBasic(), { B5: 10.5 }));
    expect(findings.map(where)).toEqual([{ code: 'sum-mismatch', severity: 'error', sheet: '附件1', cell: 'B5' }]);
    expect(facts(findings[0])).toEqual({
      code: 'sum-mismatch',
      params: {
        kind: 'parts',
        what: '三公经费',
        column: '2022年决算数',
        terms: [
          { label: '公务用车购置和维护经费', amount: 6 },
          { label: '出国经费', amount: 0 },
          { label: '公务接待', amount: 4 },
        ],
        total: 10.5,
        sum: 10,
        complete: true,
      },
    });
  });

  it('flags 公用经费 that differs from 办公经费 + 水费电费差旅费 + 会议费培训费', () => {
    const findings = check(withCells(agreeingBasic(), { D16: 30 }));
    expect(findings.map(where)).toEqual([{ code: 'sum-mismatch', severity: 'error', sheet: '附件1', cell: 'D15' }]);
    expect(facts(findings[0])).toEqual({
      code: 'sum-mismatch',
      params: {
        kind: 'parts',
        what: '公用经费',
        column: '2023年决算数',
        terms: [
          { label: '办公经费', amount: 30 },
          { label: '水费、电费、差旅费', amount: 24 },
          { label: '会议费、培训费', amount: 9 },
        ],
        total: 66,
        sum: 63,
        complete: true,
      },
    });
  });

  it('accepts a difference within the 0.01万元 tolerance', () => {
    expect(check(withCells(agreeingBasic(), { D5: 18.01 }))).toEqual([]);
  });

  it('flags a total whose filled parts already exceed it, even with a part left blank', () => {
    const findings = check(withCells(agreeingBasic(), { D5: 15, D9: '' }));
    expect(findings.map(where)).toEqual([
      { code: 'sum-mismatch', severity: 'error', sheet: '附件1', cell: 'D5' },
      { code: 'check-skipped', severity: 'info', sheet: '附件1', cell: 'D9' },
    ]);
    expect(facts(findings[0])).toEqual({
      code: 'sum-mismatch',
      params: {
        kind: 'parts',
        what: '三公经费',
        column: '2023年决算数',
        terms: [
          { label: '公务用车购置和维护经费', amount: 11 },
          { label: '出国经费', amount: null },
          { label: '公务接待', amount: 7 },
        ],
        total: 15,
        sum: 18,
        complete: false,
      },
    });
  });

  it('reads a blank part as missing, not zero: no sum finding when the filled parts already agree', () => {
    const findings = check(withCells(agreeingBasic(), { D9: '——' }));
    // the blank 出国经费 only stops its own 决算/预算 comparison
    expect(findings.map(where)).toEqual([{ code: 'check-skipped', severity: 'info', sheet: '附件1', cell: 'D9' }]);
    expect(facts(findings[0])).toEqual({
      code: 'check-skipped',
      params: { kind: 'gaps', checks: ['execution'], items: [{ what: '出国经费2023年决算数', cell: 'D9' }] },
    });
  });

  it('says once that the 三公经费 sum could not be checked when a blank part leaves it undecided', () => {
    const findings = check(withCells(agreeingBasic(), { B10: '', C10: '/', D10: '' }));
    expect(findings.map(where)).toEqual([{ code: 'check-skipped', severity: 'info', sheet: '附件1', cell: 'B10' }]);
    expect(facts(findings[0])).toEqual({
      code: 'check-skipped',
      params: {
        kind: 'gaps',
        checks: ['sanGongSum'],
        items: [
          { what: '公务接待2022年决算数', cell: 'B10' },
          { what: '公务接待2023年预算数', cell: 'C10' },
          { what: '公务接待2023年决算数', cell: 'D10' },
        ],
      },
    });
  });

  it('names a cell it cannot read as an amount, once for the two checks it feeds', () => {
    const findings = check(withCells(agreeingBasic(), { C15: '见说明' }));
    expect(findings.map(where)).toEqual([{ code: 'check-skipped', severity: 'info', sheet: '附件1', cell: 'C15' }]);
    expect(facts(findings[0])).toEqual({
      code: 'check-skipped',
      params: {
        kind: 'gaps',
        checks: ['publicFundsSum', 'execution'],
        items: [{ what: '公用经费2023年预算数', cell: 'C15', text: '见说明' }],
      },
    });
  });

  it('says which part line the table lacks when the sum cannot be decided without it', () => {
    const findings = check(withoutLines(agreeingBasic(), 'reception'));
    expect(findings.map(where)).toEqual([{ code: 'check-skipped', severity: 'info', sheet: '附件1', cell: 'A1' }]);
    expect(facts(findings[0])).toEqual({
      code: 'check-skipped',
      params: {
        kind: 'gaps',
        checks: ['sanGongSum'],
        items: [
          { what: '公务接待2022年决算数', cell: '' },
          { what: '公务接待2023年预算数', cell: '' },
          { what: '公务接待2023年决算数', cell: '' },
        ],
      },
    });
  });

  it('leaves a relation alone when the table carries none of its parts', () => {
    expect(check(withoutLines(agreeingBasic(), 'office', 'utilitiesTravel', 'meetingTraining'))).toEqual([]);
  });
});

describe('附件1 决算数 against 预算数', () => {
  it('flags 三公经费 spent above its budget as a warning with the overrun in 万元 and %', () => {
    // 公务接待 9 against 8 budgeted; 三公经费 follows (20 against 20 budgeted: not above)
    const findings = check(withCells(agreeingBasic(), { D10: 9, D5: 20 }));
    expect(findings.map(where)).toEqual([{ code: 'overrun', severity: 'warning', sheet: '附件1', cell: 'D10' }]);
    expect(facts(findings[0])).toEqual({
      code: 'overrun',
      params: { kind: 'line', line: '公务接待', year: 2023, budget: 8, final: 9 },
    });
  });

  it('flags 政府采购金额 above its budget as a warning', () => {
    const findings = check(withCells(agreeingBasic(), { D19: 60 }));
    expect(findings.map(where)).toEqual([{ code: 'overrun', severity: 'warning', sheet: '附件1', cell: 'D19' }]);
    expect(facts(findings[0])).toEqual({
      code: 'overrun',
      params: { kind: 'line', line: '政府采购金额', year: 2023, budget: 50, final: 60 },
    });
  });

  it('flags spending on a 三公 line budgeted at 0 as unbudgeted spending', () => {
    const findings = check(withCells(agreeingBasic(), { C7: 0, C8: 12 }));
    expect(findings.map(where)).toEqual([
      { code: 'unbudgeted-spending', severity: 'warning', sheet: '附件1', cell: 'D7' },
    ]);
    expect(facts(findings[0])).toEqual({
      code: 'unbudgeted-spending',
      params: { line: '公车购置', year: 2023, final: 4 },
    });
  });

  it('flags spending on another line budgeted at 0 as a warning', () => {
    const findings = check(withCells(agreeingBasic(), { D14: 5 }));
    expect(findings.map(where)).toEqual([
      { code: 'unbudgeted-spending', severity: 'warning', sheet: '附件1', cell: 'D14' },
    ]);
  });

  it('notes a line executed below half of its budget', () => {
    const findings = check(withCells(agreeingBasic(), { D10: 3, D5: 14 }));
    expect(findings.map(where)).toEqual([{ code: 'underspent', severity: 'info', sheet: '附件1', cell: 'D10' }]);
    expect(facts(findings[0])).toEqual({
      code: 'underspent',
      params: { line: '公务接待', year: 2023, budget: 8, final: 3, threshold: 0.5 },
    });
  });

  it('takes the underspend threshold from the profile when it sets one', () => {
    const findings = checkConsistency([agreeingBasic()], { ...national2020, underspendRatio: 0.9 });
    // 公车运行维护 and 公务接待 spent 7 of 8 (87.5%); 三公经费 18 of 20 is exactly 90%, not below
    expect(findings.map((f) => `${f.code} ${f.severity} ${f.cell}`)).toEqual([
      'underspent info D8',
      'underspent info D10',
    ]);
    expect(facts(findings[1])).toEqual({
      code: 'underspent',
      params: { line: '公务接待', year: 2023, budget: 8, final: 7, threshold: 0.9 },
    });
  });

  it('treats a printed 0 as zero: nothing budgeted and nothing spent is no finding', () => {
    const findings = check(withCells(agreeingBasic(), { C9: '0', D9: 0 }));
    expect(findings).toEqual([]);
  });

  it('says once when the table has no 预算数 and 决算数 columns of the same year', () => {
    const t = buildBasic({
      year: 2023,
      years: [
        { label: '2022年决算数', year: 2022, kind: 'final' },
        { label: '2023年预算数', year: 2023, kind: 'budget' },
      ],
      lines: [['reception', '公务接待', [4, 8]]],
    });
    const findings = check(t);
    expect(findings.map(where)).toEqual([{ code: 'check-skipped', severity: 'info', sheet: '附件1', cell: 'A1' }]);
    expect(facts(findings[0])).toEqual({
      code: 'check-skipped',
      params: { kind: 'because', check: 'execution', reason: { kind: 'noYearPair' } },
    });
  });
});

describe('附件1 year', () => {
  it('flags a 附件1 titled for a year none of its money columns belongs to', () => {
    const findings = check({ ...agreeingBasic(), year: 2024, title: '2024年度部门整体支出绩效评价基础数据表' });
    expect(findings.map(where)).toEqual([{ code: 'year-mismatch', severity: 'warning', sheet: '附件1', cell: 'A1' }]);
    expect(facts(findings[0])).toEqual({
      code: 'year-mismatch',
      params: { kind: 'basicColumns', year: 2024, columns: ['2022年决算数', '2023年预算数', '2023年决算数'] },
    });
  });
});
