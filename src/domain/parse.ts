// Value parser of the scoring core: reads 年度指标值 / 实际完成值 / 分值 / 执行率 cells — numbers with their Excel
// format, or zh-CN text such as 控制在0.05%以下, 60%-80%, 5个工作日内, 2023年12月31日前, 有效 — into typed values (types.ts).
// Numeric cells: the stored value is the truth and the number format says what it means. Never throws: what
// cannot be read becomes { kind: 'unparsed', text }.

import { datePrecision, deadlineText, readDate, serialSpan } from './dates';
import { qualitativeOutcome as outcomeOf } from './qualitative';
import { normalizeText, tidyText } from './text';
import { rawCellText as cellText } from './cells';
import type { Actual, Comparator, Quantity, RawCell, Relative, Target } from './types';
import {
  WordMatcher,
  borrowUnit,
  type Cursor,
  formatNumber,
  formatQuantity as quantityText,
  knownUnitAt,
  NO_UNIT,
  readNumberFormat,
  readUnit,
  readUnitWord,
  scaleDecimal,
  scalePow10,
  type UnitRead,
  withExp,
} from './units';

// Re-exported as plain values, not `export { … }`: TypeScript turns a re-export into a getter on `exports`, which
// sends V8 to a slow dictionary lookup for every function this module exports, at every call from another module.
export const formatQuantity = quantityText;
export const qualitativeOutcome = outcomeOf;

type Cmp = Comparator | 'equal';

// ── comparator and range wording ────────────────────────────────────────────────────────────────────────────

const CMP_WORDS: Record<string, Cmp> = {
  '>=': 'atLeast', '=>': 'atLeast', '≥': 'atLeast', '≧': 'atLeast', '⩾': 'atLeast', 大于等于: 'atLeast',
  大于或等于: 'atLeast', 高于或等于: 'atLeast', 高于等于: 'atLeast', 不低于: 'atLeast', 不少于: 'atLeast',
  不小于: 'atLeast', 至少: 'atLeast', 达到: 'atLeast', 达: 'atLeast',
  '>': 'moreThan', 大于: 'moreThan', 高于: 'moreThan', 超过: 'moreThan', 多于: 'moreThan', 超: 'moreThan',
  '<=': 'atMost', '=<': 'atMost', '≤': 'atMost', '≦': 'atMost', '⩽': 'atMost', 小于等于: 'atMost', 小于或等于: 'atMost',
  低于或等于: 'atMost', 低于等于: 'atMost', 不高于: 'atMost', 不超过: 'atMost', 不超: 'atMost', 不大于: 'atMost',
  不多于: 'atMost', 最多: 'atMost', 控制在: 'atMost', 控制: 'atMost',
  '<': 'lessThan', 小于: 'lessThan', 低于: 'lessThan', 少于: 'lessThan', 不到: 'lessThan', 不足: 'lessThan',
  '==': 'equal', '=': 'equal', '═': 'equal', 等于: 'equal',
};
/** 控制在 alone means "within"; a written 以下/以上 after the number says more and wins. */
const CMP_MATCHER = new WordMatcher(Object.keys(CMP_WORDS));
// By CMP_MATCHER / SUFFIX_MATCHER index, so reading a word costs no keyed lookup.
const CMP_OF: readonly Cmp[] = CMP_MATCHER.words.map((w) => CMP_WORDS[w]);
const SOFT_CMP: readonly boolean[] = CMP_MATCHER.words.map((w) => w === '控制在' || w === '控制');

const SUFFIX_WORDS: Record<string, Cmp | undefined> = {
  及以上: 'atLeast', 或以上: 'atLeast', 以上: 'atLeast',
  及以下: 'atMost', 或以下: 'atMost', 以下: 'atMost', 及以内: 'atMost', 以内: 'atMost', 之内: 'atMost', 内: 'atMost',
  左右: undefined,
};
const SUFFIX_MATCHER = new WordMatcher(Object.keys(SUFFIX_WORDS));
const SUFFIX_CMP: readonly (Cmp | undefined)[] = SUFFIX_MATCHER.words.map((w) => SUFFIX_WORDS[w]);
const WITHIN_SUFFIX: readonly boolean[] = SUFFIX_MATCHER.words.map((w) => w === '及以内' || w === '以内' || w === '之内' || w === '内');
const RANGE_SEP_MATCHER = new WordMatcher(['-', '--', '~', '〜', '—', '——', '–', '―', '至', '到']);
/** Separators that only mean a range inside brackets or with 介于/之间: '[60%,80%]', '介于60%和80%之间'. */
const LIST_SEP_MATCHER = new WordMatcher([',', '、', '和', '与']);
const CONJ_MATCHER = new WordMatcher(['且', '并且', '同时', '并', ',', '、', ';']);
/** [ ( 【 〔 { */
function isOpeningBracket(c: number): boolean {
  return c === 91 || c === 40 || c === 0x3010 || c === 0x3014 || c === 123;
}

