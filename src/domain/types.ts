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

// A finding is data (a code and its facts): see ./findings, rendered into sentences by src/i18n/findings.
export type { Finding, FindingCode, FindingOf, FindingParams, Severity } from './findings';

/** Where a value sits: sheet-relative 0-based row/col plus its A1 address. */
export interface Slot {
  row: number;
  col: number;
  address: string; // 'H17'
  cell: RawCell;
}
