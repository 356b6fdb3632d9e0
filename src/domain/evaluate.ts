// Evaluates located annex tables by a rule profile: parses every indicator's cells, scores them, computes
// 执行率/得分/总分/等级, drafts deviation notes, and reports what the table records differently (findings
// naming sheet and cell). Cross-table 勾稽 checks live in ./consistency, not here.

import type { AnnexTable, BasicData, IndicatorRow, ScoredTable } from './model';
import type { AnyTableResult, BasicResult, BudgetResult, Evaluation, IndicatorResult, TableResult } from './result';
import type { RuleProfile } from './profile';
import type { Actual, RawCell, Slot, Target } from './types';
import type { Finding, FindingParams } from './findings';
import { describeTarget, formatQuantity, parseActual, parseNumberCell, parseRateCell, parseTarget } from './parse';
import {
  gradeFor,
  normalizeGrade,
  ratesAgree,
  scoreBudget,
  scoreIndicator,
  scoresAgree,
  totalCapFor,
  type BudgetScore,
  type IndicatorScore,
} from './score';
import { againstDeadline } from './dates';
import { foldSpaces } from './text';
import { toA1 as a1 } from './address';
import { rawCellText } from './cells';
import { excelError } from './cellError';
import { actualText, daysText, round } from './format';
import type { NoteDraft } from './explain';
import {
  isExecutionRow,
  isUnweightedOptional,
  judgedScore,
  namesExecutionRate,
  rateRowScore,
  rowKind,
  unscoredRow,
  weightlessRow,
  type RowKind,
} from './forms';
import type { TableForm } from './model';
import { isExplanation, judgeExplanation, type ExplanationVerdict } from './explanation';
import { MAX_TOTAL, overMaxTotal, printedPartsSum, reviewTable, reviewUnknownWeights } from './reviewChecks';
import { Findings, reportRow, type ScoredRow } from './rowFindings';

/** The cell's text tidied ('' for blank and white space only). */
export function cellText(c: RawCell | undefined): string {
  return foldSpaces(rawCellText(c));
}

const NO_NOTE: ExplanationVerdict = { kind: 'blank' };
const WRITTEN: ExplanationVerdict = { kind: 'written' };

// ── deviation notes ─────────────────────────────────────────────────────────────────────────────────────────

function comparableValue(a: Actual): { value: number; unit: string } | null {
  return a.kind === 'quantity' ? a.value : null;
}

/**
 * What a drafted note states, as facts (worded by the form's wording when the plan writes it): 「实际完成59.22%，低于
 * 目标区间下限60%，差0.78个百分点。原因：；改进措施：」 and its kin, such as 「实际完成时间2023年9月，晚于目标2023年6月30日前。…」.
 */
function noteDraft(target: Target, actual: Actual, s: IndicatorScore, year?: number): NoteDraft {
  const a = comparableValue(actual);
  if (s.overAchieved && s.ratio !== undefined) {
    return {
      kind: 'overAchieved',
      actual: a ? formatQuantity(a) : actualText(actual),
      target: describeTarget(target),
      ratio: s.ratio,
    };
  } else if (target.kind === 'deadline' && actual.kind === 'date') {
    const late = againstDeadline(actual.on, target.by, year) === 'late';
    return { kind: late ? 'lateDate' : 'dateUnclear', actual: actualText(actual), target: describeTarget(target) };
  } else if (s.status === 'review') {
    return { kind: 'qualitative', actual: actualText(actual), target: describeTarget(target) };
  } else if (s.status === 'met' && s.band !== undefined && s.score !== null) {
    return { kind: 'metBand', actual: actualText(actual), score: s.score, weight: s.band[1] };
  } else if (
    actual.kind === 'quantity' &&
    actual.value.unit === '%' &&
    (target.kind === 'timeLimit' || target.kind === 'deadline' || target.kind === 'qualitative')
  ) {
    return { kind: 'rateBelow', rate: actual.value.value, target: describeTarget(target) };
  } else if (target.kind === 'timeLimit' && actual.kind === 'timeLimit') {
    return {
      kind: 'lateTime',
      actual: daysText(actual.days, actual.workdays),
      target: daysText(target.days, target.workdays),
    };
  } else if (a && target.kind === 'range') {
    const low = Math.min(target.low.value, target.high.value);
    const high = Math.max(target.low.value, target.high.value);
    const lowQ = target.low.value <= target.high.value ? target.low : target.high;
    const highQ = target.low.value <= target.high.value ? target.high : target.low;
    if (a.value < low)
      return {
        kind: 'belowRange',
        actual: formatQuantity(a),
        low: formatQuantity(lowQ),
        gap: { value: low - a.value, unit: lowQ.unit },
      };
    if (a.value > high)
      return {
        kind: 'aboveRange',
        actual: formatQuantity(a),
        high: formatQuantity(highQ),
        gap: { value: a.value - high, unit: highQ.unit },
      };
  } else if (
    a &&
    (target.kind === 'atLeast' || target.kind === 'moreThan' || (target.kind === 'equal' && target.value.value !== 0))
  ) {
    const b = target.kind === 'equal' ? target.value : target.bound;
    return {
      kind: 'belowTarget',
      actual: formatQuantity(a),
      target: describeTarget(target),
      gap: { value: b.value - a.value, unit: b.unit },
    };
  } else if (a && (target.kind === 'atMost' || target.kind === 'lessThan' || target.kind === 'equal')) {
    const b = target.kind === 'equal' ? target.value : target.bound;
    return {
      kind: 'aboveLimit',
      actual: formatQuantity(a),
      target: formatQuantity(b),
      gap: { value: a.value - b.value, unit: b.unit },
    };
  }
  return { kind: 'explained', explanation: s.explanation };
}

