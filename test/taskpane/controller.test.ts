// The pane's controller without React: it runs the effects (reads, writes, the change listener) and
// dispatches to the reducer; the test steps through them by awaiting each and holding the session,
// with an injected clock — no sleeping.

import { buildSeedWorkbook } from '../../scripts/fixtures';
import { paneEngine } from '../../src/taskpane/engine';
import { zhCN } from '../../src/i18n/pane';
import { AssistantController } from '../../src/taskpane/useAssistant';
import type { SheetGrid } from '../../src/workbook/grid';
import { loadFixtureGrids } from '../support/grids';
import { FakeSession } from './fakeSession';
import { installBrowserShims } from './renderPane';

installBrowserShims();

let seed: SheetGrid[];
beforeAll(async () => {
  seed = await loadFixtureGrids(buildSeedWorkbook);
});

function controller(session: FakeSession, clock: { now: number }) {
  return new AssistantController(async () => ({ session, engine: paneEngine }), zhCN, {
    ownWriteQuietMs: 1000,
    now: () => clock.now,
  });
}

it('scans once on start, then an edit only marks the results stale — no call — until the officer checks again', async () => {
  const session = new FakeSession(seed);
  const clock = { now: 0 };
  const c = controller(session, clock);
  await c.start();
  expect(c.getState()).toMatchObject({ status: 'ready', busy: null, stale: false });
  expect(c.getState().result?.tables).toHaveLength(3);
  expect(session.reads).toBe(1);
  expect(session.listeners).toBe(1);

  const calls = session.calls;
  clock.now = 5000;
  session.edit('附件2', 200, 0, '备注');
  expect(c.getState().stale).toBe(true);
  expect(session.calls).toBe(calls);

  await c.check();
  expect(c.getState()).toMatchObject({ stale: false, busy: null });
  expect(session.reads).toBe(2);
  c.stop();
  expect(session.listeners).toBe(0);
});

it('is busy while a run is held, and a change event during the run or its quiet time is its own write', async () => {
  const session = new FakeSession(seed);
  const clock = { now: 0 };
  const c = controller(session, clock);
  await c.start();
  const release = session.hold();
  const running = c.check();
  expect(c.getState().busy).toBe('check');
  session.edit('附件2', 200, 0, 'x'); // arrives mid-run
  expect(c.getState().stale).toBe(false);
  release();
  await running;
  clock.now += 500; // within the quiet time after the run
  session.edit('附件2', 201, 0, 'y');
  expect(c.getState().stale).toBe(false);
  clock.now += 1000;
  session.edit('附件2', 202, 0, 'z');
  expect(c.getState().stale).toBe(true);
  c.stop();
});
