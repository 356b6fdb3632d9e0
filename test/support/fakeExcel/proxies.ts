// Proxy objects of the fake Excel host, with Office.js semantics: every call on a proxy only queues
// an action; `context.sync()` runs the queued actions in order against the document, fills the
// properties that were `load`ed and resolves `*OrNullObject` results. Reading a property that was not
// loaded and synced throws PropertyNotLoaded; an action that fails stops the batch with a RichApi
// error while the actions before it stay applied (as in Excel). Proxies belong to their context.

import type { Rect } from '../../../src/domain/model';
import { FakeRichApiError, propertyNotLoaded, valueNotLoaded } from './errors';
import { displayText, parseInput, type CustomPart, type FakeSheet, type WorkbookDocument } from './model';
import { fromA1, rectToA1, toA1 } from '../../../src/workbook/grid';

// ---- addresses ------------------------------------------------------------------------------------

export function rectA1(r: Rect): string {
  return r.top === r.bottom && r.left === r.right ? toA1(r.top, r.left) : rectToA1(r);
}

export function sheetPrefix(name: string): string {
  const plain = /^[A-Za-z_\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/** 'A1', 'A1:C3', 'Sheet!A1:C3' → rectangle; InvalidArgument when unreadable. */
export function parseRect(address: string): Rect {
  const bare = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [a, b] = bare.split(':');
  const p = fromA1(a);
  const q = b === undefined ? p : fromA1(b);
  if (!p || !q)
    throw new FakeRichApiError(
      'InvalidArgument',
      `The argument is invalid or missing or has an incorrect format: '${address}'.`,
    );
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return n;
}

export function jsonBytes(v: unknown): number {
  return v === undefined ? 0 : utf8Length(JSON.stringify(v));
}

// ---- context and actions ----------------------------------------------------------------------------

export interface Action {
  /** Runs against the document; throws a FakeRichApiError to stop the batch. */
  exec(): void;
  /** After the whole batch succeeded: publish loaded values to the proxies. */
  commit?(): void;
  /** JSON bytes the request carries (values written, XML …). */
  requestBytes?: number;
  /** JSON bytes of the response (set by exec for queries). */
  responseBytes?: number;
  /** Sheet whose cells the action changed (set by exec), for change events. */
  changed?: { sheet: FakeSheet; rect: Rect }[];
  /** This action suspends API calculation until the sync ends. */
  suspendsCalculation?: boolean;
}

/** The documented behaviours of real Excel that a test may switch (FakeHostOptions). */
export interface HostBehaviour {
  fillShape: 'documented' | 'patternNull';
  mergedAreasLimit: number;
  readCellLimit: number;
  overLimitRead: 'throw' | 'null';
}

export interface SyncHost {
  readonly doc: WorkbookDocument;
  readonly options: HostBehaviour;
  executeSync(context: FakeContext): Promise<void>;
  noteMergedAreasCall(): void;
  registerChangeHandler(handler: (args: unknown) => unknown): () => void;
}

export interface RunOptions {
  delayForCellEdit?: boolean;
}

export class FakeContext {
  queue: Action[] = [];
  readonly workbook: FakeWorkbookProxy;
  readonly application: FakeApplication;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  constructor(
    readonly host: SyncHost,
    readonly runOptions: RunOptions = {},
  ) {
    this.workbook = new FakeWorkbookProxy(this);
    this.application = this.workbook.application;
  }

  enqueue(action: Action): void {
    this.queue.push(action);
  }

  sync(): Promise<void> {
    return this.host.executeSync(this);
  }
}

// ---- base proxy -------------------------------------------------------------------------------------

type Paths = string[][];

function toPaths(arg?: string | string[] | { select?: string; expand?: string }): Paths {
  let list: string[];
  if (arg === undefined) list = [];
  else if (typeof arg === 'string') list = arg.split(',');
  else if (Array.isArray(arg)) list = arg.flatMap((s) => s.split(','));
  else list = [...(arg.select ?? '').split(','), ...(arg.expand ?? '').split(',')];
  return list
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => s.split('/'));
}

interface Collected {
  commits: (() => void)[];
  bytes: number;
}

export abstract class FakeObject<T> {
  private target: T | null | undefined = undefined;
  private readonly loaded = new Map<string, unknown>();
  private nullKnown: boolean | undefined;
  private readonly children = new Map<string, FakeObject<unknown>>();

  constructor(
    readonly context: FakeContext,
    private readonly resolver: () => T | null,
    private readonly nullable = false,
    resolveInBatch = true,
  ) {
    if (resolveInBatch) {
      let resolvedNull = false;
      context.enqueue({
        exec: () => {
          resolvedNull = this.resolveNow() === null;
        },
        commit: () => {
          this.nullKnown = resolvedNull;
        },
      });
    } else {
      this.nullKnown = false;
    }
  }

  resolveNow(): T | null {
    if (this.target === undefined) this.target = this.resolver();
    if (this.target === null && !this.nullable)
      throw new FakeRichApiError('ItemNotFound', "The requested resource doesn't exist.");
    return this.target;
  }

  get isNullObject(): boolean {
    if (this.nullKnown === undefined) throw propertyNotLoaded('isNullObject');
    return this.nullKnown;
  }

  protected get<V>(name: string): V {
    if (this.nullKnown === true || !this.loaded.has(name)) throw propertyNotLoaded(name);
    return this.loaded.get(name) as V;
  }

  protected child<C extends FakeObject<unknown>>(name: string, make: () => C): C {
    let c = this.children.get(name);
    if (!c) this.children.set(name, (c = make()));
    return c as C;
  }

  /** Scalar property value of a target (throws for unknown names). */
  protected abstract scalar(name: string, target: T): unknown;
  /** Default scalars for load() without arguments. */
  protected abstract defaults(): string[];
  /** Navigation property (child proxy), undefined when `name` is not one. */
  protected nav(_name: string): FakeObject<unknown> | undefined {
    return undefined;
  }

  /** Computes what loading `paths` gives, as commits to run once the batch succeeded. */
  collect(paths: Paths): Collected {
    const out: Collected = { commits: [], bytes: 0 };
    const t = this.resolveNow();
    if (t === null) return out;
    const list = paths.length ? paths : this.defaults().map((d) => [d]);
    // Paths through the same navigation property are loaded together (one set of child items).
    const viaNav = new Map<string, Paths>();
    for (const [head, ...rest] of list) {
      if (this.nav(head)) {
        const sub = viaNav.get(head) ?? [];
        if (rest.length) sub.push(rest);
        viaNav.set(head, sub);
      }
    }
    for (const [head, sub] of viaNav) {
      const c = (this.nav(head) as FakeObject<unknown>).collect(sub);
      out.commits.push(...c.commits);
      out.bytes += c.bytes;
    }
    for (const [head] of list) {
      if (viaNav.has(head)) continue;
      const value = this.scalar(head, t);
      out.bytes += jsonBytes(value) + head.length + 4;
      out.commits.push(() => this.loaded.set(head, value));
    }
    return out;
  }

  load(arg?: string | string[] | { select?: string; expand?: string }): this {
    const paths = toPaths(arg);
    let commits: (() => void)[] = [];
    const action: Action = {
      exec: () => {
        const c = this.collect(paths);
        commits = c.commits;
        action.responseBytes = c.bytes;
      },
      commit: () => commits.forEach((f) => f()),
    };
    this.context.enqueue(action);
    return this;
  }

  /** Queues a change of the target. */
  protected write(apply: (t: T) => Action['changed'] | void, payload?: unknown): void {
    const action: Action = {
      requestBytes: jsonBytes(payload),
      exec: () => {
        const t = this.resolveNow();
        if (t === null) throw new FakeRichApiError('InvalidOperation', 'The operation is not valid on a null object.');
        const changed = apply(t);
        if (changed) action.changed = changed;
      },
    };
    this.context.enqueue(action);
  }

  /** Queues a method whose result comes back in a ClientResult. */
  protected query<V>(compute: (t: T) => V): FakeClientResult<V> {
    const result = new FakeClientResult<V>();
    let value: V;
    const action: Action = {
      exec: () => {
        const t = this.resolveNow();
        if (t === null) throw new FakeRichApiError('InvalidOperation', 'The operation is not valid on a null object.');
        value = compute(t);
        action.responseBytes = jsonBytes(value);
      },
      commit: () => result.set(value),
    };
    this.context.enqueue(action);
    return result;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

export class FakeClientResult<V> {
  private v: V | undefined;
  private done = false;
  set(v: V): void {
    this.v = v;
    this.done = true;
  }
  get value(): V {
    if (!this.done) throw valueNotLoaded();
    return this.v as V;
  }
}

/** Base of collections: `items` after load('items/…'). */
abstract class FakeCollection<T, I extends FakeObject<unknown>> extends FakeObject<T> {
  private list: I[] | undefined;

  protected abstract itemTargets(t: T): unknown[];
  protected abstract makeItem(target: unknown): I;

  get items(): I[] {
    if (!this.list) throw propertyNotLoaded('items');
    return this.list;
  }

  override collect(paths: Paths): Collected {
    const t = this.resolveNow();
    if (t === null) return { commits: [], bytes: 0 };
    const own: Paths = [];
    const itemPaths: Paths = [];
    for (const p of paths) {
      if (p[0] === 'items') itemPaths.push(p.slice(1));
      else own.push(p);
    }
    const out = own.length ? super.collect(own) : { commits: [], bytes: 0 };
    if (itemPaths.length || !paths.length) {
      const items = this.itemTargets(t).map((x) => this.makeItem(x));
      const flat = itemPaths.filter((p) => p.length);
      for (const it of items) {
        const c = it.collect(flat);
        out.commits.push(...c.commits);
        out.bytes += c.bytes + 2;
      }
      out.commits.push(() => {
        this.list = items;
      });
    }
    return out;
  }

  protected scalar(name: string, t: T): unknown {
    if (name === 'count') return this.itemTargets(t).length;
    throw new FakeRichApiError('PropertyNotFound', `Unknown property '${name}'.`);
  }

  protected defaults(): string[] {
    return [];
  }
}

// ---- workbook ---------------------------------------------------------------------------------------

export class FakeWorkbookProxy extends FakeObject<WorkbookDocument> {
  readonly worksheets: FakeWorksheetCollection;
  readonly customXmlParts: FakeCustomXmlPartCollection;
  readonly application: FakeApplication;

  constructor(context: FakeContext) {
    super(context, () => context.host.doc, false, false);
    this.worksheets = new FakeWorksheetCollection(context);
    this.customXmlParts = new FakeCustomXmlPartCollection(context);
    this.application = new FakeApplication(context);
  }

  protected scalar(name: string, t: WorkbookDocument): unknown {
    if (name === 'name') return 'Workbook.xlsx';
    void t;
    throw new FakeRichApiError('PropertyNotFound', `Unknown property '${name}'.`);
  }
  protected defaults(): string[] {
    return ['name'];
  }

  getSelectedRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const doc = this.context.host.doc;
      const sel = doc.selection;
      const sheet = sel ? doc.sheet(sel.sheet) : doc.activeSheet;
      if (!sheet) return null;
      return { sheet, rect: sel ? parseRect(sel.address) : { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }
}

export class FakeApplication extends FakeObject<WorkbookDocument> {
  constructor(context: FakeContext) {
    super(context, () => context.host.doc, false, false);
  }
  protected scalar(name: string): unknown {
    if (name === 'calculationMode') return 'Automatic';
    throw new FakeRichApiError('PropertyNotFound', `Unknown property '${name}'.`);
  }
  protected defaults(): string[] {
    return ['calculationMode'];
  }
  suspendApiCalculationUntilNextSync(): void {
    this.context.enqueue({ exec: () => undefined, suspendsCalculation: true });
  }
}

// ---- worksheets -------------------------------------------------------------------------------------

export class FakeWorksheetCollection extends FakeCollection<WorkbookDocument, FakeWorksheet> {
  readonly onChanged: FakeEventHandlers;

  constructor(context: FakeContext) {
    super(context, () => context.host.doc, false, false);
    this.onChanged = new FakeEventHandlers(context);
  }

  protected itemTargets(doc: WorkbookDocument): unknown[] {
    return doc.sheets;
  }
  protected makeItem(target: unknown): FakeWorksheet {
    return new FakeWorksheet(this.context, () => target as FakeSheet, false, false);
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.host.doc.sheet(name) ?? null);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.host.doc.sheet(name) ?? null, true);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.host.doc.activeSheet ?? null);
  }

  add(name?: string): FakeWorksheet {
    let created: FakeSheet | null = null;
    const proxy = new FakeWorksheet(this.context, () => created, false, false);
    this.context.enqueue({
      requestBytes: jsonBytes(name),
      exec: () => {
        const doc = this.context.host.doc;
        const n = name ?? `Sheet${doc.sheets.length + 1}`;
        if (doc.sheet(n)) throw new FakeRichApiError('ItemAlreadyExists', `A sheet named '${n}' already exists.`);
        created = doc.addSheet(n);
      },
    });
    return proxy;
  }
}

export class FakeWorksheetProtection extends FakeObject<FakeSheet> {
  get protected(): boolean {
    return this.get('protected');
  }
  get options(): { allowFormatCells: boolean } {
    return this.get('options');
  }
  protected scalar(name: string, s: FakeSheet): unknown {
    if (name === 'protected') return s.protected;
    if (name === 'options') return { allowFormatCells: !!s.protectionOptions.allowFormatCells };
    throw new FakeRichApiError('PropertyNotFound', `Unknown property '${name}'.`);
  }
  protected defaults(): string[] {
    return ['protected'];
  }
}

export class FakeWorksheet extends FakeObject<FakeSheet> {
  get name(): string {
    return this.get('name');
  }
  get id(): string {
    return this.get('id');
  }
  get position(): number {
    return this.get('position');
  }
  get visibility(): string {
    return this.get('visibility');
  }
  get protection(): FakeWorksheetProtection {
    return this.child(
      'protection',
      () => new FakeWorksheetProtection(this.context, () => this.resolveNow(), false, false),
    );
  }

  protected override nav(name: string): FakeObject<unknown> | undefined {
    return name === 'protection' ? this.protection : undefined;
  }

  protected scalar(name: string, s: FakeSheet): unknown {
    switch (name) {
      case 'name':
        return s.name;
      case 'id':
        return s.id;
      case 'position':
        return this.context.host.doc.sheets.indexOf(s);
      case 'visibility':
        return s.visibility;
      default:
        throw new FakeRichApiError('PropertyNotFound', `Unknown property '${name}'.`);
    }
  }
  protected defaults(): string[] {
    return ['name', 'id', 'position', 'visibility'];
  }

  /** The used range; A1 when the sheet is blank (as Excel). */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.context, () => {
      const s = this.resolveNow() as FakeSheet;
      return { sheet: s, rect: s.usedRect(!!valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const s = this.resolveNow() as FakeSheet;
        const rect = s.usedRect(!!valuesOnly);
        return rect ? { sheet: s, rect } : null;
      },
      true,
    );
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, () => {
      const s = this.resolveNow() as FakeSheet;
      return { sheet: s, rect: address ? parseRect(address) : { top: 0, left: 0, bottom: 1048575, right: 16383 } };
    });
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.context, () => ({
      sheet: this.resolveNow() as FakeSheet,
      rect: { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 },
    }));
  }

  /** Several areas: 'A1:B2,D4' (Excel rejects very long address strings; so does this host above 8,192 characters). */
  getRanges(address: string): FakeRangeAreas {
    return new FakeRangeAreas(this.context, () => {
      if (address.length > 8192)
        throw new FakeRichApiError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
      const s = this.resolveNow() as FakeSheet;
      return { sheet: s, rects: address.split(/[,;]/).map((a) => parseRect(a.trim())) };
    });
  }

  activate(): void {
    this.write((s) => {
      this.context.host.doc.activeSheet = s;
    });
  }

  delete(): void {
    this.write((s) => {
      const doc = this.context.host.doc;
      doc.sheets = doc.sheets.filter((x) => x !== s);
      if (doc.activeSheet === s) doc.activeSheet = doc.sheets[0];
    });
  }
}

