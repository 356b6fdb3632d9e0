// The reader: turns a cell's text into tokens (tokens.ts) — numbers with their units, comparators, a range's
// second bound, where the phrase starts — without deciding what they mean for a target or an actual (that is
// interpret.ts). Everything here is a pure function of its arguments; the only state is readCell's cache, which
// maps a cell's text to the tokens read from it (tokens are read-only values, so sharing them is safe).

import { datePrecision, serialSpan } from '../dates';
import { normalizeText, tidyText } from '../text';
import type { DateSpan, RawCell, Relative } from '../types';
import { rawCellText } from '../cells';
import { makeUnit, type Cmp, type NumberToken, type Reading, type UnitRead, type UnitToken } from './tokens';
import {
  BARE,
  BASE_MULT_MATCHER,
  BASE_MULT_OF,
  CMP_MATCHER,
  CMP_OF,
  CN_NUMERAL,
  CN_POWERS,
  CONJ_MATCHER,
  COUNT_UNITS,
  DATE_UNIT_WORDS,
  EXCEL_ERROR_RE,
  HIGHER_NATURE_RE,
  isOpeningBracket,
  KNOWN,
  LIST_SEP_MATCHER,
  LOWER_NATURE_RE,
  MULT_EXPS,
  MULT_MATCHER,
  NO_UNIT,
  NOT_APPLICABLE_RE,
  PERCENT_STORED,
  PERIOD_MATCHER,
  PERIOD_TIMES,
  POPULATION_MATCHER,
  POPULATION_OF,
  QUALITATIVE_NATURE_RE,
  RANGE_SEP_MATCHER,
  RELATIVE_MATCHER,
  RELATIVE_OF,
  SOFT_CMP,
  STOP_CHARS,
  SUFFIX_CMP,
  SUFFIX_MATCHER,
  THIS_YEAR_MATCHER,
  THOUSAND_BEFORE,
  UNIT_MATCHER,
  WITHIN_SUFFIX,
} from './words';

// ── characters ──────────────────────────────────────────────────────────────────────────────────────────────

export const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

function isLatinLetter(c: number): boolean {
  const l = c | 0x20;
  return l >= 97 && l <= 122;
}

function isSign(code: number): boolean {
  return code === 45 /* - */ || code === 0x2212 /* − */ || code === 43; /* + */
}

function firstDigit(s: string, from: number): number {
  for (let i = from; i < s.length; i++) if (isDigitCode(s.charCodeAt(i))) return i;
  return -1;
}

// ── cell text ───────────────────────────────────────────────────────────────────────────────────────────────

/** The text a cell shows (one home: domain/cells.ts). */
export const cellText = rawCellText;

/** Sentence punctuation dropped from the end of a cell: 。.,;!?、: */
function isEndingPunct(c: number): boolean {
  return c === 0x3002 || c === 0x3001 || c === 46 || c === 44 || c === 59 || c === 33 || c === 63 || c === 58;
}

/** The text without trailing sentence punctuation (isEndingPunct), cheap when there is none. */
function dropTrailingPunct(s: string): string {
  let end = s.length;
  while (end > 0 && isEndingPunct(s.charCodeAt(end - 1))) end--;
  return end === s.length ? s : s.slice(0, end);
}

/**
 * Length of a leading ordinal ('1.', '(2)', '3、') as ORDINAL_RE matches it — /^\(?\d{1,2}[.、)](?=[^\d.])/ —
 * or 0: one or two digits, then . 、 or ), then a character that is neither a digit nor a dot.
 */
function ordinalLength(s: string): number {
  let i = s.charCodeAt(0) === 40 /* ( */ ? 1 : 0;
  const start = i;
  while (i - start < 3 && isDigitCode(s.charCodeAt(i))) i++;
  const digits = i - start;
  if (digits < 1 || digits > 2) return 0;
  const sep = s.charCodeAt(i);
  if (sep !== 46 /* . */ && sep !== 0x3001 /* 、 */ && sep !== 41 /* ) */) return 0;
  const next = s.charCodeAt(i + 1);
  if (next !== next /* end of text */ || isDigitCode(next) || next === 46) return 0;
  return i + 1;
}

