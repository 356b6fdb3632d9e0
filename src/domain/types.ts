// Core data types shared by parsing, scoring, consistency checks and every front door.
// Pure data: no Excel, no exceljs, no DOM. Everything here must survive JSON.stringify.

/** Units the parser understands. Money is normalised to 元, ratios to '%' (0.5922 = 59.22%). */
export type Unit =
  | '元'
  | '%'
  | '‰'
  | '个'
  | '人'
  | '人次'
  | '笔'
  | '天'
  | '工作日'
  | '户'
  | '次'
  | '件'
  | '项'
  | '分'
  | '㎡'
  | '年'
  | '月'
  | ''
  | (string & {}); // any other unit word, kept as written (e.g. '公里', '台')

/** A number with its unit, already scaled: 54.62亿元 → {5.462e9, '元'}; 59.22% → {0.5922, '%'}. */
export interface Quantity {
  value: number;
  unit: Unit;
}

export type Comparator = 'atLeast' | 'atMost' | 'moreThan' | 'lessThan';

/** A change against a base (usually last year) rather than a level: 较上年增长5% → 'increase', 同比下降3% → 'decrease'. */
export type Relative = 'increase' | 'decrease';

/**
 * A day interval within one calendar year, as [month, day] pairs (1-based): '2023年11月' → {2023, [11,1], [11,30]};
 * '11月20日' → {null, [11,20], [11,20]}; '2023年12月底' → {2023, [12,31], [12,31]}; '2023年上半年' → {2023, [1,1], [6,30]}.
 * year null: not written (a comparison takes the other side's year). Plain JSON, like every type here.
 */
export interface DateSpan {
  year: number | null;
  from: [number, number];
  to: [number, number];
}

/** What a 年度指标值 cell means once parsed. */
export type Target =
  | { kind: Comparator; bound: Quantity; inferred?: boolean; relative?: Relative } // ≥95%, 控制在0.05%以下; inferred = direction came from the name; relative: 较上年增长5%
  | { kind: 'range'; low: Quantity; high: Quantity } // 控制在60%到80%的区间
  | { kind: 'equal'; value: Quantity } // 48亿元, ﹦72890元 (scored as at-least; a zero target as at-most)
  | { kind: 'qualitative'; level: string } // 有效, 有效降低, 达标, 即时办理
  | { kind: 'timeLimit'; days: number; workdays: boolean } // 5个工作日内; days 0 = 即时
  | { kind: 'deadline'; by: DateSpan } // 2023年12月31日前, 12月底前完成: met when the actual ends on or before by.to
  | { kind: 'notApplicable' } // 不适用, /, —
  | { kind: 'blank' }
  | { kind: 'unparsed'; text: string };

/**
 * Qualitative outcome words normalised. 'mostly' (基本达到, 基本完成): reached with a shortfall, scored in the
 * 达成年度指标 band (RULES §1: 100%–80% of the weight), below full marks left to a person.
 */
export type QualitativeOutcome = 'met' | 'mostly' | 'partly' | 'notMet';

/** What a 实际完成值 cell means once parsed. */
export type Actual =
  | { kind: 'quantity'; value: Quantity; repeatsComparator?: Comparator; relative?: Relative } // 59.22%; `≥360天` sets repeatsComparator; 较上年增长6.2% sets relative
  | { kind: 'range'; low: Quantity; high: Quantity } // an actual written as a band (rare): treated as claimed
  | { kind: 'qualitative'; level: string; outcome?: QualitativeOutcome } // 有效, 部分达成, 未达成
  | { kind: 'timeLimit'; days: number; workdays: boolean } // 3个工作日
  | { kind: 'date'; on: DateSpan } // 2023年11月, 2023.11.20, 11月20日完成: when it was done
  | { kind: 'notApplicable' }
  | { kind: 'blank' }
  | { kind: 'unparsed'; text: string };

/**
 * One cell as the core sees it, whatever door it came through.
 * value: the stored value (number for numeric cells, string for text), text: what Excel displays,
 * numberFormat: the Excel format code ('0.00%'), formula: with its leading '='.
 */
