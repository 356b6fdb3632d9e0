// Runs batches against Excel the way Excel needs: one Excel.run at a time (a queue shared by every
// session in this JavaScript runtime), delayForCellEdit so a user typing in a cell makes Excel wait
// instead of failing, and a timeout around the first sync (which can hang on Excel on the web) with
// one retry. Every error leaves as a WorkbookError with a zh-CN message.

/// <reference types="office-js" />

import { WorkbookError } from '../workbook/host';
import { richApiCode, toWorkbookError } from './errors';
import { excelMessages as m } from '../i18n/zh-CN/excel';
import type { OfficeShell } from './shell';

/**
 * The globals this layer uses (injectable for tests): Excel.run, and the Office shell — document settings,
 * requirement sets, and the calls of the pane's entry and the ribbon (shell.ts).
 */
export interface OfficeHost {
  Excel: { run: typeof Excel.run };
  Office?: OfficeShell;
}

/** The host from the page's globals (window.Excel / window.Office). */
function globalHost(): OfficeHost {
  const g = globalThis as unknown as { Excel?: OfficeHost['Excel']; Office?: OfficeHost['Office'] };
  if (!g.Excel) throw new WorkbookError(m.notSupported, 'no-host');
  return { Excel: g.Excel, Office: g.Office };
}

/** `sync()` for a batch: counts as context.sync(); the first one of a run is guarded by the timeout. */
export type Sync = () => Promise<void>;
type Batch<T> = (context: Excel.RequestContext, sync: Sync) => Promise<T>;

/** A FIFO of actions: each starts when the previous one has settled. */
export class RunQueue {
  private tail: Promise<unknown> = Promise.resolve();
  enqueue<T>(action: () => Promise<T>): Promise<T> {
    const next = this.tail.then(action, action);
    this.tail = next.catch(() => undefined);
    return next;
  }
}

/**
 * Shared by every session in this JavaScript runtime. The pane and the ribbon's function file are two
 * runtimes (no shared runtime), each with its own queue: their batches can interleave, which the
 * record's revision check guards against (session.ts).
 */
const sharedQueue = new RunQueue();

class FirstSyncTimeout extends Error {}

/** Excel's errors (they carry a RichApi `code`) become WorkbookErrors; anything else is a bug and passes unchanged. */
function fromExcel(e: unknown): unknown {
  return e instanceof WorkbookError || richApiCode(e) !== undefined ? toWorkbookError(e) : e;
}

interface RunnerOptions {
  host?: OfficeHost;
  queue?: RunQueue;
  /** Milliseconds the first sync of a run may take before the run is retried once (default 15 s). */
  firstSyncTimeoutMs?: number;
}

export class ExcelRunner {
  readonly queue: RunQueue;
  readonly firstSyncTimeoutMs: number;
  private readonly explicitHost?: OfficeHost;

  constructor(options: RunnerOptions = {}) {
    this.explicitHost = options.host;
    this.queue = options.queue ?? sharedQueue;
    this.firstSyncTimeoutMs = options.firstSyncTimeoutMs ?? 15000;
  }

  get host(): OfficeHost {
    return this.explicitHost ?? globalHost();
  }

  /** Queues `batch`; it runs inside one Excel.run. `batch` must be safe to run twice up to its first sync (reads only). */
  run<T>(batch: Batch<T>): Promise<T> {
    return this.queue.enqueue(() => this.runNow(batch));
  }

  private async runNow<T>(batch: Batch<T>): Promise<T> {
    try {
      return await this.attempt(batch);
    } catch (e) {
      if (!(e instanceof FirstSyncTimeout)) throw fromExcel(e);
    }
    try {
      return await this.attempt(batch);
    } catch (e) {
      if (e instanceof FirstSyncTimeout) {
        throw new WorkbookError(m.timeout(Math.max(1, Math.round(this.firstSyncTimeoutMs / 1000))), 'timeout');
      }
      throw fromExcel(e);
    }
  }

  private attempt<T>(batch: Batch<T>): Promise<T> {
    const timeoutMs = this.firstSyncTimeoutMs;
    return this.host.Excel.run({ delayForCellEdit: true }, async (context) => {
      let first = true;
      const sync: Sync = async () => {
        if (!first) {
          await context.sync();
          return;
        }
        first = false;
        let timer: ReturnType<typeof setTimeout> | undefined;
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new FirstSyncTimeout('first sync timed out')), timeoutMs);
        });
        try {
          await Promise.race([context.sync(), timeout]);
        } finally {
          clearTimeout(timer);
        }
      };
      return batch(context, sync);
    });
  }
}
