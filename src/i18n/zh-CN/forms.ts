// zh-CN strings for the form families besides the 财预〔2020〕10号 layout: unscored target-completion tables
// (绩效目标自评表), scorecards judged against a 评分标准 (决策–过程–产出–效益, 部门整体 评分表) and 预算执行率
// rows scored by the budget rule. Callers pass numbers already formatted.

/** A table named by its title in quotes, or 「本表」 when it has none. */
const named = (title: string): string => (title ? `“${title}”` : '本表');

export const formsText = {
  weightsUnknown: (where: string, title: string) =>
    `${where}${named(title)}有得分列但没有分值列，各项指标的分值无法确定：已判断各项指标的完成情况，核对了得分合计与总分、总分与等级，未按分值核算各项得分；如需逐项核对得分，可补列分值。`,
  levelScoresAbove: (where: string, level1: string, points: string, sum: string) =>
    `${where}一级指标“${level1}”为${points}分，其下各项得分合计为${sum}分，超过了该指标的分值。`,
  unscoredForm: (where: string, title: string) =>
    `${where}${named(title)}是绩效目标自评表，不设分值和得分列：已核对执行率和各项指标的完成情况，不计分、不评等级。`,
  judgedRows: (where: string, count: string, rows: string) =>
    `${where}有${count}项指标按评分标准评分（第${rows}行），无法按年度指标值和实际完成值核算，已采用表中得分，请人工复核评分依据。`,
  judgedNoScore: (where: string, who: string) => `${where}「${who}」按评分标准评分，但得分未填。`,
};
