// The built task pane in headless Chromium, with the in-memory Excel host in place of Excel and the
// seed department's workbook loaded: the problems are listed on open without a click, 「下一个问题」
// walks them in severity order selecting each cell, a one-click fix (起草偏差原因) writes and is undone
// by 「撤销上次写入」, 「一键重算」 writes the 总分 98 and highlights 个贷率, 「撤销上次写入」 restores the
// workbook exactly, axe finds nothing in any of these states, nothing is requested from any host but
// localhost; the page's Content-Security-Policy is in place and refuses nothing the pane needs;
// screenshots at 320 and 450 px, light and dark, go to test-artifacts/.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildSeedWorkbook, fixtureTables } from '../../scripts/fixtures';
import type { SheetGrid } from '../../src/workbook/grid';
import { toA1 } from '../../src/workbook/grid';
import { loadFixtureGrids } from '../support/grids';
import type { FakeWorkbook } from '../support/fakeExcel/host';
import {
  bundleFakeHost,
  guardNetwork,
  injectWorkbook,
  launchChromium,
  paneDir,
  ROOT,
  serveStatic,
  type StaticServer,
} from './harness';

const ARTIFACTS = path.join(ROOT, 'test-artifacts');
const SCREENSHOT = path.join(ARTIFACTS, 'taskpane.png');
const PANE_WIDTH = 320;
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
let server: StaticServer;
let builtDir: string | undefined;
let fakeOffice: string;
let grids: SheetGrid[];
/** Where the 附件2 个贷率 note was emptied (for 起草偏差原因). */
let loanNote: { row: number; col: number; address: string };

type HostWindow = Window & { __jixiaoHost: FakeWorkbook };

/** Where the 总分 and the 个贷率 score sit on a sheet of the seed. */
function landmarks(sheet: '附件2' | '附件3') {
  const table = fixtureTables('seed').find((t) => t.sheet === sheet && t.kind !== 'other')!;
  const total = table.marks.total;
  const g = grids.find((x) => x.name === sheet)!;
  const row = g.cells.findIndex((r) =>
    r?.some((c) => typeof c?.value === 'string' && c.value.startsWith('2.住房公积金个贷率')),
  );
  return { total, loan: { row, col: total.col, address: toA1(row, total.col) } };
}

beforeAll(async () => {
  const seed = await loadFixtureGrids(buildSeedWorkbook);
  // The seed as the officer has it before totalling: both 总分 cells still empty.
  grids = seed.map((g) => ({ ...g, cells: g.cells.map((r) => r && [...r]) }));
  for (const sheet of ['附件2', '附件3'] as const) {
    const { total } = landmarks(sheet);
    grids.find((g) => g.name === sheet)!.cells[total.row][total.col] = undefined;
  }
  // …and the 附件2 个贷率 row without its 偏差原因 yet.
  const dept = grids.find((g) => g.name === '附件2')!;
  const { loan } = landmarks('附件2');
  const noteCol = dept.cells[loan.row].length - 1;
  dept.cells[loan.row] = [...dept.cells[loan.row]];
  dept.cells[loan.row][noteCol] = undefined;
  loanNote = { row: loan.row, col: noteCol, address: toA1(loan.row, noteCol) };
  const [pane, host] = await Promise.all([paneDir(), bundleFakeHost()]);
  fakeOffice = host;
  if (pane.built) builtDir = pane.dir;
  server = await serveStatic(pane.dir);
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (builtDir) fs.rmSync(builtDir, { recursive: true, force: true });
});

/** Office's dark theme, as Office.context.officeTheme reports it, put on the host's Office object when it installs. */
const DARK_THEME = () => {
  let office: unknown;
  Object.defineProperty(window, 'Office', {
    configurable: true,
    get: () => office,
    set: (v: { context?: Record<string, unknown> }) => {
      office = v;
      if (v?.context)
        v.context.officeTheme = {
          bodyBackgroundColor: '#292929',
          bodyForegroundColor: '#FFFFFF',
          controlBackgroundColor: '#1F1F1F',
          controlForegroundColor: '#FFFFFF',
        };
    },
  });
};

async function openPane(
  width = PANE_WIDTH,
  dark = false,
): Promise<{ page: Page; outside: string[]; errors: string[] }> {
  // Reduced motion: axe samples colours at once, not halfway through a button's enable transition.
  const page = await browser.newPage({ viewport: { width, height: 900 }, reducedMotion: 'reduce' });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // anything the page's Content-Security-Policy refused (Chromium reports it on the console)
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) errors.push(m.text());
  });
  const outside = await guardNetwork(page, fakeOffice);
  await injectWorkbook(page, grids);
  if (dark) await page.addInitScript(DARK_THEME);
  await page.goto(`${server.origin}/taskpane.html`);
  return { page, outside, errors };
}

