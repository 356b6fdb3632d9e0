// Decides whether a total equals the sum of its parts when some inputs may be blank, and gives the mismatch's facts.
// Blank is never read as zero: the check decides only when the given numbers decide it —
// every input given; or the given parts already equal the total (blank parts can only be 0);
// or the given parts already exceed it (amounts are not negative). Otherwise it is undecided.

import type { FindingParams, SumTerm, TotalConsequence } from '../findings';
import { above, same, type Amount } from './amounts';

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

/** The facts of a total that differs from its parts (also used for 附件2/3 budget rows). */
export function sumParams(
  what: string,
  column: string,
  parts: Term[],
  o: { total: number; sum: number; complete: boolean },
  consequence?: TotalConsequence,
): FindingParams['sum-mismatch'] {
  const p: FindingParams['sum-mismatch'] = {
    kind: 'parts',
    what,
    column,
    terms: sumTerms(parts),
    total: o.total,
    sum: o.sum,
    complete: o.complete,
  };
  if (consequence !== undefined) p.consequence = consequence;
  return p;
}

/** The parts as the finding names them: label and amount (null when not given). */
export function sumTerms(parts: Term[]): SumTerm[] {
  return parts.map((p) => ({ label: p.label, amount: p.amount.kind === 'value' ? p.amount.value : null }));
}
