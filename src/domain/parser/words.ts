// The parser's word tables: data, compiled once at load into WordMatchers and per-index lookup arrays, so the
// reader (reader.ts) finds a word with a table read and a few character compares, and never builds a regex or a
// match array per cell. Adding a word is adding it here; nothing else changes.

import type { Relative, Unit } from '../types';
import { makeUnit, type Cmp, type UnitRead } from './tokens';

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

// ── comparator and range wording ────────────────────────────────────────────────────────────────────────────

const CMP_WORDS: Record<string, Cmp> = {
  '>=': 'atLeast',
  '=>': 'atLeast',
  '≥': 'atLeast',
  '≧': 'atLeast',
  '⩾': 'atLeast',
  大于等于: 'atLeast',
  大于或等于: 'atLeast',
  高于或等于: 'atLeast',
  高于等于: 'atLeast',
  不低于: 'atLeast',
  不少于: 'atLeast',
  不小于: 'atLeast',
  至少: 'atLeast',
  达到: 'atLeast',
  达: 'atLeast',
  '>': 'moreThan',
  大于: 'moreThan',
  高于: 'moreThan',
  超过: 'moreThan',
  多于: 'moreThan',
  超: 'moreThan',
  '<=': 'atMost',
  '=<': 'atMost',
  '≤': 'atMost',
  '≦': 'atMost',
  '⩽': 'atMost',
  小于等于: 'atMost',
  小于或等于: 'atMost',
  低于或等于: 'atMost',
  低于等于: 'atMost',
  不高于: 'atMost',
  不超过: 'atMost',
  不超: 'atMost',
  不大于: 'atMost',
  不多于: 'atMost',
  最多: 'atMost',
  控制在: 'atMost',
  控制: 'atMost',
  '<': 'lessThan',
  小于: 'lessThan',
  低于: 'lessThan',
  少于: 'lessThan',
  不到: 'lessThan',
  不足: 'lessThan',
  '==': 'equal',
  '=': 'equal',
  '═': 'equal',
  等于: 'equal',
};
/** 控制在 alone means "within"; a written 以下/以上 after the number says more and wins. */
export const CMP_MATCHER = new WordMatcher(Object.keys(CMP_WORDS));
// By CMP_MATCHER / SUFFIX_MATCHER index, so reading a word costs no keyed lookup.
export const CMP_OF: readonly Cmp[] = CMP_MATCHER.words.map((w) => CMP_WORDS[w]);
export const SOFT_CMP: readonly boolean[] = CMP_MATCHER.words.map((w) => w === '控制在' || w === '控制');

const SUFFIX_WORDS: Record<string, Cmp | undefined> = {
  及以上: 'atLeast',
  或以上: 'atLeast',
  以上: 'atLeast',
  及以下: 'atMost',
  或以下: 'atMost',
  以下: 'atMost',
  及以内: 'atMost',
  以内: 'atMost',
  之内: 'atMost',
  内: 'atMost',
  左右: undefined,
};
export const SUFFIX_MATCHER = new WordMatcher(Object.keys(SUFFIX_WORDS));
export const SUFFIX_CMP: readonly (Cmp | undefined)[] = SUFFIX_MATCHER.words.map((w) => SUFFIX_WORDS[w]);
export const WITHIN_SUFFIX: readonly boolean[] = SUFFIX_MATCHER.words.map(
  (w) => w === '及以内' || w === '以内' || w === '之内' || w === '内',
);
export const RANGE_SEP_MATCHER = new WordMatcher(['-', '--', '~', '〜', '—', '——', '–', '―', '至', '到']);
/** Separators that only mean a range inside brackets or with 介于/之间: '[60%,80%]', '介于60%和80%之间'. */
export const LIST_SEP_MATCHER = new WordMatcher([',', '、', '和', '与']);
export const CONJ_MATCHER = new WordMatcher(['且', '并且', '同时', '并', ',', '、', ';']);
/** [ ( 【 〔 { */
export function isOpeningBracket(c: number): boolean {
  return c === 91 || c === 40 || c === 0x3010 || c === 0x3014 || c === 123;
}

// ── changes against last year and per-period counts ──────────────────────────────────────────────────────

/** A verb right before the number (after any comparator) that makes it a change, not a level: 较上年增长5%, 同比下降不少于3%. */
const RELATIVE_WORDS: Record<string, Relative> = {
  增长: 'increase',
  增加: 'increase',
  提高: 'increase',
  提升: 'increase',
  上升: 'increase',
  增幅: 'increase',
  增幅为: 'increase',
  下降: 'decrease',
  减少: 'decrease',
  降低: 'decrease',
  压减: 'decrease',
  缩减: 'decrease',
  降幅: 'decrease',
  降幅为: 'decrease',
};
export const RELATIVE_MATCHER = new WordMatcher(Object.keys(RELATIVE_WORDS));
export const RELATIVE_OF: readonly Relative[] = RELATIVE_MATCHER.words.map((w) => RELATIVE_WORDS[w]);

