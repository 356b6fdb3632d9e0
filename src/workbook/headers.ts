// Header vocabulary of the annex tables: one table of synonyms per column or label, and the small
// classifiers that map a cell's normalised text to what it names. Everything matches on
// normalizeText output (no white space, NFKC: '（50分）' → '(50分)', '：' → ':').

import type { BasicLineKey, TableKind } from '../domain/model';

/** Columns of the indicator grid. */
export type IndicatorRole =
  | 'level1'
  | 'level2'
  | 'name'
  | 'targetNature'
  | 'target'
  | 'unit'
  | 'actual'
  | 'weight'
  | 'score'
  | 'note'
  | 'criteria';

/** Columns of the budget block (年初预算数 … 得分). */
export type BudgetRole = 'initial' | 'fullYear' | 'executed' | 'weight' | 'rate' | 'score';

interface Vocabulary<R extends string> {
  role: R;
  /** Whole header texts (after headerKey). */
  words: string[];
  /** Fragments tried when no whole word matched, in table order (first match wins). */
  fragments: string[];
}

/**
 * Indicator grid headers. Order matters for fragments: 偏差原因 before anything else ('原因' is unambiguous),
 * 实际 before 指标值 ('实际完成值'), 得分 before 分值 ('得分' contains '分').
 */
const INDICATOR_VOCABULARY: Vocabulary<IndicatorRole>[] = [
  {
    role: 'note',
    words: [
      '偏差原因分析及改进措施',
      '偏差原因',
      '未完成原因和改进措施',
      '偏差原因及改进措施',
      '原因分析及改进措施',
      '偏差原因分析',
      '未完成原因分析及改进措施',
    ],
    fragments: ['偏差', '原因', '改进措施'],
  },
  { role: 'level1', words: ['一级指标'], fragments: ['一级'] },
  { role: 'level2', words: ['二级指标'], fragments: ['二级'] },
  {
    role: 'name',
    words: ['三级指标', '指标名称', '三级指标名称', '指标内容', '具体指标', '绩效指标名称'],
    fragments: ['三级'],
  },
  { role: 'targetNature', words: ['指标性质', '指标方向', '计算符号', '运算符号', '指标属性'], fragments: ['性质'] },
  { role: 'unit', words: ['度量单位', '计量单位', '单位', '指标单位'], fragments: ['度量单位', '计量单位'] },
  {
    role: 'actual',
    words: [
      '实际完成值',
      '实际值',
      '实际完成情况',
      '实际完成',
      '完成值',
      '全年实际完成值',
      '实际完成指标值',
      '全年完成值',
      '实施进度',
      '完成进度',
    ],
    fragments: ['实际', '完成值', '完成情况', '完成数'],
  },
  {
    role: 'score',
    words: ['得分', '自评得分', '评分', '实际得分', '评价得分', '自评分', '自评分数', '评价分数', '自评分值'],
    fragments: ['得分'],
  },
  {
    role: 'weight',
    words: [
      '分值',
      '权重',
      '满分',
      '指标分值',
      '权重分',
      '标准分值',
      '指标权重',
      '标准分',
      '权重分值',
      '分值权重',
      '参考分值',
    ],
    fragments: ['分值', '权重', '满分'],
  },
  // 评分标准 of a 决策–过程–产出–效益 or 部门整体 scorecard: the text a row is judged against
  {
    role: 'criteria',
    words: [
      '评分标准',
      '指标说明及评分标准',
      '评分办法',
      '评分细则',
      '评分依据',
      '计分方法',
      '评分方法',
      '评分规则',
      '考核标准',
      '评价标准',
      '评分要点',
    ],
    fragments: ['评分标准', '评分办法', '评分细则', '评价标准', '评分要点'],
  },
  {
    role: 'target',
    words: [
      '年度指标值',
      '指标值',
      '年度目标值',
      '预期目标值',
      '目标值',
      '年度目标',
      '预期指标值',
      '计划指标值',
      '全年指标值',
      '指标目标值',
      '计划值',
      '年度计划值',
      '计划完成值',
      '计划数',
      '年度计划数',
    ],
    fragments: ['指标值', '目标值'],
  },
];

/** Budget block headers. 执行率 before 执行数. */
const BUDGET_VOCABULARY: Vocabulary<BudgetRole>[] = [
  { role: 'initial', words: ['年初预算数', '年初预算', '年初数', '年初预算金额'], fragments: ['年初'] },
  { role: 'rate', words: ['执行率', '预算执行率'], fragments: ['执行率'] },
  {
    role: 'fullYear',
    words: ['全年预算数', '全年预算', '调整后预算数', '调整预算数', '全年预算金额', '预算数'],
    fragments: ['全年预算', '调整后', '调整预算'],
  },
  {
    role: 'executed',
    words: ['全年执行数', '执行数', '实际执行数', '全年实际支出', '实际支出', '支出数', '全年执行金额'],
    fragments: ['执行数', '实际支出', '执行金额'],
  },
  { role: 'score', words: ['得分'], fragments: ['得分', '评分'] },
  { role: 'weight', words: ['分值', '权重', '分值权重', '参考分值', '指标分值'], fragments: ['分值', '权重'] },
];