/** Normalises a text cell: NFKC, no white space, no trailing sentence punctuation, no leading ordinal ('1.'). */
export function clean(raw: string): string {
  let s = normalizeText(raw);
  if (s.charCodeAt(0) === 35 /* # */ && EXCEL_ERROR_RE.test(s)) return s;
  s = dropTrailingPunct(s);
  if (s.length > 2) {
    const n = ordinalLength(s);
    if (n > 0) s = s.slice(n);
  }
  return s;
}

/** A qualitative cell's words as a person wrote them, tidied: NFKC, white space folded, no trailing punctuation. */
export function levelText(raw: string): string {
  return dropTrailingPunct(tidyText(raw));
}

/** First characters of NOT_APPLICABLE_RE's words (-—–―─~/\\_…· 不此本无 Nn), so most cells skip the regex. */
function mayBeNotApplicable(c: number): boolean {
  if (c < 0x80) return c === 45 || c === 126 || c === 47 || c === 92 || c === 95 || c === 78 || c === 110;
  return (
    c === 0x2014 ||
    c === 0x2013 ||
    c === 0x2015 ||
    c === 0x2500 ||
    c === 0x2026 ||
    c === 0xb7 ||
    c === 0x4e0d /* 不 */ ||
    c === 0x6b64 /* 此 */ ||
    c === 0x672c /* 本 */ ||
    c === 0x65e0 /* 无 */
  );
}

function isNotApplicable(s: string): boolean {
  return mayBeNotApplicable(s.charCodeAt(0)) && NOT_APPLICABLE_RE.test(s);
}

function isExcelError(s: string): boolean {
  return s.charCodeAt(0) === 35 /* # */ && EXCEL_ERROR_RE.test(s);
}

// ── units ───────────────────────────────────────────────────────────────────────────────────────────────────

/** Length of a short Latin unit at s[i] (km, kg, m2) as /[a-zA-Z]{1,4}\d?(?![a-zA-Z])/y matches it, or 0. */
function latinUnitLength(s: string, i: number): number {
  let j = i;
  while (j < s.length && isLatinLetter(s.charCodeAt(j))) j++;
  const letters = j - i;
  if (letters === 0 || letters > 4) return 0;
  return isDigitCode(s.charCodeAt(j)) && !isLatinLetter(s.charCodeAt(j + 1)) ? letters + 1 : letters;
}

/**
 * Reads the unit that starts at s[pos] (s already normalised: NFKC, no white space) and where it ends.
 * Recognises a multiplier (万, 亿, 百万, 千万, 千 before 元), a known unit word (longest first), a short Latin unit
 * (km, kg), or any other CJK word kept as written: the whole word when it ends the text and is at most 3
 * characters, else one character.
 */
export function readUnit(s: string, pos: number): UnitToken {
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
  if (u >= 0) return { unit: KNOWN[u][mult], end: i + UNIT_MATCHER.words[u].length };
  const latin = latinUnitLength(s, i);
  if (latin > 0) return { unit: makeUnit(s.slice(i, i + latin), mult, mult, 0, false, true), end: i + latin };
  if (i < s.length && isHanCode(s.charCodeAt(i)) && !STOP_CHARS.includes(s[i])) {
    let j = i + 1;
    while (j < s.length && j - i <= 3 && isHanCode(s.charCodeAt(j)) && !STOP_CHARS.includes(s[j])) j++;
    const wholeWord = j - i <= 3 && (j >= s.length || !isHanCode(s.charCodeAt(j)));
    const end = wholeWord ? j : i + 1;
    return { unit: makeUnit(s.slice(i, end), mult, mult, 0, false, true), end };
  }
  return { unit: BARE[mult], end: mult ? i : pos };
}

/**
 * The known unit word (words.ts) at s[pos], after an optional 多/余 and multiplier (三十多人, 三万人次), and where
 * it ends; undefined when no known word is there (a kept-as-written word does not count).
 */
