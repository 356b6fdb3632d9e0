// Dates in 年度指标值 / 实际完成值 cells: reads deadline wording (2023年12月31日前, 12月底前完成, 2023.12.31前,
// 截至2023年6月30日) and completion dates (2023年11月, 11月20日, 2023-11-20) into a DateSpan (types.ts), writes a
// span back as zh-CN text, and says whether a completion date falls on or before a deadline. Callers (parse.ts)
// only ask here after a cheap check, so cells that are plainly not dates never meet the regex below.

import type { DateSpan } from './types';

/** A span as read, before the caller decides what it means for a target or an actual. */
export interface DateRead {
  /** The interval written, or null when the wording is a date but the date cannot exist (13月, 2月30日). */
  span: DateSpan | null;
  /** Only a month ('12月'), only a year ('2023年') or 'YYYY.M': a date only where a date is expected. */
  bare: boolean;
  /** Deadline wording around it: 前/以前/止/内, a lead word (于, 截至, 不晚于 …) or a completion verb (完成, 竣工 …). */
  marked: boolean;
}

const LEAD = '截至|截止到|截止至|截止|不晚于|不迟于|按期于|按时于|计划于|预计于|力争于|应于|须于|需于|已于|于|在';
/** 2023年12月31日, 2023年12月底, 2023年底, 2023年上半年, 2023年第四季度, 12月20日, 12月底, 12月中旬, 2023年度. */
const CJK =
  '(?:(\\d{4})年度?)?(?:(\\d{1,2})月份?(?:(\\d{1,2})[日号]|(底|末|初|上旬|中旬|下旬))?|(底|末|上半年|下半年|第?[1-4一二三四]季度))?';
/** 2023.12.31, 2023-12-31, 2023/12/31, 2023.12 (the same separator both times). */
const SEP = '(\\d{4})([./-])(\\d{1,2})(?:\\8(\\d{1,2}))?';
const BEFORE = '(之前|以前|前|为止|止|之内|以内|内)?';
const VERBS = '完成|完工|办结|竣工|到位|上线|交付|验收|建成|投用|投入使用|完毕|结束|支付|拨付|发放|实施|启动|开工';
const TAIL = `${BEFORE}(?:已经|已)?(?:全部|全面|如期|按时|按期)?((?:${VERBS})+)?(?:任务|工作|建设)?`;
/**
 * Groups: 1 lead word; CJK 2 year, 3 month, 4 day, 5 month part, 6 year part; SEP 7 year, 8 separator, 9 month,
 * 10 day; 11 before-word, 12 verbs.
 */
const DATE_RE = new RegExp(`^(${LEAD})?(?:${CJK}|${SEP})${TAIL}$`);

const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** The last day of a month; February of an unknown year has 29 days. */
export function lastDay(year: number | null, month: number): number {
  if (month === 2) return year === null || isLeap(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function validYear(y: number): boolean {
  return y >= 1900 && y < 2200;
}

function span(year: number | null, fm: number, fd: number, tm: number, td: number): DateSpan {
  return { year, from: [fm, fd], to: [tm, td] };
}

/** The span of a month part: 底/末 the last day, 初/上旬 1–10, 中旬 11–20, 下旬 21–end; none: the whole month. */
function monthSpan(year: number | null, m: number, part: string | undefined): DateSpan {
  const end = lastDay(year, m);
  switch (part) {
    case '底':
    case '末':
      return span(year, m, end, m, end);
    case '初':
    case '上旬':
      return span(year, m, 1, m, 10);
    case '中旬':
      return span(year, m, 11, m, 20);
    case '下旬':
      return span(year, m, 21, m, end);
    default:
      return span(year, m, 1, m, end);
  }
}

/** The span of a year part: 底/末 Dec 31, 上半年, 下半年, 第N季度; none: the whole year. */
function yearSpan(year: number, part: string | undefined): DateSpan {
  if (part === '底' || part === '末') return span(year, 12, 31, 12, 31);
  if (part === '上半年') return span(year, 1, 1, 6, 30);
  if (part === '下半年') return span(year, 7, 1, 12, 31);
  if (part !== undefined) {
    const q = CN_DIGIT[part.charAt(part.length - 3)];
    return span(year, q * 3 - 2, 1, q * 3, lastDay(year, q * 3));
  }
  return span(year, 1, 1, 12, 31);
}

function daySpan(year: number | null, m: number, d: number): DateSpan | null {
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= lastDay(year, m))) return null;
  return span(year, m, d, m, d);
}

