// Writes samples/yueyang-2023.xlsx: the seed department's three annexes (附件1/2/3) as an officer
// keeps them in Excel. `npm run make-sample` (compiled to dist/scripts/make-sample.js); the demo
// runs the CLI on this file.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildSeedWorkbook } from './fixtures';

/** The repository root: the nearest folder above this file with a package.json. */
function repoRoot(from: string): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) return process.cwd();
    dir = up;
  }
  return dir;
}

export const SAMPLE_PATH = path.join('samples', 'yueyang-2023.xlsx');

export async function makeSample(outPath = path.join(repoRoot(__dirname), SAMPLE_PATH)): Promise<string> {
  await fs.promises.mkdir(path.dirname(outPath), { recursive: true });
  await fs.promises.writeFile(outPath, await buildSeedWorkbook());
  return outPath;
}

if (require.main === module) {
  makeSample().then(
    (p) => console.log(`示例工作簿已写入：${p}`),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
