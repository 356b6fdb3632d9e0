// A finding in English, for an officer whose Office is in English. The forms stay Chinese: their own terms are
// kept in 「」 with the English beside them where it helps (「年度指标值」 (annual target)), a cell's text is quoted
// in “” as written, and nothing else in a message is Chinese (test/i18n/findings.test.ts checks it).

import type {
  BudgetColumn,
  Finding,
  FindingOf,
  NoteState,
  RowPart,
  SumTerm,
  TotalConsequence,
} from '../../domain/findings';
import { ANNEX, COLUMN, GROUP, TOTAL_LABEL, yearColumn } from '../../domain/consistency/terms';
import { formatNumber, formatPercent, formatPoints, formatRatio, rowSpan } from '../../domain/format';
import { quote } from '../../domain/reviewChecks';
import { shortName } from '../../domain/cells';
import { clipEcho } from '../../domain/echo';
import { formatQuantity } from '../../domain/parser/describe';
import type { TableKind } from '../../domain/model';

type Render<C extends Finding['code']> = (f: FindingOf<C>, where: string) => string;

/** A form term or a name from the workbook, kept as written (a long one clipped, control characters dropped). */
const term = (s: string): string => `「${clipEcho(s)}」`;
/** A cell's text, quoted as written (a long one clipped, control characters dropped). */
const said = (s: string): string => `“${clipEcho(s)}”`;

/** An indicator's name as a message names it: 24 characters at most, never cut inside a character (shortName). */
function who(name: string): string {
  return term(shortName(name));
}

const pts = (n: number): string => `${formatPoints(n)} ${Math.abs(n) === 1 ? 'point' : 'points'}`;
const pct2 = (r: number): string => formatPercent(r, 2);
/** An amount in 万元 (10,000 yuan), as the forms print it. */
const wan = (n: number): string => formatNumber(n, 2);

const PART: Record<RowPart | 'targetAndActual', string> = {
  target: `${term('年度指标值')} (annual target)`,
  actual: `${term('实际完成值')} (actual value)`,
  weight: `${term('分值')} (weight)`,
  score: `${term('得分')} (score)`,
  targetAndActual: `${term('年度指标值')} (annual target) and ${term('实际完成值')} (actual value)`,
};

const BUDGET_PART: Record<BudgetColumn | 'block', string> = {
  initial: `${term(COLUMN.initial)} (budget at the start of the year)`,
  fullYear: `${term(COLUMN.fullYear)} (full-year budget)`,
  executed: `${term(COLUMN.executed)} (amount spent)`,
  block: 'the budget figures',
};

const KIND: Record<TableKind, string> = {
  basic: `${term(ANNEX.basic)} (basic data table)`,
  department: `${term(ANNEX.department)} (department self-evaluation)`,
  project: `${term(ANNEX.project)} (project self-evaluation)`,
};

const ROLE: Record<string, string> = {
  name: '三级指标',
  target: '年度指标值',
  actual: '实际完成值',
  weight: '分值',
  score: '得分',
};

const NOTE_COLUMN = term('偏差原因分析及改进措施');

/** What the note cell holds, after a missing-note sentence. */
function noteState(v: NoteState, blank: string): string {
  switch (v.kind) {
    case 'noColumn':
      return 'The table has no deviation column: explain it in the self-evaluation report.';
    case 'draft':
      return `The drafted note is not filled in yet (${v.blanks.map((b) => (b === 'reason' ? 'reason' : 'measures')).join(' and ')} blank).`;
    case 'placeholder':
      return `It only says ${said(quote(v.text))}, which is not an explanation.`;
    case 'boilerplate':
      return `It only says ${said(quote(v.text))}, which gives no reason.`;
    case 'numbersOnly':
      return `It only repeats the figures (${said(quote(v.text))}) and gives no reason.`;
    default:
      return blank;
  }
}

function terms(parts: SumTerm[]): string {
  return parts.map((p) => `${term(p.label)} ${p.amount === null ? '(blank)' : wan(p.amount)}`).join(' + ');
}

function consequence(c: TotalConsequence | undefined): string {
  if (c === undefined) return '';
  const fill = ` Fill in ${term(TOTAL_LABEL)} first.`;
  if (c === 'zeroRate') return ` The execution rate and its score are therefore computed as 0.${fill}`;
  if (c === 'noRate') return ` The execution rate and its score therefore cannot be computed.${fill}`;
  if (c === 'noRateBudget') return ` The execution rate therefore cannot be computed.${fill}`;
  return ` The execution rate is therefore computed from ${term(COLUMN[c.otherBudget])} instead.${fill}`;
}

