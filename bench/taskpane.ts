// Task pane benchmark: the JS the first screen loads (gzip, every initial chunk of the production build)
// and the median time to first render (first contentful paint: the page is blank until the pane renders)
// over 15 cold loads in headless Chromium, with the real Office.js the add-in ships. Also reports, as context, the JS loaded until the tables of the seed workbook are
// listed (initial chunks + the engine chunk, with the in-memory Excel host standing in for Excel).
// Goal (issue 4): ≤ 165 KB gzip and a median first render ≤ 250 ms. Also (issue 13) the time from navigation
// to the problems listed by the scan on open, with the in-memory host at 0 and 100 ms per sync (goal ≤ 1.0 s at 100 ms).
// First contentful paint stays the reported figure. Because it moves by ±100 ms with whatever else
// runs on the machine, the bench also reports, as context, the CPU the page's main thread spent until
// that paint (Chromium trace thread time, a few extra traced loads), which moves far less with load
// and is the figure to compare two builds by.

import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import type { Browser } from 'playwright-core';
import { buildSeedWorkbook } from '../scripts/fixtures';
import { readWorkbookBuffer } from '../src/xlsx/read';
import {
  DIST_ADDIN,
  ROOT,
  bundleFakeHost,
  distIsFresh,
  guardNetwork,
  injectWorkbook,
  launchChromium,
  serveStatic,
} from '../test/browser/harness';

const RUNS = 15;
const LISTED_RUNS = 5;
const GOAL_LISTED_MS = 1000;
const TRACED_RUNS = 5;
const GOAL_KB = 165;
const GOAL_MS = 250;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const gzipBytes = (file: string) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** The production build in dist/addin (rebuilt with `webpack --mode production --env http --env bundleOfficeJs` when stale). */
function ensureProductionBuild(): void {
  if (distIsFresh()) return;
  const cli = path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
  const r = spawnSync(process.execPath, [cli, '--mode', 'production', '--env', 'http', '--env', 'bundleOfficeJs'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`webpack build failed:\n${r.stdout}\n${r.stderr}`);
}

/** Scripts taskpane.html loads itself, apart from Office.js: the initial chunks. */
function initialChunks(): string[] {
  const html = fs.readFileSync(path.join(DIST_ADDIN, 'taskpane.html'), 'utf8');
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g)]
    .map((m) => m[1])
    .filter((src) => !src.includes('office-js/'));
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { documentLoaderURL?: string } };
}

/**
 * One traced cold load: the CPU time (not wall time) the renderer's main thread spent from navigation
 * start to the first contentful paint, summed over its top-level tasks.
 */
