// `npm run bench`: prints every benchmark figure the issues ask for (core, bureau batch, Excel layer, task pane).
import { benchCore } from './core';
import { benchBatch } from './batch';

async function main(): Promise<void> {
  const sections: [string, () => Promise<string[]>][] = [
    ['scoring core', benchCore],
    ['bureau batch', benchBatch],
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
