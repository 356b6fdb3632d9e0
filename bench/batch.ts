// Bureau batch benchmark: checking a folder of 100 department workbooks with `jixiao check --summary`
// against exceljs's read of the same files, and the peak memory for 25 vs 100 files (should be flat:
// files are processed one at a time).

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { buildBlankScores, buildMovedTables, buildSeedWorkbook, buildWrongScores } from '../scripts/fixtures';
import { median } from './core';

const builders = [buildSeedWorkbook, buildMovedTables, buildWrongScores, buildBlankScores];

async function makeFolder(dir: string, n: number): Promise<void> {
  fs.mkdirSync(dir, { recursive: true });
  const bufs = await Promise.all(builders.map((b) => b()));
  for (let i = 0; i < n; i++) fs.writeFileSync(path.join(dir, `dept-${String(i).padStart(3, '0')}.xlsx`), bufs[i % bufs.length]);
}

/** Runs the built CLI in a child process; returns wall time (ms) and peak RSS (MiB). */
function runCli(args: string[]): { ms: number; rssMiB: number } {
  const main = path.join(__dirname, '..', 'src', 'cli', 'main.js');
  const script =
    `const t=Date.now();require(${JSON.stringify(main)}).run(${JSON.stringify(args)},{out(){},err(){}})` +
    `.then(c=>{console.log(JSON.stringify({ms:Date.now()-t,rss:process.resourceUsage().maxRSS,c}))})`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  const res = JSON.parse(r.stdout.trim().split('\n').pop()!) as { ms: number; rss: number };
  return { ms: res.ms, rssMiB: res.rss / 1024 };
}

function readAllWithExceljs(dir: string): { ms: number; rssMiB: number } {
  const script =
    `const E=require('exceljs'),fs=require('fs'),p=require('path');const d=${JSON.stringify(dir)};const t=Date.now();` +
    `(async()=>{for(const f of fs.readdirSync(d).sort()){const w=new E.Workbook();await w.xlsx.readFile(p.join(d,f));}` +
    `console.log(JSON.stringify({ms:Date.now()-t,rss:process.resourceUsage().maxRSS}))})()`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', cwd: path.join(__dirname, '..', '..') });
  const res = JSON.parse(r.stdout.trim().split('\n').pop()!) as { ms: number; rss: number };
  return { ms: res.ms, rssMiB: res.rss / 1024 };
}

export async function benchBatch(): Promise<string[]> {
  void ExcelJS; // the child processes load exceljs themselves
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-bench-batch-'));
  try {
    const small = path.join(root, 'd25');
    const big = path.join(root, 'd100');
    await makeFolder(small, 25);
    await makeFolder(big, 100);
    const reads: number[] = [];
    const checks: number[] = [];
    let rssBig = 0;
    let rssSmall = 0;
    let rssRead = 0;
    for (let i = 0; i < 3; i++) {
      const r = readAllWithExceljs(big);
      const c = runCli(['check', big, '--json', '--summary', path.join(root, 'summary.xlsx')]);
      reads.push(r.ms);
      checks.push(c.ms);
      rssBig = Math.max(rssBig, c.rssMiB);
      rssRead = Math.max(rssRead, r.rssMiB);
    }
    rssSmall = runCli(['check', small, '--json', '--summary', path.join(root, 'summary25.xlsx')]).rssMiB;
    const ratio = median(checks) / median(reads);
    return [
      `batch of 100 workbooks: jixiao check --summary ${median(checks).toFixed(0)} ms vs exceljs read alone ${median(reads).toFixed(0)} ms → ratio ${ratio.toFixed(2)} (goal ≤ 1.3)`,
      `peak memory (max RSS): 25 files ${rssSmall.toFixed(0)} MiB, 100 files ${rssBig.toFixed(0)} MiB (exceljs read alone, 100 files: ${rssRead.toFixed(0)} MiB)`,
    ];
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
