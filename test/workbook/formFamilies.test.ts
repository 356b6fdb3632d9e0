// The form families besides the 财预〔2020〕10号 附件2/附件3 layout (issue 11), on tables departments published,
// rebuilt cell by cell in scripts/fixtures/families.ts: what a finance officer checking each one is told.

import { renderFinding } from '../../src/i18n/findings';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { TableResult } from '../../src/domain/result';
import type { Finding } from '../../src/domain/types';
import type { SheetGrid } from '../../src/workbook/grid';
import { fromA1 } from '../../src/workbook/grid';
import { checkWorkbook, type CheckResult } from '../../src/workbook/check';
import { run } from '../../src/cli/main';
import {
  buildDayingAnke,
  buildDazhouDepartmentScoreSheet,
  buildDazhouProjectScorecard,
  buildFrameworkScorecard,
  buildGrainReserveRegional,
  buildGrainReserveTargets,
  buildLijiangSatelliteEnforcement,
  buildQingshenWages,
  buildShouxianDepartmentScorecard,
} from '../../scripts/fixtures';
import { loadFixtureGrids } from '../support/grids';
import { facts } from '../support/findingText';
import { zhFormWording } from '../../src/i18n/zh-CN/formWording';

const where = (f: Finding) => `${f.severity} ${f.code} ${f.sheet}!${f.cell}`;
const scored = (r: CheckResult) => r.evaluation.results.filter((t): t is TableResult => t.kind !== 'basic');
const only = (r: CheckResult) => {
  const all = scored(r);
  expect(all).toHaveLength(1);
  return all[0];
};
const rows = (t: TableResult) => t.indicators.map((i) => `${i.cell} ${i.status} ${i.score ?? '-'}`);

/** Sets a cell of a grid by its A1 address (a number, text, or blank). */
function setCell(grids: SheetGrid[], sheet: string, address: string, value: string | number | null): void {
  const grid = grids.find((g) => g.name === sheet)!;
  const at = fromA1(address)!;
  (grid.cells[at.row] ??= [])[at.col] = { value, text: value === null ? '' : String(value) };
}

async function check(build: () => Promise<Buffer>, edit?: (grids: SheetGrid[]) => void): Promise<CheckResult> {
  const grids = await loadFixtureGrids(build);
  edit?.(grids);
  return checkWorkbook(grids, { wording: zhFormWording });
}

const GRAIN_STATUSES = (first: number) =>
  Array.from({ length: 16 }, (_, i) => `F${first + i} ${i === 10 ? 'review' : 'met'} -`);

