// The layers are enforced by the build (issue 12 §4): ESLint's no-restricted-imports / no-restricted-globals
// rules in eslint.config.mjs and the host-free tsconfig.core.json. These tests feed each a deliberately
// violating file and expect it refused, and a lawful one accepted, so a rule that stops working fails here.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../..');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

/** Lints each [path, code] as if the code were the file at `path` (relative to the repo root), in one ESLint
 *  process (its Node API loads eslint.config.mjs, which jest's CommonJS runtime cannot import); returns, per
 *  probe, the messages reported as `ruleId: message`. */
function lintAll(probes: [string, string][]): string[][] {
  const script = `
    const { ESLint } = require('eslint');
    (async () => {
      const eslint = new ESLint({ cwd: process.cwd() });
      const out = [];
      for (const [path, code] of JSON.parse(require('node:fs').readFileSync(0, 'utf8'))) {
        const [r] = await eslint.lintText(code, { filePath: path });
        out.push(r.messages.map((m) => m.ruleId + ': ' + m.message));
      }
      process.stdout.write(JSON.stringify(out));
    })();`;
  const r = spawnSync(process.execPath, ['-e', script], { cwd: root, input: JSON.stringify(probes), encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as string[][];
}

describe('layer rules (ESLint)', () => {
  const cases: [string, string, RegExp][] = [
    [
      'src/domain/probe.ts',
      "import { x } from '../excel/api';\nexport const y = x;\n",
      /src\/domain may import only from itself/,
    ],
    [
      'src/domain/consistency/probe.ts',
      "import { x } from '../../i18n/zh-CN/scoring';\nexport const y = x;\n",
      /src\/domain may import only/,
    ],
    ['src/domain/probe.ts', "import ExcelJS from 'exceljs';\nexport const y = ExcelJS;\n", /no packages/],
    [
      'src/workbook/probe.ts',
      "import { x } from '../xlsx/read';\nexport const y = x;\n",
      /src\/workbook may import only src\/domain/,
    ],
    [
      'src/workbook/probe.ts',
      "import { readFileSync } from 'node:fs';\nexport const y = readFileSync;\n",
      /no packages/,
    ],
    [
      'src/i18n/zh-CN/probe.ts',
      "import { x } from '../../excel/session';\nexport const y = x;\n",
      /src\/i18n may import only src\/domain, src\/workbook/,
    ],
    ['src/cli/probe.ts', "import { x } from '../excel/api';\nexport const y = x;\n", /src\/cli may import only/],
    ['src/excel/probe.ts', "import { x } from '../taskpane/App';\nexport const y = x;\n", /src\/excel may import only/],
    ['src/taskpane/probe.ts', 'export const y = Office.context;\n', /Only src\/excel may use Office\.js/],
  ];
  const lawful: [string, string][] = [
    ['src/domain/consistency/probe.ts', "import { x } from '../types';\nexport const y = x;\n"],
    ['src/domain/probe.ts', "import { x } from './types';\nexport const y = x;\n"],
    ['src/workbook/probe.ts', "import { x } from '../domain/types';\nexport const y = x;\n"],
    ['src/i18n/zh-CN/probe.ts', "import { x } from '../../domain/types';\nexport const y = x;\n"],
    ['src/cli/probe.ts', "import { x } from '../xlsx/read';\nexport const y = x;\n"],
    ['src/excel/probe.ts', 'export const y = Office.context;\n'],
  ];
  let results: string[][] = [];
  beforeAll(() => {
    results = lintAll([...cases.map(([path, code]): [string, string] => [path, code]), ...lawful]);
  });

  it.each(cases.map((c, i) => [...c, i] as const))(
    '%s: refuses a crossing import or host global (%#)',
    (_path, _code, expected, i) => {
      expect(results[i].some((m) => expected.test(m))).toBe(true);
    },
  );

  it.each(lawful.map((c, i) => [c[0], i] as const))('%s: accepts an import the pipeline allows (%#)', (_path, i) => {
    expect(results[cases.length + i]).toEqual([]);
  });
});

describe('host-free core (tsconfig.core.json)', () => {
  it('has no DOM, Node or Office types: a probe using them does not compile', () => {
    const dir = mkdtempSync(join(tmpdir(), 'jixiao-core-'));
    try {
      writeFileSync(
        join(dir, 'probe.ts'),
        'export const a = typeof document;\nexport const b = process.env;\nexport const c: Excel.Range | null = null;\n',
      );
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({ extends: join(root, 'tsconfig.core.json'), include: [], files: [join(dir, 'probe.ts')] }),
      );
      const r = spawnSync(bin('tsc'), ['-p', join(dir, 'tsconfig.json')], { cwd: root, encoding: 'utf8' });
      expect(r.status).not.toBe(0);
      expect(r.stdout).toMatch(/Cannot find name 'document'/);
      expect(r.stdout).toMatch(/Cannot find name 'process'/);
      expect(r.stdout).toMatch(/Cannot find namespace 'Excel'/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
