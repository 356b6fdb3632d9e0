// After the officer edits actual values and runs 一键重算 again, one run brings every cell the tool owns
// up to date: the 总分 it wrote earlier is recomputed from this run's scores, not kept because it matched
// the old scores. A check right after any write run plans no further write.

import { zhFormWording } from '../../src/i18n/zh-CN/formWording';
import { buildBlankScores } from '../../scripts/fixtures';
import { recalculate } from '../../src/workbook/recalculate';
import { loadFixtureGrids } from '../support/grids';
import { indicator, openGrids } from './helpers';

async function settledAfterEachRun(edits: [string, string][]): Promise<number[]> {
  const grids = structuredClone(await loadFixtureGrids(buildBlankScores));
  const { wb, session } = openGrids(grids);
  const pending: number[] = [];
  await recalculate(session, { wording: zhFormWording, write: true });
  for (const [name, typed] of edits) {
    wb.userEdit('附件2', indicator(grids, '附件2', name).row.actual.address, typed);
    await recalculate(session, { wording: zhFormWording, write: true });
    const { result } = await recalculate(session, { wording: zhFormWording, write: false });
    pending.push(result.plan.writes.length);
  }
  return pending;
}

it('recomputes the tool-written 总分 in the same run that rewrites an indicator score', async () => {
  const pending = await settledAfterEachRun([
    ['个贷率', '59.22%'],
    ['归集住房公积金', '43.2亿元'],
    ['归集住房公积金', '48亿元'],
    ['个贷率', '65%'],
  ]);
  expect(pending).toEqual([0, 0, 0, 0]);
});

it('writes the new 总分 on the rerun: 归集 at 90% of target costs half a point', async () => {
  const grids = structuredClone(await loadFixtureGrids(buildBlankScores));
  const { wb, session } = openGrids(grids);
  await recalculate(session, { wording: zhFormWording, write: true });
  const { table } = indicator(grids, '附件2', '归集住房公积金');
  const totalCell = table.total!.score!.address;
  expect(wb.cell('附件2', totalCell)?.value).toBe(98);
  wb.userEdit('附件2', indicator(grids, '附件2', '归集住房公积金').row.actual.address, '43.2亿元');
  await recalculate(session, { wording: zhFormWording, write: true });
  expect(wb.cell('附件2', totalCell)?.value).toBe(97.5);
});
