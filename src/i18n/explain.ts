// Words a score explanation (src/domain/explain.ts: the facts a score rests on) in zh-CN or English:
// 「实际完成40.83亿元，目标23亿元，完成177.5%，达标，得5分（满分5分）」 /
// "Actual 40.83亿元, target 23亿元, 177.5% achieved, met, scored 5 of 5 points". The zh-CN text is also what the
// form itself says (drafted notes, write reasons), so it must stay as it is.

import type {
  BudgetFigure,
  Explanation,
  MetBandExplanation,
  ReviewExplanation,
  ScoredBy,
  ScoredExplanation,
  SubjectLead,
} from '../domain/explain';
import { formatNumber, formatPercent, formatPoints, formatRatio } from '../domain/format';
import { explainText as zh } from './zh-CN/scoring';
import { explainText as en } from './en/scoring';

export type Lang = 'zh-CN' | 'en';

/** One language's words of an explanation. Numbers come in formatted. */
export interface ExplainWords {
  lead: Record<SubjectLead, string>;
  target: string;
  targetRange: string;
  relativeWord: { increase: string; decrease: string };
  head: (lead: string, actual: string, targetLead: string, target: string) => string;
  achieved: (ratio: string) => string;
  met: string;
  missed: string;
  verdictBy: (verdict: string, by: string) => string;
  scoredBy: Record<Exclude<ScoredBy, 'zero'>, string>;
  points: (score: string, weight: string) => string;
  then: (sentence: string, clause: string) => string;
  overAchieved: (excess: string) => string;
  penalty: (points: string) => string;
  noWeight: string;
  unscoredTail: string;
  weightlessTail: string;
  detailTail: string;
  /** A row under the first of a group sharing one merged 分值/得分 cell. */
  sharedTail: string;
  outcome: { met: string; mostly: string; partly: string; notMet: string; unknown: string };
  band: (low: string, high: string, highIncluded: boolean) => string;
  recordedKept: (recorded: string) => string;
  recordedOutside: (recorded: string, low: string) => string;
  recordedBlank: (low: string) => string;
  incomparable: string;
  late: string;
  straddles: string;
  dateIncomparable: string;
  moneyScale: (scale: number) => string;
  relativeIncomparable: string;
  notApplicable: string;
  blankTarget: string;
  blankActual: string;
  unparsedTarget: (text: string) => string;
  unparsedActual: (text: string) => string;
  unitMismatch: (actual: string, target: string) => string;
  budget: (
    rate: string,
    executed: string,
    denominator: string,
    denominatorLabel: string,
    score: string,
    weight: string,
  ) => string;
  budgetOver100: string;
  budgetMissing: (what: string) => string;
  budgetFigure: Record<BudgetFigure, string>;
  list: (items: string[]) => string;
  budgetNotScored: (rate: string, executed: string, denominatorLabel: string, denominator: string) => string;
  judged: (recorded: string, weight: string) => string;
  judgedBlank: (weight: string) => string;
  /** The first row of rows sharing one merged 得分, one of them not met: the recorded score is taken. */
  groupJudged: (rows: number, recorded: string, weight: string) => string;
  groupJudgedBlank: (rows: number, weight: string) => string;
  rateRow: (rate: string, from: string, score: string, weight: string) => string;
  rateFromAmounts: (executed: string, denominator: string) => string;
  rateFromRow: string;
}

/** What a row without a weight says instead of 「分值为空，无法计分」, when its form explains why. */
function noPointsTail(
  e: { unscored?: boolean | undefined; noPoints?: 'weightless' | 'detail' | 'shared' | undefined },
  W: ExplainWords,
): string {
  if (e.noPoints === 'shared') return W.sharedTail;
  return e.unscored
    ? W.unscoredTail
    : e.noPoints === 'weightless'
      ? W.weightlessTail
      : e.noPoints === 'detail'
        ? W.detailTail
        : W.noWeight;
}

/** The words of a language; zh-CN for any other. */
function explainWords(lang: Lang | string = 'zh-CN'): ExplainWords {
  return lang === 'en' ? en : zh;
}

const amount = (x: number): string => formatNumber(x, 2);

function subject(e: ScoredExplanation | ReviewExplanation | MetBandExplanation, W: ExplainWords): string {
  const head = W.head(
    W.lead[e.lead],
    e.relative === undefined ? e.actual : W.relativeWord[e.relative] + e.actual,
    e.range ? W.targetRange : W.target,
    e.target,
  );
  return head;
}

