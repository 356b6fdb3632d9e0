// Text normalisation, the one home of it: what the parser, the table locator and the messages do to a cell's
// text before reading or showing it. Four functions, because they do four different jobs:
//   normalizeText — for READING: NFKC (full-width → half-width) and every kind of white space removed, so
//                   '年度\n指标值' and '（50分）' compare as '年度指标值' and '(50分)'.
//   tidyText      — for QUOTING a value back (an unparsed cell, a grade, a label): NFKC, white-space runs folded to
//                   one space, trimmed — word breaks in sentences survive.
//   foldSpaces    — for SHOWING a name as the person wrote it: white-space runs folded and trimmed, every other
//                   character left alone (no NFKC: '（' stays '（').
//   displayText   — for a title or header that Excel wrapped over lines: foldSpaces, then the spaces that touch a
//                   CJK character dropped (a line break inside a word is no word break).

// ── normalizeText / tidyText: a per-character table instead of the normaliser ───────────────────────────────
// Most cells hold CJK ideographs, ASCII, a few symbols and stray white space (U+3000 pads many cells). For those,
// NFKC changes nothing but white space and full-width forms, one character at a time, so a per-character table,
// built once, gives the answer without running the normaliser. Anything else (combining marks, characters that
// decompose into several, surrogates, unlisted blocks) falls back to the real thing.

const KEEP = 0; // NFKC leaves it alone and it is not white space
const SPACE = 1; // white space once normalised (U+3000, NBSP, U+2000–U+200A …)
const ZERO_WIDTH = 2; // U+200B, U+FEFF: dropped by both normalisers
const MAPPED = 3; // NFKC turns it into one other, ordinary character ('，' → ',', 'Ａ' → 'A')
const FULL = 4; // needs the real normaliser
const CHAR_KIND = new Uint8Array(0x10000).fill(FULL);
const CHAR_MAP = new Map<number, string>();
CHAR_KIND.fill(KEEP, 0x3400, 0x4dc0); // CJK Extension A
CHAR_KIND.fill(KEEP, 0x4e00, 0xa000); // CJK Unified Ideographs
for (const [from, to] of [
  [0x0000, 0x00ff],
  [0x2000, 0x22ff],
  [0x3000, 0x303f],
  [0xff00, 0xffef],
]) {
  for (let c = from; c <= to; c++) {
    const ch = String.fromCharCode(c);
    const m = ch.normalize('NFKC');
    if (m.length !== 1 || /\p{M}/u.test(m) || /\p{M}/u.test(ch)) continue; // FULL
    if (/[\s\u3000\u00a0]/.test(m)) CHAR_KIND[c] = SPACE;
    else if (m === ch) CHAR_KIND[c] = KEEP;
    else if (m.charCodeAt(0) < 0x3400) {
      CHAR_KIND[c] = MAPPED;
      CHAR_MAP.set(c, m);
    } // else FULL: 〸 → 十 and kin turn into ideographs
  }
}
CHAR_KIND[0x200b] = ZERO_WIDTH;
CHAR_KIND[0xfeff] = ZERO_WIDTH;

const SPACES = /[\s\u3000\u00a0\u200b\ufeff]+/g;

/** NFKC-normalise and drop every kind of white space: '年度\n指标值' → '年度指标值', '（50分）' → '(50分)'. */
export function normalizeText(raw: string): string {
  let out = '';
  let from = 0;
  const n = raw.length;
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i);
    const k = CHAR_KIND[c];
    if (k === KEEP) continue;
    if (k === FULL) return raw.normalize('NFKC').replace(SPACES, '');
    if (i > from) out += raw.slice(from, i);
    if (k === MAPPED) out += CHAR_MAP.get(c)!;
    from = i + 1;
  }
  if (from === 0) return raw;
  return from < n ? out + raw.slice(from) : out;
}

/** NFKC-normalise and fold runs of white space to one space, trimmed (keeps word breaks in sentences). */
export function tidyText(raw: string): string {
  let out = '';
  let from = 0;
  let pending = false; // a white-space run waits to be written as one space
  let changed = false;
  const n = raw.length;
  for (let i = 0; i < n; i++) {
    const c = raw.charCodeAt(i);
    const k = CHAR_KIND[c];
    if (k === KEEP) {
      if (pending) {
        if (out !== '' || from < i) out += ' ';
        pending = false;
      }
      continue;
    }
    if (k === FULL)
      return raw
        .normalize('NFKC')
        .replace(/[\u200b\ufeff]/g, '')
        .replace(/[\s\u3000\u00a0]+/g, ' ')
        .trim();
    if (i > from) out += raw.slice(from, i);
    from = i + 1;
    changed = true;
    if (k === SPACE) pending = true;
    else if (k === MAPPED) {
      if (pending) {
        if (out !== '') out += ' ';
        pending = false;
      }
      out += CHAR_MAP.get(c)!;
    }
  }
  if (!changed) return raw;
  return from < n ? out + raw.slice(from) : out;
}

// ── foldSpaces / displayText: white space only, characters as written ───────────────────────────────────────

/** 1 for the characters `/[\s\u3000\u00a0\u200b\ufeff]/` matches (JS white space plus U+200B): one load per character. */
const SPACE_LIKE = new Uint8Array(0x10000);
for (const c of [9, 10, 11, 12, 13, 32, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff])
  SPACE_LIKE[c] = 1;
SPACE_LIKE.fill(1, 0x2000, 0x200c); // U+2000–U+200A spaces and U+200B

/** The same characters as a regex, for the one-call check of a long text. */
const SPACE_TEST = /[\s\u3000\u00a0\u200b\ufeff]/;

function isSpaceLike(c: number): boolean {
  return SPACE_LIKE[c] === 1;
}

/**
 * White space (U+3000, line breaks inside words …) folded to one space and trimmed — what
 * `s.replace(/[\s\u3000\u00a0\u200b\ufeff]+/g, ' ').trim()` gives; the text itself when it has none. A short cell is
 * checked character by character, a long text (an indicator name) by one regex scan, the cheaper of the two at
 * each length.
 */
export function foldSpaces(s: string): string {
  const n = s.length;
  if (n > 16 && !SPACE_TEST.test(s)) return s;
  let i = 0;
  while (i < n && !isSpaceLike(s.charCodeAt(i))) i++;
  if (i === n) return s;
  let out = s.slice(0, i);
  while (i < n) {
    while (i < n && isSpaceLike(s.charCodeAt(i))) i++;
    if (i === n) break;
    const start = i;
    while (i < n && !isSpaceLike(s.charCodeAt(i))) i++;
    out = out === '' ? s.slice(start, i) : out + ' ' + s.slice(start, i);
  }
  return out;
}

/** Display text: white space runs folded, spaces between CJK characters (line breaks inside words) removed. */
export function displayText(text: string): string {
  return text
    .replace(/[\s\u3000\u00a0]+/g, ' ')
    .trim()
    .replace(
      /(?<=[\u2E80-\u9FFF\uFF00-\uFFEF\u3000-\u303F]) (?=\S)|(?<=\S) (?=[\u2E80-\u9FFF\uFF00-\uFFEF\u3000-\u303F])/g,
      '',
    );
}
