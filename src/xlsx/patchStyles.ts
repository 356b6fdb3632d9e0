// Edits xl/styles.xml for a scored copy: a written cell's style is its own xf cloned (font, border, alignment,
// protection kept) with the tool's fill and/or number format; new fills, number formats, fonts and xfs are appended,
// nothing existing is changed or renumbered.

import { CannotPatch } from './patchErrors';
import { attrsOf, escapeXml, findElement, findWithChildren, type Edit, type Element, applyEdits } from './xmlScan';

/** Excel's built-in number formats the tool may write (ECMA-376 §18.8.30). */
const BUILTIN_FORMATS: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '0.00E+00': 11,
  '@': 49,
};

export interface StyleWish {
  /** '#RRGGBB': a solid fill. */
  fill?: string;
  numFmt?: string;
  font?: 'bold' | 'link';
}

interface Collection {
  el: Element;
  items: string[];
  added: string[];
}

/** Sets (or adds) an attribute in a start tag's text, leaving the rest of the tag as it was. */
export function setAttr(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, `$1"${escapeXml(value)}"`);
  const end = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, end)} ${name}="${escapeXml(value)}"${tag.slice(end)}`;
}

export class StylesEditor {
  private readonly xml: string;
  private readonly xfs: Collection;
  private readonly fills: Collection;
  private readonly fonts: Collection | null;
  private readonly numFmtsEl: Element | null;
  /** Children of <numFmts> in the part (its count attribute is not trusted). */
  private readonly numFmtCount: number;
  private readonly numFmts = new Map<string, number>();
  private readonly addedNumFmts: string[] = [];
  private nextNumFmt = 164;
  private readonly cache = new Map<string, number>();
  private readonly fillCache = new Map<string, number>();
  private readonly fontCache = new Map<string, number>();

  constructor(xml: string) {
    this.xml = xml;
    const collection = (name: string, item: string): Collection | null => {
      const found = findWithChildren(xml, name);
      if (!found) return null;
      return {
        el: found.el,
        items: found.list.filter((c) => c.name === item).map((c) => xml.slice(c.start, c.end)),
        added: [],
      };
    };
    const root = /<([^\s?!/>]+)[\s>]/.exec(xml.replace(/<\?[\s\S]*?\?>/g, ''))?.[1];
    if (root !== 'styleSheet') throw new CannotPatch(`样式部件不是常规格式（<${root}>）`);
    const xfs = collection('cellXfs', 'xf');
    const fills = collection('fills', 'fill');
    if (!xfs || xfs.items.length === 0 || !fills) throw new CannotPatch('样式部件缺少单元格格式或填充列表');
    this.xfs = xfs;
    this.fills = fills;
    this.fonts = collection('fonts', 'font');
    const numFmts = findWithChildren(xml, 'numFmts');
    this.numFmtsEl = numFmts?.el ?? null;
    this.numFmtCount = numFmts?.list.length ?? 0;
    for (const c of numFmts?.list ?? []) {
      const a = attrsOf(xml.slice(c.start, c.openEnd));
      const id = Number(a.get('numFmtId'));
      if (!Number.isInteger(id)) continue;
      if (!this.numFmts.has(a.get('formatCode') ?? '')) this.numFmts.set(a.get('formatCode') ?? '', id);
      this.nextNumFmt = Math.max(this.nextNumFmt, id + 1);
    }
  }

  /** The xf index a cell styled `base` gets with the wished fill / number format / font (base itself when it already has them). */
  derive(base: number, wish: StyleWish): number {
    const key = `${base}|${wish.fill ?? ''}|${wish.numFmt ?? ''}|${wish.font ?? ''}`;
    const known = this.cache.get(key);
    if (known !== undefined) return known;
    const all = [...this.xfs.items, ...this.xfs.added];
    const xf = all[base] ?? all[0];
    const openEnd = xf.indexOf('>') + 1;
    const open = xf.slice(0, openEnd);
    const a = attrsOf(open);
    let tag = open;
    if (wish.numFmt !== undefined) {
      const id = this.numFmtId(wish.numFmt);
      if (Number(a.get('numFmtId') ?? 0) !== id)
        tag = setAttr(setAttr(tag, 'numFmtId', String(id)), 'applyNumberFormat', '1');
    }
    if (wish.fill !== undefined)
      tag = setAttr(setAttr(tag, 'fillId', String(this.fillId(wish.fill))), 'applyFill', '1');
    if (wish.font !== undefined)
      tag = setAttr(
        setAttr(tag, 'fontId', String(this.fontId(Number(a.get('fontId') ?? 0), wish.font))),
        'applyFont',
        '1',
      );
    let index = base < all.length ? base : 0;
    if (tag !== open) {
      // an identical xf already there (a scored copy scored again) is reused: the styles do not grow on each run
      const text = tag + xf.slice(openEnd);
      index = all.indexOf(text);
      if (index < 0) {
        this.xfs.added.push(text);
        index = all.length;
      }
    }
    this.cache.set(key, index);
    return index;
  }

  private numFmtId(code: string): number {
    if (code in BUILTIN_FORMATS) return BUILTIN_FORMATS[code];
    const known = this.numFmts.get(code);
    if (known !== undefined) return known;
    const id = this.nextNumFmt++;
    this.numFmts.set(code, id);
    this.addedNumFmts.push(`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  private fillId(color: string): number {
    const known = this.fillCache.get(color);
    if (known !== undefined) return known;
    const rgb = 'FF' + color.replace('#', '').toUpperCase();
    if (!/^FF[0-9A-F]{6}$/.test(rgb)) throw new CannotPatch(`无法识别的填充颜色 ${color}`);
    const text = `<fill><patternFill patternType="solid"><fgColor rgb="${rgb}"/><bgColor indexed="64"/></patternFill></fill>`;
    let id = this.fills.items.indexOf(text);
    if (id < 0) {
      id = this.fills.items.length + this.fills.added.length;
      this.fills.added.push(text);
    }
    this.fillCache.set(color, id);
    return id;
  }

  private fontId(base: number, kind: 'bold' | 'link'): number {
    if (!this.fonts) throw new CannotPatch('样式部件缺少字体列表');
    const key = `${base}|${kind}`;
    const known = this.fontCache.get(key);
    if (known !== undefined) return known;
    const all = [...this.fonts.items, ...this.fonts.added];
    let font = all[base] ?? all[0] ?? '<font/>';
    if (font.endsWith('/>')) font = font.slice(0, -2) + '></font>';
    const openEnd = font.indexOf('>') + 1;
    let body = font.slice(openEnd, font.lastIndexOf('</'));
    // CT_Font is a choice of children in any order: drop the ones replaced, put the wished ones first
    if (kind === 'bold') body = '<b/>' + body.replace(/<b(\s[^>]*)?\/>/g, '');
    else
      body = '<u/><color rgb="FF0563C1"/>' + body.replace(/<u(\s[^>]*)?\/>/g, '').replace(/<color(\s[^>]*)?\/>/g, '');
    const text = font.slice(0, openEnd) + body + '</font>';
    let id = all.indexOf(text);
    if (id < 0) {
      id = all.length;
      this.fonts.added.push(text);
    }
    this.fontCache.set(key, id);
    return id;
  }

  /** styles.xml with the appended entries and updated counts. */
  toXml(): string {
    const edits: Edit[] = [];
    const append = (c: Collection | null, name: string) => {
      if (!c || c.added.length === 0) return;
      const count = c.items.length + c.added.length;
      const open = this.xml.slice(c.el.start, c.el.openEnd);
      if (c.el.empty) {
        edits.push({
          start: c.el.start,
          end: c.el.end,
          text: setAttr(open, 'count', String(count)).replace(/\/>$/, '>') + c.added.join('') + `</${name}>`,
        });
      } else {
        edits.push({ start: c.el.start, end: c.el.openEnd, text: setAttr(open, 'count', String(count)) });
        edits.push({ start: c.el.closeStart, end: c.el.closeStart, text: c.added.join('') });
      }
    };
    if (this.addedNumFmts.length) {
      if (this.numFmtsEl) {
        append(
          { el: this.numFmtsEl, items: new Array<string>(this.numFmtCount).fill(''), added: this.addedNumFmts },
          'numFmts',
        );
      } else {
        // numFmts is the styleSheet's first child
        const root = findElement(this.xml, 'styleSheet')!;
        edits.push({
          start: root.openEnd,
          end: root.openEnd,
          text: `<numFmts count="${this.addedNumFmts.length}">${this.addedNumFmts.join('')}</numFmts>`,
        });
      }
    }
    append(this.fonts, 'fonts');
    append(this.fills, 'fills');
    append(this.xfs, 'cellXfs');
    return applyEdits(this.xml, edits);
  }
}