// ── changes against last year and per-period counts ──────────────────────────────────────────────────────

/** A verb right before the number (after any comparator) that makes it a change, not a level: 较上年增长5%, 同比下降不少于3%. */
const RELATIVE_WORDS: Record<string, Relative> = {
  增长: 'increase', 增加: 'increase', 提高: 'increase', 提升: 'increase', 上升: 'increase', 增幅: 'increase', 增幅为: 'increase',
  下降: 'decrease', 减少: 'decrease', 降低: 'decrease', 压减: 'decrease', 缩减: 'decrease', 降幅: 'decrease', 降幅为: 'decrease',
};
const RELATIVE_MATCHER = new WordMatcher(Object.keys(RELATIVE_WORDS));
const RELATIVE_OF: readonly Relative[] = RELATIVE_MATCHER.words.map((w) => RELATIVE_WORDS[w]);

/** 'increase'/'decrease' when the words before the number (s[0, prefixEnd)) end with a change verb; 提高到95% is a level. */
function relativeBefore(s: string, prefixEnd: number): Relative | undefined {
  let e = prefixEnd;
  if (e > 0 && s.charCodeAt(e - 1) === 58 /* : */) e--;
  const w = e > 0 ? CMP_MATCHER.indexBefore(s, e) : -1;
  if (w >= 0) e -= CMP_MATCHER.words[w].length;
  const v = e > 0 ? RELATIVE_MATCHER.indexBefore(s, e) : -1;
  return v >= 0 ? RELATIVE_OF[v] : undefined;
}

/** Counts per period → per year: 每季度1次 and 1次/季度 → 4次, 每月1次 → 12次, 每半年1次 → 2次. */
const PERIOD_WORDS: Record<string, number> = { 季度: 4, 季: 4, 月: 12, 个月: 12, 半年: 2, 年: 1, 年度: 1 };
const PERIOD_MATCHER = new WordMatcher(Object.keys(PERIOD_WORDS));
const PERIOD_TIMES: readonly number[] = PERIOD_MATCHER.words.map((w) => PERIOD_WORDS[w]);
const COUNT_UNITS = new Set(['次', '场', '期', '批', '轮', '场次', '回']);

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

/** Scales the first number of `r` to a yearly count when a period is written (see periodsPerYear). */
function perYear(s: string, r: Reading): Reading {
  const k = periodsPerYear(s, r);
  if (k !== 1) r.first.mant *= k;
  return r;
}

/** 当年12月底前, 本年度12月31日前: the year word says nothing the date reader needs. */
const THIS_YEAR_MATCHER = new WordMatcher(['当年度', '本年度', '当年', '本年', '今年']);
function withoutThisYear(s: string): string {
  const w = THIS_YEAR_MATCHER.at(s, 0);
  return w && s.length > w.length && isDigitCode(s.charCodeAt(w.length)) ? s.slice(w.length) : s;
}

// ── special texts ──────────────────────────────────────────────────────────────────────────────────────────

/** Not applicable: 不适用, '/', '／', '—', '——', '-', 无此项, N/A (after NFKC and white-space removal). */
const NOT_APPLICABLE_RE = /^(?:[-—–―─~/\\_…·]+|不适用|此项不适用|本项不适用|无此项|不涉及|N\/?A)$/i;
const EXCEL_ERROR_RE = /^#(?:N\/A|DIV\/0|VALUE|REF|NAME|NUM|NULL|SPILL|CALC|FIELD|BUSY|BLOCKED|CONNECT|UNKNOWN|GETTING_DATA)[!?]?$/i;
/** Same-moment handling: 即时办理, 手续齐全的，即时办理。, 当日办结 → a time limit of 0 days. */
const INSTANT_RE = /即时|立即|立刻|马上|当场|即办|随到随办|当[日天](?:办结|办理|完成|办|受理|处理|解决|答复)/;
const QUALITATIVE_NATURE_RE = /定性/;
const HIGHER_NATURE_RE = /^(?:正向|越大越好|越高越好|越多越好)/;
const LOWER_NATURE_RE = /^(?:反向|越小越好|越低越好|越少越好)/;

// ── lower-is-better inference ──────────────────────────────────────────────────────────────────────────────

