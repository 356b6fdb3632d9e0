// FakeWorkbook: the in-memory Excel host. It owns the document and plays Excel's part: `Excel.run`,
// `context.sync()` (counted, optionally slowed, able to hang, to wait for or refuse cell-edit mode,
// and to refuse payloads above 5 MB), `Office.context.document.settings`, `Office.onReady`,
// `Office.actions.associate`, dialogs and change events. `install()` puts `Excel` and `Office` on a
// global object (window in the browser tests); `host` hands them to an ExcelSession directly.

import type { SheetGrid } from '../../../src/workbook/grid';
import { FakeRichApiError } from './errors';
import { parseInput, displayText, WorkbookDocument, type FakeCell, type FakeSheet } from './model';
import { FakeContext, FakeObject, parseRect, rectA1, type Action, type RunOptions, type SyncHost } from './proxies';
import type { Rect } from '../../../src/domain/model';

export interface FakeHostOptions {
  /** Milliseconds every sync waits before answering (Excel on the web: ~100 ms). */
  syncDelayMs?: number;
  /** Largest request or response of one sync (Excel on the web: 5 MB). */
  payloadLimitBytes?: number;
  /** Whether Excel honours `delayForCellEdit` (true from ExcelApi 1.11); when false a sync in cell-edit mode fails. */
  supportsDelayForCellEdit?: boolean;
  /** Highest ExcelApi requirement set the host claims (default 1.17). */
  apiVersion?: string;
  /** Shared runtime: Office.addin.showAsTaskpane exists. */
  sharedRuntime?: boolean;
  /**
   * How getCellProperties reports a cell's fill. 'documented' (default): pattern 'None' for No Fill and
   * 'Solid' for a fill. 'patternNull': pattern null for every cell, filled or not (office-js #4900, #6218:
   * No Fill and a white fill both come back as #FFFFFF with a null pattern). In both, No Fill has color
   * '#FFFFFF' and tintAndShade null, a fill has its colour and a numeric tintAndShade (0), as Microsoft
   * answered in #4900.
   */
  fillShape?: 'documented' | 'patternNull';
  /**
   * Most merged areas getMergedAreasOrNullObject returns (the Range reference: "if the merged areas count
   * in this range is more than 512, then this method will fail to return the result"). Above it the sync
   * fails with GeneralException at Range.getMergedAreasOrNullObject (the code is not documented).
   */
  mergedAreasLimit?: number;
  /** Most cells one range read (values, text, formulas, number formats, cell properties) may cover (5,000,000). */
  readCellLimit?: number;
  /**
   * What a read above readCellLimit gives: 'throw' a RangeExceedsLimit error (documented), or 'null'
   * matrices with no error (office-js #6781 for values, #4783 for a used range's text and values).
   */
  overLimitRead?: 'throw' | 'null';
}

/** Calls the add-in made into the workbook API (each Excel.run, each sync and each queued action). */
export interface ApiCalls {
  runs: number;
  syncs: number;
  /** Queued actions: loads, property sets, method calls and proxy look-ups, counted when synced. */
  actions: number;
  /** getMergedAreasOrNullObject calls that ran (office-js #5918: they clear Excel's undo stack). */
  mergedAreas: number;
  /** Office.context.document.settings refreshAsync / saveAsync calls. */
  settings: number;
}

export interface SyncRecord {
  n: number;
  actions: number;
  requestBytes: number;
  responseBytes: number;
  /** The batch called suspendApiCalculationUntilNextSync. */
  suspendedCalculation: boolean;
  /** Cells changed by the batch. */
  changedCells: number;
  error?: string;
}

export interface DialogRecord {
  url: string;
  options: unknown;
  messages: string[];
  closed: boolean;
  /** Closes the dialog as the user would (the add-in receives DialogEventReceived 12006). */
  closeByUser(): void;
}

type Handler = (args: unknown) => unknown;

function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

function versionAtLeast(have: string, want: string): boolean {
  const a = have.split('.').map(Number);
  const b = want.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return true;
}

