// What the tool found, as data: a finding is a code, a severity, the cell it is about and the facts (params) that
// code needs — numbers, quantities, names, addresses, the cell text echoed — never a sentence. src/i18n/findings
// turns a finding into a sentence in the officer's language (renderFinding). Every code has its own params type;
// where one code is said in several ways, its params carry a small discriminator (`kind` or `reason`).

import type { Explanation } from './explain';
import type { ExplanationVerdict } from './explanation';
import type { TableKind } from './model';
import type { Actual, Quantity, Target } from './types';

export type Severity = 'error' | 'warning' | 'info';

/** The four cells of an indicator row the tool reads. */
export type RowPart = 'target' | 'actual' | 'weight' | 'score';

/** The three amounts of a budget block (年初预算数, 全年预算数, 全年执行数). */
export type BudgetColumn = 'initial' | 'fullYear' | 'executed';

/**
 * What a note cell holds when it does not explain a deviation: the explanation check's verdict on it, or
 * 'noColumn' where the form has no 偏差原因 column at all.
 */
export type NoteState = ExplanationVerdict | { kind: 'noColumn' };

/** One addend of a sum as the form names it, with its amount in 万元 (null: not filled in). */
export interface SumTerm {
  label: string;
  amount: number | null;
}

/** An input a consistency check needed and could not read: its name on the form, its cell, and the text it holds. */
export interface GapItem {
  what: string;
  /** 'D9', '附件2!D9' for another sheet, '' when the table has no such line. */
  cell: string;
  /** The text of a cell that does not read as an amount (absent for a blank cell). */
  text?: string;
}

/** The consistency checks, named when one could not run. */
export type CheckName =
  | 'sanGongSum'
  | 'carSum'
  | 'publicFundsSum'
  | 'execution'
  | 'budgetParts'
  | 'inlineIncome'
  | 'inlineExpense'
  | 'budgetExecution'
  | 'budgetBlock'
  | 'projectVsBasic'
  | 'projectsVsDepartment'
  | 'executedVsBasic'
  | 'executedProjectsVsDepartment'
  | 'crossAnnex';

/** Why a check could not run at all. */
export type SkipReason =
  | { kind: 'noYearPair' }
  | { kind: 'noBudgetBlock' }
  | { kind: 'adjusted'; initial: number; fullYear: number }
  | { kind: 'severalDepartments'; count: number }
  | { kind: 'noDepartmentProject' };

/** What a 年度资金总额 of 0 or blank does to the execution rate. */
export type TotalConsequence = 'zeroRate' | 'noRate' | 'noRateBudget' | { otherBudget: BudgetColumn };

