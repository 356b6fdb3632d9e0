// The form's own zh-CN wording, injected by the front doors into the write plan (src/workbook/formWording.ts says
// why): drafted 偏差原因 notes, write reasons and conflicts. It is the form's language, not the pane's: a Chinese
// workbook gets Chinese notes whatever language the pane speaks.

import type { Gap, NoteDraft } from '../../domain/explain';
import type { FormWording, PlanWording } from '../../workbook/formWording';
import { formatNumber, formatPercent, formatPercentPoints, formatPoints, formatRatio } from '../../domain/format';
import { formatQuantity } from '../../domain/parse';
import { explainZh } from '../explain';

/** Drafted 偏差原因分析及改进措施 texts. */
const noteText = {
  tail: '原因：；改进措施：',
  belowRange: (actual: string, low: string, gap: string) => `实际完成${actual}，低于目标区间下限${low}，差${gap}。`,
  aboveRange: (actual: string, high: string, gap: string) => `实际完成${actual}，高于目标区间上限${high}，超出${gap}。`,
  belowTarget: (actual: string, target: string, gap: string) => `实际完成${actual}，低于目标${target}，差${gap}。`,
  aboveLimit: (actual: string, target: string, gap: string) => `实际完成${actual}，高于目标上限${target}，超出${gap}。`,
  overAchieved: (actual: string, target: string, achieved: string, excess: string) =>
    `实际完成${actual}，为目标${target}的${achieved}，超出目标${excess}。`,
  rateBelow: (rate: string, target: string) => `完成率${rate}，未完全达到目标（${target}）。`,
  lateTime: (actual: string, target: string) => `实际用时${actual}，超过目标时限${target}。`,
  lateDate: (actual: string, target: string) => `实际完成时间${actual}，晚于目标${target}。`,
  dateUnclear: (actual: string, target: string) => `实际完成时间${actual}，无法确定是否按目标${target}完成。`,
  qualitative: (actual: string, target: string) => `实际完成情况为“${actual}”，未完全达到目标“${target}”。`,
  metBand: (actual: string, score: string, weight: string) =>
    `实际完成情况为“${actual}”，评为达成，得${score}分（满分${weight}分）。`,
  percentPoints: (n: string) => `${n}个百分点`,
};

/** Write-plan reasons. */
const planText: PlanWording = {
  rate: (explanation: string) => `按规则：${explanation}`,
  score: (who: string, explanation: string) => `「${who}」按规则：${explanation}`,
  total: (total: string) => `按各项得分合计：${total}分`,
  grade: (total: string, grade: string) => `总分${total}分，评为“${grade}”`,
  note: (who: string) => `「${who}」需说明偏差，已起草说明，请补全原因和改进措施`,
  conflict: (where: string, current: string, expected: string, why: string) =>
    `${where} 现为 ${current}（手工填写），按规则应为 ${expected}：${why}。保留原值，勾选后可替换。`,
  conflictFormula: (where: string, formula: string, current: string, expected: string, why: string) =>
    `${where} 现为公式 ${formula}（结果 ${current}），按规则应为 ${expected}：${why}。保留原公式，勾选后可替换。`,
  mergedCell: (where: string, items: string[]) =>
    `${where}：该单元格是合并单元格，${items.join('、')}都要填在这里，一个单元格无法分别填写，未写入。请取消合并，让每项各占一个单元格后重新计算。`,
  mergedItem: {
    rate: (v: string) => `执行率${v}`,
    budgetScore: (v: string) => `预算执行得分${v}分`,
    score: (who: string, v: string) => `「${who}」得分${v}分`,
    total: (v: string) => `总分${v}分`,
    grade: (v: string) => `等级“${v}”`,
    note: (who: string) => `「${who}」的偏差说明`,
  },
  whyBudget: '预算执行得分按执行率计算',
  whyTotal: '总分为各项得分合计',
  whyGrade: '等级按总分评定',
};

function gapText(gap: Gap): string {
  return gap.unit === '%' ? noteText.percentPoints(formatPercentPoints(gap.value)) : formatQuantity(gap);
}

/** 「实际完成59.22%，低于目标区间下限60%，差0.78个百分点。原因：；改进措施：」 and its kin. */
function note(d: NoteDraft): string {
  let head: string;
  switch (d.kind) {
    case 'overAchieved':
      head = noteText.overAchieved(
        d.actual,
        d.target,
        formatRatio(d.ratio),
        `${formatNumber((d.ratio - 1) * 100, 1)}%`,
      );
      break;
    case 'lateDate':
      head = noteText.lateDate(d.actual, d.target);
      break;
    case 'dateUnclear':
      head = noteText.dateUnclear(d.actual, d.target);
      break;
    case 'qualitative':
      head = noteText.qualitative(d.actual, d.target);
      break;
    case 'metBand':
      head = noteText.metBand(d.actual, formatPoints(d.score), formatPoints(d.weight));
      break;
    case 'rateBelow':
      head = noteText.rateBelow(formatPercent(d.rate), d.target);
      break;
    case 'lateTime':
      head = noteText.lateTime(d.actual, d.target);
      break;
    case 'belowRange':
      head = noteText.belowRange(d.actual, d.low, gapText(d.gap));
      break;
    case 'aboveRange':
      head = noteText.aboveRange(d.actual, d.high, gapText(d.gap));
      break;
    case 'belowTarget':
      head = noteText.belowTarget(d.actual, d.target, gapText(d.gap));
      break;
    case 'aboveLimit':
      head = noteText.aboveLimit(d.actual, d.target, gapText(d.gap));
      break;
    case 'explained':
      head = `${explainZh(d.explanation)}。`;
      break;
  }
  return head + noteText.tail;
}

/** The wording of a Chinese workbook: what every front door passes to checkWorkbook. */
export const zhFormWording: FormWording = { explain: explainZh, note, plan: planText };