/** Indicator-name words that make a bare target an upper bound (成本控制在预算内 + 5506.5万元 → ≤ 5506.5万元). */
export const LOWER_IS_BETTER_WORDS: readonly string[] = [
  '成本', '控制', '结余', '逾期率', '事故', '投诉', '差错', '超支', '发生率', '违规', '损失', '不良率', '时长', '用时',
  '耗时', '时限', '误差', '故障率', '返工率', '流失率', '空置率', '死亡率', '发病率', '欠款', '三公经费', '变动率',
  '调整率', '偏差率', '闲置率', '超期', '超标',
];
/** Rates that stay higher-is-better even when the name mentions one of the words above (投诉处理率, 事故查处率). */
export const HIGHER_RATE_WORDS: readonly string[] = [
  '处理率', '办结率', '及时率', '回复率', '满意', '覆盖率', '完成率', '到位率', '整改率', '结案率', '查处率', '达标率',
  '合格率', '知晓率', '响应率', '解决率', '化解率', '处置率', '收回率', '清收率', '执行率', '准确率', '正确率',
];
// One pass over the name instead of two alternation regexes: a character that starts no listed word is skipped
// with one table read. Bit 1: some lower-is-better word starts here; bit 2: some higher-rate word does.
const NAME_WORD_START = new Uint8Array(0x10000);
const LOWER_MATCHER = new WordMatcher(LOWER_IS_BETTER_WORDS);
const HIGHER_MATCHER = new WordMatcher(HIGHER_RATE_WORDS);
for (const w of LOWER_IS_BETTER_WORDS) NAME_WORD_START[w.charCodeAt(0)] |= 1;
for (const w of HIGHER_RATE_WORDS) NAME_WORD_START[w.charCodeAt(0)] |= 2;

/** True when the indicator name implies lower is better (成本, 控制, 逾期率, 投诉 …) and is not a handled-rate name. */
export function inferLowerIsBetter(name: string): boolean {
  if (typeof name !== 'string' || name === '') return false;
  const verdict = nameVerdict(name, true);
  return verdict === 1;
}

/**
 * One pass over the name: 1 when a lower-is-better word is there and no higher-rate word, 0 when not, -1 when the
 * name holds characters that normalising could change (`raw`: then it is normalised and read again).
 */
function nameVerdict(s: string, raw: boolean): number {
  let lower = false;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (raw) {
      const k = CHAR_KIND[c];
      if (k !== KEEP && k !== MAPPED) return nameVerdict(normalizeCell(s), false);
    }
    const bits = NAME_WORD_START[c];
    if (bits === 0) continue;
    if (bits & 2 && HIGHER_MATCHER.indexAt(s, i) >= 0) return 0;
    if (!lower && bits & 1 && LOWER_MATCHER.indexAt(s, i) >= 0) lower = true;
  }
  return lower ? 1 : 0;
}

// ── reading a text into numbers, units and comparators ────────────────────────────────────────────────────

/** A written number as an exact decimal: mant × 10^-dec (big holds the digits when mant would lose precision). */
interface NumberRead {
  mant: number;
  dec: number;
  big: string;
  neg: boolean;
  unit: UnitRead;
  end: number; // index after the unit
}

interface Reading {
  /** Where the first number (with its sign) starts: the length of the text before it. */
  prefixEnd: number;
  first: NumberRead;
  /** Second bound: a range '60%-80%' or '≥60%且≤80%'. */
  second: NumberRead | undefined;
  cmp?: Cmp; // comparator of the first (or only) number
  cmp2?: Cmp; // comparator of the second number when written with one
  range: boolean; // first–second is a range written with a separator
}

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

function firstDigit(s: string, from: number): number {
  for (let i = from; i < s.length; i++) if (isDigitCode(s.charCodeAt(i))) return i;
  return -1;
}

const CURSOR: Cursor = { end: 0 };

const newNumber = (): NumberRead => ({ mant: 0, dec: 0, big: '', neg: false, unit: NO_UNIT, end: 0 });
// Scratch objects: parsing is synchronous and every reading is consumed before the public call returns, so the
// hot path allocates only the values it hands back.
const FIRST = newNumber();
const SECOND = newNumber();
const READING: Reading = { prefixEnd: 0, first: FIRST, second: undefined, cmp: undefined, cmp2: undefined, range: false };

/**
 * Reads the number at s[pos] ('4,425.38', '0.05'; thousands separators only when `thousands`) and the unit after
 * it into `into`. Digits are accumulated as an integer mantissa so scaling by 万/亿/% stays exact.
 */
