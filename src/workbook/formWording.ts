// The form's own wording: what the tool writes INTO the workbook or says about a write, in the language of the form
// (zh-CN, whatever the pane's language) — drafted 偏差原因 notes, the reasons and conflicts of the write plan, and the
// header rows of the tool's own sheets. The headers are fixed words the tool also recognises (ownSheets.ts), so they
// live here as data. The sentences are injected: the front door passes a FormWording to checkWorkbook/buildWritePlan
// (src/i18n/zh-CN/formWording.ts), so the workbook layer imports no i18n and builds no sentence itself.

import type { Explanation, NoteDraft } from '../domain/explain';

/** Header row of the 「检查结果」 sheet the pane's 「导出检查结果」 writes. */
export const FINDINGS_HEADER: readonly string[] = ['表格', '级别', '代码', '工作表', '单元格', '指标', '说明', '跳转'];

/** What the write plan says. `who` is the indicator's (shortened) name; numbers come in formatted. */
export interface PlanWording {
  rate: (explanation: string) => string;
  score: (who: string, explanation: string) => string;
  total: (total: string) => string;
  grade: (total: string, grade: string) => string;
  note: (who: string) => string;
  conflict: (where: string, current: string, expected: string, why: string) => string;
  conflictFormula: (where: string, formula: string, current: string, expected: string, why: string) => string;
  mergedCell: (where: string, items: string[]) => string;
  mergedItem: {
    rate: (v: string) => string;
    budgetScore: (v: string) => string;
    score: (who: string, v: string) => string;
    total: (v: string) => string;
    grade: (v: string) => string;
    note: (who: string) => string;
  };
  whyBudget: string;
  whyTotal: string;
  whyGrade: string;
}

export interface FormWording {
  /** A score's explanation as the form says it. */
  explain: (e: Explanation) => string;
  /** A drafted 偏差原因分析及改进措施 note, with its blanks: 「…。原因：；改进措施：」. */
  note: (d: NoteDraft) => string;
  plan: PlanWording;
}
