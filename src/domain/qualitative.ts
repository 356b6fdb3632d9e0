// Qualitative wording: turns an officer's words for a result (达成, 基本完成, 未达标, 有效降低 …) into
// met / partly / notMet, so a qualitative indicator can be scored by the profile's bands.

import { normalizeText } from './text';
import type { QualitativeOutcome } from './types';

const MET_WORDS = [
  '达成', '已达成', '全部达成', '完成', '已完成', '全部完成', '全面完成', '圆满完成', '顺利完成', '均已完成',
  '按时完成', '如期完成', '按期完成', '是', '合格', '达标', '已达标', '全部达标', '有效', '有效实现', '有效降低',
  '有效提升', '有效提高', '有效改善', '有效保障', '显著', '效果显著', '成效显著', '明显', '良好', '良', '效果良好', '优秀',
  '优', '满意', '非常满意', '即时办理', '已实现', '实现', '全部实现', '达到', '达到预期', '达到预期目标', '符合',
  '符合要求', '通过', '明显提升', '显著提升', '明显提高', '显著提高', '逐步提高', '逐步提升', '持续改善', '持续提升',
  '不断提升', '得到保障', '有保障', '已落实', '落实',
];
const PARTLY_WORDS = [
  '部分达成', '基本达成', '基本完成', '部分完成', '较好', '一般', '部分实现', '基本实现', '基本达标', '基本合格',
  '基本满意', '基本符合', '基本达到', '部分达到', '中', '有所提升', '有所提高', '有所改善', '有所降低',
];
const NOT_MET_WORDS = [
  '未达成', '未完成', '否', '不合格', '未达标', '不达标', '无效', '较差', '差', '未实现', '不满意', '不符合', '未通过',
  '没有完成', '未达到', '效果较差', '效果差',
];

const WORDS = new Map<string, QualitativeOutcome>();
for (const w of MET_WORDS) WORDS.set(w, 'met');
for (const w of PARTLY_WORDS) WORDS.set(w, 'partly');
for (const w of NOT_MET_WORDS) WORDS.set(w, 'notMet');

// Longer phrases: negation first (未按时完成 is not met), then 部分/基本 (partly), then the met words.
const NOT_MET_RE = /(?:未|没有|尚未|无法|不能|不)(?:能|按时|如期|全部|全面)?(?:达成|完成|达标|达到|实现|合格|满意|符合|通过)|较差|无效|效果差|失败/;
const PARTLY_RE = /(?:部分|基本|大部分|大部|大体|初步)(?:上)?(?:达成|完成|实现|达到|达标|合格|满意|符合)|较好|有所(?:提升|提高|改善|降低)/;
const MET_RE = /达成|完成|达标|实现|合格|有效|显著|良好|优秀|满意|按时|如期|提升|提高|改善|保障|落实|符合/;
// "No incidents" wording: met only when the target also asks for none (无/零/杜绝/不发生).
const NONE_RE = /^(?:无|零|没有|未发生|无发生|杜绝|0起|0次|0件|0例|0个)/;
const TARGET_NONE_RE = /无|零|杜绝|不发生|未发生|^0/;
const TRAILING_PUNCT_RE = /[。.,;!?、:]+$/;

/**
 * Qualitative words → outcome. `targetLevel` (optional) is the target's wording: 无/零 (no incidents) counts as
 * met only when the target also says 无/零. Returns undefined when the words are not recognised.
 */
export function qualitativeOutcome(text: string, targetLevel?: string): QualitativeOutcome | undefined {
  if (typeof text !== 'string') return undefined;
  const s = normalizeText(text).replace(TRAILING_PUNCT_RE, '');
  if (s === '') return undefined;
  const exact = WORDS.get(s);
  if (exact) return exact;
  if (NOT_MET_RE.test(s)) return 'notMet';
  if (NONE_RE.test(s)) {
    if (targetLevel !== undefined && TARGET_NONE_RE.test(normalizeText(targetLevel))) return 'met';
    return undefined;
  }
  if (PARTLY_RE.test(s)) return 'partly';
  if (MET_RE.test(s)) return 'met';
  return undefined;
}
