/** Jest for the real-browser test: the built task pane in headless Chromium (test/browser/*.browser.test.ts). */
const base = require('./jest.config.js');

module.exports = {
  ...base,
  roots: ['<rootDir>/test/browser'],
  testMatch: ['**/*.browser.test.ts'],
  testTimeout: 120000,
};
