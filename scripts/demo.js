// `npm run demo`: checks the bundled sample (the seed department's three annexes) with the built CLI
// and writes the scored copy to out/. Exit code 1 from jixiao only means "error-level findings
// exist" (the sample has real ones), so the demo itself succeeds on 0 or 1.
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.join(__dirname, '..');
const sample = path.join('samples', 'yueyang-2023.xlsx');
const r = spawnSync(process.execPath, [path.join(root, 'dist/src/cli/jixiao.js'), 'check', sample, '--out', 'out'], {
  cwd: root,
  stdio: 'inherit',
});
if (r.status === 0 || r.status === 1) {
  console.log(`评分后的副本已写入：${path.join('out', 'yueyang-2023.scored.xlsx')}`);
  process.exit(0);
}
process.exit(r.status ?? 2);
