// Issue 9 §1 through the CLI: `jixiao check --out` drafts 「…原因：；改进措施：」 into the empty note of the
// over-achieved 提取 rows; checking the scored copy must still ask for the explanation (same findings as the
// original, now saying the draft is not filled in), not drop the warnings because the cell is no longer empty.

import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { cli } from '../support/cli';
import { scoredCopyPath } from '../../src/cli/outputs';
import type { FileReport } from '../../src/cli/report';
import { buildSeedWorkbook } from '../../scripts/fixtures';

let dir: string;

async function report(file: string, extra: string[] = []): Promise<FileReport> {
  return (JSON.parse((await cli(['check', file, '--json', ...extra])).out) as FileReport[])[0];
}
const notes = (r: FileReport) =>
  r.findings.filter((f) => f.code === 'over-achievement-note' || f.code === 'note-missing');

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-drafts-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it('keeps asking for the 提取 explanation on the scored copy whose note holds the unfilled draft', async () => {
  const seed = path.join(dir, 'seed.xlsx');
  fs.writeFileSync(seed, await buildSeedWorkbook());
  const out = path.join(dir, 'out');
  const before = await report(seed, ['--out', out]);
  expect(notes(before).map((f) => `${f.sheet}!${f.cell}`)).toEqual(['附件2!I16', '附件3!I15']);

  const after = await report(scoredCopyPath(seed, out));
  const again = notes(after);
  expect(again.map((f) => `${f.severity} ${f.code} ${f.sheet}!${f.cell}`)).toEqual([
    'warning over-achievement-note 附件2!I16',
    'warning over-achievement-note 附件3!I15',
  ]);
  for (const f of again) expect(f.message).toContain('偏差原因尚未填写（原因、改进措施为空）');
});