describe('family 1: an unscored 绩效目标自评表 (衡山县 县级储备粮)', () => {
  it('finds the project, checks 执行率 and every target, scores nothing and says so once', async () => {
    const r = await check(buildGrainReserveTargets);
    const t = only(r);
    expect(`${t.kind} ${t.table.form} ${t.table.name} ${t.table.department}`).toBe(
      'project unscored 县级储备粮 粮食调控储备与产业发展股',
    );
    expect(t.budget).toMatchObject({
      fullYear: 194.9,
      executed: 194.9,
      rate: 1,
      recordedRate: 1,
      weight: null,
      score: null,
    });
    expect(rows(t)).toEqual(GRAIN_STATUSES(11));
    expect(t.indicators[0].explanation).toMatchObject({
      kind: 'scored',
      actual: '100%',
      target: '100%',
      met: true,
      score: null,
      weight: null,
      unscored: true,
    });
    expect([t.total, t.grade, t.counts.failed, t.counts.review]).toEqual([null, null, 0, 1]);
    expect(r.findings.map(where)).toEqual([
      'info unscored-form 县级储备粮!A1',
      'warning indicator-review 县级储备粮!F21',
    ]);
  });

  it('flags a missed target, the missing note and a printed 执行率 that disagrees, without inventing a score', async () => {
    const r = await check(buildGrainReserveTargets, (g) => {
      setCell(g, '县级储备粮', 'F26', '85%'); // 市民满意度调查 85% against ≥90%, no note
      setCell(g, '县级储备粮', 'D5', 180); // 全年执行数 180 of 194.9, the printed 执行率 still 100%
      setCell(g, '县级储备粮', 'D6', 180);
    });
    const t = only(r);
    expect(t.indicators[15]).toMatchObject({ status: 'failed', score: null, noteRequired: true });
    expect(r.findings.map(where)).toEqual([
      'info unscored-form 县级储备粮!A1',
      'error rate-mismatch 县级储备粮!E5',
      'info cell-conflict 县级储备粮!E5',
      'warning indicator-review 县级储备粮!F21',
      'warning indicator-failed 县级储备粮!F26',
      'error note-missing 县级储备粮!G26',
    ]);
    expect(t.budget).toMatchObject({ rate: 180 / 194.9, recordedRate: 1 });
  });

  it('still asks why a target was far exceeded', async () => {
    const r = await check(buildGrainReserveTargets, (g) => setCell(g, '县级储备粮', 'E26', '≥70%')); // 100% is 143% of 70%
    expect(only(r).indicators[15]).toMatchObject({ status: 'met', score: null, overAchieved: true });
    expect(r.findings.filter((f) => f.severity === 'warning').map(where)).toEqual([
      'warning indicator-review 县级储备粮!F21',
      'warning over-achievement-note 县级储备粮!G26',
    ]);
  });

  it('reads the 区域绩效目标自评表 layout whose side label 年度绩效指标完成情况 spans the indicator rows: no row lost', async () => {
    const r = await check(buildGrainReserveRegional);
    const t = only(r);
    expect(`${t.kind} ${t.table.form} ${t.table.name}`).toBe('project unscored 县级储备粮');
    expect(t.table.range).toEqual({ top: 0, left: 0, bottom: 24, right: 6 });
    expect(t.indicators.map((i) => i.name).slice(0, 2)).toEqual([
      '5000吨稻谷、500吨成品粮储备到位率',
      '库存数量真实率',
    ]);
    expect(rows(t)).toEqual(GRAIN_STATUSES(10));
    expect(t.budget).toMatchObject({ rate: 1, recordedRate: 1, weight: null, score: null });
    expect(r.findings.map(where)).toEqual([
      'info unscored-form 区域绩效目标自评表!A1',
      'warning indicator-review 区域绩效目标自评表!F20',
    ]);
  });
});

describe('family 2: 决策–管理–绩效 and 决策–过程–产出–效益 scorecards', () => {
  it('takes every recorded score of a 分值/得分-only scorecard (达州) as judged, totals 98 and grades 优', async () => {
    const r = await check(buildDazhouProjectScorecard);
    const t = only(r);
    expect(`${t.kind} ${t.table.form} ${t.table.name}`).toBe('project scorecard 农业产业发展项目');
    expect(rows(t)).toEqual([
      'E4 review 5',
      'E5 review 5',
      'E6 review 5',
      'E7 review 5',
      'E8 review 3',
      'E9 review 4',
      'E10 review 2',
      'E11 review 5',
      'E12 review 4',
      'E13 review 5',
      'E14 review 5',
      'E15 review 40',
      'E16 review 10',
    ]);
    expect(t.indicators[6].explanation).toEqual({ kind: 'judged', recorded: 2, weight: 3 });
    expect([t.budget, t.total, t.recordedTotal, t.grade, t.recordedGrade]).toEqual([undefined, 98, 98, '优', '优']);
    expect(r.findings.filter((f) => f.code !== 'check-skipped').map(where)).toEqual([
      'info indicator-review 项目评分表!E4',
    ]);
    expect(facts(r.findings.find((f) => f.code === 'indicator-review'))).toEqual({
      code: 'indicator-review',
      params: { kind: 'judgedRows', rows: [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16] },
    });
  });

  it('still checks a judged score against its weight, the total and the grade', async () => {
    const r = await check(buildDazhouProjectScorecard, (g) => {
      setCell(g, '项目评分表', 'E10', 4); // 执行规范 4 of 3
      setCell(g, '项目评分表', 'E18', '良');
    });
    expect(r.findings.filter((f) => f.severity === 'error').map(where)).toEqual([
      'error score-above-weight 项目评分表!E10',
      'error total-mismatch 项目评分表!E17',
      'error grade-mismatch 项目评分表!E18',
    ]);
    expect(only(r).total).toBe(99); // the 4 counts as its weight 3
  });

  it('scores 预算执行率 by the budget rule from the amounts above, adds no budget weight on top (100, not 110), judges dash rows', async () => {
    const r = await check(buildFrameworkScorecard);
    const t = only(r);
    expect(rows(t)).toEqual([
      'H6 review 4',
      'H7 review 4',
      'H8 review 4',
      'H9 review 3',
      'H10 review 4',
      'H11 met 4',
      'H12 partial 9.5',
      'H13 review 3',
      'H14 review 3',
      'H15 met 20',
      'H16 met 10',
      'H17 met 10',
      'H18 met 10',
      'H19 notApplicable -',
      'H20 met 10',
    ]);
    expect(t.indicators[6].explanation).toEqual({
      kind: 'rateRow',
      rate: 0.95,
      amounts: { executed: 760, denominator: 800 },
      score: 9.5,
      weight: 10,
      over100: false,
    });
    expect(t.budget).toMatchObject({ rate: 0.95, recordedRate: 0.95, weight: null, score: null });
    expect([t.total, t.recordedTotal, t.grade]).toEqual([98.5, 98.5, '优']);
    expect(r.findings.map(where)).toEqual(['info indicator-review 项目绩效评价!H6']);
  });

  it('takes the rate written in the 预算执行率 row when the sheet has no amounts, and errs on a score above the rule', async () => {
    const r = await check(buildFrameworkScorecard, (g) => {
      for (const a of ['C4', 'D4', 'E4', 'F4']) setCell(g, '项目绩效评价', a, null);
      setCell(g, '项目绩效评价', 'F12', '90%');
    });
    const t = only(r);
    expect(t.indicators[6]).toMatchObject({ status: 'partial', score: 9, recorded: 9.5 });
    expect(t.indicators[6].explanation).toEqual({ kind: 'rateRow', rate: 0.9, score: 9, weight: 10, over100: false });
    expect(r.findings.filter((f) => f.severity === 'error').map(where)).toEqual([
      'error score-mismatch 项目绩效评价!H12',
      'error total-mismatch 项目绩效评价!H21',
    ]);
  });
});

