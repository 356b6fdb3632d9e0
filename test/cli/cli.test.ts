// The `jixiao check` command end to end on fixture workbooks: JSON contract, text report,
// scored copies, exit codes and messages for bad input.

import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cli } from '../support/cli';
import { scoredCopyPath } from '../../src/cli/outputs';
import type { FileReport } from '../../src/cli/report';
import { readWorkbookFile } from '../../src/xlsx/read';
import { fromA1 } from '../../src/workbook/grid';
import { buildCorruptFile, buildSeedWorkbook, buildWrongScores } from '../../scripts/fixtures';

let dir: string;
let seedPath: string;
let wrongPath: string;
let corruptPath: string;

const sha = (p: string) => crypto.createHash('sha256').update(fs.readFileSync(p)).digest('hex');

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-cli-'));
  seedPath = path.join(dir, '岳阳市住房公积金管理中心.xlsx');
  wrongPath = path.join(dir, 'wrong-scores.xlsx');
  corruptPath = path.join(dir, 'broken.xlsx');
  fs.writeFileSync(seedPath, await buildSeedWorkbook());
  fs.writeFileSync(wrongPath, await buildWrongScores());
  fs.writeFileSync(corruptPath, buildCorruptFile());
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('jixiao check --json on the seed department', () => {
  let report: FileReport;
  let code: number;

  beforeAll(async () => {
    const r = await cli(['check', seedPath, '--json']);
    code = r.code;
    const parsed = JSON.parse(r.out) as FileReport[];
    expect(parsed).toHaveLength(1);
    report = parsed[0];
  });

  it('finds the three annexes with their kinds', () => {
    expect(report.file).toBe(seedPath);
    expect(report.tables.map((t) => t.kind).sort()).toEqual(['basic', 'department', 'project']);
  });

  it('computes 执行率 100%, 10 points, 总分 98 and 优 for the 附件3 project', () => {
    const project = report.tables.find((t) => t.kind === 'project')!;
    expect(project.budget).toMatchObject({ fullYear: 4425.38, executed: 4425.38, rate: 1, score: 10, weight: 10 });
    expect(project.total).toBe(98);
    expect(project.recordedTotal).toBe(98);
    expect(project.grade).toBe('优');
  });

  it('reports the loan-ratio row as failed with 0 of 2 points, matching the recorded score', () => {
    const project = report.tables.find((t) => t.kind === 'project')!;
    const loan = project.indicators.find((i) => i.name.includes('个贷率'))!;
    expect(loan).toMatchObject({
      target: expect.stringContaining('60%'),
      weight: 2,
      score: 0,
      recorded: 0,
      status: 'failed',
    });
    expect(loan.cell).toMatch(/^[A-Z]+\d+$/);
  });

  it('agrees with every recorded indicator score', () => {
    for (const t of report.tables.filter((x) => x.kind !== 'basic')) {
      for (const i of t.indicators.filter((x) => x.status !== 'notApplicable')) {
        expect({ name: i.name, score: i.score }).toEqual({ name: i.name, score: i.recorded });
      }
    }
    expect(report.findings.filter((f) => f.code === 'score-mismatch')).toEqual([]);
  });

  it('flags the 提取 row (40.83亿元 against 23亿元) for an over-achievement note: the zh-CN sentence and its facts', () => {
    const f = report.findings.find((x) => x.code === 'over-achievement-note' && x.sheet === '附件3');
    // the sentence the text report prints: the place is in `sheet` and `cell`, not again at its head
    expect(f?.cell).toBe('I15');
    expect(f?.message).toBe(
      '「3.办理住房公积金提取」实际完成40.83亿元，为目标23亿元的177.5%，达到130%及以上，应说明超出原因，现未说明。',
    );
    expect(f?.params).toMatchObject({
      name: '3.办理住房公积金提取',
      actualText: '40.83亿元',
      targetText: '23亿元',
      threshold: 1.3,
      note: { kind: 'blank' },
    });
  });

  it('uses plain numbers and the documented finding shape', () => {
    for (const f of report.findings) {
      expect(Object.keys(f).sort()).toEqual(['cell', 'code', 'message', 'params', 'severity', 'sheet']);
      expect(['error', 'warning', 'info']).toContain(f.severity);
    }
  });

  it('lists findings in sheet order, then by row and column', () => {
    const sheets = ['附件1', '附件2', '附件3'];
    const keys = report.findings.map((f) => {
      const at = fromA1(f.cell)!;
      return [sheets.indexOf(f.sheet), at.row, at.col];
    });
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
    expect(keys).toEqual(sorted);
    expect(new Set(report.findings.map((f) => f.sheet)).size).toBe(3);
  });

  it("exits 0: the seed's findings are warnings (个贷率 missed, 三公经费 overrun) and hints, no error (README: severities)", () => {
    expect(report.findings.some((f) => f.severity === 'error')).toBe(false);
    expect(report.findings.some((f) => f.code === 'overrun' && f.severity === 'warning')).toBe(true);
    expect(code).toBe(0);
  });
});

