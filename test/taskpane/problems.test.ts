// The problem cards: one per cell or indicator row, errors first, failed indicators first within a severity.

import type { Finding } from '../../src/domain/types';
import { problemCards, filterCards, cardCounts } from '../../src/taskpane/problems';

// the cards group and order findings by code, cell and indicator: the params play no part here
const f = (severity: Finding['severity'], code: string, cell: string, indicator?: string, sheet = '附件2'): Finding =>
  ({ severity, code, sheet, cell, params: {}, indicator }) as unknown as Finding;

describe('problemCards', () => {
  const findings: Finding[] = [
    f('info', 'budget-adjusted', 'D4'),
    f('warning', 'overrun', 'F6', undefined, '附件1'),
    f('warning', 'indicator-failed', 'H19', '个贷率'),
    f('error', 'note-missing', 'I20', '满意度'),
    f('warning', 'indicator-failed', 'H20', '满意度'),
    f('error', 'total-mismatch', 'H30'),
    f('info', 'cell-conflict', 'H30'),
  ];
  const cards = problemCards(findings, [], {});

  it('merges an indicator’s findings on one row, and two findings on one cell, into one card with the most severe first', () => {
    expect(cards.map((c) => c.key)).toEqual([
      '附件2!row19|满意度',
      '附件2!H30',
      '附件2!row18|个贷率',
      '附件1!F6',
      '附件2!D4',
    ]);
    const sat = cards[0];
    expect(sat).toMatchObject({ severity: 'error', failed: true });
    expect(sat.findings.map((x) => x.code)).toEqual(['note-missing', 'indicator-failed']);
    expect(cards[1].findings.map((x) => x.code)).toEqual(['total-mismatch', 'cell-conflict']);
  });

  it('puts errors first, then warnings with failed indicators before other warnings, then hints', () => {
    expect(cards.map((c) => c.severity)).toEqual(['error', 'error', 'warning', 'warning', 'info']);
    expect(cards[2].failed).toBe(true);
    expect(cards[3].failed).toBe(false);
  });

  it('counts cards per severity and filters by severity, failed only, and acknowledged', () => {
    expect(cardCounts(cards)).toEqual({ error: 2, warning: 2, info: 1 });
    expect(filterCards(cards, { severity: 'warning' }, false).map((c) => c.key)).toEqual([
      '附件2!row18|个贷率',
      '附件1!F6',
    ]);
    expect(filterCards(cards, { failedOnly: true }, false)).toHaveLength(2);
    const acked = problemCards(findings, [], { 'budget-adjusted@附件2!D4': { reason: 'x', at: '' } });
    expect(filterCards(acked, {}, false)).toHaveLength(4);
    expect(filterCards(acked, {}, true)).toHaveLength(5);
  });
});
