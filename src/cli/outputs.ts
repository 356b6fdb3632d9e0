// Where `jixiao check` writes, decided before any file is checked: one scored copy per input (two inputs of the
// same name from different folders keep a copy each, in the input's own folder under --out), never over an input,
// and folders created one level at a time so that an impossible path fails at once with a zh-CN reason.

import * as fs from 'node:fs';
import * as path from 'node:path';
import { cliMessages as m } from '../i18n/zh-CN/cli';

type Errno = NodeJS.ErrnoException & { blocker?: string };

const codeOf = (e: unknown): string | undefined => (e as NodeJS.ErrnoException | undefined)?.code;

function errno(code: string, blocker: string): Errno {
  const e: Errno = new Error(code);
  e.code = code;
  e.blocker = blocker;
  return e;
}

/**
 * Creates `dir` and its missing parents, one level at a time. Not fs.mkdir's recursive mode: on a path under /proc
 * (where mkdir answers ENOENT although the parent exists) Node's recursive mkdir retries forever.
 * Throws the system error, with `blocker` naming the path in the way (a file where a folder should be, or the folder
 * a new one could not be made in).
 */
export function ensureDir(dir: string): void {
  const missing: string[] = [];
  let d = path.resolve(dir);
  for (;;) {
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(d);
    } catch (e) {
      const code = codeOf(e);
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw Object.assign(e as Errno, { blocker: d });
    }
    if (stat) {
      if (!stat.isDirectory()) throw errno('ENOTDIR', d);
      break;
    }
    missing.push(d);
    const up = path.dirname(d);
    if (up === d) break;
    d = up;
  }
  for (const m of missing.reverse()) {
    try {
      fs.mkdirSync(m);
    } catch (e) {
      if (codeOf(e) === 'EEXIST' && fs.statSync(m).isDirectory()) continue; // made meanwhile
      throw Object.assign(e as Errno, { blocker: path.dirname(m) });
    }
  }
}

/** The zh-CN sentence for an output that could not be written. */
export function cannotWrite(what: keyof typeof m.what, target: string, e: unknown): string {
  const err = e as Errno;
  return m.cannotWrite(m.what[what], target, m.reason(codeOf(err), err?.blocker));
}

/** Creates the folder a file will be written to, and refuses a path that is an existing folder. */
export function prepareFileOutput(file: string): void {
  ensureDir(path.dirname(path.resolve(file)));
  let isDir = false;
  try {
    isDir = fs.statSync(file).isDirectory();
  } catch {
    // not there yet: fine
  }
  if (isDir) throw errno('EISDIR', file);
}

const copyName = (file: string, suffix = '') => `${path.basename(file).replace(/\.xlsx$/i, '')}${suffix}.scored.xlsx`;

/** 'a/b/单位.xlsx' + 'out' → 'out/单位.scored.xlsx': where --out puts a file's copy when no other input shares its name. */
export function scoredCopyPath(file: string, outDir: string): string {
  return path.join(outDir, copyName(file));
}

/** The deepest folder holding every one of `dirs` (absolute). */
function commonFolder(dirs: string[]): string {
  let common = dirs[0];
  for (const d of dirs.slice(1)) {
    while (common !== d && !d.startsWith(common.endsWith(path.sep) ? common : common + path.sep)) {
      const up = path.dirname(common);
      if (up === common) break;
      common = up;
    }
  }
  return common;
}

/**
 * The scored copy of each input under outDir: `<name>.scored.xlsx` when the names differ; when two inputs share a
 * name (单位A/自评表.xlsx, 单位B/自评表.xlsx), every copy goes to the input's folder relative to the folder holding
 * them all (out/单位A/自评表.scored.xlsx …); a file given twice gets ' (2)'.
 */
export function copyPaths(files: string[], outDir: string): Map<string, string> {
  const key = (p: string) => p.toLowerCase(); // Windows and macOS folders ignore case
  const names = files.map((f) => key(copyName(f)));
  const shared = new Set(names).size < names.length;
  const common = shared ? commonFolder(files.map((f) => path.dirname(path.resolve(f)))) : '';
  const taken = new Set<string>();
  const out = new Map<string, string>();
  for (const file of files) {
    let folder = outDir;
    if (shared) {
      const rel = path.relative(common, path.dirname(path.resolve(file)));
      if (!rel.startsWith('..') && !path.isAbsolute(rel)) folder = path.join(outDir, rel);
    }
    let copy = scoredCopyPath(file, folder);
    for (let k = 2; taken.has(key(path.resolve(copy))); k++) copy = path.join(folder, copyName(file, ` (${k})`));
    taken.add(key(path.resolve(copy)));
    out.set(file, copy);
  }
  return out;
}

/** 'dev:inode' of an existing file (the same file reached by a link or in other letter case), else undefined. */
function fileId(p: string): string | undefined {
  try {
    const s = fs.statSync(p);
    return `${s.dev}:${s.ino}`;
  } catch {
    return undefined;
  }
}

/**
 * Refuses outputs that would overwrite an input or one another: a zh-CN sentence naming the file, or null.
 * `targets` are [flag, path] pairs (--out's copies, --summary, --html).
 */
export function overwriteRefusal(inputs: string[], targets: [string, string][]): string | null {
  const byPath = new Map(inputs.map((f) => [path.resolve(f), f]));
  const byId = new Map<string, string>();
  for (const f of inputs) {
    const id = fileId(f);
    if (id) byId.set(id, f);
  }
  for (const [flag, target] of targets) {
    const id = fileId(target);
    const hit = byPath.get(path.resolve(target)) ?? (id === undefined ? undefined : byId.get(id));
    if (hit) return m.overwritesInput(flag, hit);
  }
  const seen = new Set<string>();
  for (const [, target] of targets) {
    const k = path.resolve(target).toLowerCase();
    if (seen.has(k)) return m.outputsCollide(target);
    seen.add(k);
  }
  return null;
}
