// ESLint flat config: typescript-eslint recommended rules over src, test, scripts and bench.
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

// The layers (issue 12 §4, ARCHITECTURE.md): workbook → grid → tables → evaluation → write plan → workbook.
// Each folder of src may import only the folders listed for it; a violating import is a lint error
// (test/architecture/layers.test.ts shows one failing). Packages: the host-free core imports none.
const SRC = ['domain', 'workbook', 'i18n', 'xlsx', 'excel', 'taskpane', 'commands', 'cli', 'pages', 'types'];
// A file d folders below src/<folder> reaches src/<other> with exactly d+1 '../' (one config per depth).
const layer = (folder, allowed, { packages = true } = {}) => {
  const banned = SRC.filter((f) => f !== folder && !allowed.includes(f)).join('|');
  const message = `src/${folder} may import only ${allowed.length ? allowed.map((f) => 'src/' + f).join(', ') : 'from itself'} (issue 12 §4: the layers).`;
  return [0, 1, 2, 3].map((depth) => {
    const patterns = [{ regex: `^(?:\\.\\./){${depth + 1}}(?:${banned})(?:/|$)`, message }];
    if (!packages)
      patterns.push({
        regex: '^[^.]',
        message: `src/${folder} is host-free pure TypeScript: no packages, no Node, no Office.`,
      });
    return {
      files: [`src/${folder}/${'*/'.repeat(depth)}*.{ts,tsx}`],
      rules: { 'no-restricted-imports': ['error', { patterns }] },
    };
  });
};
const hostGlobals = ['Office', 'Excel', 'OfficeExtension'].map((name) => ({
  name,
  message: 'Only src/excel may use Office.js (ARCHITECTURE.md: one Office boundary).',
}));

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'out/', 'coverage/', 'test-artifacts/', 'samples/', 'assets/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...layer('domain', [], { packages: false }),
  ...layer('workbook', ['domain'], { packages: false }),
  ...layer('i18n', ['domain', 'workbook']),
  ...layer('xlsx', ['domain', 'workbook', 'i18n', 'types']),
  ...layer('excel', ['domain', 'workbook', 'i18n']),
  ...layer('taskpane', ['domain', 'workbook', 'i18n', 'excel']),
  ...layer('commands', ['domain', 'workbook', 'i18n', 'excel']),
  ...layer('cli', ['domain', 'workbook', 'i18n', 'xlsx']),
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/excel/**'],
    rules: { 'no-restricted-globals': ['error', ...hostGlobals] },
  },
  // the task pane's hooks: eslint-plugin-react-hooks' recommended rules (React Compiler checks included), missing effect dependencies an error
  {
    ...reactHooks.configs.flat.recommended,
    files: ['src/taskpane/**/*.{ts,tsx}', 'test/taskpane/**/*.{ts,tsx}'],
    rules: { ...reactHooks.configs.flat.recommended.rules, 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
