// The checks a finance-bureau reviewer (抽查复核) deducts for (issue 11), each at its cell: sums that disagree,
// weights and totals over their points, targets written the way a reviewer rejects, a missing dimension.

import { renderFinding } from '../../src/i18n/findings';
import { evaluateTables } from '../../src/domain/evaluate';
import { quote } from '../../src/domain/reviewChecks';
import { national2020 } from '../../src/domain/profiles';
import type { TableResult } from '../../src/domain/result';
import type { Finding } from '../../src/domain/types';
import type { ScoredTable } from '../../src/domain/model';
import {
  buildScoredTable,
  cell,
  seedIndicatorsWith,
  seedProjectTable,
  SEED_INDICATORS,
  SEED_ROW,
  type IndicatorSpec,
} from '../support/models';
import { facts } from '../support/findingText';

function evaluate(table: ScoredTable) {
  const e = evaluateTables([table], national2020);
  return { result: e.results[0] as TableResult, findings: e.findings };
}
const of = (fs: Finding[], code: string) => fs.filter((f) => f.code === code).map((f) => `${f.severity} ${f.cell}`);
const NEW_CODES = [
  'parts-total-mismatch',
  'total-over-100',
  'cost-at-least',
  'rate-target-over-100',
  'target-placeholder',
  'deadline-after-year',
  'dimension-missing',
];

it('finds nothing of the kind in the seed department as printed', () => {
  const { findings } = evaluate(seedProjectTable());
  expect(findings.filter((f) => NEW_CODES.includes(f.code))).toEqual([]);
});

describe('sums', () => {
  it('flags printed scores that do not add up to the printed total (散总不一致), even when the total is right', () => {
    const { findings } = evaluate(seedProjectTable({ indicators: seedIndicatorsWith(SEED_ROW.归集, { score: 4 }) }));
    expect(of(findings, 'parts-total-mismatch')).toEqual(['error H29']);
    expect(facts(findings.find((f) => f.code === 'parts-total-mismatch'))).toEqual({
      code: 'parts-total-mismatch',
      params: { recorded: 98, sum: 97 },
    });
    expect(of(findings, 'total-mismatch')).toEqual([]);
  });

  it('says it once when the total also differs from the rule', () => {
    const { findings } = evaluate(seedProjectTable({ total: [100, 95] }));
    expect(of(findings, 'total-mismatch')).toEqual(['error H29']);
    expect(of(findings, 'parts-total-mismatch')).toEqual([]);
  });

  it('does not compare parts with the total when the budget block prints no 得分 (a part it cannot see)', () => {
    const table = seedProjectTable({ indicators: seedIndicatorsWith(SEED_ROW.归集, { score: 4 }) });
    delete table.budget!.score;
    expect(of(evaluate(table).findings, 'parts-total-mismatch')).toEqual([]);
  });

  it('counts a score printed on a 不适用 row among the printed parts', () => {
    const rows = SEED_INDICATORS.map((r) => [...r] as IndicatorSpec);
    rows[SEED_ROW.不适用] = ['', '生态效益指标', '不适用', '不适用', '不适用', null, 0, null];
    expect(of(evaluate(seedProjectTable({ indicators: rows })).findings, 'parts-total-mismatch')).toEqual([]);
  });

  it('does not compare parts with the total while some scores are blank (the tool fills them in)', () => {
    const { findings } = evaluate(seedProjectTable({ indicators: seedIndicatorsWith(SEED_ROW.归集, { score: null }) }));
    expect(of(findings, 'parts-total-mismatch')).toEqual([]);
  });
});

describe('weights and totals over their points', () => {
  it('makes a 一级指标 block whose weights exceed or fall short of its printed points an error', () => {
    const over = evaluate(seedProjectTable({ indicators: seedIndicatorsWith(SEED_ROW.归集, { weight: 6, score: 6 }) }));
    expect(of(over.findings, 'weights-level1')).toEqual(['error B12']);
    const under = evaluate(
      seedProjectTable({ indicators: seedIndicatorsWith(SEED_ROW.归集, { weight: 4, score: 4 }) }),
    );
    expect(of(under.findings, 'weights-level1')).toEqual(['error B12']); // parts that do not add up either way (README's severity model)
  });

  it('makes printed weights adding up to more than 100 an error, and a computed total above 100 an error never graded', () => {
    // a budget 分值 read as 100 (the 总分 column's 100 taken for the budget's points): 100 + 90 of indicators
    const { result, findings } = evaluate(
      seedProjectTable({
        budget: [5506.5, 4425.38, 4425.38, 100, cell(1, '0%', '100%'), null],
        grade: '优',
        total: [100, null],
      }),
    );
    expect(result.total).toBe(188);
    expect(result.grade).toBeNull();
    expect(of(findings, 'weights-total')).toEqual(['error G29']);
    expect(of(findings, 'total-over-100')).toEqual(['error H29']);
    expect(facts(findings.find((f) => f.code === 'total-over-100'))).toEqual({
      code: 'total-over-100',
      params: { total: 188 },
    });
    expect(of(findings, 'grade-mismatch')).toEqual([]);
  });

  it('points a printed 总分 of 100 at the weights, not at a computed 110 (中江县 水标尺 2022: 指标权重100 + 执行率10)', () => {
    const rows: IndicatorSpec[] = [
      ['产出指标(50分)', '数量指标', '安装坡面水标尺', '≥266米', '266米', 50, 50, null],
      ['效益指标(40分)', '社会效益指标', '受益人口数', '≥1000人', '1000人', 40, 40, null],
      ['满意度指标(10分)', '服务对象满意度指标', '受益户满意度', '≥95%', '95%', 10, 10, null],
    ];
    const { result, findings } = evaluate(
      buildScoredTable({ indicators: rows, budget: [20, 20, 20, 10, cell(1, '0%', '100%'), 10], total: [100, 100] }),
    );
    expect(result.grade).toBeNull();
    expect(of(findings, 'weights-total')).toEqual(['error G15']);
    expect(of(findings, 'total-over-100')).toEqual(['error H15']);
    expect(of(findings, 'total-mismatch')).toEqual([]); // 「应为110分」 would tell the officer to write 110
    expect(findings.some((f) => renderFinding(f).includes('应为110'))).toBe(false);
  });

  it('keeps weights over 100 a warning when only the default budget points (not printed) make them so', () => {
    const rows: IndicatorSpec[] = [['产出指标(95分)', '数量指标', '发放贷款', '80笔', '80笔', 95, 95, null]];
    const { findings } = evaluate(
      buildScoredTable({ indicators: rows, budget: [100, 100, 100, null, cell(1), null], total: [100, null] }),
    );
    expect(of(findings, 'weights-total')).toEqual(['warning G13']);
  });
});