describe('family 3: a 部门整体 评分表 with 指标分值 / 指标说明及评分标准 / 自评得分 (寿县)', () => {
  it('finds a department scorecard, judges its rows, adds the parts up to the 合计', async () => {
    const r = await check(buildShouxianDepartmentScorecard);
    const t = only(r);
    expect(`${t.kind} ${t.table.form}`).toBe('department scorecard');
    expect(t.table.columns).toMatchObject({ level1: 1, level2: 2, name: 3, weight: 4, criteria: 6, score: 7 });
    expect(t.indicators.map((i) => i.name)).toEqual([
      '基础信息完整性',
      '年度工作计划完整性',
      '年度工作计划明确性',
      '年度绩效目标合理性',
      '年度绩效目标明确性',
      '预算执行率',
    ]);
    expect(rows(t)).toEqual(['H4 review 3', 'H5 review 3', 'H6 review 3', 'H7 review 4', 'H8 review 2', 'H9 review 5']);
    expect([t.total, t.recordedTotal]).toEqual([20, 20]);
    expect(r.findings.filter((f) => f.code !== 'check-skipped').map(where)).toEqual([
      'info indicator-review 部门整体自评表!H4',
    ]);
  });

  it('flags a 自评得分 above its 指标分值 and parts that do not add up to the 合计', async () => {
    const r = await check(buildShouxianDepartmentScorecard, (g) => {
      setCell(g, '部门整体自评表', 'H8', 3); // 2 points at most
      setCell(g, '部门整体自评表', 'H10', 19);
    });
    expect(r.findings.filter((f) => f.severity === 'error').map(where)).toEqual([
      'error score-above-weight 部门整体自评表!H8',
      'error total-mismatch 部门整体自评表!H10',
    ]);
  });
});

