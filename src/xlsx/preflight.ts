// What a file holds, before exceljs loads it: exceljs keeps every cell of every sheet in memory (about 0.4 KB a
// cell) and inflates every part of the zip whole, so a 300,000-row sheet or a zip bomb ran Node out of memory.
// This reads the zip's central directory itself and inflates each part as a stream, counting — never holding more
// than one chunk — its inflated bytes (the sizes the directory claims can be forged) and, for the sheets, their
// cells (`<c` elements; a sheet's <dimension> can lie or be missing). It stops as soon as a limit is passed, so a
// 1 GiB bomb is refused after inflating the first 64 MiB. It also tells an encrypted workbook (an OLE compound file
// with an EncryptionInfo stream) from an old .xls/.et.

import * as zlib from 'node:zlib';
import { attrsOf } from './xmlScan';

interface PreflightLimits {
  /** Cells in all sheets together (counted `<c` elements). */
  cells: number;
  /** Inflated bytes of the sheets and shared strings together (the XML exceljs parses). */
  xmlBytes: number;
  /** Inflated bytes of the whole package (images and everything else included). */
  totalBytes: number;
}

export const DEFAULT_LIMITS: PreflightLimits = {
  cells: 200_000,
  xmlBytes: 64 * 1024 * 1024,
  totalBytes: 160 * 1024 * 1024,
};

export type Refusal =
  | { kind: 'cells'; sheet: string; cells: number; limit: number }
  | { kind: 'bytes'; part: string; sheet?: string; bytes: number; limit: number }
  | { kind: 'encrypted' }
  | { kind: 'oldFormat' };

interface ZipItem {
  name: string;
  method: number;
  compressedSize: number;
  declaredSize: number;
  localOffset: number;
}

/** The central directory of a zip, or null when `bytes` is not a readable zip. */
export function zipDirectory(bytes: Buffer): ZipItem[] | null {
  const min = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= min; i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  let count = bytes.readUInt16LE(eocd + 10);
  let offset = bytes.readUInt32LE(eocd + 16);
  // zip64: the end-of-directory locator points at the zip64 record with the real count and offset
  const loc = eocd - 20;
  if ((count === 0xffff || offset === 0xffffffff) && loc >= 0 && bytes.readUInt32LE(loc) === 0x07064b50) {
    const rec = Number(bytes.readBigUInt64LE(loc + 8));
    if (rec + 56 <= bytes.length && bytes.readUInt32LE(rec) === 0x06064b50) {
      count = Number(bytes.readBigUInt64LE(rec + 32));
      offset = Number(bytes.readBigUInt64LE(rec + 48));
    }
  }
  const items: ZipItem[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || bytes.readUInt32LE(p) !== 0x02014b50) return null;
    const nameLen = bytes.readUInt16LE(p + 28);
    const extraLen = bytes.readUInt16LE(p + 30);
    const commentLen = bytes.readUInt16LE(p + 32);
    const item: ZipItem = {
      name: bytes.toString('utf8', p + 46, p + 46 + nameLen),
      method: bytes.readUInt16LE(p + 10),
      compressedSize: bytes.readUInt32LE(p + 20),
      declaredSize: bytes.readUInt32LE(p + 24),
      localOffset: bytes.readUInt32LE(p + 42),
    };
    // zip64 extra field: the 64-bit values replace those saturated at 0xFFFFFFFF, in this order
    let e = p + 46 + nameLen;
    const end = e + extraLen;
    while (e + 4 <= end) {
      const id = bytes.readUInt16LE(e);
      const len = bytes.readUInt16LE(e + 2);
      if (id === 1) {
        let q = e + 4;
        const next = () => {
          const v = q + 8 <= e + 4 + len ? Number(bytes.readBigUInt64LE(q)) : 0;
          q += 8;
          return v;
        };
        if (item.declaredSize === 0xffffffff) item.declaredSize = next();
        if (item.compressedSize === 0xffffffff) item.compressedSize = next();
        if (item.localOffset === 0xffffffff) item.localOffset = next();
      }
      e += 4 + len;
    }
    items.push(item);
    p = end + commentLen;
  }
  return items;
}

