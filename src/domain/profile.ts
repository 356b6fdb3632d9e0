// RuleProfile: the scoring rules as data. The scorer reads a profile and nothing else;
// a regional variant is the same object with other values. See ../shared/design/RULES.md (cited as RULES §n).

export interface RuleProfile {
  id: string;
  /** The rules shown to the officer, by key with their figures; src/i18n/rules.ts words them, each citing its source. */
  texts: RuleText[];
  budget: {
    weight: number; // points for 预算执行率 when the table does not print 分值 (RULES §1: 10)
    denominator: 'fullYear' | 'initial'; // 全年预算数 (RULES §2) or 年初预算数 (some regions)
    cap: number; // score = weight × min(rate, cap): 1
  };
  positive: 'ratio'; // missed → weight × actual/target (RULES §1)
  negative: 'ratio' | 'linearToDouble'; // missed → weight × target/actual (RULES §2), or × (1 − (a−t)/t), 0 beyond 2×
  range: 'allOrNothing' | 'ratioToNearestBound'; // RULES §2
  qualitativeBands: { partly: [number, number]; notMet: [number, number] }; // fractions of the weight, [low, high)
  overAchievementNote: number; // actual/target at which a deviation note is required (RULES §3: 1.3)
  /** Points taken off when actual ≥ overAchievementNote × target (RULES §4: 2); 0 = flag only. */
  overAchievementPenalty: number;
  notApplicable: 'exclude' | 'rescaleTo100';
  grades: [number, string][]; // [[90,'优'],[80,'良'],[60,'中'],[0,'差']], highest first
  rounding: number; // decimals: 2
  /** Total capped by execution rate (RULES §4): [[0.8, 100], [0.7, 89], [0.6, 79], [0.5, 69], [0, 59]] meaning rate ≥ key → cap. */
  totalCapByRate?: [number, number][];
  /** Tolerance when comparing a recorded score/total with the computed one (points). */
  scoreTolerance: number;
  /** Tolerance for printed rates (fraction: 0.0001 = 0.01 percentage point). */
  rateTolerance: number;
  /** Tolerance for amounts in consistency checks (万元). */
  amountTolerance: number;
  /** Consistency checks: a 附件1 line whose 决算数 is below this share of its 预算数 is flagged as underspent (info).
   *  Undefined = 0.5 (the default in src/domain/consistency/basic.ts). */
  underspendRatio?: number;
  /** 执行率 below which a deviation note is required (RULES §3: 0.9); undefined = no such rule. */
  executionNoteBelow?: number;
}

/** One rule as the officer reads it in the settings (by key; src/i18n/rules.ts says it in zh-CN or English). */
export type RuleText =
  | { key: 'budget'; weight: number; denominator: 'fullYear' | 'initial' }
  | { key: 'positive' }
  | { key: 'negativeRatio' }
  | { key: 'negativeLinear' }
  | { key: 'equality' }
  | { key: 'rangeAllOrNothing' }
  | { key: 'rangeProportional' }
  | { key: 'completionRate' }
  | { key: 'deadline' }
  /** Bands as fractions of the weight: partly [0.6, 0.8), notMet [0, 0.6). */
  | { key: 'qualitative'; partly: [number, number]; notMet: [number, number] }
  | { key: 'cap' }
  /** actual/target at which a note is required (1.3); points deducted there (0: none). */
  | { key: 'overAchievement'; threshold: number; penalty: number }
  | { key: 'notes' }
  | { key: 'notApplicableExclude' }
  | { key: 'notApplicableRescale' }
  | { key: 'grades'; grades: [number, string][] }
  | { key: 'rounding'; decimals: number }
  /** rate ≥ key → highest total, highest first. */
  | { key: 'totalCap'; caps: [number, number][] }
  | { key: 'executionNote'; below: number };

/** Thrown by getProfile for an id no profile has; the front door says it (src/i18n/rules.ts). */
export class UnknownProfileError extends Error {
  override readonly name = 'UnknownProfileError';
  constructor(
    readonly id: string,
    readonly valid: string[],
  ) {
    super(`unknown rule profile "${id}" (valid: ${valid.join(', ')})`);
  }
}
