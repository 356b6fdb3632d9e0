// Number formatting for messages: rounding half away from zero, trimmed decimals, points,
// percentages, completion ratios, and an Actual written back as text ('54.62亿元', '3个工作日', '2023年11月', '有效').
// Quantities and targets use the parser's formatQuantity/describeTarget. Cheap enough for every indicator.

import type { Actual } from './types';
import { dateSpanText } from './dates';
import { formatQuantity } from './parse';

const POW10 = [1, 10, 100, 1000, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10];

/**
 * Round half away from zero to `decimals` places, robust to binary error (0.125 → 0.13, 1.005 → 1.01).
 * Non-finite values and numbers too large to scale are returned unchanged.
 */
export function round(x: number, decimals: number): number {
  if (!Number.isFinite(x)) return x;
  const factor = decimals > 0 ? (decimals < POW10.length ? POW10[decimals] : 10 ** decimals) : 1;
  const scaled = Math.abs(x) * factor;
  if (!(scaled < 4503599627370496)) return x; // 2^52: already integral at this scale
  // Nudge by a few ulps so that a stored 1.005 (really 1.00499999999999989…) rounds as written.
  const r = Math.floor(scaled + 0.5 + scaled * 4 * Number.EPSILON);
  const out = r / factor;
  return x < 0 && out !== 0 ? -out : out;
}

/** 59.2200001 → '59.22', 5 → '5', 0.125 → '0.13'; up to `maxDecimals` places, trailing zeros dropped. */
export function formatNumber(x: number, maxDecimals = 2): string {
  if (!Number.isFinite(x)) return String(x);
  if (Number.isInteger(x) && x < 1e21 && x > -1e21) return x === 0 ? '0' : String(x); // 5 → '5', no rounding needed
  const r = round(x, maxDecimals);
  if (r === 0) return '0';
  // After rounding, the shortest round-trip form is the decimal itself unless it needs an exponent.
  const plain = String(r);
  if (plain.indexOf('e') < 0 || Math.abs(r) >= 1e21) return plain;
  let s = r.toFixed(maxDecimals);
  if (maxDecimals > 0) {
    let end = s.length;
    while (s.charCodeAt(end - 1) === 48) end--; // '0'
    if (s.charCodeAt(end - 1) === 46) end--; // '.'
    s = s.slice(0, end);
  }
  return s === '-0' ? '0' : s;
}

/** Row numbers for a message: consecutive ones as a span (12–15), others joined by `sep` (12、14 or 12, 14). */
export function rowSpan(rows: readonly number[], sep: string): string {
  return rows.length > 1 && rows[rows.length - 1] - rows[0] === rows.length - 1
    ? `${rows[0]}–${rows[rows.length - 1]}`
    : rows.join(sep);
}

/** Points for messages: 4.1666 → '4.17'. */
export function formatPoints(x: number): string {
  return formatNumber(x, 2);
}

/** A fraction as a percentage: 0.5922 → '59.22%', 0.000278 → '0.0278%'. */
export function formatPercent(fraction: number, maxDecimals = 4): string {
  return `${formatNumber(fraction * 100, maxDecimals)}%`;
}

/** A completion ratio (actual ÷ target) as a percentage with one decimal: 1.77522 → '177.5%'. */
export function formatRatio(ratio: number): string {
  return `${formatNumber(ratio * 100, 1)}%`;
}

/** Percentage points between two fractions: 0.0078 → '0.78'. */
export function formatPercentPoints(fractionGap: number): string {
  return formatNumber(fractionGap * 100, 4);
}

/** '5个工作日', '3天', '即时'. */
export function daysText(days: number, workdays: boolean): string {
  if (days === 0) return '即时';
  return `${formatNumber(days, 2)}${workdays ? '个工作日' : '天'}`;
}

/** An actual for messages: '59.22%', '3个工作日', '2023年11月', '有效'. */
export function actualText(a: Actual): string {
  switch (a.kind) {
    case 'quantity':
      return formatQuantity(a.value);
    case 'range':
      return `${formatQuantity(a.low)}–${formatQuantity(a.high)}`;
    case 'timeLimit':
      return daysText(a.days, a.workdays);
    case 'date':
      return dateSpanText(a.on);
    case 'qualitative':
      return a.level;
    case 'notApplicable':
      return '不适用';
    case 'blank':
      return '（空）';
    case 'unparsed':
      return a.text;
  }
}