/**
 * Reads a normalised cell text (NFKC, no white space) as a date, or undefined when it is not date wording.
 * A year outside 1900–2199 is not a year here ('1000年前' stays what it was).
 */
export function readDate(s: string): DateRead | undefined {
  const m = DATE_RE.exec(s);
  if (m === null) return undefined;
  const before = m[11];
  const marked = m[1] !== undefined || before !== undefined || m[12] !== undefined;
  let year: number | null;
  let result: DateSpan | null;
  let bare: boolean;
  if (m[7] !== undefined) {
    // 2023.12.31, 2023-12, 2023/12/31
    year = Number(m[7]);
    const month = Number(m[9]);
    bare = m[10] === undefined;
    if (!bare) result = daySpan(year, month, Number(m[10]));
    else result = month >= 1 && month <= 12 ? monthSpan(year, month, undefined) : null;
  } else {
    year = m[2] !== undefined ? Number(m[2]) : null;
    if (m[3] === undefined) {
      if (year === null) return undefined; // neither a year nor a month
      bare = m[6] === undefined;
      result = yearSpan(year, m[6]);
    } else {
      const month = Number(m[3]);
      bare = year === null && m[4] === undefined && m[5] === undefined;
      if (!(month >= 1 && month <= 12)) result = null;
      else if (m[4] !== undefined) result = daySpan(year, month, Number(m[4]));
      else result = monthSpan(year, month, m[5]);
    }
  }
  if (year !== null && !validYear(year)) return undefined;
  // 内 after a month alone is a duration ('3月内' = within three months), not a date
  if (year === null && before !== undefined && before.endsWith('内')) return undefined;
  return { span: result, bare, marked };
}

// ── writing a span back ───────────────────────────────────────────────────────────────────────────────────

const QUARTER = ['', '第一季度', '第二季度', '第三季度', '第四季度'];

function sameDay(a: [number, number], b: [number, number]): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** What a span is, for writing it back: a day, a month, a whole year, a half, a quarter, a 旬, or another interval. */
function shape(d: DateSpan): 'day' | 'month' | 'year' | 'half' | 'quarter' | 'xun' | 'other' {
  const [fm, fd] = d.from;
  const [tm, td] = d.to;
  if (sameDay(d.from, d.to)) return 'day';
  if (fd !== 1)
    return fm === tm && fd === 11 && td === 20
      ? 'xun'
      : fm === tm && fd === 21 && td === lastDay(d.year, tm)
        ? 'xun'
        : 'other';
  if (fm === tm) return td === lastDay(d.year, tm) ? 'month' : td === 10 ? 'xun' : 'other';
  if (td !== lastDay(d.year, tm)) return 'other';
  if (fm === 1 && tm === 12) return 'year';
  if ((fm === 1 && tm === 6) || (fm === 7 && tm === 12)) return 'half';
  return tm === fm + 2 && fm % 3 === 1 ? 'quarter' : 'other';
}

function xunWord(fd: number): string {
  return fd === 1 ? '上旬' : fd === 11 ? '中旬' : '下旬';
}

/** '2023年11月20日', '2023年11月', '11月20日', '2023年', '2023年上半年', '2023年第四季度', '12月中旬', '3月1日至3月15日'. */
export function dateSpanText(d: DateSpan): string {
  const y = d.year !== null ? `${d.year}年` : '';
  const [fm, fd] = d.from;
  const [tm, td] = d.to;
  switch (shape(d)) {
    case 'day':
      return `${y}${fm}月${fd}日`;
    case 'month':
      return `${y}${fm}月`;
    case 'year':
      return y === '' ? '全年' : y;
    case 'half':
      return `${y}${fm === 1 ? '上半年' : '下半年'}`;
    case 'quarter':
      return `${y}${QUARTER[tm / 3]}`;
    case 'xun':
      return `${y}${fm}月${xunWord(fd)}`;
    default:
      return `${y}${fm}月${fd}日至${tm}月${td}日`;
  }
}

