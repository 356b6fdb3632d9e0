// A worker thread of `jixiao check --jobs N`: checks the files the main thread sends, one at a time, and posts
// back each file's report and summary rows (see pool.ts).

import { parentPort, workerData } from 'node:worker_threads';
import { checkFile } from './checkFile';
import type { WorkerDone, WorkerJob, WorkerSetup } from './pool';

const setup = workerData as WorkerSetup;
parentPort?.on('message', (job: WorkerJob) => {
  void checkFile(job.file, setup.profile, setup.outDir).then((result) => {
    const done: WorkerDone = { index: job.index, result };
    parentPort?.postMessage(done);
  });
});
