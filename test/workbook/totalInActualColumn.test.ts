// A 总分 row whose label sits in the 实际完成值 column beside the points, with a bare grade in the note column and no
// 等级 label (永德县 公开14表): the row is the table's total, not a 100-point indicator, and its grade is checked.

import type { TableResult } from '../../src/domain/result';
import type { Finding } from '../../src/domain/types';
import { zhFormWording } from '../../src/i18n/zh-CN/formWording';
import { checkWorkbook } from '../../src/workbook/check';
import { buildDayingProgress, buildYongdeNutrition } from '../../scripts/fixtures';
import { loadFixtureGrids } from '../support/grids';

const where = (f: Finding) => `${f.severity} ${f.code} ${f.sheet}!${f.cell}`;

async function check(grade?: string) {
  const r = checkWorkbook(await loadFixtureGrids(() => buildYongdeNutrition(grade)), { wording: zhFormWording });
  const t = r.evaluation.results.find((x): x is TableResult => x.kind !== 'basic')!;
  return { r, t };
}

describe('总分 in the 实际完成值 column, grade bare in the note column (永德县)', () => {
  test('is the total row: nine indicators, recorded total 96 against the rule 99.8, grade read at J24', async () => {
    const { r, t } = await check();
    expect(t.indicators).toHaveLength(9);
    expect(t.indicators.map((i) => i.name)).not.toContain('无');
    expect(t.table.total?.score?.address).toBe('I24');
    expect(t.table.total?.grade?.address).toBe('J24');
    expect(t.recordedTotal).toBe(96);
    expect(t.total).toBeCloseTo(99.8, 6);
    expect(r.findings.map(where)).toContain('error total-mismatch 公开14表!I24');
    // no false 200-point weights, no 'no 总分 row' warning, and the grade 优 agrees with 99.8
    expect(
      r.findings
        .filter((f) => ['weights-total', 'total-over-100', 'table-incomplete', 'grade-mismatch'].includes(f.code))
        .map(where),
    ).toEqual([]);
  });

  test('a planted grade that disagrees with the total is reported at its cell', async () => {
    const { r } = await check('良');
    expect(r.findings.map(where)).toContain('error grade-mismatch 公开14表!J24');
  });
});

describe('an unscored form whose actual column is headed 实施进度 (大英县)', () => {
  test('is found and its six rows read as target against progress, not refused as no table', async () => {
    const r = checkWorkbook(await loadFixtureGrids(buildDayingProgress), { wording: zhFormWording });
    expect(r.findings.filter((f) => f.code === 'no-tables')).toEqual([]);
    const t = r.evaluation.results.find((x): x is TableResult => x.kind !== 'basic')!;
    expect(t.table.form).toBe('unscored');
    expect(t.indicators).toHaveLength(6);
    expect(t.indicators[0].actualText).toBe('已完成100%');
  });
});
