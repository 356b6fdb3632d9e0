// Unit words and number formats. Reads the unit written after a number (元/万元/亿元, %, ‰, 个, 个工作日 …) into a
// normalised Unit plus a power-of-ten exponent, so 54.62亿元 becomes {5.462e9, '元'} exactly (decimal shift, no
// float multiplication); reads what an Excel number format says about a stored number ('0.00%', '0.00"万元"');
// and formats a Quantity back into zh-CN text for messages.

import type { Quantity, Unit } from './types';

/** A unit as read from text: value = written number × 10^exp. Shared and read-only: never mutate one. */
export interface UnitRead {
  readonly unit: Unit;
  /** Total power of ten (万元 → 4, 亿元 → 8, % → -2, ‰ → -3). */
  readonly exp: number;
  /** The multiplier part of exp (万 → 4), so '1-2万元' can lend 万 to the bare '1'. */
  readonly mult: number;
  /** Days per unit for time words (天/工作日 → 1, 小时 → 1/24), 0 otherwise. */
  readonly days: number;
  readonly workdays: boolean;
  /** A unit word was written (a bare multiplier such as '2.5万' is not a unit). */
  readonly written: boolean;
}

/** Where a read stopped (an out-parameter, so reading allocates nothing for known units). */
export interface Cursor {
  end: number;
}

type UnitDef = readonly [unit: Unit, exp: number, days?: number, workdays?: boolean];

// Money is normalised to 元 (千元 ×10³ and 万元/亿元 through the multiplier). Ratios are fractions with unit '%':
// 59.22% → 0.5922. ‰ is normalised into that same % scale: 0.5‰ → {0.0005, '%'}, so a ‰ target and a % actual
// compare directly and formatQuantity prints it as 0.05%.
const UNIT_WORDS: Record<string, UnitDef> = {
  元: ['元', 0],
  '%': ['%', -2],
  百分比: ['%', -2],
  百分点: ['%', -2],
  个百分点: ['%', -2],
  '‰': ['%', -3],
  '‱': ['%', -4],
  个工作日: ['工作日', 0, 1, true],
  工作日: ['工作日', 0, 1, true],
  个自然日: ['天', 0, 1],
  自然日: ['天', 0, 1],
  天: ['天', 0, 1],
  日: ['天', 0, 1],
  个小时: ['小时', 0, 1 / 24],
  小时: ['小时', 0, 1 / 24],
  分钟: ['分钟', 0, 1 / 1440],
  周: ['周', 0, 7],
  个月: ['月', 0],
  月: ['月', 0],
  年: ['年', 0],
  个季度: ['季度', 0],
  季度: ['季度', 0],
  人次: ['人次', 0],
  户次: ['户次', 0],
  家次: ['家次', 0],
  场次: ['场次', 0],
  件次: ['件次', 0],
  车次: ['车次', 0],
  课时: ['课时', 0],
  学时: ['学时', 0],
  个: ['个', 0],
  人: ['人', 0],
  笔: ['笔', 0],
  户: ['户', 0],
  次: ['次', 0],
  件: ['件', 0],
  项: ['项', 0],
  分: ['分', 0],
  台: ['台', 0],
  套: ['套', 0],
  家: ['家', 0],
  名: ['名', 0],
  位: ['位', 0],
  所: ['所', 0],
  座: ['座', 0],
  辆: ['辆', 0],
  场: ['场', 0],
  批: ['批', 0],
  期: ['期', 0],
  份: ['份', 0],
  张: ['张', 0],
  条: ['条', 0],
  处: ['处', 0],
  本: ['本', 0],
  册: ['册', 0],
  篇: ['篇', 0],
  类: ['类', 0],
  亩: ['亩', 0],
  吨: ['吨', 0],
  株: ['株', 0],
  棵: ['棵', 0],
  宗: ['宗', 0],
  起: ['起', 0],
  例: ['例', 0],
  公里: ['公里', 0],
  千米: ['公里', 0],
  米: ['米', 0],
  平方米: ['㎡', 0],
  '㎡': ['㎡', 0],
  m2: ['㎡', 0], // NFKC turns ㎡ and m² into m2
  平方公里: ['平方公里', 0],
  km2: ['平方公里', 0],
  公顷: ['公顷', 0],
  立方米: ['立方米', 0],
  m3: ['立方米', 0],
  千瓦时: ['千瓦时', 0],
  千瓦: ['千瓦', 0],
};

/**
 * Finds the longest of a fixed list of words starting at, or ending just before, a position — without
 * allocating (no RegExp match arrays): candidates are grouped by their first and last character, and a small
 * table of the characters that begin (end) some word turns most positions away before any lookup.
 */
export class WordMatcher {
  /** Word indices (longest first) by the low 10 bits of their first (last) character; sameAt settles collisions. */
  private readonly byFirst: (number[] | undefined)[] = new Array<number[] | undefined>(1024).fill(undefined);
  private readonly byLast: (number[] | undefined)[] = new Array<number[] | undefined>(1024).fill(undefined);