describe('targets a reviewer rejects as written', () => {
  it('flags a cost indicator written with ≥', () => {
    const { findings } = evaluate(
      seedProjectTable({ indicators: seedIndicatorsWith(SEED_ROW.成本, { target: '≥5506.5万元' }) }),
    );
    expect(of(findings, 'cost-at-least')).toEqual(['error E22']);
    expect(facts(findings.find((f) => f.code === 'cost-at-least'))).toEqual({
      code: 'cost-at-least',
      params: { name: '成本控制在预算内', text: '≥5506.5万元', bound: { value: 55065000, unit: '元' } },
    });
  });

  it('leaves a cost saving written with ≥ alone', () => {
    const rows: IndicatorSpec[] = [['产出指标(90分)', '成本指标', '成本节约额', '≥10万元', '12万元', 90, 90, null]];
    expect(of(evaluate(buildScoredTable({ indicators: rows, total: [100, 100] })).findings, 'cost-at-least')).toEqual(
      [],
    );
  });

  it.each([
    ['≥105%', true],
    ['105%', true],
    ['≥100%', false],
    ['≥95%', false],
  ])('flags a satisfaction target of %j above 100%%: %p', (target, flagged) => {
    const { findings } = evaluate(seedProjectTable({ indicators: seedIndicatorsWith(SEED_ROW.满意度, { target }) }));
    expect(of(findings, 'rate-target-over-100')).toEqual(flagged ? ['error E28'] : []);
  });

  it('leaves a growth rate above 100% alone', () => {
    const rows: IndicatorSpec[] = [['产出指标(90分)', '数量指标', '业务量增长率', '≥120%', '130%', 90, 90, '业务扩张']];
    expect(
      of(evaluate(buildScoredTable({ indicators: rows, total: [100, 100] })).findings, 'rate-target-over-100'),
    ).toEqual([]);
  });

  it.each(['*', 'xx亿元', '≥XX%', '待定'])('flags the placeholder target %j', (target) => {
    const { findings } = evaluate(seedProjectTable({ indicators: seedIndicatorsWith(SEED_ROW.归集, { target }) }));
    expect(of(findings, 'target-placeholder')).toEqual(['error E12']);
  });

  it('warns about a deadline later than the year evaluated', () => {
    const rows = (target: string): IndicatorSpec[] => [
      ['产出指标(90分)', '时效指标', '项目完工时间', target, '2023年11月', 90, 90, null],
    ];
    const late = evaluate(buildScoredTable({ indicators: rows('2024年6月30日前'), total: [100, 100] }));
    expect(of(late.findings, 'deadline-after-year')).toEqual(['warning E12']);
    expect(facts(late.findings.find((f) => f.code === 'deadline-after-year'))).toEqual({
      code: 'deadline-after-year',
      params: { name: '项目完工时间', text: '2024年6月30日前', year: 2023 },
    });
    expect(
      of(
        evaluate(buildScoredTable({ indicators: rows('2023年12月31日前'), total: [100, 100] })).findings,
        'deadline-after-year',
      ),
    ).toEqual([]);
  });
});

describe('a whole dimension missing', () => {
  it('notes a table with 产出 indicators only: no 效益, no 满意度', () => {
    const rows: IndicatorSpec[] = [['产出指标(90分)', '数量指标', '发放贷款', '80笔', '80笔', 90, 90, null]];
    const { findings } = evaluate(buildScoredTable({ indicators: rows, total: [100, 100] }));
    expect(of(findings, 'dimension-missing')).toEqual(['info B12']);
    expect(facts(findings.find((f) => f.code === 'dimension-missing'))).toEqual({
      code: 'dimension-missing',
      params: { missing: ['benefit', 'satisfaction'] },
    });
  });

  it('finds satisfaction named only in the 二级 column', () => {
    const rows = SEED_INDICATORS.map((r) => [...r] as IndicatorSpec);
    rows[16] = ['', '服务对象满意度指标', '窗口服务评价', '≥95%', '99%', 10, 10, null];
    expect(of(evaluate(seedProjectTable({ indicators: rows })).findings, 'dimension-missing')).toEqual([]);
  });
});

describe('quoting a person’s text in a message', () => {
  it('cuts a long text at 29 characters and …, never inside a character outside the BMP (𠮷)', () => {
    expect(quote('一'.repeat(40))).toBe(`${'一'.repeat(29)}…`);
    const q = quote('𠮷'.repeat(40)); // 80 UTF-16 units
    expect(q).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
    expect(q).toBe(`${'𠮷'.repeat(29)}…`);
  });
});
