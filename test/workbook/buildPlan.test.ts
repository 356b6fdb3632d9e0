// The write plan on the seed 附件3: what the tool may write, what it must hold back as a conflict,
// and that a second run after applying the plan writes nothing.

import { buildWritePlan } from '../../src/workbook/buildPlan';
import { DEFAULT_PLAN_OPTIONS, type PlanOptions, type WritePlan } from '../../src/workbook/plan';
import { evaluateTables } from '../../src/domain/evaluate';
import { national2020 } from '../../src/domain/profiles';
import type { ScoredTable } from '../../src/domain/model';
import type { IndicatorSpec } from '../support/models';
import type { Finding } from '../../src/domain/types';
import { checkWorkbook, type CheckResult } from '../../src/workbook/check';
import { buildSeedWorkbook } from '../../scripts/fixtures';
import { loadFixtureGrids } from '../support/grids';
import {
  cell,
  seedIndicatorsWith,
  seedProjectTable,
  setCell,
  slotsByAddress,
  SEED_INDICATORS,
  SEED_ROW,
  SEED_BUDGET,
} from '../support/models';
import { zhFormWording } from '../../src/i18n/zh-CN/formWording';

function plan(tables: ScoredTable[], options: Partial<PlanOptions> = {}): WritePlan {
  return buildWritePlan(evaluateTables(tables, national2020), { ...DEFAULT_PLAN_OPTIONS, ...options }, zhFormWording);
}
const at = (p: WritePlan) => p.writes.map((w) => `${w.address}=${w.value}`);

/** The seed with every figure the tool computes left blank. */
function blankSeed(): ScoredTable {
  const indicators = SEED_INDICATORS.map((r) => {
    const out = [...r] as IndicatorSpec;
    out[6] = null;
    return out;
  });
  const [i, f, e, w] = SEED_BUDGET;
  return seedProjectTable({ indicators, budget: [i, f, e, w, cell(null), null], total: [100, null] });
}

/** Apply a plan's writes to the model's cells, as an adapter would. */
function apply(table: ScoredTable, p: WritePlan): void {
  const slots = slotsByAddress(table);
  for (const w of p.writes) {
    const s = slots.get(w.address);
    if (!s) throw new Error(`no slot ${w.address}`);
    s.cell =
      typeof w.value === 'number'
        ? { value: w.value, text: String(w.value), numberFormat: w.numberFormat }
        : { value: w.value, text: w.value };
  }
}

describe('write plan on the seed as printed', () => {
  const p = plan([seedProjectTable()]);

  it('writes nothing over figures that already agree, only the drafted over-achievement note', () => {
    expect(at(p)).toEqual(['I14=实际完成40.83亿元，为目标23亿元的177.5%，超出目标77.5%。原因：；改进措施：']);
    expect(p.writes[0]).toMatchObject({ kind: 'note', ownership: 'empty', sheet: '附件3', row: 13, col: 8 });
    expect(p.conflicts).toEqual([]);
  });

  it('highlights the failed loan-ratio row from 三级指标 to 偏差原因, and the unexplained 提取 note cell (issue 9 §1)', () => {
    const failed = p.fills.filter((f) => f.reason === 'failed');
    expect(failed.map((f) => f.address)).toEqual(['D17', 'E17', 'F17', 'G17', 'H17', 'I17']);
    expect(failed.every((f) => f.color === DEFAULT_PLAN_OPTIONS.colors.failed)).toBe(true);
    expect(p.fills.filter((f) => f.reason !== 'failed').map((f) => `${f.address} ${f.reason}`)).toEqual(['I14 note']);
  });

  it('changes nothing on a second run once its note is in place', () => {
    const table = seedProjectTable();
    apply(table, plan([table]));
    expect(plan([table]).writes).toEqual([]);
  });

  it('does not fill or draft when the officer turns those off', () => {
    const q = plan([seedProjectTable()], { draftNotes: false, highlight: false });
    expect(q.writes).toEqual([]);
    expect(q.fills).toEqual([]);
  });
});

