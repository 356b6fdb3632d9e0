// zh-CN strings for scoring: rule texts shown with a profile, score explanations and evaluation findings.
// Callers pass numbers already formatted. Drafted notes and write-plan reasons are the form's wording: ./formWording.ts.

import type { ExplainWords } from '../explain';
import type { RuleWords } from '../rules';

/** Rule sentences a profile shows to the officer, each citing its public source: 财预〔2020〕10号, 常见做法 or 地方做法 (RULES.md §1–§4). */
export const ruleTexts: RuleWords = {
  budget: (weight, denominator) =>
    `预算执行率 = 全年执行数 ÷ ${denominator}；得分 = 分值（未标明时按${weight}分）× 执行率，执行率超过100%的按100%计（常见做法）。`,
  denominator: { fullYear: '全年预算数', initial: '年初预算数' },
  positive: '定量指标：达到年度指标值得满分；未达到的按 实际完成值 ÷ 年度指标值 × 分值 计分（财预〔2020〕10号）。',
  negativeRatio:
    '越低越好的指标（≤、以下、以内、不超过、控制在…以内）：达到得满分；未达到的按 年度指标值 ÷ 实际完成值 × 分值 计分（常见做法）。',
  negativeLinear:
    '越低越好的指标：达到得满分；超出目标的按 分值 × (1 −(实际 − 目标) ÷ 目标) 计分，达到目标2倍及以上得0分（常见做法）。',
  equality: '“=”目标按“不低于”计分；目标为0的按“不高于”计分（常见做法）。',
  rangeAllOrNothing: '区间目标（控制在60%到80%的区间）：在区间内得满分，区间外得0分（常见做法）。',
  rangeProportional:
    '区间目标：在区间内得满分；低于下限按 实际 ÷ 下限、高于上限按 上限 ÷ 实际 乘以分值计分（常见做法）。',
  completionRate: '时限、定性目标填写完成率（如100%）的，完成率达到100%得满分，低于100%按完成率计分（常见做法）。',
  deadline:
    '完成时间目标（如“2023年12月31日前”）：实际完成时间在期限之内得满分；晚于期限的视为部分达成，按定性指标的部分达成档由人工判断得分（财预〔2020〕10号）；只写到月份而跨过期限的，需人工判断。期限目标官方文件未作规定，此为实践做法。',
  qualitative: (partly, notMet) =>
    `定性指标：达成年度指标得分值的80%–100%（含80%，表中未填得分的按满分计）；部分达成得分值的${partly}，未达成得分值的${notMet}，具体分数由人工判断（财预〔2020〕10号）。`,
  /** 「60%–80%（含60%）」 */
  band: (low, high) => `${low}–${high}（含${low}）`,
  /** 「60%以下」 */
  below: (high) => `${high}以下`,
  cap: '单项得分不得超过该指标分值（常见做法）。',
  overAchievement: (threshold, penalty) =>
    penalty === null
      ? `实际完成值达到年度指标值的${threshold}及以上，须说明偏差原因；工具只提示，不扣分（财预〔2020〕10号；常见做法）。`
      : `实际完成值达到年度指标值的${threshold}及以上，视为指标偏离，扣${penalty}分并须说明原因（地方做法）。`,
  notApplicableExclude: '不适用的指标不计分，也不计入分值合计（常见做法）。',
  notApplicableRescale: '不适用的指标不计分；该指标原有分值时，其余得分按比例折算到100分（常见做法）。',
  grades: (bands) => `等级：${bands}（财预〔2020〕10号）。`,
  /** 「优 ≥90分」, 「良 80–90分」, 「差 <60分」 */
  gradeBand: {
    top: (grade, min) => `${grade} ≥${min}分`,
    middle: (grade, min, next) => `${grade} ${min}–${next}分`,
    bottom: (grade, next) => `${grade} <${next}分`,
  },
  rounding: (decimals) => `得分保留${decimals}位小数；表中按整数四舍五入或截取一位小数的得分视为一致（常见做法）。`,
  totalCap: (caps) => `总分受预算执行率限制：${caps}（地方做法）。`,
  /** 「执行率80%及以上不限」, 「70%–80%最高89分」, 「50%以下最高59分」 */
  capBand: {
    top: (min, cap) => (cap === null ? `执行率${min}及以上不限` : `执行率${min}及以上最高${cap}分`),
    middle: (min, next, cap) => `${min}–${next}最高${cap}分`,
    bottom: (next, cap) => `${next}以下最高${cap}分`,
  },
  executionNote: (below) => `预算执行率低于${below}的，须说明原因（常见做法）。`,
  notes:
    '未达到目标（得分低于分值）或明显超出目标的，须在“偏差原因分析及改进措施”栏说明原因和改进措施；“无”“0”“/”不算说明（常见做法）。',
  list: (items) => items.join('，'),
  unknown: (id, valid) => `未知的评分规则“${id}”。可用的规则：${valid.join('、')}。`,
  labels: {
    'national-2020': '财政部通用规则（财预〔2020〕10号）',
    'national-2020-proportional-range': '财政部通用规则，区间目标按距离计分',
    'national-2020-rescale': '财政部通用规则，不适用指标折算到100分',
    'hubei-20': '湖北式表样（预算执行20分，总分受执行率限制，超目标130%扣2分）',
  },
};

