// The interpreter: turns the reader's tokens (reader.ts) into a Target or an Actual (types.ts). Here live the
// meanings: a unit one number lends another, a bare number's scale taken from its target or the indicator's name,
// a time limit, a deadline, a change against last year. Pure functions over read-only tokens.

import { readDate } from '../dates';
import { qualitativeOutcome } from '../qualitative';
import { normalizeText, tidyText } from '../text';
import type { Actual, Quantity, Relative, Target } from '../types';
import { makeUnit, type Cmp, type NumberToken, type Reading, type UnitRead } from './tokens';
import { levelText, mayBeDate, perYear, relativeBefore, withoutThisYear, type CellRead, type Nature } from './reader';
import {
  DATE_NAME_RE,
  HIGHER_MATCHER,
  INSTANT_RE,
  LOWER_MATCHER,
  NAME_WORD_START,
  NOT_RATE_RE,
  RATE_NAME_RE,
} from './words';

// ── numbers with units ───────────────────────────────────────────────────────────────────────────────────────

/**
 * A unit that is not written beside its number takes one that is: '60-80%' lends % to 60, '1-2万元' lends 万元
 * to 1, a 度量单位 column lends its unit to a bare value. A multiplier written on `own` ('1万-2万元') is kept.
 */
export function borrowUnit(own: UnitRead, from: UnitRead | undefined): UnitRead {
  if (own.written || !from || !from.written) return own;
  if (own.mult === 0 || own.mult === from.mult) return from;
  return makeUnit(from.unit, from.exp - from.mult + own.mult, own.mult, from.days, from.workdays, true);
}

/** The same unit with another power of ten (a bare actual read in its target's scale). */
export function withExp(u: UnitRead, exp: number): UnitRead {
  return u.exp === exp ? u : makeUnit(u.unit, exp, u.mult, u.days, u.workdays, u.written);
}

/** value × 10^exp without float drift: '54.62' with 8 → 5462000000, '59.22' with -2 → 0.5922. */
export function scalePow10(digits: string, exp: number): number {
  if (exp === 0) return Number(digits);
  if (digits.includes('e') || digits.includes('E')) return Number(digits) * 10 ** exp;
  return Number(digits + 'e' + exp);
}

const POW10: number[] = [];
for (let i = 0; i <= 22; i++) POW10.push(Number('1e' + i));

/**
 * mant × 10^(exp − dec) correctly rounded: both factors are exact doubles (mant below 2^53, 10^k for k ≤ 22), so
 * one multiplication or division gives the double nearest the written decimal (5462 × 10^6 = 54.62亿).
 * `big` holds the written digits when they were too many for an exact mantissa.
 */
function scaleDecimal(mant: number, dec: number, big: string, exp: number): number {
  if (big !== '') return scalePow10(big, exp);
  const net = exp - dec;
  if (net === 0) return mant;
  if (net > 0) return net <= 22 ? mant * POW10[net] : mant * 10 ** net;
  return net >= -22 ? mant / POW10[-net] : mant * 10 ** net;
}

/** The value of a number with its (possibly borrowed) unit, scaled exactly by the unit's power of ten. */
export function valueOf(n: NumberToken, unit: UnitRead): number {
  const v = scaleDecimal(n.mant, n.dec, n.big, unit.exp);
  return n.neg ? -v : v;
}

/** A number written as a percentage in the scale of `plain`: n > 1.5 is n/100 (95 → 95%), else the fraction itself. */
function percentOf(n: NumberToken, unit: UnitRead, plain: number): number {
  return Math.abs(plain) > 1.5 ? valueOf(n, withExp(unit, unit.exp - 2)) : plain;
}

const isLowerCmp = (c: Cmp | undefined): boolean => c === 'atMost' || c === 'lessThan';
const isHigherCmp = (c: Cmp | undefined): boolean => c === 'atLeast' || c === 'moreThan';

function unparsed(raw: string): { kind: 'unparsed'; text: string } {
  return { kind: 'unparsed', text: tidyText(raw) };
}

// ── what an indicator's name says ────────────────────────────────────────────────────────────────────────────

