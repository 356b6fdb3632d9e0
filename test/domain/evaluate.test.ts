// Evaluating located tables: the seed department's 附件3/附件2 as printed, then one deviation at a time.

import { renderFinding } from '../../src/i18n/findings';
import { evaluateTables } from '../../src/domain/evaluate';
import { hubei20, national2020, national2020Rescale } from '../../src/domain/profiles';
import type { BasicResult, TableResult } from '../../src/domain/result';
import type { Finding } from '../../src/domain/types';
import type { RuleProfile } from '../../src/domain/profile';
import type { ScoredTable } from '../../src/domain/model';
import {
  buildScoredTable,
  cell,
  seedBasicData,
  seedDepartmentTable,
  seedIndicatorsWith,
  seedProjectTable,
  SEED_ROW,
  type IndicatorSpec,
} from '../support/models';
import { facts } from '../support/findingText';

function evaluate(table: ScoredTable, profile: RuleProfile = national2020) {
  const e = evaluateTables([table], profile);
  return { result: e.results[0] as TableResult, findings: e.findings };
}
const codes = (fs: Finding[]) => fs.map((f) => `${f.code}@${f.cell}`);
/** The findings about the rows: the small hand-built tables below have 产出 indicators only (a missing dimension is noted, issue 11). */
const rowCodes = (fs: Finding[]) => codes(fs.filter((f) => f.code !== 'dimension-missing'));
const errors = (fs: Finding[]) => fs.filter((f) => f.severity === 'error');

describe('the seed department as printed', () => {
  const { result, findings } = evaluate(seedProjectTable());

  it('computes 执行率 100% and 10 of 10 points for the budget', () => {
    expect(result.budget).toMatchObject({
      fullYear: 4425.38,
      executed: 4425.38,
      rate: 1,
      score: 10,
      recordedRate: 1,
      recordedScore: 10,
    });
  });

  it('agrees with every recorded score and reports no error', () => {
    expect(errors(findings)).toEqual([]);
    for (const r of result.indicators) if (r.status !== 'notApplicable') expect(r.score).toBe(r.recorded);
  });

  it('scores the loan ratio 0 of 2 and, its note being written, asks for no note', () => {
    const r = result.indicators[SEED_ROW.个贷率];
    expect(r).toMatchObject({ status: 'failed', score: 0, weight: 2, noteRequired: true });
    expect(r.draft).toBeUndefined();
    expect(codes(findings)).toContain('indicator-failed@H17');
    expect(findings.filter((f) => f.indicator === r.name).map((f) => f.code)).toEqual(['indicator-failed']);
  });

  it('totals 98 points, grade 优', () => {
    expect(result).toMatchObject({ total: 98, recordedTotal: 98, grade: '优' });
  });

  it('flags 提取 40.83亿元 against 23亿元 (177.5%) for an over-achievement note and drafts it', () => {
    const r = result.indicators[SEED_ROW.提取];
    expect(r).toMatchObject({ status: 'met', score: 5, overAchieved: true, noteRequired: true });
    expect(r.ratio).toBeCloseTo(40.83 / 23, 10);
    expect(r.draft).toEqual({
      kind: 'overAchieved',
      actual: '40.83亿元',
      target: '23亿元',
      ratio: expect.closeTo(1.775, 3),
    });
    const f = findings.find((x) => x.code === 'over-achievement-note');
    expect(f).toMatchObject({
      severity: 'warning',
      sheet: '附件3',
      cell: 'I14',
      table: '附件3!A1',
      indicator: '3.办理住房公积金提取',
    });
    expect(facts(f)).toEqual({
      code: 'over-achievement-note',
      params: {
        name: '3.办理住房公积金提取',
        actual: { kind: 'quantity', value: { value: 4083000000, unit: '元' } },
        target: { kind: 'equal', value: { value: 2300000000, unit: '元' } },
        actualText: '40.83亿元',
        targetText: '23亿元',
        ratio: 1.7752173913043479,
        threshold: 1.3,
        note: { kind: 'blank' },
      },
    });
  });

  it('names the bound of a ≥ target without its sign when an actual doubles it', () => {
    const { findings: fs } = evaluate(
      seedProjectTable({ indicators: seedIndicatorsWith(SEED_ROW.归集, { target: '≥24亿元', actual: '48亿元' }) }),
    );
    const f = fs.find((x) => x.code === 'over-achievement-note');
    expect(facts(f)).toEqual({
      code: 'over-achievement-note',
      params: {
        name: '1.归集住房公积金',
        actual: { kind: 'quantity', value: { value: 4800000000, unit: '元' } },
        target: { kind: 'atLeast', bound: { value: 2400000000, unit: '元' } },
        actualText: '48亿元',
        targetText: '≥24亿元',
        ratio: 2,
        threshold: 1.3,
        note: { kind: 'blank' },
      },
    });
  });

  it('says the measured 40.83亿元 and the target 23亿元 in the over-achievement finding, not only the ratio', () => {
    const f = findings.find((x) => x.code === 'over-achievement-note');
    expect(facts(f)).toEqual({
      code: 'over-achievement-note',
      params: {
        name: '3.办理住房公积金提取',
        actual: { kind: 'quantity', value: { value: 4083000000, unit: '元' } },
        target: { kind: 'equal', value: { value: 2300000000, unit: '元' } },
        actualText: '40.83亿元',
        targetText: '23亿元',
        ratio: 1.7752173913043479,
        threshold: 1.3,
        note: { kind: 'blank' },
      },
    });
    expect(result.indicators[SEED_ROW.提取].explanation).toMatchObject({
      lead: 'actual',
      actual: '40.83亿元',
      target: '23亿元',
      achieved: expect.closeTo(1.775, 3),
    });
  });

  it('finds exactly those two things worth telling', () => {
    expect(codes(findings).sort()).toEqual(['indicator-failed@H17', 'over-achievement-note@I14']);
  });

  it('leaves the 不适用 row out and counts what happened', () => {
    expect(result.indicators[SEED_ROW.不适用]).toMatchObject({ status: 'notApplicable', score: null });
    expect(result.counts).toEqual({ failed: 1, review: 0, overAchieved: 1, unparsed: 0 });
  });

  it('compares money written in 万元 with money written in 亿元', () => {
    const { result } = evaluate(
      seedProjectTable({ indicators: seedIndicatorsWith(SEED_ROW.归集, { target: '480000万元' }) }),
    );
    expect(result.indicators[SEED_ROW.归集]).toMatchObject({ status: 'met', score: 5 });
    expect(result.indicators[SEED_ROW.归集].ratio).toBeCloseTo(54.62 / 48, 10);
  });

  it('reads the cost target as an upper bound from its name (成本控制在预算内)', () => {
    expect(result.indicators[SEED_ROW.成本]).toMatchObject({ status: 'met', score: 10, target: { kind: 'atMost' } });
  });

  it('scores the 附件2 department table the same way', () => {
    const dep = evaluate(seedDepartmentTable());
    expect(dep.result).toMatchObject({ kind: 'department', total: 98, grade: '优' });
    expect(codes(dep.findings).sort()).toEqual(['indicator-failed@H17', 'over-achievement-note@I14']);
    expect(dep.findings.every((f) => f.sheet === '附件2')).toBe(true);
  });
});