const NEEDS_CLEANING = /[()\[\]【】〔〕*★※:;,.。、]|^其中|^[\d一二三四五六七八九十]/;

/** Header cells are short: longer texts are data, not headers. */
const MAX_HEADER_LENGTH = 16;

/**
 * The text a header is matched on: normalised text without parenthesised parts ('分值(A)', '得分(20分*执行率)',
 * '经费控制情况(万元)'), without list marks ('1、', '(一)'), '其中:' and trailing colons.
 */
export function headerKey(norm: string): string {
  if (!NEEDS_CLEANING.test(norm)) return norm;
  return norm
    .replace(/[(\[【〔][^)\]】〕]*[)\]】〕]/g, '')
    .replace(/^[*★※]+|[*★※]+$/g, '')
    .replace(/^(\d{1,2}[、.．]|[一二三四五六七八九十]+、)/, '')
    .replace(/^其中:?/, '')
    .replace(/[:;,.。、]+$/, '');
}

const wordIndex = new WeakMap<object, Map<string, string>>();
const anyFragment = new WeakMap<object, RegExp>();

function classify<R extends string>(
  vocabulary: Vocabulary<R>[],
  key: string,
): { role: R; strict: boolean } | undefined {
  if (!key || key.length > MAX_HEADER_LENGTH) return undefined;
  let words = wordIndex.get(vocabulary);
  if (!words) {
    words = new Map();
    for (const v of vocabulary) for (const w of v.words) if (!words.has(w)) words.set(w, v.role);
    wordIndex.set(vocabulary, words);
  }
  const exact = words.get(key);
  if (exact) return { role: exact as R, strict: true };
  let any = anyFragment.get(vocabulary);
  if (!any) {
    any = new RegExp(vocabulary.flatMap((v) => v.fragments).join('|'));
    anyFragment.set(vocabulary, any);
  }
  if (/\d/.test(key) || !any.test(key)) return undefined; // '完成20.5公里' is data, not a header
  for (const v of vocabulary) if (v.fragments.some((f) => key.includes(f))) return { role: v.role, strict: false };
  return undefined;
}

/** Which indicator column a header key names; strict = a whole synonym, not a fragment. */
export function indicatorRole(key: string): { role: IndicatorRole; strict: boolean } | undefined {
  return classify(INDICATOR_VOCABULARY, key);
}

export function budgetRole(key: string): BudgetRole | undefined {
  return classify(BUDGET_VOCABULARY, key)?.role;
}

/** A table title ('2023年度项目支出绩效自评表') and the kind it names. */
export function titleKind(norm: string): TableKind | undefined {
  if (norm.length > 60 || norm.length < 5) return undefined;
  if (/^\d{1,2}[.、．]/.test(norm)) return undefined; // an item of a list of annexes, not a title
  if (!/(自评表|评价表|基础数据表|数据表|自评情况表|评价得分表|评价评分表)/.test(norm)) return undefined;
  if (/表的?(填报|填表|编制|使用)?(说明|指引|要求|口径|须知)/.test(norm)) return undefined; // '项目支出绩效自评表填报说明' heads instructions
  if (norm.includes('基础数据')) return 'basic';
  if (/整体支出|部门整体|单位整体|整体绩效/.test(norm)) return 'department';
  if (/项目|专项/.test(norm)) return 'project';
  if (/部门|单位/.test(norm)) return 'department';
  if (/转移支付|资金|目标自评/.test(norm)) return 'project'; // 转移支付区域绩效目标自评表
  return undefined;
}

/** '附件2' / '附件3：' on its own: the annex number. */
export function attachmentNumber(norm: string): 1 | 2 | 3 | undefined {
  const m = /^附件:?([123一二三])[:.]?$/.exec(norm);
  if (!m) return undefined;
  return ({ '1': 1, '2': 2, '3': 3, 一: 1, 二: 2, 三: 3 } as const)[m[1] as '1' | '2' | '3' | '一' | '二' | '三'];
}

export type NameLabel = 'project' | 'department' | 'supervisor' | 'implementer';

