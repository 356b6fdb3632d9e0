// Deviation notes that do not explain: the tool's own draft left unfilled (issue 9 §1), placeholders,
// boilerplate and restated numbers (issue 11), and notes that contradict the score.

import { evaluateTables } from '../../src/domain/evaluate';
import { national2020 } from '../../src/domain/profiles';
import type { TableResult } from '../../src/domain/result';
import type { Finding } from '../../src/domain/types';
import type { ScoredTable } from '../../src/domain/model';
import { seedIndicatorsWith, seedProjectTable, SEED_ROW } from '../support/models';
import { facts, msg } from '../support/findingText';
import { zhFormWording } from '../../src/i18n/zh-CN/formWording';

function evaluate(table: ScoredTable) {
  const e = evaluateTables([table], national2020);
  return { result: e.results[0] as TableResult, findings: e.findings };
}
const at = (fs: Finding[], cell: string) => fs.filter((f) => f.cell === cell);

const OVER_DRAFT = '实际完成40.83亿元，为目标23亿元的177.5%，超出目标77.5%。原因：；改进措施：';
const MISS_DRAFT = '实际完成59.22%，低于目标区间下限60%，差0.78个百分点。原因：；改进措施：';

describe('the tool’s own drafted note, left unfilled', () => {
  it('keeps the over-achievement warning on 提取 and says the draft is not filled in', () => {
    const { result, findings } = evaluate(
      seedProjectTable({ indicators: seedIndicatorsWith(SEED_ROW.提取, { note: OVER_DRAFT }) }),
    );
    const f = at(findings, 'I14');
    expect(f.map((x) => `${x.severity} ${x.code}`)).toEqual(['warning over-achievement-note']);
    expect(facts(f[0])).toEqual({
      code: 'over-achievement-note',
      params: {
        name: '3.办理住房公积金提取',
        actual: { kind: 'quantity', value: { value: 4083000000, unit: '元' } },
        target: { kind: 'equal', value: { value: 2300000000, unit: '元' } },
        actualText: '40.83亿元',
        targetText: '23亿元',
        ratio: 1.7752173913043479,
        threshold: 1.3,
        note: { kind: 'draft', blanks: ['reason', 'measures'] },
      },
    });
    const draft = result.indicators[SEED_ROW.提取].draft;
    expect(draft && zhFormWording.note(draft)).toBe(OVER_DRAFT);
  });

  it('keeps the missing-note warning on a failed row and names the blank still empty', () => {
    const drafted = evaluate(
      seedProjectTable({ indicators: seedIndicatorsWith(SEED_ROW.个贷率, { note: MISS_DRAFT }) }),
    );
    expect(at(drafted.findings, 'I17').map((x) => x.code)).toEqual(['note-missing']);
    expect(facts(at(drafted.findings, 'I17')[0])).toEqual({
      code: 'note-missing',
      params: {
        kind: 'scored',
        name: '2.住房公积金个贷率控制在60%到80%的区间',
        score: 0,
        weight: 2,
        note: { kind: 'draft', blanks: ['reason', 'measures'] },
      },
    });

    const half = evaluate(
      seedProjectTable({
        indicators: seedIndicatorsWith(SEED_ROW.个贷率, { note: '实际完成59.22%。原因：市场低迷；改进措施：' }),
      }),
    );
    expect(facts(at(half.findings, 'I17')[0])).toEqual({
      code: 'note-missing',
      params: {
        kind: 'scored',
        name: '2.住房公积金个贷率控制在60%到80%的区间',
        score: 0,
        weight: 2,
        note: { kind: 'draft', blanks: ['measures'] },
      },
    });
  });

  it('treats 无 and 暂无 after the labels as unfilled', () => {
    const { findings } = evaluate(
      seedProjectTable({
        indicators: seedIndicatorsWith(SEED_ROW.提取, { note: '实际完成40.83亿元。原因：无；改进措施：暂无' }),
      }),
    );
    expect(facts(at(findings, 'I14')[0])).toEqual({
      code: 'over-achievement-note',
      params: {
        name: '3.办理住房公积金提取',
        actual: { kind: 'quantity', value: { value: 4083000000, unit: '元' } },
        target: { kind: 'equal', value: { value: 2300000000, unit: '元' } },
        actualText: '40.83亿元',
        targetText: '23亿元',
        ratio: 1.7752173913043479,
        threshold: 1.3,
        note: { kind: 'draft', blanks: ['reason', 'measures'] },
      },
    });
  });

  it('asks for nothing once the officer fills both blanks in', () => {
    const { findings } = evaluate(
      seedProjectTable({
        indicators: seedIndicatorsWith(SEED_ROW.提取, {
          note: '实际完成40.83亿元。原因：新政出台；改进措施：合理测算目标',
        }),
      }),
    );
    expect(at(findings, 'I14')).toEqual([]);
  });
});

