// Browser entry of the in-memory Excel host: bundle it before the add-in's pages in a browser test.
// It reads the workbook from `window.__JIXIAO_FAKE_WORKBOOK__` (SheetGrid[]) and options from
// `window.__JIXIAO_FAKE_OPTIONS__` (FakeHostOptions), installs `window.Excel` and `window.Office`, and
// exposes the FakeWorkbook as `window.__jixiaoHost` for assertions (syncCount, toGrids(), cell() …).

import type { SheetGrid } from '../../../src/workbook/grid';
import { FakeWorkbook, type FakeHostOptions } from './host';

interface FakeWindow {
  __JIXIAO_FAKE_WORKBOOK__?: SheetGrid[];
  __JIXIAO_FAKE_OPTIONS__?: FakeHostOptions;
  __jixiaoHost?: FakeWorkbook;
}

export function installFakeExcel(target: Record<string, unknown> & FakeWindow): FakeWorkbook {
  const host = FakeWorkbook.fromGrids(target.__JIXIAO_FAKE_WORKBOOK__ ?? [], target.__JIXIAO_FAKE_OPTIONS__ ?? {});
  host.install(target);
  target.__jixiaoHost = host;
  return host;
}

if (typeof window !== 'undefined') installFakeExcel(window as unknown as Record<string, unknown> & FakeWindow);