// ── indicators ───────────────────────────────────────────────────────────────────────────────────────────────

/** The result of one indicator row, with the optional fields present only when they say something. */
function indicatorResult(
  row: IndicatorRow,
  name: string,
  targetText: string,
  actualText: string,
  target: Target,
  actual: Actual,
  weight: number | null,
  recorded: number | null,
  s: IndicatorScore,
  noteRequired: boolean,
): IndicatorResult {
  // one literal per common shape, so most rows are built whole instead of growing a property at a time
  if (s.ratio !== undefined) {
    return {
      row: row.row,
      cell: row.score.address,
      level1: row.level1,
      level2: row.level2,
      name,
      targetText,
      actualText,
      target,
      actual,
      weight,
      score: s.score,
      recorded,
      status: s.status,
      explanation: s.explanation,
      noteRequired,
      ratio: s.ratio,
    };
  }
  return {
    row: row.row,
    cell: row.score.address,
    level1: row.level1,
    level2: row.level2,
    name,
    targetText,
    actualText,
    target,
    actual,
    weight,
    score: s.score,
    recorded,
    status: s.status,
    explanation: s.explanation,
    noteRequired,
  };
}

/** What the table around a row tells its scoring: its form, its 评分标准 and note columns, its budget amounts. */
interface RowContext {
  form: TableForm;
  hasCriteria: boolean;
  hasNote: boolean;
  /** 执行率 from the table's own budget amounts, for a 预算执行率 row: worked out on first use (undefined until then). */
  amounts: { rate: number; executed: number; denominator: number } | null | undefined;
  table?: ScoredTable;
}

const SCORED: RowContext = { form: 'scored', hasCriteria: false, hasNote: true, amounts: null };

function amountsOf(
  ctx: RowContext,
  profile: RuleProfile,
): { rate: number; executed: number; denominator: number } | null {
  let amounts = ctx.amounts;
  if (amounts === undefined) amounts = ctx.amounts = ctx.table ? amountRate(ctx.table, profile) : null;
  return amounts;
}

/** The rate a 预算执行率 row's actual gives (95% → 0.95), or null. */
function writtenRate(actual: Actual): number | null {
  return actual.kind === 'quantity' && actual.value.unit === '%' ? actual.value.value : null;
}

/** The row's score by its kind (see forms.ts rowKind). */
function scoreRow(
  kind: RowKind,
  name: string,
  target: Target,
  actual: Actual,
  weight: number | null,
  recorded: number | null,
  ctx: RowContext,
  profile: RuleProfile,
): IndicatorScore {
  if (kind === 'judged') return judgedScore(weight, recorded);
  if (kind === 'notApplicable') return { score: null, status: 'notApplicable', explanation: { kind: 'notApplicable' } };
  if (kind === 'rate' && weight !== null) {
    const s = rateRowScore(weight, amountsOf(ctx, profile), writtenRate(actual), profile);
    if (s) return s;
  }
  const s = scoreIndicator({ name, target, actual, weight, recorded, year: ctx.table?.year }, profile);
  return ctx.form === 'unscored' ? unscoredRow(s) : ctx.table?.weightsUnknown && weight === null ? weightlessRow(s) : s;
}

/** An indicator row's cells as read: its name, the target and actual as written and as parsed, weight and score. */
type ReadRow = Pick<
  IndicatorResult,
  'name' | 'targetText' | 'actualText' | 'target' | 'actual' | 'weight' | 'recorded'
>;

