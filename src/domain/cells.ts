// A cell's raw text and an indicator's short name, the one home for every layer.

import type { RawCell } from './types';

/**
 * The text a cell holds, as Excel shows it: a string as stored, a number as displayed (its value when there is no
 * display text), a boolean as Excel displays one (TRUE/FALSE, in a zh-CN Excel too), anything else its display text.
 */
export function rawCellText(c: RawCell | undefined): string {
  if (!c) return '';
  const v = c.value;
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return typeof c.text === 'string' && c.text !== '' ? c.text : String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return typeof c.text === 'string' ? c.text : '';
}

/** An indicator's name for a message: at most 24 characters, else its first 23 and '…' (never cut inside a character). */
export function shortName(name: string, max = 24): string {
  if (name.length <= max) return name;
  const chars = Array.from(name);
  return chars.length > max ? chars.slice(0, max - 1).join('') + '…' : name;
}
