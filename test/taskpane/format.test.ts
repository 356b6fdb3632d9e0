// How the pane words numbers and findings.

import type { Explanation } from '../../src/domain/explain';
import type { Finding } from '../../src/domain/types';
import { shortMessage } from '../../src/taskpane/FindingItem';
import { formatRate, formatScore, isDarkColor } from '../../src/taskpane/format';

describe('numbers in the pane', () => {
  it('shows rates as percentages and scores with at most two decimals', () => {
    expect(formatRate(0.5922)).toBe('59.22%');
    expect(formatRate(1)).toBe('100%');
    expect(formatRate(null)).toBe('—');
    expect(formatScore(7.6)).toBe('7.6');
    expect(formatScore(1.255)).toBe('1.26');
    expect(formatScore(undefined)).toBe('—');
  });
});

describe('a finding in the list', () => {
  it('drops the cell and indicator the item already shows, keeping expected vs actual', () => {
    const name = '2.住房公积金个贷率控制在60%到80%的区间';
    const explanation: Explanation = {
      kind: 'scored',
      lead: 'actual',
      actual: '59.22%',
      range: true,
      target: '60%–80%',
      met: false,
      by: 'zero',
      score: 0,
      weight: 2,
    };
    const params = { name, explanation, targetText: '控制在60%到80%的区间', actualText: '59.22%', score: 0, weight: 2 };
    const f: Finding = {
      severity: 'warning',
      code: 'indicator-failed',
      sheet: '附件2',
      cell: 'H19',
      indicator: name,
      params,
    };
    expect(shortMessage(f)).toBe('未达到年度指标值：实际完成59.22%，目标区间60%–80%，未达标，得0分（满分2分）。');
    expect(shortMessage(f, 'en')).not.toContain('附件2!H19');
    expect(shortMessage(f, 'en')).toContain('59.22%');
  });

  it('keeps a message that does not start with its cell as it is', () => {
    const f: Finding = {
      severity: 'error',
      code: 'overrun',
      sheet: '附件1',
      cell: 'F6',
      params: { kind: 'line', line: '三公经费', year: 2023, budget: 18, final: 31.03 },
    };
    expect(shortMessage(f)).toBe('三公经费2023年决算数31.03万元，超过预算数18万元，超支13.03万元（+72.4%）。');
  });
});

describe('isDarkColor', () => {
  it('calls Office’s dark and black body backgrounds dark, and its white and colorful ones light', () => {
    expect(isDarkColor('#1F1F1F')).toBe(true);
    expect(isDarkColor('#000000')).toBe(true);
    expect(isDarkColor('#FFFFFF')).toBe(false);
    expect(isDarkColor('#E6E6E6')).toBe(false);
    expect(isDarkColor(undefined)).toBe(false);
  });
});