/** Parse: the row's cells into values (an unscored form has no weight or score to read). */
function readRow(row: IndicatorRow, ctx: RowContext): ReadRow {
  const name = foldSpaces(row.name);
  const unitCell = row.unit?.cell;
  const target = parseTarget(row.target.cell, { name, nature: row.targetNature?.cell, unit: unitCell });
  const actual = parseActual(row.actual.cell, { unit: unitCell, target });
  const unscored = ctx.form === 'unscored';
  return {
    name,
    targetText: cellText(row.target.cell),
    actualText: cellText(row.actual.cell),
    target,
    actual,
    weight: unscored ? null : parseNumberCell(row.weight.cell),
    recorded: unscored ? null : parseNumberCell(row.score.cell),
  };
}

/** What kind of row it is: an ordinary indicator, or (looked at closely only when it may be) judged, a rate row … */
function kindOf(row: IndicatorRow, r: ReadRow, ctx: RowContext, profile: RuleProfile): RowKind {
  // most rows of a scored table are ordinary indicators: only a row that may be otherwise is looked at closely
  const tk = r.target.kind;
  const special =
    ctx.form !== 'scored' ||
    tk === 'notApplicable' ||
    tk === 'qualitative' ||
    tk === 'blank' ||
    tk === 'unparsed' ||
    isExecutionRow(r.name, row.level2) ||
    isUnweightedOptional(r.name, r.weight, r.recorded);
  const kind: RowKind = special
    ? rowKind({
        form: ctx.form,
        name: r.name,
        level2: row.level2,
        targetText: r.targetText,
        actualText: r.actualText,
        target: r.target,
        weight: r.weight,
        recorded: r.recorded,
        hasCriteria: ctx.hasCriteria || row.criteria !== undefined,
      })
    : 'indicator';
  // a 预算执行率 row with no amounts on the sheet and no rate written in it is judged like the rows around it
  if (kind === 'rate' && (r.weight === null || (amountsOf(ctx, profile) === null && writtenRate(r.actual) === null)))
    return 'judged';
  return kind;
}

/** Result: the row's IndicatorResult, whether it owes a note and whether its note gives one (the finding rules' facts). */
function scoredRow(
  row: IndicatorRow,
  r: ReadRow,
  kind: RowKind,
  s: IndicatorScore,
  ctx: RowContext,
  profile: RuleProfile,
): ScoredRow {
  const { name, target, actual, weight, recorded } = r;
  const detail = row.part === 'detail'; // a 其中 row: judged, not scored, no note asked
  // a 预算执行率 row with no rate of its own to meet (a dash, a 评分标准): its score follows from the rate, as the
  // budget block's does, and a rate below 100% is not reported as a missed target; one that sets 100% is an indicator
  const rateOnly = kind === 'rate' && target.kind !== 'equal' && target.kind !== 'atLeast';
  const missed =
    kind === 'judged'
      ? ctx.hasNote &&
        row.note !== undefined &&
        recorded !== null &&
        weight !== null &&
        recorded < weight - profile.scoreTolerance
      : rateOnly
        ? false
        : s.status === 'partial' ||
          s.status === 'failed' ||
          // on a table without 分值 a row to judge is not thereby missed
          (s.status === 'review' &&
            !ctx.table?.weightsUnknown &&
            (s.score === null || weight === null || s.score < weight)) ||
          (s.status === 'met' &&
            s.band !== undefined &&
            s.score !== null &&
            weight !== null &&
            s.score < weight - profile.scoreTolerance);
  const unreadableWithScore = s.status === 'unparsed' && recorded !== null && s.problem !== 'unit-mismatch';
  const noteRequired = !detail && (missed || s.overAchieved === true || unreadableWithScore);

  const result = indicatorResult(
    row,
    name,
    r.targetText,
    r.actualText,
    target,
    actual,
    weight,
    recorded,
    s,
    noteRequired,
  );
  // a note counts only when a person wrote one: not the tool's unfilled draft, a placeholder or boilerplate
  const noteText = cellText(row.note?.cell);
  const verdict: ExplanationVerdict =
    noteText === ''
      ? NO_NOTE
      : noteRequired
        ? judgeExplanation(noteText, { name, targetText: result.targetText, actualText: result.actualText })
        : WRITTEN;
  const noted = noteRequired && isExplanation(verdict);
  if (s.band) result.band = s.band;
  if (s.overAchieved) result.overAchieved = true;
  if (s.penalty !== undefined) result.penalty = s.penalty;
  if (noteRequired && !noted && !unreadableWithScore && kind !== 'judged')
    result.draft = noteDraft(target, actual, s, ctx.table?.year);
  return {
    row,
    name,
    kind,
    target,
    actual,
    weight,
    recorded,
    s,
    result,
    rateOnly,
    unreadableWithScore,
    noteRequired,
    noted,
    noteText,
    verdict,
  };
}

/**
 * Evaluates one row into `into` — parse, score, result, findings (rowFindings.ts) — and returns whether the recorded
 * score disagrees with the rule.
 */
