// What evaluation produces: per-indicator and per-table results plus findings.
// Built by src/domain/evaluate.ts; read by the write plan, the CLI report and the task pane.

import type { Actual, Finding, Target } from './types';
import type { BasicData, ScoredTable } from './model';
import type { Explanation, NoteDraft } from './explain';

export type IndicatorStatus = 'met' | 'partial' | 'failed' | 'review' | 'notApplicable' | 'unparsed';

export interface IndicatorResult {
  row: number;
  cell: string; // A1 address of its 得分 cell
  level1: string;
  level2: string;
  name: string;
  targetText: string;
  actualText: string;
  target: Target;
  actual: Actual;
  weight: number | null;
  /** Score by the rule (rounded), null when the row is excluded or cannot be scored. */
  score: number | null;
  recorded: number | null; // the 得分 printed in the table
  status: IndicatorStatus;
  /** Achievement actual/target where it is defined (1 = exactly met). */
  ratio?: number;
  /** For 'review' rows: the band of points the rule allows, [low, high). */
  band?: [number, number];
  overAchieved?: boolean;
  /** Points a regional profile deducted for over-achievement (指标偏离); the target itself was met. */
  penalty?: number;
  /** What the score rests on, as facts; src/i18n/explain.ts words it: 「实际完成59.22%，目标区间60%–80%，未达标，得0分（满分2分）」 */
  explanation: Explanation;
  /** What a drafted 偏差原因分析及改进措施 note would state, when a note is required and none is written. */
  draft?: NoteDraft;
  noteRequired: boolean;
}

export interface BudgetResult {
  initial: number | null;
  fullYear: number | null;
  executed: number | null;
  weight: number | null;
  rate: number | null; // 1 = 100%
  score: number | null;
  recordedRate: number | null;
  recordedScore: number | null;
}

export interface TableResult {
  kind: 'department' | 'project';
  table: ScoredTable;
  budget?: BudgetResult;
  indicators: IndicatorResult[];
  total: number | null;
  recordedTotal: number | null;
  grade: string | null;
  recordedGrade: string | null;
  /** Points the rate-based cap removed (regional profiles), 0 otherwise. */
  capApplied?: number;
  counts: { failed: number; review: number; overAchieved: number; unparsed: number };
}

export interface BasicResult {
  kind: 'basic';
  table: BasicData;
  staffingRate: number | null; // computed 实际在职人数 ÷ 编制数
  recordedStaffingRate: number | null;
}

export type AnyTableResult = TableResult | BasicResult;

export interface Evaluation {
  results: AnyTableResult[];
  findings: Finding[];
}