async function mainThreadCpuUntilPaint(browser: Browser, origin: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 340, height: 800 } });
  const page = await context.newPage();
  await guardNetwork(page);
  const file = path.join(os.tmpdir(), `jixiao-pane-trace-${process.pid}.json`);
  try {
    await browser.startTracing(page, {
      path: file,
      categories: ['devtools.timeline', 'blink.user_timing', 'loading', 'toplevel'],
    });
    await page.goto(`${origin}/taskpane.html`);
    const handle = await page.waitForFunction(
      () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      undefined,
      {
        timeout: 30_000,
      },
    );
    const fcp = Number(await handle.jsonValue());
    await browser.stopTracing();
    const events = (JSON.parse(fs.readFileSync(file, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
    const nav = events.find(
      (e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.includes('/taskpane.html'),
    );
    if (!nav) return NaN;
    const paint = nav.ts + fcp * 1000;
    const tasks = events
      .filter(
        (e) => e.pid === nav.pid && e.tid === nav.tid && e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask',
      )
      .filter((e) => e.ts >= nav.ts && e.ts < paint)
      .sort((a, b) => a.ts - b.ts);
    let cpu = 0;
    let busyUntil = 0;
    for (const t of tasks) {
      if (t.ts < busyUntil) continue; // nested task
      cpu += t.tdur ?? 0;
      busyUntil = t.ts + (t.dur ?? 0);
    }
    return cpu / 1000;
  } finally {
    await context.close();
    fs.rmSync(file, { force: true });
  }
}

export async function benchTaskpane(): Promise<string[]> {
  ensureProductionBuild();
  const initial = initialChunks();
  const initialGzip = initial.reduce((sum, f) => sum + gzipBytes(path.join(DIST_ADDIN, f)), 0);

  const server = await serveStatic(DIST_ADDIN);
  const browser = await launchChromium();
  const lines: string[] = [];
  try {
    // Time to first render: a fresh context (cold cache) per run, the real Office.js from the add-in's files.
    const times: number[] = [];
    const evaluated: number[] = [];
    const ready: number[] = [];
    const rendered: number[] = [];
    const outsideAll: string[] = [];
    for (let i = 0; i < RUNS; i++) {
      const context = await browser.newContext({ viewport: { width: 340, height: 800 } });
      const page = await context.newPage();
      outsideAll.push(...(await guardNetwork(page)));
      await page.goto(`${server.origin}/taskpane.html`);
      // First render = the browser's first contentful paint: the page is empty until React renders the pane.
      const handle = await page.waitForFunction(
        () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        undefined,
        {
          timeout: 30_000,
        },
      );
      times.push(Number(await handle.jsonValue()));
      const marks = await page.evaluate(() =>
        ['jixiao:bundle-evaluated', 'jixiao:office-ready', 'jixiao:first-render'].map(
          (m) => performance.getEntriesByName(m)[0]?.startTime ?? NaN,
        ),
      );
      evaluated.push(marks[0]);
      ready.push(marks[1]);
      rendered.push(marks[2]);
      await context.close();
    }

    const cpu: number[] = [];
    for (let i = 0; i < TRACED_RUNS; i++) cpu.push(await mainThreadCpuUntilPaint(browser, server.origin));

    // JS loaded until the seed workbook's tables are listed (initial chunks + engine), with the in-memory host.
    const grids = await readWorkbookBuffer(await buildSeedWorkbook(), 'seed.xlsx');
    const fakeOffice = await bundleFakeHost();
    const context = await browser.newContext({ viewport: { width: 340, height: 800 } });
    const page = await context.newPage();
    const loaded = new Set<string>();
    page.on('request', (r) => {
      const u = new URL(r.url());
      // Scripts executed, not idle-time prefetches of the findings/summary chunks.
      if (r.resourceType() === 'script' && !u.pathname.includes('/office-js/')) loaded.add(u.pathname.slice(1));
    });
    outsideAll.push(...(await guardNetwork(page, fakeOffice)));
    await injectWorkbook(page, grids);
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByRole('heading', { name: /找到 \d+ 张表格/ }).waitFor({ timeout: 30_000 });
    await context.close();
    const withTables = [...loaded].reduce((sum, f) => sum + gzipBytes(path.join(DIST_ADDIN, f)), 0);

    // Time from navigation to the problems listed (the scan on open, no click), the in-memory host at 0 and 100 ms per sync.
    const listed: [number, number[]][] = [];
    for (const delay of [0, 100]) {
      const runs: number[] = [];
      for (let i = 0; i < LISTED_RUNS; i++) {
        const ctx = await browser.newContext({ viewport: { width: 340, height: 800 } });
        const p = await ctx.newPage();
        outsideAll.push(...(await guardNetwork(p, fakeOffice)));
        await injectWorkbook(p, grids);
        await p.addInitScript((syncDelayMs: number) => {
          (window as unknown as { __JIXIAO_FAKE_OPTIONS__: unknown }).__JIXIAO_FAKE_OPTIONS__ = { syncDelayMs };
        }, delay);
        await p.goto(`${server.origin}/taskpane.html`);
        const h = await p.waitForFunction(
          () => performance.getEntriesByName('jixiao:problems-listed')[0]?.startTime,
          undefined,
          { timeout: 30_000 },
        );
        runs.push(Number(await h.jsonValue()));
        await ctx.close();
      }
      listed.push([delay, runs]);
    }

    const ms = median(times);
    lines.push(
      `first-screen JS (initial chunks: ${initial.join(', ')}): ${kb(initialGzip)} KB gzip (goal ≤ ${GOAL_KB} KB)`,
      `JS loaded until the tables are listed (+ engine chunk): ${kb(withTables)} KB gzip in ${loaded.size} files`,
      `time to first render (first contentful paint), headless Chromium, real Office.js: median ${ms.toFixed(0)} ms over ${RUNS} cold loads ` +
        `(min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}; goal ≤ ${GOAL_MS} ms)`,
      `  medians from navigation start: bundle evaluated ${median(evaluated).toFixed(0)} ms, pane committed ${median(rendered).toFixed(0)} ms, ` +
        `Office.js ready ${median(ready).toFixed(0)} ms; ` +
        `machine load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores`,
      `  main-thread CPU until the first render (trace thread time, steadier than the wall-clock figure under load): ` +
        `median ${median(cpu).toFixed(0)} ms over ${TRACED_RUNS} traced cold loads`,
    );
    for (const [delay, runs] of listed) {
      lines.push(
        `time from navigation to the problems listed (scan on open, no click), in-memory host at ${delay} ms per sync: ` +
          `median ${median(runs).toFixed(0)} ms over ${runs.length} cold loads (min ${Math.min(...runs).toFixed(0)}, max ${Math.max(...runs).toFixed(0)}` +
          `${delay === 100 ? `; goal ≤ ${GOAL_LISTED_MS} ms` : ''})`,
      );
    }
    if (outsideAll.length) lines.push(`requests blocked (not localhost): ${[...new Set(outsideAll)].join(', ')}`);
  } finally {
    await browser.close();
    await server.close();
  }
  return lines;
}
