// A finding in zh-CN: what was expected, what was found and where (「附件3!H19「个贷率」未达到年度指标值：…」).
// One template per code (per kind where a code is said in several ways); numbers are formatted here.

import type { Finding, FindingOf, NoteState, SumTerm, TotalConsequence } from '../../domain/findings';
import { ANNEX, COLUMN, GROUP, LINE, TOTAL_LABEL, yearColumn } from '../../domain/consistency/terms';
import { actualText, formatNumber, formatPercent, formatPoints, formatRatio, rowSpan } from '../../domain/format';
import { describeTarget, formatQuantity } from '../../domain/parser/describe';
import { quote } from '../../domain/reviewChecks';
import { shortName } from '../../domain/cells';
import type { Target } from '../../domain/types';
import { consistencyText as C } from '../zh-CN/consistency';
import { formsText as X } from '../zh-CN/forms';
import { locateText as L } from '../zh-CN/locate';
import { findingText as F } from '../zh-CN/scoring';
import { zhFormWording } from '../zh-CN/formWording';
import { explainZh } from '../explain';

const P = zhFormWording.plan;

type Render<C extends Finding['code']> = (f: FindingOf<C>, where: string) => string;

/** An indicator's name as a message names it: 24 characters at most, never cut inside a character (shortName). */
const who = (name: string): string => shortName(name);

/** 万元 for a message: two decimals at most, trailing zeros dropped (5506.50 → 5506.5, 18.00 → 18). */
const amount = (n: number): string => formatNumber(n, 2);
const pct2 = (r: number): string => formatPercent(r, 2);

const WHAT = {
  target: F.what.target,
  actual: F.what.actual,
  weight: F.what.weight,
  score: F.what.score,
  targetAndActual: F.what.targetAndActual,
};
const BUDGET_PART = F.budgetParts;

/** The end of a missing-note message for what the note cell holds; undefined for a blank cell (the message's own). */
function noteState(v: NoteState): string | undefined {
  switch (v.kind) {
    case 'noColumn':
      return F.noteState.noColumn;
    case 'draft':
      return F.noteState.draft(v.blanks.map((b) => F.noteState.blanks[b]).join('、'));
    case 'placeholder':
      return F.noteState.placeholder(quote(v.text));
    case 'boilerplate':
      return F.noteState.boilerplate(quote(v.text));
    case 'numbersOnly':
      return F.noteState.numbersOnly(quote(v.text));
    default:
      return undefined;
  }
}

/** The quantity a higher-is-better target asks for ('23亿元' of ≥23亿元). */
function askedFor(t: Target): string {
  if (t.kind === 'atLeast' || t.kind === 'moreThan') return formatQuantity(t.bound);
  if (t.kind === 'equal') return formatQuantity(t.value);
  return describeTarget(t);
}

/** 'A11 + B（未填） + C7'. */
function terms(parts: SumTerm[]): string {
  return C.joinTerms(parts.map((p) => (p.amount !== null ? C.term(p.label, amount(p.amount)) : C.blankTerm(p.label))));
}

function consequence(c: TotalConsequence | undefined): string {
  if (c === undefined) return '';
  return typeof c === 'string' ? C.totalConsequence[c] : C.totalConsequence.otherBudget(COLUMN[c.otherBudget]);
}

const CHECK = C.check;

