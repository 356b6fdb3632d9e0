// Where `jixiao check` writes (issue 9 §5): never lose or overwrite a file. Two inputs of one name from two folders
// keep a copy each; an input is never overwritten; an output that cannot be written (an impossible path, a file
// where a folder should be) is said in zh-CN, naming the path, while the check's results are still printed.

import { execFileSync } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { cli } from '../support/cli';
import type { FileReport } from '../../src/cli/report';
import { readWorkbookFile } from '../../src/xlsx/read';
import { cellAt, fromA1 } from '../../src/workbook/grid';
import { buildBlankScores, buildSeedWorkbook, buildWrongScores } from '../../scripts/fixtures';

let dir: string;
let seed: Buffer;
let wrong: Buffer;

const sha = (p: string) => crypto.createHash('sha256').update(fs.readFileSync(p)).digest('hex');
/** The recorded 总分 of the copy's 附件3, which tells the seed (98) from the wrong-scores fixture. */
async function projectTotal(copy: string): Promise<unknown> {
  const r = await cli(['check', copy, '--json']);
  return (JSON.parse(r.out) as FileReport[])[0].tables.find((t) => t.kind === 'project')?.recordedTotal;
}
/** A fresh folder under the test's temp dir. */
const folder = (name: string) => {
  const d = path.join(dir, name);
  fs.mkdirSync(d, { recursive: true });
  return d;
};

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-outputs-'));
  seed = await buildSeedWorkbook();
  wrong = await buildWrongScores();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('two inputs of the same name from different folders', () => {
  let intake: string;
  let seedTotal: unknown;
  let wrongTotal: unknown;
  beforeAll(async () => {
    intake = folder('intake');
    for (const [unit, bytes] of [
      ['单位A', seed],
      ['单位B', wrong],
    ] as const) {
      fs.mkdirSync(path.join(intake, unit));
      fs.writeFileSync(path.join(intake, unit, '自评表.xlsx'), bytes);
    }
    seedTotal = await projectTotal(path.join(intake, '单位A', '自评表.xlsx'));
    wrongTotal = await projectTotal(path.join(intake, '单位B', '自评表.xlsx'));
    expect(seedTotal).not.toEqual(wrongTotal);
  });

  it('keeps a copy of each, under the input’s own folder, and says where each went', async () => {
    const out = path.join(dir, 'out-folder');
    const r = await cli(['check', intake, '--out', out]);
    const a = path.join(out, '单位A', '自评表.scored.xlsx');
    const b = path.join(out, '单位B', '自评表.scored.xlsx');
    expect(await projectTotal(a)).toEqual(seedTotal);
    expect(await projectTotal(b)).toEqual(wrongTotal);
    expect(r.err).toContain(a);
    expect(r.err).toContain(b);
  });

  it('does the same when the two files are given one by one', async () => {
    const out = path.join(dir, 'out-files');
    await cli([
      'check',
      path.join(intake, '单位A', '自评表.xlsx'),
      path.join(intake, '单位B', '自评表.xlsx'),
      '--out',
      out,
    ]);
    expect(await projectTotal(path.join(out, '单位A', '自评表.scored.xlsx'))).toEqual(seedTotal);
    expect(await projectTotal(path.join(out, '单位B', '自评表.scored.xlsx'))).toEqual(wrongTotal);
  });

  it('keeps the flat name when the names differ', async () => {
    const src = folder('distinct');
    fs.writeFileSync(path.join(src, '甲.xlsx'), seed);
    fs.mkdirSync(path.join(src, 'sub'));
    fs.writeFileSync(path.join(src, 'sub', '乙.xlsx'), wrong);
    const out = path.join(dir, 'out-distinct');
    const r = await cli(['check', src, '--out', out]);
    expect(fs.readdirSync(out).sort()).toEqual(['乙.scored.xlsx', '甲.scored.xlsx']);
    expect(r.err).toContain(path.join(out, '甲.scored.xlsx'));
  });
});