describe('write plan into empty cells', () => {
  const p = plan([blankSeed()]);

  it('fills 执行率 as a percentage, the budget score, every indicator score and the total', () => {
    const rate = p.writes.find((w) => w.kind === 'rate');
    expect(rate).toMatchObject({ address: 'G5', value: 1, numberFormat: '0.00%', ownership: 'empty' });
    expect(p.writes.find((w) => w.kind === 'budgetScore')).toMatchObject({ address: 'H5', value: 10 });
    const scores = p.writes.filter((w) => w.kind === 'score');
    expect(scores).toHaveLength(16); // 17 rows less the 不适用 row
    expect(scores.find((w) => w.address === 'H17')).toMatchObject({ value: 0 });
    expect(scores.find((w) => w.address === 'H17')?.reason).toContain('目标区间60%–80%，未达标，得0分');
    expect(p.writes.find((w) => w.kind === 'total')).toMatchObject({ address: 'H29', value: 98 });
    expect(p.conflicts).toEqual([]);
  });

  it('keeps the percentage format an officer gave the empty 执行率 cell (0.0%), and formats one without', () => {
    const t = blankSeed();
    setCell(t, 'G5', { value: null, text: '', numberFormat: '0.0%' });
    const rate = plan([t]).writes.find((w) => w.kind === 'rate');
    expect(rate).toMatchObject({ address: 'G5', value: 1 });
    expect(rate?.numberFormat).toBeUndefined();
    const plain = blankSeed();
    setCell(plain, 'G5', { value: null, text: '', numberFormat: '0.00' });
    expect(plan([plain]).writes.find((w) => w.kind === 'rate')?.numberFormat).toBe('0.00%');
  });

  it('changes nothing on a second run after the plan is applied', () => {
    const table = blankSeed();
    apply(table, plan([table]));
    const again = plan([table]);
    expect(again.writes).toEqual([]);
    expect(again.conflicts).toEqual([]);
  });

  it('writes the grade when the table has a grade cell, and leaves 优秀 alone', () => {
    expect(plan([seedProjectTable({ grade: null })]).writes.find((w) => w.kind === 'grade')).toMatchObject({
      address: 'I29',
      value: '优',
    });
    expect(plan([seedProjectTable({ grade: '优秀' })]).writes.some((w) => w.kind === 'grade')).toBe(false);
  });
});

