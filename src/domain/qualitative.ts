// Qualitative wording: turns an officer's words for a result (达成, 基本完成, 未达标, 有效降低 …) into
// met / partly / notMet, so a qualitative indicator can be scored by the profile's bands.
//
// The words must be the whole answer, not a fragment of a sentence: after trailing punctuation and a few common
// endings (目标, 任务, 预期, 要求, 了 …) the text is either a listed word (有效, 基本完成, 未达标) or a short phrase
// built as [modifiers][core word]: 已全部完成, 未按时完成, 基本上完成, 有效降低. A negation among the modifiers (未, 没有,
// 不能, 不 …) makes it notMet, a hedge (基本, 部分, 大部分, 有所 …) makes it partly — except 基本 on a word of
// completion (基本达到, 基本上完成): mostly, the 达成 band. Anything else — 详见满意度调查报告,
// 见附件 — is not recognised (undefined: a person decides), however many outcome words it contains.
// Decisions worth knowing: 基本满意 and 较好 are partly; 比较满意 and 非常满意 are met; 无/零 alone is met only
// when the target itself asks for none (无/零/杜绝/不发生).

import { normalizeText } from './text';
import type { QualitativeOutcome } from './types';

const MET_WORDS = [
  '达成',
  '已达成',
  '全部达成',
  '完成',
  '已完成',
  '全部完成',
  '全面完成',
  '圆满完成',
  '顺利完成',
  '均已完成',
  '按时完成',
  '如期完成',
  '按期完成',
  '是',
  '合格',
  '达标',
  '已达标',
  '全部达标',
  '有效',
  '有效实现',
  '有效降低',
  '有效提升',
  '有效提高',
  '有效改善',
  '有效保障',
  '显著',
  '效果显著',
  '成效显著',
  '明显',
  '良好',
  '良',
  '效果良好',
  '优秀',
  '优',
  '满意',
  '非常满意',
  '即时办理',
  '已实现',
  '实现',
  '全部实现',
  '达到',
  '达到预期',
  '达到预期目标',
  '符合',
  '符合要求',
  '通过',
  '明显提升',
  '显著提升',
  '明显提高',
  '显著提高',
  '逐步提高',
  '逐步提升',
  '持续改善',
  '持续提升',
  '不断提升',
  '得到保障',
  '有保障',
  '已落实',
  '落实',
  '按时',
  '如期',
  '按期',
  '准时',
  '及时',
  '提前完成',
  '全覆盖',
  '应保尽保',
  '足额',
];
/** Reached with a shortfall: the 达成年度指标 band (RULES §1), not 部分达成 — published tables score 基本达到 7 of 8. */
const MOSTLY_WORDS = ['基本达成', '基本完成', '基本实现', '基本达标', '基本达到'];
/** The cores 基本 / 基本上 make 'mostly' (基本上完成); on other cores (基本满意, 基本合格) 基本 hedges to partly. */
const MOSTLY_CORES = new Set(['达成', '完成', '实现', '达标', '达到']);
const PARTLY_WORDS = [
  '部分达成',
  '部分完成',
  '较好',
  '一般',
  '部分实现',
  '基本合格',
  '基本满意',
  '基本符合',
  '部分达到',
  '中',
  '有所提升',
  '有所提高',
  '有所改善',
  '有所降低',
];
const NOT_MET_WORDS = [
  '未达成',
  '未完成',
  '否',
  '不合格',
  '未达标',
  '不达标',
  '无效',
  '较差',
  '差',
  '未实现',
  '不满意',
  '不符合',
  '未通过',
  '没有完成',
  '未达到',
  '效果较差',
  '效果差',
  '失败',
];

const WORDS = new Map<string, QualitativeOutcome>();
for (const w of MET_WORDS) WORDS.set(w, 'met');
for (const w of PARTLY_WORDS) WORDS.set(w, 'partly');
for (const w of MOSTLY_WORDS) WORDS.set(w, 'mostly');
for (const w of NOT_MET_WORDS) WORDS.set(w, 'notMet');

/** The last word of a phrase, with the outcome it states on its own. */
const CORE = new Map<string, QualitativeOutcome>();
for (const w of [
  '达成',
  '完成',
  '达标',
  '达到',
  '实现',
  '合格',
  '满意',
  '符合',
  '通过',
  '落实',
  '办结',
  '提升',
  '提高',
  '改善',
  '降低',
  '保障',
  '到位',
  '有效',
  '良好',
  '优秀',
  '显著',
  '明显',
  '发放',
  '拨付',
  '兑现',
  '覆盖',
  '发挥',
  '开展',
]) {
  CORE.set(w, 'met');
}
for (const w of ['较好', '一般']) CORE.set(w, 'partly');
for (const w of ['较差', '差', '无效', '失败']) CORE.set(w, 'notMet');

type Modifier = 'negation' | 'hedge' | 'neutral';
const MODIFIERS = new Map<string, Modifier>();
for (const w of ['尚未', '未能', '未', '没有', '没', '无法', '不能', '不']) MODIFIERS.set(w, 'negation');
for (const w of ['基本上', '基本', '大部分', '大部', '大体上', '大体', '大致', '初步', '部分', '有所', '较好地'])
  MODIFIERS.set(w, 'hedge');
