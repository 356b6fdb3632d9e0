/** Jest: ts-jest transpiles only (type-checking is `npm run typecheck`), node environment by default;
 *  task pane tests opt into jsdom with a `@jest-environment jsdom` docblock. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  setupFiles: ['<rootDir>/test/support/fastcheck.setup.ts'],
  testTimeout: 30000,
};