  constructor(readonly words: readonly string[]) {
    const order = words.map((_, i) => i).sort((x, y) => words[y].length - words[x].length);
    for (const i of order) {
      const w = words[i];
      const f = w.charCodeAt(0) & 1023;
      const l = w.charCodeAt(w.length - 1) & 1023;
      (this.byFirst[f] ??= []).push(i);
      (this.byLast[l] ??= []).push(i);
    }
  }

  /** The index in `words` of the longest word that starts at s[pos], or -1. */
  indexAt(s: string, pos: number): number {
    const list = this.byFirst[s.charCodeAt(pos) & 1023]; // past the end: NaN & 1023 is 0, and sameAt fails
    if (list === undefined) return -1;
    for (let k = 0; k < list.length; k++) {
      const i = list[k];
      if (sameAt(s, pos, this.words[i])) return i;
    }
    return -1;
  }

  /** The longest word that starts at s[pos]. */
  at(s: string, pos: number): string | undefined {
    const i = this.indexAt(s, pos);
    return i < 0 ? undefined : this.words[i];
  }

  /** The index in `words` of the longest word that ends just before s[end], or -1. */
  indexBefore(s: string, end: number): number {
    const list = this.byLast[s.charCodeAt(end - 1) & 1023];
    if (list === undefined) return -1;
    for (let k = 0; k < list.length; k++) {
      const w = this.words[list[k]];
      if (end >= w.length && sameAt(s, end - w.length, w)) return list[k];
    }
    return -1;
  }

  /** The longest word that ends just before s[end]. */
  before(s: string, end: number): string | undefined {
    const i = this.indexBefore(s, end);
    return i < 0 ? undefined : this.words[i];
  }
}

/** s.startsWith(w, pos) for the short words of a WordMatcher, without the builtin call. */
function sameAt(s: string, pos: number, w: string): boolean {
  const n = w.length;
  if (pos + n > s.length) return false;
  for (let j = 0; j < n; j++) if (s.charCodeAt(pos + j) !== w.charCodeAt(j)) return false;
  return true;
}

const UNIT_MATCHER = new WordMatcher(Object.keys(UNIT_WORDS));
const MULT_MATCHER = new WordMatcher(['百万', '千万', '万', '亿']);
const MULT_EXPS = [6, 7, 4, 8]; // by MULT_MATCHER index
// 千 is a multiplier only before a counted unit (千元, 千人), never in 千米/千瓦.
const THOUSAND_BEFORE = '元人户个次笔件项名家台套';
const LATIN_RE = /[a-zA-Z]{1,4}\d?(?![a-zA-Z])/y;
// Characters that start a comparator, range or joining word, so they never begin an unknown unit word.
const STOP_CHARS = '至到以之内及左且和与或并的为约含';

const MULT_VALUES = [0, 3, 4, 6, 7, 8];
function makeUnit(unit: Unit, exp: number, mult: number, days: number, workdays: boolean, written: boolean): UnitRead {
  return Object.freeze({ unit, exp, mult, days, workdays, written });
}
/** Every known unit word with every multiplier, built once: KNOWN[index of the word in UNIT_MATCHER][mult]. */
const KNOWN: UnitRead[][] = UNIT_MATCHER.words.map((word) => {
  const def = UNIT_WORDS[word];
  const byMult: UnitRead[] = [];
  for (const m of MULT_VALUES) byMult[m] = makeUnit(def[0], def[1] + m, m, def[2] ?? 0, def[3] ?? false, true);
  return byMult;
});
const BARE: UnitRead[] = [];
for (const m of MULT_VALUES) BARE[m] = makeUnit('', m, m, 0, false, false);
/** No unit written. */
export const NO_UNIT: UnitRead = BARE[0];
/** The unit of a %-formatted number: the stored value is already the fraction. */
export const PERCENT_STORED: UnitRead = makeUnit('%', 0, 0, 0, false, true);

function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

/**
 * Reads the unit that starts at s[pos] (s already normalised: NFKC, no white space) and sets at.end after it.
 * Recognises a multiplier (万, 亿, 百万, 千万, 千 before 元), a known unit word (longest first), a short Latin unit
 * (km, kg), or any other CJK word kept as written: the whole word when it ends the text and is at most 3
 * characters, else one character.
 */
