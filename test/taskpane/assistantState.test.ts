// The pane's state transitions, as pure functions: a run, its failure, an edit marking results stale
// (never during the tool's own run or its quiet time after), and a rerun clearing it.

import { INITIAL_STATE, reduce, type AssistantState } from '../../src/taskpane/assistantState';
import type { CheckResult } from '../../src/workbook/check';
import { DEFAULT_SETTINGS } from '../../src/taskpane/settings';

const result = { tables: [], findings: [], plan: { writes: [], conflicts: [], fills: [] } } as unknown as CheckResult;

function ready(): AssistantState {
  return reduce(INITIAL_STATE, { type: 'loaded', settings: DEFAULT_SETTINGS, acknowledged: {}, profiles: [] });
}

function scanned(at = 1000, quietMs = 500): AssistantState {
  const started = reduce(ready(), { type: 'runStarted', busy: 'scan' });
  return reduce(started, { type: 'runFinished', patch: { result }, at, quietMs, reads: true });
}

describe('assistant state', () => {
  it('a run sets busy, clears the last message, and its end shows the result and counts the run', () => {
    const withNotice = { ...ready(), notice: { intent: 'info' as const, text: 'x' } };
    const started = reduce(withNotice, { type: 'runStarted', busy: 'check' });
    expect(started).toMatchObject({ busy: 'check', notice: null, error: null });
    const done = reduce(started, { type: 'runFinished', patch: { result }, at: 10, quietMs: 5, reads: true });
    expect(done).toMatchObject({ busy: null, result, runs: 1, quietUntil: 15 });
  });

  it('a failed run keeps the last result, shows the error and counts the run', () => {
    const s = scanned();
    const failed = reduce(reduce(s, { type: 'runStarted', busy: 'write' }), {
      type: 'runFailed',
      error: { message: '受保护' },
      at: 2000,
      quietMs: 0,
    });
    expect(failed).toMatchObject({ busy: null, result, error: { message: '受保护' }, runs: 2 });
  });

  it('an edit after the quiet time marks the results stale; a run that reads clears it', () => {
    const s = scanned(1000, 500);
    const edited = reduce(s, { type: 'changed', at: 1600 });
    expect(edited.stale).toBe(true);
    expect(reduce(edited, { type: 'changed', at: 1700 })).toBe(edited); // nothing new to say
    const rerun = reduce(reduce(edited, { type: 'runStarted', busy: 'check' }), {
      type: 'runFinished',
      patch: { result },
      at: 3000,
      quietMs: 0,
      reads: true,
    });
    expect(rerun.stale).toBe(false);
  });

  it('ignores change events during the tool’s own run and its quiet time, and before the first scan', () => {
    expect(reduce(ready(), { type: 'changed', at: 5 }).stale).toBe(false);
    const s = scanned(1000, 500);
    expect(reduce(s, { type: 'changed', at: 1400 }).stale).toBe(false);
    const running = reduce(s, { type: 'runStarted', busy: 'write' });
    expect(reduce(running, { type: 'changed', at: 9999 }).stale).toBe(false);
  });

  it('an export (which does not read the workbook) leaves a stale mark in place', () => {
    const edited = reduce(scanned(1000, 0), { type: 'changed', at: 2000 });
    const exported = reduce(reduce(edited, { type: 'runStarted', busy: 'export' }), {
      type: 'runFinished',
      patch: {},
      at: 3000,
      quietMs: 0,
      reads: false,
    });
    expect(exported.stale).toBe(true);
  });

  it('a load failure without a backend leaves the pane failed; with one, ready with the error', () => {
    expect(reduce(INITIAL_STATE, { type: 'loadFailed', error: { message: 'x' }, backend: false }).status).toBe(
      'failed',
    );
    expect(reduce(INITIAL_STATE, { type: 'loadFailed', error: { message: 'x' }, backend: true }).status).toBe('ready');
  });
});