describe("a person's values", () => {
  const personal = () => seedProjectTable({ indicators: seedIndicatorsWith(SEED_ROW.个贷率, { score: 5 }) });

  it('holds back a hand-written score that differs from the rule, saying why', () => {
    const p = plan([personal()]);
    expect(p.writes.some((w) => w.address === 'H17')).toBe(false);
    expect(p.conflicts).toHaveLength(1);
    expect(p.conflicts[0]).toMatchObject({ address: 'H17', value: 0, ownership: 'person', previous: { value: 5 } });
    expect(p.conflicts[0].reason).toBe(
      '附件3!H17 现为 5（手工填写），按规则应为 0：实际完成59.22%，目标区间60%–80%，未达标，得0分（满分2分）。保留原值，勾选后可替换。',
    );
  });

  it('writes it once the officer consents', () => {
    const p = plan([personal()], { consent: new Set(['附件3!H17']) });
    expect(p.conflicts).toEqual([]);
    expect(p.writes.find((w) => w.address === 'H17')).toMatchObject({ value: 0, ownership: 'person' });
  });

  it('rewrites a cell the tool wrote before', () => {
    const p = plan([personal()], { owned: new Set(['附件3!H17']) });
    expect(p.writes.find((w) => w.address === 'H17')).toMatchObject({ value: 0, ownership: 'owned' });
  });

  it('never replaces a formula silently, even one in an owned cell', () => {
    const table = seedProjectTable();
    setCell(table, 'H17', { value: 2, text: '2', formula: '=G17' });
    const p = plan([table], { owned: new Set(['附件3!H17']) });
    expect(p.conflicts[0]).toMatchObject({ address: 'H17', ownership: 'formula' });
    expect(p.conflicts[0].reason).toContain('现为公式 =G17（结果 2）');
    const consented = plan([table], { consent: new Set(['附件3!H17']) });
    expect(consented.writes.find((w) => w.address === 'H17')).toMatchObject({ ownership: 'formula', value: 0 });
  });

  it('leaves a formula alone when it already gives the rule value', () => {
    const table = seedProjectTable();
    setCell(table, 'H17', { value: 0, text: '0', formula: '=0' });
    expect(
      plan([table])
        .writes.concat(plan([table]).conflicts)
        .some((w) => w.address === 'H17'),
    ).toBe(false);
  });

  it("keeps an officer's integer rounding that the evaluation accepted", () => {
    const rows: IndicatorSpec[] = [['产出指标(90分)', '数量指标', '培训人次', '≥95%', '90%', 90, 85, '培训推迟']];
    const table = seedProjectTable({ indicators: rows, total: [100, 95] });
    const p = plan([table]);
    expect(p.writes.concat(p.conflicts).filter((w) => w.kind === 'score' || w.kind === 'total')).toEqual([]);
  });

  it('never touches a note a person wrote, not even as a conflict', () => {
    const table = seedProjectTable({ indicators: seedIndicatorsWith(SEED_ROW.提取, { note: '新政出台' }) });
    const p = plan([table]);
    expect(p.writes.concat(p.conflicts).some((w) => w.address === 'I14')).toBe(false);
  });

  it('does not draft over the placeholder 无 (a person typed it) but flags it', () => {
    const table = seedProjectTable({ indicators: seedIndicatorsWith(SEED_ROW.提取, { note: '无' }) });
    const e = evaluateTables([table], national2020);
    expect(e.findings.some((f) => f.code === 'over-achievement-note' && f.cell === 'I14')).toBe(true);
    const p = buildWritePlan(e, DEFAULT_PLAN_OPTIONS, zhFormWording);
    expect(p.writes.concat(p.conflicts).some((w) => w.address === 'I14')).toBe(false);
  });

  it('leaves its own earlier draft in place: the officer may be completing it', () => {
    const table = seedProjectTable({ indicators: seedIndicatorsWith(SEED_ROW.个贷率, { note: null }) });
    setCell(table, 'I17', { value: '实际完成59.22%，低于目标区间下限60%。原因：市场低迷；改进措施：', text: '' });
    expect(plan([table], { owned: new Set(['附件3!I17']) }).writes.some((w) => w.address === 'I17')).toBe(false);
  });

  it('drafts the note into an empty note cell of a missed target', () => {
    const table = seedProjectTable({ indicators: seedIndicatorsWith(SEED_ROW.个贷率, { note: null }) });
    expect(plan([table]).writes.find((w) => w.address === 'I17')).toMatchObject({
      kind: 'note',
      value: '实际完成59.22%，低于目标区间下限60%，差0.78个百分点。原因：；改进措施：',
    });
  });

  it('highlights a review row in the review colour', () => {
    const rows: IndicatorSpec[] = [
      ['产出指标(90分)', '数量指标', '完成审计整改', '全面完成', '部分完成', 10, 7, '两项整改延期'],
      ['', '', '发放贷款', '80笔', '80笔', 80, 80, null],
    ];
    const p = plan([seedProjectTable({ indicators: rows, total: [100, 97] })], {
      colors: { failed: '#FF0000', review: '#FFFF00' },
    });
    expect(new Set(p.fills.map((f) => `${f.row}:${f.color}:${f.reason}`))).toEqual(new Set(['11:#FFFF00:review']));
  });
});

