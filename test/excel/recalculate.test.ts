// The one-click recalculation through the real src/excel/ code on the in-memory Excel host:
// what it writes on the seed workbook, that a second run changes nothing, and its round trips.

import { zhFormWording } from '../../src/i18n/zh-CN/formWording';
import { buildBlankScores, buildManyProjects, buildSeedWorkbook } from '../../scripts/fixtures';
import { recalculate } from '../../src/workbook/recalculate';
import { summarize } from '../../src/i18n/zh-CN/ribbonSummary';
import type { TableResult } from '../../src/domain/result';
import { cellStates, indicator, openFixture, openGrids } from './helpers';
import { loadFixtureGrids } from '../support/grids';

describe('「一键重算」 on the seed workbook with 得分, 执行率 and 总分 left blank', () => {
  it('writes the totals the core computes: 98 on 附件2 and 附件3, graded 优', async () => {
    const { wb, session } = await openFixture(buildBlankScores);
    const { result, applied } = await recalculate(session, { wording: zhFormWording, write: true });

    const scored = result.evaluation.results.filter((r): r is TableResult => r.kind !== 'basic');
    expect(scored.map((r) => [r.table.sheet, r.total, r.grade])).toEqual([
      ['附件2', 98, '优'],
      ['附件3', 98, '优'],
    ]);
    for (const r of scored) expect(wb.cell(r.table.sheet, r.table.total!.score!.address)?.value).toBe(98);
    expect(applied?.written).toBeGreaterThan(30);
    expect([...(applied?.sheets ?? [])].sort()).toEqual(['附件1', '附件2', '附件3']); // 附件1: its overruns highlighted
  });

  it('scores the 个贷率 below its 60%–80% band as 0 and highlights its row', async () => {
    const grids = await loadFixtureGrids(buildBlankScores);
    const { row } = indicator(grids, '附件2', '个贷率');
    const { wb, session } = openGrids(grids);
    await recalculate(session, { wording: zhFormWording, write: true });

    expect(wb.cell('附件2', row.score.address)?.value).toBe(0);
    expect(wb.cell('附件2', row.score.address)?.fill).toBe('#FFC7CE');
    expect(wb.cell('附件2', row.actual.address)?.fill).toBe('#FFC7CE');
  });

  it("leaves the person's note on the 个贷率 row exactly as it was", async () => {
    const grids = await loadFixtureGrids(buildBlankScores);
    const { row } = indicator(grids, '附件2', '个贷率');
    const before = row.note!.cell.value;
    expect(before).toContain('经济下行');
    const { wb, session } = openGrids(grids);
    await recalculate(session, { wording: zhFormWording, write: true });

    expect(wb.cell('附件2', row.note!.address)?.value).toBe(before);
    expect(wb.cell('附件2', row.note!.address)?.formula).toBeUndefined();
  });

  it('tells the officer in zh-CN what it did', async () => {
    const { session } = await openFixture(buildBlankScores);
    const lines = summarize(await recalculate(session, { wording: zhFormWording, write: true }));
    expect(lines[0]).toMatch(/找到 3 张自评表/);
    expect(lines.join('\n')).toMatch(/总分 98，等级 优/);
    expect(lines.join('\n')).toMatch(/写入 \d+ 个单元格/);
  });

  it('changes nothing when run a second time, and does not even write', async () => {
    const { wb, session } = await openFixture(buildBlankScores);
    await recalculate(session, { wording: zhFormWording, write: true });
    const after = cellStates(wb);
    const syncsBefore = wb.syncCount;

    const second = await recalculate(session, { wording: zhFormWording, write: true });
    expect(second.applied).toEqual({ written: 0, filled: 0, sheets: [] });
    expect(cellStates(wb)).toEqual(after);
    expect(wb.syncCount - syncsBefore).toBe(2);
  });

  it('only checks (no write, no snapshot) when write is false', async () => {
    const { wb, session } = await openFixture(buildBlankScores);
    const before = cellStates(wb);
    const { result, applied } = await recalculate(session, { wording: zhFormWording, write: false });
    expect(result.plan.writes.length).toBeGreaterThan(30);
    expect(applied).toBeUndefined();
    expect(cellStates(wb)).toEqual(before);
    expect(await session.hasSnapshot()).toBe(false);
  });

  it('「清除标记」 (marksOnly) writes no value: on a workbook never recalculated, no 得分 is filled in and nothing changes', async () => {
    const { wb, session } = await openFixture(buildBlankScores);
    const before = cellStates(wb);
    const { result, applied } = await recalculate(session, {
      wording: zhFormWording,
      write: true,
      marksOnly: true,
      planOptions: { highlight: false },
    });
    expect(result.plan.writes.length).toBeGreaterThan(30); // what a recalculation would write …
    expect(applied).toEqual({ written: 0, filled: 0, sheets: [] }); // … is not written
    expect(cellStates(wb)).toEqual(before);
  });

  it('reads in three syncs the first time, then writes everything in one with API calculation suspended', async () => {
    const { wb, session } = await openFixture(buildBlankScores);
    await recalculate(session, { wording: zhFormWording, write: true });
    expect(wb.syncs.map((s) => [s.changedCells > 0, s.suspendedCalculation])).toEqual([
      [false, false],
      [false, false],
      [false, false],
      [true, true],
    ]);
  });
});

