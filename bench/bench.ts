// `npm run bench`: prints every benchmark figure the issues ask for (core, bureau batch, Excel layer, task pane).
import { benchCore } from './core';
import { benchBatch } from './batch';
import { benchExcel } from './excel';
import { benchTaskpane } from './taskpane';

async function main(): Promise<void> {
  const sections: [string, () => Promise<string[]>][] = [
    ['scoring core', benchCore],
    ['bureau batch', benchBatch],
    ['Excel layer (in-memory host)', benchExcel],
    ['task pane (headless Chromium)', benchTaskpane],
  ];
  for (const [name, fn] of sections) {
    console.log(`== ${name}`);
    for (const line of await fn()) console.log(`  ${line}`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