/** True when the indicator name implies lower is better (成本, 控制, 逾期率, 投诉 …) and is not a handled-rate name. */
export function inferLowerIsBetter(name: string): boolean {
  if (typeof name !== 'string' || name === '') return false;
  return lowerByName(normalizeText(name));
}

/** One pass over the name: true when a lower-is-better word is there and no higher-rate word. */
function lowerByName(s: string): boolean {
  let lower = false;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const bits = NAME_WORD_START[s.charCodeAt(i)];
    if (bits === 0) continue;
    if (bits & 2 && HIGHER_MATCHER.indexAt(s, i) >= 0) return false;
    if (!lower && bits & 1 && LOWER_MATCHER.indexAt(s, i) >= 0) lower = true;
  }
  return lower;
}

function isRateName(name: string | undefined): boolean {
  if (typeof name !== 'string' || name === '') return false;
  const s = normalizeText(name);
  return RATE_NAME_RE.test(s.includes('率') ? s.replace(NOT_RATE_RE, '') : s);
}

// ── money scale of a bare actual ─────────────────────────────────────────────────────────────────────────

const MONEY_EXPS = [4, 8];

/**
 * The power of ten (元 0, 万元 4, 亿元 8) that puts a bare actual nearest its money target, so '4425.38' against
 * 5506.5万元 reads as 4425.38万元 and '72890' against ﹦72890元 as 72890元. 元 is kept unless another scale is
 * more than ten times closer. (Quantities carry no written scale, and JSON round trips must give the same answer.)
 */
function moneyExp(n: number, targetValue: number): number {
  if (!(n > 0) || !(targetValue > 0)) return 0;
  const gap = Math.log10(targetValue) - Math.log10(n);
  let best = 0;
  let bestDist = Math.abs(gap);
  for (const e of MONEY_EXPS) {
    const dist = Math.abs(gap - e);
    if (dist + 1 < bestDist) {
      best = e;
      bestDist = dist;
    }
  }
  return best;
}

// ── targets ──────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * A date target: a deadline when the wording says so (前, 止, 截至, 完成 …) or, written bare, when the indicator's
 * name asks for a time (完成时间, 时限, 进度); 'unparsed' for an impossible date; undefined when not a deadline.
 */
function deadlineTarget(s: string, name: string | undefined, raw: string): Target | undefined {
  const d = readDate(s);
  if (d === undefined || !(d.marked || (name !== undefined && DATE_NAME_RE.test(name)))) return undefined;
  return d.span === null ? unparsed(raw) : { kind: 'deadline', by: d.span };
}

/** 较上年增长5% → a growth of at least 5% (a written comparator wins: 增长不超过5%); a range stays for a person. */
function relativeTarget(r: Reading, unitCell: UnitRead | undefined, relative: Relative, raw: string): Target {
  if (r.second) return unparsed(raw);
  const u = borrowUnit(r.first.unit, unitCell);
  const v = valueOf(r.first, u);
  if (!Number.isFinite(v)) return unparsed(raw);
  const cmp = r.cmp === undefined || r.cmp === 'equal' ? 'atLeast' : r.cmp;
  return { kind: cmp, bound: { value: v, unit: u.unit }, relative };
}