/** axe-core's violations on the page as it is now (rule id: nodes). */
async function axeViolations(page: Page): Promise<string[]> {
  // evaluated through DevTools, not as an inline <script>: the page's Content-Security-Policy refuses those (as it should)
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE);
  const found = await page.evaluate(async () => {
    const r = await (
      window as unknown as {
        axe: { run(ctx: Document): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe.run(document);
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  return found;
}

const cards = (page: Page) => page.getByRole('list', { name: '问题列表' }).locator('[data-finding]');

const hostCell = (page: Page, sheet: string, address: string) =>
  page.evaluate(([s, a]) => (window as unknown as HostWindow).__jixiaoHost.cell(s, a) ?? null, [
    sheet,
    address,
  ] as const);

const hostGrids = (page: Page) => page.evaluate(() => (window as unknown as HostWindow).__jixiaoHost.toGrids());

it('lists the problems on open, walks them, fixes one in a click and undoes it, writes 98 and reverts exactly, all on localhost', async () => {
  const { page, outside, errors } = await openPane();
  const dept = landmarks('附件2');
  const project = landmarks('附件3');

  // The page carries its Content-Security-Policy: own origin only, inline blocks by hash.
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toMatch(/^default-src 'self'; script-src 'self' 'sha256-/);
  expect(csp).toMatch(/connect-src 'self'/);
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);

  // On open, without a click: the tables and the problems, errors first.
  await page.getByRole('heading', { name: '找到 3 张表格' }).waitFor();
  await cards(page).first().waitFor();
  const before = await hostGrids(page);
  expect(await hostCell(page, '附件2', dept.total.address)).toBeNull();
  const loanCard = cards(page).filter({ hasText: `附件2!${loanNote.address}` }); // its most severe finding: the missing note
  await expect(loanCard.innerText()).resolves.toMatch(/未达标 · 2\.住房公积金个贷率/);
  expect(await axeViolations(page)).toEqual([]);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, 'taskpane-320-light-open.png') });

  // 「下一个问题」 walks them in severity order and selects each cell.
  const n = await cards(page).count();
  const rank = { 错误: 0, 警告: 1, 提示: 2 } as Record<string, number>;
  let last = -1;
  for (let i = 0; i < Math.min(n, 5); i++) {
    await page.getByRole('button', { name: '下一个问题' }).click();
    const card = cards(page).nth(i);
    await expect(card.getAttribute('aria-current')).resolves.toBe('true');
    const text = await card.innerText();
    const where = /(附件\d)!([A-Z]+\d+)/.exec(text)!;
    await page.waitForFunction(
      ([sh, a]) => {
        const sel = (window as unknown as HostWindow).__jixiaoHost.doc.selection;
        return sel?.sheet === sh && sel.address === a;
      },
      [where[1], where[2]] as const,
    );
    const sev = rank[/^(错误|警告|提示)/.exec(text.trim())![1]];
    expect(sev).toBeGreaterThanOrEqual(last);
    last = sev;
    await page.getByText(`${i + 1}/${n}`, { exact: true }).waitFor();
  }

  // A one-click fix: 起草偏差原因 writes the note and selects its cell; 「撤销上次写入」 takes it back.
  await loanCard.getByRole('button', { name: '起草偏差原因' }).click();
  await page.getByText(`已写入 附件2!${loanNote.address}`).waitFor();
  expect(String((await hostCell(page, '附件2', loanNote.address))?.value)).toMatch(/^实际完成59\.22%/);
  expect(await page.evaluate(() => (window as unknown as HostWindow).__jixiaoHost.doc.selection)).toEqual({
    sheet: '附件2',
    address: loanNote.address,
  });
  expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);
  await page.getByRole('button', { name: '撤销上次写入' }).click();
  await page.getByText(/已恢复 \d+ 个单元格/).waitFor();
  expect(await hostGrids(page)).toEqual(before);

  // 「一键重算」 writes 98 into both 总分 cells and highlights the 个贷率 rows; 个贷率 stays near the top.
  await page.getByRole('button', { name: '一键重算', exact: true }).click();
  await page.getByText(/已写入 \d+ 个单元格/).waitFor();
  expect((await hostCell(page, '附件2', dept.total.address))?.value).toBe(98);
  expect((await hostCell(page, '附件3', project.total.address))?.value).toBe(98);
  expect((await hostCell(page, '附件2', dept.loan.address))?.fill).toBe('#FFC7CE');
  expect((await hostCell(page, '附件3', project.loan.address))?.fill).toBe('#FFC7CE');
  expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);
  const firstLoan = cards(page).filter({ hasText: '个贷率' }).first();
  const box = await firstLoan.boundingBox();
  expect(box!.y).toBeLessThan(900); // visible without scrolling at 320×900
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: SCREENSHOT, fullPage: true });
  await page.screenshot({ path: path.join(ARTIFACTS, 'taskpane-320-light.png') });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(PANE_WIDTH); // nothing overflows sideways at 320 px

  // 「撤销上次写入」 restores every value, formula and fill.
  await page.getByRole('button', { name: '撤销上次写入' }).click();
  await page.getByText(/已恢复 \d+ 个单元格/).waitFor();
  expect(await hostGrids(page)).toEqual(before);

  expect(errors).toEqual([]);
  expect(outside).toEqual([]);
  await page.close();
}, 120_000);

it.each([
  [450, false],
  [320, true],
  [450, true],
])(
  'at %i px (dark: %p) lists the problems on open, with nothing overflowing and nothing for axe',
  async (width, dark) => {
    const { page, outside, errors } = await openPane(width, dark);
    await cards(page).first().waitFor();
    if (dark) {
      const bg = await page.evaluate(
        () => getComputedStyle(document.querySelector('main')!.parentElement!).backgroundColor,
      );
      expect(bg).not.toBe('rgb(255, 255, 255)');
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, `taskpane-${width}-${dark ? 'dark' : 'light'}.png`) });
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  },
  90_000,
);