describe('family 3, second layout: a 得分表 whose points are written in the names (达州 部门整体)', () => {
  it('reads 一级 | 二级 | 三级 | 得分 as a department scorecard, each weight from its name', async () => {
    const r = await check(buildDazhouDepartmentScoreSheet);
    const t = only(r);
    expect(`${t.kind} ${t.table.form}`).toBe('department scorecard');
    expect(t.indicators.map((i) => `${i.cell} ${i.status} ${i.score}/${i.weight}`)).toEqual([
      'D3 review 5/5',
      'D4 review 5/5',
      'D5 review 5/5',
      'D6 review 2/5',
      'D7 review 4/5',
    ]);
    expect([t.total, t.recordedTotal]).toEqual([21, 21]);
    // the cut table's parts add up to its 25 points, not to 100
    expect(r.findings.filter((f) => f.code !== 'check-skipped').map(where)).toEqual([
      'warning weights-total 部门整体得分表!A1',
      'info indicator-review 部门整体得分表!D3',
    ]);
  });

  it('flags a score above the points its name gives', async () => {
    const r = await check(buildDazhouDepartmentScoreSheet, (g) => setCell(g, '部门整体得分表', 'D6', 6));
    expect(r.findings.filter((f) => f.severity === 'error').map(where)).toEqual([
      'error score-above-weight 部门整体得分表!D6',
      'error total-mismatch 部门整体得分表!D8',
    ]);
  });
});

describe('family 4: Sichuan 13-column forms with 权重 and a 预算执行情况（10分） block', () => {
  it('scores the block by its 权重 and the indicators by theirs (大英县 安可替代)', async () => {
    const r = await check(buildDayingAnke);
    const t = only(r);
    expect(t.table.columns).toMatchObject({
      targetNature: 4,
      target: 5,
      unit: 6,
      actual: 7,
      weight: 8,
      score: 9,
      note: 10,
    });
    expect(t.budget).toMatchObject({
      initial: 0,
      fullYear: 3.36,
      executed: 3.36,
      rate: 1,
      weight: 10,
      score: 10,
      recordedScore: 10,
    });
    expect(rows(t)).toEqual(['J15 met 90']);
    expect(t.total).toBe(100);
    // the published form has only 产出 indicators: a reviewer's note that the 效益/满意度 dimensions are missing (info)
    expect(r.findings.map(where)).toEqual(['info budget-adjusted 安可替代!E9', 'info dimension-missing 安可替代!B15']);
  });

  it('takes the block points from its label when the 权重 cell is blank, 20 where the label says 20', async () => {
    const ten = await check(buildQingshenWages, (g) => setCell(g, '工资性支出', 'H9', null));
    expect(only(ten).budget).toMatchObject({ rate: 1, weight: 10, score: 10 });
    const twenty = await check(buildQingshenWages, (g) => {
      setCell(g, '工资性支出', 'H9', null);
      setCell(g, '工资性支出', 'A8', '预算执行情况（20分）');
    });
    expect(only(twenty).budget).toMatchObject({ weight: 20, score: 20 });
    expect(twenty.findings.filter((f) => f.code === 'weights-total').map(where)).toEqual([
      'warning weights-total 工资性支出!I17',
    ]);
  });

  it('takes the block points from a note above the table when neither the block nor its label gives them', async () => {
    const r = await check(buildQingshenWages, (g) => {
      setCell(g, '工资性支出', 'H9', null);
      setCell(g, '工资性支出', 'A8', '预算执行情况');
      setCell(g, '工资性支出', 'A1', '注：预算执行率分值15分，绩效指标分值85分。');
    });
    expect(only(r).budget).toMatchObject({ rate: 1, weight: 15, score: 15 });
  });

  it('reports the blank 完成值 of the published 青神县 table, and nothing is an error; the total cannot be computed', async () => {
    const r = await check(buildQingshenWages);
    const t = only(r);
    expect(rows(t)).toEqual(['J15 unparsed -', 'J16 unparsed -']);
    expect(r.findings.map(where)).toEqual([
      'info budget-adjusted 工资性支出!E9',
      'info dimension-missing 工资性支出!B15',
      'warning unparsed-value 工资性支出!H15',
      'warning unparsed-value 工资性支出!H16',
      'warning table-incomplete 工资性支出!J17',
    ]);
    expect([t.total, t.grade]).toEqual([null, null]); // not 10 (the budget alone) graded 差
    expect(renderFinding(r.findings[4])).toBe(
      '工资性支出!J17总分无法计算：2项指标的实际完成值为空（第15、16行），无法计分，不评定等级。',
    );
  });

  it('checks the budget part of a table whose indicator rows carry no 权重 or 得分 but whose block does', async () => {
    const r = await check(buildDayingAnke, (g) => {
      setCell(g, '安可替代', 'I14', null);
      setCell(g, '安可替代', 'J14', null);
      setCell(g, '安可替代', 'I9', 8);
    });
    const t = only(r);
    expect(t.table.form).toBe('unscored');
    expect(t.budget).toMatchObject({ rate: 1, weight: 10, score: 10, recordedScore: 8 });
    expect(rows(t)).toEqual(['H15 met -']);
    expect(r.findings.filter((f) => f.severity !== 'info').map(where)).toEqual([
      'error budget-score-mismatch 安可替代!I9',
    ]);
  });
});