/** Office.context.document.settings: in memory until saveAsync writes them into the document. */
export class FakeSettings {
  private values: Record<string, unknown>;
  constructor(
    private readonly doc: WorkbookDocument,
    private readonly onCall: () => void = () => undefined,
  ) {
    this.values = clone(doc.settings);
  }
  get(name: string): unknown {
    return name in this.values ? clone(this.values[name]) : null;
  }
  set(name: string, value: unknown): void {
    this.values[name] = clone(value);
  }
  remove(name: string): void {
    delete this.values[name];
  }
  saveAsync(a?: unknown, b?: unknown): void {
    const cb = (typeof a === 'function' ? a : b) as ((r: { status: string; value?: unknown }) => void) | undefined;
    this.onCall();
    this.doc.settings = clone(this.values);
    setTimeout(() => cb?.({ status: 'succeeded', value: undefined }), 0);
  }
  refreshAsync(cb?: (r: { status: string; value: FakeSettings }) => void): void {
    this.onCall();
    this.values = clone(this.doc.settings);
    setTimeout(() => cb?.({ status: 'succeeded', value: this }), 0);
  }
  addHandlerAsync(_type: unknown, _handler: unknown, cb?: (r: { status: string }) => void): void {
    cb?.({ status: 'succeeded' });
  }
  removeHandlerAsync(_type: unknown, _opts?: unknown, cb?: (r: { status: string }) => void): void {
    cb?.({ status: 'succeeded' });
  }
}

export class FakeWorkbook implements SyncHost {
  readonly doc: WorkbookDocument;
  readonly options: Required<Omit<FakeHostOptions, 'syncDelayMs'>> & { syncDelayMs: number };
  /** context.sync() calls so far (hanging and failed ones included). */
  syncCount = 0;
  readonly syncs: SyncRecord[] = [];
  /** Every call into the workbook API so far (see ApiCalls); apiCallCount is their total. */
  readonly apiCalls: ApiCalls = { runs: 0, syncs: 0, actions: 0, mergedAreas: 0, settings: 0 };
  /** Excel.run calls so far, and the most that were ever running at once. */
  runCount = 0;
  maxConcurrentRuns = 0;
  private activeRuns = 0;
  private hangs = 0;
  private cellEdit: { ended: Promise<void>; end: () => void; waiting: Promise<void>; wait: () => void } | null = null;
  private readonly beforeSyncHooks: ((n: number, wb: FakeWorkbook) => void)[] = [];
  private readonly handlers = new Set<Handler>();
  settings: FakeSettings;
  /** Office.actions.associate registrations (ribbon function names). */
  readonly actions = new Map<string, (event: unknown) => unknown>();
  readonly dialogs: DialogRecord[] = [];
  private readonly dialogWaiters: ((d: DialogRecord) => void)[] = [];
  taskpaneShown = 0;

  /** The `n`-th dialog the add-in opens (0-based), once displayDialogAsync was called for it: a test awaits this instead of polling. */
  dialogOpened(n = 0): Promise<DialogRecord> {
    if (this.dialogs[n]) return Promise.resolve(this.dialogs[n]);
    return new Promise((resolve) => {
      const wait = (d: DialogRecord) => {
        if (this.dialogs[n] === d) resolve(d);
        else this.dialogWaiters.push(wait);
      };
      this.dialogWaiters.push(wait);
    });
  }

  constructor(doc: WorkbookDocument, options: FakeHostOptions = {}) {
    this.doc = doc;
    this.options = {
      syncDelayMs: options.syncDelayMs ?? 0,
      payloadLimitBytes: options.payloadLimitBytes ?? 5 * 1024 * 1024,
      supportsDelayForCellEdit: options.supportsDelayForCellEdit ?? true,
      apiVersion: options.apiVersion ?? '1.17',
      sharedRuntime: options.sharedRuntime ?? false,
      fillShape: options.fillShape ?? 'documented',
      mergedAreasLimit: options.mergedAreasLimit ?? 512,
      readCellLimit: options.readCellLimit ?? 5_000_000,
      overLimitRead: options.overLimitRead ?? 'throw',
    };
    this.settings = new FakeSettings(doc, this.countSettingsCall);
  }