function readNumberAt(s: string, pos: number, thousands: boolean, neg: boolean, into: NumberRead): boolean {
  const len = s.length;
  let i = pos;
  let mant = 0;
  let digits = 0;
  while (i < len && isDigitCode(s.charCodeAt(i))) {
    mant = mant * 10 + (s.charCodeAt(i) - 48);
    digits++;
    i++;
  }
  if (digits === 0) return false;
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
  into.mant = mant;
  into.dec = dec;
  into.big = digits > 15 ? (grouped ? s.slice(pos, i).replace(/,/g, '') : s.slice(pos, i)) : '';
  into.neg = neg;
  into.unit = readUnit(s, i, CURSOR);
  into.end = CURSOR.end;
  return true;
}

function isSign(code: number): boolean {
  return code === 45 /* - */ || code === 0x2212 /* − */ || code === 43; /* + */
}

/** CMP_MATCHER's index of the comparator written right before s[end] ('≥', '不低于', '控制在', optionally followed by ':'), or -1. */
function comparatorBefore(s: string, end: number): number {
  if (end > 0 && s.charCodeAt(end - 1) === 58 /* : */) end--;
  return end > 0 ? CMP_MATCHER.indexBefore(s, end) : -1;
}

/**
 * Reads `s` (normalised) as [prefix][comparator][number][unit][以上/以下/内][range or second bound][text].
 * Returns undefined when there is no digit, null when digits are there but do not form one value or one range.
 * The result is a shared scratch object: read it before the next call.
 */
function readText(s: string): Reading | null | undefined {
  const d = firstDigit(s, 0);
  if (d < 0) return undefined;
  let start = d;
  let neg = false;
  if (d > 0 && isSign(s.charCodeAt(d - 1))) {
    start = d - 1;
    neg = s.charCodeAt(start) !== 43;
  }
  const bracketed = start > 0 && isOpeningBracket(s.charCodeAt(start - 1));
  if (!readNumberAt(s, d, !bracketed, neg, FIRST)) return null;
  let pos = FIRST.end;

  let cmp: Cmp | undefined;
  let soft = false;
  const word = comparatorBefore(s, start);
  if (word >= 0) {
    cmp = CMP_OF[word];
    soft = SOFT_CMP[word];
  }
  const r = READING;
  r.prefixEnd = start;
  r.second = undefined;
  r.cmp2 = undefined;
  r.range = false;

  if (pos < s.length) {
    // A range: 60%-80%, 60%至80%, 60-80%, [60%,80%], 介于60%和80%之间.
    let sep = RANGE_SEP_MATCHER.at(s, pos);
    if (!sep && (bracketed || s.lastIndexOf('介于', start) >= 0 || s.includes('之间', pos))) sep = LIST_SEP_MATCHER.at(s, pos);
    if (sep) {
      let p = pos + sep.length;
      let neg2 = false;
      if (sep !== '-' && sep !== '--' && isSign(s.charCodeAt(p)) && isDigitCode(s.charCodeAt(p + 1))) {
        neg2 = s.charCodeAt(p) !== 43;
        p++;
      }
      if (readNumberAt(s, p, !bracketed, neg2, SECOND)) {
        r.second = SECOND;
        r.range = true;
        pos = SECOND.end;
      }
    }

    if (!r.range) {
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
      if (cm >= 0 && readNumberAt(s, p + CMP_MATCHER.words[cm].length, true, false, SECOND)) {
        r.second = SECOND;
        r.cmp2 = CMP_OF[cm];
        pos = SECOND.end;
        const suffix2 = SUFFIX_MATCHER.at(s, pos);
        if (suffix2) pos += suffix2.length;
      }
    }
    if (firstDigit(s, pos) >= 0) return null;
  }
  r.cmp = cmp;
  return r;
}

/** The value of a number with its (possibly borrowed) unit, scaled exactly by the unit's power of ten. */
function valueOf(n: NumberRead, unit: UnitRead): number {
  const v = scaleDecimal(n.mant, n.dec, n.big, unit.exp);
  return n.neg ? -v : v;
}

/** A number written as a percentage in the scale of `plain`: n > 1.5 is n/100 (95 → 95%), else the fraction itself. */
function percentOf(n: NumberRead, unit: UnitRead, plain: number): number {
  return Math.abs(plain) > 1.5 ? valueOf(n, withExp(unit, unit.exp - 2)) : plain;
}

// ── Chinese numerals before a unit word ──────────────────────────────────────────────────────────────────
// 三场次, 两个, 三十五人, 一百二十项: a small Chinese numeral directly followed by a known unit word is a number.
// Words that only contain a numeral (一般, 一级指标, 三公经费, 统一, 一流) have no unit word after it; 十分满意 and
// 一次性 have one but run on into another word, and 第三场 is an ordinal, so none of them is read as a number.