describe('notes that explain nothing where one is required', () => {
  it.each(['暂无', '—', '/'])('keeps the warning for %j and quotes it', (note) => {
    const { findings } = evaluate(seedProjectTable({ indicators: seedIndicatorsWith(SEED_ROW.个贷率, { note }) }));
    const f = at(findings, 'I17');
    expect(f.map((x) => x.code)).toEqual(['note-missing']);
    expect(f[0].params).toMatchObject({
      kind: 'scored',
      note: { kind: expect.stringMatching(/placeholder|boilerplate/), text: note },
    });
  });

  it('does not take a note that only repeats the numbers for an explanation', () => {
    const { findings } = evaluate(
      seedProjectTable({ indicators: seedIndicatorsWith(SEED_ROW.个贷率, { note: '实际完成59.22%，低于60%' }) }),
    );
    const f = at(findings, 'I17');
    expect(f.map((x) => x.code)).toEqual(['note-missing']);
    expect(facts(f[0])).toEqual({
      code: 'note-missing',
      params: {
        kind: 'scored',
        name: '2.住房公积金个贷率控制在60%到80%的区间',
        score: 0,
        weight: 2,
        note: { kind: 'numbersOnly', text: '实际完成59.22%,低于60%' },
      },
    });
  });
});

describe('notes that contradict the score', () => {
  it('flags a failed row whose note says 已完成', () => {
    const { findings } = evaluate(
      seedProjectTable({ indicators: seedIndicatorsWith(SEED_ROW.个贷率, { note: '已完成' }) }),
    );
    const f = at(findings, 'I17');
    expect(f.map((x) => `${x.severity} ${x.code}`)).toEqual(['warning note-contradicts-score']);
    expect(facts(f[0])).toEqual({
      code: 'note-contradicts-score',
      params: {
        kind: 'saysCompleted',
        name: '2.住房公积金个贷率控制在60%到80%的区间',
        score: 0,
        weight: 2,
        note: '已完成',
      },
    });
  });

  it('flags full marks with a note saying the target was not met', () => {
    const { findings } = evaluate(
      seedProjectTable({
        indicators: seedIndicatorsWith(SEED_ROW.归集, { note: '受政策调整影响，部分归集任务未完成' }),
      }),
    );
    const f = at(findings, 'I12');
    expect(f.map((x) => `${x.severity} ${x.code}`)).toEqual(['warning note-contradicts-score']);
    expect(facts(f[0])).toEqual({
      code: 'note-contradicts-score',
      params: { kind: 'saysNotMet', name: '1.归集住房公积金', weight: 5, note: '受政策调整影响，部分归集任务未完成' },
    });
  });

  it('leaves a met row whose note says there was nothing left undone', () => {
    const { findings } = evaluate(
      seedProjectTable({ indicators: seedIndicatorsWith(SEED_ROW.归集, { note: '全部完成，无未完成事项' }) }),
    );
    expect(at(findings, 'I12')).toEqual([]);
  });
});

describe('a form without a 偏差原因 column', () => {
  it('asks for the 个贷率 explanation in the report as a warning, not an error the form cannot answer', () => {
    const table = seedProjectTable({ indicators: seedIndicatorsWith(SEED_ROW.个贷率, { note: null }) });
    for (const r of table.indicators) delete r.note; // the form has no note column at all
    const { findings } = evaluate(table);
    const f = findings.filter((x) => x.code === 'note-missing');
    expect(f.map((x) => `${x.severity} ${x.cell}`)).toEqual([
      `warning ${table.indicators[SEED_ROW.个贷率].score!.address}`,
    ]); // at the score cell
    expect(facts(f[0])).toEqual({
      code: 'note-missing',
      params: {
        kind: 'scored',
        name: '2.住房公积金个贷率控制在60%到80%的区间',
        score: 0,
        weight: 2,
        note: { kind: 'noColumn' },
      },
    });
  });

  it('words an unscored row without “—分”', () => {
    const table = seedProjectTable({
      indicators: seedIndicatorsWith(SEED_ROW.个贷率, { note: null, weight: null, score: null }),
    });
    for (const r of table.indicators) delete r.note;
    const { findings } = evaluate(table);
    const f = findings.filter((x) => x.code === 'note-missing');
    // the facts say no score (kind 'unscored'), and the sentence made of them shows none
    expect(f.length).toBeGreaterThan(0);
    for (const x of f) expect(x.params).toMatchObject({ kind: 'unscored' });
    for (const x of f) expect(msg(x)).not.toContain('—分');
  });
});
