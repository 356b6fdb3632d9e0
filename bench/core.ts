// Benchmarks of the scoring core: (a) indicators scored per second, (b) checking a 200-table
// workbook against exceljs's read of the same file. Printed by `npm run bench`.

import ExcelJS from 'exceljs';
import { evaluateTables } from '../src/domain/evaluate';
import { getProfile } from '../src/domain/profiles';
import type { ScoredTable } from '../src/domain/model';
import { locateTables } from '../src/workbook/locate';
import { checkWorkbook } from '../src/workbook/check';
import { readWorkbookBuffer } from '../src/xlsx/read';
import { buildManyProjects } from '../scripts/fixtures';
import { zhFormWording } from '../src/i18n/zh-CN/formWording';

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function timeIt(fn: () => Promise<unknown> | unknown): Promise<number> {
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

export async function benchCore(): Promise<string[]> {
  const lines: string[] = [];
  const profile = getProfile();
  const buf = await buildManyProjects(200);

  // (a) indicators per second: the whole evaluation of located tables (parse + score + findings).
  const grids = await readWorkbookBuffer(buf);
  const tables = locateTables(grids).tables.filter((t): t is ScoredTable => t.kind !== 'basic');
  const perPass = tables.reduce((n, t) => n + t.indicators.length, 0);
  evaluateTables(tables, profile); // warm up
  let passes = 0;
  const t0 = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < 2000) {
    evaluateTables(tables, profile);
    passes++;
    elapsed = Number(process.hrtime.bigint() - t0) / 1e6;
  }
  const rate = (passes * perPass) / (elapsed / 1000);
  lines.push(
    `core: ${Math.round(rate).toLocaleString('en-US')} indicators/s scored ` +
      `(${tables.length} tables, ${perPass} indicators per pass, ${passes} passes; goal ≥ 200,000/s, issue 12: a 200-table workbook has ~3,400 indicators)`,
  );

  // Locating alone, for the record (the part of (b) the locator adds on top of reading).
  const locateMs: number[] = [];
  for (let i = 0; i < 5; i++) locateMs.push(await timeIt(() => locateTables(grids)));
  lines.push(`locate ${tables.length} tables: median ${median(locateMs).toFixed(1)} ms`);

  // (b) whole check of a 200-table workbook ÷ exceljs read alone (median of 5 each, interleaved).
  const readOnly: number[] = [];
  const whole: number[] = [];
  for (let i = 0; i < 6; i++) {
    const r = await timeIt(async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(buf as unknown as ArrayBuffer);
    });
    const w = await timeIt(async () => {
      const g = await readWorkbookBuffer(buf);
      checkWorkbook(g, { profile, wording: zhFormWording });
    });
    if (i > 0) {
      readOnly.push(r);
      whole.push(w);
    }
  }
  const ratio = median(whole) / median(readOnly);
  lines.push(
    `check of a ${tables.length}-table workbook: ${median(whole).toFixed(0)} ms vs exceljs read ${median(readOnly).toFixed(0)} ms ` +
      `→ ratio ${ratio.toFixed(2)} (goal ≤ 1.3)`,
  );
  return lines;
}
