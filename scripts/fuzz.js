// `npm run test:fuzz [-- rounds]`: runs the property tests on fresh random seeds (npm test pins one seed so
// CI is repeatable). Each failure prints its seed and path; replay it with `FC_SEED=<seed> npx jest <file>`.
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const rounds = Math.max(1, Number(process.argv[2] ?? 3) || 3);
const jest = require.resolve('jest/bin/jest');
const files = ['test/domain/parse.property.test.ts', 'test/domain/score.property.test.ts', 'test/domain/consistency.sums.test.ts', 'test/excel/revert.property.test.ts'];
for (let i = 1; i <= rounds; i++) {
  console.log(`— fuzz round ${i}/${rounds}`);
  const r = spawnSync(process.execPath, [jest, ...files], {
    cwd: path.join(__dirname, '..'),
    stdio: 'inherit',
    env: { ...process.env, FC_SEED: 'random' },
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
