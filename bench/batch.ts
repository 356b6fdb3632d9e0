// Bureau batch benchmark: checking a folder of 100 department workbooks with `jixiao check <folder> --summary`
// against exceljs's read of the same files, and the peak memory for 25 vs 100 files (should be flat:
// files are processed one at a time).
//
// Both sides run in a fresh child process (memory is per process) and are measured the same way: the
// clocks start before any require, so both pay for loading exceljs, and the CLI also for loading our own
// modules. Runs alternate (read, check, read, check …) and the medians are reported, as wall time and as
// process CPU time (user + system of every thread, steadier than wall time on a busy machine).

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildBlankScores, buildMovedTables, buildSeedWorkbook, buildWrongScores } from '../scripts/fixtures';
import { median } from './core';

const builders = [buildSeedWorkbook, buildMovedTables, buildWrongScores, buildBlankScores];
/** Alternating runs of each side (BENCH_RUNS overrides; at least 5). */
const RUNS = Math.max(5, Number(process.env.BENCH_RUNS) || 7);

async function makeFolder(dir: string, n: number): Promise<void> {
  fs.mkdirSync(dir, { recursive: true });
  const bufs = await Promise.all(builders.map((b) => b()));
  for (let i = 0; i < n; i++)
    fs.writeFileSync(path.join(dir, `dept-${String(i).padStart(3, '0')}.xlsx`), bufs[i % bufs.length]);
}

export interface ChildRun {
  /** Wall time from the child's first statement to the end of its work. */
  ms: number;
  /** Process CPU time (user + system) over the same span. */
  cpuMs: number;
  /** Peak resident memory of the child process. */
  rssMiB: number;
}

/** Clock start and stop wrapped around a child's body; both sides use exactly these. */
const START = 'const __t=performance.now(),__c=process.cpuUsage();';
const STOP =
  'const __u=process.cpuUsage(__c);' +
  'console.log(JSON.stringify({ms:performance.now()-__t,cpuMs:(__u.user+__u.system)/1000,rss:process.resourceUsage().maxRSS}));';

function runChild(body: string): ChildRun {
  const r = spawnSync(process.execPath, ['-e', START + body], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const last = r.stdout.trim().split('\n').pop() ?? '';
  let res: { ms: number; cpuMs: number; rss: number };
  try {
    res = JSON.parse(last) as typeof res;
  } catch {
    throw new Error(`benchmark child failed (status ${r.status}): ${r.stderr.slice(0, 2000)}`);
  }
  return { ms: res.ms, cpuMs: res.cpuMs, rssMiB: res.rss / 1024 };
}

/** The built CLI (`jixiao check …`), its text report discarded; the clocks include loading its modules and exceljs. */
export function runCli(args: string[]): ChildRun {
  const main = path.join(__dirname, '..', 'src', 'cli', 'main.js');
  return runChild(
    `require(${JSON.stringify(main)}).run(${JSON.stringify(args)},{out(){},err(){}}).then(()=>{${STOP}});`,
  );
}

/** exceljs alone reading every .xlsx of the folder in turn (what the CLI reads them with). */
export function readAllWithExceljs(dir: string): ChildRun {
  const exceljs = require.resolve('exceljs');
  return runChild(
    `const E=require(${JSON.stringify(exceljs)}),fs=require('fs'),p=require('path');const d=${JSON.stringify(dir)};` +
      `(async()=>{for(const f of fs.readdirSync(d).sort()){const w=new E.Workbook();await w.xlsx.readFile(p.join(d,f));}${STOP}})();`,
  );
}

interface Series {
  read: ChildRun[];
  check: ChildRun[];
}

/** `runs` alternating pairs: exceljs read, then our check, of the same folder. */
function alternate(dir: string, summary: string, runs: number): Series {
  const s: Series = { read: [], check: [] };
  for (let i = 0; i < runs; i++) {
    s.read.push(readAllWithExceljs(dir));
    s.check.push(runCli(['check', dir, '--summary', summary]));
  }
  return s;
}

const med = (runs: ChildRun[], k: keyof ChildRun) => median(runs.map((r) => r[k]));
const list = (runs: ChildRun[], k: keyof ChildRun) => runs.map((r) => r[k].toFixed(0)).join(' ');

export async function benchBatch(): Promise<string[]> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-bench-batch-'));
  try {
    const small = path.join(root, 'd25');
    const big = path.join(root, 'd100');
    await makeFolder(small, 25);
    await makeFolder(big, 100);
    runCli(['check', big, '--summary', path.join(root, 'warm.xlsx')]); // warm the file cache
    const b = alternate(big, path.join(root, 'summary.xlsx'), RUNS);
    const s = alternate(small, path.join(root, 'summary25.xlsx'), Math.max(3, RUNS >> 1));
    const ratio = (k: 'ms' | 'cpuMs') => (med(b.check, k) / med(b.read, k)).toFixed(2);
    const line = (label: string, k: 'ms' | 'cpuMs') =>
      `  ${label}: jixiao check --summary ${med(b.check, k).toFixed(0)} ms vs exceljs read alone ${med(b.read, k).toFixed(0)} ms → ratio ${ratio(k)} (goal ≤ 1.3)`;
    return [
      `batch of 100 workbooks, ${RUNS} alternating runs each (medians; both clocks start before any require):`,
      line('wall', 'ms'),
      line('CPU ', 'cpuMs'),
      `  runs, wall ms: check [${list(b.check, 'ms')}], read [${list(b.read, 'ms')}]`,
      `  runs, CPU ms:  check [${list(b.check, 'cpuMs')}], read [${list(b.read, 'cpuMs')}]`,
      `peak memory (max RSS, median): jixiao check 25 files ${med(s.check, 'rssMiB').toFixed(0)} MiB, 100 files ${med(b.check, 'rssMiB').toFixed(0)} MiB; ` +
        `exceljs read alone 25 files ${med(s.read, 'rssMiB').toFixed(0)} MiB, 100 files ${med(b.read, 'rssMiB').toFixed(0)} MiB`,
    ];
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
