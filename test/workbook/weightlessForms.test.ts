// The Yunnan/Hubei 20-point 项目支出绩效自评表 (得分 but no 分值 column), on tables departments published, rebuilt in
// scripts/fixtures/weightless.ts: read and judged, the recorded scores added up, the missing weights said once.

import { zhFormWording } from '../../src/i18n/zh-CN/formWording';
import type { TableResult } from '../../src/domain/result';
import type { Finding } from '../../src/domain/types';
import { checkWorkbook, type CheckResult } from '../../src/workbook/check';
import {
  buildFishingBanSubsidy,
  buildLongyangFertilizer,
  buildServiceTradeFund,
  buildShidianEntities,
} from '../../scripts/fixtures';
import { fromA1, type SheetGrid } from '../../src/workbook/grid';
import { loadFixtureGrids } from '../support/grids';

const where = (f: Finding) => `${f.severity} ${f.code} ${f.sheet}!${f.cell}`;
const rows = (t: TableResult) => t.indicators.map((i) => `${i.cell} ${i.status} ${i.recorded ?? '-'}`);

async function only(build: () => Promise<Buffer>): Promise<{ r: CheckResult; t: TableResult }> {
  const r = checkWorkbook(await loadFixtureGrids(build), { wording: zhFormWording });
  const tables = r.evaluation.results.filter((t): t is TableResult => t.kind !== 'basic');
  expect(tables).toHaveLength(1);
  return { r, t: tables[0] };
}

describe('a 20-point form with 得分 but no 分值 column', () => {
  test('施甸县: every indicator judged, the budget scored by its 20 points, the recorded total checked, the weights said missing once', async () => {
    const { r, t } = await only(buildShidianEntities);
    expect(r.findings.filter((f) => f.code === 'table-incomplete')).toEqual([]);
    expect(rows(t)).toEqual(['G10 partial 8', 'G11 partial 7.3', 'G12 met 31.9', 'G13 met 10.5', 'G14 met 11.1']);
    expect(t.budget?.weight).toBe(20);
    expect(t.budget?.score).toBeCloseTo(2.89, 2);
    expect(t.total).toBeCloseTo(71.69, 2);
    expect(t.recordedTotal).toBe(71.7);
    expect(t.grade).toBe('中');
    const codes = r.findings.map(where);
    expect(codes).toContain('info weights-total 项目支出绩效自评表!A1');
    expect(codes).toContain('error rate-mismatch 项目支出绩效自评表!E8'); // 执行率 printed 0.1 for 94 ÷ 650
    expect(codes).not.toContain('error total-mismatch 项目支出绩效自评表!G15');
    expect(r.findings.filter((f) => f.code === 'unparsed-value' && f.params.reason === 'noWeight')).toEqual([]);
    expect(r.findings.find((f) => f.code === 'weights-total')!.params).toEqual({
      kind: 'unknown',
      title: expect.any(String),
    });
  });

  test('长江禁捕 (a district of Hubei): total 100 agrees, the copied ≥ in an actual is flagged and left to review', async () => {
    const { r, t } = await only(buildFishingBanSubsidy);
    // G13's actual 「≥90%」 copies its target's comparator: claimed, not measured, so a person reviews it (score kept)
    expect(rows(t)).toEqual(['G10 met 20', 'G11 met 10', 'G12 met 10', 'G13 review 40']);
    expect(t.total).toBe(100);
    expect(t.grade).toBe('优');
    const codes = r.findings.map(where);
    expect(codes).toContain('warning actual-repeats-comparator 自评表!F13');
    expect(codes.filter((c) => c.startsWith('error'))).toEqual([]);
  });

  test('服务贸易发展资金: scores adding up to 120 against a printed 总分 of 100 are an error; rows to judge are not called missed', async () => {
    const { r, t } = await only(buildServiceTradeFund);
    expect(t.indicators).toHaveLength(8);
    expect(t.table.indicators[0].level1Points).toBe(60);
    expect(t.total).toBe(120);
    const codes = r.findings.map(where);
    // above 100 the weights are wrong: total-over-100 says so, and no total of 120 is put to the officer as the one to write
    expect(codes).toContain('error total-over-100 项目自评表!G18');
    expect(codes.filter((c) => c.includes('total-mismatch'))).toEqual([]);
    expect(codes.filter((c) => c.includes('note-missing'))).toEqual([]);
  });
});

describe('parent rows (一、二、) carrying the sum of their numbered rows (1、2、3、)', () => {
  test('隆阳区: the parents are judged but not counted again, so the total is the 82.16 printed', async () => {
    const { r, t } = await only(buildLongyangFertilizer);
    expect(t.indicators).toHaveLength(17);
    expect(t.total).toBeCloseTo(82.15, 2);
    expect(t.grade).toBe('良');
    const codes = r.findings.map(where);
    expect(codes.filter((c) => c.startsWith('error'))).toEqual([]);
    expect(t.table.indicators.filter((i) => i.part === 'sum').map((i) => i.name)).toEqual([
      '一、示范区建立',
      '二、化肥减量增效田间试验',
    ]);
  });

  test("a parent whose score is not its rows' sum is an indicator of its own", async () => {
    const grids = await loadFixtureGrids(buildLongyangFertilizer);
    setCell(grids, 'Sheet1', 'G10', 14);
    const r = checkWorkbook(grids, { wording: zhFormWording });
    const t = r.evaluation.results.find((x): x is TableResult => x.kind !== 'basic')!;
    expect(t.table.indicators.filter((i) => i.part === 'sum').map((i) => i.name)).toEqual(['二、化肥减量增效田间试验']);
    expect(t.total).toBeCloseTo(96.15, 2);
  });

  test("on a table with 分值, a parent row's weight is not added to the weights twice", async () => {
    const grids = await loadFixtureGrids(buildLongyangFertilizer);
    // a 分值 column: the header's 得分 becomes 分值 and the scores move one column right
    const grid = grids[0];
    for (let row = 9; row <= 27; row++) {
      const g = grid.cells[row - 1]?.[6];
      if (g) (grid.cells[row - 1] ??= [])[7] = { ...g };
    }
    setCell(grids, 'Sheet1', 'G9', '分值');
    setCell(grids, 'Sheet1', 'H9', '得分');
    setCell(grids, 'Sheet1', 'G27', 100);
    const r = checkWorkbook(grids, { wording: zhFormWording });
    const t = r.evaluation.results.find((x): x is TableResult => x.kind !== 'basic')!;
    expect(t.table.weightsUnknown).toBeUndefined();
    expect(r.findings.filter((f) => f.code === 'weights-total' || f.code === 'weights-level1')).toEqual([]);
  });
});

/** Sets a cell of a grid by its A1 address. */
function setCell(grids: SheetGrid[], sheet: string, address: string, value: string | number | null): void {
  const grid = grids.find((g) => g.name === sheet)!;
  const at = fromA1(address)!;
  (grid.cells[at.row] ??= [])[at.col] = { value, text: value === null ? '' : String(value) };
}
