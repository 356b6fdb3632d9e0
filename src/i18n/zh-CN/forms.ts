// zh-CN strings for the form families besides the 财预〔2020〕10号 layout: unscored target-completion tables
// (绩效目标自评表), scorecards judged against a 评分标准 (决策–过程–产出–效益, 部门整体 评分表) and 预算执行率
// rows scored by the budget rule. Callers pass numbers already formatted.

export const formsText = {
  /** Explanation of an unscored table's row, replacing 「分值为空，无法计分」. */
  unscoredTail: '此表不设分值，不计分',
  /** A row judged against its 评分标准 (or a dash target with a weight): the recorded score is taken. */
  judged: (recorded: string, weight: string) => `按评分标准由评价人判断，采用表中得分${recorded}分（满分${weight}分）`,
  judgedBlank: (weight: string) => `按评分标准由评价人判断，表中得分为空（满分${weight}分）`,
  /** A 预算执行率 row with its own 分值, scored by the budget rule. */
  rateRow: (rate: string, from: string, score: string, weight: string) =>
    `执行率${rate}（${from}），按 分值 × 执行率 计得${score}分（满分${weight}分）`,
  rateFromAmounts: (executed: string, denominator: string) => `全年执行数${executed} ÷ 预算数${denominator}`,
  rateFromRow: '表中填写的执行率',
  /** A budget block with no points of its own (the form scores 预算执行率 as a row, or scores nothing). */
  budgetNotScored: (rate: string, executed: string, denominatorLabel: string, denominator: string) =>
    `执行率${rate}（全年执行数${executed} ÷ ${denominatorLabel}${denominator}），此表预算执行不单独计分`,

  /** Explanation of a row of a table with 得分 but no 分值 column, replacing 「分值为空，无法计分」. */
  weightlessTail: '此表未列分值，不按分值核算得分',
  /** …of a 其中 row under an indicator (其中桃树种植面积). */
  detailTail: '为上一项指标的其中项，不单独计分',
  weightsUnknown: (where: string, title: string) =>
    `${where}“${title}”有得分列但没有分值列，各项指标的分值无法确定：已判断各项指标的完成情况，核对了得分合计与总分、总分与等级，未按分值核算各项得分；请补列分值。`,
  levelScoresAbove: (where: string, level1: string, points: string, sum: string) =>
    `${where}一级指标“${level1}”为${points}分，其下各项得分合计为${sum}分，超过了该指标的分值。`,
  unscoredForm: (where: string, title: string) =>
    `${where}“${title}”是绩效目标自评表，不设分值和得分列：已核对执行率和各项指标的完成情况，不计分、不评等级。`,
  judgedRows: (where: string, count: string, rows: string) =>
    `${where}有${count}项指标按评分标准评分（第${rows}行），无法按年度指标值和实际完成值核算，已采用表中得分，请人工复核评分依据。`,
  judgedNoScore: (where: string, who: string) => `${where}「${who}」按评分标准评分，但得分未填。`,
};