describe('highlights the tool set on an earlier run', () => {
  const RED = DEFAULT_PLAN_OPTIONS.colors.failed;
  /** The 逾期率 row (16, passing) and the 个贷率 row (17, failing) as the tool highlighted them before. */
  const earlier = (original: string | null = null) =>
    new Map(['D16', 'E16', 'D17', 'E17'].map((a) => [`附件3!${a}`, { original, color: RED }]));

  it('takes back those on a row that passes now, to the fill the cell had before', () => {
    const p = plan([seedProjectTable()], { ownedFills: earlier('#FFFF00') });
    expect(p.unfills).toEqual([
      { sheet: '附件3', row: 15, col: 3, address: 'D16', color: '#FFFF00', was: RED, reason: 'clear' },
      { sheet: '附件3', row: 15, col: 4, address: 'E16', color: '#FFFF00', was: RED, reason: 'clear' },
    ]);
  });

  it('takes a highlight back to no fill when the cell had none', () => {
    const p = plan([seedProjectTable()], { ownedFills: earlier(null) });
    expect(p.unfills?.map((u) => [u.address, u.color])).toEqual([
      ['D16', null],
      ['E16', null],
    ]);
  });

  it('keeps those on the row that still fails: they are set again, not taken back', () => {
    const p = plan([seedProjectTable()], { ownedFills: earlier() });
    expect(p.unfills?.some((u) => u.row === 16)).toBe(false);
    expect(p.fills.filter((f) => f.reason === 'failed').map((f) => f.address)).toEqual([
      'D17',
      'E17',
      'F17',
      'G17',
      'H17',
      'I17',
    ]);
  });

  it('takes every one back when the officer turns highlighting off', () => {
    const p = plan([seedProjectTable()], { ownedFills: earlier(), highlight: false });
    expect(p.fills).toEqual([]);
    expect(p.unfills?.map((u) => u.address)).toEqual(['D16', 'E16', 'D17', 'E17']);
  });

  it('plans no unfills when no earlier highlights are known (the CLI, which keeps no memory between runs)', () => {
    expect(plan([seedProjectTable()]).unfills).toBeUndefined();
  });
});

describe('a cell shared by two indicator rows (merged across them)', () => {
  /** The blank seed with the 逾期率 (H16) and 个贷率 rows' 得分 merged into H16, as the locator reads such a merge. */
  function mergedScores(): ScoredTable {
    const t = blankSeed();
    const [overdue, loan] = [t.indicators[SEED_ROW.逾期率], t.indicators[SEED_ROW.个贷率]];
    loan.score = { ...overdue.score, cell: { ...overdue.score.cell } };
    return t;
  }
  const keysOf = (p: WritePlan) => [...p.writes, ...p.conflicts].map((w) => `${w.sheet}!${w.address}`);

  it('plans no write to it (before: 5 then 0 into H16) and says why at that cell', () => {
    const p = plan([mergedScores()]);
    expect(keysOf(p).filter((k) => k === '附件3!H16')).toEqual([]);
    expect(p.findings).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'merged-cell', sheet: '附件3', cell: 'H16' }),
    ]);
    expect(p.findings![0].params).toEqual({
      items: [
        { kind: 'score', value: 5, name: expect.stringContaining('年度个人住房贷款逾期率') },
        { kind: 'score', value: 0, name: expect.stringContaining('住房公积金个贷率') },
      ],
    });
  });

  it('still writes every other score and the total, which counts both rows', () => {
    const p = plan([mergedScores()]);
    expect(p.writes.filter((w) => w.kind === 'score')).toHaveLength(14);
    expect(p.writes.find((w) => w.kind === 'total')).toMatchObject({ address: 'H29', value: 98 });
  });

  it('holds no conflict for it either when a person wrote one figure into the merged cell', () => {
    const t = mergedScores();
    setCell(t, 'H16', { value: 5, text: '5' });
    t.indicators[SEED_ROW.个贷率].score = t.indicators[SEED_ROW.逾期率].score;
    const p = plan([t]);
    expect(keysOf(p).filter((k) => k === '附件3!H16')).toEqual([]);
    expect(p.findings?.map((f) => f.cell)).toEqual(['H16']);
  });

  it('drafts one note holding both rows’ drafts into a 偏差原因 cell merged across two missed rows', () => {
    const t = seedProjectTable({ indicators: seedIndicatorsWith(SEED_ROW.个贷率, { note: null }) });
    const [over, loan] = [t.indicators[SEED_ROW.提取], t.indicators[SEED_ROW.个贷率]];
    over.note = { ...loan.note!, cell: { value: null, text: '' } };
    const p = plan([t]);
    const notes = p.writes.filter((w) => w.address === 'I17');
    expect(notes).toHaveLength(1);
    expect(notes[0].value).toMatch(/177\.5%[\s\S]*59\.22%/);
    expect(p.findings ?? []).toEqual([]);
  });

  it('never plans two writes to one cell, whatever shares it', () => {
    const t = mergedScores();
    t.total!.score = { ...t.indicators[0].score }; // a total merged into the first score (H12)
    const p = plan([t]);
    const keys = keysOf(p);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(p.fills.map((f) => `${f.sheet}!${f.address}`)).size).toBe(p.fills.length);
    expect(p.findings?.map((f) => f.cell)).toEqual(['H12', 'H16']);
  });
});

