// Checks a list of files, in the CLI's own thread or spread over worker threads (`--jobs`), and hands the results
// back in file order. Each worker reads, checks and (with --out) writes one file at a time and returns only the
// small report and summary rows, so memory stays flat in the number of files. A worker that dies takes only its
// current file down: that file becomes a row with the reason, and a fresh worker carries on.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { RuleProfile } from '../domain/profile';
import type { CheckedFile } from './checkFile';
import { errorReport, unreadableRow } from './report';

/** What a worker is started with. */
export interface WorkerSetup {
  profile: RuleProfile;
  outDir?: string;
}

/** Main → worker: check this file. Worker → main: its result. */
export interface WorkerJob {
  index: number;
  file: string;
}
export interface WorkerDone {
  index: number;
  result: CheckedFile;
}

/** The compiled worker script next to this module, or null when running from TypeScript sources (tests). */
export function workerScript(): string | null {
  if (!__filename.endsWith('.js')) return null;
  const script = path.join(__dirname, 'checkWorker.js');
  return fs.existsSync(script) ? script : null;
}

/** Calls `each` with every file's result, in file order; `jobs` > 1 checks that many files at a time. */
export async function checkFiles(
  files: string[],
  setup: WorkerSetup,
  jobs: number,
  each: (index: number, result: CheckedFile) => void,
): Promise<void> {
  const script = workerScript();
  const n = Math.min(Math.max(1, Math.floor(jobs)), files.length);
  if (n <= 1 || script === null) {
    const { checkFile } = await import('./checkFile');
    for (const [i, file] of files.entries()) each(i, await checkFile(file, setup.profile, setup.outDir));
    return;
  }
  await inWorkers(files, setup, n, script, each);
}

function inWorkers(files: string[], setup: WorkerSetup, n: number, script: string, each: (index: number, result: CheckedFile) => void): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = new Map<number, CheckedFile>();
    let next = 0; // next file to hand out
    let emitted = 0; // results passed to `each`, in order
    const workers = new Set<Worker>();

    const finish = (index: number, result: CheckedFile) => {
      done.set(index, result);
      while (done.has(emitted)) {
        const r = done.get(emitted)!;
        done.delete(emitted);
        each(emitted, r);
        emitted++;
      }
      if (emitted === files.length) {
        for (const w of workers) void w.terminate();
        workers.clear();
        resolve();
      }
    };

    const start = () => {
      const worker = new Worker(script, { workerData: setup });
      workers.add(worker);
      let current: WorkerJob | null = null;
      const feed = () => {
        if (next >= files.length) {
          current = null;
          workers.delete(worker);
          void worker.terminate();
          return;
        }
        current = { index: next, file: files[next] };
        next++;
        worker.postMessage(current);
      };
      worker.on('message', (m: WorkerDone) => {
        finish(m.index, m.result);
        if (emitted < files.length) feed();
      });
      const lost = (why: string) => {
        if (!workers.has(worker)) return; // retired after its last file
        workers.delete(worker);
        if (current) {
          const message = `检查 ${path.basename(current.file)} 时出错：${why}`;
          const job = current;
          current = null;
          finish(job.index, { report: errorReport(job.file, message), summary: [unreadableRow(job.file, message)] });
        }
        if (emitted < files.length && next < files.length) start();
      };
      worker.on('error', (e: Error) => lost(e.message));
      worker.on('exit', (code) => lost(`检查进程意外退出（${code}）`));
      feed();
    };

    for (let i = 0; i < n; i++) start();
  });
}
