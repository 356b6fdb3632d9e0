// `jixiao check --jobs N` on the built CLI: worker threads check several files at a time, and what the bureau
// gets — the report on stdout, the progress order, the summary workbook, the scored copies, the exit code — is
// the same as checking one file after another. Workers only run from compiled JavaScript, so this test builds
// the CLI (tsc -p tsconfig.cli.json) and runs it in a child process.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { buildBlankScores, buildCorruptFile, buildMovedTables, buildNonAnnexWorkbook, buildSeedWorkbook, buildWrongScores } from '../../scripts/fixtures';

const ROOT = path.join(__dirname, '..', '..');
const JIXIAO = path.join(ROOT, 'dist', 'src', 'cli', 'jixiao.js');
let dir: string;
let folder: string;

beforeAll(async () => {
  const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.cli.json'], { cwd: ROOT, encoding: 'utf8' });
  if (tsc.status !== 0) throw new Error(`building the CLI failed:\n${tsc.stdout}${tsc.stderr}`);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-jobs-'));
  folder = path.join(dir, 'in');
  fs.mkdirSync(folder);
  const builders = [buildSeedWorkbook, buildMovedTables, buildWrongScores, buildBlankScores, buildNonAnnexWorkbook];
  const bufs = await Promise.all(builders.map((b) => b()));
  for (let i = 0; i < 12; i++) fs.writeFileSync(path.join(folder, `dept-${String(i).padStart(2, '0')}.xlsx`), bufs[i % bufs.length]);
  fs.writeFileSync(path.join(folder, 'dept-05.xlsx'), buildCorruptFile());
}, 180_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function jixiao(jobs: number, tag: string) {
  const out = path.join(dir, `copies-${tag}`);
  const summary = path.join(dir, `summary-${tag}.xlsx`);
  const r = spawnSync(process.execPath, [JIXIAO, 'check', folder, '--jobs', String(jobs), '--out', out, '--summary', summary], { encoding: 'utf8' });
  return { ...r, out, summary };
}

async function cells(file: string, sheet?: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const lines: string[] = [];
  for (const ws of wb.worksheets) {
    if (sheet && ws.name !== sheet) continue;
    ws.eachRow((row, r) => row.eachCell((c, k) => lines.push(`${ws.name}!${r}:${k}=${JSON.stringify(c.value)}${c.fill && 'fgColor' in c.fill ? JSON.stringify(c.fill.fgColor) : ''}`)));
  }
  return lines;
}

it('gives the same report, progress, exit code, summary and scored copies with 3 workers as one file at a time', async () => {
  const one = jixiao(1, 'one');
  const three = jixiao(3, 'three');
  expect(one.status).toBe(2); // the corrupt file
  expect(three.status).toBe(2);
  expect(three.stdout).toBe(one.stdout);
  expect(one.stdout).toContain('岳阳市住房公积金管理中心');
  // progress in file order, whatever order the workers finish in
  const progress = (s: string) => s.split('\n').filter((l) => /^\[\d+\/12\]/.test(l));
  expect(progress(three.stderr)).toEqual(progress(one.stderr));
  expect(progress(three.stderr)).toHaveLength(12);
  expect(three.stderr).toContain('dept-05.xlsx');
  expect(await cells(three.summary)).toEqual(await cells(one.summary));
  const copies = fs.readdirSync(one.out).sort();
  expect(copies).toHaveLength(11); // every readable file
  expect(fs.readdirSync(three.out).sort()).toEqual(copies);
  for (const f of copies.slice(0, 4)) expect(await cells(path.join(three.out, f))).toEqual(await cells(path.join(one.out, f)));
}, 180_000);

it('refuses a --jobs that is not a positive whole number, naming it', () => {
  const r = spawnSync(process.execPath, [JIXIAO, 'check', folder, '--jobs', '0'], { encoding: 'utf8' });
  expect(r.status).toBe(2);
  expect(r.stderr).toContain('--jobs 应为正整数，现为“0”');
});
