// A total written in the table's head (项目总得分 | 99) with no 总分 row under the indicators is the recorded total.

import { zhFormWording } from '../../src/i18n/zh-CN/formWording';
import type { TableResult } from '../../src/domain/result';
import type { Finding } from '../../src/domain/types';
import { checkWorkbook } from '../../src/workbook/check';
import { buildFishingBanSubsidy, buildYuanzhouSeedPotato } from '../../scripts/fixtures';
import { loadFixtureGrids } from '../support/grids';

const where = (f: Finding) => `${f.severity} ${f.code} ${f.sheet}!${f.cell}`;

describe('项目总得分 in the head of the table (原州区)', () => {
  const plantedTotal = () => buildYuanzhouSeedPotato(96);

  test('is read as the recorded total, and no 总分 row is asked for', async () => {
    const r = checkWorkbook(await loadFixtureGrids(buildYuanzhouSeedPotato), { wording: zhFormWording });
    const t = r.evaluation.results.find((x): x is TableResult => x.kind !== 'basic')!;
    expect(t.table.total?.score?.address).toBe('G3');
    expect(t.recordedTotal).toBe(99);
    expect(r.findings.filter((f) => f.code === 'table-incomplete').map(where)).toEqual([]);
    // 基本达到 scored 7 of 8 is inside the 达成 band: the printed 99 is the computed total
    expect(t.total).toBe(99);
    expect(r.findings.filter((f) => f.severity === 'error').map(where)).toEqual([]);
  });

  test('a head total that is not the sum of the scores is reported at its cell', async () => {
    const r = checkWorkbook(await loadFixtureGrids(plantedTotal), { wording: zhFormWording });
    const t = r.evaluation.results.find((x): x is TableResult => x.kind !== 'basic')!;
    expect(t.recordedTotal).toBe(96);
    expect(r.findings.map(where)).toContain('error total-mismatch 自评表!G3');
  });
});

describe('a head total beside a 总分 row under the indicators', () => {
  async function withBottomTotal(head: number, bottom: number) {
    const grids = await loadFixtureGrids(() => buildYuanzhouSeedPotato(head));
    const grid = grids[0];
    grid.cells[26] = [
      null,
      { value: '总分', text: '总分' },
      null,
      null,
      { value: 100, text: '100' },
      null,
      null,
      { value: bottom, text: String(bottom) },
    ].map((c) => c ?? { value: null, text: '' });
    grid.rowCount = Math.max(grid.rowCount, 27);
    return checkWorkbook(grids, { wording: zhFormWording });
  }

  test('both are checked: the 总分 row as the recorded total, the head at its own cell', async () => {
    const r = await withBottomTotal(97, 99);
    const t = r.evaluation.results.find((x): x is TableResult => x.kind !== 'basic')!;
    expect(t.recordedTotal).toBe(99);
    expect(r.findings.filter((f) => f.code === 'total-mismatch').map(where)).toEqual([
      'error total-mismatch 自评表!G3',
    ]);
  });

  test('a head total that repeats a wrong 总分 row is one finding, at the 总分 row (银川 2021: 98 in both)', async () => {
    const r = await withBottomTotal(96, 96);
    expect(r.findings.filter((f) => f.code === 'total-mismatch').map(where)).toEqual([
      'error total-mismatch 自评表!H27',
    ]);
  });

  test('a head total that agrees says nothing', async () => {
    const r = await withBottomTotal(99, 99);
    expect(r.findings.filter((f) => f.code === 'total-mismatch')).toEqual([]);
  });
});

describe('等级 wherever it sits in the table', () => {
  test('a grade in the head, not next to its label, is checked against the total', async () => {
    const grids = await loadFixtureGrids(buildYuanzhouSeedPotato);
    const grid = grids[0];
    (grid.cells[6] ??= [])[0] = { value: '评价等级', text: '评价等级' };
    grid.cells[6][3] = { value: '良', text: '良' };
    const r = checkWorkbook(grids, { wording: zhFormWording });
    const t = r.evaluation.results.find((x): x is TableResult => x.kind !== 'basic')!;
    expect(t.table.total?.grade?.address).toBe('D7');
    expect(t.recordedGrade).toBe('良');
    expect(r.findings.map(where)).toContain('error grade-mismatch 自评表!D7');
  });

  test('a grade right of its label with blank cells between, on the row under the 总分 row', async () => {
    const grids = await loadFixtureGrids(buildFishingBanSubsidy);
    const grid = grids[0];
    // the note rows under the 总分 row give way to 评价等级 | (blank) | (blank) | 差
    grid.cells[14] = [
      { value: '评价等级', text: '评价等级' },
      { value: null, text: '' },
      { value: null, text: '' },
      { value: '差', text: '差' },
    ];
    grid.merges = grid.merges.filter((m) => !(m.top === 14 && m.left === 1));
    const r = checkWorkbook(grids, { wording: zhFormWording });
    const t = r.evaluation.results.find((x): x is TableResult => x.kind !== 'basic')!;
    expect(t.table.total?.grade?.address).toBe('D15');
    expect(r.findings.map(where)).toContain('error grade-mismatch 自评表!D15');
  });
});
