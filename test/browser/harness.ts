// What the real-browser test and the task pane bench share: Debian's headless Chromium through
// playwright-core, the built pane (reused from dist/addin when fresh, else built with the project's
// webpack config and `--env http`), the in-memory Excel host bundled for the browser, a static
// server on 127.0.0.1, and a network guard that fails on any request leaving the machine.

import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { SheetGrid } from '../../src/workbook/grid';

/** The repository root: the nearest folder up from here holding webpack.config.js (also when compiled into dist/). */
function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'webpack.config.js')) && fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`webpack.config.js not found above ${from}`);
  }
}

export const ROOT = findRoot(__dirname);
export const DIST_ADDIN = path.join(ROOT, 'dist', 'addin');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: install Debian's chromium (apt-get install -y chromium) or set CHROMIUM_PATH`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/** Newest modification time under the paths the pane is built from. */
function newestSource(): number {
  const roots = [
    'src/taskpane',
    'src/excel',
    'src/workbook',
    'src/domain',
    'src/i18n',
    'webpack.config.js',
    'tsconfig.json',
    'package.json',
  ];
  let newest = 0;
  const walk = (p: string) => {
    const st = fs.statSync(p);
    if (st.isDirectory()) for (const e of fs.readdirSync(p)) walk(path.join(p, e));
    else newest = Math.max(newest, st.mtimeMs);
  };
  for (const r of roots) if (fs.existsSync(path.join(ROOT, r))) walk(path.join(ROOT, r));
  return newest;
}

/**
 * dist/addin holds a pane built after its last source change, loading Office.js from its own files (a
 * default production build loads the Office CDN, which the tests neither reach nor replace).
 */
export function distIsFresh(dir = DIST_ADDIN): boolean {
  const page = path.join(dir, 'taskpane.html');
  return (
    fs.existsSync(page) &&
    fs.statSync(page).mtimeMs > newestSource() &&
    fs.readFileSync(page, 'utf8').includes('office-js/office.js')
  );
}

type WebpackConfig = import('webpack').Configuration;

async function runWebpack(config: WebpackConfig): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpack = require('webpack') as typeof import('webpack');
  await new Promise<void>((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve();
    });
  });
}

/**
 * The task pane built with the project's webpack config and `--env http`, into `outDir`: only the
 * taskpane page, without copying Office.js (the browser test serves the in-memory host in its place).
 */
export async function buildPane(outDir: string, mode: 'development' | 'production'): Promise<string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const projectConfig = require(path.join(ROOT, 'webpack.config.js')) as (
    env: Record<string, unknown>,
    argv: Record<string, unknown>,
  ) => Promise<WebpackConfig>;
  const config = await projectConfig({ http: true }, { mode });
  const entry = config.entry as Record<string, string>;
  config.entry = { taskpane: entry.taskpane };
  config.context = ROOT;
  config.output = { ...config.output, path: outDir };
  config.devtool = false;
  config.plugins = (config.plugins ?? []).filter((p) => {
    const name = p?.constructor?.name;
    if (name === 'CopyWebpackPlugin') return false;
    if (name === 'HtmlWebpackPlugin')
      return (p as unknown as { userOptions: { filename?: string } }).userOptions.filename === 'taskpane.html';
    return true;
  });
  config.infrastructureLogging = { level: 'error' };
  await runWebpack(config);
  return outDir;
}

/** The pane to serve: dist/addin when it is fresh, else a development build in a temporary folder. */
export async function paneDir(): Promise<{ dir: string; built: boolean }> {
  if (distIsFresh()) return { dir: DIST_ADDIN, built: false };
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-pane-'));
  return { dir: await buildPane(out, 'development'), built: true };
}

/** test/support/fakeExcel/browser.ts bundled into one script that installs window.Excel / window.Office. */
export async function bundleFakeHost(): Promise<string> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-fake-host-'));
  await runWebpack({
    mode: 'development',
    devtool: false,
    context: ROOT,
    target: ['web', 'es2020'],
    entry: path.join(ROOT, 'test/support/fakeExcel/browser.ts'),
    output: { path: out, filename: 'fake-office.js' },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          options: {
            transpileOnly: true,
            configFile: path.join(ROOT, 'tsconfig.json'),
            compilerOptions: { module: 'es2020', sourceMap: false },
          },
        },
      ],
    },
    infrastructureLogging: { level: 'error' },
  });
  try {
    return fs.readFileSync(path.join(out, 'fake-office.js'), 'utf8');
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.map': 'application/json',
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves a folder on 127.0.0.1 (a free port). */
export async function serveStatic(dir: string): Promise<StaticServer> {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = path.resolve(root, '.' + decodeURIComponent(url.pathname));
    if (!file.startsWith(root) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);

/**
 * Aborts and records every request to a host other than localhost/127.0.0.1; when `officeJs` is given,
 * the page's Office.js request is answered with it (the in-memory Excel host).
 */
export async function guardNetwork(page: Page, officeJs?: string): Promise<string[]> {
  const outside: string[] = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (!LOCAL_HOSTS.has(url.hostname)) {
      outside.push(url.href);
      return route.abort('blockedbyclient');
    }
    if (officeJs !== undefined && url.pathname.endsWith('/office-js/office.js')) {
      return route.fulfill({ status: 200, contentType: 'application/javascript', body: officeJs });
    }
    return route.continue();
  });
  page.on('websocket', (ws) => outside.push(ws.url()));
  return outside;
}

/** Puts the workbook on window.__JIXIAO_FAKE_WORKBOOK__ before any page script runs. */
export async function injectWorkbook(page: Page, grids: SheetGrid[]): Promise<void> {
  await page.addInitScript((json: string) => {
    (window as unknown as { __JIXIAO_FAKE_WORKBOOK__: unknown }).__JIXIAO_FAKE_WORKBOOK__ = JSON.parse(json);
  }, JSON.stringify(grids));
}
