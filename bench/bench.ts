// `npm run bench`: prints every benchmark figure the issues ask for (core, bureau batch, Excel layer, task pane).
// `node dist/bench/bench.js batch` (or core, excel, taskpane) runs only the sections named.

async function main(): Promise<void> {
  const sections: [string, string, () => Promise<string[]>][] = [
    // loaded on demand: a section's modules (the task pane's browser harness) load only when it runs
    ['core', 'scoring core', async () => (await import('./core')).benchCore()],
    ['batch', 'bureau batch', async () => (await import('./batch')).benchBatch()],
    ['hostile', 'hostile inputs (peak RSS)', async () => (await import('./hostile')).benchHostile()],
    ['excel', 'Excel layer (in-memory host)', async () => (await import('./excel')).benchExcel()],
    ['taskpane', 'task pane (headless Chromium)', async () => (await import('./taskpane')).benchTaskpane()],
  ];
  const only = process.argv.slice(2);
  const unknown = only.filter((o) => !sections.some(([id]) => id === o));
  if (unknown.length)
    throw new Error(`unknown section ${unknown.join(', ')}; sections: ${sections.map(([id]) => id).join(', ')}`);
  for (const [id, name, fn] of sections) {
    if (only.length && !only.includes(id)) continue;
    console.log(`== ${name}`);
    for (const line of await fn()) console.log(`  ${line}`);
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
