// The checks a finance-bureau reviewer (抽查复核) deducts for, beyond scoring each row: notes that do not explain
// or contradict the score, targets a reviewer rejects as written (≥ on a cost, a rate above 100%, placeholders,
// a deadline after the year evaluated), a whole 一级 dimension missing, and the table's sums (parts vs the total,
// a 一级指标 block or the weights over their points, a computed total above 100). Called from evaluate.ts.

import type { ExplanationVerdict } from './explanation';
import { findingText as F } from '../i18n/zh-CN/scoring';

/** At most `max` characters of a person's text for a message. */
export function quote(text: string, max = 30): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The end of a missing-note message for what the note cell holds; undefined for a blank cell (the message's own). */
export function noteState(v: ExplanationVerdict): string | undefined {
  switch (v.kind) {
    case 'draft':
      return F.noteState.draft(v.blanks.map((b) => F.noteState.blanks[b]).join('、'));
    case 'placeholder':
      return F.noteState.placeholder(quote(v.text));
    case 'boilerplate':
      return F.noteState.boilerplate(quote(v.text));
    case 'numbersOnly':
      return F.noteState.numbersOnly(quote(v.text));
    default:
      return undefined;
  }
}
