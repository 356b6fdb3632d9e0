// English rule sentences of the profiles (the zh-CN original is ruleTexts in ../zh-CN/scoring.ts).

import type { RuleWords } from '../rules';

export const ruleTexts: RuleWords = {
  budget: (weight, denominator) =>
    `Budget execution rate = amount executed ÷ ${denominator}; score = weight (${weight} points where the table gives none) × rate, a rate above 100% counting as 100% (common practice).`,
  denominator: { fullYear: 'full-year budget (全年预算数)', initial: 'initial budget (年初预算数)' },
  positive:
    'Quantitative indicators: full points when the annual target is reached; otherwise actual ÷ target × weight (财预〔2020〕10号).',
  negativeRatio:
    'Lower-is-better indicators (≤, 以下, 以内, 不超过, 控制在…以内): full points when reached; otherwise target ÷ actual × weight (common practice).',
  negativeLinear:
    'Lower-is-better indicators: full points when reached; above the target, weight × (1 − (actual − target) ÷ target), 0 points at twice the target or more (common practice).',
  equality: 'An “=” target scores as “at least”; a target of 0 as “at most” (common practice).',
  rangeAllOrNothing:
    'Range targets (控制在60%到80%的区间): full points inside the range, 0 outside it (common practice).',
  rangeProportional:
    'Range targets: full points inside the range; below it actual ÷ lower bound, above it upper bound ÷ actual, times the weight (common practice).',
  completionRate:
    'Time-limit and qualitative targets answered with a completion rate (such as 100%): full points at 100%, below it weight × rate (common practice).',
  deadline:
    'Completion-date targets (such as “2023年12月31日前”): full points when completed by the deadline; later counts as partly achieved, a person choosing the points within the partly-achieved band (财预〔2020〕10号); a month that spans the deadline is left to a person. Official rules say nothing of deadlines: this is practice.',
  qualitative: (partly, notMet) =>
    `Qualitative indicators: achieved scores 80%–100% of the weight (80% included; a blank score counts as full points); partly achieved ${partly} of the weight, not achieved ${notMet} of it, a person choosing the points (财预〔2020〕10号).`,
  band: (low, high) => `${low}–${high} (${low} included)`,
  below: (high) => `below ${high}`,
  cap: 'No indicator scores more than its weight (common practice).',
  overAchievement: (threshold, penalty) =>
    penalty === null
      ? `An actual at ${threshold} of the annual target or more needs the reason for the deviation; the tool flags it without deducting (财预〔2020〕10号; common practice).`
      : `An actual at ${threshold} of the annual target or more is a deviation: ${penalty} points are deducted and the reason must be given (regional practice).`,
  notApplicableExclude:
    'Indicators that do not apply are not scored and not counted in the total weight (common practice).',
  notApplicableRescale:
    'Indicators that do not apply are not scored; where such an indicator carried a weight, the other scores are rescaled to 100 (common practice).',
  grades: (bands) => `Grades: ${bands} (财预〔2020〕10号).`,
  gradeBand: {
    top: (grade, min) => `${grade} ≥${min}`,
    middle: (grade, min, next) => `${grade} ${min}–${next}`,
    bottom: (grade, next) => `${grade} <${next}`,
  },
  rounding: (decimals) =>
    `Scores keep ${decimals} decimals; a recorded score rounded to an integer or cut to one decimal counts as agreeing (common practice).`,
  totalCap: (caps) => `The total is capped by the budget execution rate: ${caps} (regional practice).`,
  capBand: {
    top: (min, cap) =>
      cap === null ? `no cap at a rate of ${min} or more` : `at most ${cap} at a rate of ${min} or more`,
    middle: (min, next, cap) => `${min}–${next}: at most ${cap}`,
    bottom: (next, cap) => `below ${next}: at most ${cap}`,
  },
  executionNote: (below) => `A budget execution rate below ${below} needs its reason (common practice).`,
  notes:
    'A missed target (score below the weight) or one clearly exceeded needs its reason and the measures taken in the “偏差原因分析及改进措施” column; “无”, “0” or “/” do not count (common practice).',
  list: (items) => items.join('; '),
  unknown: (id, valid) => `Unknown rule profile “${id}”. Valid profiles: ${valid.join(', ')}.`,
  labels: {
    'national-2020': 'Ministry of Finance rules (财预〔2020〕10号)',
    'national-2020-proportional-range': 'Ministry of Finance rules, range targets scored by distance',
    'national-2020-rescale': 'Ministry of Finance rules, non-applicable indicators rescaled to 100',
    'hubei-20':
      'Hubei-style form (budget execution 20 points, total capped by the execution rate, 2 points off at 130% of the target)',
  },
};