function knownUnitAt(s: string, pos: number): { word: string; end: number } | undefined {
  let i = pos;
  const c = s.charCodeAt(i);
  if (c === 0x591a /* 多 */ || c === 0x4f59 /* 余 */) i++;
  const m = MULT_MATCHER.indexAt(s, i);
  if (m >= 0) i += MULT_MATCHER.words[m].length;
  const u = UNIT_MATCHER.indexAt(s, i);
  if (u < 0) return undefined;
  const word = UNIT_MATCHER.words[u];
  return { word, end: i + word.length };
}

/** Reads a whole unit word (a 度量单位 cell: '%', '万元', '个'); unknown words are kept as written. */
function readUnitWord(word: string): UnitRead | undefined {
  if (word === '') return undefined;
  const t = readUnit(word, 0);
  const u = t.unit;
  if (t.end === word.length && (u.written || u.mult))
    return u.written ? u : makeUnit('', u.exp, u.mult, 0, false, true);
  return makeUnit(word, 0, 0, 0, false, true);
}

/** What an Excel number format says about the stored number: a % format (stored 0.5922 means 59.22%), or a literal unit ('0.00"万元"'). */
export interface FormatMeaning {
  readonly percent: boolean;
  readonly unit?: UnitRead;
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
    const t = word ? readUnit(word, 0) : undefined;
    if (t && t.unit.written && t.end === word.length) meaning = { percent: false, unit: t.unit };
  }
  if (FORMAT_CACHE.size < 512) FORMAT_CACHE.set(fmt, meaning);
  return meaning;
}

// ── numbers and comparators ───────────────────────────────────────────────────────────────────────────────────

/**
 * Reads the number at s[pos] ('4,425.38', '0.05'; thousands separators only when `thousands`) and the unit after
 * it. Digits are accumulated as an integer mantissa so scaling by 万/亿/% stays exact.
 */
function readNumberAt(s: string, pos: number, thousands: boolean, neg: boolean): NumberToken | undefined {
  const len = s.length;
  let i = pos;
  let mant = 0;
  let digits = 0;
  while (i < len && isDigitCode(s.charCodeAt(i))) {
    mant = mant * 10 + (s.charCodeAt(i) - 48);
    digits++;
    i++;
  }
  if (digits === 0) return undefined;
  let grouped = false;
  if (thousands && digits <= 3 && s.charCodeAt(i) === 44) {
    // \d{1,3}(,\d{3})+ not followed by a digit or a comma
    let j = i;
    let m = mant;
    let n = digits;
    while (
      s.charCodeAt(j) === 44 &&
      isDigitCode(s.charCodeAt(j + 1)) &&
      isDigitCode(s.charCodeAt(j + 2)) &&
      isDigitCode(s.charCodeAt(j + 3))
    ) {
      m = m * 1000 + (s.charCodeAt(j + 1) - 48) * 100 + (s.charCodeAt(j + 2) - 48) * 10 + (s.charCodeAt(j + 3) - 48);
      n += 3;
      j += 4;
    }
    const next = s.charCodeAt(j);
    if (j > i && !isDigitCode(next) && next !== 44) {
      i = j;
      mant = m;
      digits = n;
      grouped = true;
    }
  }
  let dec = 0;
  if (s.charCodeAt(i) === 46 && isDigitCode(s.charCodeAt(i + 1))) {
    i++;
    while (i < len && isDigitCode(s.charCodeAt(i))) {
      mant = mant * 10 + (s.charCodeAt(i) - 48);
      dec++;
      digits++;
      i++;
    }
  }
  const big = digits > 15 ? (grouped ? s.slice(pos, i).replace(/,/g, '') : s.slice(pos, i)) : '';
  const unit = readUnit(s, i);
  return { mant, dec, big, neg, unit: unit.unit, end: unit.end };
}

/** A population base ('10万人', '万人口', '千人', '10万'): how many it counts, its word, and where it ends. */
interface PerBase {
  readonly text: string;
  readonly end: number;
}

/**
 * The population base at s[pos] — [digits][十万|万|千|百|亿][人|人口|户 …] with a multiplier or a number and a word, more
 * than one counted ('10万人', '万人口', '千人', '10万'; not '人', '季度' or '10') — in one spelling (10万人, 万人, 千人,
 * 10万), so the same base written two ways reads as one unit; undefined when none is there.
 */
