// Peak memory and time of `jixiao check` on hostile inputs (issue 9 §6; goal: ≤ 600 MB and ≤ 10 s each): a zip
// bomb whose sheet inflates to 1 GiB, the same bomb with a forged zip directory, and a sheet of 300,000 rows × 20
// numbers, and the largest sheet still let through. Each is generated in a temp folder (scripts/fixtures/hostile.ts) and checked by the built CLI in its
// own process, which reports its peak RSS.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildHugeSheet, buildZipBomb } from '../scripts/fixtures/hostile';
import { runCli } from './batch';

export async function benchHostile(): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-hostile-'));
  try {
    const inputs: [string, () => Buffer][] = [
      ['1 GiB zip bomb', () => buildZipBomb(1024)],
      ['1 GiB zip bomb, forged directory', () => buildZipBomb(1024, true)],
      ['300,000 rows × 20 numbers', () => buildHugeSheet(300_000, 20)],
      // the largest sheet let through (just under the 200,000-cell limit): read by exceljs and checked
      ['9,900 rows × 20 numbers (accepted)', () => buildHugeSheet(9_900, 20)],
    ];
    const lines: string[] = [];
    let worst = { rss: 0, s: 0 };
    for (const [label, build] of inputs) {
      const file = path.join(dir, `${label.replace(/[^\w]+/g, '-')}.xlsx`);
      fs.writeFileSync(file, build());
      const mb = (fs.statSync(file).size / 1048576).toFixed(1);
      const runs: [string, string[]][] = [['', ['check', file]]];
      // the largest accepted sheet is also written back as a scored copy (exceljs rewrites the whole workbook)
      if (label.includes('accepted')) runs.push([', with --out', ['check', file, '--out', path.join(dir, 'out')]]);
      for (const [how, args] of runs) {
        const r = runCli(args);
        worst = { rss: Math.max(worst.rss, r.rssMiB), s: Math.max(worst.s, r.ms / 1000) };
        lines.push(
          `${label}${how} (${mb} MB file): answered in ${(r.ms / 1000).toFixed(1)} s, peak RSS ${r.rssMiB.toFixed(0)} MiB`,
        );
      }
      fs.rmSync(file);
    }
    lines.push(
      `hostile inputs: peak RSS ${worst.rss.toFixed(0)} MiB (goal ≤ 600), slowest ${worst.s.toFixed(1)} s (goal ≤ 10)`,
    );
    return lines;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
