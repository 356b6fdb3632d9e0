// Display text of a stored cell value under its Excel number format, as Excel would show it
// (what Office.js returns as `text`). Formatting is numfmt's; this module only decides when to
// call it and caches, per format string, how that format treats values.

import { numfmt } from './numfmt';

/** Excel's serial day for a JS Date (exceljs reads dates as UTC). */
export function excelSerial(d: Date): number {
  return d.getTime() / 86400000 + 25569;
}

interface FormatInfo {
  general: boolean;
  /** Built-in date format 14, which a Chinese Excel shows as yyyy/m/d. */
  pattern: string;
}

const cache = new Map<string, FormatInfo>();

function info(format: string | undefined): FormatInfo {
  const key = format ?? '';
  let i = cache.get(key);
  if (!i) {
    const general = key === '' || /^general$/i.test(key.trim());
    const pattern = key === 'mm-dd-yy' ? 'yyyy/m/d' : key;
    i = { general, pattern };
    cache.set(key, i);
  }
  return i;
}

function formatSafely(pattern: string, value: number | boolean): string {
  try {
    return numfmt.format(pattern, value);
  } catch {
    return numfmt.format('General', value);
  }
}

/** A decimal General shows as JavaScript prints it: plain digits (no exponent), at most 10 characters without
 * the sign, and not below 0.001 in size ('12.34', '-4425.38', '0.05'). numfmt gives the same text for all of
 * these (test/xlsx/displayText.test.ts checks it); skipping it matters because a workbook has thousands. */
export function isPlainGeneral(s: string, value: number): boolean {
  const digits = value < 0 ? s.slice(1) : s;
  return digits.length <= 10 && Math.abs(value) >= 0.001 && /^\d+\.\d+$/.test(digits);
}

/** Text Excel shows for a number under `format` ('General' or missing → Excel's general format). */
export function numberText(value: number, format?: string): string {
  const f = info(format);
  if (f.general) {
    // Integers of up to 11 digits print as themselves in General, and so do short decimals (see
    // isPlainGeneral); everything else goes to numfmt.
    if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
    const s = String(value);
    if (isPlainGeneral(s, value)) return s;
    return formatSafely('General', value);
  }
  return formatSafely(f.pattern, value);
}

export function booleanText(value: boolean): string {
  return value ? 'TRUE' : 'FALSE';
}