function readPerBase(s: string, pos: number): PerBase | undefined {
  let i = pos;
  let n = 0;
  while (i < s.length && isDigitCode(s.charCodeAt(i)) && i - pos < 9) n = n * 10 + (s.charCodeAt(i++) - 48);
  const digits = i > pos;
  if (digits && n === 0) return undefined;
  const m = BASE_MULT_MATCHER.indexAt(s, i);
  let count = digits ? n : 1;
  if (m >= 0) {
    count *= BASE_MULT_OF[m];
    i += BASE_MULT_MATCHER.words[m].length;
  }
  const w = POPULATION_MATCHER.indexAt(s, i);
  const word = w >= 0 ? POPULATION_OF[w] : '';
  if (w >= 0) i += POPULATION_MATCHER.words[w].length;
  if ((m < 0 && (w < 0 || !digits)) || count <= 1) return undefined;
  return { text: baseText(count) + word, end: i };
}

/** A base count in its usual spelling: 100000 → '10万', 10000 → '万', 1000 → '千', 100 → '百', 50 → '50'. */
function baseText(count: number): string {
  const [unit, word] =
    count % 1e8 === 0
      ? [1e8, '亿']
      : count % 1e4 === 0
        ? [1e4, '万']
        : count % 1e3 === 0
          ? [1e3, '千']
          : count % 100 === 0
            ? [100, '百']
            : [1, ''];
  const k = count / unit;
  return word === '' ? String(count) : (k === 1 ? '' : String(k)) + word;
}

/** The number counted per a population base: its unit becomes '人/10万人' (written, so it is never taken for a %). */
function perBase(n: NumberToken, base: PerBase): NumberToken {
  const u = n.unit;
  return { ...n, unit: makeUnit(u.unit + '/' + base.text, u.exp, u.mult, 0, false, true) };
}

/** CMP_MATCHER's index of the comparator written right before s[end] ('≥', '不低于', '控制在', optionally followed by ':'), or -1. */
function comparatorBefore(s: string, end: number): number {
  if (end > 0 && s.charCodeAt(end - 1) === 58 /* : */) end--;
  return end > 0 ? CMP_MATCHER.indexBefore(s, end) : -1;
}

/**
 * Reads `s` (normalised) as [prefix][comparator][number][unit][以上/以下/内][range or second bound][text].
 * Returns undefined when there is no digit, null when digits are there but do not form one value or one range.
 */
