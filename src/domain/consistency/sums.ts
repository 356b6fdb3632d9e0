// Decides whether a total equals the sum of its parts when some inputs may be blank, and words the mismatch.
// Blank is never read as zero: the check decides only when the given numbers decide it —
// every input given; or the given parts already equal the total (blank parts can only be 0);
// or the given parts already exceed it (amounts are not negative). Otherwise it is undecided.

import { consistencyText as T } from '../../i18n/zh-CN/consistency';
import { above, same, type Amount } from './amounts';
import { formatAmount } from './report';

export interface Term {
  label: string;
  address: string;
  amount: Amount;
}

type SumOutcome =
  | { kind: 'empty' } // total and every part blank: the column is not filled in
  | { kind: 'agrees' }
  | { kind: 'mismatch'; total: number; sum: number; complete: boolean } // complete = every part given
  | { kind: 'undecided'; gaps: Term[] };

export function compareSum(total: Term, parts: Term[], tolerance: number): SumOutcome {
  const partGaps = parts.filter((p) => p.amount.kind !== 'value');
  const sum = parts.reduce((s, p) => s + (p.amount.kind === 'value' ? p.amount.value : 0), 0);
  if (total.amount.kind !== 'value') {
    if (total.amount.kind === 'blank' && parts.every((p) => p.amount.kind === 'blank')) return { kind: 'empty' };
    return { kind: 'undecided', gaps: [total, ...partGaps] };
  }
  const t = total.amount.value;
  if (same(sum, t, tolerance)) return { kind: 'agrees' };
  if (!partGaps.length) return { kind: 'mismatch', total: t, sum, complete: true };
  if (above(sum, t, tolerance)) return { kind: 'mismatch', total: t, sum, complete: false };
  return { kind: 'undecided', gaps: partGaps };
}

/** The message of a total that differs from its parts (also used for 附件2/3 budget rows). */
export function sumMessage(
  what: string,
  column: string,
  parts: Term[],
  o: { total: number; sum: number; complete: boolean },
): string {
  const terms = termsText(parts);
  const sum = formatAmount(o.sum);
  if (o.total === 0) return T.totalZero({ what, column, terms, sum });
  const p = { what, column, total: formatAmount(o.total), terms, sum, diff: formatAmount(Math.abs(o.sum - o.total)) };
  return o.complete ? T.sumMismatch(p) : T.sumExceeds(p);
}

/** 'A11 + B（未填） + C7' for a message. */
export function termsText(parts: Term[]): string {
  return T.joinTerms(parts.map((p) => (p.amount.kind === 'value' ? T.term(p.label, formatAmount(p.amount.value)) : T.blankTerm(p.label))));
}