function evaluateIndicator(
  row: IndicatorRow,
  profile: RuleProfile,
  out: Findings,
  into: IndicatorResult[],
  ctx: RowContext = SCORED,
  judged?: IndicatorRow[],
  group?: number,
): boolean {
  const r = readRow(row, ctx);
  const kind = kindOf(row, r, ctx, profile);
  const scored =
    group !== undefined && kind !== 'notApplicable'
      ? groupScore(r.weight, r.recorded, group)
      : scoreRow(kind, r.name, r.target, r.actual, r.weight, r.recorded, ctx, profile);
  // a 其中 row, or a row sharing the merged score of the row above: judged, not scored
  const s = row.part === 'detail' || row.part === 'shared' ? weightlessRow(scored, row.part) : scored;
  if (kind === 'judged') judged?.push(row);
  const facts = scoredRow(row, r, kind, s, ctx, profile);
  into.push(facts.result);
  return reportRow(facts, profile, out);
}

/**
 * The first rows of groups sharing one merged 分值/得分 (part 'shared' below them) where a row of the group is not met.
 * The group is one scored unit: all its rows met → its points in full, as for one indicator; otherwise no rule says
 * how one score splits over several targets (RULES §1 scores one target against its weight, §2 is silent), so the
 * group goes to review with its recorded score, as reviewers judge it — not a deduction the tool invents.
 */
function missedGroups(
  rows: IndicatorRow[],
  ctx: RowContext,
  profile: RuleProfile,
): Map<IndicatorRow, number> | undefined {
  let out: Map<IndicatorRow, number> | undefined;
  let head: IndicatorRow | undefined;
  let size = 1;
  let missed = false;
  const close = () => {
    if (head && missed) (out ??= new Map()).set(head, size);
  };
  for (const row of rows) {
    if (row.part !== 'shared') {
      close();
      head = row;
      size = 1;
      missed = false;
      continue;
    }
    size++;
    if (missed) continue;
    const r = readRow(row, ctx);
    // a row naming only a further line of the indicator (no target, no actual) has nothing to meet
    if (r.target.kind === 'blank' && r.actual.kind === 'blank') continue;
    const status = scoreRow(
      kindOf(row, r, ctx, profile),
      r.name,
      r.target,
      r.actual,
      r.weight,
      r.recorded,
      ctx,
      profile,
    ).status;
    if (status !== 'met' && status !== 'notApplicable') missed = true;
  }
  close();
  return out;
}

/** The first row of a group not all met: its recorded score taken, for the assessor to judge (see missedGroups). */
function groupScore(weight: number | null, recorded: number | null, rows: number): IndicatorScore {
  const s = judgedScore(weight, recorded);
  return {
    ...s,
    explanation: {
      kind: 'judged',
      recorded,
      weight: s.explanation.kind === 'judged' ? s.explanation.weight : weight,
      group: rows,
    },
  };
}

// ── budget ───────────────────────────────────────────────────────────────────────────────────────────────────

function num(slot: Slot | undefined): number | null {
  return slot ? parseNumberCell(slot.cell) : null;
}

/** The execution rate the table's own budget amounts give (no findings), for a 预算执行率 row. */
function amountRate(
  table: ScoredTable,
  profile: RuleProfile,
): { rate: number; executed: number; denominator: number } | null {
  const b = table.budget;
  if (!b) return null;
  const s = scoreBudget(
    {
      initial: num(b.total.initial),
      fullYear: num(b.total.fullYear),
      executed: num(b.total.executed),
      weight: null,
      recordedRate: null,
      recordedScore: null,
    },
    profile,
  );
  if (s.rate === null || s.executed === null || s.denominator === null) return null;
  const den = s[s.denominator];
  return den === null ? null : { rate: s.rate, executed: s.executed, denominator: den };
}

/**
 * Whether the budget block carries points of its own: its 分值 cell, or points a label or note gives it; where it
 * gives none, the profile's default applies — unless the table is unscored, a scorecard, scores 预算执行率 as one of
 * its weighted rows, or its indicators' printed weights already reach 100 (counting the default on top would add 10 to
 * a table of 100).
 */
function budgetCarriesPoints(table: ScoredTable, results: IndicatorResult[]): boolean {
  const b = table.budget;
  if (!b) return false;
  if ((b.weight && num(b.weight) !== null) || b.declaredWeight || (b.score && num(b.score) !== null)) return true;
  if (table.form) return false;
  let printed = 0;
  for (const r of results) {
    if (r.weight === null || r.weight <= 0) continue;
    if (namesExecutionRate(r)) return false;
    printed += r.weight;
  }
  // indicators already worth 100 between them (产出 40 / 效益 40 / 满意度 20): the block is there for its amounts only
  return printed < MAX_TOTAL - 1e-6;
}

