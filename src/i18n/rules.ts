// Words the rules of a profile (src/domain/profile.ts RuleText: a key and its figures) and the profile's name in
// zh-CN or English, for the settings of the pane and the CLI; and the message for an unknown profile id.

import type { RuleText } from '../domain/profile';
import { formatNumber, formatPercent, formatPoints } from '../domain/format';
import { ruleTexts as zh } from './zh-CN/scoring';
import { ruleTexts as en } from './en/rules';
import type { Lang } from './explain';

/** One language's rule sentences. Figures come in formatted. */
export interface RuleWords {
  budget: (weight: string, denominator: string) => string;
  denominator: { fullYear: string; initial: string };
  positive: string;
  negativeRatio: string;
  negativeLinear: string;
  equality: string;
  rangeAllOrNothing: string;
  rangeProportional: string;
  completionRate: string;
  deadline: string;
  qualitative: (partly: string, notMet: string) => string;
  band: (low: string, high: string) => string;
  below: (high: string) => string;
  cap: string;
  overAchievement: (threshold: string, penalty: string | null) => string;
  notApplicableExclude: string;
  notApplicableRescale: string;
  grades: (bands: string) => string;
  gradeBand: {
    top: (grade: string, min: string) => string;
    middle: (grade: string, min: string, next: string) => string;
    bottom: (grade: string, next: string) => string;
  };
  rounding: (decimals: number) => string;
  totalCap: (caps: string) => string;
  capBand: {
    top: (min: string, cap: string | null) => string;
    middle: (min: string, next: string, cap: string) => string;
    bottom: (next: string, cap: string) => string;
  };
  executionNote: (below: string) => string;
  notes: string;
  /** Joins the bands of grades and caps. */
  list: (items: string[]) => string;
  unknown: (id: string, valid: string[]) => string;
  /** The shipped profiles' names by id. */
  labels: Record<string, string>;
}

export function ruleWords(lang: Lang | string): RuleWords {
  return lang === 'en' ? en : zh;
}

const pct = (x: number): string => formatPercent(x, 2);

function gradeBands(grades: [number, string][], W: RuleWords): string {
  return W.list(
    grades.map(([min, grade], i) => {
      if (i === 0) return W.gradeBand.top(grade, formatPoints(min));
      const next = formatPoints(grades[i - 1][0]);
      return i === grades.length - 1 && min <= 0
        ? W.gradeBand.bottom(grade, next)
        : W.gradeBand.middle(grade, formatPoints(min), next);
    }),
  );
}

function capBands(caps: [number, number][], W: RuleWords): string {
  return W.list(
    caps.map(([min, cap], i) => {
      if (i === 0) return W.capBand.top(pct(min), cap >= 100 ? null : formatPoints(cap));
      const next = pct(caps[i - 1][0]);
      return i === caps.length - 1 && min <= 0
        ? W.capBand.bottom(next, formatPoints(cap))
        : W.capBand.middle(pct(min), next, formatPoints(cap));
    }),
  );
}

/** One rule as a sentence citing its source. */
export function renderRule(t: RuleText, lang: Lang | string = 'zh-CN'): string {
  const W = ruleWords(lang);
  switch (t.key) {
    case 'budget':
      return W.budget(formatNumber(t.weight), W.denominator[t.denominator]);
    case 'qualitative': {
      const [pLow, pHigh] = t.partly;
      return W.qualitative(W.band(pct(pLow), pct(pHigh)), W.below(pct(t.notMet[1])));
    }
    case 'overAchievement':
      return W.overAchievement(pct(t.threshold), t.penalty > 0 ? formatPoints(t.penalty) : null);
    case 'grades':
      return W.grades(gradeBands(t.grades, W));
    case 'rounding':
      return W.rounding(t.decimals);
    case 'totalCap':
      return W.totalCap(capBands(t.caps, W));
    case 'executionNote':
      return W.executionNote(pct(t.below));
    default:
      return W[t.key];
  }
}

/** A profile's name: 「财政部通用规则（财预〔2020〕10号）」; its id when it has none in this language. */
export function profileLabel(id: string, lang: Lang | string = 'zh-CN'): string {
  return ruleWords(lang).labels[id] ?? id;
}