export function readUnit(s: string, pos: number, at: Cursor): UnitRead {
  let i = pos;
  const c = s.charCodeAt(i);
  if (c === 0x591a /* 多 */ || c === 0x4f59 /* 余 */) i++; // 6000多万元
  let mult = 0;
  const m = MULT_MATCHER.indexAt(s, i);
  if (m >= 0) {
    mult = MULT_EXPS[m];
    i += MULT_MATCHER.words[m].length;
  } else if (s.charCodeAt(i) === 0x5343 /* 千 */ && i + 1 < s.length && THOUSAND_BEFORE.includes(s[i + 1])) {
    mult = 3;
    i++;
  }
  const u = UNIT_MATCHER.indexAt(s, i);
  if (u >= 0) {
    at.end = i + UNIT_MATCHER.words[u].length;
    return KNOWN[u][mult];
  }
  const c0 = s.charCodeAt(i) | 0x20;
  if (c0 >= 97 && c0 <= 122) {
    LATIN_RE.lastIndex = i;
    const l = LATIN_RE.exec(s);
    if (l) {
      at.end = i + l[0].length;
      return makeUnit(l[0], mult, mult, 0, false, true);
    }
  }
  if (i < s.length && isHan(s.charCodeAt(i)) && !STOP_CHARS.includes(s[i])) {
    let j = i + 1;
    while (j < s.length && j - i <= 3 && isHan(s.charCodeAt(j)) && !STOP_CHARS.includes(s[j])) j++;
    const wholeWord = j - i <= 3 && (j >= s.length || !isHan(s.charCodeAt(j)));
    at.end = wholeWord ? j : i + 1;
    return makeUnit(s.slice(i, at.end), mult, mult, 0, false, true);
  }
  at.end = mult ? i : pos;
  return BARE[mult];
}

/**
 * The known unit word (UNIT_WORDS) at s[pos], after an optional 多/余 and multiplier (三十多人, 三万人次), with
 * at.end set after it; undefined when no known word is there (a kept-as-written word does not count).
 */
export function knownUnitAt(s: string, pos: number, at: Cursor): string | undefined {
  let i = pos;
  const c = s.charCodeAt(i);
  if (c === 0x591a /* 多 */ || c === 0x4f59 /* 余 */) i++;
  const m = MULT_MATCHER.indexAt(s, i);
  if (m >= 0) i += MULT_MATCHER.words[m].length;
  const u = UNIT_MATCHER.indexAt(s, i);
  if (u < 0) return undefined;
  const word = UNIT_MATCHER.words[u];
  at.end = i + word.length;
  return word;
}

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

const WORD_CURSOR: Cursor = { end: 0 };

/** Reads a whole unit word (a 度量单位 cell: '%', '万元', '个'); unknown words are kept as written. */
export function readUnitWord(word: string): UnitRead | undefined {
  if (word === '') return undefined;
  const u = readUnit(word, 0, WORD_CURSOR);
  if (WORD_CURSOR.end === word.length && (u.written || u.mult)) return u.written ? u : makeUnit('', u.exp, u.mult, 0, false, true);
  return makeUnit(word, 0, 0, 0, false, true);
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
export function scaleDecimal(mant: number, dec: number, big: string, exp: number): number {
  if (big !== '') return scalePow10(big, exp);
  const net = exp - dec;
  if (net === 0) return mant;
  if (net > 0) return net <= 22 ? mant * POW10[net] : mant * 10 ** net;
  return net >= -22 ? mant / POW10[-net] : mant * 10 ** net;
}

/** What an Excel number format says about the stored number: a % format (stored 0.5922 means 59.22%), or a literal unit ('0.00"万元"'). */
export interface FormatMeaning {
  percent: boolean;
  unit?: UnitRead;
}

const FORMAT_CACHE = new Map<string, FormatMeaning>();
const NOTHING: FormatMeaning = { percent: false };

/** Reads the first section of a number format: '%' outside quotes means a percentage; quoted or escaped text may be a unit. */
export function readNumberFormat(fmt: string | undefined): FormatMeaning {
  if (!fmt || fmt === 'General' || fmt === '@') return NOTHING;
  const cached = FORMAT_CACHE.get(fmt);
  if (cached) return cached;
  let literal = '';
  let percent = false;
  let inQuote = false;
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i];
    if (inQuote) {
      if (ch === '"') inQuote = false;
      else literal += ch;
    } else if (ch === '"') inQuote = true;
    else if (ch === '\\') literal += fmt[++i] ?? '';
    else if (ch === '_' || ch === '*') i++;
    else if (ch === '[') {
      const close = fmt.indexOf(']', i);
      i = close < 0 ? fmt.length : close;
    } else if (ch === ';') break;
    else if (ch === '%') percent = true;
  }
  let meaning: FormatMeaning = NOTHING;
  if (percent) meaning = { percent: true, unit: PERCENT_STORED };
  else if (literal) {
    const word = literal.normalize('NFKC').replace(/\s+/g, '');
    const u = word ? readUnit(word, 0, WORD_CURSOR) : undefined;
    if (u && u.written && WORD_CURSOR.end === word.length) meaning = { percent: false, unit: u };
  }
  if (FORMAT_CACHE.size < 512) FORMAT_CACHE.set(fmt, meaning);
  return meaning;
}

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