describe('recorded scores that disagree with the rule', () => {
  it('reports a failed loan ratio recorded as 2 instead of 0', () => {
    const { findings } = evaluate(seedProjectTable({ indicators: seedIndicatorsWith(SEED_ROW.个贷率, { score: 2 }) }));
    const f = findings.find((x) => x.code === 'score-mismatch');
    expect(f).toMatchObject({ severity: 'error', cell: 'H17' });
    expect(facts(f)).toEqual({
      code: 'score-mismatch',
      params: {
        kind: 'rule',
        name: '2.住房公积金个贷率控制在60%到80%的区间',
        recorded: 2,
        expected: 0,
        explanation: {
          kind: 'scored',
          lead: 'actual',
          actual: '59.22%',
          range: true,
          target: '60%–80%',
          met: false,
          by: 'zero',
          score: 0,
          weight: 2,
        },
      },
    });
  });

  it('does not take full marks on a missed cost target for rounding: 105万元 against ≤100万元 is 9.52, not 10', () => {
    const { result, findings } = evaluate(
      seedProjectTable({
        indicators: seedIndicatorsWith(SEED_ROW.成本, { target: '≤100万元', actual: '105万元', score: 10 }),
      }),
    );
    expect(result.indicators[SEED_ROW.成本]).toMatchObject({ status: 'partial', score: 9.52 });
    const f = findings.find((x) => x.code === 'score-mismatch');
    expect(f?.severity).toBe('error');
    expect(facts(f)).toEqual({
      code: 'score-mismatch',
      params: {
        kind: 'rule',
        name: '成本控制在预算内',
        recorded: 10,
        expected: 9.52,
        explanation: {
          kind: 'scored',
          lead: 'actual',
          actual: '105万元',
          range: false,
          target: '≤100万元',
          met: false,
          by: 'inverse',
          score: 9.52,
          weight: 10,
        },
      },
    });
  });

  it('accepts an officer’s integer rounding of a missed target’s score and says so', () => {
    const { findings } = evaluate(
      seedProjectTable({
        indicators: seedIndicatorsWith(SEED_ROW.满意度, { target: '≥95%', actual: '90%', score: 9 }),
      }),
    );
    expect(findings.some((x) => x.code === 'score-mismatch')).toBe(false);
    const f = findings.find((x) => x.code === 'indicator-failed' && x.cell === 'H28');
    expect(facts(f)).toEqual({
      code: 'indicator-failed',
      params: {
        name: '住房公积金窗口服务满意度',
        explanation: {
          kind: 'scored',
          lead: 'actual',
          actual: '90%',
          range: false,
          target: '≥95%',
          achieved: 0.9473684210526316,
          met: false,
          by: 'ratio',
          score: 9.47,
          weight: 10,
        },
        targetText: '≥95%',
        actualText: '90%',
        score: 9.47,
        weight: 10,
        rounded: 9,
      },
    });
  });

  it('reports a score above the weight', () => {
    const { findings } = evaluate(seedProjectTable({ indicators: seedIndicatorsWith(SEED_ROW.个贷率, { score: 5 }) }));
    expect(findings.find((x) => x.code === 'score-above-weight')).toMatchObject({ severity: 'error', cell: 'H17' });
    expect(findings.some((x) => x.code === 'score-mismatch')).toBe(false);
  });

  it('reports a met target scored below full marks', () => {
    const { findings } = evaluate(seedProjectTable({ indicators: seedIndicatorsWith(SEED_ROW.归集, { score: 4 }) }));
    const f = findings.find((x) => x.code === 'met-below-full');
    expect(f).toMatchObject({ severity: 'error', cell: 'H12' });
    expect(facts(f)).toEqual({
      code: 'met-below-full',
      params: {
        kind: 'full',
        name: '1.归集住房公积金',
        recorded: 4,
        weight: 5,
        explanation: {
          kind: 'scored',
          lead: 'actual',
          actual: '54.62亿元',
          range: false,
          target: '48亿元',
          met: true,
          by: 'full',
          score: 5,
          weight: 5,
        },
      },
    });
  });

  it("accepts an officer's integer rounding of a proportional score", () => {
    const rows: IndicatorSpec[] = [['产出指标(90分)', '数量指标', '培训人次', '≥95%', '90%', 90, 85, '培训推迟']];
    const { result, findings } = evaluate(buildScoredTable({ indicators: rows, total: [100, 95] }));
    expect(result.indicators[0].score).toBe(85.26);
    expect(errors(findings)).toEqual([]);
  });
});

