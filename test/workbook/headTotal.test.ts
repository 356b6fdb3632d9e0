// A total written in the table's head (项目总得分 | 99) with no 总分 row under the indicators is the recorded total.

import type { TableResult } from '../../src/domain/result';
import type { Finding } from '../../src/domain/types';
import { checkWorkbook } from '../../src/workbook/check';
import { buildYuanzhouSeedPotato } from '../../scripts/fixtures';
import { loadFixtureGrids } from '../support/grids';

const where = (f: Finding) => `${f.severity} ${f.code} ${f.sheet}!${f.cell}`;

describe('项目总得分 in the head of the table (原州区)', () => {
  const plantedTotal = () => buildYuanzhouSeedPotato(96);

  test('is read as the recorded total, and no 总分 row is asked for', async () => {
    const r = checkWorkbook(await loadFixtureGrids(buildYuanzhouSeedPotato));
    const t = r.evaluation.results.find((x): x is TableResult => x.kind !== 'basic')!;
    expect(t.table.total?.score?.address).toBe('G3');
    expect(t.recordedTotal).toBe(99);
    expect(r.findings.filter((f) => f.code === 'table-incomplete').map(where)).toEqual([]);
    // 基本达到 scored 7 of 8 is inside the 达成 band: the printed 99 is the computed total
    expect(t.total).toBe(99);
    expect(r.findings.filter((f) => f.severity === 'error').map(where)).toEqual([]);
  });

  test('a head total that is not the sum of the scores is reported at its cell', async () => {
    const r = checkWorkbook(await loadFixtureGrids(plantedTotal));
    const t = r.evaluation.results.find((x): x is TableResult => x.kind !== 'basic')!;
    expect(t.recordedTotal).toBe(96);
    expect(r.findings.map(where)).toContain('error total-mismatch 自评表!G3');
  });
});