// ---- ranges -----------------------------------------------------------------------------------------

export interface RangeTarget {
  sheet: FakeSheet;
  rect: Rect;
}

export interface AreasTarget {
  sheet: FakeSheet;
  rects: Rect[];
}

function rows(r: Rect): number {
  return r.bottom - r.top + 1;
}
function cols(r: Rect): number {
  return r.right - r.left + 1;
}

function matrix<V>(r: Rect, f: (row: number, col: number) => V): V[][] {
  const out: V[][] = [];
  for (let i = r.top; i <= r.bottom; i++) {
    const line: V[] = [];
    for (let j = r.left; j <= r.right; j++) line.push(f(i, j));
    out.push(line);
  }
  return out;
}

/**
 * A read of more cells than Excel returns (5,000,000): a RangeExceedsLimit error, or — as office-js
 * #6781 and #4783 report — no error and a null matrix (`true` then).
 */
function overLimit(context: FakeContext, rect: Rect): boolean {
  const { readCellLimit, overLimitRead } = context.host.options;
  if (rows(rect) * cols(rect) <= readCellLimit) return false;
  if (overLimitRead === 'null') return true;
  throw new FakeRichApiError(
    'RangeExceedsLimit',
    'The cell count in the range has exceeded the maximum supported number.',
  );
}