/** Per character: the digit + 1 for 零〇一二两三…九, 11/12/13 for 十/百/千, 0 for any other character. */
const CN_NUMERAL = new Uint8Array(0x10000);
[...'零一二三四五六七八九'].forEach((ch, d) => (CN_NUMERAL[ch.charCodeAt(0)] = d + 1));
CN_NUMERAL[0x3007 /* 〇 */] = 1;
CN_NUMERAL[0x4e24 /* 两 */] = 3;
CN_NUMERAL[0x5341 /* 十 */] = 11;
CN_NUMERAL[0x767e /* 百 */] = 12;
CN_NUMERAL[0x5343 /* 千 */] = 13;
const CN_POWERS = [10, 100, 1000];
/** Unit words that after a numeral more often name a date than count (十二月, 一季度, 十五日): left as written. */
const DATE_UNIT_WORDS = new Set(['年', '月', '日', '季度']);
const CN_CURSOR: Cursor = { end: 0 };

function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

/**
 * The value of the run of numeral characters at s[i] (at.end after the whole run), or -1 when the run is not one
 * standard numeral below 10000: 三 3, 十二 12, 二十 20, 三十五 35, 一百 100, 一百零五 105, 两千三百 2300; not
 * 一一, 二〇二三 (digits in a row), 百 alone, 一百五 (colloquial) or a leading or trailing 零.
 */
function readChineseNumeral(s: string, i: number, at: Cursor): number {
  let j = i;
  while (j < s.length && CN_NUMERAL[s.charCodeAt(j)] !== 0) j++;
  at.end = j;
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
  for (let i = 0; i < n; ) {
    if (CN_NUMERAL[s.charCodeAt(i)] === 0) {
      i++;
      continue;
    }
    const v = readChineseNumeral(s, i, CN_CURSOR);
    const end = CN_CURSOR.end;
    if (v >= 0 && (i === 0 || s.charCodeAt(i - 1) !== 0x7b2c /* 第 */)) {
      const word = knownUnitAt(s, end, CURSOR);
      const after = CURSOR.end;
      if (word !== undefined && !DATE_UNIT_WORDS.has(word) && (after >= n || !isHanCode(s.charCodeAt(after)) || SUFFIX_MATCHER.indexAt(s, after) >= 0)) {
        out += s.slice(from, i) + String(v);
        from = end;
      }
    }
    i = end;
  }
  return from === 0 ? s : out + s.slice(from);
}


const isLowerCmp = (c: Cmp | undefined): boolean => c === 'atMost' || c === 'lessThan';
const isHigherCmp = (c: Cmp | undefined): boolean => c === 'atLeast' || c === 'moreThan';

// ── fast normalisation ─────────────────────────────────────────────────────────────────────────────────────
// Most cells hold CJK ideographs, ASCII, a few symbols and stray white space (U+3000 pads many cells). For those,
// NFKC changes nothing but white space and full-width forms, one character at a time, so a per-character table
// gives normalizeText's / tidyText's answer without running the normaliser. Anything else (combining marks,
// characters that decompose into several, surrogates, unlisted blocks) falls back to the real thing.

const KEEP = 0; // NFKC leaves it alone and it is not white space
const SPACE = 1; // white space once normalised (U+3000, NBSP, U+2000–U+200A …)
const ZERO_WIDTH = 2; // U+200B, U+FEFF: dropped by both normalisers
const MAPPED = 3; // NFKC turns it into one other, ordinary character ('，' → ',', 'Ａ' → 'A')
const FULL = 4; // needs the real normaliser
const CHAR_KIND = new Uint8Array(0x10000).fill(FULL);
const CHAR_MAP = new Map<number, string>();
CHAR_KIND.fill(KEEP, 0x3400, 0x4dc0); // CJK Extension A
CHAR_KIND.fill(KEEP, 0x4e00, 0xa000); // CJK Unified Ideographs
for (const [from, to] of [
  [0x0000, 0x00ff],
  [0x2000, 0x22ff],
  [0x3000, 0x303f],
  [0xff00, 0xffef],
]) {
  for (let c = from; c <= to; c++) {
    const ch = String.fromCharCode(c);
    const m = ch.normalize('NFKC');
    if (m.length !== 1 || /\p{M}/u.test(m) || /\p{M}/u.test(ch)) continue; // FULL
    if (/[\s\u3000\u00a0]/.test(m)) CHAR_KIND[c] = SPACE;
    else if (m === ch) CHAR_KIND[c] = KEEP;
    else if (m.charCodeAt(0) < 0x3400) {
      CHAR_KIND[c] = MAPPED;
      CHAR_MAP.set(c, m);
    } // else FULL: 〸 → 十 and kin turn into ideographs

  }
}
CHAR_KIND[0x200b] = ZERO_WIDTH;
CHAR_KIND[0xfeff] = ZERO_WIDTH;

