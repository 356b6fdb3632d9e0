// The checks a finance-bureau reviewer (抽查复核) deducts for, beyond scoring each row: notes that do not explain
// or contradict the score, targets a reviewer rejects as written (≥ on a cost, a rate above 100%, placeholders,
// a deadline after the year evaluated), a whole 一级 dimension missing, and the table's sums (parts vs the total,
// a computed total above 100). Called from evaluate.ts, whose checkWeights checks a 一级指标 block's and the table's
// weights against their points.

import type { IndicatorRow, ScoredTable } from './model';
import type { IndicatorResult, TableResult } from './result';
import type { RuleProfile } from './profile';
import type { Quantity, Target } from './types';
import type { Finding, FindingCode, FindingParams } from './findings';
import { toA1 as a1 } from './address';
import { clipEcho } from './echo';
import { round } from './format';
import { scoresAgree } from './score';
import { normalizeText } from './text';

/** At most `max` characters of a person's text for a message (cut by echo.ts's clip: never inside a character). */
export function quote(text: string, max = 30): string {
  return text.length > max ? clipEcho(text, max - 1) : text;
}

// ── the table as a reviewer reads it ─────────────────────────────────────────────────────────────────────────

/** A finding without its sheet and table (evaluate adds those). */
export type Review = { [C in FindingCode]: Omit<Extract<Finding, { code: C }>, 'sheet' | 'table'> }[FindingCode];

function review<C extends FindingCode>(
  severity: Finding['severity'],
  code: C,
  cell: string,
  params: FindingParams[C],
  indicator?: string,
): Review {
  const r = { severity, code, cell, params } as Review;
  if (indicator !== undefined) r.indicator = indicator;
  return r;
}

/** Rates that cannot exceed 100%: a target above it cannot be met and reads as a typing error. */
const CAPPED_RATE = /(完成|合格|覆盖|达标|通过|知晓|到位|及格|优良|准确|验收|办结|受理|满意)率|满意度/;
/** Rates that may well exceed 100% (growth, over-fulfilment), whatever else the name says. */
const UNCAPPED_RATE = /增长|增幅|提高|提升|超额|同比|环比|较上年/;
/** A cost indicator: its 二级指标 or its name says 成本. */
const COST = /成本/;
/** Costs one wants more of (a saving, a return): ≥ is right there. */
const COST_WANTED_HIGH = /节约|节省|节支|降低|下降|减少|收益|效益|回收|回报/;
const DIGIT = /\d/;
/** Placeholders for a number not yet decided: xx, ××, *, 待定 (no digit anywhere). */
const PLACEHOLDER = /[xX×]{2,}|^[^\u4e00-\u9fff\d]*[*＊]+[^\u4e00-\u9fff\d]*$|待定|待确定|待核定|另行确定|暂定/;

function boundOf(t: Target): Quantity | undefined {
  switch (t.kind) {
    case 'atLeast':
    case 'moreThan':
    case 'atMost':
    case 'lessThan':
      return t.bound;
    case 'equal':
      return t.value;
    case 'range':
      return t.low.value >= t.high.value ? t.low : t.high;
    default:
      return undefined;
  }
}

/** What a reviewer rejects in one row's target: placeholders, ≥ on a cost, a capped rate above 100%, a deadline after the year. */
function reviewTarget(table: ScoredTable, row: IndicatorRow, r: IndicatorResult, out: Review[]): void {
  // most rows pass every check: the message pieces are made only for a finding
  const at = row.target.address;
  const text = r.targetText;
  const t = r.target;
  const tk = t.kind;
  const digit = DIGIT.test(text);
  if (
    digit &&
    (tk === 'qualitative' || tk === 'timeLimit' || tk === 'notApplicable' || tk === 'blank' || tk === 'unparsed')
  )
    return;
  if (text !== '' && !digit && PLACEHOLDER.test(normalizeText(text))) {
    out.push(review('error', 'target-placeholder', at, { name: r.name, text }, r.name));
    return;
  }
  if (
    (t.kind === 'atLeast' || t.kind === 'moreThan') &&
    !t.inferred &&
    t.relative === undefined &&
    t.bound.unit === '元'
  ) {
    if ((COST.test(row.level2) || COST.test(r.name)) && !COST_WANTED_HIGH.test(r.name)) {
      out.push(review('error', 'cost-at-least', at, { name: r.name, text, bound: t.bound }, r.name));
    }
  }
  const b = boundOf(t);
  const relative =
    (t.kind === 'atLeast' || t.kind === 'moreThan' || t.kind === 'atMost' || t.kind === 'lessThan') &&
    t.relative !== undefined;
  if (
    b &&
    b.unit === '%' &&
    b.value > 1 + 1e-9 &&
    !relative &&
    CAPPED_RATE.test(r.name) &&
    !UNCAPPED_RATE.test(r.name)
  ) {
    out.push(review('error', 'rate-target-over-100', at, { name: r.name, text }, r.name));
  }
  if (t.kind === 'deadline' && t.by.year !== null && table.year !== undefined && t.by.year > table.year) {
    out.push(review('warning', 'deadline-after-year', at, { name: r.name, text, year: table.year }, r.name));
  }
}

/** A 效益 dimension's 一级指标 (效益指标, 项目效果). */
const BENEFIT_LEVEL1 = /效益|效果/;

/**
 * A table of the 产出 / 效益 / 满意度 framework (some 一级指标 says 产出) without any 效益 or any 满意度 indicator:
 * info, since some forms allow it. Satisfaction may be named in any of the three levels.
 */