const RENDER: { [C in Finding['code']]: Render<C> } = {
  'indicator-failed': ({ params: p }, w) =>
    F.failed(
      w,
      who(p.name),
      explainZh(p.explanation) + (p.rounded === undefined ? '' : F.roundingAccepted(formatPoints(p.rounded))),
    ),
  'indicator-review': ({ params: p }, w) =>
    p.kind === 'row'
      ? F.review(w, who(p.name), explainZh(p.explanation))
      : X.judgedRows(w, String(p.rows.length), rowSpan(p.rows, '、')),
  'over-achievement-deduction': ({ params: p }, w) => F.deducted(w, who(p.name), explainZh(p.explanation)),
  'score-above-weight': ({ params: p }, w) =>
    F.aboveWeight(w, who(p.name), formatPoints(p.recorded), formatPoints(p.weight)),
  'score-mismatch': ({ params: p }, w) => {
    if (p.kind === 'rule')
      return F.scoreMismatch(
        w,
        who(p.name),
        formatPoints(p.recorded),
        formatPoints(p.expected),
        explainZh(p.explanation),
      );
    const band = `${formatPoints(p.low)}–${formatPoints(p.high)}分${p.highExcluded ? `（不含${formatPoints(p.high)}分）` : ''}`;
    return F.reviewOutside(w, who(p.name), formatPoints(p.recorded), band);
  },
  'met-below-full': ({ params: p }, w) =>
    p.kind === 'band'
      ? F.metBelowBand(w, who(p.name), formatPoints(p.recorded), explainZh(p.explanation))
      : F.metBelowFull(w, who(p.name), formatPoints(p.recorded), formatPoints(p.weight), explainZh(p.explanation)),
  'note-missing': ({ params: p }, w) => {
    if (p.kind === 'executionRate') return F.executionNote(w, pct2(p.rate), pct2(p.below));
    const state = noteState(p.note);
    return p.kind === 'unscored'
      ? F.noteMissingUnscored(w, who(p.name), state)
      : F.noteMissing(w, who(p.name), formatPoints(p.score), formatPoints(p.weight), state);
  },
  'over-achievement-note': ({ params: p }, w) =>
    F.overAchievementNote(
      w,
      who(p.name),
      actualText(p.actual),
      askedFor(p.target),
      formatRatio(p.ratio),
      pct2(p.threshold),
      noteState(p.note),
    ),
  'note-contradicts-score': ({ params: p }, w) =>
    p.kind === 'saysCompleted'
      ? F.noteSaysCompleted(w, who(p.name), formatPoints(p.score), formatPoints(p.weight), quote(p.note))
      : F.noteSaysNotMet(w, who(p.name), formatPoints(p.weight), quote(p.note)),
  'actual-repeats-comparator': ({ params: p }, w) => F.repeatsComparator(w, who(p.name), p.text),
  'actual-not-measured': ({ params: p }, w) => F.notMeasured(w, who(p.name), p.text, p.target),
  'blank-with-score': ({ params: p }, w) => F.blankWithScore(w, who(p.name), WHAT[p.blank], formatPoints(p.recorded)),
  'unparsed-value': ({ params: p }, w) => {
    switch (p.reason) {
      case 'blank':
        return F.blankNoScore(w, who(p.name), WHAT[p.blank]);
      case 'unreadable':
        return F.unparsed(w, who(p.name), WHAT[p.part], p.text);
      case 'cellError':
        return F.cellError(w, who(p.name), WHAT[p.part], p.error);
      case 'noWeight':
        return F.noWeight(w, who(p.name));
      case 'judgedNoScore':
        return X.judgedNoScore(w, who(p.name));
    }
  },
  'unit-mismatch': ({ params: p }, w) => F.unitMismatch(w, who(p.name), explainZh(p.explanation)),
  'target-placeholder': ({ params: p }, w) => F.targetPlaceholder(w, quote(p.name, 24), quote(p.text)),
  'cost-at-least': ({ params: p }, w) =>
    F.costAtLeast(w, quote(p.name, 24), quote(p.text), `≤${formatQuantity(p.bound)}`),
  'rate-target-over-100': ({ params: p }, w) => F.rateTargetOver100(w, quote(p.name, 24), quote(p.text)),
  'deadline-after-year': ({ params: p }, w) => F.deadlineAfterYear(w, quote(p.name, 24), quote(p.text), String(p.year)),
  'dimension-missing': ({ params: p }, w) => F.dimensionMissing(w, p.missing.map((m) => F.dimension[m]).join('、')),
  'parts-total-mismatch': ({ params: p }, w) => F.partsTotalMismatch(w, formatPoints(p.recorded), formatPoints(p.sum)),
  'total-over-100': ({ params: p }, w) => F.totalOver100(w, formatPoints(p.total)),
  'weights-level1': ({ params: p }, w) =>
    (p.kind === 'weights' ? F.weightsLevel1 : X.levelScoresAbove)(
      w,
      p.level1,
      formatPoints(p.declared),
      formatPoints(p.sum),
    ),
  'weights-total': ({ params: p }, w) =>
    p.kind === 'unknown'
      ? X.weightsUnknown(w, p.title)
      : F.weightsTotal(w, formatPoints(p.expected), formatPoints(p.sum)),
  'rate-mismatch': ({ params: p }, w) =>
    F.rateMismatch(w, pct2(p.recorded), pct2(p.expected), `全年执行数 ÷ ${COLUMN[p.denominator]}`),
  'rate-over-100': ({ params: p }, w) => F.rateOver100(w, pct2(p.rate)),
  'budget-score-mismatch': ({ params: p }, w) =>
    F.budgetScoreMismatch(w, formatPoints(p.recorded), formatPoints(p.expected), explainZh(p.explanation)),
  'budget-missing': ({ params: p }, w) => {
    if (p.kind === 'asIndicator') return F.budgetAsIndicator(w, String(p.row));
    if (p.kind === 'cellError') return F.budgetCellError(w, BUDGET_PART[p.part], p.error);
    if (p.kind === 'zero') return F.budgetZero(w, BUDGET_PART[p.part]);
    return F.budgetMissing(w, p.parts.map((m) => BUDGET_PART[m]).join('、'));
  },
  'total-mismatch': ({ params: p }, w) => {
    const recorded = formatPoints(p.recorded);
    const expected = formatPoints(p.expected);
    const head =
      p.parts === undefined
        ? F.totalMismatch(w, recorded, expected)
        : p.parts.kind === 'partsDiffer'
          ? F.totalMismatchParts(w, recorded, formatPoints(p.parts.printed), expected)
          : p.parts.kind === 'wrongParts'
            ? F.totalOfWrongParts(w, recorded, expected)
            : F.totalOfRoundedParts(w, recorded, expected, formatPoints(p.parts.rounded));
    return head + (p.cap ? F.totalCapped('', pct2(p.cap.rate), formatPoints(p.cap.cap)) : '');
  },
  'budget-score-rounded': ({ params: p }, w) =>
    F.budgetScoreRounded(w, explainZh(p.explanation), formatPoints(p.recorded)),
  'grade-mismatch': ({ params: p }, w) => F.gradeMismatch(w, p.recorded, p.expected, formatPoints(p.total)),
  'staffing-rate-mismatch': ({ params: p }, w) =>
    F.staffingMismatch(w, pct2(p.recorded), pct2(p.expected), formatNumber(p.actual, 2), formatNumber(p.authorized, 2)),
  'unscored-form': ({ params: p }, w) => X.unscoredForm(w, p.title),
  'table-incomplete': ({ sheet, cell, params: p }, w) => {
    switch (p.reason) {
      case 'missingColumns':
        return L.missingColumns(sheet, cell, p.kind, p.missing);
      case 'noIndicatorRows':
        return L.noIndicatorRows(sheet, cell, p.kind, p.name);
      case 'noTotalRow':
        return L.noTotalRow(sheet, cell, p.kind, p.name);
      case 'titleWithoutHeader':
        return L.titleWithoutHeader(sheet, cell, p.title);
      case 'basicTitleWithoutContent':
        return L.basicTitleWithoutContent(sheet, cell, p.title);
      case 'basicMissingStaffing':
        return L.basicMissingStaffing(sheet, cell);
      case 'basicMissingStaffingValues':
        return L.basicMissingStaffingValues(sheet, cell);
      case 'basicMissingMoney':
        return L.basicMissingMoney(sheet, cell);
      case 'basicMissingYears':
        return L.basicMissingYears(sheet, cell);
      case 'blankTemplate':
        return L.blankTemplate(sheet, cell, p.title);
      case 'noIndicators':
        return F.tableIncomplete(w, p.title);
      case 'totalNotComputable':
        return F.totalNotComputable(
          w,
          p.counts.map((c) => F.unscorableRows(String(c.rows), c.blank === null ? '' : WHAT[c.blank])).join('、'),
          p.rows.join('、'),
        );
    }
  },
  'no-tables': ({ sheet }) => L.noTables(sheet),
  'formula-not-computed': ({ params: p }, w) =>
    `${w}：表中有${p.count}个公式没有计算结果（${p.cells.join('、')}${p.count > p.cells.length ? '等' : ''}），按空白处理，相关的“为空”提示可能因此而来。文件可能由其他软件生成、未在Excel中保存：请在Excel或WPS中打开、保存后再检查。`,
  'cell-conflict': ({ params: p }, w) =>
    p.formula !== undefined
      ? P.conflictFormula(w, p.formula, p.current, p.expected, p.why)
      : P.conflict(w, p.current, p.expected, p.why),
  'merged-cell': ({ params: p }, w) =>
    P.mergedCell(
      w,
      p.items.map((i) => {
        const v = i.value;
        const points = typeof v === 'number' ? formatPoints(v) : String(v);
        switch (i.kind) {
          case 'rate':
            return P.mergedItem.rate(typeof v === 'number' ? pct2(v) : String(v));
          case 'budgetScore':
            return P.mergedItem.budgetScore(points);
          case 'score':
            return P.mergedItem.score(i.name ?? '', points);
          case 'total':
            return P.mergedItem.total(points);
          case 'grade':
            return P.mergedItem.grade(String(v));
          case 'note':
            return P.mergedItem.note(i.name ?? '');
        }
      }),
    ),
  'sum-mismatch': ({ params: p }) => {
    if (p.kind === 'blankTotal') {
      return (
        C.totalBlank({
          what: p.what,
          column: p.column,
          terms: terms(p.terms),
          sum: amount(p.sum),
          complete: p.complete,
        }) + consequence(p.consequence)
      );
    }
    const what = p.kind === 'parts' ? p.what : TOTAL_LABEL;
    const column = p.kind === 'parts' ? p.column : COLUMN.fullYear;
    if (p.total === 0)
      return (
        C.totalZero({ what, column, terms: terms(p.terms), sum: amount(p.sum) }) +
        (p.kind === 'parts' ? consequence(p.consequence) : '')
      );
    const diff = amount(Math.abs(p.sum - p.total));
    if (p.kind === 'inline') {
      return (p.complete ? C.inlineMismatch : C.inlineExceeds)({
        group: GROUP[p.group],
        terms: terms(p.terms),
        sum: amount(p.sum),
        total: amount(p.total),
        diff,
      });
    }
    const q = { what, column, total: amount(p.total), terms: terms(p.terms), sum: amount(p.sum), diff };
    return (p.complete ? C.sumMismatch(q) : C.sumExceeds(q)) + consequence(p.consequence);
  },
  overrun: ({ params: p }) => {
    if (p.kind === 'line') {
      const q = {
        line: p.line,
        year: p.year,
        budget: amount(p.budget),
        final: amount(p.final),
        diff: amount(p.final - p.budget),
        pct: formatRatio((p.final - p.budget) / p.budget),
      };
      return C.overrun(q);
    }
    const rate = p.fullYear > 0 ? formatRatio(p.executed / p.fullYear) : '无法计算';
    return C.budgetOverrun({
      executed: amount(p.executed),
      fullYear: amount(p.fullYear),
      diff: amount(p.executed - p.fullYear),
      rate,
    });
  },
  'unbudgeted-spending': ({ params: p }) => C.unbudgeted({ line: p.line, year: p.year, final: amount(p.final) }),
  underspent: ({ params: p }) =>
    C.underspent({
      line: p.line,
      year: p.year,
      budget: amount(p.budget),
      final: amount(p.final),
      pct: formatRatio(p.final / p.budget),
      threshold: formatRatio(p.threshold),
    }),
  'budget-adjusted': ({ params: p }) =>
    C.budgetAdjusted({
      initial: amount(p.initial),
      fullYear: amount(p.fullYear),
      direction: p.fullYear < p.initial ? '调减' : '调增',
      diff: amount(Math.abs(p.fullYear - p.initial)),
    }),
  'budget-cut-to-spent': ({ params: p }) =>
    C.budgetCutToSpent({ initial: amount(p.initial), fullYear: amount(p.fullYear), executed: amount(p.executed) }),
  'cross-annex-mismatch': ({ params: p }) => {
    if (p.kind === 'projectVsBasic') {
      return C.projectVsBasic({
        department: amount(p.department),
        column: p.column === undefined ? undefined : COLUMN[p.column],
        basic: amount(p.basic),
        basicCell: p.basicCell,
        basicWhat: p.basicParts ? C.basicProjectParts : LINE.project,
        basicColumn: yearColumn(p.year, p.basicColumn),
        diff: amount(Math.abs(p.department - p.basic)),
      });
    }
    const message = C.projectsVsDepartment({
      count: p.projects.length,
      column: COLUMN[p.column],
      departmentColumn: p.column === 'executed' ? COLUMN.executed : '',
      sum: amount(p.sum),
      terms: p.projects.map((b) => C.projectTerm(b.name, b.cell, amount(b.amount))).join(' + '),
      department: amount(p.department),
      diff: amount(Math.abs(p.sum - p.department)),
    });
    return p.departmentTotal === undefined
      ? message
      : message + C.projectsEqualDepartmentTotal(amount(p.departmentTotal), COLUMN[p.column]);
  },
  'name-mismatch': ({ params: p }) =>
    C.nameMismatch({
      annex: ANNEX[p.annex],
      found: p.found,
      reference: p.reference,
      referenceAnnex: ANNEX[p.referenceAnnex],
    }),
  'year-mismatch': ({ params: p }) =>
    p.kind === 'basicColumns'
      ? C.basicYearColumns({ year: p.year, columns: p.columns.join('、') })
      : C.yearMismatch({
          annex: ANNEX[p.annex],
          found: p.found,
          reference: p.reference,
          referenceAnnex: p.referenceAnnex === null ? '其他附件' : ANNEX[p.referenceAnnex],
        }),
  'check-skipped': ({ params: p }) => {
    if (p.kind === 'because') {
      const r = p.reason;
      const reason =
        r.kind === 'adjusted'
          ? C.reason.adjusted(amount(r.initial), amount(r.fullYear))
          : r.kind === 'severalDepartments'
            ? C.reason.severalDepartments(r.count)
            : C.reason[r.kind];
      return C.skippedBecause(CHECK[p.check], reason);
    }
    const items = p.items.map((g) =>
      !g.cell
        ? C.absentItem(g.what)
        : g.text !== undefined
          ? C.unreadableItem(g.what, g.cell, g.text)
          : C.missingItem(g.what, g.cell),
    );
    return C.skipped(p.checks.map((c) => CHECK[c]).join('”、“'), items);
  },
};

/** The finding's sentence in zh-CN (before clipping: see renderFinding). */
export function renderZh(f: Finding): string {
  return (RENDER[f.code] as Render<Finding['code']>)(f, `${f.sheet}!${f.cell}`);
}

/** Codes with a zh-CN template (every FindingCode: the RENDER table is checked against the type). */
export const ZH_CODES = Object.keys(RENDER) as Finding['code'][];