/** Labels of the name rows: 项目支出名称 / 市级预算部门名称 / 主管部门 / 实施单位. */
export function nameLabel(key: string): NameLabel | undefined {
  if (key.length > 14) return undefined;
  if (/^(一级|二级)?项目(支出)?(名称|全称)$/.test(key) || /^(专项|项目)?资金名称$|^转移支付(项目)?名称$/.test(key))
    return 'project';
  if (/^(.{1,3}级)?(预算)?(部门|单位)(单位|部门)?名称$/.test(key) || /^(填报|申报)单位(名称)?$/.test(key))
    return 'department';
  if (/^(.{1,3}级)?主管(部门|单位)(及代码|名称)?$/.test(key)) return 'supervisor';
  if (/^(项目)?实施单位(名称)?$/.test(key)) return 'implementer';
  return undefined;
}

/** 年度总体目标 label of the goals rows. */
export function isGoalsLabel(key: string): boolean {
  return key.length <= 12 && key.endsWith('目标') && /总体|绩效|总目标|整体/.test(key);
}

export function isExpectedGoalHeader(key: string): boolean {
  return key.length <= 8 && (key.includes('预期') || key.includes('设定目标') || key === '目标' || key === '年度目标');
}

export function isAchievedGoalHeader(key: string): boolean {
  return key.length <= 10 && (key.includes('实际完成') || key.includes('完成情况'));
}

/** The label of a table's 总分 row. */
export function isTotalLabel(key: string): boolean {
  return /^(总分|合计|总计|总得分|得分合计|综合得分|分值合计|总分值|合计得分|总体得分|自评总分|评价总分|总分合计)$/.test(
    key,
  );
}

/** A total written in the table's head, above the indicator block: 项目总得分 | 99, 自评得分 | 92. */
export function isHeadTotalLabel(key: string): boolean {
  return /^(项目|绩效)?(总得分|自评得分|自评总得分|自评总分|总分|综合得分|评价得分)$/.test(key);
}

/** 等级 / 评价等次 label in or below the 总分 row. */
export function isGradeLabel(key: string): boolean {
  return /^(自评|评价|绩效|综合)?(等级|等次|评价等级|评价等次|结果)$/.test(key) && key !== '结果';
}

/** 年度资金总额 (or a 合计 line) of the budget block. */
export function isBudgetTotalLabel(key: string): boolean {
  return key.includes('资金总额') || /^(合计|总计|资金合计|预算合计)$/.test(key);
}

/** '按收入性质分' / '按支出性质分' group headers of 附件2's inline parts. */
export function inlineGroupHeader(key: string): 'income' | 'expense' | undefined {
  if (key.includes('收入性质') || key.includes('按收入')) return 'income';
  if (key.includes('支出性质') || key.includes('按支出')) return 'expense';
  return undefined;
}

/** Group of an inline part by its label when no group header says it. */
export function inlineGroupOf(label: string): 'income' | 'expense' | 'other' {
  if (/基本支出|项目支出|人员经费|公用经费|对个人和家庭|资本性支出/.test(label)) return 'expense';
  if (/预算|拨款|基金|非税|结转|资金|收入|专户|国有资本|补助/.test(label)) return 'income';
  return 'other';
}

/** Rows under a table that end it: signatures, notes. */
/**
 * A column-numbering hint that some forms put under their header ('①', '⑤=③/②', 'A', 'E=C/B', '(1)'): read from the
 * raw text, since normalising turns ① into 1. Such a cell is never an amount, a score or an indicator value.
 */
export function isHintToken(raw: string): boolean {
  const s = raw.trim();
  if (s === '') return false;
  if (/^[\u2460-\u2473\u24ea\u2776-\u2793]/.test(s)) return true; // ① … ⑳, ⓪, ❶ … ➓
  return /^[A-Z](\s*[=＝].*)?$/.test(s) || /^[(（][1-9]\d?[)）](\s*[=＝].*)?$/.test(s);
}

export function isFooter(norm: string): boolean {
  return /^(填表人|填报人|制表人|审核人|单位负责人|联系电话|填报日期|说明:|说明$|备注:|注:|注\d|附件:)/.test(norm);
}

// ---- 附件1 基础数据表 ----

export function isStaffingAnchor(key: string): boolean {
  return key.length <= 16 && (key.includes('供养人员') || key.includes('人员编制情况') || key.includes('人员控制情况'));
}

export function isMoneyAnchor(key: string): boolean {
  return key.length <= 16 && key.includes('经费控制');
}

/** Rows that end 附件1's money lines. */
export function isBasicStop(norm: string): boolean {
  return norm.includes('楼堂馆所') || norm.includes('厉行节约') || isFooter(norm);
}

export type StaffingRole = 'authorized' | 'actual' | 'rate';