function evaluateBudget(
  table: ScoredTable,
  profile: RuleProfile,
  out: Findings,
  results: IndicatorResult[] = [],
): { budget?: BudgetScore; disagrees: boolean } {
  const b = table.budget;
  if (!b && table.form === 'scorecard') return { disagrees: false }; // the form scores 预算执行率 as a row, if at all
  if (!b) {
    const topLeft = tableCorner(table);
    // a bare indicator grid that scores 预算执行率 as one of its rows: the rate is scored there, so this is a note
    const rateRow = table.indicators.find(namesExecutionRate);
    if (rateRow) out.add('info', 'budget-missing', topLeft, { kind: 'asIndicator', row: rateRow.row + 1 });
    else out.add('warning', 'budget-missing', topLeft, { kind: 'missing', parts: ['block'] });
    return { disagrees: false };
  }
  const budget = scoreBudget(
    {
      initial: num(b.total.initial),
      fullYear: num(b.total.fullYear),
      executed: num(b.total.executed),
      weight: num(b.weight) ?? b.declaredWeight?.points ?? null,
      recordedRate: b.rate ? parseRateCell(b.rate.cell) : null,
      recordedScore: num(b.score),
    },
    profile,
  );
  if (!budgetCarriesPoints(table, results)) {
    budget.weight = null;
    budget.score = null;
    if (budget.rate !== null && budget.executed !== null && budget.denominator !== null) {
      const den = budget[budget.denominator] ?? 0;
      budget.explanation = {
        kind: 'budgetNotScored',
        rate: budget.rate,
        executed: budget.executed,
        denominator: den,
        base: budget.denominator,
      };
    }
  }
  let disagrees = false;
  if (budget.rate === null) {
    const first = budget.missing[0];
    const slot =
      first === 'executed'
        ? b.total.executed
        : first === 'initial'
          ? b.total.initial
          : first === 'fullYear'
            ? b.total.fullYear
            : (b.total.fullYear ?? b.total.initial);
    const at = slot?.address ?? tableCorner(table);
    const parts = budget.missing.length ? budget.missing : [profile.budget.denominator];
    // an error value (#N/A, #REF!) is named as such, not as a missing figure
    const error = budget.missing.length && slot ? excelError(slot.cell) : null;
    const zero =
      budget.missing.length === 0 && budget.denominator !== null && budget[budget.denominator] === 0
        ? budget.denominator
        : null;
    if (error !== null) out.add('warning', 'budget-missing', at, { kind: 'cellError', part: budget.missing[0], error });
    else if (zero !== null)
      out.add('warning', 'budget-missing', at, { kind: 'zero', part: zero }); // printed 0, not blank
    else out.add('warning', 'budget-missing', at, { kind: 'missing', parts: [...parts] });
    return { budget, disagrees };
  }
  const rateAt = b.rate?.address ?? b.total.executed?.address ?? tableCorner(table);
  if (budget.recordedRate !== null && !ratesAgree(budget.recordedRate, budget.rate, profile)) {
    const denominator = budget.denominator === 'initial' ? 'initial' : 'fullYear';
    out.add('error', 'rate-mismatch', rateAt, { recorded: budget.recordedRate, expected: budget.rate, denominator });
    disagrees = true;
  }
  if (budget.overRate) out.add('warning', 'rate-over-100', rateAt, { rate: budget.rate });
  if (profile.executionNoteBelow !== undefined && budget.rate < profile.executionNoteBelow) {
    out.add('info', 'note-missing', rateAt, {
      kind: 'executionRate',
      rate: budget.rate,
      below: profile.executionNoteBelow,
    });
  }
  if (
    budget.recordedScore !== null &&
    budget.score !== null &&
    !scoresAgree(budget.recordedScore, budget.score, profile)
  ) {
    const at = b.score?.address ?? rateAt;
    out.add('error', 'budget-score-mismatch', at, {
      recorded: budget.recordedScore,
      expected: budget.score,
      explanation: budget.explanation,
    });
    disagrees = true;
  } else if (
    budget.recordedScore !== null &&
    budget.score !== null &&
    Math.abs(budget.recordedScore - budget.score) > profile.scoreTolerance + 1e-9
  ) {
    // accepted as the officer's rounding (8.62 → 9), and said so, as for an indicator row
    const at = b.score?.address ?? rateAt;
    out.add('info', 'budget-score-rounded', at, { recorded: budget.recordedScore, explanation: budget.explanation });
  }
  return { budget, disagrees };
}

/** The A1 address of the table's top-left cell ('A1' when the table has no range). */
function tableCorner(table: ScoredTable): string {
  return table.range ? a1(table.range.top, table.range.left) : 'A1';
}

