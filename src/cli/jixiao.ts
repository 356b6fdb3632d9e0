#!/usr/bin/env node
// Entry point of the `jixiao` command (package bin). All logic lives in ./main.
import { run } from './main';

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`jixiao：${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
