// English words of a score explanation (the zh-CN original is in ../zh-CN/scoring.ts): numbers come in formatted;
// the actual and the target are the form's own values ('40.83亿元', '2023年12月31日前') and are not translated.

import type { ExplainWords } from '../explain';

export const explainText: ExplainWords = {
  lead: { actual: 'Actual ', actualTime: 'Time taken ', completionRate: 'Completion rate ' },
  target: 'target ',
  targetRange: 'target range ',
  relativeWord: { increase: 'increase of ', decrease: 'decrease of ' },
  head: (lead, actual, targetLead, target) => `${lead}${actual}, ${targetLead}${target}, `,
  achieved: (r) => `${r} achieved, `,
  met: 'met',
  missed: 'not met',
  verdictBy: (verdict, by) => `${verdict}, ${by}`,
  scoredBy: {
    full: 'scored ',
    ratio: 'scored by actual ÷ target: ',
    inverse: 'scored by target ÷ actual: ',
    linear: 'scored down by the excess: ',
    bound: 'scored by the ratio to the nearest bound: ',
    rate: 'scored by the completion rate: ',
  },
  points: (s, w) => `${s} of ${w} points`,
  then: (sentence, clause) => `${sentence}, ${clause}`,
  overAchieved: (excess) => `more than ${excess} above the target: the reason must be given`,
  penalty: (p) => `${p} points deducted for the deviation`,
  noWeight: 'no weight given, cannot be scored',
  unscoredTail: 'this table sets no points, not scored',
  weightlessTail: 'this table lists no points, so the score is not computed',
  detailTail: 'a detail (其中) of the indicator above, not scored on its own',
  sharedTail: 'shares the merged points (分值/得分) cell of the indicator above, not scored on its own',
  outcome: {
    met: 'achieved',
    mostly: 'mostly achieved',
    partly: 'partly achieved',
    notMet: 'not achieved',
    unknown: 'worded differently from the target',
  },
  band: (low, high, highIncluded) =>
    highIncluded ? `the rule allows ${low}–${high} points` : `the rule allows ${low}–${high} points (${high} excluded)`,
  recordedKept: (r) => `the recorded ${r} points lie in this range and are kept`,
  recordedOutside: (r, low) =>
    `the recorded ${r} points lie outside this range; counted as ${low} for now, a person decides`,
  recordedBlank: (low) => `no score recorded; counted as ${low} for now, a person decides`,
  incomparable: 'a qualitative target cannot be compared with a measured actual; a person decides',
  late: 'after the deadline',
  straddles: 'cannot tell whether it was completed by the deadline',
  dateIncomparable: 'a qualitative target cannot be compared with a completion date; a person decides',
  moneyScale: (scale) =>
    `the two differ by a factor of about ${scale === 1e4 ? '10,000' : '100,000,000'}: one may be written in 元 and the other in 万元 (or 亿元); check the money units, a person decides`,
  relativeIncomparable:
    'one of target and actual is a change against last year and the other is not (or they change in opposite directions): without last year’s value they cannot be compared, a person decides',
  notApplicable: 'not applicable, not scored',
  blankTarget: 'the target (年度指标值) is blank, cannot be scored',
  blankActual: 'the actual (实际完成值) is blank, cannot be scored',
  unparsedTarget: (t) => `the target “${t}” cannot be read, cannot be scored`,
  unparsedActual: (a) => `the actual “${a}” cannot be read, cannot be scored`,
  unitMismatch: (a, t) => `actual ${a} and target ${t} are in different units and cannot be compared`,
  budget: (rate, executed, denominator, denominatorLabel, score, weight) =>
    `execution rate ${rate} (executed ${executed} ÷ ${denominatorLabel} ${denominator}), scored ${score} of ${weight} points`,
  budgetOver100: 'execution rate above 100%, scored as 100%',
  budgetMissing: (what) => `${what} missing, the execution rate cannot be computed`,
  budgetFigure: {
    fullYear: 'full-year budget (全年预算数)',
    initial: 'initial budget (年初预算数)',
    executed: 'amount executed (全年执行数)',
  },
  list: (items) => items.join(', '),
  budgetNotScored: (rate, executed, denominatorLabel, denominator) =>
    `execution rate ${rate} (executed ${executed} ÷ ${denominatorLabel} ${denominator}); this table gives budget execution no points of its own`,
  judged: (recorded, weight) =>
    `judged by the assessor against the scoring criteria (评分标准): the recorded ${recorded} points are taken (of ${weight})`,
  judgedBlank: (weight) =>
    `judged by the assessor against the scoring criteria (评分标准): no score recorded (of ${weight} points)`,
  groupJudged: (rows, recorded, weight) =>
    `${rows} indicators share one merged score and not all are met: judged by the assessor, the recorded ${recorded} points are taken (of ${weight})`,
  groupJudgedBlank: (rows, weight) =>
    `${rows} indicators share one merged score and not all are met: judged by the assessor, no score recorded (of ${weight} points)`,
  rateRow: (rate, from, score, weight) =>
    `execution rate ${rate} (${from}), scored weight × rate: ${score} of ${weight} points`,
  rateFromAmounts: (executed, denominator) => `executed ${executed} ÷ budget ${denominator}`,
  rateFromRow: 'the rate written in the table',
};
