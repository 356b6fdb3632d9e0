// Value parser of the scoring core, the front door: reads 年度指标值 / 实际完成值 / 分值 / 执行率 cells — numbers
// with their Excel format, or zh-CN text such as 控制在0.05%以下, 60%-80%, 5个工作日内, 2023年12月31日前, 有效 —
// into typed values (types.ts). Numeric cells: the stored value is the truth and the number format says what it
// means. Never throws: what cannot be read becomes { kind: 'unparsed', text }.
//
// Built like a formula engine, in src/domain/parser/:
//   words.ts     — the word tables (comparators, suffixes, units, periods, name words): data, compiled once;
//   reader.ts    — text → tokens (tokens.ts): numbers with units, comparators, bounds; cached by cell text;
//   interpret.ts — tokens → Target / Actual: units lent and borrowed, scales, time limits, deadlines;
//   describe.ts  — a Target or Quantity back in words.

import { qualitativeOutcome as outcomeOf } from './qualitative';
import { tidyText } from './text';
import type { Actual, Quantity, RawCell, Target } from './types';
import {
  describeTarget as describe,
  formatNumber as number,
  formatQuantity as quantity,
  quantityParts as parts,
} from './parser/describe';
import {
  inferLowerIsBetter as lowerIsBetter,
  interpretActual,
  interpretTarget,
  scalePow10,
  targetQuantity as quantityOf,
  valueOf,
  withExp,
} from './parser/interpret';
import { cellText, clean, readCell, readNature, readNumberFormat, readText, readUnitCell } from './parser/reader';
import { HIGHER_RATE_WORDS as HIGHER, LOWER_IS_BETTER_WORDS as LOWER } from './parser/words';

// Re-exported as plain values, not `export { … }`: TypeScript turns a re-export into a getter on `exports`, which
// sends V8 to a slow dictionary lookup for every function this module exports, at every call from another module.
export const formatQuantity = quantity;
export const formatNumber = number;
export const quantityParts = parts;
export const describeTarget = describe;
export const qualitativeOutcome = outcomeOf;
export const targetQuantity = quantityOf;
export const inferLowerIsBetter = lowerIsBetter;
/** Indicator-name words that make a bare target an upper bound (成本控制在预算内 + 5506.5万元 → ≤ 5506.5万元). */
export const LOWER_IS_BETTER_WORDS: readonly string[] = LOWER;
/** Rates that stay higher-is-better even when the name mentions one of the words above (投诉处理率, 事故查处率). */
export const HIGHER_RATE_WORDS: readonly string[] = HIGHER;

/**
 * Numbers for 分值/得分/预算 cells: 10, '10', '１０', '10分', ' 5506.50　', '4,425.38', '  98 '. Percent text
 * '100%' → 1; a numeric cell with a % format → its stored value. Other unit words are dropped without scaling
 * ('5506.5万元' → 5506.5: the column header carries the unit). Blank, '/', '—', '-', 不适用, free text → null.
 */
export function parseNumberCell(cell: RawCell): number | null {
  try {
    if (!cell) return null;
    const v = cell.value;
    if (typeof v === 'number') return Number.isFinite(v) ? v : null;
    if (typeof v === 'boolean') return null;
    const s = clean(cellText(cell));
    if (s === '') return null;
    const r = readText(s);
    if (!r || r.second || r.cmp) return null;
    const f = r.first;
    // the number must be the whole cell: optional sign, number, optional unit
    if (r.prefixEnd !== 0 || f.end !== s.length) return null;
    const value = f.unit.unit === '%' ? valueOf(f, f.unit) : valueOf(f, withExp(f.unit, 0));
    return Number.isFinite(value) ? value : null;
  } catch {
    return null;
  }
}

/** 执行率 cells: '100%' → 1; 1 formatted '0%' → 1; 0.9685 → 0.9685; a plain number above 1.5 (96.85) → 0.9685; blank → null. */
export function parseRateCell(cell: RawCell): number | null {
  try {
    if (!cell) return null;
    const v = cell.value;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return null;
      if (readNumberFormat(cell.numberFormat).percent) return v;
      return v > 1.5 ? scalePow10(String(v), -2) : v;
    }
    const n = parseNumberCell(cell);
    if (n === null) return null;
    const s = clean(cellText(cell));
    if (s.endsWith('%') || s.endsWith('百分比')) return n;
    if (s.endsWith('‰')) return n; // already scaled into a fraction
    return n > 1.5 ? scalePow10(String(n), -2) : n;
  } catch {
    return null;
  }
}

/**
 * '54.62亿元' → {5.462e9,'元'}; '5506.5万元' → {55065000,'元'}; '59.22%' → {0.5922,'%'}; '0.5‰' → {0.0005,'%'}
 * (‰ joins the % scale as a fraction); '2.5万人' → {25000,'人'}; '100' → {100,''}. Comparator words around the
 * number are ignored. Null when there is no number, or when the text holds a range or several numbers.
 */
export function parseQuantityText(text: string): Quantity | null {
  try {
    if (typeof text !== 'string') return null;
    const r = readText(clean(text));
    if (!r || r.second) return null;
    const value = valueOf(r.first, r.first.unit);
    return Number.isFinite(value) ? { value, unit: r.first.unit.unit } : null;
  } catch {
    return null;
  }
}

/** The cell's text for an 'unparsed' value when reading it failed unexpectedly. */
function safeText(cell: RawCell): string {
  try {
    return tidyText(cellText(cell));
  } catch {
    return '';
  }
}

/**
 * 年度指标值 → Target. ctx.name: the 三级指标 name (direction inference when the cell has no comparator);
 * ctx.nature: a separate 指标性质 cell ('≥', '≤', '=', '定性', '正向', '反向'); ctx.unit: a separate 度量单位 cell.
 */
export function parseTarget(cell: RawCell, ctx?: { name?: string; nature?: RawCell; unit?: RawCell }): Target {
  try {
    if (!cell) return { kind: 'blank' };
    return interpretTarget(readCell(cell), readUnitCell(ctx?.unit), readNature(ctx?.nature), ctx?.name);
  } catch {
    return { kind: 'unparsed', text: safeText(cell) };
  }
}

/**
 * 实际完成值 → Actual. ctx.unit: a separate 度量单位 cell; ctx.target: the parsed target, whose unit a bare number
 * takes ('100' against ≥95% → 100%; 0.99 → 99%; '72890' against ﹦72890元 → 72890元; '4425.38' against
 * 5506.5万元 → 4425.38万元). Words without a number are qualitative with their outcome; '3个工作日' is a time
 * limit; '≥360天' keeps its value and sets repeatsComparator.
 */
export function parseActual(cell: RawCell, ctx?: { unit?: RawCell; target?: Target }): Actual {
  try {
    if (!cell) return { kind: 'blank' };
    return interpretActual(readCell(cell), readUnitCell(ctx?.unit), ctx?.target);
  } catch {
    return { kind: 'unparsed', text: safeText(cell) };
  }
}