function scored(e: ScoredExplanation, W: ExplainWords): string {
  const achieved = e.achieved === undefined ? '' : W.achieved(formatRatio(e.achieved));
  const verdict = e.met ? W.met : W.missed;
  let s =
    e.score === null || e.weight === null
      ? W.then(subject(e, W) + achieved + verdict, noPointsTail(e, W))
      : subject(e, W) +
        achieved +
        W.verdictBy(verdict, W.scoredBy[e.by === 'zero' ? 'full' : e.by]) +
        W.points(formatPoints(e.score), formatPoints(e.weight));
  if (e.overBy !== undefined) {
    s = W.then(s, W.overAchieved(formatPercent(e.overBy, 2)));
    if (e.penalty !== undefined) s = W.then(s, W.penalty(formatPoints(e.penalty)));
  }
  return s;
}

function verdictText(e: ReviewExplanation, W: ExplainWords): string {
  switch (e.verdict) {
    case 'late':
      return W.late;
    case 'straddles':
      return W.straddles;
    case 'dateIncomparable':
      return W.dateIncomparable;
    case 'relativeIncomparable':
      return W.relativeIncomparable;
    case 'moneyScale':
      return W.moneyScale(e.scale ?? 1e4);
    case 'incomparable':
      return W.incomparable;
    default:
      return W.outcome[e.verdict];
  }
}

function review(e: ReviewExplanation, W: ExplainWords): string {
  const head = subject(e, W) + verdictText(e, W);
  if (e.band === undefined) return W.then(head, noPointsTail(e, W));
  const { low, high, highIncluded } = e.band;
  const withBand = W.then(head, W.band(formatPoints(low), formatPoints(high), highIncluded));
  if (e.kept && e.recorded !== null) return W.then(withBand, W.recordedKept(formatPoints(e.recorded)));
  return W.then(
    withBand,
    e.recorded === null
      ? W.recordedBlank(formatPoints(low))
      : W.recordedOutside(formatPoints(e.recorded), formatPoints(low)),
  );
}

/** The explanation as a sentence (no final full stop). */
export function renderExplanation(e: Explanation, lang: Lang | string = 'zh-CN'): string {
  const W = explainWords(lang);
  switch (e.kind) {
    case 'scored':
      return scored(e, W);
    case 'review':
      return review(e, W);
    case 'metBand': {
      const withBand = W.then(subject(e, W) + W.met, W.band(formatPoints(e.low), formatPoints(e.weight), true));
      return e.recorded === null ? withBand : W.then(withBand, W.recordedKept(formatPoints(e.recorded)));
    }
    case 'notApplicable':
      return W.notApplicable;
    case 'blankTarget':
      return W.blankTarget;
    case 'blankActual':
      return W.blankActual;
    case 'unparsedTarget':
      return W.unparsedTarget(e.text);
    case 'unparsedActual':
      return W.unparsedActual(e.text);
    case 'unitMismatch':
      return W.unitMismatch(e.actual, e.target);
    case 'judged': {
      const w = e.weight === null ? '—' : formatPoints(e.weight);
      if (e.group !== undefined)
        return e.recorded === null
          ? W.groupJudgedBlank(e.group, w)
          : W.groupJudged(e.group, formatPoints(e.recorded), w);
      return e.recorded === null ? W.judgedBlank(w) : W.judged(formatPoints(e.recorded), w);
    }
    case 'rateRow': {
      const from = e.amounts
        ? W.rateFromAmounts(amount(e.amounts.executed), amount(e.amounts.denominator))
        : W.rateFromRow;
      const s = W.rateRow(formatPercent(e.rate, 2), from, formatPoints(e.score), formatPoints(e.weight));
      return e.over100 ? W.then(s, W.budgetOver100) : s;
    }
    case 'budget': {
      const s = W.budget(
        formatPercent(e.rate, 2),
        amount(e.executed),
        amount(e.denominator),
        W.budgetFigure[e.base],
        formatPoints(e.score),
        formatPoints(e.weight),
      );
      return e.over100 ? W.then(s, W.budgetOver100) : s;
    }
    case 'budgetMissing':
      return W.budgetMissing(W.list(e.missing.map((m) => W.budgetFigure[m])));
    case 'budgetNotScored':
      return W.budgetNotScored(
        formatPercent(e.rate, 2),
        amount(e.executed),
        W.budgetFigure[e.base],
        amount(e.denominator),
      );
  }
}

/** The zh-CN sentence: what the form, the CLI and the JSON report say. */
export function explainZh(e: Explanation): string {
  return renderExplanation(e, 'zh-CN');
}