/** The words of a score explanation (src/i18n/explain.ts puts them together): 「实际完成40.83亿元，目标23亿元，完成177.5%，达标，得5分（满分5分）」. */
export const explainText: ExplainWords = {
  lead: { actual: '实际完成', actualTime: '实际用时', completionRate: '完成率' },
  target: '目标',
  targetRange: '目标区间',
  /** Prefix of a relative quantity: 「增幅6.2%」, 「降幅3%」. */
  relativeWord: { increase: '增幅', decrease: '降幅' },
  /** 「实际完成40.83亿元，目标23亿元，」: the subject and the target, each after its lead word. */
  head: (lead, actual, targetLead, target) => `${lead}${actual}，${targetLead}${target}，`,
  achieved: (r) => `完成${r}，`,
  met: '达标',
  missed: '未达标',
  /** 「达标，得」, 「未达标，按实际÷目标计得」: the verdict and how the points were computed. */
  verdictBy: (verdict, by) => `${verdict}，${by}`,
  scoredBy: {
    full: '得',
    ratio: '按实际÷目标计得',
    inverse: '按目标÷实际计得',
    linear: '按超出比例扣减计得',
    bound: '按与最近边界之比计得',
    rate: '按完成率计得',
  },
  points: (s, w) => `${s}分（满分${w}分）`,
  /** One more clause. */
  then: (sentence, clause) => `${sentence}，${clause}`,
  overAchieved: (excess) => `超出目标${excess}以上，需说明原因`,
  penalty: (p) => `指标偏离扣${p}分`,
  noWeight: '分值为空，无法计分',
  /** An unscored table's row (绩效目标自评表), instead of 「分值为空，无法计分」. */
  unscoredTail: '此表不设分值，不计分',
  /** …of a row of a table with 得分 but no 分值 column. */
  weightlessTail: '此表未列分值，不按分值核算得分',
  /** …of a 其中 row under an indicator (其中桃树种植面积). */
  detailTail: '为上一项指标的其中项，不单独计分',
  sharedTail: '与上方指标合用一个合并的分值/得分单元格，不单独计分',
  outcome: { met: '已达成', mostly: '基本达成', partly: '部分达成', notMet: '未达成', unknown: '与目标表述不同' },
  band: (low, high, highIncluded) =>
    highIncluded ? `按规则应得${low}–${high}分` : `按规则应得${low}–${high}分（不含${high}分）`,
  recordedKept: (r) => `表中得分${r}分在此范围内，予以保留`,
  recordedOutside: (r, low) => `表中得分${r}分不在此范围内，暂按${low}分计，需人工判断`,
  recordedBlank: (low) => `表中得分为空，暂按${low}分计，需人工判断`,
  incomparable: '定性目标与定量实际值无法直接比较，需人工判断',
  /** A completion date after its deadline: 「实际完成2023年9月，目标2023年6月30日前，晚于期限」. */
  late: '晚于期限',
  /** A completion month that holds the deadline day: 2023年12月 against 2023年12月15日前. */
  straddles: '无法确定是否在期限内完成',
  dateIncomparable: '定性目标与实际完成日期无法直接比较，需人工判断',
  moneyScale: (scale) =>
    `两者相差约${scale === 1e4 ? '1万' : '1亿'}倍，可能一个按元、一个按万元（或亿元）填写，请核对金额单位，需人工判断`,
  /** 较上年增长5% against 6.2%: a change against last year and a level cannot be compared without last year's value. */
  relativeIncomparable:
    '目标与实际值一个是较上年的增减幅度、一个不是（或增减方向不同），缺少上年数值无法直接比较，需人工判断',
  notApplicable: '不适用，不计分',
  blankTarget: '年度指标值为空，无法计分',
  blankActual: '实际完成值为空，无法计分',
  unparsedTarget: (t) => `年度指标值“${t}”无法识别，无法计分`,
  unparsedActual: (a) => `实际完成值“${a}”无法识别，无法计分`,
  unitMismatch: (a, t) => `实际完成${a}与目标${t}单位不同，无法比较`,
  budget: (rate, executed, denominator, denominatorLabel, score, weight) =>
    `执行率${rate}（全年执行数${executed} ÷ ${denominatorLabel}${denominator}），得${score}分（满分${weight}分）`,
  budgetOver100: '执行率超过100%，按100%计分',
  budgetMissing: (what) => `缺少${what}，无法计算执行率`,
  budgetFigure: { fullYear: '全年预算数', initial: '年初预算数', executed: '全年执行数' },
  list: (items) => items.join('、'),
  /** A budget block with no points of its own (the form scores 预算执行率 as a row, or scores nothing). */
  budgetNotScored: (rate, executed, denominatorLabel, denominator) =>
    `执行率${rate}（全年执行数${executed} ÷ ${denominatorLabel}${denominator}），此表预算执行不单独计分`,
  /** A row judged against its 评分标准 (or a dash target with a weight): the recorded score is taken. */
  judged: (recorded, weight) => `按评分标准由评价人判断，采用表中得分${recorded}分（满分${weight}分）`,
  judgedBlank: (weight) => `按评分标准由评价人判断，表中得分为空（满分${weight}分）`,
  groupJudged: (rows, recorded, weight) =>
    `${rows}项指标合用一个合并的得分，其中有未达标或需判断的指标，由评价人判断，采用表中得分${recorded}分（满分${weight}分）`,
  groupJudgedBlank: (rows, weight) =>
    `${rows}项指标合用一个合并的得分，其中有未达标或需判断的指标，由评价人判断，表中得分为空（满分${weight}分）`,
  /** A 预算执行率 row with its own 分值, scored by the budget rule. */
  rateRow: (rate, from, score, weight) =>
    `执行率${rate}（${from}），按 分值 × 执行率 计得${score}分（满分${weight}分）`,
  rateFromAmounts: (executed, denominator) => `全年执行数${executed} ÷ 预算数${denominator}`,
  rateFromRow: '表中填写的执行率',
};