function targetFromReading(
  r: Reading,
  unitCell: UnitRead | undefined,
  nature: Nature,
  name: string | undefined,
  raw: string,
): Target {
  const u1 = borrowUnit(borrowUnit(r.first.unit, r.second?.unit), unitCell);
  const v1 = valueOf(r.first, u1);
  if (!Number.isFinite(v1)) return unparsed(raw);
  if (r.second) {
    const u2 = borrowUnit(borrowUnit(r.second.unit, r.first.unit), unitCell);
    const v2 = valueOf(r.second, u2);
    if (!Number.isFinite(v2)) return unparsed(raw);
    let lowFirst = v1 <= v2;
    if (!r.range) {
      // two bounds written with comparators: one must be a lower bound and the other an upper bound
      if (isHigherCmp(r.cmp) && isLowerCmp(r.cmp2)) lowFirst = true;
      else if (isLowerCmp(r.cmp) && isHigherCmp(r.cmp2)) lowFirst = false;
      else return unparsed(raw);
    }
    let a = { value: v1, unit: u1.unit };
    let b = { value: v2, unit: u2.unit };
    if (
      !u1.written &&
      !u2.written &&
      u1.mult === 0 &&
      u2.mult === 0 &&
      v1 >= 0 &&
      v2 >= 0 &&
      Math.max(v1, v2) > 0 &&
      Math.max(v1, v2) <= 100 &&
      isRateName(name)
    ) {
      // a bare band under a rate's name (完成率 80-100) is a band of percentages, both ends in one scale
      const shift = Math.max(v1, v2) > 1.5 ? -2 : 0;
      a = { value: valueOf(r.first, withExp(u1, u1.exp + shift)), unit: '%' };
      b = { value: valueOf(r.second, withExp(u2, u2.exp + shift)), unit: '%' };
    }
    const [low, high] = lowFirst ? [a, b] : [b, a];
    // '≥100≤0' names a lower bound above its upper bound: no value can meet it, so a person must read the cell
    if (low.value > high.value) return unparsed(raw);
    return { kind: 'range', low, high };
  }
  const cmp = r.cmp ?? (nature === 'qualitative' ? undefined : nature);
  if (u1.days > 0 && (cmp === 'atMost' || (cmp === undefined && u1.workdays))) {
    return v1 < 0 ? unparsed(raw) : { kind: 'timeLimit', days: v1 * u1.days, workdays: u1.workdays };
  }
  // a bare number in (0, 100] under a rate's name (满意度 90, 完成率 0.95) is a percentage, as a bare actual against one is
  const q =
    !u1.written && u1.mult === 0 && v1 > 0 && v1 <= 100 && isRateName(name)
      ? { value: percentOf(r.first, u1, v1), unit: '%' }
      : { value: v1, unit: u1.unit };
  if (cmp === 'equal') return { kind: 'equal', value: q };
  if (cmp) return { kind: cmp, bound: q };
  if (name && inferLowerIsBetter(name)) return { kind: 'atMost', bound: q, inferred: true };
  return { kind: 'equal', value: q };
}

/** A read 年度指标值 cell as a Target, given what its row says beside it (see parseTarget). */
export function interpretTarget(
  c: CellRead,
  unitCell: UnitRead | undefined,
  nature: Nature,
  name: string | undefined,
): Target {
  switch (c.kind) {
    case 'blank':
    case 'notApplicable':
      return { kind: c.kind };
    case 'unparsed':
      return unparsed(c.raw);
  }
  if (nature === 'qualitative') return { kind: 'qualitative', level: levelText(c.raw) };
  if (c.kind === 'serial') return { kind: 'deadline', by: c.span };
  if (c.kind === 'number') return targetFromReading(c.reading, unitCell, nature, name, c.raw);
  const { s, reading: r, raw } = c;
  if (r === undefined) {
    if (INSTANT_RE.test(s)) return { kind: 'timeLimit', days: 0, workdays: false };
    return { kind: 'qualitative', level: levelText(raw) };
  }
  if (mayBeDate(r)) {
    const d = deadlineTarget(withoutThisYear(s), name, raw);
    if (d) return d;
  }
  if (r === null) return unparsed(raw);
  const relative = r.prefixEnd > 0 ? relativeBefore(s, r.prefixEnd) : undefined;
  if (relative) return relativeTarget(r, unitCell, relative, raw);
  return targetFromReading(perYear(s, r), unitCell, nature, name, raw);
}

/** The quantity a target is stated in: its bound, its value, or a range's low end; undefined for other targets. */
export function targetQuantity(t: Target | undefined): Quantity | undefined {
  if (!t) return undefined;
  switch (t.kind) {
    case 'atLeast':
    case 'atMost':
    case 'moreThan':
    case 'lessThan':
      return t.bound;
    case 'equal':
      return t.value;
    case 'range':
      return t.low;
    default:
      return undefined;
  }
}

// ── actuals ──────────────────────────────────────────────────────────────────────────────────────────────────

