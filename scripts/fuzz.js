// `npm run test:fuzz [-- rounds]`: runs the property tests on fresh random seeds (npm test pins one seed so
// CI is repeatable). Each failure prints its seed and path; replay it with `FC_SEED=<seed> npx jest <file>`.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const rounds = Math.max(1, Number(process.argv[2] ?? 3) || 3);
const jest = require.resolve('jest/bin/jest');
const root = path.join(__dirname, '..');
/** Every test file that uses fast-check, so a new property test is fuzzed without being listed here. */
const files = fs
  .readdirSync(path.join(root, 'test'), { recursive: true })
  .map((f) => path.join('test', String(f)))
  .filter((f) => /\.test\.tsx?$/.test(f) && fs.readFileSync(path.join(root, f), 'utf8').includes("from 'fast-check'"));
for (let i = 1; i <= rounds; i++) {
  console.log(`— fuzz round ${i}/${rounds}`);
  const r = spawnSync(process.execPath, [jest, ...files], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, FC_SEED: 'random' },
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