describe('jixiao check (text report)', () => {
  it('prints a readable zh-CN report naming the total and grade', async () => {
    const r = await cli(['check', seedPath]);
    expect(r.out).toContain('附件3 项目支出绩效自评表');
    expect(r.out).toMatch(/总分 98（表中 98），等级 优/);
    expect(r.out).toMatch(/合计：错误 \d+，警告 \d+，提示 \d+/);
  });

  it('reports recorded scores that differ from the rule as errors and exits 1', async () => {
    const r = await cli(['check', wrongPath, '--json']);
    const [report] = JSON.parse(r.out) as FileReport[];
    expect(report.findings.some((f) => f.code === 'score-mismatch' && f.severity === 'error')).toBe(true);
    expect(r.code).toBe(1);
  });
});

describe('jixiao check --out', () => {
  it('writes a scored copy and leaves the input byte-identical', async () => {
    const before = sha(seedPath);
    const out = path.join(dir, 'scored');
    await cli(['check', seedPath, '--out', out]);
    expect(sha(seedPath)).toBe(before);
    const copy = scoredCopyPath(seedPath, out);
    expect(fs.existsSync(copy)).toBe(true);
    const grids = await readWorkbookFile(copy);
    expect(grids.map((g) => g.name)).toEqual(expect.arrayContaining(['附件1', '附件2', '附件3']));
  });

  it('fills the blank scores of a workbook in the copy', async () => {
    const { buildBlankScores } = await import('../../scripts/fixtures');
    const blank = path.join(dir, 'blank.xlsx');
    fs.writeFileSync(blank, await buildBlankScores());
    const out = path.join(dir, 'scored-blank');
    const r = await cli(['check', blank, '--out', out, '--json']);
    const [before] = JSON.parse(r.out) as FileReport[];
    const project = before.tables.find((t) => t.kind === 'project')!;
    expect(project.recordedTotal).toBeNull();
    const r2 = await cli(['check', scoredCopyPath(blank, out), '--json']);
    const [after] = JSON.parse(r2.out) as FileReport[];
    const scored = after.tables.find((t) => t.kind === 'project')!;
    expect(scored.recordedTotal).toBe(project.total);
    expect(scored.indicators.every((i) => i.status === 'notApplicable' || i.recorded === i.score)).toBe(true);
  });
});

describe('jixiao check: bad input', () => {
  it('exits 2 and names the file when it is not a workbook', async () => {
    const r = await cli(['check', corruptPath]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('broken.xlsx');
  });

  it('exits 2 and names a missing path', async () => {
    const r = await cli(['check', path.join(dir, 'nope.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('nope.xlsx');
  });

  it('keeps going after an unreadable file and reports it in the JSON', async () => {
    const r = await cli(['check', corruptPath, seedPath, '--json']);
    const reports = JSON.parse(r.out) as FileReport[];
    expect(reports).toHaveLength(2);
    expect(reports[0].error).toContain('broken.xlsx');
    expect(reports[1].tables.length).toBe(3);
    expect(r.code).toBe(2);
  });

  it('exits 2 for an unknown rule profile, listing the valid ones', async () => {
    const r = await cli(['check', seedPath, '--profile', 'no-such-profile']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('national-2020');
  });

  it('exits 2 for bad usage', async () => {
    expect((await cli([])).code).toBe(2);
    expect((await cli(['check'])).code).toBe(2);
    expect((await cli(['frobnicate'])).code).toBe(2);
  });

  it('expands a folder to its .xlsx files', async () => {
    const sub = path.join(dir, 'folder');
    fs.mkdirSync(sub, { recursive: true });
    fs.copyFileSync(seedPath, path.join(sub, 'a.xlsx'));
    fs.writeFileSync(path.join(sub, 'notes.txt'), 'not a workbook');
    const r = await cli(['check', sub, '--json']);
    const reports = JSON.parse(r.out) as FileReport[];
    expect(reports.map((x) => path.basename(x.file))).toEqual(['a.xlsx']);
    expect(r.err).not.toContain('notes.txt');
  });
});