describe('deviation notes', () => {
  it('asks for a note on a missed target with an empty note cell and drafts one', () => {
    const { result, findings } = evaluate(
      seedProjectTable({ indicators: seedIndicatorsWith(SEED_ROW.个贷率, { note: null }) }),
    );
    expect(result.indicators[SEED_ROW.个贷率].draft).toEqual({
      kind: 'belowRange',
      actual: '59.22%',
      low: '60%',
      gap: { value: expect.closeTo(0.0078, 9), unit: '%' },
    });
    expect(findings.find((f) => f.code === 'note-missing')).toMatchObject({ severity: 'error', cell: 'I17' });
  });

  it.each(['无', '0', '/'])('does not take the placeholder %s for a note', (placeholder) => {
    const { findings } = evaluate(
      seedProjectTable({ indicators: seedIndicatorsWith(SEED_ROW.个贷率, { note: placeholder }) }),
    );
    expect(codes(findings)).toContain('note-missing@I17');
  });

  it('asks for nothing more once the over-achievement is explained', () => {
    const { result, findings } = evaluate(
      seedProjectTable({ indicators: seedIndicatorsWith(SEED_ROW.提取, { note: '新政出台，提取需求集中释放' }) }),
    );
    expect(findings.some((f) => f.code === 'over-achievement-note')).toBe(false);
    expect(result.indicators[SEED_ROW.提取].draft).toBeUndefined();
  });

  it('drafts a lower-is-better miss as an excess over the limit', () => {
    const { result } = evaluate(
      seedProjectTable({ indicators: seedIndicatorsWith(SEED_ROW.逾期率, { actual: '0.06%', score: 4.17 }) }),
    );
    expect(result.indicators[SEED_ROW.逾期率].draft).toEqual({
      kind: 'aboveLimit',
      actual: '0.06%',
      target: '0.05%',
      gap: { value: expect.closeTo(0.0001, 9), unit: '%' },
    });
  });
});