describe('round trips per one-click recalculation', () => {
  // Each size is asserted on its own (at most 4 syncs the first time: sheets, cells, merged areas in safe bands, the
  // write), without a test that reads what the tests before it recorded (each must also pass alone, with -t).
  it.each([1, 10, 200])(
    'recalculates a workbook of %i project tables in 4 syncs the first time (merged areas read in safe bands)',
    async (n) => {
      const grids = await loadFixtureGrids(() => buildManyProjects(n));
      const { wb, session } = openGrids(grids);
      const { result, applied } = await recalculate(session, { wording: zhFormWording, write: true });
      expect(result.tables.length).toBe(n);
      expect(applied!.written + applied!.filled).toBeGreaterThan(0);
      expect(wb.syncCount).toBeLessThanOrEqual(4);
      // No request or response of any sync passes Excel on the web's 5 MB limit.
      for (const s of wb.syncs) expect(Math.max(s.requestBytes, s.responseBytes)).toBeLessThan(5 * 1024 * 1024);
    },
    120000,
  );

  it('takes back every highlight of 200 project tables in a rerun of 3 syncs', async () => {
    const grids = await loadFixtureGrids(() => buildManyProjects(200));
    const { wb, session } = openGrids(grids);
    const fills = () =>
      Object.fromEntries(Object.entries(cellStates(wb)).flatMap(([k, c]) => (c.fill ? [[k, c.fill]] : [])));
    const before = fills();
    const first = await recalculate(session, { wording: zhFormWording, write: true });
    expect(first.applied!.filled).toBeGreaterThan(200);

    const from = wb.syncs.length;
    const rerun = await recalculate(session, {
      wording: zhFormWording,
      write: true,
      planOptions: { highlight: false },
    });
    expect(rerun.applied!.filled).toBe(first.applied!.filled);
    expect(fills()).toEqual(before);
    expect(wb.syncs.length - from).toBe(3);
    for (const s of wb.syncs.slice(from))
      expect(Math.max(s.requestBytes, s.responseBytes)).toBeLessThan(5 * 1024 * 1024);
  }, 120000);

  it('leaves the seed workbook (already scored) untouched apart from highlights and drafted notes', async () => {
    const grids = await loadFixtureGrids(buildSeedWorkbook);
    const { wb, session } = openGrids(grids);
    const before = cellStates(wb);
    const { result } = await recalculate(session, { wording: zhFormWording, write: true });
    const after = cellStates(wb);
    const planned = new Set([...result.plan.writes, ...result.plan.fills].map((w) => `${w.sheet}!${w.address}`));
    for (const key of Object.keys({ ...before, ...after })) {
      if (!planned.has(key)) expect([key, after[key]]).toEqual([key, before[key]]);
    }
  });
});

describe('「一键重算」 highlights on 附件1', () => {
  it('highlights the 三公经费 overruns and the unbudgeted 公车购置 on 附件1, and 撤销 takes them back exactly', async () => {
    const grids = await loadFixtureGrids(buildSeedWorkbook);
    const s1 = grids.find((g) => g.name === '附件1')!;
    s1.cells[6][5] = { ...s1.cells[6][5]!, fill: '#DDEBF7' }; // F7 carries the officer's own fill
    const { wb, session } = openGrids(grids);
    const before = cellStates(wb);

    await recalculate(session, { wording: zhFormWording, write: true });
    expect(['F6', 'F7', 'F8', 'F9'].map((a) => wb.cell('附件1', a)?.fill)).toEqual([
      '#FFEB9C',
      '#FFEB9C',
      '#FFEB9C',
      undefined,
    ]); // overruns are warnings (README's severity model): the review colour

    await session.revertLast();
    expect(cellStates(wb)).toEqual(before);
    expect(wb.cell('附件1', 'F7')?.fill).toBe('#DDEBF7');
  });

  it('changes nothing on 附件1 when run a second time', async () => {
    const { wb, session } = await openFixture(buildSeedWorkbook);
    await recalculate(session, { wording: zhFormWording, write: true });
    const after = cellStates(wb);
    const second = await recalculate(session, { wording: zhFormWording, write: true });
    expect(second.applied).toEqual({ written: 0, filled: 0, sheets: [] });
    expect(cellStates(wb)).toEqual(after);
  });
});