describe('the national layout with split targets as a county filed it (丽江 古城区 卫片执法)', () => {
  it('flags each met indicator recorded at nine tenths of its weight, and the 总分 that follows', async () => {
    const r = await check(buildLijiangSatelliteEnforcement);
    const t = only(r);
    expect(t.budget).toMatchObject({ rate: 1, weight: 10, score: 10, recordedScore: 10 });
    expect(rows(t)).toEqual(['I13 met 10', 'I14 met 20', 'I15 met 20', 'I16 met 30', 'I17 met 10']);
    expect([t.total, t.recordedTotal]).toEqual([100, 93]);
    expect(r.findings.filter((f) => f.severity === 'error').map(where)).toEqual([
      'error met-below-full 卫片执法!I13',
      'error met-below-full 卫片执法!I14',
      'error met-below-full 卫片执法!I15',
      'error met-below-full 卫片执法!I16',
      'error met-below-full 卫片执法!I17',
      'error total-mismatch 卫片执法!I18',
    ]);
  });
});

describe('family 5: dash and slash targets', () => {
  it('leaves out a slash row with no weight and no score, and judges a dash row with a weight and an actual', async () => {
    const r = await check(buildFrameworkScorecard);
    const t = only(r);
    expect(t.indicators.find((i) => i.name === '生态效益')).toMatchObject({
      status: 'notApplicable',
      score: null,
      weight: null,
    });
    expect(t.indicators.find((i) => i.name === '立项依据充分性')).toMatchObject({
      status: 'review',
      score: 4,
      recorded: 4,
      targetText: '—',
    });
    expect(r.findings.some((f) => f.code === 'score-mismatch')).toBe(false);
  });

  it('keeps a dash row 不适用 when its actual says 不适用, and warns about a score recorded on it', async () => {
    const r = await check(buildFrameworkScorecard, (g) => setCell(g, '项目绩效评价', 'F7', '不适用'));
    const row = only(r).indicators.find((i) => i.name === '立项程序规范性');
    expect(row).toMatchObject({ status: 'notApplicable', score: null });
    expect(r.findings.filter((f) => f.cell === 'H7').map(where)).toEqual(['error score-mismatch 项目绩效评价!H7']); // a score on a 不适用 row is an error (README's severity model)
  });
});

describe('a folder of these forms with nothing wrong', () => {
  it('exits 0 with no error-level finding', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-families-'));
    try {
      const builders = [
        buildGrainReserveTargets,
        buildGrainReserveRegional,
        buildDazhouProjectScorecard,
        buildFrameworkScorecard,
        buildShouxianDepartmentScorecard,
        buildDazhouDepartmentScoreSheet,
        buildQingshenWages,
        buildDayingAnke,
      ];
      for (const b of builders) fs.writeFileSync(path.join(dir, `${b.name}.xlsx`), await b());
      let out = '';
      const code = await run(['check', dir, '--json'], { out: (s) => (out += s), err: () => undefined });
      const reports = JSON.parse(out) as { file: string; tables: unknown[]; findings: Finding[] }[];
      expect(reports.map((x) => [path.basename(x.file), x.tables.length])).toEqual(
        builders.map((b) => [`${b.name}.xlsx`, 1]).sort(),
      );
      expect(reports.flatMap((x) => x.findings).filter((f) => f.severity === 'error')).toEqual([]);
      expect(code).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the budget block of a form that gives it no points', () => {
  it('explains the rate without a score for it', async () => {
    const r = await check(buildGrainReserveTargets);
    expect((only(r).budget as { explanation?: unknown }).explanation).toEqual({
      kind: 'budgetNotScored',
      rate: 1,
      executed: 194.9,
      denominator: 194.9,
      base: 'fullYear',
    });
  });
});
