// The pipeline's lower layers say facts, not sentences: no module of src/domain or src/workbook imports src/i18n
// (ARCHITECTURE.md, issue 12 §1). A scan of the import lines; the ESLint rule says the same at lint time.
//
// FOR THE LEAD: FINDINGS_PENDING lists the modules that still build finding messages from i18n (h-find's part of
// issue 12 §1). Remove each as it is converted; when the list is empty, delete it and the test is the whole rule.

import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..');

const FINDINGS_PENDING: ReadonlySet<string> = new Set([
  'src/domain/consistency/basic.ts',
  'src/domain/consistency/budget.ts',
  'src/domain/consistency/crossAnnex.ts',
  'src/domain/consistency/report.ts',
  'src/domain/consistency/sums.ts',
  'src/domain/evaluate.ts',
  'src/domain/reviewChecks.ts',
  'src/workbook/check.ts',
  'src/workbook/locate.ts',
  'src/workbook/locateBasic.ts',
  'src/workbook/locateScored.ts',
]);

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    return e.isDirectory() ? sources(rel) : /\.tsx?$/.test(e.name) ? [rel] : [];
  });
}

/** The modules a file imports (static `import … from`, `export … from`, `import(…)`, `require(…)`). */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const specs = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm)].map((m) => m[1]);
  return specs.filter((s) => s.startsWith('.')).map((s) => path.posix.normalize(path.posix.join(path.posix.dirname(file), s)));
}

describe('layers: domain and workbook import no i18n', () => {
  const files = [...sources('src/domain'), ...sources('src/workbook')];

  it('finds the modules to check', () => {
    expect(files).toContain('src/domain/score.ts');
    expect(files).toContain('src/workbook/buildPlan.ts');
  });

  it.each(files.filter((f) => !FINDINGS_PENDING.has(f)))('%s imports nothing from src/i18n', (file) => {
    expect(importsOf(file).filter((m) => m.startsWith('src/i18n'))).toEqual([]);
  });

  it('sees an i18n import where there is one (the scan itself works)', () => {
    expect(importsOf('src/cli/report.ts').some((m) => m.startsWith('src/i18n'))).toBe(true);
  });
});
