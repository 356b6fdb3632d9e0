// Whether a 偏差原因分析及改进措施 text is an explanation a person wrote. One judgement for every check that asks
// for one (a missed target, an over-achievement, a review row): blank; a placeholder meaning "no deviation"
// (无, /, —); the tool's own drafted template with its blanks unfilled (…。原因：；改进措施：); boilerplate that
// explains nothing (已完成, 暂无, 按计划完成); or a sentence that only repeats the numbers. Only `written` counts.
// Also: what a note claims about the outcome (已完成 / 未完成), for notes that contradict the score.

import { normalizeText } from './text';

/** The two blanks of the drafted template 「…。原因：；改进措施：」. */
type DraftBlank = 'reason' | 'measures';

export type ExplanationVerdict =
  | { kind: 'written' }
  | { kind: 'blank' }
  | { kind: 'placeholder'; text: string } // 无, 0, /, —, 无偏差: "no deviation", not a note (RULES §3)
  | { kind: 'draft'; blanks: DraftBlank[] } // the template with 原因 and/or 改进措施 not filled in
  | { kind: 'boilerplate'; text: string } // 已完成, 暂无, 按计划完成: words that explain nothing
  | { kind: 'numbersOnly'; text: string }; // 「实际完成40.83亿元，为目标23亿元的177.5%」 and nothing else

/** Texts meaning "no deviation" (as tidied: NFKC, white space removed, trailing 。 dropped). */
const PLACEHOLDERS: ReadonlySet<string> = new Set([
  '无',
  '0',
  '/',
  '\\',
  '-',
  '—',
  '——',
  '–',
  '--',
  '一',
  '无偏差',
  '未发生偏差',
  '没有偏差',
  '无差异',
  '不适用',
  '没有',
  '空',
  '略',
]);

/** Words that explain nothing, whatever the row: the outcome restated, or a promise of text elsewhere. */
const BOILERPLATE: ReadonlySet<string> = new Set([
  '暂无',
  '暂无说明',
  '无说明',
  '无原因',
  '待补充',
  '待填写',
  '待定',
  '见报告',
  '详见报告',
  '详见自评报告',
  '见自评报告',
  '正常',
  '无异常',
  '良好',
  '效果良好',
  '效果较好',
  '完成较好',
  '运行良好',
  '情况良好',
  ...completionWords(),
]);

/** What a note says when it claims the target was reached: 已完成, 达标, 按计划完成 … */
function completionWords(): string[] {
  return [
    '完成',
    '已完成',
    '全部完成',
    '已全部完成',
    '圆满完成',
    '顺利完成',
    '按计划完成',
    '按期完成',
    '按时完成',
    '已按计划完成',
    '完成目标',
    '已完成目标',
    '完成任务',
    '已完成任务',
    '达标',
    '已达标',
    '全部达标',
    '达到',
    '已达到',
    '达到目标',
    '已达到目标',
    '达成',
    '已达成',
    '完成年度目标',
    '已完成年度目标',
    '按要求完成',
    '已按要求完成',
    '达到预期',
    '已达到预期',
    '达到预期目标',
    '已达到预期目标',
    '实现目标',
    '已实现目标',
  ];
}
const CLAIMS_COMPLETE: ReadonlySet<string> = new Set(completionWords());

/** A blank of the template filled with nothing that counts. */
const FILLERS: ReadonlySet<string> = new Set([
  '',
  ...PLACEHOLDERS,
  '暂无',
  '待补充',
  '待填写',
  '待定',
  '…',
  '……',
  'xx',
  'XX',
]);

const TRAILING = /[。．.，,；;、！!\s]+$/;
const EDGES = /^[\s。．.，,；;、：:！!]+|[\s。．.，,；;、：:！!]+$/g;

function tidy(s: string): string {
  return normalizeText(s).replace(TRAILING, '');
}

const DRAFT = /原因[:：]([\s\S]*?)(?:改进措施[:：]([\s\S]*))?$/;

/**
 * The template 「head。原因：X；改进措施：Y」 (any colon/semicolon width): which of X and Y are unfilled.
 * null when the text is not the template (no 原因： label).
 */
function draftBlanks(t: string): DraftBlank[] | null {
  const m = DRAFT.exec(t);
  if (!m) return null;
  const blanks: DraftBlank[] = [];
  if (FILLERS.has(m[1].replace(EDGES, ''))) blanks.push('reason');
  if (m[2] !== undefined && FILLERS.has(m[2].replace(EDGES, ''))) blanks.push('measures');
  return blanks;
}

