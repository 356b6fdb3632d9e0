// How the pane words numbers and findings.

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
    const f = {
      severity: 'warning' as const,
      code: 'indicator-failed',
      sheet: '附件2',
      cell: 'H19',
      indicator: '2.住房公积金个贷率控制在60%到80%的区间',
      message: '附件2!H19「2.住房公积金个贷率控制在60%到80%的区间」未达到年度指标值：实际完成59.22%，目标区间60%–80%，未达标，得0分（满分2分）。',
    };
    expect(shortMessage(f)).toBe('未达到年度指标值：实际完成59.22%，目标区间60%–80%，未达标，得0分（满分2分）。');
  });

  it('keeps a message that does not start with its cell as it is', () => {
    const f = { severity: 'error' as const, code: 'overrun', sheet: '附件1', cell: 'F6', message: '三公经费2023年决算数31.03万元，超过预算数18万元。' };
    expect(shortMessage(f)).toBe(f.message);
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