describe('values that cannot be scored', () => {
  it('reports a blank target with a score as an error', () => {
    const { result, findings } = evaluate(
      seedProjectTable({ indicators: seedIndicatorsWith(SEED_ROW.归集, { target: null }) }),
    );
    expect(result.indicators[SEED_ROW.归集]).toMatchObject({ status: 'unparsed', score: null });
    const f = findings.find((x) => x.code === 'blank-with-score');
    expect(f).toMatchObject({ severity: 'error', cell: 'H12' });
    expect(facts(f)).toEqual({
      code: 'blank-with-score',
      params: { name: '1.归集住房公积金', blank: 'target', recorded: 5 },
    });
  });

  it('keeps the recorded score of an unscorable row in the total, so the total still agrees', () => {
    const { result, findings } = evaluate(
      seedProjectTable({ indicators: seedIndicatorsWith(SEED_ROW.归集, { target: null }) }),
    );
    expect(result.total).toBe(98);
    expect(findings.some((f) => f.code === 'total-mismatch')).toBe(false);
  });

  it('names the cell of an unreadable actual', () => {
    const { findings } = evaluate(
      seedProjectTable({ indicators: seedIndicatorsWith(SEED_ROW.满意度, { actual: '95%、98%' }) }),
    );
    const f = findings.find((x) => x.code === 'unparsed-value');
    expect(f).toMatchObject({ severity: 'warning', cell: 'F28' });
    expect(facts(f)).toEqual({
      code: 'unparsed-value',
      params: { reason: 'unreadable', name: '住房公积金窗口服务满意度', part: 'actual', text: '95%、98%' },
    });
  });

  it('warns when an actual repeats the comparator instead of a measured value', () => {
    const { result, findings } = evaluate(
      seedProjectTable({ indicators: seedIndicatorsWith(SEED_ROW.满意度, { actual: '≥95%' }) }),
    );
    expect(codes(findings)).toContain('actual-repeats-comparator@F28');
    expect(result.indicators[SEED_ROW.满意度]).toMatchObject({ status: 'review', score: 10 }); // claimed, not measured: for review
  });

  it('keeps a satisfaction rate answered 满意 at full marks but asks for the measured rate, counting the row for review, not as met', () => {
    const { result, findings } = evaluate(
      seedProjectTable({ indicators: seedIndicatorsWith(SEED_ROW.满意度, { actual: '满意' }) }),
    );
    expect(result.indicators[SEED_ROW.满意度]).toMatchObject({ status: 'review', score: 10 }); // 棠溪镇 F24: 「达成预期指标」 against ≥90%
    expect(result.counts.review).toBe(1);
    expect(findings.filter((x) => x.cell === 'H28')).toEqual([]); // its one finding is the one below, not also 需人工判断
    const f = findings.find((x) => x.code === 'actual-not-measured');
    expect(f).toMatchObject({ severity: 'warning', cell: 'F28' });
    expect(facts(f)).toEqual({
      code: 'actual-not-measured',
      params: { name: '住房公积金窗口服务满意度', text: '满意', target: '≥95%' },
    });
  });

  it.each<[string, string, boolean]>([
    ['≥500人次', '已完成', true],
    ['≤5%', '达标', true],
    ['控制在60%到80%的区间', '符合要求', true],
    ['48亿元', '完成', true],
    ['100%', '是', true],
    ['100%', '全部到位', false],
    ['≥100%', '足额发放', false],
    ['≥95%', '96%', false],
    ['有效', '有效', false],
    ['2023年12月31日前', '按时完成', false],
    ['≥95%', '基本满意', false],
  ])('asks for a number when the target %j is answered %j: %p', (target, actual, asked) => {
    const { findings } = evaluate(
      seedProjectTable({ indicators: seedIndicatorsWith(SEED_ROW.满意度, { target, actual }) }),
    );
    expect(findings.some((f) => f.code === 'actual-not-measured')).toBe(asked);
  });
});

describe('weights', () => {
  it('reports an error at the 一级指标 cell when its rows do not add up to its declared points, and about the total', () => {
    const { findings } = evaluate(
      seedProjectTable({ indicators: seedIndicatorsWith(SEED_ROW.归集, { weight: 6, score: 6 }) }),
    );
    const l1 = findings.find((f) => f.code === 'weights-level1');
    expect(l1).toMatchObject({ severity: 'error', cell: 'B12' });
    expect(facts(l1)).toEqual({
      code: 'weights-level1',
      params: { kind: 'weights', level1: '产出指标', declared: 50, sum: 51 },
    });
    expect(findings.find((f) => f.code === 'weights-total')).toMatchObject({ cell: 'G29' });
  });
});