/**
 * What a protected sheet lets through, as Excel: contents of unlocked cells only (every cell is locked
 * unless unlocked), formats (number format, fill, font) only when the protection allows formatting cells.
 */
function assertWritable(sheet: FakeSheet, rect: Rect, kind: 'value' | 'format' = 'value'): void {
  if (!sheet.protected) return;
  if (
    kind === 'format'
      ? sheet.protectionOptions.allowFormatCells
      : cellsOf(rect).every(([r, c]) => sheet.get(r, c)?.locked === false)
  )
    return;
  throw new FakeRichApiError(
    'AccessDenied',
    "The cell or chart you're trying to change is on a protected sheet.",
    `${sheetPrefix(sheet.name)}!${rectA1(rect)}`,
  );
}

function cellsOf(r: Rect): [number, number][] {
  const out: [number, number][] = [];
  for (let i = r.top; i <= r.bottom; i++) for (let j = r.left; j <= r.right; j++) out.push([i, j]);
  return out;
}

/** Each cell's input: a 2D array of the range's shape, or one value for every cell. */
function inputAt(input: unknown, r: Rect, name: string): (row: number, col: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  if (input.length !== rows(r) || input.some((line) => !Array.isArray(line) || line.length !== cols(r))) {
    throw new FakeRichApiError(
      'InvalidArgument',
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${name}).`,
    );
  }
  return (row, col) => (input as unknown[][])[row - r.top][col - r.left];
}

/** Writes parsed input into one cell (values and formulas setters). */
function writeCell(doc: WorkbookDocument, sheet: FakeSheet, row: number, col: number, input: unknown): void {
  const p = parseInput(input);
  if (p.kind === 'skip') return;
  const cell = sheet.at(row, col);
  if (p.kind === 'clear') {
    cell.value = null;
    delete cell.formula;
  } else if (p.kind === 'formula') {
    cell.formula = p.formula;
    const res = doc.formulaResult(sheet, row, col, p.formula);
    cell.value = res.value;
  } else {
    cell.value = p.value;
    delete cell.formula;
    if (p.numberFormat && (!cell.numberFormat || cell.numberFormat === 'General')) cell.numberFormat = p.numberFormat;
  }
  if (p.kind === 'value' && p.error) cell.error = true;
  else delete cell.error;
  cell.text = displayText(cell.value, cell.numberFormat);
  sheet.prune(row, col);
}

export class FakeRange extends FakeObject<RangeTarget> {
  private fmt?: FakeRangeFormat;

  get address(): string {
    return this.get('address');
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  get cellCount(): number {
    return this.get('cellCount');
  }
  get values(): unknown[][] {
    return this.get('values');
  }
  set values(v: unknown[][]) {
    this.write((t) => {
      assertWritable(t.sheet, t.rect);
      const at = inputAt(v, t.rect, 'values');
      for (const [r, c] of cellsOf(t.rect)) writeCell(this.context.host.doc, t.sheet, r, c, at(r, c));
      return [t];
    }, v);
  }
  get text(): string[][] {
    return this.get('text');
  }
  get formulas(): unknown[][] {
    return this.get('formulas');
  }
  set formulas(v: unknown[][]) {
    this.write((t) => {
      assertWritable(t.sheet, t.rect);
      const at = inputAt(v, t.rect, 'formulas');
      for (const [r, c] of cellsOf(t.rect)) writeCell(this.context.host.doc, t.sheet, r, c, at(r, c));
      return [t];
    }, v);
  }
  get numberFormat(): unknown[][] {
    return this.get('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this.write((t) => {
      assertWritable(t.sheet, t.rect, 'format');
      const at = inputAt(v, t.rect, 'numberFormat');
      for (const [r, c] of cellsOf(t.rect)) {
        const f = at(r, c);
        if (f === null || f === undefined) continue;
        const cell = t.sheet.at(r, c);
        cell.numberFormat = String(f) === 'General' ? undefined : String(f);
        cell.text = displayText(cell.value, cell.numberFormat);
        t.sheet.prune(r, c);
      }
      return [t];
    }, v);
  }

  get format(): FakeRangeFormat {
    this.fmt ??= new FakeRangeFormat(this.context, () => {
      const t = this.resolveNow();
      return t ? { sheet: t.sheet, rects: [t.rect] } : null;
    });
    return this.fmt;
  }

  protected override nav(name: string): FakeObject<unknown> | undefined {
    return name === 'format' ? this.format : undefined;
  }

  protected scalar(name: string, t: RangeTarget): unknown {
    const { sheet, rect } = t;
    if (['values', 'text', 'formulas', 'numberFormat'].includes(name) && overLimit(this.context, rect)) return null;
    switch (name) {
      case 'address':
        return `${sheetPrefix(sheet.name)}!${rectA1(rect)}`;
      case 'addressLocal':
        return `${sheetPrefix(sheet.name)}!${rectA1(rect)}`;
      case 'rowIndex':
        return rect.top;
      case 'columnIndex':
        return rect.left;
      case 'rowCount':
        return rows(rect);
      case 'columnCount':
        return cols(rect);
      case 'cellCount':
        return rows(rect) * cols(rect);
      case 'values':
        return matrix(rect, (r, c) => sheet.get(r, c)?.value ?? '');
      case 'text':
        return matrix(rect, (r, c) => sheet.get(r, c)?.text ?? '');
      case 'formulas':
        return matrix(rect, (r, c) => {
          const cell = sheet.get(r, c);
          return cell?.formula ?? cell?.value ?? '';
        });
      case 'numberFormat':
        return matrix(rect, (r, c) => sheet.get(r, c)?.numberFormat ?? 'General');
      default:
        throw new FakeRichApiError('PropertyNotFound', `Unknown property '${name}'.`);
    }
  }
  protected defaults(): string[] {
    return [
      'address',
      'rowIndex',
      'columnIndex',
      'rowCount',
      'columnCount',
      'values',
      'text',
      'formulas',
      'numberFormat',
    ];
  }

  /**
   * Per-cell properties: `format.fill.color`, `format.fill.pattern`, `format.fill.tintAndShade` and
   * `format.protection.locked` are known to this host. No Fill reads as color '#FFFFFF' with tintAndShade
   * null; its pattern is 'None', or null under the 'patternNull' fill shape (where a fill's pattern is null too).
   */
  getCellProperties(options: {
    format?: {
      fill?: { color?: boolean; pattern?: boolean; tintAndShade?: boolean };
      protection?: boolean | { locked?: boolean };
    };
  }): FakeClientResult<unknown[][]> {
    const shape = this.context.host.options.fillShape;
    return this.query((t) =>
      overLimit(this.context, t.rect)
        ? (null as unknown as unknown[][])
        : matrix(t.rect, (r, c) => {
            const cell = t.sheet.get(r, c);
            const format: Record<string, unknown> = {};
            const want = options.format?.fill;
            if (want) {
              const fill = cell?.fill;
              const f: Record<string, string | number | null> = {};
              if (want.color) f.color = fill ?? '#FFFFFF';
              if (want.pattern) f.pattern = shape === 'patternNull' ? null : fill ? 'Solid' : 'None';
              if (want.tintAndShade) f.tintAndShade = fill ? 0 : null;
              format.fill = f;
            }
            if (options.format?.protection)
              format.protection = { locked: cell?.locked !== false, formulaHidden: false };
            return options.format ? { format } : {};
          }),
    );
  }

  setCellProperties(props: { format?: { fill?: { color?: string } } }[][]): void {
    this.write((t) => {
      assertWritable(t.sheet, t.rect, 'format');
      const at = inputAt(props, t.rect, 'cellProperties');
      for (const [r, c] of cellsOf(t.rect)) {
        const color = (at(r, c) as { format?: { fill?: { color?: string } } } | undefined)?.format?.fill?.color;
        if (color) t.sheet.at(r, c).fill = color.toUpperCase();
      }
      return [t];
    }, props);
  }

  /**
   * Merged areas whose top-left cell lies in this range, whole (not clipped to the range), null when
   * none: office-js #3611, answered "by design". More than `mergedAreasLimit` (512) fails the sync.
   */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(
      this.context,
      () => {
        const t = this.resolveNow() as RangeTarget;
        this.context.host.noteMergedAreasCall();
        const inside = t.sheet.merges.filter(
          (m) => m.top >= t.rect.top && m.top <= t.rect.bottom && m.left >= t.rect.left && m.left <= t.rect.right,
        );
        if (inside.length > this.context.host.options.mergedAreasLimit) {
          throw new FakeRichApiError(
            'GeneralException',
            'There was an internal error while processing the request.',
            'Range.getMergedAreasOrNullObject',
          );
        }
        return inside.length ? { sheet: t.sheet, rects: inside.map((m) => ({ ...m })) } : null;
      },
      true,
    );
  }

  /** Only 'Formulas' is supported: the formula cells as row runs. */
  getSpecialCellsOrNullObject(type: string): FakeRangeAreas {
    if (type !== 'Formulas') throw new Error(`fake Excel: getSpecialCells('${type}') is not implemented`);
    return new FakeRangeAreas(
      this.context,
      () => {
        const t = this.resolveNow() as RangeTarget;
        const found: Rect[] = [];
        for (let r = t.rect.top; r <= t.rect.bottom; r++) {
          for (let c = t.rect.left; c <= t.rect.right; c++) {
            if (!t.sheet.get(r, c)?.formula) continue;
            const last = found[found.length - 1];
            if (last && last.top === r && last.right === c - 1) last.right = c;
            else found.push({ top: r, left: c, bottom: r, right: c });
          }
        }
        return found.length ? { sheet: t.sheet, rects: found } : null;
      },
      true,
    );
  }

  select(): void {
    this.write((t) => {
      const doc = this.context.host.doc;
      doc.activeSheet = t.sheet;
      doc.selection = { sheet: t.sheet.name, address: rectA1(t.rect) };
    });
  }
}

export class FakeRangeAreas extends FakeObject<AreasTarget> {
  private fmt?: FakeRangeFormat;
  private areasProxy?: FakeRangeCollection;

  get address(): string {
    return this.get('address');
  }
  get areaCount(): number {
    return this.get('areaCount');
  }
  get cellCount(): number {
    return this.get('cellCount');
  }
  get areas(): FakeRangeCollection {
    this.areasProxy ??= new FakeRangeCollection(this.context, () => this.resolveNow(), true, false);
    return this.areasProxy;
  }
  get format(): FakeRangeFormat {
    this.fmt ??= new FakeRangeFormat(this.context, () => this.resolveNow());
    return this.fmt;
  }

  protected override nav(name: string): FakeObject<unknown> | undefined {
    if (name === 'areas') return this.areas;
    if (name === 'format') return this.format;
    return undefined;
  }

  protected scalar(name: string, t: AreasTarget): unknown {
    switch (name) {
      case 'address':
        return t.rects.map((r) => `${sheetPrefix(t.sheet.name)}!${rectA1(r)}`).join(',');
      case 'areaCount':
        return t.rects.length;
      case 'cellCount':
        return t.rects.reduce((n, r) => n + rows(r) * cols(r), 0);
      default:
        throw new FakeRichApiError('PropertyNotFound', `Unknown property '${name}'.`);
    }
  }
  protected defaults(): string[] {
    return ['address', 'areaCount', 'cellCount'];
  }
}

export class FakeRangeCollection extends FakeCollection<AreasTarget | null, FakeRange> {
  protected itemTargets(t: AreasTarget | null): unknown[] {
    return t ? t.rects.map((rect) => ({ sheet: t.sheet, rect })) : [];
  }
  protected makeItem(target: unknown): FakeRange {
    return new FakeRange(this.context, () => target as RangeTarget, false, false);
  }
}

export class FakeRangeFormat extends FakeObject<AreasTarget> {
  private fillProxy?: FakeRangeFill;
  private fontProxy?: FakeRangeFont;

  get fill(): FakeRangeFill {
    this.fillProxy ??= new FakeRangeFill(this.context, () => this.resolveNow(), false, false);
    return this.fillProxy;
  }
  get font(): FakeRangeFont {
    this.fontProxy ??= new FakeRangeFont(this.context, () => this.resolveNow(), false, false);
    return this.fontProxy;
  }
  protected override nav(name: string): FakeObject<unknown> | undefined {
    if (name === 'fill') return this.fill;
    if (name === 'font') return this.font;
    return undefined;
  }
  protected scalar(name: string): unknown {
    throw new FakeRichApiError('PropertyNotFound', `Unknown property '${name}'.`);
  }
  protected defaults(): string[] {
    return [];
  }
  autofitColumns(): void {
    this.write(() => undefined);
  }
  autofitRows(): void {
    this.write(() => undefined);
  }
}

export class FakeRangeFill extends FakeObject<AreasTarget> {
  get color(): string {
    return this.get('color');
  }
  get pattern(): string | null {
    return this.get('pattern');
  }
  set color(color: string) {
    this.write((t) => {
      for (const rect of t.rects) assertWritable(t.sheet, rect, 'format');
      for (const rect of t.rects) for (const [r, c] of cellsOf(rect)) t.sheet.at(r, c).fill = color.toUpperCase();
      return t.rects.map((rect) => ({ sheet: t.sheet, rect }));
    }, color);
  }
  clear(): void {
    this.write((t) => {
      for (const rect of t.rects) assertWritable(t.sheet, rect, 'format');
      for (const rect of t.rects) {
        for (const [r, c] of cellsOf(rect)) {
          const cell = t.sheet.get(r, c);
          if (cell) delete cell.fill;
          t.sheet.prune(r, c);
        }
      }
      return t.rects.map((rect) => ({ sheet: t.sheet, rect }));
    });
  }
  protected scalar(name: string, t: AreasTarget): unknown {
    if (name === 'color') {
      const colors = new Set(
        t.rects.flatMap((rect) => cellsOf(rect).map(([r, c]) => t.sheet.get(r, c)?.fill ?? '#FFFFFF')),
      );
      return colors.size === 1 ? [...colors][0] : null;
    }
    if (name === 'pattern') {
      // As Excel: one pattern for the whole range, null when its cells differ.
      const patterns = new Set(
        t.rects.flatMap((rect) => cellsOf(rect).map(([r, c]) => (t.sheet.get(r, c)?.fill ? 'Solid' : 'None'))),
      );
      return patterns.size === 1 ? [...patterns][0] : null;
    }
    throw new FakeRichApiError('PropertyNotFound', `Unknown property '${name}'.`);
  }
  protected defaults(): string[] {
    return ['color'];
  }
}

export class FakeRangeFont extends FakeObject<AreasTarget> {
  set bold(_v: boolean) {
    this.write((t) => {
      for (const rect of t.rects) assertWritable(t.sheet, rect, 'format');
    });
  }
  protected scalar(name: string): unknown {
    if (name === 'bold') return false;
    throw new FakeRichApiError('PropertyNotFound', `Unknown property '${name}'.`);
  }
  protected defaults(): string[] {
    return ['bold'];
  }
}

// ---- custom XML parts -------------------------------------------------------------------------------

export class FakeCustomXmlPart extends FakeObject<CustomPart> {
  get id(): string {
    return this.get('id');
  }
  get namespaceUri(): string {
    return this.get('namespaceUri');
  }
  protected scalar(name: string, p: CustomPart): unknown {
    if (name === 'id') return p.id;
    if (name === 'namespaceUri') return p.namespaceUri;
    throw new FakeRichApiError('PropertyNotFound', `Unknown property '${name}'.`);
  }
  protected defaults(): string[] {
    return ['id', 'namespaceUri'];
  }
  getXml(): FakeClientResult<string> {
    return this.query((p) => {
      if (!this.context.host.doc.parts.includes(p))
        throw new FakeRichApiError('ItemNotFound', 'The custom XML part no longer exists.');
      return p.xml;
    });
  }
  setXml(xml: string): void {
    this.write((p) => {
      p.xml = xml;
    }, xml);
  }
  delete(): void {
    this.write((p) => {
      const doc = this.context.host.doc;
      // Deleted meanwhile (by another runtime's batch): Excel no longer finds it.
      if (!doc.parts.includes(p))
        throw new FakeRichApiError('ItemNotFound', 'The custom XML part no longer exists.', 'CustomXmlPart.delete');
      doc.parts = doc.parts.filter((x) => x !== p);
    });
  }
}

export class FakeCustomXmlPartScopedCollection extends FakeCollection<CustomPart[], FakeCustomXmlPart> {
  protected itemTargets(list: CustomPart[]): unknown[] {
    return list;
  }
  protected makeItem(target: unknown): FakeCustomXmlPart {
    return new FakeCustomXmlPart(this.context, () => target as CustomPart, false, false);
  }
}

export class FakeCustomXmlPartCollection extends FakeCollection<WorkbookDocument, FakeCustomXmlPart> {
  constructor(context: FakeContext) {
    super(context, () => context.host.doc, false, false);
  }
  protected itemTargets(doc: WorkbookDocument): unknown[] {
    return doc.parts;
  }
  protected makeItem(target: unknown): FakeCustomXmlPart {
    return new FakeCustomXmlPart(this.context, () => target as CustomPart, false, false);
  }
  add(xml: string): FakeCustomXmlPart {
    let created: CustomPart | null = null;
    const proxy = new FakeCustomXmlPart(this.context, () => created, false, false);
    this.context.enqueue({
      requestBytes: jsonBytes(xml),
      exec: () => {
        if (!/^\s*(<\?xml[^>]*\?>)?\s*<[A-Za-z_]/.test(xml))
          throw new FakeRichApiError('InvalidArgument', 'The XML is not well formed.');
        created = this.context.host.doc.addPart(xml);
      },
    });
    return proxy;
  }
  getByNamespace(ns: string): FakeCustomXmlPartScopedCollection {
    return new FakeCustomXmlPartScopedCollection(this.context, () =>
      this.context.host.doc.parts.filter((p) => p.namespaceUri === ns),
    );
  }
}

// ---- events -----------------------------------------------------------------------------------------

export class FakeEventHandlers {
  constructor(private readonly context: FakeContext) {}

  add(handler: (args: unknown) => unknown): { context: FakeContext; remove(): void } {
    let unregister: (() => void) | undefined;
    this.context.enqueue({
      exec: () => {
        unregister = this.context.host.registerChangeHandler(handler);
      },
    });
    const context = this.context;
    return {
      context,
      remove: () => {
        context.enqueue({ exec: () => unregister?.() });
      },
    };
  }
}
