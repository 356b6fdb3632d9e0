// A1 addresses and sheet references, the one home for every layer: (row, col) ⇄ 'H17', rectangles as 'A1:I30',
// and a sheet name in a reference quoted the way Excel writes it ('My sheet'!A1, 'It''s'!A1, 附件2!A1).

import type { Rect } from './model';

const letters: string[] = [];

/** Column index (0-based) → letters: 0 → A, 25 → Z, 26 → AA. */
export function colLetters(col: number): string {
  const known = letters[col];
  if (known !== undefined) return known;
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  if (col >= 0 && col < 16384) letters[col] = s; // memoised: slots are made by the ten thousand
  return s;
}

/** (row, col) 0-based → 'H17'. */
export function toA1(row: number, col: number): string {
  return colLetters(col) + (row + 1);
}

/** 'H17' (optionally '$H$17' or 'Sheet!H17') → {row, col} 0-based, or null when not an address. */
export function fromA1(address: string): { row: number; col: number } | null {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(bare.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** 'A1:H30' for a rectangle. */
export function rectToA1(r: Rect): string {
  return `${toA1(r.top, r.left)}:${toA1(r.bottom, r.right)}`;
}

/** A name Excel writes bare in a reference: letters (any script), digits, '_' and '.', not starting with a digit or '.'. */
const BARE_NAME = /^[\p{L}_\\][\p{L}\p{N}_.]*$/u;
/** Names that read as a cell (A1, XFD1048576) or an R1C1 reference (R, C, R1C1, R2, C3): Excel quotes them. */
const A1_LIKE = /^[A-Za-z]{1,3}\d+$/;
const R1C1_LIKE = /^(?:[Rr]\d*)?(?:[Cc]\d*)?$/;
/** The boolean constants, which Excel quotes as sheet names too ('TRUE'!A1). */
const BOOLEAN_NAME = /^(?:TRUE|FALSE)$/i;

/** True when Excel quotes this sheet name in a reference (spaces, punctuation, a leading digit, a name like A1). */
export function sheetNeedsQuotes(sheet: string): boolean {
  return !BARE_NAME.test(sheet) || A1_LIKE.test(sheet) || R1C1_LIKE.test(sheet) || BOOLEAN_NAME.test(sheet);
}

/**
 * 'Sheet1!A1', "'My sheet'!A1", "'It''s'!A1": a reference to `ref` (a cell or range) on `sheet`, the name quoted as
 * Excel quotes it (single quotes, a quote inside doubled) — always when `alwaysQuote` (a link target).
 */
export function sheetRef(sheet: string, ref: string, alwaysQuote = false): string {
  const name = alwaysQuote || sheetNeedsQuotes(sheet) ? `'${sheet.replace(/'/g, "''")}'` : sheet;
  return `${name}!${ref}`;
}

/** "'My sheet'" → "My sheet", "'It''s'" → "It's", 'Sheet1' → 'Sheet1'. */
export function unquoteSheet(s: string): string {
  const t = s.trim();
  if (t.length >= 2 && t.startsWith("'") && t.endsWith("'")) return t.slice(1, -1).replace(/''/g, "'");
  return t;
}