describe('budget, total and grade as printed', () => {
  it('reports a printed 执行率 and 得分 that differ from the computed ones', () => {
    const { findings } = evaluate(seedProjectTable({ budget: [5506.5, 4425.38, 4425.38, 10, cell('96%'), 9] }));
    expect(findings.find((f) => f.code === 'rate-mismatch')).toMatchObject({ severity: 'error', cell: 'G5' });
    expect(findings.find((f) => f.code === 'budget-score-mismatch')).toMatchObject({ severity: 'error', cell: 'H5' });
  });

  it('accepts a printed rate rounded to two decimals', () => {
    const { result, findings } = evaluate(
      seedProjectTable({ budget: [5506.5, 4425.38, 4000, 10, cell('90.39%'), 9.04], total: [100, 97.04] }),
    );
    expect(result.budget?.rate).toBeCloseTo(4000 / 4425.38, 12);
    expect(errors(findings)).toEqual([]);
  });

  it('warns about a rate above 100% and caps its score', () => {
    const { result, findings } = evaluate(seedProjectTable({ budget: [5506.5, 4425.38, 5000, 10, cell(null), null] }));
    expect(result.budget).toMatchObject({ score: 10 });
    expect(findings.find((f) => f.code === 'rate-over-100')).toMatchObject({ severity: 'warning', cell: 'G5' });
  });

  it('reports a printed total that is not the sum of the scores', () => {
    const { findings } = evaluate(seedProjectTable({ total: [100, 95] }));
    const f = findings.find((x) => x.code === 'total-mismatch');
    expect(f).toMatchObject({ severity: 'error', cell: 'H29' });
    expect(facts(f)).toEqual({ code: 'total-mismatch', params: { recorded: 95, expected: 98 } });
  });

  /** The total-mismatch text for the seed table with 归集 printed as 4 (scores add to 97) and `printed` as 总分. */
  function totalMismatchWith归集4(printed: number) {
    const { findings } = evaluate(
      seedProjectTable({ indicators: seedIndicatorsWith(SEED_ROW.归集, { score: 4 }), total: [100, printed] }),
    );
    const f = findings.find((x) => x.code === 'total-mismatch');
    return f && renderFinding(f);
  }

  it('names the printed scores’ sum when it differs from both the printed 总分 and the rule’s total', () => {
    // 银川市第六中学 2021: 总分 98 printed, the form's own scores add to 94, the rule gives 96
    expect(totalMismatchWith归集4(95)).toBe(
      '附件3!H29总分为95分，表中各项得分合计为97分，按规则核算各项得分后合计应为98分。',
    );
  });

  it('says a printed 总分 adds up the printed scores when those scores are what disagrees with the rule', () => {
    expect(totalMismatchWith归集4(97)).toBe(
      '附件3!H29总分为97分，与表中各项得分合计一致，但按规则核算各项得分后合计应为98分（见上面各项得分的问题）。',
    );
  });

  describe('an officer’s integer rounding (廊坊市食品工程学校 暖通改造 2019: 执行率86.2% scored 9, 37.24/43.2 scored 9)', () => {
    const rows: IndicatorSpec[] = [
      ['产出指标(50分)', '数量指标', '工程资金金额', '43.2万元', '37.24万元', 10, 9, '部分工程款未到结算期'],
      ['', '质量指标', '验收合格率', '100%', '100%', 40, 40, null],
      ['效益指标(30分)', '社会效益指标', '改善师生生活条件', '有效改善', '有效改善', 30, 30, null],
      ['满意度指标(10分)', '服务对象满意度指标', '学生满意度', '≥90%', '95%', 10, 10, null],
    ];
    const table = (total: number) =>
      buildScoredTable({
        budget: [43.2, 43.2, 37.24, 10, cell(0.86, '0%', '86%'), 9],
        indicators: rows,
        total: [100, total],
      });

    it('says the budget block’s 9 for 8.62 is taken as rounding, as it does for an indicator row', () => {
      const { result, findings } = evaluate(table(97));
      expect(result.budget).toMatchObject({ score: 8.62, recordedScore: 9 });
      const f = findings.find((x) => x.cell === 'H5');
      expect(f).toMatchObject({ severity: 'info', code: 'budget-score-rounded' });
      expect(f && renderFinding(f)).toContain('得8.62分（满分10分）');
      expect(f && renderFinding(f)).toContain('表中9分视为取整，不作错误');
      expect(findings.filter((x) => x.cell === 'H5')).toEqual([f]);
    });

    it('flags a 总分 that adds up rounded parts (98) where the rule’s total 97.24 rounds to 97, and says why', () => {
      const { result, findings } = evaluate(table(98));
      expect(result.total).toBe(97.24);
      const f = findings.find((x) => x.code === 'total-mismatch');
      expect(f).toMatchObject({ severity: 'error', cell: 'H16' });
      expect(f && renderFinding(f)).toBe(
        '附件3!H16总分为98分，是表中取整后各项得分之和；取整应在合计之后：按规则各项得分合计为97.24分，总分取整应为97分。',
      );
    });
  });

  it('reports a printed grade that does not match the total, and reads 优秀 as 优', () => {
    expect(codes(evaluate(seedProjectTable({ grade: '良' })).findings)).toContain('grade-mismatch@I29');
    const ok = evaluate(seedProjectTable({ grade: '优秀' }));
    expect(ok.result.recordedGrade).toBe('优');
    expect(ok.findings.some((f) => f.code === 'grade-mismatch')).toBe(false);
  });

  it('reports one budget-missing finding when the budget numbers are blank', () => {
    const { result, findings } = evaluate(
      seedProjectTable({ budget: [null, null, null, 10, cell(null), null], total: [100, 88] }),
    );
    expect(result.budget?.rate).toBeNull();
    expect(codes(findings).filter((c) => c.startsWith('budget-missing'))).toEqual(['budget-missing@D5']);
    expect(result.total).toBe(88);
  });

  it('computes no total and no grade when indicators carry weight but cannot be scored (青神县 工资性支出 2023: 完成值 and 得分 left blank)', () => {
    const rows: IndicatorSpec[] = [
      ['产出指标(60分)', '数量指标', '发放(缴纳)覆盖率', '=100%', null, 60, null, null],
      ['效益指标(30分)', '社会效益指标', '足额保障率(参保率)', '=100%', null, 30, null, null],
    ];
    const { result, findings } = evaluate(
      buildScoredTable({
        budget: [238.93, 251.89, 251.89, 10, cell(1, '0%', '100%'), null],
        indicators: rows,
        total: [100, null],
      }),
    );
    expect(result.total).toBeNull();
    expect(result.grade).toBeNull();
    const f = findings.find((x) => x.code === 'table-incomplete');
    expect(f).toMatchObject({ severity: 'warning', cell: 'H14' });
    expect(f && renderFinding(f)).toBe(
      '附件3!H14总分无法计算：2项指标的实际完成值为空（第12、13行），无法计分，不评定等级。',
    );
  });

  it('says a 全年预算数 printed as 0 is 0, not missing (棠溪镇 委托业务项目 2022: 年度资金总额 0/0/0)', () => {
    const { findings } = evaluate(
      seedProjectTable({ budget: [0, 0, 0, 10, cell(0, '0%', '0%'), 0], total: [100, 90] }),
    );
    const f = findings.find((x) => x.code === 'budget-missing');
    expect(f).toMatchObject({ severity: 'warning', cell: 'D5' });
    expect(f && renderFinding(f)).toBe('附件3!D5全年预算数为0，无法计算预算执行率和得分。');
  });

  it('reports one table-incomplete finding for a table without indicators', () => {
    const { result, findings } = evaluate(buildScoredTable({ indicators: [], total: null }));
    expect(codes(findings)).toEqual(['table-incomplete@A1']);
    expect(result.total).toBeNull();
  });
});