// ── weights, total, grade ────────────────────────────────────────────────────────────────────────────────────

interface WeightGroup {
  key: string;
  slot?: Slot;
  label: string;
  points: number;
  sum: number;
  firstName?: string;
}

function checkWeights(
  table: ScoredTable,
  indicators: IndicatorResult[],
  budgetWeight: number | null,
  out: Findings,
): number {
  // a handful of 一级指标 per table: a short list searched in order beats a Map keyed by address
  let groups: WeightGroup[] | undefined;
  const rows = table.indicators;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row.level1Points === undefined || row.part === 'sum') continue;
    const key = row.level1Slot?.address ?? row.level1;
    let g: WeightGroup | undefined;
    if (groups === undefined) groups = [];
    else for (let j = 0; j < groups.length; j++) if (groups[j].key === key) g = groups[j];
    if (!g) {
      g = {
        key,
        slot: row.level1Slot,
        label: row.level1,
        points: row.level1Points,
        sum: 0,
        firstName: row.nameSlot?.address ?? row.score.address,
      };
      groups.push(g);
    }
    g.sum += indicators[i].weight ?? 0;
  }
  if (groups) {
    for (const g of groups) {
      if (Math.abs(g.sum - g.points) > 1e-6) {
        const at = g.slot?.address ?? g.firstName ?? 'A1';
        out.add('error', 'weights-level1', at, {
          kind: 'weights',
          level1: g.label,
          declared: g.points,
          sum: round(g.sum, 4),
        });
      }
    }
  }
  const declared = num(table.total?.weight) ?? 100;
  let sum = budgetWeight ?? 0;
  for (let i = 0; i < indicators.length; i++) if (rows[i]?.part !== 'sum') sum += indicators[i].weight ?? 0;
  if (indicators.length > 0 && Math.abs(sum - declared) > 1e-6) {
    const at = table.total?.weight?.address ?? tableCorner(table);
    // over 100 on the points the table prints (not a default budget weight, nor a block beside a 预算执行率 row) is an error
    const printedBudget = rows.some(namesExecutionRate) ? null : num(table.budget?.weight);
    const printed = sum - (budgetWeight ?? 0) + (printedBudget ?? 0);
    out.add(printed > MAX_TOTAL + 1e-6 ? 'error' : 'warning', 'weights-total', at, {
      kind: 'sum',
      expected: declared,
      sum: round(sum, 4),
    });
  }
  return declared;
}

/** The total by the rule, with what the table records for it (TotalOf feeds both the result and checkTotal). */
interface TotalOf {
  total: number;
  /** Points the profile's 执行率 cap took off, and that cap. */
  capApplied?: number;
  cap: number | null;
  /** The printed scores added up (the budget's and each row's), and the weight of 不适用 rows. */
  recordedSum: number;
  naWeight: number;
  /** Weighted rows with neither a computed nor a recorded score: their points are unknown, so is the total. */
  unscorable?: IndicatorResult[];
}

/**
 * The total arithmetic: computed scores, and where a row could not be scored, what the table records for it;
 * 不适用 weight rescaled to 100 where the profile says so; rounded; capped by the execution rate where it says so.
 */
function totalOf(
  table: ScoredTable,
  indicators: IndicatorResult[],
  budget: BudgetScore | undefined,
  declared: number,
  profile: RuleProfile,
): TotalOf {
  let sum = budget?.score ?? budget?.recordedScore ?? 0;
  let recordedSum = budget?.recordedScore ?? 0;
  let naWeight = 0;
  let unscorable: IndicatorResult[] | undefined;
  for (let i = 0; i < indicators.length; i++) {
    const r = indicators[i];
    if (table.indicators[i]?.part === 'sum') continue; // its numbered rows are counted
    if (r.status === 'notApplicable') {
      naWeight += r.weight !== null && r.weight > 0 ? r.weight : 0;
      continue;
    }
    if (r.score !== null) sum += r.score;
    else if (r.recorded !== null) sum += Math.max(0, r.weight !== null ? Math.min(r.recorded, r.weight) : r.recorded);
    else if (r.weight !== null && r.weight > 0) (unscorable ??= []).push(r);
    recordedSum += r.recorded ?? 0;
  }
  if (profile.notApplicable === 'rescaleTo100' && naWeight > 0 && declared - naWeight > 0)
    sum = (sum * declared) / (declared - naWeight);
  const total = round(sum, profile.rounding);
  const cap = totalCapFor(budget?.rate ?? null, profile);
  const base = { cap, recordedSum, naWeight, ...(unscorable ? { unscorable } : {}) };
  if (cap !== null && total > cap) return { total: cap, capApplied: round(total - cap, profile.rounding), ...base };
  return { total, ...base };
}