/** The same string as normalizeText (NFKC, every kind of white space removed), without NFKC for common text. */
export function normalizeCell(raw: string): string {
  let out = '';
  let from = 0;
  const n = raw.length;
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i);
    const k = CHAR_KIND[c];
    if (k === KEEP) continue;
    if (k === FULL) return normalizeText(raw);
    if (i > from) out += raw.slice(from, i);
    if (k === MAPPED) out += CHAR_MAP.get(c)!;
    from = i + 1;
  }
  if (from === 0) return raw;
  return from < n ? out + raw.slice(from) : out;
}

/** The same string as tidyText (NFKC, white-space runs folded to one space, trimmed), without NFKC for common text. */
export function tidyCell(raw: string): string {
  let out = '';
  let from = 0;
  let pending = false; // a white-space run waits to be written as one space
  let changed = false;
  const n = raw.length;
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i);
    const k = CHAR_KIND[c];
    if (k === KEEP) {
      if (pending) {
        if (out !== '' || from < i) out += ' ';
        pending = false;
      }
      continue;
    }
    if (k === FULL) return tidyText(raw);
    if (i > from) out += raw.slice(from, i);
    from = i + 1;
    changed = true;
    if (k === SPACE) pending = true;
    else if (k === MAPPED) {
      if (pending) {
        if (out !== '') out += ' ';
        pending = false;
      }
      out += CHAR_MAP.get(c)!;
    }
  }
  if (!changed) return raw;
  return from < n ? out + raw.slice(from) : out;
}

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