const CHECK: Record<string, string> = {
  sanGongSum: `${term('三公经费')} = ${term('公务用车购置和维护经费')} + ${term('出国经费')} + ${term('公务接待')}`,
  carSum: `${term('公务用车购置和维护经费')} = ${term('公车购置')} + ${term('公车运行维护')}`,
  publicFundsSum: `${term('公用经费')} = ${term('办公经费')} + ${term('水费、电费、差旅费')} + ${term('会议费、培训费')}`,
  execution: `each ${term(ANNEX.basic)} line's final accounts against its budget`,
  budgetParts: `${term(TOTAL_LABEL)} = the sum of its parts`,
  inlineIncome: `the ${term(GROUP.income)} parts = ${term(COLUMN.fullYear)}`,
  inlineExpense: `the ${term(GROUP.expense)} parts = ${term(COLUMN.fullYear)}`,
  budgetExecution: `${term(COLUMN.executed)}, ${term(COLUMN.fullYear)} and ${term(COLUMN.initial)}`,
  budgetBlock: 'the budget block',
  projectVsBasic: `${term(ANNEX.department)}'s project spending against ${term(ANNEX.basic)}'s project budget`,
  projectsVsDepartment: `the sum of the ${term(ANNEX.project)} budgets against ${term(ANNEX.department)}'s project spending`,
  executedVsBasic: `${term(ANNEX.department)}'s project spending against ${term(ANNEX.basic)}'s final accounts`,
  executedProjectsVsDepartment: `the sum of the ${term(ANNEX.project)} amounts spent against ${term(ANNEX.department)}'s`,
  crossAnnex: 'the annexes against each other',
};

/** The row's target and actual as the form says them. */
const figures = (p: { targetText: string; actualText: string }): string =>
  `actual ${said(p.actualText)}, target ${said(p.targetText)}`;