describe('highlights on 附件1 (the basic table)', () => {
  // The seed's 附件1 carries three warnings (三公经费 31.03 over 18, 公务用车 30.07 over 11, 公车购置 26.44 unbudgeted:
  // spending over budget is a fact to explain, README's severity model) and hints (underspent lines, a sum it could not check), all from the consistency checks.
  let result: CheckResult;
  beforeAll(async () => {
    result = checkWorkbook(await loadFixtureGrids(buildSeedWorkbook), { wording: zhFormWording });
  });
  const fillsOn = (p: WritePlan, sheet: string) => p.fills.filter((f) => f.sheet === sheet);

  it('highlights the cell of every overrun on 附件1 in the review colour', () => {
    const warnings = result.findings.filter((f) => f.sheet === '附件1' && f.severity === 'warning').map((f) => f.cell);
    expect(warnings).toEqual(['F6', 'F7', 'F8']);
    expect(fillsOn(result.plan, '附件1').map((f) => [f.address, f.color, f.reason])).toEqual(
      warnings.map((a) => [a, DEFAULT_PLAN_OPTIONS.colors.review, 'review']),
    );
  });

  it('leaves hints unhighlighted', () => {
    const hints = result.findings.filter((f) => f.sheet === '附件1' && f.severity === 'info').map((f) => f.cell);
    expect(hints.length).toBeGreaterThan(0);
    for (const h of hints) expect(fillsOn(result.plan, '附件1').some((f) => f.address === h)).toBe(false);
  });

  it('highlights a warning on 附件1 in the review colour', () => {
    const basic = result.tables.find((t) => t.kind === 'basic')!;
    const params = {
      annex: 'basic' as const,
      found: '某局',
      reference: '某市某某局',
      referenceAnnex: 'department' as const,
    };
    const warning: Finding = {
      severity: 'warning',
      code: 'name-mismatch',
      sheet: '附件1',
      cell: 'B3',
      params,
      table: basic.id,
    };
    const p = buildWritePlan(result.evaluation, DEFAULT_PLAN_OPTIONS, zhFormWording, [warning]);
    expect(fillsOn(p, '附件1')).toEqual([
      { sheet: '附件1', row: 2, col: 1, address: 'B3', color: DEFAULT_PLAN_OPTIONS.colors.review, reason: 'review' },
    ]);
  });

  it('sets none when highlighting is off, and takes earlier ones back when the overrun is gone', async () => {
    expect(
      fillsOn(
        checkWorkbook(await loadFixtureGrids(buildSeedWorkbook), { plan: { highlight: false }, wording: zhFormWording })
          .plan,
        '附件1',
      ),
    ).toEqual([]);
    const earlier = new Map([['附件1!F6', { original: null, color: DEFAULT_PLAN_OPTIONS.colors.failed }]]);
    const p = buildWritePlan(result.evaluation, { ...DEFAULT_PLAN_OPTIONS, ownedFills: earlier }, zhFormWording, []);
    expect(p.unfills?.map((u) => `${u.sheet}!${u.address}`)).toEqual(['附件1!F6']);
  });
});

describe('weights over 100', () => {
  it('offers no total above 100 for a 总分 the officer wrote as 100 (中江县 水标尺 2022: weights 100 + 执行率 10)', () => {
    const rows: IndicatorSpec[] = [
      ['产出指标(50分)', '数量指标', '安装坡面水标尺', '≥266米', '266米', 50, 50, null],
      ['效益指标(40分)', '社会效益指标', '受益人口数', '≥1000人', '1000人', 40, 40, null],
      ['满意度指标(10分)', '服务对象满意度指标', '受益户满意度', '≥95%', '95%', 10, 10, null],
    ];
    const p = plan([
      seedProjectTable({ indicators: rows, budget: [20, 20, 20, 10, cell(1, '0%', '100%'), 10], total: [100, 100] }),
    ]);
    expect(p.writes.concat(p.conflicts).filter((w) => w.kind === 'total')).toEqual([]);
  });
});
