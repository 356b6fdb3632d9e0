// Scoring of the form families (issue 11) on table models: 部门整体 scorecards with budget amounts, 预算执行率 rows
// scored by the budget rule without a default budget weight on top, and how a row's kind is decided.

import { evaluateTables } from '../../src/domain/evaluate';
import { rowKind, isDashTarget, rateRowScore, type RowFacts } from '../../src/domain/forms';
import { parseTarget } from '../../src/domain/parse';
import { getProfile } from '../../src/domain/profiles';
import type { TableResult } from '../../src/domain/result';
import {
  buildScoredTable,
  cell,
  seedIndicatorsWith,
  seedProjectTable,
  SEED_ROW,
  type IndicatorSpec,
} from '../support/models';

const national = getProfile('national-2020');
const codes = (r: ReturnType<typeof evaluateTables>) => r.findings.map((f) => `${f.severity} ${f.code}@${f.cell}`);

/** A 部门整体 scorecard: judged rows and a 预算执行率 row, the 评分标准 standing where the target goes. */
const DEPARTMENT_ROWS: IndicatorSpec[] = [
  ['预算编制（20分）', '预算编制', '预算编制合理性', '编制合理得满分', null, 10, 10, null],
  ['', '', '绩效目标明确性', '目标明确得满分，每项不明确扣1分', null, 10, 8, null],
  ['预算执行（40分）', '预算执行', '预算执行率', '执行率×分值', null, 20, 19, null],
  ['', '资产管理', '资产管理规范性', '规范得满分', null, 20, 20, null],
  ['履职效能（40分）', '履职效能', '重点工作完成率', '按完成情况评分', null, 40, 38, null],
];

function departmentScorecard(budget: [number, number, number] | null): ReturnType<typeof buildScoredTable> {
  const t = buildScoredTable({
    kind: 'department',
    title: '2023年度部门整体支出绩效评价自评表',
    name: '某县卫生健康委员会',
    budget: budget ? [budget[0], budget[1], budget[2], null, cell(null), null] : null,
    indicators: DEPARTMENT_ROWS,
    total: [100, 95],
  });
  t.form = 'scorecard';
  return t;
}

describe('a 部门整体 scorecard (指标分值 / 评分标准 / 自评得分)', () => {
  it('computes its 预算执行率 row from the budget amounts on the sheet and sends the rest to review', () => {
    const r = evaluateTables([departmentScorecard([1200, 1250, 1187.5])], national);
    const t = r.results[0] as TableResult;
    expect(t.indicators.map((i) => `${i.name} ${i.status} ${i.score}`)).toEqual([
      '预算编制合理性 review 10',
      '绩效目标明确性 review 8',
      '预算执行率 partial 19',
      '资产管理规范性 review 20',
      '重点工作完成率 review 38',
    ]);
    expect(t.indicators[2].explanation).toEqual({
      kind: 'rateRow',
      rate: 0.95,
      amounts: { executed: 1187.5, denominator: 1250 },
      score: 19,
      weight: 20,
      over100: false,
    });
    expect(t.budget).toMatchObject({ rate: 0.95, weight: null, score: null });
    expect([t.total, t.recordedTotal, t.grade]).toEqual([95, 95, '优']);
    // the form has a note column: judged rows that lost points without a word there are asked for one
    expect(codes(r)).toEqual(['error note-missing@I13', 'error note-missing@I16', 'info indicator-review@H12']);
  });

  it('errs on a 预算执行率 score the amounts do not give, and judges it when the sheet has no amounts', () => {
    const t = departmentScorecard([1200, 1250, 1000]); // 80%: 16 of 20, 19 recorded
    const r = evaluateTables([t], national);
    expect(codes(r).filter((c) => c.startsWith('error'))).toEqual([
      'error note-missing@I13',
      'error score-mismatch@H14',
      'error note-missing@I16',
      'error total-mismatch@H17',
    ]);
    const none = evaluateTables([departmentScorecard(null)], national);
    expect((none.results[0] as TableResult).indicators[2]).toMatchObject({ status: 'review', score: 19 });
    expect(codes(none)).toEqual([
      'error note-missing@I13',
      'error note-missing@I14',
      'error note-missing@I16',
      'info indicator-review@H12',
    ]);
  });
});