export function readText(s: string): Reading | null | undefined {
  // 每10万人3.2例: the base comes first, and its digits are not the value
  const lead = s.charCodeAt(0) === 0x6bcf /* 每 */ ? readPerBase(s, 1) : undefined;
  const d = firstDigit(s, lead ? lead.end : 0);
  if (d < 0) return undefined;
  let start = d;
  let neg = false;
  if (d > 0 && isSign(s.charCodeAt(d - 1))) {
    start = d - 1;
    neg = s.charCodeAt(start) !== 43;
  }
  const bracketed = start > 0 && isOpeningBracket(s.charCodeAt(start - 1));
  let first = readNumberAt(s, d, !bracketed, neg);
  if (!first) return null;
  let pos = first.end;
  // 5人/10万人: the base follows the number
  let per = lead ?? (s.charCodeAt(pos) === 47 /* / */ ? readPerBase(s, pos + 1) : undefined);
  if (per) first = perBase(first, per);
  if (per && per !== lead) pos = per.end;

  let cmp: Cmp | undefined;
  let soft = false;
  const word = comparatorBefore(s, start);
  if (word >= 0) {
    cmp = CMP_OF[word];
    soft = SOFT_CMP[word];
  }
  let second: NumberToken | undefined;
  let cmp2: Cmp | undefined;
  let range = false;

  if (pos < s.length) {
    // A range: 60%-80%, 60%至80%, 60-80%, [60%,80%], 介于60%和80%之间.
    let sep = RANGE_SEP_MATCHER.at(s, pos);
    if (!sep && (bracketed || s.lastIndexOf('介于', start) >= 0 || s.includes('之间', pos)))
      sep = LIST_SEP_MATCHER.at(s, pos);
    if (sep) {
      let p = pos + sep.length;
      let neg2 = false;
      if (sep !== '-' && sep !== '--' && isSign(s.charCodeAt(p)) && isDigitCode(s.charCodeAt(p + 1))) {
        neg2 = s.charCodeAt(p) !== 43;
        p++;
      }
      second = readNumberAt(s, p, !bracketed, neg2);
      if (second) {
        range = true;
        pos = second.end;
        // 3-5例/10万人: the base written once, after the second number, counts for both
        const per2 = per === undefined && s.charCodeAt(pos) === 47 /* / */ ? readPerBase(s, pos + 1) : undefined;
        if (per2) {
          per = per2;
          second = perBase(second, per2);
          pos = per2.end;
        } else if (per) second = perBase(second, per);
      }
    }

    if (!range) {
      const suffix = SUFFIX_MATCHER.indexAt(s, pos);
      if (suffix >= 0) {
        pos += SUFFIX_MATCHER.words[suffix].length;
        const suffixCmp = SUFFIX_CMP[suffix];
        if (suffixCmp && (cmp === undefined || soft)) cmp = suffixCmp;
        if (WITHIN_SUFFIX[suffix]) cmp = cmp ?? 'atMost';
      }
      // A second bound with its own comparator: ≥60%且≤80%.
      const conj = CONJ_MATCHER.at(s, pos);
      const p = conj ? pos + conj.length : pos;
      const cm = CMP_MATCHER.indexAt(s, p);
      if (cm >= 0) second = readNumberAt(s, p + CMP_MATCHER.words[cm].length, true, false);
      if (second) {
        cmp2 = CMP_OF[cm];
        pos = second.end;
        const suffix2 = SUFFIX_MATCHER.at(s, pos);
        if (suffix2) pos += suffix2.length;
      }
    }
    if (firstDigit(s, pos) >= 0) return null;
  }
  return { prefixEnd: start, first, second, cmp, cmp2, range };
}

/** A stored number as a reading: the number format lends its meaning (% or a literal unit such as "万元"). */
function numericReading(v: number, numberFormat: string | undefined): Reading {
  const unit = readNumberFormat(numberFormat).unit ?? NO_UNIT;
  const first: NumberToken = { mant: Math.abs(v), dec: 0, big: '', neg: v < 0, unit, end: 0 };
  return { prefixEnd: 0, first, second: undefined, cmp: undefined, cmp2: undefined, range: false };
}

// ── words around the number ────────────────────────────────────────────────────────────────────────────────

/** 'increase'/'decrease' when the words before the number (s[0, prefixEnd)) end with a change verb; 提高到95% is a level. */
export function relativeBefore(s: string, prefixEnd: number): Relative | undefined {
  let e = prefixEnd;
  if (e > 0 && s.charCodeAt(e - 1) === 58 /* : */) e--;
  const w = e > 0 ? CMP_MATCHER.indexBefore(s, e) : -1;
  if (w >= 0) e -= CMP_MATCHER.words[w].length;
  const v = e > 0 ? RELATIVE_MATCHER.indexBefore(s, e) : -1;
  return v >= 0 ? RELATIVE_OF[v] : undefined;
}

/** How many times a year the count of `r` is due: 每季度[不少于]1次 / 1次/季度 → 4; 1 when no period is written. */
function periodsPerYear(s: string, r: Reading): number {
  if (r.second || r.first.big !== '' || !COUNT_UNITS.has(r.first.unit.unit)) return 1;
  let p = -1;
  if (s.charCodeAt(0) === 0x6bcf /* 每 */) {
    p = PERIOD_MATCHER.indexAt(s, 1);
    if (p >= 0) {
      // only a comparator may stand between the period and the number: 每季度不少于1次, not 每季度末报送1次
      const e = 1 + PERIOD_MATCHER.words[p].length;
      if (e !== r.prefixEnd && e + (CMP_MATCHER.at(s, e)?.length ?? -1) !== r.prefixEnd) p = -1;
    }
  } else {
    const at = r.first.end;
    const c = s.charCodeAt(at);
    if (c === 47 /* / */ || c === 0x6bcf /* 每 */) p = PERIOD_MATCHER.indexAt(s, at + 1);
  }
  return p >= 0 ? PERIOD_TIMES[p] : 1;
}

