// The write plan and the tool's own drafted notes (issue 9 §1): the note cell of a row that still needs an
// explanation stays highlighted until a person fills it in, and a draft the officer has started completing
// is never replaced by a newer draft.

import { buildWritePlan } from '../../src/workbook/buildPlan';
import { DEFAULT_PLAN_OPTIONS, type PlanOptions, type WritePlan } from '../../src/workbook/plan';
import { evaluateTables } from '../../src/domain/evaluate';
import { national2020 } from '../../src/domain/profiles';
import type { ScoredTable } from '../../src/domain/model';
import { seedIndicatorsWith, seedProjectTable, setCell, SEED_ROW } from '../support/models';
import { zhFormWording } from '../../src/i18n/zh-CN/formWording';

function plan(tables: ScoredTable[], options: Partial<PlanOptions> = {}): WritePlan {
  return buildWritePlan(evaluateTables(tables, national2020), { ...DEFAULT_PLAN_OPTIONS, ...options }, zhFormWording);
}
const OVER_DRAFT = '实际完成40.83亿元，为目标23亿元的177.5%，超出目标77.5%。原因：；改进措施：';

describe('the note cell of a row that still needs an explanation', () => {
  it('is highlighted on the over-achieved 提取 row while empty, and stays highlighted while it holds the unfilled draft', () => {
    const empty = plan([seedProjectTable()]);
    expect(empty.fills.filter((f) => f.row === 13).map((f) => `${f.address} ${f.reason}`)).toEqual(['I14 note']);

    const drafted = plan([seedProjectTable({ indicators: seedIndicatorsWith(SEED_ROW.提取, { note: OVER_DRAFT }) })]);
    expect(drafted.fills.filter((f) => f.row === 13).map((f) => `${f.address} ${f.reason} ${f.color}`)).toEqual([
      `I14 note ${DEFAULT_PLAN_OPTIONS.colors.review}`,
    ]);
  });

  it('is no longer highlighted once a person explains', () => {
    const p = plan([
      seedProjectTable({
        indicators: seedIndicatorsWith(SEED_ROW.提取, { note: '原因：新政出台；改进措施：合理测算目标' }),
      }),
    ]);
    expect(p.fills.filter((f) => f.row === 13)).toEqual([]);
  });

  it('takes back the highlight of an earlier run once the note is filled in', () => {
    const table = seedProjectTable({
      indicators: seedIndicatorsWith(SEED_ROW.提取, { note: '原因：新政出台；改进措施：合理测算目标' }),
    });
    const p = plan([table], {
      ownedFills: new Map([['附件3!I14', { original: null, color: DEFAULT_PLAN_OPTIONS.colors.review }]]),
    });
    expect(p.unfills?.map((u) => u.address)).toEqual(['I14']);
  });
});

describe('a draft the tool wrote before', () => {
  it('is not written again when it holds the same draft', () => {
    const table = seedProjectTable({ indicators: seedIndicatorsWith(SEED_ROW.提取, { note: OVER_DRAFT }) });
    expect(plan([table], { owned: new Set(['附件3!I14']) }).writes.some((w) => w.address === 'I14')).toBe(false);
  });

  it('is replaced by the newer draft while untouched', () => {
    const table = seedProjectTable({
      indicators: seedIndicatorsWith(SEED_ROW.提取, {
        note: '实际完成40亿元，为目标23亿元的173.9%，超出目标73.9%。原因：；改进措施：',
      }),
    });
    expect(plan([table], { owned: new Set(['附件3!I14']) }).writes.find((w) => w.address === 'I14')).toMatchObject({
      value: OVER_DRAFT,
      ownership: 'owned',
    });
  });

  it('is never replaced once the officer has started filling it in', () => {
    const table = seedProjectTable({ indicators: seedIndicatorsWith(SEED_ROW.个贷率, { note: null }) });
    setCell(table, 'I17', { value: '实际完成59.22%，低于目标区间下限60%。原因：市场低迷；改进措施：', text: '' });
    const p = plan([table], { owned: new Set(['附件3!I17']) });
    expect(p.writes.concat(p.conflicts).some((w) => w.address === 'I17')).toBe(false);
  });
});
