// The wording of every finding, in zh-CN and in English: one row per code (per kind, where a code is said in
// several ways). Rewording a message changes this file only; every other test asserts codes and params.

import type { Finding } from '../../src/domain/types';
import { renderFinding } from '../../src/i18n/findings';
import { EN_CODES } from '../../src/i18n/findings/en';
import { ZH_CODES } from '../../src/i18n/findings/zh-CN';
import { SAMPLES } from './findingSamples';

/** [code, zh-CN, en] for each of SAMPLES, in order. */
const MESSAGES: [string, string, string][] = [
  [
    'indicator-failed',
    '附件3!H17「2.住房公积金个贷率控制在60%到80%的区间」未达到年度指标值：实际完成59.22%，目标区间60%–80%，未达标，得0分（满分2分）。',
    '附件3!H17 「2.住房公积金个贷率控制在60%到80%的区间」 did not meet its annual target: actual “59.22%”, target “控制在60%到80%的区间”, 0 of 2 points.',
  ],
  [
    'indicator-failed',
    '附件3!H18「办结率」未达到年度指标值：实际完成94.7%，目标≥100%，完成94.7%，未达标，按实际÷目标计得9.47分（满分10分）；表中9分视为取整，不作错误。',
    '附件3!H18 「办结率」 did not meet its annual target: actual “94.7%”, target “≥100%”, 9.47 of 10 points; the recorded 9 points is accepted as rounding.',
  ],
  [
    'indicator-review',
    '附件3!H20「服务质量」需人工判断：实际完成部分达成，目标有效提升，部分达成，按规则应得6–8分（不含8分），表中得分为空，暂按6分计，需人工判断。',
    "附件3!H20 「服务质量」 needs a person's judgement: actual “部分达成”, target “有效提升”.",
  ],
  [
    'indicator-review',
    '项目评分表!E4有4项指标按评分标准评分（第4–7行），无法按年度指标值和实际完成值核算，已采用表中得分，请人工复核评分依据。',
    '项目评分表!E4: 4 indicators are scored against their scoring criteria (rows 4–7); the recorded scores were used. Please check them.',
  ],
  [
    'over-achievement-deduction',
    '附件3!H14「3.办理住房公积金提取」已达标但超出目标过多，按所选地区规则扣分：实际完成40.83亿元，目标23亿元，完成177.5%，达标，得3分（满分5分），超出目标30%以上，需说明原因，指标偏离扣2分。',
    '附件3!H14 「3.办理住房公积金提取」 met its target but exceeded it by too much; the selected regional rules deduct 2 points.',
  ],
  [
    'score-above-weight',
    '附件3!H12「1.归集住房公积金」得分6分超过分值5分，得分不得超过分值。',
    '附件3!H12 「1.归集住房公积金」 scores 6 points, more than its weight of 5 points.',
  ],
  [
    'score-mismatch',
    '附件3!H17「2.住房公积金个贷率控制在60%到80%的区间」得分为2分，按规则应为0分（实际完成59.22%，目标区间60%–80%，未达标，得0分（满分2分））。',
    '附件3!H17 「2.住房公积金个贷率控制在60%到80%的区间」 scores 2 points; by the rules it should be 0 points.',
  ],
  [
    'score-mismatch',
    '附件3!H20「服务质量」得分为9分，不在规则允许的6–8分（不含8分）范围内；请人工判断后在此范围内填写（暂按下限计）。',
    '附件3!H20 「服务质量」 scores 9 points, outside the 6–8 points (8 excluded) the rules allow; judge it and enter a score in that range (the lower end is used for now).',
  ],
  [
    'met-below-full',
    '附件3!H12「1.归集住房公积金」已达到目标（实际完成54.62亿元，目标48亿元，达标，得5分（满分5分）），应得满分5分，表中为4分。',
    '附件3!H12 「1.归集住房公积金」 met its target and should score the full 5 points; the table records 4 points.',
  ],
  [
    'note-missing',
    '附件3!I17「2.住房公积金个贷率控制在60%到80%的区间」得分0分低于分值2分，应在偏差原因分析及改进措施栏说明原因和改进措施，现为空。',
    '附件3!I17 「2.住房公积金个贷率控制在60%到80%的区间」 scores 0 of 2 points: explain why and what will be done in 「偏差原因分析及改进措施」. It is blank.',
  ],
  [
    'note-missing',
    '附件3!I17「2.住房公积金个贷率控制在60%到80%的区间」得分0分低于分值2分，应在偏差原因分析及改进措施栏说明原因和改进措施，偏差原因尚未填写（原因、改进措施为空）。',
    '附件3!I17 「2.住房公积金个贷率控制在60%到80%的区间」 scores 0 of 2 points: explain why and what will be done in 「偏差原因分析及改进措施」. The drafted note is not filled in yet (reason and measures blank).',
  ],
  [
    'note-missing',
    '附件3!I17「2.住房公积金个贷率控制在60%到80%的区间」得分0分低于分值2分，应在偏差原因分析及改进措施栏说明原因和改进措施，现只写了“无”，不算说明。',
    '附件3!I17 「2.住房公积金个贷率控制在60%到80%的区间」 scores 0 of 2 points: explain why and what will be done in 「偏差原因分析及改进措施」. It only says “无”, which is not an explanation.',
  ],
  [
    'note-missing',
    '附件3!I17「2.住房公积金个贷率控制在60%到80%的区间」得分0分低于分值2分，应在偏差原因分析及改进措施栏说明原因和改进措施，现只写了“按计划推进”，未说明原因。',
    '附件3!I17 「2.住房公积金个贷率控制在60%到80%的区间」 scores 0 of 2 points: explain why and what will be done in 「偏差原因分析及改进措施」. It only says “按计划推进”, which gives no reason.',
  ],
  [
    'note-missing',
    '附件3!I17「2.住房公积金个贷率控制在60%到80%的区间」得分0分低于分值2分，应在偏差原因分析及改进措施栏说明原因和改进措施，现只重复了完成情况（“实际完成59.22%”），未说明原因。',
    '附件3!I17 「2.住房公积金个贷率控制在60%到80%的区间」 scores 0 of 2 points: explain why and what will be done in 「偏差原因分析及改进措施」. It only repeats the figures (“实际完成59.22%”) and gives no reason.',
  ],
  [
    'note-missing',
    '目标表!F9「培训人次」未达到年度指标值，应说明原因和改进措施，表中没有偏差原因栏，请在自评报告中说明。',
    '目标表!F9 「培训人次」 did not meet its annual target: explain why and what will be done in 「偏差原因分析及改进措施」. The table has no deviation column: explain it in the self-evaluation report.',
  ],
  [
    'note-missing',
    '附件3!G5执行率为72%，低于80%，应说明原因。',
    '附件3!G5: The execution rate is 72%, below 80%: explain why.',
  ],
  [
    'over-achievement-note',
    '附件3!I14「3.办理住房公积金提取」实际完成40.83亿元，为目标23亿元的177.5%，达到130%及以上，应说明超出原因，现未说明。',
    '附件3!I14 「3.办理住房公积金提取」 achieved 177.5% of its target (actual “40.83亿元”, target “≥23亿元”), at least 130%: explain why. No explanation yet.',
  ],
  [
    'note-contradicts-score',
    '附件3!I17「2.住房公积金个贷率控制在60%到80%的区间」得0分（满分2分），未达到年度指标值，偏差原因却写“已完成”；请说明未达标的原因和改进措施。',
    '附件3!I17 「2.住房公积金个贷率控制在60%到80%的区间」 scores 0 of 2 points and missed its target, yet the note says “已完成”; explain why it was missed and what will be done.',
  ],
  [
    'note-contradicts-score',
    '附件3!I12「1.归集住房公积金」得满分5分，偏差原因却说未完成（“受政策调整影响，部分归集任务未完成”）；请核对得分或说明。',
    '附件3!I12 「1.归集住房公积金」 scores the full 5 points, yet the note says it was not completed (“受政策调整影响，部分归集任务未完成”); check the score or explain.',
  ],
  [
    'actual-repeats-comparator',
    '附件3!F25「资料保存期限」实际完成值“≥360天”照抄了目标的比较符号，应填写实际测得的数值。',
    "附件3!F25 「资料保存期限」: the actual value “≥360天” copies the target's comparison sign; enter the value measured.",
  ],
  [
    'actual-not-measured',
    '附件3!F28「住房公积金窗口服务满意度」实际完成值只写了“满意”，目标为≥95%，未给出实际数值，无法核实是否达到；请填写实测数值。',
    '附件3!F28 「住房公积金窗口服务满意度」: the actual value only says “满意” against a target of “≥95%”, so it cannot be checked; enter the measured value.',
  ],
  [
    'blank-with-score',
    '附件3!H21「培训人次」年度指标值为空，却填有得分5分。',
    '附件3!H21 「培训人次」: 「年度指标值」 (annual target) is blank, yet a score of 5 points is filled in.',
  ],
  [
    'unparsed-value',
    '附件3!E21「培训人次」年度指标值和实际完成值为空，无法计分。',
    '附件3!E21 「培训人次」: 「年度指标值」 (annual target) and 「实际完成值」 (actual value) are blank, so it cannot be scored.',
  ],
  [
    'unparsed-value',
    '附件3!F22「验收合格率」实际完成值“95%、98%”无法识别，未计分；请改写为数值加单位（如“≥95%”“48亿元”“5个工作日内”）。',
    '附件3!F22 「验收合格率」: 「实际完成值」 (actual value) “95%、98%” cannot be read and is not scored; write a number with its unit (e.g. “≥95%”, “48亿元”, “5个工作日内”).',
  ],
  [
    'unparsed-value',
    '附件3!G23「共享数据目录」分值为错误值 #N/A（公式或引用出错），无法据此计分；请修正该单元格。',
    '附件3!G23 「共享数据目录」: 「分值」 (weight) holds the error value #N/A (a formula or reference error), so it cannot be scored; correct the cell.',
  ],
  [
    'unparsed-value',
    '附件3!G24「宣传次数」分值为空，无法计分。',
    '附件3!G24 「宣传次数」: 「分值」 (weight) is blank, so it cannot be scored.',
  ],
  [
    'unparsed-value',
    '项目评分表!F7「项目立项规范性」按评分标准评分，但得分未填。',
    '项目评分表!F7 「项目立项规范性」 is scored against its scoring criteria, but no score is filled in.',
  ],
  [
    'unit-mismatch',
    '附件3!F26「培训人次」实际完成3天与目标≥500人次单位不同，无法比较。',
    '附件3!F26 「培训人次」: the actual value “3天” and the target “≥500人次” have different units and cannot be compared.',
  ],
  [
    'target-placeholder',
    '附件3!E20「群众满意度」年度指标值“xx%”是占位符，目标未量化；请填写具体的指标值（如“≥95%”“48亿元”）。',
    '附件3!E20 「群众满意度」: the annual target “xx%” is a placeholder; enter a concrete target (e.g. “≥95%”, “48亿元”).',
  ],
  [
    'cost-at-least',
    '附件3!E22「成本控制在预算内」是成本指标，年度指标值却写作“≥5506.5万元”：成本应设上限，请改为“≤5506.5万元”。',
    '附件3!E22 「成本控制在预算内」 is a cost indicator, but its target is written “≥5506.5万元”: a cost needs an upper limit; write “≤5506.5万元”.',
  ],
  [
    'rate-target-over-100',
    '附件3!E23「验收合格率」年度指标值“≥120%”超过100%，该比率不可能超过100%；请核对指标值。',
    '附件3!E23 「验收合格率」: the target “≥120%” is above 100%, which this rate cannot exceed; check it.',
  ],
  [
    'deadline-after-year',
    '附件3!E12「项目完工时间」完成时限“2024年6月30日前”晚于评价年度2023年，年度目标应在当年内完成；跨年度项目请说明。',
    '附件3!E12 「项目完工时间」: the deadline “2024年6月30日前” is after 2023, the year evaluated; an annual target should be met within the year (explain if the project spans years).',
  ],
  [
    'dimension-missing',
    '附件3!B12表中没有效益指标、满意度指标；如表样要求，应补充该类指标。',
    '附件3!B12: The table has no 「效益指标」 (benefit) or 「满意度指标」 (satisfaction) indicator; add one if the form requires it.',
  ],
  [
    'parts-total-mismatch',
    '附件3!H29总分填为98分，但表中预算执行和各项指标得分合计为97分（散总不一致）。',
    '附件3!H29: The total is entered as 98 points, but the scores in the table add up to 97 points.',
  ],
  [
    'total-over-100',
    '附件3!H29按各项得分合计总分为188分，超过100分：分值设置有误（请核对预算执行和各项指标的分值），不评定等级。',
    '附件3!H29: The scores add up to 188 points, more than 100: the weights are wrong (check the budget and indicator weights); no grade is given.',
  ],
  [
    'weights-level1',
    '附件3!A12一级指标“产出指标”标明50分，其下指标分值合计51分。',
    '附件3!A12: 「产出指标」 declares 50 points, but the weights of its indicators add up to 51 points.',
  ],
  [
    'weights-level1',
    '评分表!A5一级指标“产出指标”为60分，其下各项得分合计为62分，超过了该指标的分值。',
    '评分表!A5: 「产出指标」 is worth 60 points, but the scores of its indicators add up to 62 points, more than that.',
  ],
  [
    'weights-total',
    '附件3!G29预算执行率与各项指标分值合计95分，应为100分。',
    '附件3!G29: The budget and indicator weights add up to 95 points; they should add up to 100 points.',
  ],
  [
    'weights-total',
    '评分表!A1“2023年度项目支出绩效自评表”有得分列但没有分值列，各项指标的分值无法确定：已判断各项指标的完成情况，核对了得分合计与总分、总分与等级，未按分值核算各项得分；如需逐项核对得分，可补列分值。',
    "评分表!A1: 「2023年度项目支出绩效自评表」 has a score column but no weight column, so the weights are unknown: each indicator's outcome, the scores against the total and the total against the grade were checked, not each score against its weight; add a weight column to have each score checked.",
  ],
  [
    'rate-mismatch',
    '附件3!G5执行率填为95%，按全年执行数 ÷ 全年预算数应为96.85%。',
    '附件3!G5: The execution rate is entered as 95%; 「全年执行数」 ÷ 「全年预算数」 gives 96.85%.',
  ],
  [
    'rate-over-100',
    '附件3!G5执行率为105%，超过100%，请核对全年预算数和全年执行数；得分按100%计。',
    '附件3!G5: The execution rate is 105%, above 100%: check the full-year budget and the amount spent; it is scored as 100%.',
  ],
  [
    'budget-score-mismatch',
    '附件3!I5预算执行得分为10分，按规则应为9.68分（执行率96.85%（全年执行数4285.9 ÷ 全年预算数4425.38），得9.68分（满分10分））。',
    '附件3!I5: The budget execution score is 10 points; by the rules it should be 9.68 points.',
  ],
  [
    'budget-missing',
    '附件3!A1缺少预算资金数据，无法计算预算执行率和得分。',
    '附件3!A1: No budget figures were found, so the execution rate and its score cannot be computed.',
  ],
  [
    'budget-missing',
    '附件3!F5缺少全年预算数、全年执行数，无法计算预算执行率和得分。',
    '附件3!F5: 「全年预算数」 (full-year budget) and 「全年执行数」 (amount spent) are missing, so the execution rate and its score cannot be computed.',
  ],
  [
    'budget-missing',
    '附件3!F5全年执行数为错误值 #N/A（公式或引用出错），无法计算预算执行率和得分；请修正该单元格。',
    '附件3!F5: 「全年执行数」 (amount spent) holds the error value #N/A (a formula or reference error), so the execution rate cannot be computed; correct the cell.',
  ],
  [
    'budget-missing',
    '附件3!A1表中没有预算资金数据，预算执行率按第8行的「预算执行率」指标计分；如有预算资金表，请放在指标表上方以便核对执行率。',
    '附件3!A1: The table has no budget figures; the execution rate is scored by the indicator in row 8. Put a budget block above the indicators to have the rate checked.',
  ],
  [
    'total-mismatch',
    '附件3!H29总分为95分，按各项得分合计应为98分。',
    '附件3!H29: The total is 95 points; the scores add up to 98 points.',
  ],
  [
    'total-mismatch',
    '附件3!H29总分为95分，按各项得分合计应为89分。执行率75%，总分最高89分。',
    '附件3!H29: The total is 95 points; the scores add up to 89 points. With an execution rate of 75% the total is at most 89 points.',
  ],
  [
    'grade-mismatch',
    '附件3!H30等级为“良”，总分98分应评为“优”。',
    '附件3!H30: The grade is “良”; a total of 98 points is graded “优”.',
  ],
  [
    'staffing-rate-mismatch',
    '附件1!E5控制率填为90%，按实际在职人数123 ÷ 编制数127应为96.85%。',
    '附件1!E5: The staffing rate is entered as 90%; 123 staff ÷ 127 posts gives 96.85%.',
  ],
  [
    'unscored-form',
    '目标表!A1“2023年度项目绩效目标自评表”是绩效目标自评表，不设分值和得分列：已核对执行率和各项指标的完成情况，不计分、不评等级。',
    '目标表!A1: 「2023年度项目绩效目标自评表」 is a target self-evaluation without weights or scores: its execution rate and targets were checked; nothing is scored or graded.',
  ],
  [
    'table-incomplete',
    '附件3!A11：找到附件3项目支出绩效自评表的指标表头，但缺少“得分”列（应有三级指标、年度指标值、实际完成值、分值、得分五列），无法核算该表。',
    '附件3!A11: found the indicator header of 「附件3」 (project self-evaluation), but the 「得分」 column is missing, so the table cannot be checked.',
  ],
  [
    'table-incomplete',
    '附件3!A11：附件3项目支出绩效自评表“运转经费”的指标表头下没有找到任何指标行（三级指标、年度指标值、实际完成值或分值均为空）。',
    '附件3!A11: 「附件3」 (project self-evaluation) 「运转经费」 has no indicator rows under its header.',
  ],
  [
    'table-incomplete',
    '附件2!A30：附件2部门整体支出绩效自评表的指标行下没有找到“总分”（或“合计”）行，无法核对总分。',
    '附件2!A30: 「附件2」 (department self-evaluation) has no 「总分」 (total) row below its indicators, so the total cannot be checked.',
  ],
  [
    'table-incomplete',
    'Sheet1!A1：找到标题“2023年度项目支出绩效自评表”，但其下没有找到“一级指标、二级指标、三级指标、年度指标值、实际完成值、分值、得分”表头，未能识别该表。',
    'Sheet1!A1: found the title 「2023年度项目支出绩效自评表」, but no indicator header below it; the table was not recognised.',
  ],
  [
    'table-incomplete',
    '附件1!A1：找到标题“部门整体支出绩效评价基础数据表”，但其下没有找到“财政供养人员情况”或“经费控制情况（万元）”部分，未能识别该表。',
    '附件1!A1: found the title 「部门整体支出绩效评价基础数据表」, but no 「财政供养人员情况」 or 「经费控制情况（万元）」 part below it; the table was not recognised.',
  ],
  [
    'table-incomplete',
    '附件1!A2：附件1基础数据表没有找到“财政供养人员情况”（编制数、实际在职人数、控制率），无法核对在职人员控制率。',
    '附件1!A2: 「附件1」 (basic data table) has no 「财政供养人员情况」 (staffing) part, so the staffing rate cannot be checked.',
  ],
  [
    'table-incomplete',
    '附件1!A4：附件1基础数据表的“财政供养人员情况”没有找到“编制数”“实际在职人数”表头，无法核对在职人员控制率。',
    '附件1!A4: the 「财政供养人员情况」 part of 「附件1」 (basic data table) has no 「编制数」 (posts) and 「实际在职人数」 (staff) headers, so the staffing rate cannot be checked.',
  ],
  [
    'table-incomplete',
    '附件1!A2：附件1基础数据表没有找到“经费控制情况（万元）”及其年度列（如“2023年决算数”），无法核对经费数据。',
    '附件1!A2: 「附件1」 (basic data table) has no 「经费控制情况（万元）」 (spending) part with year columns, so its amounts cannot be checked.',
  ],
  [
    'table-incomplete',
    '附件1!A7：“经费控制情况”一行没有找到年度列（应为“2022年决算数”“2023年预算数”“2023年决算数”这样的表头），无法读取各项经费。',
    '附件1!A7: the 「经费控制情况」 row has no year columns (such as 「2023年决算数」), so the amounts cannot be read.',
  ],
  [
    'table-incomplete',
    '附件3（空表）!A1“项目支出绩效自评表”是未填写的空表（没有指标行，预算数也未填），已跳过；如需检查，请先填写。',
    '附件3（空表）!A1: 「项目支出绩效自评表」 is a blank form (no indicators, no budget figures) and was skipped; fill it in to have it checked.',
  ],
  [
    'table-incomplete',
    '附件3!A1找到“2023年度项目支出绩效自评表”，但没有识别出任何绩效指标行，未评分。',
    '附件3!A1: Found 「2023年度项目支出绩效自评表」, but no indicator rows in it; it was not scored.',
  ],
  [
    'no-tables',
    'Sheet1!A1：工作簿中没有找到附件1、附件2或附件3表格：附件2、附件3应有“一级指标、二级指标、三级指标、年度指标值、实际完成值、分值、得分”表头，附件1应有“财政供养人员情况”和“经费控制情况（万元）”。',
    'Sheet1!A1: no 「附件1」, 「附件2」 or 「附件3」 table was found in the workbook. Annexes 2 and 3 need the indicator header (「一级指标」 … 「得分」); Annex 1 needs 「财政供养人员情况」 and 「经费控制情况（万元）」.',
  ],
  [
    'cell-conflict',
    '附件3!H17 现为 2（手工填写），按规则应为 0：2.住房公积金个贷率未达标。保留原值，勾选后可替换。',
    '附件3!H17 holds “2” (entered by hand); by the rules it should be “0”. The value is kept; tick it to replace it.',
  ],
  [
    'cell-conflict',
    '附件3!H29 现为公式 =SUM(H5:H28)（结果 98），按规则应为 96：总分为各项得分合计。保留原公式，勾选后可替换。',
    '附件3!H29 holds the formula “=SUM(H5:H28)” (result “98”); by the rules it should be “96”. The formula is kept; tick it to replace it.',
  ],
  [
    'merged-cell',
    '附件3!H16：该单元格是合并单元格，「年度个人住房贷款逾期率」得分5分、「住房公积金个贷率」得分0分、执行率96.85%、「提取」的偏差说明都要填在这里，一个单元格无法分别填写，未写入。请取消合并，让每项各占一个单元格后重新计算。',
    '附件3!H16: this merged cell would have to hold the score of 「年度个人住房贷款逾期率」 5 points, the score of 「住房公积金个贷率」 0 points, the execution rate 96.85% and the deviation note of 「提取」; nothing was written. Unmerge it so that each has a cell of its own, then recalculate.',
  ],
  [
    'sum-mismatch',
    '三公经费2023年决算数为14.2万元，应等于公务用车购置和维护经费9 + 出国经费0 + 公务接待4.2 = 13.2万元，实际相差1万元。',
    '「三公经费」 in 「2023年决算数」 is 14.2, but 「公务用车购置和维护经费」 9 + 「出国经费」 0 + 「公务接待」 4.2 = 13.2: 1 apart (amounts in 10,000 yuan).',
  ],
  [
    'sum-mismatch',
    '年度资金总额全年预算数为800万元，但已填的分项当年财政拨款900 + 其他资金（未填）合计已达900万元，超出合计100万元。',
    '「年度资金总额」 in 「全年预算数」 is 800, but the parts filled in 「当年财政拨款」 900 + 「其他资金」 (blank) already add up to 900, 100 above it (amounts in 10,000 yuan).',
  ],
  [
    'sum-mismatch',
    '年度资金总额全年预算数填为0，但其中各项当年财政拨款1000合计1000万元：年度资金总额应为1000万元。执行率因此无法计算，请先补填年度资金总额。',
    '「年度资金总额」 in 「全年预算数」 is 0, but its parts 「当年财政拨款」 1000 add up to 1000: it should be 1000 (amounts in 10,000 yuan). The execution rate therefore cannot be computed. Fill in 「年度资金总额」 first.',
  ],
  [
    'sum-mismatch',
    '年度资金总额全年预算数未填，但其中各项当年财政拨款1000 + 其他资金（未填）合计1000万元：年度资金总额至少为1000万元。执行率因此改按年初预算数计算，请补填年度资金总额。',
    '「年度资金总额」 in 「全年预算数」 is blank, but its parts 「当年财政拨款」 1000 + 「其他资金」 (blank) add up to 1000: it should be at least 1000 (amounts in 10,000 yuan). The execution rate is therefore computed from 「年初预算数」 instead. Fill in 「年度资金总额」 first.',
  ],
  [
    'sum-mismatch',
    '按支出性质分的各项基本支出800 + 项目支出250合计1050万元，应等于年度资金总额的全年预算数1000万元，实际相差50万元。',
    'The 「按支出性质分」 parts 「基本支出」 800 + 「项目支出」 250 add up to 1050, not the 「全年预算数」 of 1000: 50 apart (amounts in 10,000 yuan).',
  ],
  [
    'sum-mismatch',
    '按收入性质分已填的各项一般公共预算1100 + 其他资金（未填）合计已达1100万元，超出年度资金总额的全年预算数1000万元100万元。',
    'The 「按收入性质分」 parts filled in 「一般公共预算」 1100 + 「其他资金」 (blank) already add up to 1100, 100 above the 「全年预算数」 of 1000 (amounts in 10,000 yuan).',
  ],
  [
    'overrun',
    '三公经费2023年决算数31.03万元，超过预算数18万元，超支13.03万元（+72.4%）。',
    '「三公经费」 2023: final accounts 31.03 exceed the budget of 18 by 13.03 (+72.4%; 10,000 yuan).',
  ],
  [
    'overrun',
    '年度资金总额全年执行数1050万元，超过全年预算数1000万元，超出50万元（执行率105%）。',
    '「年度资金总额」: 「全年执行数」 1050 exceeds 「全年预算数」 1000 by 50 (execution rate 105%; 10,000 yuan).',
  ],
  [
    'unbudgeted-spending',
    '公车购置2023年预算数为0，决算数却有26.44万元：无预算支出26.44万元。',
    '「公车购置」 2023: budgeted at 0, yet 26.44 was spent (10,000 yuan): spending without a budget.',
  ],
  [
    'underspent',
    '办公经费2023年决算数3万元，仅为预算数8万元的37.5%（低于50%），预算编制与执行差距较大，请核实并说明原因。',
    '「办公经费」 2023: final accounts 3 are only 37.5% of the budget of 8 (below 50%; 10,000 yuan); check and explain the gap between budget and spending.',
  ],
  [
    'budget-adjusted',
    '全年预算数4425.38万元与年初预算数5506.5万元不同（调减1081.12万元）：预算经过调整，需在自评报告中说明调整原因和依据。',
    '「全年预算数」 4425.38 differs from 「年初预算数」 5506.5 (cut by 1081.12; 10,000 yuan): the budget was adjusted; explain why and on what authority in the self-evaluation report.',
  ],
  [
    'budget-cut-to-spent',
    '全年预算数由年初的5506.5万元调减为4425.38万元，恰好等于全年执行数4425.38万元：预算调到与实际支出相同会让执行率显示为100%，请核实调整有无批复依据。',
    '「全年预算数」 was cut from 5506.5 to 4425.38, exactly the amount spent (4425.38; 10,000 yuan): a budget cut to the spending shows a 100% execution rate; check that the adjustment was approved.',
  ],
  [
    'cross-annex-mismatch',
    '附件2按支出性质分的项目支出年初预算数为2300万元，附件1（基础数据!D13）2023年预算数中的项目支出为2650万元，两者应一致，实际相差350万元。',
    "「附件2」's project spending (「年初预算数」) is 2300, but 「附件1」 (「基础数据!D13」) gives project spending in 「2023年预算数」 as 2650: they should agree, 350 apart (10,000 yuan).",
  ],
  [
    'cross-annex-mismatch',
    '附件3共1个项目的全年预算数合计4425.38万元（运转经费（附件3!E6）4425.38），与附件2按支出性质分的项目支出179.87万元不符，相差4245.51万元。附件3合计等于附件2年度资金总额的全年预算数4425.38万元，附件3可能填的是部门全部经费，而不只是项目支出。',
    "The 1 「附件3」 table gives 「全年预算数」 4425.38 (「运转经费」 (「附件3!E6」) 4425.38), but 「附件2」's project spending is 179.87: 4245.51 apart (10,000 yuan). The 「附件3」 sum equals 「附件2」's whole 「年度资金总额」 (4425.38): 「附件3」 may list all the department's funds, not only project spending.",
  ],
  [
    'name-mismatch',
    '附件3的单位名称为“某市另一局”，与附件2的部门名称“某市某某局”不一致。',
    '「附件3」 names the unit “某市另一局”, but 「附件2」 names the department “某市某某局”.',
  ],
  [
    'year-mismatch',
    '附件3标题的年度为2022年，与附件2的2023年度不一致。',
    "「附件3」's title says 2022, but 「附件2」 says 2023.",
  ],
  [
    'year-mismatch',
    '附件1标题为2024年度，但经费列（2022年决算数、2023年预算数、2023年决算数）中没有2024年的预算数或决算数。',
    '「附件1」 is titled 2024, but none of its amount columns (「2022年决算数」, 「2023年预算数」, 「2023年决算数」) is a 2024 budget or final account.',
  ],
  [
    'check-skipped',
    '未能核对“附件1各项经费的决算数与预算数”：出国经费2023年决算数（D9）未填、公务接待2022年决算数（表中没有这一行）、办公经费2023年预算数（C12）“见附表”无法读取为金额。',
    "Could not check each 「附件1」 line's final accounts against its budget: 「出国经费2023年决算数」 (「D9」) is blank; 「公务接待2022年决算数」 (no such line); 「办公经费2023年预算数」 (「C12」) “见附表” is not an amount.",
  ],
  [
    'check-skipped',
    '未能核对“按支出性质分的各项之和 = 全年预算数”、“附件3各项目全年预算数之和与附件2的项目支出”：按支出性质分的项目支出（E7）未填。',
    "Could not check the 「按支出性质分」 parts = 「全年预算数」; the sum of the 「附件3」 budgets against 「附件2」's project spending: 「按支出性质分的项目支出」 (「E7」) is blank.",
  ],
  [
    'check-skipped',
    '未能核对“附件1各项经费的决算数与预算数”：没有同一年度的预算数列和决算数列。',
    "Could not check each 「附件1」 line's final accounts against its budget: there is no budget column and final-accounts column of the same year.",
  ],
  [
    'check-skipped',
    '未能核对“预算资金区的勾稽关系”：本表没有找到预算资金区（年度资金总额）。',
    'Could not check the budget block: the table has no budget block (「年度资金总额」).',
  ],
  [
    'check-skipped',
    '未能核对“附件2的项目支出与附件1的项目支出预算数”：附件2的全年预算数1000万元已由年初的1100万元调整，按支出性质分的项目支出是调整后的口径，而附件1的预算数是年初口径，两者不可直接比较。',
    "Could not check 「附件2」's project spending against 「附件1」's project budget: 「附件2」's 「全年预算数」 1000 was adjusted from 1100 at the start of the year, while 「附件1」's budget is the start-of-year figure, so the two cannot be compared.",
  ],
  [
    'check-skipped',
    '未能核对“附件之间的勾稽关系”：工作簿中有2张附件2（部门整体支出绩效自评表），跨附件核对要求一个工作簿只含一个部门。',
    'Could not check the annexes against each other: the workbook has 2 「附件2」 tables; the checks across annexes need one department per workbook.',
  ],
  [
    'check-skipped',
    '未能核对“附件3各项目全年预算数之和与附件2的项目支出”：附件2没有按支出性质分的项目支出金额。',
    "Could not check the sum of the 「附件3」 budgets against 「附件2」's project spending: 「附件2」 gives no amount for project spending.",
  ],
  [
    'met-below-full',
    '项目评分表!G28「办学条件改善」已达到目标（实际完成有效改善，目标有效改善，达标，按规则应得12–15分），表中为10分，不在此范围内。',
    '项目评分表!G28 「办学条件改善」 was achieved, which scores 80%–100% of its weight; the table records 10 points, below that band.',
  ],
  [
    'budget-missing',
    '附件3!D5全年预算数为0，无法计算预算执行率和得分。',
    '附件3!D5: 「全年预算数」 (full-year budget) is 0, so the execution rate and its score cannot be computed.',
  ],
  [
    'total-mismatch',
    '附件3!H29总分为95分，表中各项得分合计为97分，按规则核算各项得分后合计应为98分。',
    "附件3!H29: The total is 95 points and the table's scores add up to 97 points; scored by the rules they add up to 98 points.",
  ],
  [
    'total-mismatch',
    '附件3!H29总分为97分，与表中各项得分合计一致，但按规则核算各项得分后合计应为98分（见上面各项得分的问题）。',
    "附件3!H29: The total of 97 points adds up the table's scores, but scored by the rules they add up to 98 points (see the score findings above).",
  ],
  [
    'total-mismatch',
    '附件3!H16总分为98分，是表中取整后各项得分之和；取整应在合计之后：按规则各项得分合计为97.24分，总分取整应为97分。',
    '附件3!H16: The total of 98 points adds up scores each rounded first; round after adding: the rules give 97.24 points, so the total rounds to 97 points.',
  ],
  [
    'budget-score-rounded',
    '附件3!H5预算执行得分：执行率86.2%（全年执行数37.24 ÷ 全年预算数43.2），得8.62分（满分10分）；表中9分视为取整，不作错误。',
    "附件3!H5: The budget execution score of 9 points is taken as the rule's score rounded (the rule gives a fraction of a point more or less); not an error.",
  ],
  [
    'table-incomplete',
    '工资性支出!J17总分无法计算：2项指标的实际完成值为空（第15、16行），无法计分，不评定等级。',
    '工资性支出!J17: The total cannot be computed: 2 indicators with 「实际完成值」 (actual value) blank (rows 15, 16), so they cannot be scored and no grade is given.',
  ],
  [
    'formula-not-computed',
    '附件3!E6：表中有2个公式没有计算结果（E6、G6），按空白处理，相关的“为空”提示可能因此而来。文件可能由其他软件生成、未在Excel中保存：请在Excel或WPS中打开、保存后再检查。',
    '附件3!E6: 2 formulas have no computed result (E6, G6) and are read as blank, which may explain the blanks reported. The file was probably written by another program and never saved in Excel: open it in Excel or WPS, save it, and check again.',
  ],
  [
    'unscored-form',
    '绩效目标!A1本表是绩效目标自评表，不设分值和得分列：已核对执行率和各项指标的完成情况，不计分、不评等级。',
    '绩效目标!A1: This table is a target self-evaluation without weights or scores: its execution rate and targets were checked; nothing is scored or graded.',
  ],
];