export function staffingRole(key: string): StaffingRole | undefined {
  if (key.length > 16) return undefined;
  if (key.includes('控制率')) return 'rate';
  if (key.includes('在职人数') || key.includes('实有人数') || key.includes('实际人数') || key.includes('在职人员'))
    return 'actual';
  if (key.includes('编制数') || key === '编制' || key.includes('核定编制') || key.includes('编制人数'))
    return 'authorized';
  return undefined;
}

/** '决算数' / '执行数' → 'final', '预算数' → 'budget', anything else 'other'. */
export function amountKind(key: string): 'budget' | 'final' | 'other' {
  return key.includes('决算') ? 'final' : key.includes('预算') ? 'budget' : key.includes('执行') ? 'final' : 'other';
}

/** '2023年决算数' → {year: 2023, kind: 'final'}; undefined when the text names no budget/final column. */
export function yearColumn(key: string): { year?: number; kind: 'budget' | 'final' | 'other' } | undefined {
  if (key.length > 16) return undefined;
  const year = /((?:19|20)\d{2})年?/.exec(key);
  const kind = amountKind(key);
  if (!year && kind === 'other') return undefined;
  return { year: year ? Number(year[1]) : undefined, kind };
}

/** Lines of 经费控制情况 after 三公 and the car lines: the first whose words the label contains names it. */
const LINE_WORDS: [BasicLineKey, string[]][] = [
  ['abroad', ['出国', '出境']],
  ['reception', ['接待']],
  ['projectBusiness', ['业务工作']],
  ['projectOperation', ['运行维护']],
  ['projectSpecial', ['专项']],
  ['project', ['项目支出']],
  ['publicFunds', ['公用经费']],
  ['office', ['办公']],
  ['utilitiesTravel', ['水费', '电费', '差旅']],
  ['meetingTraining', ['会议', '培训']],
  ['procurement', ['政府采购']],
  ['budgetAdjustment', ['预算调整']],
];

const CAR_WORDS = ['公车', '公务用车'];
const CAR_RUNNING_WORDS = ['运行', '维护'];

function hasAny(key: string, words: string[]): boolean {
  for (const w of words) if (key.includes(w)) return true;
  return false;
}

/** The lines of 经费控制情况, keyed by what they name (a table walk: small code for the loops it runs in). */
export function basicLineKey(label: string): BasicLineKey {
  const k = headerKey(label);
  if (k.includes('三公')) return 'sanGong';
  if (hasAny(k, CAR_WORDS)) {
    const purchase = k.includes('购置');
    const running = hasAny(k, CAR_RUNNING_WORDS);
    if (purchase && running) return 'car';
    if (purchase) return 'carPurchase';
    if (running) return 'carRunning';
    return 'car';
  }
  for (const [key, words] of LINE_WORDS) if (hasAny(k, words)) return key;
  return 'other';
}

/** '……', '...', '…' placeholder rows. */
export function isEllipsis(norm: string): boolean {
  return /^[.…·。]+$/.test(norm);
}

/** A template's unfilled indicator name: '指标1：', '……'. */
export function isPlaceholderName(norm: string): boolean {
  return isEllipsis(norm) || /^(三级)?指标\d*[:.]?$/.test(norm);
}

/** 小计 rows inside an indicator grid: not indicators. */
export function isSubtotalLabel(key: string): boolean {
  return /小计$/.test(key);
}

/**
 * The money unit a label names: '项目资金(元)', '经费控制情况(单位:元)', '金额单位:亿元' (normalised text); undefined for
 * 万元 (the forms' default) and for labels naming none.
 */
export function moneyUnitOf(norm: string): '元' | '亿元' | undefined {
  const m = /\((?:金额)?(?:单位:)?(万元|亿元|元)\)|(?:金额)?单位:(万元|亿元|元)(?![\u4e00-\u9fff])/.exec(norm);
  const unit = m ? (m[1] ?? m[2]) : undefined;
  return unit === '元' || unit === '亿元' ? unit : undefined;
}

/** Rows after a budget block that start another part of the form (年度主要任务 …). */
export function isBudgetStop(key: string): boolean {
  // 年度目标 / 绩效目标 rows too: a goals label that is not 年度总体目标 (the goals row the reader already stops at)
  return (
    /主要任务|任务名称|主要内容/.test(key) || /^(年度|绩效|项目|年度绩效|项目绩效)?目标$/.test(key) || isGoalsLabel(key)
  );
}

/** '产出指标(50分)' → {name: '产出指标', points: 50}; also '产出指标50分' and '产出指标(50)'. */
export function splitPoints(norm: string): { name: string; points?: number } {
  const m = /^(.+?)(?:\((\d+(?:\.\d+)?)分?\)|(\d+(?:\.\d+)?)分)$/.exec(norm);
  if (!m) return { name: norm };
  return { name: m[1], points: Number(m[2] ?? m[3]) };
}