/** The target's wording for the 无/零 rule of qualitativeOutcome. */
function targetWording(t: Target | undefined): string | undefined {
  if (!t) return undefined;
  if (t.kind === 'qualitative') return t.level;
  if (t.kind === 'unparsed') return t.text;
  const q = targetQuantity(t);
  if (q && q.value === 0 && t.kind !== 'range' && t.kind !== 'atLeast' && t.kind !== 'moreThan') return '0';
  // 未超预算 / 未超过 claim an upper bound is kept
  if (t.kind === 'atMost' || t.kind === 'lessThan') return '≤';
  return undefined;
}

/**
 * A completion date ('2023年11月', '11月20日完成'). A bare month or year is a date against a deadline, or when
 * completion wording marks it ('10月完成' is October, whatever the target); otherwise '10月' stays 10 months.
 */
function dateActual(s: string, target: Target | undefined, raw: string): Actual | undefined {
  const d = readDate(s);
  if (d === undefined || (d.bare && !d.marked && target?.kind !== 'deadline')) return undefined;
  return d.span === null ? unparsed(raw) : { kind: 'date', on: d.span };
}

/** A number without a unit against the target: % → n/100 when n > 1.5 (else n is the fraction); money in the target's scale. */
function bareActual(n: NumberToken, unit: UnitRead, target: Target | undefined): Actual {
  const plain = valueOf(n, unit);
  if (target?.kind === 'timeLimit') return { kind: 'timeLimit', days: plain, workdays: target.workdays };
  const tq = targetQuantity(target);
  if (!tq || tq.unit === '') return { kind: 'quantity', value: { value: plain, unit: unit.unit } };
  if (tq.unit === '%') return { kind: 'quantity', value: { value: percentOf(n, unit, plain), unit: '%' } };
  if (tq.unit === '元') {
    const exp = moneyExp(Math.abs(plain), Math.abs(tq.value));
    return { kind: 'quantity', value: { value: valueOf(n, withExp(unit, unit.exp + exp)), unit: '元' } };
  }
  return { kind: 'quantity', value: { value: plain, unit: tq.unit } };
}

/**
 * The power of ten that puts a percentage into the scale of a bare-number target in (0, 100]: 2 against 90 (92.5% is
 * 92.5 of its points), 0 against 0.9 (92.5% is 0.925); undefined when the target is not such a number.
 */
function bareTargetShift(t: Target | undefined): number | undefined {
  let v: number;
  if (t?.kind === 'range') {
    if (t.low.unit !== '' || t.high.unit !== '' || t.low.value < 0 || t.high.value < 0) return undefined;
    v = Math.max(t.low.value, t.high.value);
  } else {
    const q = targetQuantity(t);
    if (!q || q.unit !== '') return undefined;
    v = q.value;
  }
  return v > 0 && v <= 100 ? (v > 1.5 ? 2 : 0) : undefined;
}

/**
 * A number written with its unit, read against the target: a 分 score out of 100 against a percentage is that
 * percentage (95.2分 against ≥95% → 95.2%), and a percentage against a bare number in (0, 100] is in that number's
 * scale (92.5% against 90 → 92.5; against 0.9 → 0.925), the mirror of a bare actual taking its target's %.
 */
function writtenQuantity(n: NumberToken, u: UnitRead, target: Target | undefined): Quantity {
  const value = valueOf(n, u);
  if (u.unit === '分') {
    if (u.mult === 0 && value >= 0 && value <= 100 && targetQuantity(target)?.unit === '%') {
      return { value: valueOf(n, withExp(u, u.exp - 2)), unit: '%' };
    }
  } else if (u.unit === '%') {
    const shift = bareTargetShift(target);
    if (shift !== undefined) return { value: shift === 0 ? value : scalePow10(String(value), shift), unit: '' };
  } else if (u.unit.includes('/')) {
    const q = inTargetBase(value, u.unit, targetQuantity(target)?.unit);
    if (q) return q;
  }
  return { value, unit: u.unit };
}

