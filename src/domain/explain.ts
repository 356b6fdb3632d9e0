// What a score rests on, as facts: the scorer and the form rules say what they found (the actual against the target,
// how far it got, met or not, how the points were computed, the points and the weight); src/i18n/explain.ts says it
// in zh-CN 「实际完成40.83亿元，目标23亿元，完成177.5%，达标，得5分（满分5分）」 or in English. Numbers stay numbers;
// `actual` and `target` are the form's own values written back ('40.83亿元', '≥95%', '60%–80%', '2023年12月31日前').

import type { QualitativeOutcome } from './types';

/** How the actual is named: 实际完成 40.83亿元, 实际用时 10个工作日, 完成率 100%. */
export type SubjectLead = 'actual' | 'actualTime' | 'completionRate';

/** How the points were computed: in full, actual ÷ target, target ÷ actual, reduced by the excess, … */
export type ScoredBy = 'full' | 'ratio' | 'inverse' | 'linear' | 'bound' | 'rate' | 'zero';

/**
 * Why a person decides a row: a qualitative outcome (partly met, not met, a word not recognised), or an actual that
 * cannot be measured against the target (a level against a qualitative target, a date against one, a change against
 * last year against a level, money on two scales), or a completion date late / on the edge of its deadline.
 */
export type ReviewVerdict =
  | QualitativeOutcome
  | 'unknown'
  | 'incomparable'
  | 'late'
  | 'straddles'
  | 'dateIncomparable'
  | 'relativeIncomparable'
  | 'moneyScale';

/** The actual against the target: 「实际完成59.22%，目标区间60%–80%」. */
export interface Comparison {
  lead: SubjectLead;
  /** The actual is a change against last year: 增幅6.2%, 降幅3%. */
  relative?: 'increase' | 'decrease' | undefined;
  actual: string;
  /** The target is a range (目标区间). */
  range: boolean;
  target: string;
}

/** Figures of the budget rule. */
export type BudgetFigure = 'fullYear' | 'initial' | 'executed';

export type Explanation =
  | { kind: 'notApplicable' }
  | { kind: 'blankTarget' }
  | { kind: 'blankActual' }
  | { kind: 'unparsedTarget'; text: string }
  | { kind: 'unparsedActual'; text: string }
  | { kind: 'unitMismatch'; actual: string; target: string }
  | ScoredExplanation
  | ReviewExplanation
  | MetBandExplanation
  /** A row judged against its 评分标准: the recorded score is taken (null: not filled in). group: the rows sharing its
   *  merged 分值/得分 (itself included) when one of them is not met and the group is left to the assessor. */
  | { kind: 'judged'; recorded: number | null; weight: number | null; group?: number | undefined }
  /** A 预算执行率 row scored by the budget rule, the rate from the table's amounts or as written in the row. */
  | {
      kind: 'rateRow';
      rate: number;
      amounts?: { executed: number; denominator: number };
      score: number;
      weight: number;
      over100: boolean;
    }
  /** 执行率 = 全年执行数 ÷ 全年预算数 (or 年初预算数), scored weight × rate. */
  | {
      kind: 'budget';
      rate: number;
      executed: number;
      denominator: number;
      base: 'fullYear' | 'initial';
      score: number;
      weight: number;
      over100: boolean;
    }
  | { kind: 'budgetMissing'; missing: BudgetFigure[] }
  /** A budget block on a form that gives it no points of its own. */
  | { kind: 'budgetNotScored'; rate: number; executed: number; denominator: number; base: 'fullYear' | 'initial' };

/** A target measured and scored by the rule. */
export interface ScoredExplanation extends Comparison {
  kind: 'scored';
  /** actual ÷ target where worth saying (a missed or over-achieved higher-is-better target). */
  achieved?: number | undefined;
  met: boolean;
  by: ScoredBy;
  /** null when the row has no weight. */
  score: number | null;
  weight: number | null;
  /** Over-achieved: the share above the target at which a note is required (0.3 for 130%). */
  overBy?: number | undefined;
  /** Points a regional profile deducted for over-achievement. */
  penalty?: number | undefined;
  /** The row of a table that sets no points (绩效目标自评表): said instead of 「分值为空」. */
  unscored?: boolean | undefined;
  /** A row of a table with 得分 but no 分值 column, a 其中 detail row, or a row sharing a merged score: said instead of 「分值为空」. */
  noPoints?: 'weightless' | 'detail' | 'shared' | undefined;
}

/**
 * A qualitative indicator judged 达成 and recorded below its weight: the 达成 band runs from `low` (80%) to the weight
 * (RULES §1); `recorded` is the score kept inside it, null when the recorded score lies below the band.
 */
export interface MetBandExplanation extends Comparison {
  kind: 'metBand';
  low: number;
  weight: number;
  recorded: number | null;
}

/** A person decides within the band the rule allows. */
export interface ReviewExplanation extends Comparison {
  kind: 'review';
  verdict: ReviewVerdict;
  /** moneyScale: how far apart the two are (1e4, 1e8). */
  scale?: number | undefined;
  weight: number | null;
  /** The band of points, [low, high] (high excluded unless highIncluded); absent when the row has no weight. */
  band?: { low: number; high: number; highIncluded: boolean } | undefined;
  /** The recorded score (null: blank) and whether it lies inside the band and is kept. */
  recorded: number | null;
  kept: boolean;
  unscored?: boolean | undefined;
  noPoints?: 'weightless' | 'detail' | 'shared' | undefined;
}

/** A gap between actual and target: percentage points (unit '%') or a quantity in the target's unit. */
export interface Gap {
  value: number;
  unit: string;
}

/**
 * What a drafted 偏差原因分析及改进措施 note states before its blanks 「原因：；改进措施：」, as facts: the actual against
 * the target and how far apart they are (「实际完成59.22%，低于目标区间下限60%，差0.78个百分点。」), or, when nothing more
 * precise can be said, the score's explanation. The wording is the form's (workbook/formWording.ts).
 */
export type NoteDraft =
  | { kind: 'overAchieved'; actual: string; target: string; ratio: number }
  | { kind: 'lateDate'; actual: string; target: string }
  | { kind: 'dateUnclear'; actual: string; target: string }
  | { kind: 'qualitative'; actual: string; target: string }
  /** A qualitative indicator judged 达成, scored inside the 达成 band below its weight. */
  | { kind: 'metBand'; actual: string; score: number; weight: number }
  | { kind: 'rateBelow'; rate: number; target: string }
  | { kind: 'lateTime'; actual: string; target: string }
  | { kind: 'belowRange'; actual: string; low: string; gap: Gap }
  | { kind: 'aboveRange'; actual: string; high: string; gap: Gap }
  | { kind: 'belowTarget'; actual: string; target: string; gap: Gap }
  | { kind: 'aboveLimit'; actual: string; target: string; gap: Gap }
  | { kind: 'explained'; explanation: Explanation };
