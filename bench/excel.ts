// Benchmarks of the Excel layer on the in-memory host (printed by `npm run bench`): context.sync()
// calls per one-click recalculation for workbooks of 1, 10 and 200 project tables, the largest request
// and response of a sync against Excel on the web's 5 MB limit, and the recalculation's wall time with
// a 100 ms delay per sync (a stand-in for Excel on the web's round trips).

import { zhFormWording } from '../src/i18n/zh-CN/formWording';
import { buildManyProjects } from '../scripts/fixtures';
import { recalculate } from '../src/workbook/recalculate';
import { ExcelSession } from '../src/excel/session';
import { readWorkbookBuffer } from '../src/xlsx/read';
import type { SheetGrid } from '../src/workbook/grid';
import { FakeWorkbook } from '../test/support/fakeExcel';

const SIZES = [1, 10, 200];
const DELAY_MS = 100;

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = process.hrtime.bigint();
  const out = await fn();
  return [out, Number(process.hrtime.bigint() - t0) / 1e6];
}

async function oneRun(grids: SheetGrid[], delay: number) {
  const wb = FakeWorkbook.fromGrids(grids, { syncDelayMs: delay });
  const session = new ExcelSession({ host: wb.host });
  const [outcome, ms] = await timed(() => recalculate(session, { wording: zhFormWording, write: true }));
  const largest = Math.max(...wb.syncs.map((s) => Math.max(s.requestBytes, s.responseBytes)));
  return { wb, outcome, ms, largest };
}

export async function benchExcel(): Promise<string[]> {
  const lines: string[] = [];
  for (const n of SIZES) {
    const grids = await readWorkbookBuffer(await buildManyProjects(n), `many-${n}.xlsx`);
    await oneRun(grids, 0); // warm up
    const fast = await oneRun(grids, 0);
    const slow = await oneRun(grids, DELAY_MS);
    const applied = fast.outcome.applied;
    lines.push(
      `excel: ${String(n).padStart(3)} tables — ${fast.wb.syncCount} context.sync() per one-click recalculation ` +
        `(${fast.wb.runCount} Excel.run); ${applied?.written ?? 0} cells written, ${applied?.filled ?? 0} highlighted; ` +
        `largest sync ${mb(fast.largest)} of 5 MB; ${fast.ms.toFixed(0)} ms with no delay, ` +
        `${slow.ms.toFixed(0)} ms with ${DELAY_MS} ms per sync`,
    );
  }
  return lines;
}