describe('qualitative judgements', () => {
  const rows = (score: number | null): IndicatorSpec[] => [
    ['产出指标(90分)', '数量指标', '完成审计整改', '全面完成', '部分完成', 10, score, '两项整改延期到次年'],
    ['', '', '发放贷款', '80笔', '80笔', 80, 80, null],
  ];

  it('keeps a recorded score inside the partly-met band and asks for review', () => {
    const { result, findings } = evaluate(buildScoredTable({ indicators: rows(7), total: [100, 97] }));
    expect(result.indicators[0]).toMatchObject({ status: 'review', score: 7, band: [6, 8] });
    expect(result.total).toBe(97);
    expect(rowCodes(findings)).toEqual(['indicator-review@H12']);
  });

  it('reports a recorded score outside the band', () => {
    const { result, findings } = evaluate(buildScoredTable({ indicators: rows(10), total: [100, 100] }));
    expect(result.indicators[0].score).toBe(6);
    const f = findings.find((x) => x.code === 'score-mismatch');
    expect(facts(f)).toEqual({
      code: 'score-mismatch',
      params: { kind: 'band', name: '完成审计整改', recorded: 10, low: 6, high: 8, highExcluded: true },
    });
    expect(findings.filter((x) => x.code === 'indicator-review')).toEqual([]); // one finding for the row, not two
  });

  // 银川市第六中学 初中公用经费 2021: 效果显著「改善学校的办学条件」met, 13 of 15 (RULES §1: 达成 = 100%–80% of the weight)
  const metRows = (score: number, note: string | null = null): IndicatorSpec[] => [
    ['效益指标(15分)', '社会效益指标', '效果显著', '改善学校的办学条件', '改善学校的办学条件', 15, score, note],
    ['产出指标(75分)', '数量指标', '保障人数', '2370人', '2370人', 75, 75, null],
  ];

  it('keeps a met qualitative row scored inside the 达成 band (80%–100% of the weight) and asks for a note', () => {
    const { result, findings } = evaluate(buildScoredTable({ indicators: metRows(13), total: [100, 98] }));
    expect(result.indicators[0]).toMatchObject({ status: 'met', score: 13, band: [12, 15], noteRequired: true });
    expect(result.total).toBe(98);
    expect(findings.map((f) => f.code)).not.toContain('met-below-full');
    expect(rowCodes(errors(findings))).toEqual(['note-missing@I12']);
    expect(
      findings.find((f) => f.code === 'note-missing') &&
        renderFinding(findings.find((f) => f.code === 'note-missing')!),
    ).toContain('得分13分低于分值15分');
  });

  it('accepts the note of a met qualitative row scored inside the band', () => {
    const { findings } = evaluate(
      buildScoredTable({ indicators: metRows(12, '校舍维修尚未全部完工，下年度继续推进'), total: [100, 97] }),
    );
    expect(errors(findings)).toEqual([]);
  });

  it('reports a met qualitative row scored below the 达成 band, naming the band', () => {
    const { result, findings } = evaluate(
      buildScoredTable({ indicators: metRows(10, '部分工程延期'), total: [100, 100] }),
    );
    expect(result.indicators[0]).toMatchObject({ status: 'met', score: 15, band: [12, 15] });
    const f = findings.find((x) => x.code === 'met-below-full');
    expect(f && renderFinding(f)).toContain('按规则应得12–15分');
    expect(f && renderFinding(f)).toContain('表中为10分，不在此范围内');
  });
});

