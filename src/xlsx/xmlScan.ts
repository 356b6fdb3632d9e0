// A small XML tag scanner for editing OOXML parts in place: it walks the tags of a part (skipping comments, CDATA
// and processing instructions, honouring quoted attribute values) and gives each tag's offsets, so the caller can
// splice new text between the untouched bytes. Documents with a DTD are refused (entities could change the text).

export class XmlScanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlScanError';
  }
}

interface Tag {
  /** The qualified name as written ('c', 'x14:ext'). */
  name: string;
  kind: 'open' | 'close' | 'empty';
  /** Offset of '<' and just past '>'. */
  start: number;
  end: number;
}

/** Yields the element tags of `xml` in order (from `from`). */
export function* tags(xml: string, from = 0): Generator<Tag> {
  const found: Tag[] = [];
  let at = from;
  // scanned in batches, so a caller that stops early does not pay for the whole part
  for (;;) {
    found.length = 0;
    let next = -1;
    scan(xml, at, (name, kind, start, end) => {
      found.push({ name, kind, start, end });
      next = end;
      return found.length >= 64;
    });
    yield* found;
    if (found.length < 64) return;
    at = next;
  }
}

const LT = 60; // <
const GT = 62; // >
const QUOT = 34;
const APOS = 39;
const SLASH = 47;

/**
 * Calls `visit` for each element tag of `xml` from `from`, in order, until it returns true. Comments, CDATA and
 * processing instructions are skipped; a document type declaration is refused.
 */
function scan(
  xml: string,
  from: number,
  visit: (name: string, kind: Tag['kind'], start: number, end: number) => boolean | void,
): void {
  let i = from;
  const n = xml.length;
  for (;;) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) return;
    const c1 = xml.charCodeAt(lt + 1);
    if (c1 === 33 /* ! */) {
      if (xml.startsWith('<!--', lt)) i = skipTo(xml, '-->', lt);
      else if (xml.startsWith('<![CDATA[', lt)) i = skipTo(xml, ']]>', lt);
      else throw new XmlScanError('document type declarations are not supported');
      continue;
    }
    if (c1 === 63 /* ? */) {
      i = skipTo(xml, '?>', lt);
      continue;
    }
    const close = c1 === SLASH;
    const nameStart = close ? lt + 2 : lt + 1;
    let j = nameStart;
    for (; j < n; j++) {
      const c = xml.charCodeAt(j);
      if (c === GT || c === SLASH || c === 32 || c === 9 || c === 10 || c === 13) break;
    }
    if (j === nameStart) throw new XmlScanError(`tag without a name at ${lt}`);
    const name = xml.slice(nameStart, j);
    let quote = 0;
    for (; j < n; j++) {
      const c = xml.charCodeAt(j);
      if (quote) {
        if (c === quote) quote = 0;
      } else if (c === QUOT || c === APOS) quote = c;
      else if (c === GT) break;
      else if (c === LT) throw new XmlScanError(`unexpected '<' at ${j}`);
    }
    if (j >= n) throw new XmlScanError(`unterminated tag at ${lt}`);
    if (visit(name, close ? 'close' : xml.charCodeAt(j - 1) === SLASH ? 'empty' : 'open', lt, j + 1)) return;
    i = j + 1;
  }
}

function skipTo(xml: string, end: string, from: number): number {
  const at = xml.indexOf(end, from);
  if (at < 0) throw new XmlScanError(`unterminated markup at ${from}`);
  return at + end.length;
}

/** An element: its open tag (or empty tag) and where it ends (just past its close tag). */
export interface Element {
  name: string;
  start: number;
  /** Just past the open tag. */
  openEnd: number;
  /** Start of the close tag (= openEnd for an empty element). */
  closeStart: number;
  end: number;
  empty: boolean;
}

/**
 * The children of the element whose open tag ends at `openEnd` (its close tag named `name`), each with its extent.
 * Returns the children and where the parent's close tag starts.
 */
export function children(xml: string, openEnd: number, name: string): { list: Element[]; closeStart: number } {
  const list: Element[] = [];
  const names: string[] = [];
  let childStart = -1;
  let childOpenEnd = -1;
  let closeStart = -1;
  scan(xml, openEnd, (tag, kind, start, end) => {
    if (kind === 'empty') {
      if (names.length === 0) list.push({ name: tag, start, openEnd: end, closeStart: end, end, empty: true });
      return false;
    }
    if (kind === 'open') {
      if (names.length === 0) {
        childStart = start;
        childOpenEnd = end;
      }
      names.push(tag);
      return false;
    }
    const top = names.pop();
    if (top === undefined) {
      if (tag !== name) throw new XmlScanError(`</${tag}> closes <${name}>`);
      closeStart = start;
      return true;
    }
    if (top !== tag) throw new XmlScanError(`</${tag}> closes <${top}>`);
    if (names.length === 0)
      list.push({ name: tag, start: childStart, openEnd: childOpenEnd, closeStart: start, end, empty: false });
    return false;
  });
  if (closeStart < 0) throw new XmlScanError(`<${name}> is not closed`);
  return { list, closeStart };
}

/** The first element named `name` anywhere after `from` (any depth) and its children, found in one pass; null when absent. */
export function findWithChildren(xml: string, name: string, from = 0): { el: Element; list: Element[] } | null {
  let found: { el: Element; list: Element[] } | null = null;
  scan(xml, from, (tag, kind, start, end) => {
    if (tag !== name || kind === 'close') return false;
    if (kind === 'empty') found = { el: { name, start, openEnd: end, closeStart: end, end, empty: true }, list: [] };
    else {
      const { list, closeStart } = children(xml, end, name);
      found = {
        el: { name, start, openEnd: end, closeStart, end: closeStart + `</${name}>`.length, empty: false },
        list,
      };
    }
    return true;
  });
  return found;
}

/** The first element named `name` anywhere after `from` (any depth), or null. */
export function findElement(xml: string, name: string, from = 0): Element | null {
  return findWithChildren(xml, name, from)?.el ?? null;
}

/** The attributes of a start tag ('<c r="A1" s="3">'), values unescaped. */
export function attrsOf(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  const body = tag.replace(/^<[^\s/>]+/, '').replace(/\/?>$/, '');
  for (const m of body.matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out.set(m[1], unescapeXml(m[2] ?? m[3]));
  return out;
}

export function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

export function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e]!;
  });
}

/** One splice of a part's text. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Applies non-overlapping edits (any order; insertions at one offset keep their given order). */
export function applyEdits(xml: string, edits: Edit[]): string {
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.start - b.e.start || a.i - b.i);
  let out = '';
  let at = 0;
  for (const { e } of sorted) {
    if (e.start < at) throw new XmlScanError('overlapping edits');
    out += xml.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + xml.slice(at);
}