/** Counts per period → per year: 每季度1次 and 1次/季度 → 4次, 每月1次 → 12次, 每半年1次 → 2次. */
const PERIOD_WORDS: Record<string, number> = { 季度: 4, 季: 4, 月: 12, 个月: 12, 半年: 2, 年: 1, 年度: 1 };
export const PERIOD_MATCHER = new WordMatcher(Object.keys(PERIOD_WORDS));
export const PERIOD_TIMES: readonly number[] = PERIOD_MATCHER.words.map((w) => PERIOD_WORDS[w]);
export const COUNT_UNITS = new Set(['次', '场', '期', '批', '轮', '场次', '回']);

/** 当年12月底前, 本年度12月31日前: the year word says nothing the date reader needs. */
export const THIS_YEAR_MATCHER = new WordMatcher(['当年度', '本年度', '当年', '本年', '今年']);

// ── rates per population: 5人/10万人, 每10万人3.2例, 每千人3.5张床位 ─────────────────────────────────────────────

/** The size of a population base by its multiplier word (10万人: 10 × 10⁴ people). */
const BASE_MULT_WORDS: Record<string, number> = { 十万: 1e5, 百万: 1e6, 千万: 1e7, 万: 1e4, 千: 1e3, 百: 1e2, 亿: 1e8 };
export const BASE_MULT_MATCHER = new WordMatcher(Object.keys(BASE_MULT_WORDS));
export const BASE_MULT_OF: readonly number[] = BASE_MULT_MATCHER.words.map((w) => BASE_MULT_WORDS[w]);
/** Who is counted in a base, as one word: 万人口 and 万人 are the same base. */
const POPULATION_WORDS: Record<string, string> = { 常住人口: '人', 人口: '人', 人: '人', 户: '户', 名: '人' };
export const POPULATION_MATCHER = new WordMatcher(Object.keys(POPULATION_WORDS));
export const POPULATION_OF: readonly string[] = POPULATION_MATCHER.words.map((w) => POPULATION_WORDS[w]);

// ── special texts ──────────────────────────────────────────────────────────────────────────────────────────

/** Not applicable: 不适用, '/', '／', '—', '——', '-', 无此项, N/A (after NFKC and white-space removal). */
export const NOT_APPLICABLE_RE = /^(?:[-—–―─~/\\_…·]+|不适用|此项不适用|本项不适用|无此项|不涉及|N\/?A)$/i;
export const EXCEL_ERROR_RE =
  /^#(?:N\/A|DIV\/0|VALUE|REF|NAME|NUM|NULL|SPILL|CALC|FIELD|BUSY|BLOCKED|CONNECT|UNKNOWN|GETTING_DATA)[!?]?$/i;
/** Same-moment handling: 即时办理, 手续齐全的，即时办理。, 当日办结 → a time limit of 0 days. */
export const INSTANT_RE = /即时|立即|立刻|马上|当场|即办|随到随办|当[日天](?:办结|办理|完成|办|受理|处理|解决|答复)/;
export const QUALITATIVE_NATURE_RE = /定性/;
export const HIGHER_NATURE_RE = /^(?:正向|越大越好|越高越好|越多越好)/;
export const LOWER_NATURE_RE = /^(?:反向|越小越好|越低越好|越少越好)/;

// ── lower-is-better inference ──────────────────────────────────────────────────────────────────────────────

/** Indicator-name words that make a bare target an upper bound (成本控制在预算内 + 5506.5万元 → ≤ 5506.5万元). */
export const LOWER_IS_BETTER_WORDS: readonly string[] = [
  '成本',
  '控制',
  '结余',
  '逾期率',
  '事故',
  '投诉',
  '差错',
  '超支',
  '发生率',
  '违规',
  '损失',
  '不良率',
  '时长',
  '用时',
  '耗时',
  '时限',
  '误差',
  '故障率',
  '返工率',
  '流失率',
  '空置率',
  '死亡率',
  '发病率',
  '欠款',
  '三公经费',
  '变动率',
  '调整率',
  '偏差率',
  '闲置率',
  '超期',
  '超标',
];
/** Rates that stay higher-is-better even when the name mentions one of the words above (投诉处理率, 事故查处率). */
export const HIGHER_RATE_WORDS: readonly string[] = [
  '处理率',
  '办结率',
  '及时率',
  '回复率',
  '满意',
  '覆盖率',
  '完成率',
  '到位率',
  '整改率',
  '结案率',
  '查处率',
  '达标率',
  '合格率',
  '知晓率',
  '响应率',
  '解决率',
  '化解率',
  '处置率',
  '收回率',
  '清收率',
  '执行率',
  '准确率',
  '正确率',
];
// One pass over the name instead of two alternation regexes: a character that starts no listed word is skipped
// with one table read. Bit 1: some lower-is-better word starts here; bit 2: some higher-rate word does.
export const NAME_WORD_START = new Uint8Array(0x10000);
export const LOWER_MATCHER = new WordMatcher(LOWER_IS_BETTER_WORDS);
export const HIGHER_MATCHER = new WordMatcher(HIGHER_RATE_WORDS);
for (const w of LOWER_IS_BETTER_WORDS) NAME_WORD_START[w.charCodeAt(0)] |= 1;
for (const w of HIGHER_RATE_WORDS) NAME_WORD_START[w.charCodeAt(0)] |= 2;

