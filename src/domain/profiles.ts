// The rule profiles shipped with the tool (RULES.md as data) and lookup by id.
// national2020 is the default; the others differ only in values, never in code paths.

import { UnknownProfileError, type RuleProfile, type RuleText } from './profile';

const GRADES: [number, string][] = [
  [90, '优'],
  [80, '良'],
  [60, '中'],
  [0, '差'],
];

/** 财政部《项目支出绩效评价管理办法》（财预〔2020〕10号）with the practice of RULES §2 filling its gaps. */
export const national2020: RuleProfile = {
  id: 'national-2020',
  texts: [
    { key: 'budget', weight: 10, denominator: 'fullYear' },
    { key: 'positive' },
    { key: 'negativeRatio' },
    { key: 'equality' },
    { key: 'rangeAllOrNothing' },
    { key: 'completionRate' },
    { key: 'deadline' },
    { key: 'qualitative', partly: [0.6, 0.8], notMet: [0, 0.6] },
    { key: 'cap' },
    { key: 'overAchievement', threshold: 1.3, penalty: 0 },
    { key: 'notes' },
    { key: 'notApplicableExclude' },
    { key: 'grades', grades: GRADES },
    { key: 'rounding', decimals: 2 },
  ],
  budget: { weight: 10, denominator: 'fullYear', cap: 1 },
  positive: 'ratio',
  negative: 'ratio',
  range: 'allOrNothing',
  qualitativeBands: { partly: [0.6, 0.8], notMet: [0, 0.6] },
  overAchievementNote: 1.3,
  overAchievementPenalty: 0,
  notApplicable: 'exclude',
  grades: GRADES,
  rounding: 2,
  // Recorded scores within 0.05 of the rule agree; an integer that rounds the rule's score, or the
  // rule's score truncated to one decimal, also agrees (RULES §2: officers round or truncate).
  scoreTolerance: 0.05,
  rateTolerance: 0.0001,
  amountTolerance: 0.01,
};

/** A variant's rule texts: `texts` with the rule keyed `from` replaced by `to` (one or more, in order). */
function replaced(texts: readonly RuleText[], from: RuleText['key'], ...to: RuleText[]): RuleText[] {
  if (!texts.some((t) => t.key === from)) throw new Error(`profiles: no rule text ${from}`); // a variant must change something
  return texts.flatMap((t) => (t.key === from ? to : [t]));
}

/** As national2020, but a range target missed scores by its distance to the nearer bound (RULES §2). */
export const national2020ProportionalRange: RuleProfile = {
  ...national2020,
  id: 'national-2020-proportional-range',
  texts: replaced(national2020.texts, 'rangeAllOrNothing', { key: 'rangeProportional' }),
  range: 'ratioToNearestBound',
};

/** As national2020, but when a 不适用 row carried weight the remaining total is rescaled to 100 (RULES §2). */
export const national2020Rescale: RuleProfile = {
  ...national2020,
  id: 'national-2020-rescale',
  texts: replaced(national2020.texts, 'notApplicableExclude', { key: 'notApplicableRescale' }),
  notApplicable: 'rescaleTo100',
};

const HUBEI_CAPS: [number, number][] = [
  [0.8, 100],
  [0.7, 89],
  [0.6, 79],
  [0.5, 69],
  [0, 59],
];

/**
 * Hubei-style forms (RULES §4): 预算执行 worth 20 points, total capped by the execution rate,
 * 2 points off an indicator whose actual reaches 130% of its target, a note when 执行率 < 90% (RULES §3).
 */
export const hubei20: RuleProfile = {
  ...national2020,
  id: 'hubei-20',
  texts: replaced(
    replaced(
      replaced(national2020.texts, 'budget', { key: 'budget', weight: 20, denominator: 'fullYear' }),
      'overAchievement',
      { key: 'overAchievement', threshold: 1.3, penalty: 2 },
    ),
    'notes',
    { key: 'notes' },
    { key: 'executionNote', below: 0.9 },
    { key: 'totalCap', caps: HUBEI_CAPS },
  ),
  budget: { weight: 20, denominator: 'fullYear', cap: 1 },
  overAchievementPenalty: 2,
  totalCapByRate: HUBEI_CAPS,
  executionNoteBelow: 0.9,
};

export const PROFILES: RuleProfile[] = [national2020, national2020ProportionalRange, national2020Rescale, hubei20];

/** The profile with this id; undefined → national2020. Throws UnknownProfileError (with the valid ids) on an unknown id. */
export function getProfile(id?: string): RuleProfile {
  if (id === undefined) return national2020;
  const wanted = id.trim().toLowerCase();
  const found = PROFILES.find((p) => p.id === wanted);
  if (!found)
    throw new UnknownProfileError(
      id,
      PROFILES.map((p) => p.id),
    );
  return found;
}