/** Evaluation findings: `where` is 'Sheet!A1', `who` the indicator's (shortened) name. */
export const findingText = {
  failed: (where: string, who: string, explanation: string) => `${where}「${who}」未达到年度指标值：${explanation}。`,
  roundingAccepted: (recorded: string) => `；表中${recorded}分视为取整，不作错误`,
  review: (where: string, who: string, explanation: string) => `${where}「${who}」需人工判断：${explanation}。`,
  deducted: (where: string, who: string, explanation: string) =>
    `${where}「${who}」已达标但超出目标过多，按所选地区规则扣分：${explanation}。`,
  scoreMismatch: (where: string, who: string, recorded: string, expected: string, explanation: string) =>
    `${where}「${who}」得分为${recorded}分，按规则应为${expected}分（${explanation}）。`,
  /** band: 「9–12分（不含12分）」 */
  reviewOutside: (where: string, who: string, recorded: string, band: string) =>
    `${where}「${who}」得分为${recorded}分，不在规则允许的${band}范围内；请人工判断后在此范围内填写（暂按下限计）。`,
  aboveWeight: (where: string, who: string, recorded: string, weight: string) =>
    `${where}「${who}」得分${recorded}分超过分值${weight}分，得分不得超过分值。`,
  metBelowFull: (where: string, who: string, recorded: string, weight: string, explanation: string) =>
    `${where}「${who}」已达到目标（${explanation}），应得满分${weight}分，表中为${recorded}分。`,
  /** A qualitative row judged 达成 recorded below its band; the explanation names the band. */
  metBelowBand: (where: string, who: string, recorded: string, explanation: string) =>
    `${where}「${who}」已达到目标（${explanation}），表中为${recorded}分，不在此范围内。`,
  noteMissing: (where: string, who: string, score: string, weight: string, state = '现为空') =>
    `${where}「${who}」得分${score}分低于分值${weight}分，应在偏差原因分析及改进措施栏说明原因和改进措施，${state}。`,
  /** The same for a row with no score to compare (an unscored 绩效目标自评表, a judged row). */
  noteMissingUnscored: (where: string, who: string, state = '现为空') =>
    `${where}「${who}」未达到年度指标值，应说明原因和改进措施，${state}。`,
  noteMissingUnparsed: (where: string, who: string) =>
    `${where}「${who}」年度指标值或实际完成值为空或无法识别却填有得分，应补充或说明原因。`,
  overAchievementNote: (
    where: string,
    who: string,
    actual: string,
    target: string,
    achieved: string,
    threshold: string,
    state = '现未说明',
  ) =>
    `${where}「${who}」实际完成${actual}，为目标${target}的${achieved}，达到${threshold}及以上，应说明超出原因，${state}。`,
  /** What the note cell holds when it does not explain (the end of noteMissing / overAchievementNote). */
  noteState: {
    noColumn: '表中没有偏差原因栏，请在自评报告中说明',
    draft: (blanks: string) => `偏差原因尚未填写（${blanks}为空）`,
    blanks: { reason: '原因', measures: '改进措施' },
    placeholder: (text: string) => `现只写了“${text}”，不算说明`,
    boilerplate: (text: string) => `现只写了“${text}”，未说明原因`,
    numbersOnly: (text: string) => `现只重复了完成情况（“${text}”），未说明原因`,
  },
  noteSaysCompleted: (where: string, who: string, score: string, weight: string, text: string) =>
    `${where}「${who}」得${score}分（满分${weight}分），未达到年度指标值，偏差原因却写“${text}”；请说明未达标的原因和改进措施。`,
  targetPlaceholder: (where: string, who: string, text: string) =>
    `${where}「${who}」年度指标值“${text}”是占位符，目标未量化；请填写具体的指标值（如“≥95%”“48亿元”）。`,
  costAtLeast: (where: string, who: string, text: string, fixed: string) =>
    `${where}「${who}」是成本指标，年度指标值却写作“${text}”：成本应设上限，请改为“${fixed}”。`,
  rateTargetOver100: (where: string, who: string, text: string) =>
    `${where}「${who}」年度指标值“${text}”超过100%，该比率不可能超过100%；请核对指标值。`,
  deadlineAfterYear: (where: string, who: string, text: string, year: string) =>
    `${where}「${who}」完成时限“${text}”晚于评价年度${year}年，年度目标应在当年内完成；跨年度项目请说明。`,
  dimension: { benefit: '效益指标', satisfaction: '满意度指标' },
  dimensionMissing: (where: string, what: string) => `${where}表中没有${what}；如表样要求，应补充该类指标。`,
  partsTotalMismatch: (where: string, recorded: string, sum: string) =>
    `${where}总分填为${recorded}分，但表中预算执行和各项指标得分合计为${sum}分（散总不一致）。`,
  totalOver100: (where: string, total: string) =>
    `${where}按各项得分合计总分为${total}分，超过100分：分值设置有误（请核对预算执行和各项指标的分值），不评定等级。`,
  noteSaysNotMet: (where: string, who: string, weight: string, text: string) =>
    `${where}「${who}」得满分${weight}分，偏差原因却说未完成（“${text}”）；请核对得分或说明。`,
  repeatsComparator: (where: string, who: string, text: string) =>
    `${where}「${who}」实际完成值“${text}”照抄了目标的比较符号，应填写实际测得的数值。`,
  notMeasured: (where: string, who: string, text: string, target: string) =>
    `${where}「${who}」实际完成值只写了“${text}”，目标为${target}，未给出实际数值，无法核实是否达到；请填写实测数值。`,
  blankWithScore: (where: string, who: string, what: string, recorded: string) =>
    `${where}「${who}」${what}为空，却填有得分${recorded}分。`,
  blankNoScore: (where: string, who: string, what: string) => `${where}「${who}」${what}为空，无法计分。`,
  unparsed: (where: string, who: string, what: string, text: string) =>
    `${where}「${who}」${what}“${text}”无法识别，未计分；请改写为数值加单位（如“≥95%”“48亿元”“5个工作日内”）。`,
  unitMismatch: (where: string, who: string, explanation: string) => `${where}「${who}」${explanation}。`,
  noWeight: (where: string, who: string) => `${where}「${who}」分值为空，无法计分。`,
  cellError: (where: string, who: string, what: string, code: string) =>
    `${where}「${who}」${what}为错误值 ${code}（公式或引用出错），无法据此计分；请修正该单元格。`,
  weightsLevel1: (where: string, level1: string, declared: string, sum: string) =>
    `${where}一级指标“${level1}”标明${declared}分，其下指标分值合计${sum}分。`,
  weightsTotal: (where: string, expected: string, sum: string) =>
    `${where}预算执行率与各项指标分值合计${sum}分，应为${expected}分。`,
  rateMismatch: (where: string, recorded: string, expected: string, detail: string) =>
    `${where}执行率填为${recorded}，按${detail}应为${expected}。`,
  rateOver100: (where: string, rate: string) =>
    `${where}执行率为${rate}，超过100%，请核对全年预算数和全年执行数；得分按100%计。`,
  budgetScoreMismatch: (where: string, recorded: string, expected: string, explanation: string) =>
    `${where}预算执行得分为${recorded}分，按规则应为${expected}分（${explanation}）。`,
  /** A budget 得分 within an officer's rounding of the rule's: 「…预算执行得分：执行率86.2%（…），得8.62分（满分10分）；表中9分视为取整，不作错误。」 */
  budgetScoreRounded: (where: string, explanation: string, recorded: string) =>
    `${where}预算执行得分：${explanation}；表中${recorded}分视为取整，不作错误。`,
  budgetMissing: (where: string, what: string) => `${where}缺少${what}，无法计算预算执行率和得分。`,
  budgetZero: (where: string, what: string) => `${where}${what}为0，无法计算预算执行率和得分。`,
  budgetCellError: (where: string, what: string, code: string) =>
    `${where}${what}为错误值 ${code}（公式或引用出错），无法计算预算执行率和得分；请修正该单元格。`,
  budgetAsIndicator: (where: string, row: string) =>
    `${where}表中没有预算资金数据，预算执行率按第${row}行的「预算执行率」指标计分；如有预算资金表，请放在指标表上方以便核对执行率。`,
  executionNote: (where: string, rate: string, below: string) => `${where}执行率为${rate}，低于${below}，应说明原因。`,
  totalMismatch: (where: string, recorded: string, expected: string) =>
    `${where}总分为${recorded}分，按各项得分合计应为${expected}分。`,
  /** The printed scores add up to neither the printed 总分 nor the rule's total. */
  totalMismatchParts: (where: string, recorded: string, printed: string, expected: string) =>
    `${where}总分为${recorded}分，表中各项得分合计为${printed}分，按规则核算各项得分后合计应为${expected}分。`,
  /** The printed 总分 adds up printed scores each within rounding of the rule's: the rounding goes after the sum. */
  totalOfRoundedParts: (where: string, recorded: string, expected: string, rounded: string) =>
    `${where}总分为${recorded}分，是表中取整后各项得分之和；取整应在合计之后：按规则各项得分合计为${expected}分，总分取整应为${rounded}分。`,
  /** The printed 总分 adds up the printed scores, some of which disagree with the rule. */
  totalOfWrongParts: (where: string, recorded: string, expected: string) =>
    `${where}总分为${recorded}分，与表中各项得分合计一致，但按规则核算各项得分后合计应为${expected}分（见上面各项得分的问题）。`,
  /** reasons: 「2项指标的实际完成值为空」; rows: 「15、16」. */
  totalNotComputable: (where: string, reasons: string, rows: string) =>
    `${where}总分无法计算：${reasons}（第${rows}行），无法计分，不评定等级。`,
  /** what: 「实际完成值」 (blank), or '' for a value that cannot be read or compared. */
  unscorableRows: (n: string, what: string) =>
    what === '' ? `${n}项指标的填写无法识别或无法比较` : `${n}项指标的${what}为空`,
  totalCapped: (where: string, rate: string, cap: string) => `${where}执行率${rate}，总分最高${cap}分。`,
  gradeMismatch: (where: string, recorded: string, expected: string, total: string) =>
    `${where}等级为“${recorded}”，总分${total}分应评为“${expected}”。`,
  tableIncomplete: (where: string, title: string) => `${where}找到“${title}”，但没有识别出任何绩效指标行，未评分。`,
  staffingMismatch: (where: string, recorded: string, expected: string, actual: string, authorized: string) =>
    `${where}控制率填为${recorded}，按实际在职人数${actual} ÷ 编制数${authorized}应为${expected}。`,
  what: {
    target: '年度指标值',
    actual: '实际完成值',
    targetAndActual: '年度指标值和实际完成值',
    weight: '分值',
    score: '得分',
  },
  budgetParts: { fullYear: '全年预算数', initial: '年初预算数', executed: '全年执行数', block: '预算资金数据' },
};