/** A deadline: '2023年12月31日前', '2023年12月底前' (a whole month), '2023年底前', '2023年上半年内', '12月中旬前'. */
export function deadlineText(by: DateSpan): string {
  switch (shape(by)) {
    case 'month':
      return `${dateSpanText(by)}底前`;
    case 'year':
      return by.year !== null ? `${by.year}年底前` : '年底前';
    case 'half':
    case 'quarter':
    case 'other':
      return `${dateSpanText(by)}内`;
    default:
      return `${dateSpanText(by)}前`;
  }
}

// ── against a deadline ────────────────────────────────────────────────────────────────────────────────────

export type DeadlineVerdict = 'onTime' | 'late' | 'straddles';

function dayKey(year: number, md: [number, number]): number {
  return year * 10000 + md[0] * 100 + md[1];
}

/**
 * Whether a completion span ends on or before the deadline's last day ('onTime'), starts after it ('late'), or
 * straddles it (done in 2023年12月, due 2023年12月15日前). A deadline without a year is due in `year`, the year of
 * the table it stands in (「12月底前」 in a 2023 table: 2023年12月31日); a side still without a year takes the
 * other's; with neither, month and day are compared. Anything unreadable (NaN) straddles: a person decides.
 */
export function againstDeadline(on: DateSpan, by: DateSpan, year?: number): DeadlineVerdict {
  const due = by.year ?? year ?? null;
  const ya = on.year ?? due ?? 0;
  const yb = due ?? on.year ?? 0;
  const last = dayKey(yb, by.to);
  if (dayKey(ya, on.to) <= last) return 'onTime';
  if (dayKey(ya, on.from) > last) return 'late';
  return 'straddles';
}

// ── dates stored as Excel serial numbers ──────────────────────────────────────────────────────────────────

/** 0: not a date format; 1: shows the year only; 2: year and month; 3: the day. */
export type DatePrecision = 0 | 1 | 2 | 3;
const FORMAT_PRECISION = new Map<string, DatePrecision>();

/** What a number format shows of a date ('yyyy/m/d' → 3, 'yyyy"年"m"月"' → 2, '0.00%' → 0). */
export function datePrecision(fmt: string | undefined): DatePrecision {
  if (!fmt) return 0;
  const c = fmt.charCodeAt(0);
  if (c === 48 /* 0 */ || c === 35 /* # */ || c === 71 /* G */ || c === 64 /* @ */ || c === 63 /* ? */) return 0;
  const cached = FORMAT_PRECISION.get(fmt);
  if (cached !== undefined) return cached;
  let codes = '';
  let inQuote = false;
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i];
    if (inQuote) inQuote = ch !== '"';
    else if (ch === '"') inQuote = true;
    else if (ch === '\\' || ch === '_' || ch === '*') i++;
    else if (ch === '[') {
      const close = fmt.indexOf(']', i);
      i = close < 0 ? fmt.length : close;
    } else if (ch === ';') break;
    else codes += ch.toLowerCase();
  }
  const p: DatePrecision = codes.includes('d') ? 3 : codes.includes('y') ? (codes.includes('m') ? 2 : 1) : 0;
  if (FORMAT_PRECISION.size < 256) FORMAT_PRECISION.set(fmt, p);
  return p;
}

const DAY_MS = 86400000;
/** 1899-12-30: day 0 of Excel's 1900 date system from serial 61 on (serial 60 is the 1900-02-29 that never was). */
const EPOCH = Date.UTC(1899, 11, 30);

/** An Excel serial date as the day, month or year its format shows; undefined outside 1900-03-01 – 2199. */
export function serialSpan(serial: number, precision: DatePrecision): DateSpan | undefined {
  if (precision === 0 || !(serial >= 61 && serial < 110000)) return undefined;
  const d = new Date(EPOCH + Math.floor(serial) * DAY_MS);
  const year = d.getUTCFullYear();
  if (!validYear(year)) return undefined;
  const month = d.getUTCMonth() + 1;
  if (precision === 1) return yearSpan(year, undefined);
  if (precision === 2) return monthSpan(year, month, undefined);
  return daySpan(year, month, d.getUTCDate()) ?? undefined;
}
