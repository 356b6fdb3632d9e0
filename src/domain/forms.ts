// Scoring for the form families besides the 财预〔2020〕10号 layout (RULES §6): rows judged against a 评分标准 (a
// scorecard without target/actual columns, a 评分标准 text or a dash written as the target of a row that carries a
// weight), 预算执行率 rows with their own 分值 scored by the budget rule, and the rows of unscored target-completion
// tables (绩效目标自评表). evaluate.ts decides per row which applies and reports the findings.

import type { TableForm } from './model';
import type { RuleProfile } from './profile';
import { budgetPoints, type IndicatorScore } from './score';
import type { Target } from './types';
import type { Explanation } from './explain';

/** An indicator row that scores the execution rate itself: 预算执行率, 资金执行率. */
const EXECUTION_ROW_RE = /(预算|资金)执行率/;

/** A 预算执行率 row: its name says so, or, with no name of its own, its 二级指标 does. */
export function isExecutionRow(name: string, level2: string): boolean {
  return EXECUTION_ROW_RE.test(name) || (name === '' && EXECUTION_ROW_RE.test(level2));
}

/** A row that names 预算执行率 in its name or its 二级指标: the table scores the rate among its rows. */
export function namesExecutionRate(row: { name: string; level2: string }): boolean {
  return EXECUTION_ROW_RE.test(row.name) || EXECUTION_ROW_RE.test(row.level2);
}

/** 经济效益（可选项）: a row the form lets the unit leave out. */
const OPTIONAL_RE = /可选项|[(（]可选[)）]/;

/** A 可选项 row given neither 分值 nor 得分: left out, 不适用 (not a row to review). */
export function isUnweightedOptional(name: string, weight: number | null, recorded: number | null): boolean {
  return weight === null && recorded === null && OPTIONAL_RE.test(name);
}

/** A dash, slash or 无 written as a target (RULES §2: 不适用 only on a row with no weight and no score). */
const DASH_RE = /^(?:[-—–―－\/／\\]+|无)$/;

/** A 评分标准 written where the target goes: 「符合规定得满分，否则酌情扣分」. */
const CRITERIA_TEXT_RE = /得满分|满分|扣\d*(?:\.\d+)?分|得\d+(?:\.\d+)?分|酌情|不得分|每.{0,8}扣/;

export function isDashTarget(text: string): boolean {
  return DASH_RE.test(text.trim());
}

/** What a row is, before it is scored: judged by a person, a 预算执行率 row, or an ordinary indicator. */
export type RowKind = 'judged' | 'rate' | 'indicator' | 'notApplicable';

export interface RowFacts {
  form: TableForm;
  name: string;
  level2: string;
  targetText: string;
  actualText: string;
  target: Target;
  weight: number | null;
  recorded: number | null;
  /** The table has a 评分标准 column, or the row's target column is one. */
  hasCriteria: boolean;
}

/**
 * How a row is scored. A scorecard row (no target or actual column) and a row whose target is a 评分标准 text, a
 * dash or unreadable on a table with a 评分标准 column, with a weight, is judged by a person; a 预算执行率 row with a
 * weight and no quantity of its own to meet (a scorecard, or a blank, dash or 100% target) by the budget rule; a dash
 * target on a row with no weight and no score is 不适用.
 */
export function rowKind(f: RowFacts): RowKind {
  if (f.form === 'unscored') return isDashTarget(f.targetText) ? 'notApplicable' : 'indicator';
  if (isUnweightedOptional(f.name, f.weight, f.recorded)) return 'notApplicable';
  const weighted = (f.weight !== null && f.weight > 0) || (f.recorded !== null && f.recorded > 0);
  const dash = isDashTarget(f.targetText);
  if (weighted && isExecutionRow(f.name, f.level2) && rateRuleApplies(f)) return 'rate';
  if (f.form === 'scorecard') return 'judged';
  if (dash) return weighted && !f.actualText.includes('不适用') ? 'judged' : 'notApplicable';
  if (!weighted) return 'indicator';
  const t = f.target.kind;
  if (t === 'qualitative' && CRITERIA_TEXT_RE.test(f.targetText)) return 'judged';
  if (f.hasCriteria && (t === 'blank' || t === 'unparsed')) return 'judged';
  return 'indicator';
}

