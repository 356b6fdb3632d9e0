// Reads amounts out of table slots for the consistency checks, in 万元 whatever unit the table is written in, and
// names cells.
// A blank cell ('', '—', '——', '/') is missing, never zero; a printed 0 is zero; other text is unreadable.

import type { AnnexTable } from '../model';
import { parseNumberCell } from '../parse';
import { normalizeText } from '../text';
import type { Slot } from '../types';

export type Amount = { kind: 'value'; value: number } | { kind: 'blank' } | { kind: 'unreadable'; text: string };

const BLANK_TEXTS = new Set(['', '—', '——', '/', '-', '--', '－', '－－', '–', '――']);

/** The factor that turns a table's amounts into 万元: 1 for 万元 (the forms' default), 10⁻⁴ for 元, 10⁴ for 亿元. */
export function toWan(table: AnnexTable): number {
  const unit = table.kind === 'basic' ? table.unit : table.budget?.unit;
  return unit === '元' ? 1e-4 : unit === '亿元' ? 1e4 : 1;
}

/** A slot's amount in 万元, `scale` being its table's toWan. */
export function readAmount(slot: Slot | undefined, scale = 1): Amount {
  if (!slot) return { kind: 'blank' };
  const { cell } = slot;
  // A stored number is the truth even when its format shows '-' for 0 (accounting formats).
  if (typeof cell.value !== 'number') {
    const shown = normalizeText(typeof cell.value === 'string' ? cell.value : (cell.text ?? ''));
    if (BLANK_TEXTS.has(shown)) return { kind: 'blank' };
  }
  const value = parseNumberCell(cell);
  if (value !== null && Number.isFinite(value)) return { kind: 'value', value: scale === 1 ? value : value * scale };
  return { kind: 'unreadable', text: (cell.text || String(cell.value ?? '')).trim() };
}

/** Amounts are equal within the profile's tolerance (with room for binary rounding). */
export function same(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance + 1e-9;
}

/** a is above b by more than the tolerance. */
export function above(a: number, b: number, tolerance: number): boolean {
  return a - b > tolerance + 1e-9;
}