describe('profiles that change the total', () => {
  const rows: IndicatorSpec[] = [
    ['产出指标(90分)', '数量指标', '发放贷款', '80笔', '80笔', 45, 45, null],
    ['', '', '办理提取', '100笔', '100笔', 40, 40, null],
    ['', '', '生态效益', '不适用', '不适用', 5, null, null],
  ];

  it('leaves a weighted 不适用 row out of the total by default', () => {
    expect(evaluate(buildScoredTable({ indicators: rows, total: [100, 95] })).result.total).toBe(95);
  });

  it('rescales the total to 100 when the profile says so', () => {
    const { result, findings } = evaluate(
      buildScoredTable({ indicators: rows, total: [100, 100] }),
      national2020Rescale,
    );
    expect(result.total).toBe(100);
    expect(findings.some((f) => f.code === 'total-mismatch')).toBe(false);
  });

  it('caps the total at 89 when the execution rate is 75% (hubei-20)', () => {
    const hubeiRows: IndicatorSpec[] = [['产出指标(80分)', '数量指标', '发放贷款', '80笔', '80笔', 80, 80, null]];
    const table = buildScoredTable({
      indicators: hubeiRows,
      budget: [100, 100, 75, 20, cell('75%'), 15],
      total: [100, 95],
    });
    const { result, findings } = evaluate(table, hubei20);
    expect(result).toMatchObject({ total: 89, capApplied: 6, grade: '良' });
    expect(facts(findings.find((f) => f.code === 'total-mismatch'))).toEqual({
      code: 'total-mismatch',
      params: { recorded: 95, expected: 89, cap: { rate: 0.75, cap: 89 } },
    });
    expect(findings.find((f) => f.code === 'note-missing')).toMatchObject({ severity: 'info', cell: 'G5' });
  });

  it('keeps an over-achieved row met under hubei-20 and reports the 2-point deduction, not a failure', () => {
    const over: IndicatorSpec[] = [
      ['产出指标(80分)', '数量指标', '发放贷款', '≥100笔', '130笔', 40, 38, '业务量增长超出预期'],
      ['', '', '办理提取', '100笔', '100笔', 40, 40, null],
    ];
    const { result, findings } = evaluate(
      buildScoredTable({ indicators: over, budget: [100, 100, 100, 20, cell('100%'), 20], total: [100, 98] }),
      hubei20,
    );
    expect(result.indicators[0]).toMatchObject({ status: 'met', score: 38, penalty: 2, overAchieved: true });
    expect(result.counts.failed).toBe(0);
    expect(result.total).toBe(98);
    const codesOf = findings.map((f) => f.code);
    expect(codesOf).toContain('over-achievement-deduction');
    expect(codesOf).not.toContain('indicator-failed');
    expect(codesOf).not.toContain('met-below-full');
    expect(codesOf).not.toContain('score-mismatch');
    expect(facts(findings.find((f) => f.code === 'over-achievement-deduction'))).toEqual({
      code: 'over-achievement-deduction',
      params: {
        name: '发放贷款',
        explanation: {
          kind: 'scored',
          lead: 'actual',
          actual: '130笔',
          range: false,
          target: '≥100笔',
          achieved: 1.3,
          met: true,
          by: 'full',
          score: 38,
          weight: 40,
          overBy: 0.30000000000000004,
          penalty: 2,
        },
        penalty: 2,
      },
    });
  });
});

describe('附件1 基础数据表', () => {
  it('computes the staffing control rate and accepts the printed 96.85%', () => {
    const e = evaluateTables([seedBasicData()], national2020);
    const r = e.results[0] as BasicResult;
    expect(r.staffingRate).toBeCloseTo(123 / 127, 12);
    expect(r.recordedStaffingRate).toBeCloseTo(0.9685, 12);
    expect(e.findings).toEqual([]);
  });

  it('reports a printed control rate that is not 实际在职人数 ÷ 编制数', () => {
    const e = evaluateTables([seedBasicData(cell('90%'))], national2020);
    expect(e.findings).toHaveLength(1);
    expect(e.findings[0]).toMatchObject({
      code: 'staffing-rate-mismatch',
      severity: 'error',
      sheet: '附件1',
      cell: 'D4',
    });
    expect(facts(e.findings[0])).toEqual({
      code: 'staffing-rate-mismatch',
      params: { recorded: 0.9, expected: 0.968503937007874, actual: 123, authorized: 127 },
    });
  });
});