describe('--out pointing at the input folder', () => {
  it('refuses to overwrite an input named X.scored.xlsx, naming it, and leaves every input as it was', async () => {
    const src = folder('same-folder');
    const x = path.join(src, 'X.xlsx');
    const xScored = path.join(src, 'X.scored.xlsx');
    fs.writeFileSync(x, seed);
    fs.writeFileSync(xScored, wrong);
    const before = [sha(x), sha(xScored)];
    const r = await cli(['check', src, '--out', src]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(xScored);
    expect(r.err).toMatch(/覆盖/);
    expect([sha(x), sha(xScored)]).toEqual(before);
    expect(fs.readdirSync(src).sort()).toEqual(['X.scored.xlsx', 'X.xlsx']);
  });

  it('refuses a --summary or --html that is one of the inputs', async () => {
    const src = folder('summary-on-input');
    const x = path.join(src, 'X.xlsx');
    fs.writeFileSync(x, seed);
    const before = sha(x);
    for (const flag of ['--summary', '--html']) {
      const r = await cli(['check', x, flag, x]);
      expect(r.code).toBe(2);
      expect(r.err).toContain(x);
      expect(sha(x)).toBe(before);
    }
  });

  it('writes beside the inputs when nothing would be overwritten', async () => {
    const src = folder('beside');
    fs.writeFileSync(path.join(src, 'Y.xlsx'), seed);
    const r = await cli(['check', path.join(src, 'Y.xlsx'), '--out', src]);
    expect(r.code).toBe(0); // the seed: warnings, no error
    expect(fs.existsSync(path.join(src, 'Y.scored.xlsx'))).toBe(true);
  });
});

describe('an output that cannot be written', () => {
  let input: string;
  let aFile: string;
  beforeAll(() => {
    input = path.join(folder('unwritable'), '单位.xlsx');
    fs.writeFileSync(input, seed);
    aFile = path.join(dir, 'unwritable', '已有文件.txt');
    fs.writeFileSync(aFile, 'not a folder');
  });

  /** The check ran and its JSON is on stdout, complete. */
  function expectChecked(out: string): void {
    const [report] = JSON.parse(out) as FileReport[];
    expect(report.error).toBeUndefined();
    expect(report.tables.map((t) => t.kind).sort()).toEqual(['basic', 'department', 'project']);
  }

  it.each([
    ['--out', '/proc/jixiao-test/out'],
    ['--summary', '/proc/jixiao-test/report.xlsx'],
    ['--html', '/proc/jixiao-test/report.html'],
  ])(
    '%s under /proc: a zh-CN message naming the path, the results still printed, exit 2 (no hang)',
    async (flag, target) => {
      const r = await cli(['check', input, '--json', flag, target]);
      expectChecked(r.out);
      expect(r.err).toContain('/proc/jixiao-test');
      expect(r.err).toMatch(/无法写入/);
      expect(r.err).not.toMatch(/\b(ENOENT|EACCES|EEXIST|EROFS|ENOTDIR)\b/);
      expect(r.code).toBe(2);
    },
  );

  it.each([
    ['--out', 'an existing file', () => aFile],
    ['--out', 'a folder under a file', () => path.join(aFile, 'sub')],
    ['--summary', 'a file under a file', () => path.join(aFile, 'report.xlsx')],
    ['--html', 'a file under a file', () => path.join(aFile, 'report.html')],
    ['--summary', 'an existing folder', () => path.join(dir, 'unwritable')],
  ])('%s at %s: said in zh-CN naming the path, the check kept, exit 2', async (flag, _what, target) => {
    const r = await cli(['check', input, '--json', flag, target()]);
    expectChecked(r.out);
    expect(r.err).toContain(target().startsWith(aFile) ? aFile : target());
    expect(r.err).not.toMatch(/\b(ENOENT|EACCES|EEXIST|EISDIR|ENOTDIR)\b/);
    expect(r.code).toBe(2);
    expect(fs.readFileSync(aFile, 'utf8')).toBe('not a folder');
  });

  it('prints the text report too', async () => {
    const r = await cli(['check', input, '--out', aFile]);
    expect(r.out).toMatch(/总分 98（表中 98），等级 优/);
    expect(r.err).toContain(aFile);
    expect(r.code).toBe(2);
  });

  it('writes the other outputs it can', async () => {
    const summary = path.join(dir, 'unwritable', 'ok', 'report.xlsx');
    const r = await cli(['check', input, '--out', aFile, '--summary', summary]);
    expect(fs.existsSync(summary)).toBe(true);
    expect(r.code).toBe(2);
  });
});

describe('a 得分 cell merged across two indicator rows', () => {
  it('is left as it was in the copy (not 5, then 0) and reported at that cell', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildBlankScores()) as unknown as ArrayBuffer);
    wb.getWorksheet('附件3')!.mergeCells('H17:H18'); // 逾期率 (5 points) and 个贷率 (0 points)
    const input = path.join(folder('merged'), 'merged.xlsx');
    fs.writeFileSync(input, Buffer.from(await wb.xlsx.writeBuffer()));
    const out = path.join(dir, 'merged-out');
    const r = await cli(['check', input, '--json', '--out', out]);
    const [report] = JSON.parse(r.out) as FileReport[];
    const merged = report.findings.filter((f) => f.code === 'merged-cell');
    expect(merged.map((f) => `${f.sheet}!${f.cell}`)).toEqual(['附件3!H17']);
    expect(merged[0].message).toMatch(/合并单元格/);
    const copy = (await readWorkbookFile(path.join(out, 'merged.scored.xlsx'))).find((g) => g.name === '附件3')!;
    const h17 = fromA1('H17')!;
    expect(cellAt(copy, h17.row, h17.col).value).toBeNull();
    const h16 = fromA1('H16')!;
    expect(cellAt(copy, h16.row, h16.col).value).toBe(10); // the row above (增值收益) is written as before
  });
});

describe('an input that is not a regular file', () => {
  it('names a pipe called like a workbook and checks the rest, instead of waiting on it forever', async () => {
    const src = fs.mkdtempSync(path.join(dir, 'fifo-'));
    fs.writeFileSync(path.join(src, 'A.xlsx'), seed);
    const fifo = path.join(src, 'B.xlsx');
    execFileSync('mkfifo', [fifo]);
    const r = await cli(['check', src, '--json']);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${fifo} 不是普通文件（管道、设备等），未读取`);
    const reports = JSON.parse(r.out) as FileReport[];
    expect(reports.map((x) => [path.basename(x.file), 'error' in x])).toEqual([
      ['B.xlsx', true],
      ['A.xlsx', false],
    ]);
    const direct = await cli(['check', fifo]);
    expect([direct.code, direct.err.includes('不是普通文件')]).toEqual([2, true]);
  }, 20000);
});