/** Words a restatement of the numbers is made of, besides the numbers, units and the row's own texts. */
const RESTATEMENT =
  /实际完成值?|完成值|完成率|完成情况|实际值?|年度指标值|指标值|目标值?|区间|上限|下限|超出|超过|超额|高于|低于|少于|多于|不足|差距?|达到|未达到|达标|未达标|完成|百分点|个百分点|计划|为|的|是|比|较|约|了|共|已|未|年度|全年|目标的|与|和|及/g;
/** Numbers, percentages, comparison signs and units (money, counts, time). */
const NUMBERS_UNITS =
  /[-+]?\d[\d,，]*(?:\.\d+)?|[%‰≥≤><=﹦═~～至到—–-]|亿元|万元|千元|元|万|亿|人次|人|户|个|次|件|项|笔|天|日|工作日|小时|月|年|周|家|所|台|套|公里|平方米|㎡|吨|册|场|期|批|份/g;
const CJK = /[\u4e00-\u9fff]/g;
const DIGIT = /\d/;
const CJK_RUN = /[\u4e00-\u9fff]+/g;

/**
 * Whether the note only repeats the row's numbers: once the numbers, units, comparison words and the row's own
 * name, target and actual texts are taken out, fewer than two Chinese characters are left. Needs a digit.
 */
function repeatsNumbers(t: string, context: ExplanationContext): boolean {
  if (!DIGIT.test(t)) return false;
  const own = [context.name, context.targetText, context.actualText]
    .map((o) => (o ? normalizeText(o) : ''))
    .filter((o) => o !== '');
  // the words of the restatement become breaks, and what is left between them goes when the row's own texts hold it
  const rest = t
    .replace(NUMBERS_UNITS, ' ')
    .replace(RESTATEMENT, ' ')
    .replace(CJK_RUN, (run) => (run.length >= 2 && own.some((o) => o.includes(run)) ? ' ' : run));
  return (rest.match(CJK)?.length ?? 0) < 2;
}

interface ExplanationContext {
  name?: string;
  targetText?: string;
  actualText?: string;
}

/** Judges a note cell's text. `written` is the only verdict that counts as an explanation. */
export function judgeExplanation(text: string, context: ExplanationContext = {}): ExplanationVerdict {
  const t = tidy(text);
  if (t === '') return { kind: 'blank' };
  if (PLACEHOLDERS.has(t)) return { kind: 'placeholder', text: t };
  const blanks = draftBlanks(t);
  if (blanks !== null) return blanks.length ? { kind: 'draft', blanks } : { kind: 'written' };
  if (BOILERPLATE.has(t)) return { kind: 'boilerplate', text: t };
  if (repeatsNumbers(t, context)) return { kind: 'numbersOnly', text: t };
  return { kind: 'written' };
}

export function isExplanation(v: ExplanationVerdict): boolean {
  return v.kind === 'written';
}

/** The tool's own draft left exactly as drafted (both blanks empty): the tool may replace it with a newer draft. */
export function isUntouchedDraft(text: string): boolean {
  const v = judgeExplanation(text);
  return v.kind === 'draft' && v.blanks.length === 2;
}

/** A note that says only that the target was reached (已完成, 已达标, 按计划完成). */
export function claimsCompleted(v: ExplanationVerdict): boolean {
  return v.kind === 'boilerplate' && CLAIMS_COMPLETE.has(v.text);
}

/** 未完成 / 未达到 / 没有达标 / 未按期 …, not negated again (无未完成事项, 不存在未达标情况, 避免未按期). */
const NOT_MET = /(未能?|没有|尚未)(完成|达到|达标|达成|实现)|未按(期|时|计划)|未如期|延期完成|滞后/g;
const NOT_MET_ANYWHERE = new RegExp(NOT_MET.source);
const NEGATED_BEFORE = /(无|不存在|没有|杜绝|避免|防止|未出现|未发生)$/;

/** Whether the note says the target was not (fully) met: for a row that records full marks. */
export function saysNotMet(text: string): boolean {
  const t = normalizeText(text);
  if (!NOT_MET_ANYWHERE.test(t)) return false; // most notes: no match to look behind
  for (const m of t.matchAll(NOT_MET)) {
    if (!NEGATED_BEFORE.test(t.slice(Math.max(0, m.index - 4), m.index))) return true;
  }
  return false;
}