/** Normalises a text cell: NFKC, no white space, no trailing sentence punctuation, no leading ordinal ('1.'). */
function clean(raw: string): string {
  let s = normalizeCell(raw);
  if (s.charCodeAt(0) === 35 /* # */ && EXCEL_ERROR_RE.test(s)) return s;
  s = dropTrailingPunct(s);
  if (s.length > 2) {
    const n = ordinalLength(s);
    if (n > 0) s = s.slice(n);
  }
  return s;
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

function levelText(raw: string): string {
  return dropTrailingPunct(tidyCell(raw));
}

/** First characters of NOT_APPLICABLE_RE's words (-—–―─~/\\_…· 不此本无 Nn), so most cells skip the regex. */
function mayBeNotApplicable(c: number): boolean {
  if (c < 0x80) return c === 45 || c === 126 || c === 47 || c === 92 || c === 95 || c === 78 || c === 110;
  return (
    c === 0x2014 || c === 0x2013 || c === 0x2015 || c === 0x2500 || c === 0x2026 || c === 0xb7 ||
    c === 0x4e0d /* 不 */ || c === 0x6b64 /* 此 */ || c === 0x672c /* 本 */ || c === 0x65e0 /* 无 */
  );
}

function isNotApplicable(s: string): boolean {
  return mayBeNotApplicable(s.charCodeAt(0)) && NOT_APPLICABLE_RE.test(s);
}

function isExcelError(s: string): boolean {
  return s.charCodeAt(0) === 35 /* # */ && EXCEL_ERROR_RE.test(s);
}

/** A stored number as a reading: the number format lends its meaning (% or a literal unit such as "万元"). */
function numericReading(v: number, numberFormat: string | undefined): Reading {
  FIRST.mant = Math.abs(v);
  FIRST.dec = 0;
  FIRST.big = '';
  FIRST.neg = v < 0;
  FIRST.unit = readNumberFormat(numberFormat).unit ?? NO_UNIT;
  FIRST.end = 0;
  const r = READING;
  r.prefixEnd = 0;
  r.second = undefined;
  r.cmp = undefined;
  r.cmp2 = undefined;
  r.range = false;
  return r;
}

function readUnitCell(cell: RawCell | undefined): UnitRead | undefined {
  if (!cell) return undefined;
  const s = clean(cellText(cell));
  if (s === '' || isNotApplicable(s)) return undefined;
  return readUnitWord(s);
}

type Nature = Cmp | 'qualitative' | undefined;

function readNature(cell: RawCell | undefined): Nature {
  if (!cell) return undefined;
  const s = clean(cellText(cell));
  if (s === '') return undefined;
  if (QUALITATIVE_NATURE_RE.test(s)) return 'qualitative';
  if (HIGHER_NATURE_RE.test(s)) return 'atLeast';
  if (LOWER_NATURE_RE.test(s)) return 'atMost';
  const word = CMP_MATCHER.indexAt(s, 0);
  return word >= 0 ? CMP_OF[word] : undefined;
}

// ── money scale of a bare actual ─────────────────────────────────────────────────────────────────────────

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
const MONEY_EXPS = [4, 8];

// ── dates: deadlines and completion dates ──────────────────────────────────────────────────────────────────

/** Indicator-name words that make a bare date target ('2023年12月') a deadline. */
const DATE_NAME_RE = /时间|时限|时效|进度|期限|日期/;

/** A first number of 1900–2199 ('2023.12前', '2023-12'): a year, perhaps. */
function yearLike(n: NumberRead): boolean {
  if (n.neg || n.mant < 1900) return false;
  const int = n.dec === 0 ? n.mant : Math.floor(n.mant / 10 ** n.dec);
  return int >= 1900 && int < 2200;
}

/**
 * The cheap check before the date reader: readText could not read the cell as one value, or read a number of 年/月
 * ('12月底前' → 12 月) or a year-like number ('2023.12前'). Every other reading is not a date.
 */
function mayBeDate(r: Reading | null): boolean {
  if (r === null) return true;
  const u = r.first.unit.unit;
  return u === '月' || u === '年' || yearLike(r.first);
}

/**
 * A date target: a deadline when the wording says so (前, 止, 截至, 完成 …) or, written bare, when the indicator's
 * name asks for a time (完成时间, 时限, 进度); 'unparsed' for an impossible date; undefined when not a deadline.
 */
function deadlineTarget(s: string, name: string | undefined, raw: string): Target | undefined {
  const d = readDate(s);
  if (d === undefined || !(d.marked || (name !== undefined && DATE_NAME_RE.test(name)))) return undefined;
  return d.span === null ? unparsed(raw) : { kind: 'deadline', by: d.span };
}

/** A completion date ('2023年11月', '11月20日完成'); a bare month or year only against a deadline. */
function dateActual(s: string, target: Target | undefined, raw: string): Actual | undefined {
  const d = readDate(s);
  if (d === undefined || (d.bare && target?.kind !== 'deadline')) return undefined;
  return d.span === null ? unparsed(raw) : { kind: 'date', on: d.span };
}

// ── public API ─────────────────────────────────────────────────────────────────────────────────────────────

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

function unparsed(raw: string): { kind: 'unparsed'; text: string } {
  return { kind: 'unparsed', text: tidyCell(raw) };
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

/**
 * Indicator names that say a bare target is a percentage: a 率 (完成率, 覆盖率, 逾期率; not 频率, 功率, 效率, 容积率,
 * 周转率 …, which count or measure something else) or a 度 of opinion or reach (满意度, 知晓度, 覆盖度; not 进度, 年度).
 */
const RATE_NAME_RE = /率|满意度|满意程度|(?:知晓|认可|认同|覆盖|参与|信任|支持|普及|好评|美誉|完成|达成|落实|利用|饱和)度/;
const NOT_RATE_RE = /频率|功率|效率|容积率|汇率|倍率|速率|周转率/g;

function isRateName(name: string | undefined): boolean {
  if (typeof name !== 'string' || name === '') return false;
  const s = normalizeCell(name);
  return RATE_NAME_RE.test(s.includes('率') ? s.replace(NOT_RATE_RE, '') : s);
}

function targetFromReading(r: Reading, unitCell: UnitRead | undefined, nature: Nature, name: string | undefined, raw: string): Target {
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
    if (!u1.written && !u2.written && u1.mult === 0 && u2.mult === 0 && v1 >= 0 && v2 >= 0 && Math.max(v1, v2) > 0 && Math.max(v1, v2) <= 100 && isRateName(name)) {
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

/**
 * 年度指标值 → Target. ctx.name: the 三级指标 name (direction inference when the cell has no comparator);
 * ctx.nature: a separate 指标性质 cell ('≥', '≤', '=', '定性', '正向', '反向'); ctx.unit: a separate 度量单位 cell.
 */
export function parseTarget(cell: RawCell, ctx?: { name?: string; nature?: RawCell; unit?: RawCell }): Target {
  try {
    if (!cell) return { kind: 'blank' };
    const raw = cellText(cell);
    const nature = readNature(ctx?.nature);
    const unitCell = readUnitCell(ctx?.unit);
    const v = cell.value;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return unparsed(raw);
      if (nature === 'qualitative') return { kind: 'qualitative', level: levelText(raw) };
      const precision = datePrecision(cell.numberFormat);
      if (precision !== 0) {
        const by = serialSpan(v, precision);
        if (by) return { kind: 'deadline', by };
      }
      return targetFromReading(numericReading(v, cell.numberFormat), unitCell, nature, ctx?.name, raw);
    }
    let s = clean(raw);
    if (s === '') return { kind: 'blank' };
    if (isExcelError(s)) return unparsed(raw);
    if (isNotApplicable(s)) return { kind: 'notApplicable' };
    if (nature === 'qualitative') return { kind: 'qualitative', level: levelText(raw) };
    let r = readText(s);
    if (r === undefined) {
      const t = withChineseNumerals(s); // 三场 → 3场
      if (t !== s) r = readText((s = t));
    }
    if (r === undefined) {
      if (INSTANT_RE.test(s)) return { kind: 'timeLimit', days: 0, workdays: false };
      return { kind: 'qualitative', level: levelText(raw) };
    }
    if (mayBeDate(r)) {
      const d = deadlineTarget(withoutThisYear(s), ctx?.name, raw);
      if (d) return d;
    }
    if (r === null) return unparsed(raw);
    const relative = r.prefixEnd > 0 ? relativeBefore(s, r.prefixEnd) : undefined;
    if (relative) return relativeTarget(r, unitCell, relative, raw);
    return targetFromReading(perYear(s, r), unitCell, nature, ctx?.name, raw);
  } catch {
    return { kind: 'unparsed', text: safeText(cell) };
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

/** A number without a unit against the target: % → n/100 when n > 1.5 (else n is the fraction); money in the target's scale. */
function bareActual(n: NumberRead, unit: UnitRead, target: Target | undefined): Actual {
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
function writtenQuantity(n: NumberRead, u: UnitRead, target: Target | undefined): Quantity {
  const value = valueOf(n, u);
  if (u.unit === '分') {
    if (u.mult === 0 && value >= 0 && value <= 100 && targetQuantity(target)?.unit === '%') {
      return { value: valueOf(n, withExp(u, u.exp - 2)), unit: '%' };
    }
  } else if (u.unit === '%') {
    const shift = bareTargetShift(target);
    if (shift !== undefined) return { value: shift === 0 ? value : scalePow10(String(value), shift), unit: '' };
  }
  return { value, unit: u.unit };
}

function actualFromReading(r: Reading, unitCell: UnitRead | undefined, target: Target | undefined, raw: string): Actual {
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

/**
 * 实际完成值 → Actual. ctx.unit: a separate 度量单位 cell; ctx.target: the parsed target, whose unit a bare number
 * takes ('100' against ≥95% → 100%; 0.99 → 99%; '72890' against ﹦72890元 → 72890元; '4425.38' against
 * 5506.5万元 → 4425.38万元). Words without a number are qualitative with their outcome; '3个工作日' is a time
 * limit; '≥360天' keeps its value and sets repeatsComparator.
 */
export function parseActual(cell: RawCell, ctx?: { unit?: RawCell; target?: Target }): Actual {
  try {
    if (!cell) return { kind: 'blank' };
    const raw = cellText(cell);
    const unitCell = readUnitCell(ctx?.unit);
    const target = ctx?.target;
    const v = cell.value;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return unparsed(raw);
      const precision = datePrecision(cell.numberFormat);
      if (precision !== 0) {
        const on = serialSpan(v, precision);
        if (on) return { kind: 'date', on };
      }
      return actualFromReading(numericReading(v, cell.numberFormat), unitCell, target, raw);
    }
    let s = clean(raw);
    if (s === '') return { kind: 'blank' };
    if (isExcelError(s)) return unparsed(raw);
    if (isNotApplicable(s)) return { kind: 'notApplicable' };
    let r = readText(s);
    if (r === undefined) {
      const t = withChineseNumerals(s); // 三场次 → 3场次
      if (t !== s) r = readText((s = t));
    }
    if (r === undefined) {
      const level = levelText(raw);
      const outcome = outcomeOf(s, targetWording(target));
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
  } catch {
    return { kind: 'unparsed', text: safeText(cell) };
  }
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
      return (t.relative ? RELATIVE_TEXT[t.relative] : '') + CMP_SYMBOL[t.kind] + quantityText(t.bound);
    case 'range':
      return quantityText(t.low) + '–' + quantityText(t.high);
    case 'equal':
      return quantityText(t.value);
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