/** Sheet names by part path ('xl/worksheets/sheet1.xml' → '附件3'), from workbook.xml and its relationships. */
function sheetNames(bytes: Buffer, items: ZipItem[]): Map<string, string> {
  const names = new Map<string, string>();
  const text = (name: string) => {
    const it = items.find((i) => i.name === name);
    if (!it || it.declaredSize > 8 * 1024 * 1024) return '';
    try {
      const data = rawData(bytes, it);
      return (it.method === 8 ? zlib.inflateRawSync(data, { maxOutputLength: 8 * 1024 * 1024 }) : data).toString(
        'utf8',
      );
    } catch {
      return '';
    }
  };
  const rels = new Map<string, string>();
  for (const m of text('xl/_rels/workbook.xml.rels').matchAll(/<Relationship\b[^>]*>/g)) {
    const a = attrsOf(m[0]);
    const id = a.get('Id');
    const target = a.get('Target');
    if (id && target) rels.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`);
  }
  for (const m of text('xl/workbook.xml').matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const a = attrsOf(m[0]);
    const name = a.get('name');
    const rid = a.get('r:id');
    const part = rid ? rels.get(rid) : undefined;
    if (name && part) names.set(part, name);
  }
  return names;
}

function rawData(bytes: Buffer, it: ZipItem): Buffer {
  const p = it.localOffset;
  if (p + 30 > bytes.length || bytes.readUInt32LE(p) !== 0x04034b50) throw new Error('bad local header');
  const start = p + 30 + bytes.readUInt16LE(p + 26) + bytes.readUInt16LE(p + 28);
  return bytes.subarray(start, Math.min(bytes.length, start + it.compressedSize));
}

const CELL_OPEN = 0x3c; // '<'

function isLowerOrDigit(b: number): boolean {
  return (b >= 0x61 && b <= 0x7a) || (b >= 0x30 && b <= 0x39);
}

const TAIL = 8; // longest cell start looked at: '<' + 4-letter prefix + ':' + 'c' + one byte

/**
 * Counts cell starts (`<c `, `<c>`, `<c/>`, or prefixed: `<x:c `) in `carry` + `chunk` whose first byte lies before
 * the last TAIL bytes; returns the count and those last bytes, to be looked at again with the next chunk.
 */
function countCells(chunk: Buffer, carry: Buffer): { n: number; tail: Buffer } {
  const buf = carry.length ? Buffer.concat([carry, chunk]) : chunk;
  const stop = buf.length - TAIL;
  let n = 0;
  for (let i = buf.indexOf(CELL_OPEN); i >= 0 && i < stop; i = buf.indexOf(CELL_OPEN, i + 1)) {
    let j = i + 1;
    let k = j;
    while (k < j + 4 && isLowerOrDigit(buf[k])) k++;
    if (k > j && buf[k] === 0x3a /* : */) j = k + 1;
    if (buf[j] !== 0x63 /* c */) continue;
    const after = buf[j + 1];
    if (after === 0x20 || after === 0x3e || after === 0x2f || after === 0x0a || after === 0x09 || after === 0x0d) n++;
  }
  return { n, tail: Buffer.from(buf.subarray(Math.max(0, stop))) };
}

const SMALL = 4 * 1024 * 1024;

/** A small part inflated at once (most parts of most workbooks: far quicker than a stream); null when it is not small. */
function inflateSmall(data: Buffer, it: ZipItem): Buffer | null {
  if (it.method === 0) return data.length <= SMALL ? data : null;
  if (it.method !== 8 || it.declaredSize > SMALL || data.length > SMALL) return null;
  try {
    return zlib.inflateRawSync(data, { maxOutputLength: SMALL });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) return null; // larger than it said
    throw e;
  }
}

/** Streams one part through inflate, calling `onChunk` per chunk; stops early when it returns false. */
function inflatePart(bytes: Buffer, it: ZipItem, onChunk: (chunk: Buffer) => boolean): Promise<void> {
  const data = rawData(bytes, it);
  const small = inflateSmall(data, it);
  if (small) {
    onChunk(small);
    return Promise.resolve();
  }
  if (it.method === 0) {
    for (let i = 0; i < data.length; i += 64 * 1024) if (!onChunk(data.subarray(i, i + 64 * 1024))) break;
    return Promise.resolve();
  }
  if (it.method !== 8) return Promise.resolve(); // an unknown method: exceljs will refuse the file
  return new Promise((resolve, reject) => {
    const inflater = zlib.createInflateRaw({ chunkSize: 64 * 1024 });
    let done = false;
    const finish = (e?: Error) => {
      if (done) return;
      done = true;
      inflater.removeAllListeners('data');
      inflater.destroy();
      if (e) reject(e);
      else resolve();
    };
    inflater.on('data', (chunk: Buffer) => {
      if (!done && !onChunk(chunk)) finish();
    });
    inflater.on('end', () => finish());
    inflater.on('error', (e) => finish(e));
    // fed in slices, so an early stop does not wait for the whole part to inflate
    let i = 0;
    const feed = () => {
      while (!done && i < data.length) {
        const slice = data.subarray(i, i + 16 * 1024);
        i += slice.length;
        if (!inflater.write(slice)) {
          inflater.once('drain', feed);
          return;
        }
      }
      if (!done && i >= data.length) inflater.end();
    };
    feed();
  });
}

/** DEFLATE's largest expansion (258 bytes from about 2 bits). */
const MAX_DEFLATE_RATIO = 1032;
/** Parts compressed to at most this are bounded by their compressed size instead of inflated… */
const SKIP_COMPRESSED = 4096;
/** …as long as what they could inflate to stays within this, all together. */
const SKIP_BUDGET = 32 * 1024 * 1024;

function isXmlPart(name: string): boolean {
  return /^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/i.test(name);
}

/**
 * Whether the package fits in the limits; null when it does (or is not a zip: exceljs then says it is not a
 * workbook), else the first reason it does not.
 */
export async function preflight(bytes: Buffer, limits: PreflightLimits = DEFAULT_LIMITS): Promise<Refusal | null> {
  if (isCompoundFile(bytes)) return isEncryptedPackage(bytes) ? { kind: 'encrypted' } : { kind: 'oldFormat' };
  const items = zipDirectory(bytes);
  if (!items) return null;
  const names = sheetNames(bytes, items);
  let total = 0;
  let xml = 0;
  let cells = 0;
  const perSheet = new Map<string, number>();
  // sheets and shared strings first: they are what an oversized workbook is made of
  const ordered = [...items].sort((a, b) => Number(isXmlPart(b.name)) - Number(isXmlPart(a.name)));
  // a small part other than a sheet is not inflated: DEFLATE expands at most 1032-fold, so its compressed size
  // bounds what it can become (a workbook's rels, styles, theme, properties: most of its parts)
  let unread = 0;
  for (const it of ordered) {
    if (it.name.endsWith('/')) continue;
    const isXml = isXmlPart(it.name);
    const isSheet = isXml && /worksheets\//i.test(it.name);
    if (!isSheet && it.compressedSize <= SKIP_COMPRESSED) {
      const bound = it.method === 0 ? it.compressedSize : it.compressedSize * MAX_DEFLATE_RATIO + 1024;
      if (
        unread + bound <= SKIP_BUDGET &&
        total + unread + bound <= limits.totalBytes &&
        (!isXml || xml + unread + bound <= limits.xmlBytes)
      ) {
        unread += bound;
        continue;
      }
    }
    const sheet = isSheet ? (names.get(it.name) ?? it.name) : undefined;
    let bytesHere = 0;
    let carry: Buffer = Buffer.alloc(0);
    let refusal: Refusal | null = null;
    try {
      await inflatePart(bytes, it, (chunk) => {
        bytesHere += chunk.length;
        total += chunk.length;
        if (isXml) xml += chunk.length;
        if (isSheet) {
          const { n, tail } = countCells(chunk, carry);
          carry = tail;
          cells += n;
          perSheet.set(sheet!, (perSheet.get(sheet!) ?? 0) + n);
          if (cells > limits.cells) {
            refusal = {
              kind: 'cells',
              sheet: sheet!,
              cells: estimate(perSheet.get(sheet!)!, bytesHere, it),
              limit: limits.cells,
            };
            return false;
          }
        }
        if (isXml && xml > limits.xmlBytes) {
          refusal = {
            kind: 'bytes',
            part: it.name,
            sheet,
            bytes: Math.max(bytesHere, it.declaredSize),
            limit: limits.xmlBytes,
          };
          return false;
        }
        if (total > limits.totalBytes) {
          refusal = {
            kind: 'bytes',
            part: it.name,
            sheet,
            bytes: Math.max(bytesHere, it.declaredSize),
            limit: limits.totalBytes,
          };
          return false;
        }
        return true;
      });
    } catch {
      continue; // a damaged part: exceljs says the file is not a workbook
    }
    if (refusal) return refusal;
  }
  return null;
}

/** Cells a sheet holds, estimated from those counted in its first `seen` bytes and its size the directory claims. */
function estimate(counted: number, seen: number, it: ZipItem): number {
  if (it.declaredSize <= seen || seen === 0) return counted;
  return Math.round((counted * it.declaredSize) / seen);
}

// ---------------------------------------------------------------- OLE compound files

function isCompoundFile(bytes: Buffer): boolean {
  return bytes.length >= 512 && bytes.readUInt32BE(0) === 0xd0cf11e0 && bytes.readUInt32BE(4) === 0xa1b11ae1;
}

/** Stream names of a compound file's directory (following the directory's FAT chain), [] when unreadable. */
function compoundStreamNames(bytes: Buffer): string[] {
  try {
    const sectorSize = 1 << bytes.readUInt16LE(30);
    const sectorAt = (n: number) => (n + 1) * sectorSize;
    // the FAT sectors listed in the header's DIFAT (109 entries; enough for files up to ~7 MB, more follow in DIFAT sectors)
    const fatSectors: number[] = [];
    const nFat = bytes.readUInt32LE(44);
    for (let i = 0; i < Math.min(109, nFat); i++) fatSectors.push(bytes.readUInt32LE(76 + i * 4));
    let difat = bytes.readUInt32LE(68);
    for (let guard = 0; difat < 0xfffffffa && fatSectors.length < nFat && guard < 1000; guard++) {
      const base = sectorAt(difat);
      for (let i = 0; i < sectorSize / 4 - 1 && fatSectors.length < nFat; i++)
        fatSectors.push(bytes.readUInt32LE(base + i * 4));
      difat = bytes.readUInt32LE(base + sectorSize - 4);
    }
    const perFat = sectorSize / 4;
    const next = (n: number) => {
      const fs = fatSectors[Math.floor(n / perFat)];
      return fs === undefined ? 0xfffffffe : bytes.readUInt32LE(sectorAt(fs) + (n % perFat) * 4);
    };
    const names: string[] = [];
    let dir = bytes.readUInt32LE(48);
    for (let guard = 0; dir < 0xfffffffa && guard < 10_000; guard++) {
      const base = sectorAt(dir);
      if (base + sectorSize > bytes.length) break;
      for (let o = base; o < base + sectorSize; o += 128) {
        const len = bytes.readUInt16LE(o + 64);
        const type = bytes[o + 66];
        if (type === 0 || len < 2 || len > 64) continue;
        names.push(bytes.toString('utf16le', o, o + len - 2));
      }
      dir = next(dir);
    }
    return names;
  } catch {
    return [];
  }
}

/** A password-protected OOXML file (MS-OFFCRYPTO): a compound file with EncryptionInfo and EncryptedPackage streams. */
function isEncryptedPackage(bytes: Buffer): boolean {
  const names = compoundStreamNames(bytes);
  return names.includes('EncryptionInfo') && names.includes('EncryptedPackage');
}