describe('completion-time indicators (项目完成时间)', () => {
  const rows = (target: string, actual: string, score: number | null, note: string | null = null): IndicatorSpec[] => [
    ['产出指标(90分)', '时效指标', '项目完成时间', target, actual, 10, score, note],
    ['', '数量指标', '发放贷款', '80笔', '80笔', 80, 80, null],
  ];

  it('scores a completion before the deadline as met, with no warning about the cells', () => {
    const { result, findings } = evaluate(
      buildScoredTable({ indicators: rows('2023年12月31日前', '2023年11月', 10), total: [100, 100] }),
    );
    expect(result.indicators[0]).toMatchObject({ status: 'met', score: 10 });
    expect(findings.filter((f) => f.code === 'unparsed-value' || f.code === 'indicator-review')).toEqual([]);
  });

  it('asks a person to judge a late completion and drafts a note saying how late', () => {
    const { result, findings } = evaluate(
      buildScoredTable({ indicators: rows('2023年6月30日前', '2023年9月', 7), total: [100, 97] }),
    );
    expect(result.indicators[0]).toMatchObject({ status: 'review', score: 7, band: [6, 8], noteRequired: true });
    expect(result.indicators[0].draft).toEqual({ kind: 'lateDate', actual: '2023年9月', target: '2023年6月30日前' });
    expect(rowCodes(findings)).toEqual(['indicator-review@H12', 'note-missing@I12']);
    expect(facts(findings[0])).toEqual({
      code: 'indicator-review',
      params: {
        kind: 'row',
        name: '项目完成时间',
        explanation: {
          kind: 'review',
          lead: 'actual',
          actual: '2023年9月',
          range: false,
          target: '2023年6月30日前',
          verdict: 'late',
          weight: 10,
          band: { low: 6, high: 8, highIncluded: false },
          recorded: 7,
          kept: true,
        },
        targetText: '2023年6月30日前',
        actualText: '2023年9月',
      },
    });
  });

  it('asks for no note once the delay is explained', () => {
    const { result, findings } = evaluate(
      buildScoredTable({ indicators: rows('2023年6月30日前', '2023年9月', 7, '招标延期'), total: [100, 97] }),
    );
    expect(result.indicators[0].draft).toBeUndefined();
    expect(rowCodes(findings)).toEqual(['indicator-review@H12']);
  });

  it('drafts a note for a completion month that straddles the deadline day', () => {
    const { result } = evaluate(
      buildScoredTable({ indicators: rows('2023年12月15日前', '2023年12月', null), total: [100, 80] }),
    );
    expect(result.indicators[0].draft).toEqual({
      kind: 'dateUnclear',
      actual: '2023年12月',
      target: '2023年12月15日前',
    });
  });

  it('reads a bare month as the deadline because the name asks for a time', () => {
    const { result } = evaluate(buildScoredTable({ indicators: rows('12月', '11月20日', 10), total: [100, 100] }));
    expect(result.indicators[0]).toMatchObject({
      status: 'met',
      target: { kind: 'deadline' },
      actual: { kind: 'date' },
    });
  });

  it('keeps 年底前 against 已完成 a met qualitative row', () => {
    const { result } = evaluate(buildScoredTable({ indicators: rows('年底前', '已完成', 10), total: [100, 100] }));
    expect(result.indicators[0]).toMatchObject({ status: 'met', score: 10, target: { kind: 'qualitative' } });
  });

  it('drafts a completion rate below 100% against a deadline as a rate', () => {
    const { result } = evaluate(buildScoredTable({ indicators: rows('2023年12月31日前', '90%', 9), total: [100, 99] }));
    expect(result.indicators[0]).toMatchObject({ status: 'partial', score: 9 });
    expect(result.indicators[0].draft).toEqual({ kind: 'rateBelow', rate: 0.9, target: '2023年12月31日前' });
  });

  it.each<[string, string, string, number]>([
    ['2023年12月31日前', '2023年11月', 'met', 10],
    ['12月底前', '12月20日', 'met', 10],
    ['2023年12月底前完成', '按时完成', 'met', 10],
    ['2023.12.31前', '2023.12.15', 'met', 10],
    ['2023年6月30日前', '2023年9月', 'review', 6],
    ['年底前', '已完成', 'met', 10],
    ['2023年12月15日前', '2023年12月', 'review', 0],
  ])('scores the measured case %j against %j as %s (%p of 10)', (target, actual, status, points) => {
    const { result, findings } = evaluate(
      buildScoredTable({ indicators: rows(target, actual, null), total: [100, null] }),
    );
    expect(result.indicators[0]).toMatchObject({ status, score: points });
    expect(findings.some((f) => f.code === 'unparsed-value')).toBe(false);
  });
});
