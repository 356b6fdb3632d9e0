// Indicator rows sharing one 分值/得分 cell merged down them are one scored unit: the weight and the recorded score
// count once, each row is still judged, and the rows under the first carry no score of their own.

import { zhFormWording } from '../../src/i18n/zh-CN/formWording';
import type { TableResult } from '../../src/domain/result';
import type { Finding } from '../../src/domain/types';
import { checkWorkbook } from '../../src/workbook/check';
import { buildWritePlan } from '../../src/workbook/buildPlan';
import { DEFAULT_PLAN_OPTIONS } from '../../src/workbook/plan';
import { buildHexicunSubsidy, buildHuangshiSharedScores, buildScorecardSharedScores } from '../../scripts/fixtures';
import { loadFixtureGrids } from '../support/grids';

const where = (f: Finding) => `${f.severity} ${f.code} ${f.sheet}!${f.cell}`;
const table = (r: ReturnType<typeof checkWorkbook>) =>
  r.evaluation.results.find((x): x is TableResult => x.kind !== 'basic')!;

describe('得分 merged over 2–3 indicator rows (黄石图书馆, 湖北 20分 form)', () => {
  test('the total counts each merged score once: 100, no 一级 sums over their points', async () => {
    const r = checkWorkbook(await loadFixtureGrids(() => buildHuangshiSharedScores()), { wording: zhFormWording });
    const t = table(r);
    expect(t.total).toBe(100);
    expect(r.findings.filter((f) => f.severity === 'error').map(where)).toEqual([]);
    expect(r.findings.filter((f) => f.code === 'weights-level1').map(where)).toEqual([]);
  });

  test('each row is still judged, and a name-only row under a merged 得分 is not said to carry that score', async () => {
    const r = checkWorkbook(await loadFixtureGrids(() => buildHuangshiSharedScores()), { wording: zhFormWording });
    const t = table(r);
    expect(t.indicators.map((i) => i.name)).toContain('WIFI布点全覆盖');
    expect(t.indicators.find((i) => i.name === 'WIFI布点全覆盖')?.status).toBe('met');
    expect(r.findings.filter((f) => f.cell === 'G18' || f.cell === 'G20').map(where)).toEqual([]);
    // the rows under a merge's first row carry no score: their 得分 is not the merged cell's
    const shared = t.table.indicators.filter((i) => i.part === 'shared');
    expect(shared.map((i) => `${i.row + 1}:${i.score.address}`)).toEqual([
      '13:G13',
      '16:G16',
      '19:G19',
      '20:G20',
      '22:G22',
    ]);
  });

  test('the planted copy: the budget errors only', async () => {
    const r = checkWorkbook(await loadFixtureGrids(() => buildHuangshiSharedScores(true)), { wording: zhFormWording });
    expect(r.findings.filter((f) => f.severity === 'error').map(where)).toEqual([
      'error rate-mismatch 共享工程!E10',
      'error budget-score-mismatch 共享工程!F10',
    ]);
    expect(table(r).total).toBe(98);
  });
});

describe('分值 and 得分 merged over six 可选项 rows (决策–管理–绩效 scorecard)', () => {
  test('the weights add up to 100 and the total is 98', async () => {
    const r = checkWorkbook(await loadFixtureGrids(() => buildScorecardSharedScores()), { wording: zhFormWording });
    const t = table(r);
    expect(t.total).toBe(98);
    expect(r.findings.filter((f) => f.severity === 'error').map(where)).toEqual([]);
    expect(r.findings.filter((f) => f.code === 'unparsed-value').map(where)).toEqual([]);
  });

  test('a 总分 of 99 against parts adding up to 98 is found', async () => {
    const r = checkWorkbook(await loadFixtureGrids(() => buildScorecardSharedScores(99)), { wording: zhFormWording });
    expect(r.findings.filter((f) => f.severity === 'error').map(where)).toEqual([
      'error total-mismatch 项目评分表!E22',
    ]);
  });
});

describe('a recomputed score for a merged 得分 (河西村 with 成活率 rows sharing one 分值 10)', () => {
  /** 河西村's two 成活率 rows (23, 24) sharing 分值 E23:E24 = 10 and 得分 H23:H24, the 得分 left blank or set. */
  async function shared(score: number | null, survival = '95%') {
    const grids = await loadFixtureGrids(buildHexicunSubsidy);
    const g = grids[0];
    g.cells[22][4] = { value: 10, text: '10' };
    g.cells[22][7] = score === null ? undefined : { value: score, text: String(score) };
    g.cells[23][4] = undefined;
    g.cells[23][7] = undefined;
    g.cells[23][6] = { value: survival, text: survival };
    g.merges.push({ top: 22, left: 4, bottom: 23, right: 4 }, { top: 22, left: 7, bottom: 23, right: 7 });
    return checkWorkbook(grids, { wording: zhFormWording });
  }

  test('all rows met: the score is written once, at the merge top-left', async () => {
    const r = await shared(null);
    expect(table(r).total).toBe(100);
    // no 「分值为空」/「得分为空」 on the row under the merge's first
    expect(r.findings.filter((f) => /^[A-Z]+24$/.test(f.cell)).map(where)).toEqual([]);
    const plan = buildWritePlan(r.evaluation, DEFAULT_PLAN_OPTIONS, zhFormWording, r.findings);
    const toH = plan.writes.filter((w) => w.col === 7 && (w.row === 22 || w.row === 23));
    expect(toH.map((w) => `${w.address}=${w.value}`)).toEqual(['H23=10']);
    expect((plan.findings ?? []).filter((f) => f.code === 'merged-cell')).toEqual([]);
  });

  test('a row of the group missing its target: the group goes to review with its recorded score, nothing written', async () => {
    const r = await shared(10, '90%');
    const t = table(r);
    const head = t.indicators.find((i) => i.name === '种植作物成活率')!;
    expect(head.status).toBe('review');
    expect(t.total).toBe(100);
    expect(r.findings.map(where)).toContain('warning indicator-failed 河西村!H24');
    const plan = buildWritePlan(r.evaluation, DEFAULT_PLAN_OPTIONS, zhFormWording, r.findings);
    expect(plan.writes.filter((w) => w.col === 7 && (w.row === 22 || w.row === 23))).toEqual([]);
  });
});
