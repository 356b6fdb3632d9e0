// Renders the task pane over a FakeSession with the real engine (recalculate + rule profiles), as
// Excel would show it, for the component tests.

import { deserialize, serialize } from 'node:v8';
import { configure, render, screen, waitFor } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { zhCN, type PaneStrings } from '../../src/i18n/pane';
import { paneEngine } from '../../src/taskpane/engine';
import type { AssistantTiming } from '../../src/taskpane/useAssistant';
import type { SheetGrid } from '../../src/workbook/grid';
import { FakeSession } from './fakeSession';

/** jsdom lacks a few APIs: structuredClone (loadFixtureGrids copies with it), ResizeObserver and scrollIntoView (Fluent). */
export function installBrowserShims(): void {
  // Waits end when the awaited state appears; the limit only bounds a test that fails (a loaded 2-core
  // machine takes seconds to render a dialog — the 1 s default made the reopened preview flaky).
  configure({ asyncUtilTimeout: 15_000 });
  const g = globalThis as unknown as Record<string, unknown>;
  if (!g.structuredClone) g.structuredClone = <T,>(v: T): T => deserialize(serialize(v)) as T;
  if (!g.ResizeObserver) {
    g.ResizeObserver = class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    };
  }
  if (typeof Element !== 'undefined' && !Element.prototype.scrollIntoView) {
    Element.prototype.scrollIntoView = function scrollIntoView() {};
  }
}

export interface PaneOptions {
  strings?: PaneStrings;
  timing?: AssistantTiming;
}

export function renderPane(session: FakeSession, options: PaneOptions = {}) {
  const load = async () => ({ session, engine: paneEngine });
  return render(<App strings={options.strings ?? zhCN} load={load} timing={options.timing} />);
}

/** Renders and waits until the scan on open has finished (the 「一键重算」 button is enabled or nothing was found). */
export async function openPane(grids: SheetGrid[], options: PaneOptions = {}) {
  const session = new FakeSession(grids);
  const view = renderPane(session, options);
  const s = options.strings ?? zhCN;
  await waitFor(() => expect(session.reads).toBeGreaterThan(0));
  await waitFor(() => expect(screen.getByRole('main').getAttribute('aria-busy')).toBe('false'));
  await screen.findByRole('button', { name: s.checkOnly });
  // The problem list is its own chunk: wait for it (or for the pane saying there is nothing or what failed).
  await waitFor(() =>
    expect(
      screen.queryByRole('button', { name: s.nextIssue }) ??
        screen.queryByText(s.nothingFoundTitle) ??
        screen.queryByRole('alert'),
    ).toBeTruthy(),
  );
  return { session, view };
}

/** Every non-empty cell's value, formula and fill by address, to compare a workbook before and after. */
export function workbookState(grids: SheetGrid[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const g of grids) {
    g.cells.forEach((row, r) =>
      row?.forEach((c, col) => {
        if (!c || ((c.value === null || c.value === '') && !c.formula && !c.fill)) return;
        out[`${g.name}!${r},${col}`] = { v: c.value, f: c.formula ?? null, fill: c.fill ?? null };
      }),
    );
  }
  return out;
}