/** The facts of each finding code. Amounts are 万元, rates and ratios are fractions (0.5922), points are numbers. */
export interface FindingParams {
  // ── indicators (evaluate.ts). `name` is the indicator's full name; `explanation` is what the score rests on
  // (IndicatorResult.explanation, worded by src/i18n/explain.ts); the cell texts are what the row says.
  'indicator-failed': {
    name: string;
    explanation: Explanation;
    targetText: string;
    actualText: string;
    score: number | null;
    weight: number | null;
    rounded?: number;
  };
  'indicator-review':
    | { kind: 'row'; name: string; explanation: Explanation; targetText: string; actualText: string }
    | { kind: 'judgedRows'; rows: number[] }; // 1-based rows judged against their 评分标准
  'over-achievement-deduction': { name: string; explanation: Explanation; penalty: number | null };
  'score-above-weight': { name: string; recorded: number; weight: number };
  'score-mismatch':
    | { kind: 'rule'; name: string; recorded: number; expected: number; explanation: Explanation }
    | { kind: 'band'; name: string; recorded: number; low: number; high: number; highExcluded: boolean };
  'met-below-full':
    | { kind: 'full'; name: string; recorded: number; weight: number; explanation: Explanation }
    | { kind: 'band'; name: string; recorded: number; explanation: Explanation }; // a qualitative 达成 row below its 80%–100% band
  'note-missing':
    | { kind: 'scored'; name: string; score: number; weight: number; note: NoteState }
    | { kind: 'unscored'; name: string; note: NoteState }
    | { kind: 'executionRate'; rate: number; below: number };
  'over-achievement-note': {
    name: string;
    actual: Actual;
    target: Target;
    actualText: string;
    targetText: string;
    ratio: number;
    threshold: number;
    note: NoteState;
  };
  'note-contradicts-score':
    | { kind: 'saysCompleted'; name: string; score: number; weight: number; note: string }
    | { kind: 'saysNotMet'; name: string; weight: number; note: string };
  'actual-repeats-comparator': { name: string; text: string };
  'actual-not-measured': { name: string; text: string; target: string };
  'blank-with-score': { name: string; blank: 'target' | 'actual' | 'targetAndActual'; recorded: number };
  'unparsed-value':
    | { reason: 'blank'; name: string; blank: 'target' | 'actual' | 'targetAndActual' }
    | { reason: 'unreadable'; name: string; part: 'target' | 'actual'; text: string }
    | { reason: 'cellError'; name: string; part: RowPart; error: string }
    | { reason: 'noWeight'; name: string }
    | { reason: 'judgedNoScore'; name: string };
  'unit-mismatch': { name: string; explanation: Explanation; targetText: string; actualText: string };
  // ── reviewer checks (reviewChecks.ts); `text` is the 年度指标值 cell as written
  'target-placeholder': { name: string; text: string };
  'cost-at-least': { name: string; text: string; bound: Quantity };
  'rate-target-over-100': { name: string; text: string };
  'deadline-after-year': { name: string; text: string; year: number };
  'dimension-missing': { missing: ('benefit' | 'satisfaction')[] };
  'parts-total-mismatch': { recorded: number; sum: number };
  'total-over-100': { total: number };
  // ── a table's weights, budget, total and grade (evaluate.ts)
  'weights-level1':
    | { kind: 'weights'; level1: string; declared: number; sum: number } // its rows' 分值 add up to other than its points
    | { kind: 'scores'; level1: string; declared: number; sum: number }; // no 分值 column: its rows' 得分 add up to more
  'weights-total': { kind: 'sum'; expected: number; sum: number } | { kind: 'unknown'; title: string }; // unknown: 得分 but no 分值 column
  'rate-mismatch': { recorded: number; expected: number; denominator: 'initial' | 'fullYear' };
  'rate-over-100': { rate: number };
  'budget-score-mismatch': { recorded: number; expected: number; explanation: Explanation };
  'budget-missing':
    | { kind: 'missing'; parts: (BudgetColumn | 'block')[] }
    | { kind: 'cellError'; part: BudgetColumn; error: string }
    | { kind: 'zero'; part: BudgetColumn } // printed 0, not blank
    | { kind: 'asIndicator'; row: number }; // 1-based row of the 预算执行率 indicator
  'total-mismatch': {
    recorded: number;
    expected: number;
    cap?: { rate: number; cap: number };
    /**
     * How the printed scores stand, where they are not the rule's total: 'partsDiffer' — they add up to `printed`, neither
     * the printed total nor the rule's; 'wrongParts' — the total adds them up but some disagree with the rule;
     * 'roundedParts' — it adds up parts each rounded by the officer (the rounding goes after the sum: `rounded`).
     */
    parts?:
      { kind: 'partsDiffer'; printed: number } | { kind: 'wrongParts' } | { kind: 'roundedParts'; rounded: number };
  };
  'budget-score-rounded': { recorded: number; explanation: Explanation }; // a budget 得分 within an officer's rounding (info)
  'grade-mismatch': { recorded: string; expected: string; total: number };
  'staffing-rate-mismatch': { recorded: number; expected: number; actual: number; authorized: number };
  'unscored-form': { title: string };
  // ── locating tables (src/workbook/locate*.ts, check.ts)
  'table-incomplete':
    | { reason: 'missingColumns'; kind: TableKind; missing: string[] } // roles: name, target, actual, weight, score
    | { reason: 'noIndicatorRows'; kind: TableKind; name: string }
    | { reason: 'noTotalRow'; kind: TableKind; name: string }
    | { reason: 'titleWithoutHeader'; title: string }
    | { reason: 'basicTitleWithoutContent'; title: string }
    | { reason: 'basicMissingStaffing' }
    | { reason: 'basicMissingStaffingValues' }
    | { reason: 'basicMissingMoney' }
    | { reason: 'basicMissingYears' }
    | { reason: 'blankTemplate'; title: string }
    | { reason: 'noIndicators'; title: string }
    | {
        reason: 'totalNotComputable';
        counts: { blank: 'target' | 'actual' | 'targetAndActual' | null; rows: number }[];
        rows: number[];
      }; // blank null: unreadable
  'no-tables': Record<string, never>;
  // a file saved without computing its formulas (read as blank): the first cells, and how many in all
  'formula-not-computed': { cells: string[]; count: number };
  // ── the write plan (src/workbook/buildPlan.ts, check.ts)
  'cell-conflict': { current: string; expected: string; why: string; formula?: string };
  'merged-cell': { items: MergedItem[] };
  // ── consistency (勾稽) checks (consistency/*.ts); labels and columns are the form's own names
  'sum-mismatch':
    | {
        kind: 'parts';
        what: string;
        column: string;
        terms: SumTerm[];
        total: number;
        sum: number;
        complete: boolean;
        consequence?: TotalConsequence;
      }
    | {
        kind: 'blankTotal';
        what: string;
        column: string;
        terms: SumTerm[];
        sum: number;
        complete: boolean;
        consequence?: TotalConsequence;
      }
    | { kind: 'inline'; group: 'income' | 'expense'; terms: SumTerm[]; total: number; sum: number; complete: boolean };
  overrun:
    | { kind: 'line'; line: string; year: number; budget: number; final: number }
    | { kind: 'budget'; executed: number; fullYear: number };
  'unbudgeted-spending': { line: string; year: number; final: number };
  underspent: { line: string; year: number; budget: number; final: number; threshold: number };
  'budget-adjusted': { initial: number; fullYear: number };
  'budget-cut-to-spent': { initial: number; fullYear: number; executed: number };
  'cross-annex-mismatch':
    | {
        kind: 'projectVsBasic';
        department: number;
        column?: BudgetColumn;
        basic: number;
        basicCell: string;
        basicParts: boolean;
        year: number;
        basicColumn: 'budget' | 'final';
      }
    | {
        kind: 'projectsVsDepartment';
        column: 'fullYear' | 'executed';
        projects: { name: string; cell: string; amount: number }[];
        sum: number;
        department: number;
        departmentTotal?: number;
      };
  'name-mismatch': { annex: TableKind; found: string; reference: string; referenceAnnex: TableKind };
  'year-mismatch':
    | { kind: 'annex'; annex: TableKind; found: number; reference: number; referenceAnnex: TableKind | null } // null: the other annexes
    | { kind: 'basicColumns'; year: number; columns: string[] };
  'check-skipped':
    { kind: 'gaps'; checks: CheckName[]; items: GapItem[] } | { kind: 'because'; check: CheckName; reason: SkipReason };
}

