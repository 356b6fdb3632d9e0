// The command speaks zh-CN everywhere a bureau's officer meets it (issue 9 §8): commander's usage errors and help,
// `--json` on a folder with no workbook, an unreadable file's JSON object, and messages written for the task pane
// (勾选后可替换 refers to the pane's preview dialog) replaced by the command's own wording.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { cli } from '../support/cli';
import { buildCorruptFile, buildSeedWorkbook, buildWrongScores } from '../../scripts/fixtures';

let dir: string;
let seedPath: string;
let wrongPath: string;
let corruptPath: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-usage-'));
  seedPath = path.join(dir, 'seed.xlsx');
  wrongPath = path.join(dir, 'wrong.xlsx');
  corruptPath = path.join(dir, 'broken.xlsx');
  fs.writeFileSync(seedPath, await buildSeedWorkbook());
  fs.writeFileSync(wrongPath, await buildWrongScores());
  fs.writeFileSync(corruptPath, buildCorruptFile());
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** English that commander writes by default: headings, error sentences, help descriptions. */
const ENGLISH =
  /\b(Usage|Options|Arguments|Commands|error|missing|required|argument|unknown|option|command|display|help for|default|Did you mean|too many|Expected|invalid)\b/;
/** What is left of a line once the command's own names (jixiao, check, --json …) and paths are taken out. */
const prose = (s: string) =>
  s.replace(
    /--?[a-z][a-z-]*|\bjixiao\b|\bcheck\b|\bhelp\b|national-2020[a-z0-9-]*|hubei-20|[\w./-]+\.(xlsx|html)|<[^>]*>/g,
    '',
  );

describe('usage errors and help in zh-CN', () => {
  it.each([
    ['no arguments', 2, []],
    ['check without a path', 2, ['check']],
    ['an unknown command', 2, ['frobnicate']],
    ['a mistyped command', 2, ['chek', 'a.xlsx']],
    ['an unknown option', 2, ['check', 'a.xlsx', '--bogus']],
    ['a mistyped option', 2, ['check', 'a.xlsx', '--jsno']],
    ['an option without its value', 2, ['check', 'a.xlsx', '--profile']],
    ['help', 0, ['--help']],
    ['help of check', 0, ['check', '--help']],
    ['the help command', 0, ['help', 'check']],
  ] as [string, number, string[]][])('%s: zh-CN only, exit %i', async (_what, code, args) => {
    const r = await cli(args);
    expect(r.code).toBe(code);
    const text = r.out + r.err;
    expect(text.trim()).not.toBe('');
    expect(prose(text)).not.toMatch(ENGLISH);
    expect(text).toMatch(/[\u4e00-\u9fff]/);
  });

  it('names what was wrong: the missing argument, the unknown option, and a suggestion', async () => {
    expect((await cli(['check'])).err).toMatch(/缺少.*文件或文件夹/);
    expect((await cli(['check', 'a.xlsx', '--bogus'])).err).toContain('--bogus');
    expect((await cli(['check', 'a.xlsx', '--jsno'])).err).toContain('--json');
    expect((await cli(['check', 'a.xlsx', '--profile'])).err).toContain('--profile');
    expect((await cli(['frobnicate'])).err).toContain('frobnicate');
  });

  it('lists every option of check under zh-CN headings, with the default profile', async () => {
    const r = await cli(['check', '--help']);
    for (const o of ['--json', '--profile', '--out', '--summary', '--html', '-h, --help']) expect(r.out).toContain(o);
    expect(r.out).toMatch(/^用法：\s*jixiao check/m);
    expect(r.out).toMatch(/^参数：/m);
    expect(r.out).toMatch(/^选项：/m);
    expect(r.out).toContain('默认：national-2020');
  });

  it('lists the commands in the program’s help', async () => {
    const r = await cli(['--help']);
    expect(r.out).toMatch(/^命令：/m);
    expect(r.out).toContain('check');
  });
});

describe('--json contract at the edges', () => {
  it('prints [] for a folder with no workbook, exit 2', async () => {
    const empty = path.join(dir, 'empty');
    fs.mkdirSync(empty);
    const r = await cli(['check', empty, '--json']);
    expect(JSON.parse(r.out)).toEqual([]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(empty);
  });

  it('gives an unreadable file an error and no tables', async () => {
    const r = await cli(['check', corruptPath, seedPath, '--json']);
    const [broken, seed] = JSON.parse(r.out) as Record<string, unknown>[];
    expect(broken).toEqual({ file: corruptPath, error: expect.stringContaining('broken.xlsx') });
    expect(Object.keys(seed)).toEqual(['file', 'tables', 'findings']);
    expect(r.code).toBe(2);
  });

  it('gives a missing path an error and no tables', async () => {
    const missing = path.join(dir, 'nope.xlsx');
    const r = await cli(['check', missing, '--json']);
    expect(JSON.parse(r.out)).toEqual([{ file: missing, error: expect.stringContaining('nope.xlsx') }]);
  });
});

describe('no wording written for the task pane', () => {
  const PANE_ONLY = /勾选|点「|单击|撤销上次写入|一键重算|任务窗格|在助手中/;

  it('says in its own words that a hand-written score differing from the rule is kept', async () => {
    const text = await cli(['check', wrongPath]);
    const json = await cli(['check', wrongPath, '--json']);
    const conflicts = (JSON.parse(json.out) as { findings: { code: string; message: string }[] }[])[0].findings.filter(
      (f) => f.code === 'cell-conflict',
    );
    expect(conflicts.length).toBeGreaterThan(0);
    for (const f of conflicts) expect(f.message).toMatch(/现为 .*按规则应为 .*保留原/);
    expect(text.out).toMatch(/保留原值/);
    expect(text.out + text.err).not.toMatch(PANE_ONLY);
    expect(json.out + json.err).not.toMatch(PANE_ONLY);
  });

  it('says so for a formula too', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildSeedWorkbook()) as unknown as ArrayBuffer);
    wb.getWorksheet('附件3')!.getCell('H18').value = { formula: 'G18', result: 2 }; // 个贷率: 2 points by formula, 0 by rule
    const withFormula = path.join(dir, 'formula.xlsx');
    fs.writeFileSync(withFormula, Buffer.from(await wb.xlsx.writeBuffer()));
    const r = await cli(['check', withFormula, '--json']);
    const [report] = JSON.parse(r.out) as { findings: { code: string; cell: string; message: string }[] }[];
    const conflict = report.findings.find((f) => f.code === 'cell-conflict' && f.cell === 'H18');
    expect(conflict?.message).toMatch(/现为公式 =G18.*保留原公式/);
    expect(r.out + r.err).not.toMatch(PANE_ONLY);
  });
});
