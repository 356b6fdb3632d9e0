// Reads amounts (万元) out of table slots for the consistency checks, and names cells.
// A blank cell ('', '—', '——', '/') is missing, never zero; a printed 0 is zero; other text is unreadable.

import { parseNumberCell } from '../parse';
import { normalizeText } from '../text';
import type { Slot } from '../types';

export type Amount =
  | { kind: 'value'; value: number }
  | { kind: 'blank' }
  | { kind: 'unreadable'; text: string };

const BLANK_TEXTS = new Set(['', '—', '——', '/', '-', '--', '－', '－－', '–', '――']);

export function readAmount(slot: Slot | undefined): Amount {
  if (!slot) return { kind: 'blank' };
  const { cell } = slot;
  // A stored number is the truth even when its format shows '-' for 0 (accounting formats).
  if (typeof cell.value !== 'number') {
    const shown = normalizeText(typeof cell.value === 'string' ? cell.value : cell.text ?? '');
    if (BLANK_TEXTS.has(shown)) return { kind: 'blank' };
  }
  const value = parseNumberCell(cell);
  if (value !== null && Number.isFinite(value)) return { kind: 'value', value };
  return { kind: 'unreadable', text: (cell.text || String(cell.value ?? '')).trim() };
}

/** 0-based row/col → A1 address ('D7'). */
export function a1(row: number, col: number): string {
  let letters = '';
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return `${letters}${row + 1}`;
}

/** Amounts are equal within the profile's tolerance (with room for binary rounding). */
export function same(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance + 1e-9;
}

/** a is above b by more than the tolerance. */
export function above(a: number, b: number, tolerance: number): boolean {
  return a - b > tolerance + 1e-9;
}