export interface RawCell {
  value: string | number | boolean | null;
  text: string;
  numberFormat?: string;
  formula?: string;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  severity: Severity;
  code: FindingCode;
  sheet: string;
  cell: string; // A1 address, e.g. 'H17'
  message: string; // zh-CN sentence: what was expected, what was found
  /** Optional extras for front doors (jump, preview); never needed to understand the finding. */
  table?: string; // table id
  indicator?: string; // indicator name
}

export type FindingCode =
  | 'indicator-failed' // target not met (quantitative) or 未达成
  | 'indicator-review' // qualitative partly/not met, needs a person's judgement
  | 'score-mismatch' // recorded score differs from the rule
  | 'score-above-weight'
  | 'met-below-full' // target met but recorded score below the weight
  | 'note-missing' // score < weight without a deviation note
  | 'over-achievement-note' // actual ≥ 130% of target without a note
  | 'note-contradicts-score' // a failed row noted 已完成, or full marks noted 未完成 (issue 11)
  | 'parts-total-mismatch' // printed scores do not add up to the printed 总分 (散总不一致)
  | 'total-over-100' // the computed total is above 100: weights wrong, not graded
  | 'target-placeholder' // 年度指标值 `*`, `xx`, 待定: the target is not quantified
  | 'cost-at-least' // a 成本 target written with ≥
  | 'rate-target-over-100' // 合格率/覆盖率/完成率/满意度 … target above 100%
  | 'deadline-after-year' // a completion deadline after the year evaluated
  | 'dimension-missing' // no 效益 or no 满意度 indicator in a 产出/效益/满意度 table (info)
  | 'over-achievement-deduction' // a regional profile took points off a met target for over-achievement (指标偏离)
  | 'actual-repeats-comparator' // `≥360天`: claimed, not measured
  | 'actual-not-measured' // 满意 / 已完成 as the actual of a numeric target (≥90%, ≥500人次): claimed, not measured
  | 'blank-with-score' // blank/unreadable target or actual with a score filled in
  | 'unparsed-value' // a target or actual that could not be read
  | 'unit-mismatch' // units that cannot be compared
  | 'weights-level1' // rows of a 一级指标 do not add up to its declared points
  | 'weights-total' // weights do not add up to 100
  | 'rate-mismatch' // printed 执行率 differs from computed
  | 'rate-over-100' // 执行率 above 100%
  | 'budget-score-mismatch'
  | 'budget-missing' // no budget numbers to compute the rate from
  | 'budget-score-rounded' // a budget 得分 accepted as the officer's integer rounding of the rule's (info)
  | 'total-mismatch' // printed 总分 differs from computed
  | 'grade-mismatch'
  | 'cell-conflict' // the write plan would overwrite a person's text or formula
  | 'merged-cell' // two values of the plan would go to one (merged) cell: none is written
  | 'table-incomplete' // a table was found but a required part is missing
  | 'no-tables' // nothing recognised in the workbook
  | 'staffing-rate-mismatch' // 附件1 控制率
  | 'consistency' // 勾稽 checks (issue 5); sub-kind in the message
  | 'sum-mismatch' // a total differs from the sum of its parts (三公经费, 年度资金总额 …)
  | 'overrun' // 决算/执行数 above 预算数
  | 'unbudgeted-spending' // spending on a line budgeted at 0
  | 'underspent' // executed far below budget
  | 'budget-adjusted' // 全年预算数 differs from 年初预算数
  | 'budget-cut-to-spent' // 全年预算数 lowered to exactly the executed amount
  | 'cross-annex-mismatch' // the same amount differs between annexes
  | 'name-mismatch' // department name differs between annexes
  | 'year-mismatch' // year differs between annexes
  | 'check-skipped' // a consistency check could not run: inputs missing
  | (string & {});

/** Where a value sits: sheet-relative 0-based row/col plus its A1 address. */
export interface Slot {
  row: number;
  col: number;
  address: string; // 'H17'
  cell: RawCell;
}