function reviewDimensions(table: ScoredTable): Review[] {
  const rows = table.indicators;
  if (!rows.some((r) => r.level1.includes('产出'))) return [];
  const benefit = rows.some((r) => BENEFIT_LEVEL1.test(r.level1) || r.level2.includes('效益'));
  const satisfaction = rows.some(
    (r) => r.level1.includes('满意') || r.level2.includes('满意') || r.name.includes('满意'),
  );
  const missing: ('benefit' | 'satisfaction')[] = [];
  if (!benefit) missing.push('benefit');
  if (!satisfaction) missing.push('satisfaction');
  if (!missing.length) return [];
  const at = rows[0].level1Slot?.address ?? rows[0].nameSlot?.address ?? rows[0].target.address;
  return [review('info', 'dimension-missing', at, { missing })];
}

/**
 * The sum of the parts the table prints — the budget's 得分 where the block has one, each scored row's 得分 — or null
 * when a part that counts is blank (the tool fills it in) or 不适用 rows are rescaled.
 */
export function printedPartsSum(table: ScoredTable, result: TableResult, profile: RuleProfile): number | null {
  let sum = 0;
  if (table.budget && result.budget?.weight != null) {
    // a budget block that scores a part of the total (not one there for its amounts only): it must be printed to be added up
    if (!table.budget.score || result.budget?.recordedScore == null) return null;
    sum += result.budget.recordedScore;
  }
  for (let i = 0; i < result.indicators.length; i++) {
    const r = result.indicators[i];
    if (table.indicators[i]?.part === 'sum') continue; // a parent row: its numbered rows are added up
    if (r.status === 'notApplicable' && profile.notApplicable === 'rescaleTo100' && r.weight !== null && r.weight > 0)
      return null;
    if (r.recorded === null) {
      if (r.status !== 'notApplicable' && r.weight !== null && r.weight > 0) return null; // a blank score: the tool fills it in
      continue;
    }
    sum += r.recorded;
  }
  return round(sum, 4);
}

/**
 * 散总不一致: every part printed (the budget's 得分 where the block has one, each scored row's 得分) and their sum
 * is not the printed 总分 — reported when the total itself agrees with the rule (else total-mismatch says it).
 */
function reviewPartsTotal(
  table: ScoredTable,
  result: TableResult,
  profile: RuleProfile,
  totalAccepted: boolean,
): Review[] {
  const recordedTotal = result.recordedTotal;
  if (recordedTotal === null || !totalAccepted || result.capApplied) return [];
  const sum = printedPartsSum(table, result, profile);
  if (sum === null || scoresAgree(recordedTotal, sum, profile)) return [];
  const at = table.total?.score?.address ?? a1(table.range.top, table.range.left);
  return [review('error', 'parts-total-mismatch', at, { recorded: recordedTotal, sum })];
}

/** A computed total above 100: the weights are wrong; the table is not graded. */
function reviewTotalOver100(table: ScoredTable, result: TableResult): Review[] {
  if (result.total === null || !overMaxTotal(result.total)) return [];
  const at = table.total?.score?.address ?? a1(table.range.top, table.range.left);
  return [review('error', 'total-over-100', at, { total: result.total })];
}

/**
 * A table with 得分 but no 分值 column: one warning that the weights are unknown (instead of 「分值为空」 on every row),
 * and, where a 一级指标 label gives its points (产出指标（60分）), its rows' recorded scores must not add up to more.
 */
export function reviewUnknownWeights(table: ScoredTable, indicators: IndicatorResult[]): Review[] {
  const corner = a1(table.range.top, table.range.left);
  const out: Review[] = [
    review('info', 'weights-total', corner, { kind: 'unknown', title: table.title || table.name }),
  ];
  const groups = new Map<string, { label: string; points: number; sum: number; at: string }>();
  table.indicators.forEach((row, i) => {
    if (row.level1Points === undefined || row.part === 'sum') return;
    const key = row.level1Slot?.address ?? row.level1;
    let g = groups.get(key);
    if (!g)
      groups.set(
        key,
        (g = { label: row.level1, points: row.level1Points, sum: 0, at: row.level1Slot?.address ?? row.score.address }),
      );
    g.sum += indicators[i]?.recorded ?? 0;
  });
  for (const g of groups.values()) {
    if (g.sum > g.points + 1e-6) {
      out.push(
        review('error', 'weights-level1', g.at, {
          kind: 'scores',
          level1: g.label,
          declared: g.points,
          sum: round(g.sum, 4),
        }),
      );
    }
  }
  return out;
}

/** The most a self-evaluation scores. */
export const MAX_TOTAL = 100;

/** A computed total above 100: the weights are wrong, the table is not graded (evaluate) and says so (total-over-100). */
export function overMaxTotal(total: number): boolean {
  return total > MAX_TOTAL + 1e-9;
}

/** Every reviewer check of a scored table, once its rows, budget and total are evaluated. */
export function reviewTable(
  table: ScoredTable,
  result: TableResult,
  profile: RuleProfile,
  totalAccepted: boolean,
): Review[] {
  const out: Review[] = [];
  const rows = table.indicators;
  for (let i = 0; i < rows.length && i < result.indicators.length; i++)
    reviewTarget(table, rows[i], result.indicators[i], out);
  out.push(
    ...reviewDimensions(table),
    ...reviewPartsTotal(table, result, profile, totalAccepted),
    ...reviewTotalOver100(table, result),
  );
  return out;
}