/** The reading with its first number as a yearly count when a period is written (see periodsPerYear). */
export function perYear(s: string, r: Reading): Reading {
  const k = periodsPerYear(s, r);
  return k === 1 ? r : { ...r, first: { ...r.first, mant: r.first.mant * k } };
}

/** 当年12月底前, 本年度12月31日前: the year word says nothing the date reader needs. */
export function withoutThisYear(s: string): string {
  const w = THIS_YEAR_MATCHER.at(s, 0);
  return w && s.length > w.length && isDigitCode(s.charCodeAt(w.length)) ? s.slice(w.length) : s;
}

/** A first number of 1900–2199 ('2023.12前', '2023-12'): a year, perhaps. */
function yearLike(n: NumberToken): boolean {
  if (n.neg || n.mant < 1900) return false;
  const int = n.dec === 0 ? n.mant : Math.floor(n.mant / 10 ** n.dec);
  return int >= 1900 && int < 2200;
}

/**
 * The cheap check before the date reader: readText could not read the cell as one value, or read a number of 年/月
 * ('12月底前' → 12 月) or a year-like number ('2023.12前'). Every other reading is not a date.
 */
export function mayBeDate(r: Reading | null): boolean {
  if (r === null) return true;
  const u = r.first.unit.unit;
  return u === '月' || u === '年' || yearLike(r.first);
}

// ── Chinese numerals before a unit word ──────────────────────────────────────────────────────────────────

/**
 * The value of the run of numeral characters at s[i] and where the run ends, value -1 when the run is not one
 * standard numeral below 10000: 三 3, 十二 12, 二十 20, 三十五 35, 一百 100, 一百零五 105, 两千三百 2300; not
 * 一一, 二〇二三 (digits in a row), 百 alone, 一百五 (colloquial) or a leading or trailing 零.
 */
function readChineseNumeral(s: string, i: number): { value: number; end: number } {
  let j = i;
  while (j < s.length && CN_NUMERAL[s.charCodeAt(j)] !== 0) j++;
  return { value: numeralValue(s, i, j), end: j };
}

function numeralValue(s: string, i: number, j: number): number {
  let total = 0;
  let digit = -1;
  let lastPower = 10000;
  let zero = false;
  for (let k = i; k < j; k++) {
    const code = CN_NUMERAL[s.charCodeAt(k)];
    if (code <= 10) {
      if (digit >= 0) return -1;
      if (code === 1) {
        if (lastPower === 10000 || zero) return -1;
        zero = true;
      } else digit = code - 1;
      continue;
    }
    const power = CN_POWERS[code - 11];
    if (power >= lastPower) return -1;
    if (digit < 0) {
      if (zero || k !== i || power !== 10) return -1; // 十二 = 12; 百 alone is no numeral
      digit = 1;
    }
    total += digit * power;
    digit = -1;
    zero = false;
    lastPower = power;
  }
  if (digit >= 0) {
    if (lastPower !== 10000 && lastPower !== 10 && !zero) return -1; // 一百五 may mean 150: left for a person
    total += digit;
  } else if (zero) return -1;
  return total;
}

/**
 * The text with each small Chinese numeral that is directly followed by a known unit word written in digits
 * (三场次 → 3场次, 不少于两个 → 不少于2个, 三天内完成 → 3天内完成). The unit word must end the text or be followed
 * by a non-CJK character or a 以上/以内/左右 word; the text itself is returned when nothing qualifies.
 */
function withChineseNumerals(s: string): string {
  let out = '';
  let from = 0;
  const n = s.length;
  for (let i = 0; i < n;) {
    if (CN_NUMERAL[s.charCodeAt(i)] === 0) {
      i++;
      continue;
    }
    const { value, end } = readChineseNumeral(s, i);
    if (value >= 0 && (i === 0 || s.charCodeAt(i - 1) !== 0x7b2c) /* 第 */) {
      const unit = knownUnitAt(s, end);
      if (
        unit !== undefined &&
        !DATE_UNIT_WORDS.has(unit.word) &&
        (unit.end >= n || !isHanCode(s.charCodeAt(unit.end)) || SUFFIX_MATCHER.indexAt(s, unit.end) >= 0)
      ) {
        out += s.slice(from, i) + String(value);
        from = end;
      }
    }
    i = end;
  }
  return from === 0 ? s : out + s.slice(from);
}