  private readonly countSettingsCall = (): void => {
    this.apiCalls.settings++;
  };

  /** A workbook holding these grids (values, text, formulas, number formats, fills, merges, protection). */
  static fromGrids(grids: SheetGrid[], options: FakeHostOptions = {}): FakeWorkbook {
    return new FakeWorkbook(WorkbookDocument.fromGrids(grids), options);
  }

  /** Excel.run calls, syncs, queued actions and settings round trips so far. */
  get apiCallCount(): number {
    const c = this.apiCalls;
    return c.runs + c.syncs + c.actions + c.settings;
  }

  /** The document as grids, for assertions (cells with a value, formula, fill or number format). */
  toGrids(): SheetGrid[] {
    return this.doc.toGrids();
  }

  sheet(name: string): FakeSheet {
    const s = this.doc.sheet(name);
    if (!s) throw new Error(`fake Excel: no sheet ${name}`);
    return s;
  }

  /** The cell at 'H17' of a sheet (undefined when empty). */
  cell(sheet: string, address: string): FakeCell | undefined {
    const r = parseRect(address);
    return this.sheet(sheet).get(r.top, r.left);
  }

  // ---- scenario hooks ------------------------------------------------------------------------------

  /** The next `n` syncs never answer (Excel on the web sometimes hangs on the first one). */
  hangNextSyncs(n = 1): void {
    this.hangs += n;
  }

  /** The user starts typing in a cell: syncs wait (delayForCellEdit) or fail until exitCellEditMode. */
  enterCellEditMode(): void {
    if (this.cellEdit) return;
    let end = (): void => undefined;
    const ended = new Promise<void>((resolve) => (end = resolve));
    let wait = (): void => undefined;
    const waiting = new Promise<void>((resolve) => (wait = resolve));
    this.cellEdit = { ended, end, waiting, wait };
  }

  /** Resolves once a sync is held back by the cell edit (delayForCellEdit): a test awaits this instead of sleeping. */
  syncWaitingForCellEdit(): Promise<void> {
    return this.cellEdit?.waiting ?? Promise.reject(new Error('not in cell-edit mode'));
  }

  exitCellEditMode(): void {
    const c = this.cellEdit;
    this.cellEdit = null;
    c?.end();
  }

  get inCellEditMode(): boolean {
    return this.cellEdit !== null;
  }

  /** Runs before sync number n is processed (e.g. a person protects a sheet meanwhile). */
  onBeforeSync(hook: (n: number, wb: FakeWorkbook) => void): void {
    this.beforeSyncHooks.push(hook);
  }

  /** Protects a sheet (or lifts it); `allowFormatCells` as in Excel's protection options. */
  protect(sheet: string, on = true, options: { allowFormatCells?: boolean } = {}): void {
    const s = this.sheet(sheet);
    s.protected = on;
    s.protectionOptions = { ...options };
  }

