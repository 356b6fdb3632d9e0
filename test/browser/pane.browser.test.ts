// The built task pane in headless Chromium, with the in-memory Excel host in place of Excel and the
// seed department's workbook loaded: the tables appear, 「一键重算」 writes the 总分 98 and highlights
// 个贷率, clicking the 个贷率 finding selects its cell, 「撤销上次写入」 restores the workbook exactly,
// and nothing is requested from any host but localhost; the page's Content-Security-Policy is in place
// and refuses nothing the pane needs.

import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildSeedWorkbook, fixtureTables } from '../../scripts/fixtures';
import type { SheetGrid } from '../../src/workbook/grid';
import { toA1 } from '../../src/workbook/grid';
import { loadFixtureGrids } from '../support/grids';
import type { FakeWorkbook } from '../support/fakeExcel/host';
import { bundleFakeHost, guardNetwork, injectWorkbook, launchChromium, paneDir, ROOT, serveStatic, type StaticServer } from './harness';

const SCREENSHOT = path.join(ROOT, 'test-artifacts', 'taskpane.png');
const PANE_WIDTH = 340;

let browser: Browser;
let server: StaticServer;
let builtDir: string | undefined;
let fakeOffice: string;
let grids: SheetGrid[];

type HostWindow = Window & { __jixiaoHost: FakeWorkbook };

/** Where the 总分 and the 个贷率 score sit on a sheet of the seed. */
function landmarks(sheet: '附件2' | '附件3') {
  const table = fixtureTables('seed').find((t) => t.sheet === sheet && t.kind !== 'other')!;
  const total = table.marks.total;
  const g = grids.find((x) => x.name === sheet)!;
  const row = g.cells.findIndex((r) => r?.some((c) => typeof c?.value === 'string' && c.value.startsWith('2.住房公积金个贷率')));
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

async function openPane(): Promise<{ page: Page; outside: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: PANE_WIDTH, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // anything the page's Content-Security-Policy refused (Chromium reports it on the console)
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) errors.push(m.text());
  });
  const outside = await guardNetwork(page, fakeOffice);
  await injectWorkbook(page, grids);
  await page.goto(`${server.origin}/taskpane.html`);
  return { page, outside, errors };
}

const hostCell = (page: Page, sheet: string, address: string) =>
  page.evaluate(([s, a]) => (window as unknown as HostWindow).__jixiaoHost.cell(s, a) ?? null, [sheet, address] as const);

const hostGrids = (page: Page) => page.evaluate(() => (window as unknown as HostWindow).__jixiaoHost.toGrids());

it('finds the tables, writes 98 and highlights 个贷率, jumps to its cell and reverts exactly, all on localhost', async () => {
  const { page, outside, errors } = await openPane();
  const dept = landmarks('附件2');
  const project = landmarks('附件3');

  // The page carries its Content-Security-Policy: own origin only, inline blocks by hash.
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toMatch(/^default-src 'self'; script-src 'self' 'sha256-/);
  expect(csp).toMatch(/connect-src 'self'/);
  expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);

  // The tables appear.
  await page.getByRole('heading', { name: '找到 3 张表格' }).waitFor();
  await page.getByRole('region', { name: /^附件2 / }).waitFor();
  const before = await hostGrids(page);
  expect(await hostCell(page, '附件2', dept.total.address)).toBeNull();

  // 「一键重算」 writes 98 into both 总分 cells and highlights the 个贷率 rows.
  await page.getByRole('button', { name: '一键重算', exact: true }).click();
  await page.getByText(/已写入 \d+ 个单元格/).waitFor();
  expect((await hostCell(page, '附件2', dept.total.address))?.value).toBe(98);
  expect((await hostCell(page, '附件3', project.total.address))?.value).toBe(98);
  expect((await hostCell(page, '附件2', dept.loan.address))?.fill).toBe('#FFC7CE');
  expect((await hostCell(page, '附件3', project.loan.address))?.fill).toBe('#FFC7CE');

  // Clicking the 个贷率 finding selects its cell in Excel.
  const finding = page.getByRole('button', { name: new RegExp(`附件2!${dept.loan.address} .*个贷率.*59\\.22%`) });
  await finding.click();
  await page.waitForFunction(() => !!(window as unknown as HostWindow).__jixiaoHost.doc.selection);
  expect(await page.evaluate(() => (window as unknown as HostWindow).__jixiaoHost.doc.selection)).toEqual({
    sheet: '附件2',
    address: dept.loan.address,
  });

  // The pane with results, at task pane width, for a person to look at.
  fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
  await page.screenshot({ path: SCREENSHOT, fullPage: true });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(PANE_WIDTH); // nothing overflows sideways at 340 px

  // 「撤销上次写入」 restores every value, formula and fill.
  await page.getByRole('button', { name: '撤销上次写入' }).click();
  await page.getByText(/已恢复 \d+ 个单元格/).waitFor();
  expect(await hostGrids(page)).toEqual(before);

  expect(errors).toEqual([]);
  expect(outside).toEqual([]);
  await page.close();
}, 90_000);
