/** @jest-environment jsdom */
// The ES5 check of the pages (src/pages/es5check.js): in a webview without the ES2020 built-ins the pane
// needs (EdgeHTML, Internet Explorer) it replaces the blank pane with a zh-CN message saying what to
// update and that the `jixiao` command works without Excel; in the ribbon's page it answers the button;
// in a current webview it does nothing.

import * as fs from 'node:fs';
import * as path from 'node:path';

const SOURCE = fs.readFileSync(path.join(__dirname, '../../src/pages/es5check.js'), 'utf8');

function runCheck(): void {
  new Function(SOURCE)();
}

function withoutFromEntries(fn: () => void): void {
  const saved = Object.fromEntries;
  delete (Object as { fromEntries?: unknown }).fromEntries;
  try {
    fn();
  } finally {
    Object.fromEntries = saved;
  }
}

beforeEach(() => {
  document.body.innerHTML = '<div id="root"></div><main id="unsupported" hidden></main>';
  delete (window as { __jixiaoUnsupported?: boolean }).__jixiaoUnsupported;
});

describe('the pages’ ES5 check', () => {
  it('does nothing in a webview that runs the pane', () => {
    runCheck();
    expect(document.getElementById('unsupported')!.hidden).toBe(true);
    expect(document.getElementById('root')!.style.display).toBe('');
  });

  it('shows what to update, and that jixiao works without Excel, where the pane cannot run', () => {
    withoutFromEntries(runCheck);
    const box = document.getElementById('unsupported')!;
    expect(box.hidden).toBe(false);
    expect(box.getAttribute('role')).toBe('alert');
    expect(document.getElementById('root')!.style.display).toBe('none');
    expect(box.querySelector('h1')!.textContent).toMatch(/无法在此 Excel 中运行/);
    const text = box.textContent ?? '';
    expect(text).toMatch(/WebView2/);
    expect(text).toMatch(/Microsoft 365/);
    expect(text).toMatch(/jixiao check/);
  });
});