// ── indicator names that say what a bare number means ──────────────────────────────────────────────────────

/** Indicator-name words that make a bare date target ('2023年12月') a deadline. */
export const DATE_NAME_RE = /时间|时限|时效|进度|期限|日期/;

/**
 * Indicator names that say a bare target is a percentage: a 率 (完成率, 覆盖率, 逾期率; not 频率, 功率, 效率, 容积率,
 * 周转率 …, which count or measure something else) or a 度 of opinion or reach (满意度, 知晓度, 覆盖度; not 进度, 年度).
 */
export const RATE_NAME_RE =
  /率|满意度|满意程度|(?:知晓|认可|认同|覆盖|参与|信任|支持|普及|好评|美誉|完成|达成|落实|利用|饱和)度/;
export const NOT_RATE_RE = /频率|功率|效率|容积率|汇率|倍率|速率|周转率/g;

// ── Chinese numerals ─────────────────────────────────────────────────────────────────────────────────────
// 三场次, 两个, 三十五人, 一百二十项: a small Chinese numeral directly followed by a known unit word is a number.
// Words that only contain a numeral (一般, 一级指标, 三公经费, 统一, 一流) have no unit word after it; 十分满意 and
// 一次性 have one but run on into another word, and 第三场 is an ordinal, so none of them is read as a number.

/** Per character: the digit + 1 for 零〇一二两三…九, 11/12/13 for 十/百/千, 0 for any other character. */
export const CN_NUMERAL = new Uint8Array(0x10000);
[...'零一二三四五六七八九'].forEach((ch, d) => (CN_NUMERAL[ch.charCodeAt(0)] = d + 1));
CN_NUMERAL[0x3007 /* 〇 */] = 1;
CN_NUMERAL[0x4e24 /* 两 */] = 3;
CN_NUMERAL[0x5341 /* 十 */] = 11;
CN_NUMERAL[0x767e /* 百 */] = 12;
CN_NUMERAL[0x5343 /* 千 */] = 13;
export const CN_POWERS = [10, 100, 1000];
/** Unit words that after a numeral more often name a date than count (十二月, 一季度, 十五日): left as written. */
export const DATE_UNIT_WORDS = new Set(['年', '月', '日', '季度']);

// ── unit words ──────────────────────────────────────────────────────────────────────────────────────────────

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

export const UNIT_MATCHER = new WordMatcher(Object.keys(UNIT_WORDS));
export const MULT_MATCHER = new WordMatcher(['百万', '千万', '万', '亿']);
export const MULT_EXPS = [6, 7, 4, 8]; // by MULT_MATCHER index
// 千 is a multiplier only before a counted unit (千元, 千人), never in 千米/千瓦.
export const THOUSAND_BEFORE = '元人户个次笔件项名家台套';
// Characters that start a comparator, range or joining word, so they never begin an unknown unit word.
export const STOP_CHARS = '至到以之内及左且和与或并的为约含';

const MULT_VALUES = [0, 3, 4, 6, 7, 8];
/** Every known unit word with every multiplier, built once: KNOWN[index of the word in UNIT_MATCHER][mult]. */
export const KNOWN: UnitRead[][] = UNIT_MATCHER.words.map((word) => {
  const def = UNIT_WORDS[word];
  const byMult: UnitRead[] = [];
  for (const m of MULT_VALUES) byMult[m] = makeUnit(def[0], def[1] + m, m, def[2] ?? 0, def[3] ?? false, true);
  return byMult;
});
export const BARE: UnitRead[] = [];
for (const m of MULT_VALUES) BARE[m] = makeUnit('', m, m, 0, false, false);
/** No unit written. */
export const NO_UNIT: UnitRead = BARE[0];
/** The unit of a %-formatted number: the stored value is already the fraction. */
export const PERCENT_STORED: UnitRead = makeUnit('%', 0, 0, 0, false, true);
