// The rule profiles shipped with the tool (RULES.md as data) and lookup by id.
// national2020 is the default; the others differ only in values, never in code paths.

import type { RuleProfile } from './profile';
import { profileMessages, ruleTexts } from '../i18n/zh-CN/scoring';

const GRADES: [number, string][] = [
  [90, '优'],
  [80, '良'],
  [60, '中'],
  [0, '差'],
];
const GRADE_TEXT = '优 ≥90分，良 80–90分，中 60–80分，差 <60分';

/** 财政部《项目支出绩效评价管理办法》（财预〔2020〕10号）with the practice of RULES §2 filling its gaps. */
export const national2020: RuleProfile = {
  id: 'national-2020',
  label: profileMessages.labels.national,
  texts: [
    ruleTexts.budget('10', '全年预算数'),
    ruleTexts.positive,
    ruleTexts.negativeRatio,
    ruleTexts.equality,
    ruleTexts.rangeAllOrNothing,
    ruleTexts.completionRate,
    ruleTexts.deadline,
    ruleTexts.qualitative('60%–80%（含60%）', '60%以下'),
    ruleTexts.cap,
    ruleTexts.overAchievement('130%', null),
    ruleTexts.notes,
    ruleTexts.notApplicableExclude,
    ruleTexts.grades(GRADE_TEXT),
    ruleTexts.rounding(2),
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

/** A variant's rule texts: `texts` with the sentence `from` replaced by `to` (one or more, in order). */
function replaced(texts: readonly string[], from: string, ...to: string[]): string[] {
  if (!texts.includes(from)) throw new Error(`profiles: no rule text ${from}`); // a variant must change something
  return texts.flatMap((t) => (t === from ? to : [t]));
}

/** As national2020, but a range target missed scores by its distance to the nearer bound (RULES §2). */
export const national2020ProportionalRange: RuleProfile = {
  ...national2020,
  id: 'national-2020-proportional-range',
  label: profileMessages.labels.nationalProportional,
  texts: replaced(national2020.texts, ruleTexts.rangeAllOrNothing, ruleTexts.rangeProportional),
  range: 'ratioToNearestBound',
};

/** As national2020, but when a 不适用 row carried weight the remaining total is rescaled to 100 (RULES §2). */
export const national2020Rescale: RuleProfile = {
  ...national2020,
  id: 'national-2020-rescale',
  label: profileMessages.labels.nationalRescale,
  texts: replaced(national2020.texts, ruleTexts.notApplicableExclude, ruleTexts.notApplicableRescale),
  notApplicable: 'rescaleTo100',
};

/**
 * Hubei-style forms (RULES §4): 预算执行 worth 20 points, total capped by the execution rate,
 * 2 points off an indicator whose actual reaches 130% of its target, a note when 执行率 < 90% (RULES §3).
 */
export const hubei20: RuleProfile = {
  ...national2020,
  id: 'hubei-20',
  label: profileMessages.labels.hubei,
  texts: replaced(
    replaced(
      replaced(national2020.texts, ruleTexts.budget('10', '全年预算数'), ruleTexts.budget('20', '全年预算数')),
      ruleTexts.overAchievement('130%', null),
      ruleTexts.overAchievement('130%', '2'),
    ),
    ruleTexts.notes,
    ruleTexts.notes,
    ruleTexts.executionNote('90%'),
    ruleTexts.totalCap('执行率80%及以上不限，70%–80%最高89分，60%–70%最高79分，50%–60%最高69分，50%以下最高59分'),
  ),
  budget: { weight: 20, denominator: 'fullYear', cap: 1 },
  overAchievementPenalty: 2,
  totalCapByRate: [
    [0.8, 100],
    [0.7, 89],
    [0.6, 79],
    [0.5, 69],
    [0, 59],
  ],
  executionNoteBelow: 0.9,
};

export const PROFILES: RuleProfile[] = [national2020, national2020ProportionalRange, national2020Rescale, hubei20];

/** The profile with this id; undefined → national2020. Throws (zh-CN message listing the valid ids) on an unknown id. */
export function getProfile(id?: string): RuleProfile {
  if (id === undefined) return national2020;
  const wanted = id.trim().toLowerCase();
  const found = PROFILES.find((p) => p.id === wanted);
  if (!found) throw new Error(profileMessages.unknown(id, PROFILES.map((p) => p.id)));
  return found;
}
