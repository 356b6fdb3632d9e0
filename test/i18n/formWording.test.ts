// The form's own wording (zh-CN whatever the pane's language): each drafted-note template once, and the note the
// tool writes is one it recognises as its own unfilled draft. The facts of each draft: test/domain/evaluate.test.ts.

import type { NoteDraft } from '../../src/domain/explain';
import { isUntouchedDraft } from '../../src/domain/explanation';
import { zhFormWording } from '../../src/i18n/zh-CN/formWording';

const CASES: [NoteDraft, string][] = [
  [
    { kind: 'overAchieved', actual: '40.83亿元', target: '23亿元', ratio: 1.77522 },
    '实际完成40.83亿元，为目标23亿元的177.5%，超出目标77.5%。',
  ],
  [
    { kind: 'lateDate', actual: '2023年9月', target: '2023年6月30日前' },
    '实际完成时间2023年9月，晚于目标2023年6月30日前。',
  ],
  [
    { kind: 'dateUnclear', actual: '2023年12月', target: '2023年12月15日前' },
    '实际完成时间2023年12月，无法确定是否按目标2023年12月15日前完成。',
  ],
  [
    { kind: 'qualitative', actual: '基本完成', target: '全面完成' },
    '实际完成情况为“基本完成”，未完全达到目标“全面完成”。',
  ],
  [{ kind: 'rateBelow', rate: 0.9, target: '2023年12月31日前' }, '完成率90%，未完全达到目标（2023年12月31日前）。'],
  [{ kind: 'lateTime', actual: '10个工作日', target: '5个工作日' }, '实际用时10个工作日，超过目标时限5个工作日。'],
  [
    { kind: 'belowRange', actual: '59.22%', low: '60%', gap: { value: 0.0078, unit: '%' } },
    '实际完成59.22%，低于目标区间下限60%，差0.78个百分点。',
  ],
  [
    { kind: 'aboveRange', actual: '85%', high: '80%', gap: { value: 0.05, unit: '%' } },
    '实际完成85%，高于目标区间上限80%，超出5个百分点。',
  ],
  [
    { kind: 'belowTarget', actual: '4425.4万元', target: '≥5506.5万元', gap: { value: 1.08111e7, unit: '元' } },
    '实际完成4425.4万元，低于目标≥5506.5万元，差1081.11万元。',
  ],
  [
    { kind: 'aboveLimit', actual: '0.06%', target: '0.05%', gap: { value: 0.0001, unit: '%' } },
    '实际完成0.06%，高于目标上限0.05%，超出0.01个百分点。',
  ],
  [
    { kind: 'explained', explanation: { kind: 'unitMismatch', actual: '100%', target: '≥100人' } },
    '实际完成100%与目标≥100人单位不同，无法比较。',
  ],
];

describe('drafted deviation notes', () => {
  it.each(CASES)('drafts %j with its blanks for the reason and the measures', (draft, head) => {
    const text = zhFormWording.note(draft);
    expect(text).toBe(`${head}原因：；改进措施：`);
    expect(isUntouchedDraft(text)).toBe(true);
  });
});

describe('write reasons', () => {
  it('quotes the explanation of a score as the form says it', () => {
    const why = zhFormWording.explain({ kind: 'judged', recorded: 2, weight: 3 });
    expect(zhFormWording.plan.score('个贷率', why)).toBe(
      '「个贷率」按规则：按评分标准由评价人判断，采用表中得分2分（满分3分）',
    );
    expect(zhFormWording.plan.conflict('附件3!H19', '2', '0', why)).toBe(
      '附件3!H19 现为 2（手工填写），按规则应为 0：按评分标准由评价人判断，采用表中得分2分（满分3分）。保留原值，勾选后可替换。',
    );
  });
});