const rows = SAMPLES.map((f, i): [string, Finding, string, string] => [
  `${f.code} #${i}`,
  f,
  MESSAGES[i][1],
  MESSAGES[i][2],
]);

describe('each finding in zh-CN and in English', () => {
  it('has one expected pair of messages per sample', () => {
    expect(MESSAGES.map((m) => m[0])).toEqual(SAMPLES.map((f) => f.code));
  });

  it.each(rows)('%s in zh-CN', (_label, f, zh) => {
    expect(renderFinding(f, 'zh-CN')).toBe(zh);
  });

  it.each(rows)('%s in English', (_label, f, _zh, en) => {
    expect(renderFinding(f, 'en')).toBe(en);
  });

  it('renders zh-CN when no language is given', () => {
    expect(renderFinding(SAMPLES[0])).toBe(MESSAGES[0][1]);
  });
});

describe('templates', () => {
  it('every code has a zh-CN and an English template, and every code has a sample here', () => {
    const sampled = [...new Set(SAMPLES.map((f) => f.code))].sort();
    expect([...ZH_CODES].sort()).toEqual(sampled);
    expect([...EN_CODES].sort()).toEqual(sampled);
  });

  it('fails loudly for a code without a template rather than printing nothing', () => {
    const unknown = { ...SAMPLES[0], code: 'no-such-code' } as unknown as Finding;
    expect(() => renderFinding(unknown, 'en')).toThrow();
    expect(() => renderFinding(unknown, 'zh-CN')).toThrow();
  });
});