// ── side cells ─────────────────────────────────────────────────────────────────────────────────────────────

/** A separate 度量单位 cell's unit. */
export function readUnitCell(cell: RawCell | undefined): UnitRead | undefined {
  if (!cell) return undefined;
  const s = clean(cellText(cell));
  if (s === '' || isNotApplicable(s)) return undefined;
  return readUnitWord(s);
}

/** What a 指标性质 cell says: a comparator, or 'qualitative'. */
export type Nature = Cmp | 'qualitative' | undefined;

export function readNature(cell: RawCell | undefined): Nature {
  if (!cell) return undefined;
  const s = clean(cellText(cell));
  if (s === '') return undefined;
  if (QUALITATIVE_NATURE_RE.test(s)) return 'qualitative';
  if (HIGHER_NATURE_RE.test(s)) return 'atLeast';
  if (LOWER_NATURE_RE.test(s)) return 'atMost';
  const word = CMP_MATCHER.indexAt(s, 0);
  return word >= 0 ? CMP_OF[word] : undefined;
}

// ── a value cell: the opening steps shared by targets and actuals ─────────────────────────────────────────────

/** A 年度指标值 or 实际完成值 cell read into tokens; `raw` is its text as shown. */
export type CellRead =
  | { readonly kind: 'blank'; readonly raw: string }
  /** A number that is not finite, or an Excel error. */
  | { readonly kind: 'unparsed'; readonly raw: string }
  | { readonly kind: 'notApplicable'; readonly raw: string }
  /** A number formatted as a date: the span of days it stands for. */
  | { readonly kind: 'serial'; readonly raw: string; readonly span: DateSpan }
  /** A stored number, its number format lending the unit. */
  | { readonly kind: 'number'; readonly raw: string; readonly reading: Reading }
  /** Text, normalised (`s`, small Chinese numerals before a unit in digits): undefined reading when no digit is in it. */
  | { readonly kind: 'text'; readonly raw: string; readonly s: string; readonly reading: Reading | null | undefined };

type TextRead = Extract<CellRead, { kind: 'blank' | 'unparsed' | 'notApplicable' | 'text' }>;

/** Tokens by cell text: a table repeats its ≥95%, 100%, 有效, 是 many times; the tokens are read-only values. */
const TEXT_CACHE = new Map<string, TextRead>();
const TEXT_CACHE_SIZE = 4096;
const TEXT_CACHE_KEY_LENGTH = 48;

function readTextCell(raw: string): TextRead {
  let s = clean(raw);
  if (s === '') return { kind: 'blank', raw };
  if (isExcelError(s)) return { kind: 'unparsed', raw };
  if (isNotApplicable(s)) return { kind: 'notApplicable', raw };
  let reading = readText(s);
  if (reading === undefined) {
    const t = withChineseNumerals(s); // 三场 → 3场
    if (t !== s) reading = readText((s = t));
  }
  return { kind: 'text', raw, s, reading };
}

/** The opening steps of reading a value cell, shared by parseTarget and parseActual. */
export function readCell(cell: RawCell): CellRead {
  const raw = cellText(cell);
  const v = cell.value;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { kind: 'unparsed', raw };
    const precision = datePrecision(cell.numberFormat);
    if (precision !== 0) {
      const span = serialSpan(v, precision);
      if (span) return { kind: 'serial', raw, span };
    }
    return { kind: 'number', raw, reading: numericReading(v, cell.numberFormat) };
  }
  if (raw.length > TEXT_CACHE_KEY_LENGTH) return readTextCell(raw);
  let read = TEXT_CACHE.get(raw);
  if (read === undefined) {
    if (TEXT_CACHE.size >= TEXT_CACHE_SIZE) TEXT_CACHE.clear();
    TEXT_CACHE.set(raw, (read = readTextCell(raw)));
  }
  return read;
}