describe('a 附件3 whose 预算执行率 is one of its weighted rows and whose budget block has no 分值', () => {
  it('totals 100, not 110: no default budget weight is added on top of the row', () => {
    const rows: IndicatorSpec[] = [
      ['产出指标（50分）', '数量指标', '完成项目数', '≥10个', '10个', 50, 50, null],
      ['效益指标（30分）', '社会效益指标', '群众受益', '有效', '有效', 30, 30, null],
      ['满意度指标（10分）', '服务对象满意度指标', '满意度', '≥90%', '95%', 10, 10, null],
      ['预算执行（10分）', '预算执行', '预算执行率', '—', '100%', 10, 10, null],
    ];
    const t = buildScoredTable({
      budget: [500, 500, 500, null, cell(null), null],
      indicators: rows,
      total: [100, 100],
    });
    const r = evaluateTables([t], national);
    const res = r.results[0] as TableResult;
    expect([res.total, res.recordedTotal, res.budget?.weight, res.budget?.score]).toEqual([100, 100, null, null]);
    expect(res.indicators[3]).toMatchObject({ status: 'met', score: 10 });
    expect(codes(r)).toEqual([]);
  });
});

describe('rowKind', () => {
  const facts = (over: Partial<RowFacts>): RowFacts => ({
    form: 'scored',
    name: '指标',
    level2: '',
    targetText: '≥90%',
    actualText: '95%',
    target: parseTarget(cell('≥90%'), { name: '指标' }),
    weight: 10,
    recorded: 10,
    hasCriteria: false,
    ...over,
  });
  const dash = (t: string) => ({ targetText: t, target: parseTarget(cell(t), { name: '指标' }) });

  it('reads —, /, 无 and - as dashes', () => {
    expect(['—', '/', '无', '-', '／', '——'].map(isDashTarget)).toEqual([true, true, true, true, true, true]);
    expect(['不适用', '0', '无偏差'].map(isDashTarget)).toEqual([false, false, false]);
  });

  it('judges a dash target with a weight, leaves it out without weight and score or when the actual says 不适用', () => {
    expect(rowKind(facts(dash('—')))).toBe('judged');
    expect(rowKind(facts({ ...dash('/'), weight: null, recorded: null }))).toBe('notApplicable');
    expect(rowKind(facts({ ...dash('无'), actualText: '不适用' }))).toBe('notApplicable');
  });

  it('judges a 评分标准 text written as the target, and every row of a scorecard', () => {
    const t = '符合规定得满分，否则酌情扣分';
    expect(rowKind(facts({ targetText: t, target: parseTarget(cell(t), { name: '指标' }) }))).toBe('judged');
    expect(rowKind(facts({ form: 'scorecard' }))).toBe('judged');
    expect(rowKind(facts({}))).toBe('indicator');
  });

  it('scores 预算执行率 by the budget rule unless the row sets a rate of its own below 100%', () => {
    expect(rowKind(facts({ name: '预算执行率', ...dash('—') }))).toBe('rate');
    expect(
      rowKind(
        facts({ name: '预算执行率', targetText: '100%', target: parseTarget(cell('100%'), { name: '预算执行率' }) }),
      ),
    ).toBe('rate');
    expect(rowKind(facts({ name: '预算执行率' }))).toBe('indicator'); // ≥90%: a target to meet
  });

  it('weight × min(rate, 1), from the amounts before the written rate', () => {
    expect(rateRowScore(10, { rate: 0.8, executed: 80, denominator: 100 }, 0.95, national)).toMatchObject({
      score: 8,
      status: 'partial',
    });
    expect(rateRowScore(10, null, 1.05, national)).toMatchObject({ score: 10, status: 'met' });
    expect(rateRowScore(10, null, null, national)).toBeUndefined();
  });
});

describe('a budget block that prints no points (原州区 马铃薯种薯繁育: 产出 40 / 效益 40 / 满意度 20)', () => {
  const noPoints: NonNullable<Parameters<typeof seedProjectTable>[0]>['budget'] = [
    5506.5,
    4425.38,
    4425.38,
    null,
    cell(1, '0%', '100%'),
    null,
  ];

  it('takes the profile’s 10 points when the indicators leave room for them', () => {
    const r = evaluateTables([seedProjectTable({ budget: noPoints })], national);
    expect((r.results[0] as TableResult).budget?.weight).toBe(10);
  });

  it('adds no points when the indicators’ printed weights already reach 100: no total over 100, no weights over 100', () => {
    const indicators = seedIndicatorsWith(SEED_ROW.满意度, { weight: 20, score: 20 });
    const r = evaluateTables([seedProjectTable({ budget: noPoints, indicators, total: [100, 98] })], national);
    const t = r.results[0] as TableResult;
    expect(t.budget?.weight).toBeNull();
    expect(t.total).toBe(98);
    expect(r.findings.filter((f) => f.code === 'total-over-100' || f.code === 'weights-total')).toEqual([]);
  });
});