for (const w of [
  '已经',
  '已',
  '均已',
  '均',
  '全部',
  '全面',
  '全',
  '都',
  '圆满',
  '顺利',
  '按时',
  '如期',
  '按期',
  '及时',
  '完全',
  '有效',
  '显著',
  '明显',
  '逐步',
  '持续',
  '不断',
  '稳步',
  '进一步',
  '切实',
  '得到',
  '能够',
  '能',
  '比较',
  '较为',
  '非常',
  '十分',
  '很',
  '效果',
  '成效',
  '总体',
  '整体',
  '足额',
  '提前',
  '按计划',
  '按要求',
  '按规定',
]) {
  MODIFIERS.set(w, 'neutral');
}
const MODIFIER_WORDS = [...MODIFIERS.keys()].sort((a, b) => b.length - a.length);

/** Endings that say what was achieved, not how well: 完成年度目标 reads as 完成, 未达到预期 as 未达到. */
const ENDINGS = [
  '预期目标',
  '年度目标',
  '年度任务',
  '目标任务',
  '绩效目标',
  '目标值',
  '目标',
  '任务',
  '要求',
  '预期',
  '标准',
  '计划',
  '指标',
  '年度',
  '效益',
  '作用',
  '了',
];

// "No incidents" wording: met only when the target also asks for none (无/零/杜绝/不发生).
const NONE_RE = /^(?:无|零|没有|未发生|无发生|杜绝|0起|0次|0件|0例|0个)/;
const TARGET_NONE_RE = /无|零|杜绝|不发生|未发生|^0/;
/** A target that asks for none, to compare a count with: 零发生, 无重大安全事故, 杜绝…, 安全事故零发生. */
const ASKS_FOR_NONE_RE = /^(?:无|零|杜绝|不发生|未发生|没有|不出现)|零(?:发生|事故|投诉|差错|伤亡)/;
// "Kept within the bound" wording: met only when the target is an upper bound (≤, 不超过, 以内, 控制, 预算).
const UNDER_WORDS = new Set([
  '未超预算',
  '未超过预算',
  '未超出预算',
  '没有超预算',
  '没有超过预算',
  '未超支',
  '未超过',
  '未超出',
  '没有超过',
  '没有超出',
  '未突破',
  '未突破预算',
  '在预算范围内',
  '控制在预算范围内',
  '控制在预算内',
  '预算范围内',
  '未超批复',
  '未超过批复金额',
  '未超标',
]);
const TARGET_UPPER_RE = /≤|<|不超|不高于|不大于|不突破|以内|以下|之内|控制|预算/;
const TRAILING_PUNCT_RE = /[。.,;!?、:]+$/;

/** Text that NFKC and white-space removal leave as it is (ASCII letters and digits, CJK ideographs). */
function alreadyNormal(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 0x4e00 && c <= 0x9fff) || (c > 0x20 && c < 0x7f))) return false;
  }
  return true;
}

function withoutEnding(s: string): string | undefined {
  for (const e of ENDINGS) if (s.length > e.length && s.endsWith(e)) return s.slice(0, s.length - e.length);
  return undefined;
}

/** [modifiers][core]: 已全部完成 → met, 未按时完成 → notMet, 基本上完成 → partly; undefined when it is not such a phrase. */
function phraseOutcome(s: string): QualitativeOutcome | undefined {
  let i = 0;
  let negated = false;
  let hedged = false;
  let basic = false; // hedged only by 基本 / 基本上
  while (i < s.length) {
    const rest = i === 0 ? s : s.slice(i);
    const core = CORE.get(rest);
    if (core !== undefined) {
      if (negated) return core === 'notMet' ? undefined : 'notMet'; // 未失败: too unclear to call
      if (hedged) return core === 'met' ? (basic && MOSTLY_CORES.has(rest) ? 'mostly' : 'partly') : core;
      return core;
    }
    let found: string | undefined;
    for (const w of MODIFIER_WORDS) {
      if (s.startsWith(w, i) && i + w.length < s.length) {
        found = w;
        break;
      }
    }
    if (found === undefined) return undefined;
    const kind = MODIFIERS.get(found);
    if (kind === 'negation') negated = true;
    else if (kind === 'hedge') {
      basic = (!hedged || basic) && (found === '基本' || found === '基本上');
      hedged = true;
    }
    i += found.length;
  }
  return undefined;
}

/**
 * Qualitative words → outcome. `targetLevel` (optional) is the target's wording: 无/零 (no incidents) counts as
 * met only when the target also says 无/零. Returns undefined when the words are not recognised as a whole answer.
 */
export function qualitativeOutcome(text: string, targetLevel?: string): QualitativeOutcome | undefined {
  if (typeof text !== 'string') return undefined;
  const s = (alreadyNormal(text) ? text : normalizeText(text)).replace(TRAILING_PUNCT_RE, '');
  if (s === '') return undefined;
  const exact = WORDS.get(s);
  if (exact) return exact;
  // 完成年度任务, 未达到预期, 已全部完成了: drop the endings, then the words or a [modifiers][core] phrase
  for (let cut: string | undefined = s; cut !== undefined; cut = withoutEnding(cut)) {
    const outcome = WORDS.get(cut) ?? phraseOutcome(cut);
    if (outcome) return outcome;
  }
  if (UNDER_WORDS.has(s)) {
    return targetLevel !== undefined && TARGET_UPPER_RE.test(normalizeText(targetLevel)) ? 'met' : undefined;
  }
  if (NONE_RE.test(s)) {
    if (targetLevel !== undefined && TARGET_NONE_RE.test(normalizeText(targetLevel))) return 'met';
    return undefined;
  }
  return undefined;
}

/** Whether a qualitative target asks for none (零发生, 无重大安全事故, 杜绝…): a count of 0 meets it, more misses it. */
export function asksForNone(targetLevel: string): boolean {
  return (
    typeof targetLevel === 'string' &&
    ASKS_FOR_NONE_RE.test(alreadyNormal(targetLevel) ? targetLevel : normalizeText(targetLevel))
  );
}