/**
 * The printed 总分 and 等级 against the rule: a total is accepted when it agrees, or when nothing else disagrees and it
 * is the sum of the printed scores; a grade when it is the total's, or the accepted printed total's. Returns whether
 * the printed total is accepted (the reviewer checks need it).
 */
function checkTotal(
  table: ScoredTable,
  result: TableResult,
  t: TotalOf,
  anyDisagrees: boolean,
  profile: RuleProfile,
  out: Findings,
): boolean {
  const { recordedTotal, recordedGrade } = result;
  const total = t.total;
  // above 100 the weights are wrong (total-over-100 and weights-total say so): no sum of 110 is put to the officer, neither
  // as the total the rule gives nor as the parts' sum (so the printed total is not taken as checked either)
  const overMax = overMaxTotal(total);
  let totalAccepted = !overMax;
  if (recordedTotal !== null && !overMax) {
    totalAccepted =
      scoresAgree(recordedTotal, total, profile) ||
      // the printed parts' sum is accepted only where it is the rule's total within the same tolerance: parts rounded
      // one by one (8.62 → 9 twice) add up to 98 where the rule's 97.24 rounds to 97 (RULES §2 Rounding)
      (!anyDisagrees &&
        !result.capApplied &&
        t.naWeight === 0 &&
        Math.abs(recordedTotal - t.recordedSum) <= profile.scoreTolerance + 1e-9 &&
        scoresAgree(t.recordedSum, total, profile));
    if (!totalAccepted) {
      const at = table.total?.score?.address ?? tableCorner(table);
      const p: FindingParams['total-mismatch'] = { recorded: recordedTotal, expected: total };
      // the printed scores' own sum, where it is not the rule's total, is what the officer added up: name it
      const printed = result.capApplied ? null : printedPartsSum(table, result, profile);
      if (printed !== null && !scoresAgree(printed, total, profile)) {
        p.parts = !scoresAgree(recordedTotal, printed, profile)
          ? { kind: 'partsDiffer', printed }
          : anyDisagrees
            ? { kind: 'wrongParts' }
            : { kind: 'roundedParts', rounded: round(total, 0) };
      }
      if (result.capApplied && t.cap !== null && result.budget?.rate != null)
        p.cap = { rate: result.budget.rate, cap: t.cap };
      out.add('error', 'total-mismatch', at, p);
    }
  }
  const head = num(table.headTotal);
  // a head total that repeats the 总分 row's number is judged with it: one finding, at the 总分 row
  const repeatsRow =
    head !== null && recordedTotal !== null && head === recordedTotal && table.total?.score !== undefined;
  if (head !== null && table.headTotal && !repeatsRow && !scoresAgree(head, total, profile)) {
    out.add('error', 'total-mismatch', table.headTotal.address, { recorded: head, expected: total });
  }
  if (recordedGrade !== null && result.grade !== null && recordedGrade !== result.grade) {
    const alsoFine = recordedTotal !== null && totalAccepted && gradeFor(recordedTotal, profile) === recordedGrade;
    if (!alsoFine) {
      const at = table.total?.grade?.address ?? tableCorner(table);
      out.add('error', 'grade-mismatch', at, { recorded: recordedGrade, expected: result.grade ?? '—', total });
    }
  }
  return totalAccepted;
}

/** Why rows could not be scored, counted by what is blank (null: a value that cannot be read or compared). */
function unscorableCounts(
  rows: IndicatorResult[],
): { blank: 'target' | 'actual' | 'targetAndActual' | null; rows: number }[] {
  const counts = new Map<'target' | 'actual' | 'targetAndActual' | null, number>();
  for (const r of rows) {
    const blank =
      r.targetText === '' && r.actualText === ''
        ? 'targetAndActual'
        : r.targetText === ''
          ? 'target'
          : r.actualText === ''
            ? 'actual'
            : null;
    counts.set(blank, (counts.get(blank) ?? 0) + 1);
  }
  return [...counts].map(([blank, n]) => ({ blank, rows: n }));
}