const RENDER: { [C in Finding['code']]: Render<C> } = {
  'indicator-failed': ({ params: p }, w) => {
    const scored =
      p.score !== null && p.weight !== null
        ? `: ${figures(p)}, ${formatPoints(p.score)} of ${pts(p.weight)}`
        : `: ${figures(p)}`;
    const rounded = p.rounded === undefined ? '' : `; the recorded ${pts(p.rounded)} is accepted as rounding`;
    return `${w} ${who(p.name)} did not meet its annual target${scored}${rounded}.`;
  },
  'indicator-review': ({ params: p }, w) =>
    p.kind === 'row'
      ? `${w} ${who(p.name)} needs a person's judgement: ${figures(p)}.`
      : `${w}: ${p.rows.length} ${p.rows.length === 1 ? 'indicator is' : 'indicators are'} scored against their scoring criteria (${p.rows.length === 1 ? 'row' : 'rows'} ${rowSpan(p.rows, ', ')}); the recorded scores were used. Please check them.`,
  'over-achievement-deduction': ({ params: p }, w) =>
    `${w} ${who(p.name)} met its target but exceeded it by too much; the selected regional rules deduct ${p.penalty === null ? 'points' : pts(p.penalty)}.`,
  'score-above-weight': ({ params: p }, w) =>
    `${w} ${who(p.name)} scores ${pts(p.recorded)}, more than its weight of ${pts(p.weight)}.`,
  'score-mismatch': ({ params: p }, w) =>
    p.kind === 'rule'
      ? `${w} ${who(p.name)} scores ${pts(p.recorded)}; by the rules it should be ${pts(p.expected)}.`
      : `${w} ${who(p.name)} scores ${pts(p.recorded)}, outside the ${formatPoints(p.low)}–${pts(p.high)}${p.highExcluded ? ` (${formatPoints(p.high)} excluded)` : ''} the rules allow; judge it and enter a score in that range (the lower end is used for now).`,
  'met-below-full': ({ params: p }, w) =>
    p.kind === 'band'
      ? `${w} ${who(p.name)} was achieved, which scores 80%–100% of its weight; the table records ${pts(p.recorded)}, below that band.`
      : `${w} ${who(p.name)} met its target and should score the full ${pts(p.weight)}; the table records ${pts(p.recorded)}.`,
  'note-missing': ({ params: p }, w) => {
    if (p.kind === 'executionRate')
      return `${w}: The execution rate is ${pct2(p.rate)}, below ${pct2(p.below)}: explain why.`;
    const state = noteState(p.note, 'It is blank.');
    return p.kind === 'unscored'
      ? `${w} ${who(p.name)} did not meet its annual target: explain why and what will be done in ${NOTE_COLUMN}. ${state}`
      : `${w} ${who(p.name)} scores ${formatPoints(p.score)} of ${pts(p.weight)}: explain why and what will be done in ${NOTE_COLUMN}. ${state}`;
  },
  'over-achievement-note': ({ params: p }, w) =>
    `${w} ${who(p.name)} achieved ${formatRatio(p.ratio)} of its target (${figures(p)}), at least ${pct2(p.threshold)}: explain why. ${noteState(p.note, 'No explanation yet.')}`,
  'note-contradicts-score': ({ params: p }, w) =>
    p.kind === 'saysCompleted'
      ? `${w} ${who(p.name)} scores ${formatPoints(p.score)} of ${pts(p.weight)} and missed its target, yet the note says ${said(quote(p.note))}; explain why it was missed and what will be done.`
      : `${w} ${who(p.name)} scores the full ${pts(p.weight)}, yet the note says it was not completed (${said(quote(p.note))}); check the score or explain.`,
  'actual-repeats-comparator': ({ params: p }, w) =>
    `${w} ${who(p.name)}: the actual value ${said(p.text)} copies the target's comparison sign; enter the value measured.`,
  'actual-not-measured': ({ params: p }, w) =>
    `${w} ${who(p.name)}: the actual value only says ${said(p.text)} against a target of ${said(p.target)}, so it cannot be checked; enter the measured value.`,
  'blank-with-score': ({ params: p }, w) =>
    `${w} ${who(p.name)}: ${PART[p.blank]} ${p.blank === 'targetAndActual' ? 'are' : 'is'} blank, yet a score of ${pts(p.recorded)} is filled in.`,
  'unparsed-value': ({ params: p }, w) => {
    switch (p.reason) {
      case 'blank':
        return `${w} ${who(p.name)}: ${PART[p.blank]} ${p.blank === 'targetAndActual' ? 'are' : 'is'} blank, so it cannot be scored.`;
      case 'unreadable':
        return `${w} ${who(p.name)}: ${PART[p.part]} ${said(p.text)} cannot be read and is not scored; write a number with its unit (e.g. “≥95%”, “48亿元”, “5个工作日内”).`;
      case 'cellError':
        return `${w} ${who(p.name)}: ${PART[p.part]} holds the error value ${p.error} (a formula or reference error), so it cannot be scored; correct the cell.`;
      case 'noWeight':
        return `${w} ${who(p.name)}: ${PART.weight} is blank, so it cannot be scored.`;
      case 'judgedNoScore':
        return `${w} ${who(p.name)} is scored against its scoring criteria, but no score is filled in.`;
    }
  },
  'unit-mismatch': ({ params: p }, w) =>
    `${w} ${who(p.name)}: the actual value ${said(p.actualText)} and the target ${said(p.targetText)} have different units and cannot be compared.`,
  'target-placeholder': ({ params: p }, w) =>
    `${w} ${term(quote(p.name, 24))}: the annual target ${said(quote(p.text))} is a placeholder; enter a concrete target (e.g. “≥95%”, “48亿元”).`,
  'cost-at-least': ({ params: p }, w) =>
    `${w} ${term(quote(p.name, 24))} is a cost indicator, but its target is written ${said(quote(p.text))}: a cost needs an upper limit; write ${said(`≤${formatQuantity(p.bound)}`)}.`,
  'rate-target-over-100': ({ params: p }, w) =>
    `${w} ${term(quote(p.name, 24))}: the target ${said(quote(p.text))} is above 100%, which this rate cannot exceed; check it.`,
  'deadline-after-year': ({ params: p }, w) =>
    `${w} ${term(quote(p.name, 24))}: the deadline ${said(quote(p.text))} is after ${p.year}, the year evaluated; an annual target should be met within the year (explain if the project spans years).`,
  'dimension-missing': ({ params: p }, w) =>
    `${w}: The table has no ${p.missing.map((m) => (m === 'benefit' ? `${term('效益指标')} (benefit)` : `${term('满意度指标')} (satisfaction)`)).join(' or ')} indicator; add one if the form requires it.`,
  'parts-total-mismatch': ({ params: p }, w) =>
    `${w}: The total is entered as ${pts(p.recorded)}, but the scores in the table add up to ${pts(p.sum)}.`,
  'total-over-100': ({ params: p }, w) =>
    `${w}: The scores add up to ${pts(p.total)}, more than 100: the weights are wrong (check the budget and indicator weights); no grade is given.`,
  'weights-level1': ({ params: p }, w) =>
    p.kind === 'weights'
      ? `${w}: ${term(p.level1)} declares ${pts(p.declared)}, but the weights of its indicators add up to ${pts(p.sum)}.`
      : `${w}: ${term(p.level1)} is worth ${pts(p.declared)}, but the scores of its indicators add up to ${pts(p.sum)}, more than that.`,
  'weights-total': ({ params: p }, w) =>
    p.kind === 'unknown'
      ? `${w}: ${p.title ? term(p.title) : 'This table'} has a score column but no weight column, so the weights are unknown: each indicator's outcome, the scores against the total and the total against the grade were checked, not each score against its weight; add a weight column to have each score checked.`
      : `${w}: The budget and indicator weights add up to ${pts(p.sum)}; they should add up to ${pts(p.expected)}.`,
  'rate-mismatch': ({ params: p }, w) =>
    `${w}: The execution rate is entered as ${pct2(p.recorded)}; ${term(COLUMN.executed)} ÷ ${term(COLUMN[p.denominator])} gives ${pct2(p.expected)}.`,
  'rate-over-100': ({ params: p }, w) =>
    `${w}: The execution rate is ${pct2(p.rate)}, above 100%: check the full-year budget and the amount spent; it is scored as 100%.`,
  'budget-score-mismatch': ({ params: p }, w) =>
    `${w}: The budget execution score is ${pts(p.recorded)}; by the rules it should be ${pts(p.expected)}.`,
  'budget-missing': ({ params: p }, w) => {
    if (p.kind === 'asIndicator')
      return `${w}: The table has no budget figures; the execution rate is scored by the indicator in row ${p.row}. Put a budget block above the indicators to have the rate checked.`;
    if (p.kind === 'zero')
      return `${w}: ${BUDGET_PART[p.part]} is 0, so the execution rate and its score cannot be computed.`;
    if (p.kind === 'cellError')
      return `${w}: ${BUDGET_PART[p.part]} holds the error value ${p.error} (a formula or reference error), so the execution rate cannot be computed; correct the cell.`;
    if (p.parts[0] === 'block')
      return `${w}: No budget figures were found, so the execution rate and its score cannot be computed.`;
    return `${w}: ${p.parts.map((m) => BUDGET_PART[m]).join(' and ')} ${p.parts.length > 1 ? 'are' : 'is'} missing, so the execution rate and its score cannot be computed.`;
  },
  'total-mismatch': ({ params: p }, w) => {
    const parts = p.parts;
    const head =
      parts === undefined
        ? `${w}: The total is ${pts(p.recorded)}; the scores add up to ${pts(p.expected)}.`
        : parts.kind === 'partsDiffer'
          ? `${w}: The total is ${pts(p.recorded)} and the table's scores add up to ${pts(parts.printed)}; scored by the rules they add up to ${pts(p.expected)}.`
          : parts.kind === 'wrongParts'
            ? `${w}: The total of ${pts(p.recorded)} adds up the table's scores, but scored by the rules they add up to ${pts(p.expected)} (see the score findings above).`
            : `${w}: The total of ${pts(p.recorded)} adds up scores each rounded first; round after adding: the rules give ${pts(p.expected)}, so the total rounds to ${pts(parts.rounded)}.`;
    return (
      head + (p.cap ? ` With an execution rate of ${pct2(p.cap.rate)} the total is at most ${pts(p.cap.cap)}.` : '')
    );
  },
  'budget-score-rounded': ({ params: p }, w) =>
    `${w}: The budget execution score of ${pts(p.recorded)} is taken as the rule's score rounded (the rule gives a fraction of a point more or less); not an error.`,
  'grade-mismatch': ({ params: p }, w) =>
    `${w}: The grade is ${said(p.recorded)}; a total of ${pts(p.total)} is graded ${said(p.expected)}.`,
  'staffing-rate-mismatch': ({ params: p }, w) =>
    `${w}: The staffing rate is entered as ${pct2(p.recorded)}; ${formatNumber(p.actual, 2)} staff ÷ ${formatNumber(p.authorized, 2)} posts gives ${pct2(p.expected)}.`,
  'unscored-form': ({ params: p }, w) =>
    `${w}: ${p.title ? term(p.title) : 'This table'} is a target self-evaluation without weights or scores: its execution rate and targets were checked; nothing is scored or graded.`,
  'table-incomplete': ({ params: p }, w) => {
    const table = (kind: TableKind, name: string) => (name ? `${KIND[kind]} ${term(name)}` : KIND[kind]);
    switch (p.reason) {
      case 'missingColumns':
        return `${w}: found the indicator header of ${KIND[p.kind]}, but the ${p.missing.map((m) => term(ROLE[m] ?? m)).join(', ')} column is missing, so the table cannot be checked.`;
      case 'noIndicatorRows':
        return `${w}: ${table(p.kind, p.name)} has no indicator rows under its header.`;
      case 'noTotalRow':
        return `${w}: ${table(p.kind, p.name)} has no ${term('总分')} (total) row below its indicators, so the total cannot be checked.`;
      case 'titleWithoutHeader':
        return `${w}: found the title ${term(p.title)}, but no indicator header below it; the table was not recognised.`;
      case 'basicTitleWithoutContent':
        return `${w}: found the title ${term(p.title)}, but no ${term('财政供养人员情况')} or ${term('经费控制情况（万元）')} part below it; the table was not recognised.`;
      case 'basicMissingStaffing':
        return `${w}: ${KIND.basic} has no ${term('财政供养人员情况')} (staffing) part, so the staffing rate cannot be checked.`;
      case 'basicMissingStaffingValues':
        return `${w}: the ${term('财政供养人员情况')} part of ${KIND.basic} has no ${term('编制数')} (posts) and ${term('实际在职人数')} (staff) headers, so the staffing rate cannot be checked.`;
      case 'basicMissingMoney':
        return `${w}: ${KIND.basic} has no ${term('经费控制情况（万元）')} (spending) part with year columns, so its amounts cannot be checked.`;
      case 'basicMissingYears':
        return `${w}: the ${term('经费控制情况')} row has no year columns (such as ${term('2023年决算数')}), so the amounts cannot be read.`;
      case 'blankTemplate':
        return `${w}: ${term(p.title)} is a blank form (no indicators, no budget figures) and was skipped; fill it in to have it checked.`;
      case 'noIndicators':
        return `${w}: Found ${term(p.title)}, but no indicator rows in it; it was not scored.`;
      case 'totalNotComputable':
        return `${w}: The total cannot be computed: ${p.counts
          .map(
            (c) =>
              `${c.rows} indicator${c.rows === 1 ? '' : 's'} ${c.blank === null ? 'unreadable or not comparable' : `with ${PART[c.blank]} blank`}`,
          )
          .join(
            ', ',
          )} (row${p.rows.length === 1 ? '' : 's'} ${p.rows.join(', ')}), so they cannot be scored and no grade is given.`;
    }
  },
  'formula-not-computed': ({ params: p }, w) =>
    `${w}: ${p.count} formula${p.count === 1 ? ' has' : 's have'} no computed result (${p.cells.join(', ')}${p.count > p.cells.length ? ', …' : ''}) and ${p.count === 1 ? 'is' : 'are'} read as blank, which may explain the blanks reported. The file was probably written by another program and never saved in Excel: open it in Excel or WPS, save it, and check again.`,
  'no-tables': (_f, w) =>
    `${w}: no ${term(ANNEX.basic)}, ${term(ANNEX.department)} or ${term(ANNEX.project)} table was found in the workbook. Annexes 2 and 3 need the indicator header (${term('一级指标')} … ${term('得分')}); Annex 1 needs ${term('财政供养人员情况')} and ${term('经费控制情况（万元）')}.`,
  'cell-conflict': ({ params: p }, w) =>
    p.formula !== undefined
      ? `${w} holds the formula ${said(p.formula)} (result ${said(p.current)}); by the rules it should be ${said(p.expected)}. The formula is kept; tick it to replace it.`
      : `${w} holds ${said(p.current)} (entered by hand); by the rules it should be ${said(p.expected)}. The value is kept; tick it to replace it.`,
  'merged-cell': ({ params: p }, w) => {
    const items = p.items.map((i) => {
      const v = i.value;
      const points = typeof v === 'number' ? pts(v) : said(String(v));
      switch (i.kind) {
        case 'rate':
          return `the execution rate ${typeof v === 'number' ? pct2(v) : said(String(v))}`;
        case 'budgetScore':
          return `the budget score ${points}`;
        case 'score':
          return `the score of ${who(i.name ?? '')} ${points}`;
        case 'total':
          return `the total ${points}`;
        case 'grade':
          return `the grade ${said(String(v))}`;
        case 'note':
          return `the deviation note of ${who(i.name ?? '')}`;
      }
    });
    const list = items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}` : items[0];
    return `${w}: this merged cell would have to hold ${list}; nothing was written. Unmerge it so that each has a cell of its own, then recalculate.`;
  },
  'sum-mismatch': ({ params: p }) => {
    const unit = ' (amounts in 10,000 yuan)';
    if (p.kind === 'blankTotal') {
      return `${term(p.what)} in ${term(p.column)} is blank, but its parts ${terms(p.terms)} add up to ${wan(p.sum)}: it should be ${p.complete ? '' : 'at least '}${wan(p.sum)}${unit}.${consequence(p.consequence)}`;
    }
    const what = p.kind === 'parts' ? p.what : TOTAL_LABEL;
    const column = p.kind === 'parts' ? p.column : COLUMN.fullYear;
    if (p.total === 0) {
      return `${term(what)} in ${term(column)} is 0, but its parts ${terms(p.terms)} add up to ${wan(p.sum)}: it should be ${wan(p.sum)}${unit}.${p.kind === 'parts' ? consequence(p.consequence) : ''}`;
    }
    const diff = wan(Math.abs(p.sum - p.total));
    if (p.kind === 'inline') {
      return p.complete
        ? `The ${term(GROUP[p.group])} parts ${terms(p.terms)} add up to ${wan(p.sum)}, not the ${term(COLUMN.fullYear)} of ${wan(p.total)}: ${diff} apart${unit}.`
        : `The ${term(GROUP[p.group])} parts filled in ${terms(p.terms)} already add up to ${wan(p.sum)}, ${diff} above the ${term(COLUMN.fullYear)} of ${wan(p.total)}${unit}.`;
    }
    return p.complete
      ? `${term(what)} in ${term(column)} is ${wan(p.total)}, but ${terms(p.terms)} = ${wan(p.sum)}: ${diff} apart${unit}.${consequence(p.consequence)}`
      : `${term(what)} in ${term(column)} is ${wan(p.total)}, but the parts filled in ${terms(p.terms)} already add up to ${wan(p.sum)}, ${diff} above it${unit}.${consequence(p.consequence)}`;
  },
  overrun: ({ params: p }) =>
    p.kind === 'line'
      ? `${term(p.line)} ${p.year}: final accounts ${wan(p.final)} exceed the budget of ${wan(p.budget)} by ${wan(p.final - p.budget)} (+${formatRatio((p.final - p.budget) / p.budget)}; 10,000 yuan).`
      : `${term(TOTAL_LABEL)}: ${term(COLUMN.executed)} ${wan(p.executed)} exceeds ${term(COLUMN.fullYear)} ${wan(p.fullYear)} by ${wan(p.executed - p.fullYear)} (execution rate ${p.fullYear > 0 ? formatRatio(p.executed / p.fullYear) : 'not computable'}; 10,000 yuan).`,
  'unbudgeted-spending': ({ params: p }) =>
    `${term(p.line)} ${p.year}: budgeted at 0, yet ${wan(p.final)} was spent (10,000 yuan): spending without a budget.`,
  underspent: ({ params: p }) =>
    `${term(p.line)} ${p.year}: final accounts ${wan(p.final)} are only ${formatRatio(p.final / p.budget)} of the budget of ${wan(p.budget)} (below ${formatRatio(p.threshold)}; 10,000 yuan); check and explain the gap between budget and spending.`,
  'budget-adjusted': ({ params: p }) =>
    `${term(COLUMN.fullYear)} ${wan(p.fullYear)} differs from ${term(COLUMN.initial)} ${wan(p.initial)} (${p.fullYear < p.initial ? 'cut' : 'raised'} by ${wan(Math.abs(p.fullYear - p.initial))}; 10,000 yuan): the budget was adjusted; explain why and on what authority in the self-evaluation report.`,
  'budget-cut-to-spent': ({ params: p }) =>
    `${term(COLUMN.fullYear)} was cut from ${wan(p.initial)} to ${wan(p.fullYear)}, exactly the amount spent (${wan(p.executed)}; 10,000 yuan): a budget cut to the spending shows a 100% execution rate; check that the adjustment was approved.`,
  'cross-annex-mismatch': ({ params: p }) => {
    if (p.kind === 'projectVsBasic') {
      const basic = p.basicParts ? `the sum of the project spending lines` : `project spending`;
      return `${term(ANNEX.department)}'s project spending${p.column ? ` (${term(COLUMN[p.column])})` : ''} is ${wan(p.department)}, but ${term(ANNEX.basic)} (${term(p.basicCell)}) gives ${basic} in ${term(yearColumn(p.year, p.basicColumn))} as ${wan(p.basic)}: they should agree, ${wan(Math.abs(p.department - p.basic))} apart (10,000 yuan).`;
    }
    const projects = p.projects
      .map((b) => `${term(b.name || '未命名项目')} (${term(b.cell)}) ${wan(b.amount)}`)
      .join(' + ');
    const total =
      p.departmentTotal === undefined
        ? ''
        : ` The ${term(ANNEX.project)} sum equals ${term(ANNEX.department)}'s whole ${term(TOTAL_LABEL)} (${wan(p.departmentTotal)}): ${term(ANNEX.project)} may list all the department's funds, not only project spending.`;
    return `The ${p.projects.length} ${term(ANNEX.project)} ${p.projects.length === 1 ? 'table gives' : 'tables give'} ${term(COLUMN[p.column])} ${wan(p.sum)} (${projects}), but ${term(ANNEX.department)}'s project spending is ${wan(p.department)}: ${wan(Math.abs(p.sum - p.department))} apart (10,000 yuan).${total}`;
  },
  'name-mismatch': ({ params: p }) =>
    `${term(ANNEX[p.annex])} names the unit ${said(p.found)}, but ${term(ANNEX[p.referenceAnnex])} names the department ${said(p.reference)}.`,
  'year-mismatch': ({ params: p }) =>
    p.kind === 'basicColumns'
      ? `${term(ANNEX.basic)} is titled ${p.year}, but none of its amount columns (${p.columns.map(term).join(', ')}) is a ${p.year} budget or final account.`
      : `${term(ANNEX[p.annex])}'s title says ${p.found}, but ${p.referenceAnnex === null ? 'the other annexes say' : `${term(ANNEX[p.referenceAnnex])} says`} ${p.reference}.`,
  'check-skipped': ({ params: p }) => {
    if (p.kind === 'because') {
      const r = p.reason;
      const reason =
        r.kind === 'noYearPair'
          ? 'there is no budget column and final-accounts column of the same year'
          : r.kind === 'noBudgetBlock'
            ? `the table has no budget block (${term(TOTAL_LABEL)})`
            : r.kind === 'adjusted'
              ? `${term(ANNEX.department)}'s ${term(COLUMN.fullYear)} ${wan(r.fullYear)} was adjusted from ${wan(r.initial)} at the start of the year, while ${term(ANNEX.basic)}'s budget is the start-of-year figure, so the two cannot be compared`
              : r.kind === 'severalDepartments'
                ? `the workbook has ${r.count} ${term(ANNEX.department)} tables; the checks across annexes need one department per workbook`
                : `${term(ANNEX.department)} gives no amount for project spending`;
      return `Could not check ${CHECK[p.check]}: ${reason}.`;
    }
    const items = p.items.map((g) =>
      !g.cell
        ? `${term(g.what)} (no such line)`
        : g.text !== undefined
          ? `${term(g.what)} (${term(g.cell)}) ${said(g.text)} is not an amount`
          : `${term(g.what)} (${term(g.cell)}) is blank`,
    );
    const shown = items.slice(0, 4).join('; ') + (items.length > 4 ? `; ${items.length} in all` : '');
    return `Could not check ${p.checks.map((c) => CHECK[c]).join('; ')}: ${shown}.`;
  },
};

/** The finding's sentence in English (before clipping: see renderFinding). */
export function renderEn(f: Finding): string {
  return (RENDER[f.code] as Render<Finding['code']>)(f, `${f.sheet}!${f.cell}`);
}

/** Codes with an English template (every FindingCode: the RENDER table is checked against the type). */
export const EN_CODES = Object.keys(RENDER) as Finding['code'][];
