// The describer: a parsed value back in words for messages — a number ('5506.5'), a quantity ('54.62亿元',
// '59.22%') and a whole target ('≥95%', '5个工作日内', '2023年12月31日前').

import { deadlineText } from '../dates';
import type { Comparator, Quantity, Relative, Target } from '../types';

/**
 * A number for messages: at most 4 decimals, trailing zeros trimmed, no exponent, no '-0'.
 * Below 1e11 the rounded value r = k/10⁴ (|k| < 10¹⁵) is the double nearest that decimal and within far less than
 * half a unit of its 4th decimal, so String(r) — the shortest form that reads back as r — is exactly that decimal
 * with its trailing zeros trimmed: the same text as toFixed(4) trimmed, without the fixed-point conversion.
 */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const r = Math.round(n * 1e4) / 1e4;
  if (r === 0) return '0';
  if ((r < 0 ? -r : r) < 1e11) return String(r);
  if (Math.abs(r) >= 1e21) return String(r);
  const s = r.toFixed(4);
  let end = s.length;
  while (s.charCodeAt(end - 1) === 48 /* 0 */) end--;
  if (s.charCodeAt(end - 1) === 46 /* . */) end--;
  return s.slice(0, end);
}

function exactIn4(x: number): boolean {
  return Math.abs(Math.round(x * 1e4) / 1e4 - x) <= 1e-9 * Math.max(1, Math.abs(x));
}

/** How a unit is said after a number: 5个工作日, 3个月, 2个季度. */
function spokenUnit(u: string): string {
  return u === '工作日' ? '个工作日' : u === '月' ? '个月' : u === '季度' ? '个季度' : u;
}

/** A Quantity as the two pieces of its message text, e.g. '54.62' and '亿元' (see quantityParts). */
export interface QuantityParts {
  num: string;
  unit: string;
}

/**
 * A Quantity for messages as its number and unit: {0.5922,'%'} → '59.22' '%'; money in the largest of 亿元/万元/元
 * that shows it exactly within 4 decimals ({5.462e9,'元'} → '54.62' '亿元', {55065000,'元'} → '5506.5' '万元',
 * {72890,'元'} → '72890' '元').
 */
export function quantityParts(q: Quantity): QuantityParts {
  const v = q.value;
  if (q.unit === '%') return { num: formatNumber(v * 100), unit: '%' };
  if (q.unit === '元') {
    const a = Math.abs(v);
    if (a >= 1e8) {
      const y = v / 1e8;
      if (exactIn4(y)) return { num: formatNumber(y), unit: '亿元' };
    }
    if (a >= 1e6) {
      const w = v / 1e4;
      if (exactIn4(w)) return { num: formatNumber(w), unit: '万元' };
    }
    return { num: formatNumber(v), unit: '元' };
  }
  return { num: formatNumber(v), unit: spokenUnit(q.unit) };
}

/**
 * A Quantity for messages: {0.5922,'%'} → '59.22%'; money in the largest of 亿元/万元/元 that shows it exactly
 * within 4 decimals ({5.462e9,'元'} → '54.62亿元', {55065000,'元'} → '5506.5万元', {72890,'元'} → '72890元').
 */
export function formatQuantity(q: Quantity): string {
  const p = quantityParts(q);
  return p.num + p.unit;
}

const CMP_SYMBOL: Record<Comparator, string> = { atLeast: '≥', atMost: '≤', moreThan: '>', lessThan: '<' };
const RELATIVE_TEXT: Record<Relative, string> = { increase: '较上年增幅', decrease: '较上年降幅' };

/**
 * A Target back to readable zh-CN for messages: '≥95%', '≤0.05%', '60%–80%', '5个工作日内', '即时办理',
 * '2023年12月31日前', '有效', '不适用'.
 */
export function describeTarget(t: Target): string {
  switch (t.kind) {
    case 'atLeast':
    case 'atMost':
    case 'moreThan':
    case 'lessThan':
      return (t.relative ? RELATIVE_TEXT[t.relative] : '') + CMP_SYMBOL[t.kind] + formatQuantity(t.bound);
    case 'range':
      return formatQuantity(t.low) + '–' + formatQuantity(t.high);
    case 'equal':
      return formatQuantity(t.value);
    case 'qualitative':
      return t.level;
    case 'timeLimit': {
      if (t.days === 0) return '即时办理';
      if (t.days < 1 && !t.workdays) return formatNumber(t.days * 24) + '小时内';
      return formatNumber(t.days) + (t.workdays ? '个工作日内' : '天内');
    }
    case 'deadline':
      return deadlineText(t.by);
    case 'notApplicable':
      return '不适用';
    case 'blank':
      return '空白';
    case 'unparsed':
      return t.text;
    default:
      return '';
  }
}