function evaluateScoredTable(table: ScoredTable, profile: RuleProfile, out: Findings): TableResult {
  const indicators: IndicatorResult[] = [];
  let anyDisagrees = false;
  const ctx: RowContext = table.form
    ? {
        form: table.form,
        hasCriteria: table.columns.criteria !== undefined,
        hasNote: table.columns.note !== undefined,
        amounts: undefined,
        table,
      }
    : { form: 'scored', hasCriteria: table.columns.criteria !== undefined, hasNote: true, amounts: undefined, table };
  const judged: IndicatorRow[] = [];
  const missed = missedGroups(table.indicators, ctx, profile);
  for (const row of table.indicators)
    if (evaluateIndicator(row, profile, out, indicators, ctx, judged, missed?.get(row))) anyDisagrees = true;
  if (judged.length) {
    out.add('info', 'indicator-review', judged[0].score.address, {
      kind: 'judgedRows',
      rows: judged.map((r) => r.row + 1),
    });
  }
  if (table.form === 'unscored') {
    const at = tableCorner(table);
    out.add('info', 'unscored-form', at, { title: table.title || table.name });
  }
  const { budget, disagrees: budgetDisagrees } = evaluateBudget(table, profile, out, indicators);
  const counts = { failed: 0, review: 0, overAchieved: 0, unparsed: 0 };
  for (let i = 0; i < indicators.length; i++) {
    const r = indicators[i];
    if (table.indicators[i]?.part === 'detail') continue; // a 其中 row: a detail of the indicator above, not one of its own
    if (r.status === 'failed' || r.status === 'partial') counts.failed++;
    else if (r.status === 'review') counts.review++;
    else if (r.status === 'unparsed') counts.unparsed++;
    if (r.overAchieved) counts.overAchieved++;
  }

  const recordedTotal = num(table.total?.score);
  const gradeText = cellText(table.total?.grade?.cell);
  const recordedGrade = gradeText === '' ? null : (normalizeGrade(gradeText, profile) ?? gradeText);
  const result: TableResult = {
    kind: table.kind,
    table,
    indicators,
    total: null,
    recordedTotal,
    grade: null,
    recordedGrade,
    counts,
  };
  if (budget) result.budget = budget as BudgetResult;

  if (indicators.length === 0) {
    const at = tableCorner(table);
    out.add('warning', 'table-incomplete', at, { reason: 'noIndicators', title: table.title || table.name });
    return result;
  }
  if (table.form === 'unscored') {
    result.counts.failed = indicators.filter((r) => r.status === 'failed').length;
    return result; // nothing scored: no weights, no total, no grade
  }
  // a table with 得分 but no 分值: the weights cannot be checked, the recorded scores can (reviewUnknownWeights)
  const declared = table.weightsUnknown
    ? (num(table.total?.weight) ?? MAX_TOTAL)
    : checkWeights(table, indicators, budget ? budget.weight : null, out);
  if (table.weightsUnknown) for (const r of reviewUnknownWeights(table, indicators)) out.review(r);
  const t = totalOf(table, indicators, budget, declared, profile);
  if (t.unscorable) {
    // a weighted row with neither a computed nor a recorded score: its points are unknown, so is the total
    const at = table.total?.score?.address ?? tableCorner(table);
    out.add('warning', 'table-incomplete', at, {
      reason: 'totalNotComputable',
      counts: unscorableCounts(t.unscorable),
      rows: t.unscorable.map((r) => r.row + 1),
    });
    for (const r of reviewTable(table, result, profile, true)) out.review(r);
    return result;
  }
  result.total = t.total;
  if (t.capApplied !== undefined) result.capApplied = t.capApplied;
  result.grade = overMaxTotal(t.total) ? null : gradeFor(t.total, profile); // above 100 the weights are wrong: not graded

  const totalAccepted = checkTotal(table, result, t, anyDisagrees || budgetDisagrees, profile, out);
  for (const r of reviewTable(table, result, profile, totalAccepted)) out.review(r);
  return result;
}

// ── 附件1 ────────────────────────────────────────────────────────────────────────────────────────────────────

function evaluateBasic(table: BasicData, profile: RuleProfile, out: Findings): BasicResult {
  const authorized = num(table.staffing.authorized);
  const actual = num(table.staffing.actual);
  const rateSlot = table.staffing.rate;
  const recorded = rateSlot ? parseRateCell(rateSlot.cell) : null;
  const staffingRate = authorized !== null && actual !== null && authorized > 0 ? actual / authorized : null;
  if (
    rateSlot &&
    authorized !== null &&
    actual !== null &&
    staffingRate !== null &&
    recorded !== null &&
    !ratesAgree(recorded, staffingRate, profile)
  ) {
    out.add('error', 'staffing-rate-mismatch', rateSlot.address, {
      recorded,
      expected: staffingRate,
      actual,
      authorized,
    });
  }
  return { kind: 'basic', table, staffingRate, recordedStaffingRate: recorded };
}

/** Evaluate every located table; results follow the tables' order, findings follow each table's rows. */
export function evaluateTables(tables: AnnexTable[], profile: RuleProfile): Evaluation {
  const results: AnyTableResult[] = [];
  const findings: Finding[] = [];
  for (const t of tables) {
    const out = new Findings(t);
    results.push(t.kind === 'basic' ? evaluateBasic(t, profile, out) : evaluateScoredTable(t, profile, out));
    for (const f of out.list) findings.push(f);
  }
  return { results, findings };
}