/** One value of the write plan that a merged cell cannot hold beside another (`name`: the indicator's, for a score or note). */
export interface MergedItem {
  kind: 'rate' | 'budgetScore' | 'score' | 'total' | 'grade' | 'note';
  value: string | number;
  name?: string;
}

export type FindingCode = keyof FindingParams;

/** The parts every finding has, whatever its code. */
interface FindingBase {
  severity: Severity;
  sheet: string;
  cell: string; // A1 address, e.g. 'H17'
  /** Optional extras for front doors (jump, preview); never needed to understand the finding. */
  table?: string; // table id
  indicator?: string; // indicator name
}

export type FindingOf<C extends FindingCode> = FindingBase & { code: C; params: FindingParams[C] };

export type Finding = { [C in FindingCode]: FindingOf<C> }[FindingCode];

/** A finding with its code and params, for producers that build one from parts (type-checks the params against the code). */
export function finding<C extends FindingCode>(
  severity: Severity,
  code: C,
  sheet: string,
  cell: string,
  params: FindingParams[C],
  table?: string,
  indicator?: string,
): Finding {
  const f = { severity, code, sheet, cell, params } as FindingOf<C>;
  if (table !== undefined) f.table = table;
  if (indicator !== undefined) f.indicator = indicator;
  return f as Finding;
}