/** '人/10万人' → 人, 100000, 人 (the reader's spelling of a population base: [n][万|千|百|亿][word]). */
function perParts(unit: string): { of: string; count: number; word: string } | undefined {
  const m = /^([^/]*)\/(\d*)(亿|万|千|百)?([^/\d]*)$/.exec(unit);
  if (!m || (m[2] === '' && m[3] === undefined)) return undefined;
  const mult = m[3] === '亿' ? 1e8 : m[3] === '万' ? 1e4 : m[3] === '千' ? 1e3 : m[3] === '百' ? 100 : 1;
  return { of: m[1], count: (m[2] === '' ? 1 : Number(m[2])) * mult, word: m[4] };
}

/** A rate per one population base in the target's base: 0.45人/万人 against ≤5人/10万人 → 4.5人/10万人. */
function inTargetBase(value: number, unit: string, targetUnit: string | undefined): Quantity | undefined {
  if (targetUnit === undefined || targetUnit === unit || !targetUnit.includes('/')) return undefined;
  const a = perParts(unit);
  const t = perParts(targetUnit);
  if (!a || !t || a.of !== t.of || a.word !== t.word) return undefined;
  const exp = Math.log10(t.count / a.count);
  return {
    value: Number.isInteger(exp) ? scalePow10(String(value), exp) : (value * t.count) / a.count,
    unit: targetUnit,
  };
}

function actualFromReading(
  r: Reading,
  unitCell: UnitRead | undefined,
  target: Target | undefined,
  raw: string,
): Actual {
  if (r.second) {
    if (!r.range) return unparsed(raw);
    const u1 = borrowUnit(borrowUnit(r.first.unit, r.second.unit), unitCell);
    const u2 = borrowUnit(borrowUnit(r.second.unit, r.first.unit), unitCell);
    const a = { value: valueOf(r.first, u1), unit: u1.unit };
    const b = { value: valueOf(r.second, u2), unit: u2.unit };
    if (!Number.isFinite(a.value) || !Number.isFinite(b.value)) return unparsed(raw);
    return a.value <= b.value ? { kind: 'range', low: a, high: b } : { kind: 'range', low: b, high: a };
  }
  const u = borrowUnit(r.first.unit, unitCell);
  const cmp = r.cmp === 'equal' ? undefined : r.cmp;
  let actual: Actual;
  if (!u.written) {
    actual = bareActual(r.first, u, target);
  } else if (u.days > 0 && !isHigherCmp(cmp) && (u.workdays || isLowerCmp(cmp) || target?.kind === 'timeLimit')) {
    actual = { kind: 'timeLimit', days: valueOf(r.first, u) * u.days, workdays: u.workdays };
  } else {
    actual = { kind: 'quantity', value: writtenQuantity(r.first, u, target) };
  }
  if (actual.kind === 'quantity') {
    if (!Number.isFinite(actual.value.value)) return unparsed(raw);
    if (cmp) actual.repeatsComparator = cmp;
  } else if (actual.kind === 'timeLimit' && !(actual.days >= 0 && Number.isFinite(actual.days))) return unparsed(raw);
  return actual;
}

/** A read 实际完成值 cell as an Actual against its target (see parseActual). */
export function interpretActual(c: CellRead, unitCell: UnitRead | undefined, target: Target | undefined): Actual {
  switch (c.kind) {
    case 'blank':
    case 'notApplicable':
      return { kind: c.kind };
    case 'unparsed':
      return unparsed(c.raw);
    case 'serial':
      return { kind: 'date', on: c.span };
    case 'number':
      return actualFromReading(c.reading, unitCell, target, c.raw);
  }
  const { s, reading: r, raw } = c;
  if (r === undefined) {
    const level = levelText(raw);
    const outcome = qualitativeOutcome(s, targetWording(target));
    return outcome ? { kind: 'qualitative', level, outcome } : { kind: 'qualitative', level };
  }
  if (mayBeDate(r)) {
    const d = dateActual(withoutThisYear(s), target, raw);
    if (d) return d;
  }
  if (r === null) return unparsed(raw);
  const relative = r.prefixEnd > 0 ? relativeBefore(s, r.prefixEnd) : undefined;
  const actual = actualFromReading(relative ? r : perYear(s, r), unitCell, target, raw);
  if (relative && actual.kind === 'quantity') actual.relative = relative;
  return actual;
}
