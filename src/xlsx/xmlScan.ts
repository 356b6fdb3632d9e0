// A small XML tag scanner for editing OOXML parts in place: it walks the tags of a part (skipping comments, CDATA
// and processing instructions, honouring quoted attribute values) and gives each tag's offsets, so the caller can
// splice new text between the untouched bytes. Documents with a DTD are refused (entities could change the text).

export class XmlScanError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmlScanError';
  }
}

export interface Tag {
  /** The qualified name as written ('c', 'x14:ext'). */
  name: string;
  kind: 'open' | 'close' | 'empty';
  /** Offset of '<' and just past '>'. */
  start: number;
  end: number;
}

/** Yields the element tags of `xml` in order (from `from`). */
export function* tags(xml: string, from = 0): Generator<Tag> {
  let i = from;
  for (;;) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) return;
    if (xml.startsWith('<!--', lt)) {
      i = skipTo(xml, '-->', lt);
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      i = skipTo(xml, ']]>', lt);
      continue;
    }
    if (xml.startsWith('<?', lt)) {
      i = skipTo(xml, '?>', lt);
      continue;
    }
    if (xml.startsWith('<!', lt)) throw new XmlScanError('document type declarations are not supported');
    let j = lt + 1;
    let quote = '';
    for (; j < xml.length; j++) {
      const ch = xml[j];
      if (quote) {
        if (ch === quote) quote = '';
      } else if (ch === '"' || ch === "'") quote = ch;
      else if (ch === '>') break;
      else if (ch === '<') throw new XmlScanError(`unexpected '<' at ${j}`);
    }
    if (j >= xml.length) throw new XmlScanError(`unterminated tag at ${lt}`);
    const close = xml[lt + 1] === '/';
    const name = /^[^\s/>]+/.exec(xml.slice(close ? lt + 2 : lt + 1, j))?.[0];
    if (!name) throw new XmlScanError(`tag without a name at ${lt}`);
    yield { name, kind: close ? 'close' : xml[j - 1] === '/' ? 'empty' : 'open', start: lt, end: j + 1 };
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
  const stack: { tag: Tag }[] = [];
  for (const t of tags(xml, openEnd)) {
    if (t.kind === 'empty') {
      if (stack.length === 0) list.push({ name: t.name, start: t.start, openEnd: t.end, closeStart: t.end, end: t.end, empty: true });
    } else if (t.kind === 'open') stack.push({ tag: t });
    else {
      const top = stack.pop();
      if (!top) {
        if (t.name !== name) throw new XmlScanError(`</${t.name}> closes <${name}>`);
        return { list, closeStart: t.start };
      }
      if (top.tag.name !== t.name) throw new XmlScanError(`</${t.name}> closes <${top.tag.name}>`);
      if (stack.length === 0) list.push({ name: t.name, start: top.tag.start, openEnd: top.tag.end, closeStart: t.start, end: t.end, empty: false });
    }
  }
  throw new XmlScanError(`<${name}> is not closed`);
}

/** The first element named `name` anywhere after `from` (any depth), or null. */
export function findElement(xml: string, name: string, from = 0): Element | null {
  for (const t of tags(xml, from)) {
    if (t.name !== name || t.kind === 'close') continue;
    if (t.kind === 'empty') return { name, start: t.start, openEnd: t.end, closeStart: t.end, end: t.end, empty: true };
    const { closeStart } = children(xml, t.end, name);
    return { name, start: t.start, openEnd: t.end, closeStart, end: closeStart + `</${name}>`.length, empty: false };
  }
  return null;
}

/** The attributes of a start tag ('<c r="A1" s="3">'), values unescaped. */
export function attrsOf(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  const body = tag.replace(/^<[^\s/>]+/, '').replace(/\/?>$/, '');
  for (const m of body.matchAll(/([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out.set(m[1], unescapeXml(m[2] ?? m[3]));
  return out;
}

/** A start tag with the given attributes (in the map's order). */
export function startTag(name: string, attrs: Map<string, string>, empty = false): string {
  let s = `<${name}`;
  for (const [k, v] of attrs) s += ` ${k}="${escapeXml(v)}"`;
  return s + (empty ? '/>' : '>');
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