  /** Unlocks cells (Format Cells → Protection → Locked off), as official templates do with their input cells. */
  unlock(sheet: string, address: string): void {
    const s = this.sheet(sheet);
    const r = parseRect(address);
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) s.at(row, col).locked = false;
  }

  /** A person types into a cell (what Excel does with the typed text), firing change events. */
  userEdit(sheet: string, address: string, typed: string | number | null): void {
    const s = this.sheet(sheet);
    const r = parseRect(address);
    const p = parseInput(typed ?? '');
    const cell = s.at(r.top, r.left);
    if (p.kind === 'clear' || p.kind === 'skip') {
      cell.value = null;
      delete cell.formula;
    } else if (p.kind === 'formula') {
      cell.formula = p.formula;
      cell.value = this.doc.formulaResult(s, r.top, r.left, p.formula).value;
    } else {
      cell.value = p.value;
      delete cell.formula;
    }
    if (p.kind === 'value' && p.error) cell.error = true;
    else delete cell.error;
    cell.text = displayText(cell.value, cell.numberFormat);
    s.prune(r.top, r.left);
    this.fire([{ sheet: s, rect: r }]);
  }

  /** A person sets a cell's fill (null = no fill). */
  userFill(sheet: string, address: string, color: string | null): void {
    const s = this.sheet(sheet);
    const r = parseRect(address);
    if (color) s.at(r.top, r.left).fill = color.toUpperCase();
    else {
      const c = s.get(r.top, r.left);
      if (c) delete c.fill;
      s.prune(r.top, r.left);
    }
    this.fire([{ sheet: s, rect: r }]);
  }

  /** A person inserts `count` empty rows before row `at` (0-based): cells and merged areas below move down. */
  userInsertRows(sheet: string, at: number, count = 1): void {
    const s = this.sheet(sheet);
    const rows = [...s.cells.entries()].sort((a, b) => b[0] - a[0]);
    for (const [r, line] of rows) {
      if (r < at) continue;
      s.cells.delete(r);
      s.cells.set(r + count, line);
    }
    s.merges = s.merges.map((m) =>
      m.top >= at
        ? { ...m, top: m.top + count, bottom: m.bottom + count }
        : m.bottom >= at
          ? { ...m, bottom: m.bottom + count }
          : m,
    );
    this.fire([{ sheet: s, rect: { top: at, left: 0, bottom: at + count - 1, right: 16383 } }], 'RowInserted');
  }

  /** A person deletes `count` rows from row `at` (0-based): cells and merged areas below move up, merges lose the deleted rows. */
  userDeleteRows(sheet: string, at: number, count = 1): void {
    const s = this.sheet(sheet);
    const end = at + count - 1;
    const rows = [...s.cells.entries()].sort((a, b) => a[0] - b[0]);
    s.cells.clear();
    for (const [r, line] of rows) {
      if (r < at) s.cells.set(r, line);
      else if (r > end) s.cells.set(r - count, line);
    }
    const shift = (row: number) => (row > end ? row - count : row >= at ? at - 1 : row);
    s.merges = s.merges
      .filter((m) => !(m.top >= at && m.bottom <= end))
      .map((m) => ({ ...m, top: m.top > end ? m.top - count : Math.min(m.top, at), bottom: shift(m.bottom) }))
      .filter((m) => m.bottom > m.top || m.right > m.left);
    this.fire([{ sheet: s, rect: { top: at, left: 0, bottom: end, right: 16383 } }], 'RowDeleted');
  }

  /**
   * A second JavaScript runtime on the same document — the ribbon's function file when the add-in has no shared
   * runtime: the same workbook, but its own in-memory copy of the settings, loaded now.
   */
  otherRuntime(): { host: { Excel: { run: typeof Excel.run }; Office: never }; settings: FakeSettings } {
    const settings = new FakeSettings(this.doc, this.countSettingsCall);
    const base = this.Office;
    const context = Object.create(base.context, {
      document: { get: () => ({ settings, url: 'https://example.invalid/Workbook.xlsx' }) },
    }) as typeof base.context;
    const Office = { ...base, context };
    return { host: { Excel: this.Excel as unknown as { run: typeof Excel.run }, Office: Office as never }, settings };
  }

  /**
   * Closing and reopening the workbook: unsaved settings are lost, document content stays.
   * `settingsLost`: the saved settings are gone too, as reported on reopen in Excel on the web
   * (OfficeDev/office-js #2940, #5206) and on Mac (#6091); the cells and custom XML parts stay.
   */
  reopen(options: { settingsLost?: boolean } = {}): void {
    if (options.settingsLost) this.doc.settings = {};
    this.settings = new FakeSettings(this.doc, this.countSettingsCall);
  }

  // ---- SyncHost ------------------------------------------------------------------------------------

  registerChangeHandler(handler: Handler): () => void {
    this.handlers.add(handler);
    return () => this.handlers.delete(handler);
  }

  private fire(changed: { sheet: FakeSheet; rect: Rect }[], changeType = 'RangeEdited'): void {
    if (!changed.length || !this.handlers.size) return;
    const events = changed.map((c) => ({
      type: 'WorksheetChanged',
      changeType,
      source: 'Local',
      worksheetId: c.sheet.id,
      address: rectA1(c.rect),
    }));
    for (const h of [...this.handlers]) for (const e of events) setTimeout(() => void h(e), 0);
  }

  noteMergedAreasCall(): void {
    this.apiCalls.mergedAreas++;
  }

  async executeSync(context: FakeContext): Promise<void> {
    const n = ++this.syncCount;
    const actions: Action[] = context.queue;
    context.queue = [];
    this.apiCalls.syncs++;
    this.apiCalls.actions += actions.length;
    for (const hook of this.beforeSyncHooks) hook(n, this);
    if (this.hangs > 0) {
      this.hangs--;
      return new Promise<void>(() => undefined);
    }
    if (this.options.syncDelayMs > 0) await new Promise((r) => setTimeout(r, this.options.syncDelayMs));
    const rec: SyncRecord = {
      n,
      actions: actions.length,
      requestBytes: actions.reduce((s, a) => s + (a.requestBytes ?? 0), 0),
      responseBytes: 0,
      suspendedCalculation: actions.some((a) => a.suspendsCalculation),
      changedCells: 0,
    };
    this.syncs.push(rec);
    const fail = (e: FakeRichApiError): never => {
      rec.error = e.code;
      throw e;
    };
    if (this.cellEdit) {
      if (context.runOptions.delayForCellEdit && this.options.supportsDelayForCellEdit) {
        this.cellEdit.wait();
        await this.cellEdit.ended;
      } else
        fail(
          new FakeRichApiError(
            'InvalidOperationInCellEditMode',
            'Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.',
          ),
        );
    }
    if (rec.requestBytes > this.options.payloadLimitBytes) {
      fail(new FakeRichApiError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.'));
    }
    const changed: { sheet: FakeSheet; rect: Rect }[] = [];
    try {
      for (const a of actions) {
        a.exec();
        rec.responseBytes += a.responseBytes ?? 0;
        if (a.changed) changed.push(...a.changed);
      }
    } catch (e) {
      this.noteChanges(rec, changed);
      fail(e instanceof FakeRichApiError ? e : new FakeRichApiError('GeneralException', String(e)));
    }
    this.noteChanges(rec, changed);
    if (rec.responseBytes > this.options.payloadLimitBytes) {
      fail(
        new FakeRichApiError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.'),
      );
    }
    for (const a of actions) a.commit?.();
  }

  private noteChanges(rec: SyncRecord, changed: { sheet: FakeSheet; rect: Rect }[]): void {
    rec.changedCells = changed.reduce(
      (s, c) => s + (c.rect.bottom - c.rect.top + 1) * (c.rect.right - c.rect.left + 1),
      0,
    );
    this.fire(changed);
  }

  // ---- the globals ---------------------------------------------------------------------------------

  private async run(a: unknown, b?: unknown): Promise<unknown> {
    let context: FakeContext;
    let batch: (ctx: FakeContext) => Promise<unknown>;
    if (typeof a === 'function') {
      batch = a as typeof batch;
      context = new FakeContext(this);
    } else {
      batch = b as typeof batch;
      if (a instanceof FakeContext) context = a;
      else if (a instanceof FakeObject) context = a.context;
      else context = new FakeContext(this, (a ?? {}) as RunOptions);
    }
    this.runCount++;
    this.apiCalls.runs++;
    this.activeRuns++;
    this.maxConcurrentRuns = Math.max(this.maxConcurrentRuns, this.activeRuns);
    try {
      const result = await batch(context);
      if (context.queue.length) {
        throw new Error(
          `fake Excel: Excel.run ended with ${context.queue.length} queued action(s) that were never synced`,
        );
      }
      return result;
    } finally {
      this.activeRuns--;
    }
  }

  /** The `Excel` global this host provides. */
  readonly Excel = {
    run: (a: unknown, b?: unknown): Promise<unknown> => this.run(a, b),
    ErrorCodes: {
      accessDenied: 'AccessDenied',
      generalException: 'GeneralException',
      invalidArgument: 'InvalidArgument',
      itemNotFound: 'ItemNotFound',
      invalidOperationInCellEditMode: 'InvalidOperationInCellEditMode',
      responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
    },
    SpecialCellType: { formulas: 'Formulas' },
  };

  /** The `Office` global this host provides. */
  readonly Office = (() => {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const wb = this;
    const info = { host: 'Excel', platform: 'OfficeOnline' };
    return {
      onReady: (cb?: (i: typeof info) => void): Promise<typeof info> => {
        cb?.(info);
        return Promise.resolve(info);
      },
      context: {
        get document() {
          return { settings: wb.settings, url: 'https://example.invalid/Workbook.xlsx' };
        },
        host: 'Excel',
        platform: 'OfficeOnline',
        displayLanguage: 'zh-CN',
        contentLanguage: 'zh-CN',
        requirements: {
          isSetSupported: (name: string, version?: string): boolean =>
            name !== 'ExcelApi' || versionAtLeast(wb.options.apiVersion, version ?? '1.1'),
        },
        ui: {
          displayDialogAsync: (
            url: string,
            options: unknown,
            cb?: (r: { status: string; value: unknown }) => void,
          ): void => {
            const handlers = new Map<string, (arg: unknown) => void>();
            const pending: [string, unknown][] = []; // events before the add-in registered its handler
            const emit = (type: string, arg: unknown) => {
              const h = handlers.get(type);
              if (h) h(arg);
              else pending.push([type, arg]);
            };
            const record: DialogRecord = {
              url,
              options,
              messages: [],
              closed: false,
              closeByUser: () => {
                record.closed = true;
                emit('dialogEventReceived', { error: 12006 });
              },
            };
            wb.dialogs.push(record);
            for (const w of wb.dialogWaiters.splice(0)) w(record);
            const dialog = {
              addEventHandler: (type: string, h: (arg: unknown) => void) => {
                handlers.set(type, h);
                const waiting = pending.splice(0);
                for (const [t, arg] of waiting) {
                  if (t === type) h(arg);
                  else pending.push([t, arg]);
                }
              },
              close: () => {
                record.closed = true;
              },
              messageChild: (m: string) => record.messages.push(m),
            };
            setTimeout(() => cb?.({ status: 'succeeded', value: dialog }), 0);
          },
          messageParent: (): void => undefined,
        },
      },
      actions: {
        associate: (name: string, fn: (event: unknown) => unknown): void => {
          wb.actions.set(name, fn);
        },
      },
      get addin() {
        return wb.options.sharedRuntime
          ? {
              showAsTaskpane: async () => {
                wb.taskpaneShown++;
              },
              hide: async () => undefined,
            }
          : undefined;
      },
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      HostType: { Excel: 'Excel' },
      EventType: { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' },
    };
  })();

  /** `{ Excel, Office }` for `new ExcelSession({ host })`. */
  get host(): { Excel: { run: typeof Excel.run }; Office: never } {
    return { Excel: this.Excel as unknown as { run: typeof Excel.run }, Office: this.Office as never };
  }

  /** Puts `Excel` and `Office` on a global object (window); returns a function that takes them off. */
  install(target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): () => void {
    const before = { Excel: target.Excel, Office: target.Office };
    target.Excel = this.Excel;
    target.Office = this.Office;
    return () => {
      target.Excel = before.Excel;
      target.Office = before.Office;
    };
  }
}

export { rectA1 };