/** A 预算执行率 row is scored by the budget rule unless it sets a rate of its own to meet (≥90%). */
function rateRuleApplies(f: RowFacts): boolean {
  if (f.form === 'scorecard') return true;
  const t = f.target;
  if (t.kind === 'blank' || t.kind === 'notApplicable' || t.kind === 'qualitative' || t.kind === 'unparsed')
    return true;
  if (t.kind === 'equal') return t.value.unit === '%' && Math.abs(t.value.value - 1) < 1e-9;
  if (t.kind === 'atLeast') return t.bound.unit === '%' && Math.abs(t.bound.value - 1) < 1e-9;
  return false;
}

/** A judged row: status review, the recorded score taken (within 0..weight; above it evaluate reports an error). */
export function judgedScore(weight: number | null, recorded: number | null): IndicatorScore {
  const w = weight !== null && weight >= 0 ? weight : null;
  const explanation: Explanation = { kind: 'judged', recorded, weight: w };
  if (recorded === null) return { score: null, status: 'review', explanation };
  const score = w !== null ? Math.min(Math.max(recorded, 0), w) : Math.max(recorded, 0);
  return { score, status: 'review', explanation };
}

/**
 * A 预算执行率 row by the budget rule: weight × min(rate, cap), the rate from the table's own amounts where they are
 * on the sheet, else the rate written in the row's actual (a percentage); undefined when neither is known.
 */
export function rateRowScore(
  weight: number,
  amounts: { rate: number; executed: number; denominator: number } | null,
  written: number | null,
  profile: RuleProfile,
): IndicatorScore | undefined {
  const rate = amounts?.rate ?? written;
  if (rate === null || !Number.isFinite(rate)) return undefined;
  const score = budgetPoints(weight, rate, profile);
  const explanation: Explanation = { kind: 'rateRow', rate, score, weight, over100: rate > 1 + 1e-12 };
  if (amounts) explanation.amounts = { executed: amounts.executed, denominator: amounts.denominator };
  const status = score >= weight ? 'met' : score > 0 ? 'partial' : 'failed';
  return { score, status, explanation, ratio: rate };
}

/**
 * A row of a table with 得分 but no 分值 column: judged by the rule, no score computed (the weight is unknown), and
 * the explanation says the form lists no weights instead of 「分值为空」 (one table-level finding says it instead).
 */
export function weightlessRow(
  s: IndicatorScore,
  instead: 'weightless' | 'detail' | 'shared' = 'weightless',
): IndicatorScore {
  const e = s.explanation;
  const explanation =
    (e.kind === 'review' || (e.kind === 'scored' && e.overBy === undefined)) && e.weight === null
      ? { ...e, noPoints: instead }
      : e;
  return { ...s, explanation, problem: s.problem === 'no-weight' ? undefined : s.problem };
}

/**
 * An unscored table's row: the status by the rule, no score. A missed target is 'failed' (there is no partial
 * credit on a form without points), and the explanation says the form sets no points instead of 「分值为空」.
 */
export function unscoredRow(s: IndicatorScore): IndicatorScore {
  const status = s.status === 'partial' ? 'failed' : s.status;
  const e = s.explanation;
  // a row with no weight says the form sets no points (instead of 「分值为空，无法计分」)
  // (an over-achieved row goes on to say so, and keeps its 「分值为空」)
  const explanation =
    (e.kind === 'review' || (e.kind === 'scored' && e.overBy === undefined)) && e.weight === null
      ? { ...e, unscored: true }
      : e;
  return {
    ...s,
    score: null,
    status,
    explanation,
    problem: s.problem === 'no-weight' ? undefined : s.problem,
    band: undefined,
    penalty: undefined,
  };
}