/** CJK ideographs, CJK punctuation and full-width forms. */
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/**
 * The English message without what is kept Chinese on purpose: the cell it starts with (a sheet's own name), the
 * form's terms and the workbook's names in 「」, and a cell's text quoted in “”.
 */
function ownWords(f: Finding, en: string): string {
  const where = `${f.sheet}!${f.cell}`;
  return (en.startsWith(where) ? en.slice(where.length) : en).replace(/「[^」]*」/gu, '').replace(/“[^”]*”/gu, '');
}

describe('English messages', () => {
  it.each(rows)('%s has no Chinese outside the cell, 「form terms」 and “quoted cell text”', (_label, f) => {
    const words = ownWords(f, renderFinding(f, 'en'));
    expect(words).not.toMatch(CJK);
  });

  it('the check itself catches Chinese in an English sentence', () => {
    const f = SAMPLES[0];
    expect(ownWords(f, `${f.sheet}!${f.cell} 「名称」 未达标`)).toMatch(CJK);
  });

  it('clips a long quoted cell text and drops control characters, without cutting the sentence', () => {
    const f: Finding = {
      severity: 'warning',
      code: 'actual-repeats-comparator',
      sheet: '附件3',
      cell: 'F25',
      params: { name: '保存期限', text: '≥360天\u001b[31m' + '很长'.repeat(5000) },
    };
    const en = renderFinding(f, 'en');
    expect(en.length).toBeLessThan(300);
    expect(en).not.toContain('\u001b');
    expect(en).toMatch(/…” copies the target's comparison sign; enter the value measured\.$/);
  });
});

describe('an indicator name too long for a message', () => {
  // 22 characters, then 𠮷 (outside the BMP: two UTF-16 units), then more: cut after 23 characters, 𠮷 whole, and '…'
  const name = '一二三四五六七八九十一二三四五六七八九十一二𠮷吉祥如意';
  const f: Finding = {
    severity: 'warning',
    code: 'actual-repeats-comparator',
    sheet: '附件3',
    cell: 'F25',
    params: { name, text: '≥360天' },
  };
  const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

  it.each(['zh-CN', 'en'] as const)('is cut by characters in %s, never inside a character', (lang) => {
    const m = renderFinding(f, lang);
    expect(m).toContain('「一二三四五六七八九十一二三四五六七八九十一二𠮷…」');
    expect(m).not.toMatch(LONE_SURROGATE);
  });
});
