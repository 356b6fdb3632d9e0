// ExcelSession: the WorkbookSession the task pane and the ribbon use, over Office.js.
// Every action is one queued Excel.run (see runner.ts). A one-click recalculation (recalculateWith)
// takes the same syncs whatever the workbook's size: the read (read.ts: three the first time, two
// for a rescan — the cells' sync also carries the stored record and the current fill of the tool's
// earlier highlights), then the write (fills about to change are read first in that batch, then the
// record part with the snapshot, then values and fills, with API calculation suspended), and one
// more to complete the record when the write read some fill before. Earlier highlights that still show the tool's colour are handed to the plan
// (PlanOptions.ownedFills), which takes back those whose rows no longer need them.

/// <reference types="office-js" />

import type { SheetGrid } from '../workbook/grid';
import { cellAt, fromA1, toA1 } from '../workbook/grid';
import type { WritePlan } from '../workbook/plan';
import { cellKey } from '../workbook/plan';
import {
  WorkbookError,
  type ApplyResult,
  type Decide,
  type FindingRow,
  type RecalculationRun,
  type RevertResult,
  type WorkbookSession,
} from '../workbook/host';
import { columnRuns, parseRangeAddress, runAddress } from './address';
import { queueRestore, queueWrite } from './apply';
import {
  normColor,
  prepareWrite,
  writablePlan,
  type PreparedWrite,
  type SheetProtection,
} from '../workbook/prepareWrite';
import { FILL_PROPS, fillOfProps, probedFills, queueFillProbes } from './fillProbe';
import { richApiCode, toWorkbookError } from './errors';
import { queueFindingsSheet } from './findingsSheet';
import {
  LayoutCache,
  readRecordParts,
  readWorkbook,
  requestParts,
  requestSheets,
  sheetStates,
  type WorkbookState,
} from './read';
import {
  FILL_SNAPSHOT_SETTING,
  FILLED_CELLS_SETTING,
  cellScalar,
  clearableFills,
  ownedKeys,
  recordToXml,
  rememberedFills,
  revisionOf,
  sameValue,
  withProbedFills,
  type FillSnapshot,
  type SnapshotCell,
  type WriteRecord,
} from '../workbook/record';
import { ExcelRunner, type OfficeHost, type RunQueue, type Sync } from './runner';
import { excelMessages as m } from '../i18n/zh-CN/excel';

const REQUIRED_EXCEL_API = '1.13';

interface SessionOptions {
  /** Excel/Office objects to use instead of the page's globals (tests inject the in-memory host). */
  host?: OfficeHost;
  queue?: RunQueue;
  firstSyncTimeoutMs?: number;
  /** Clock for the snapshot's time stamp. */
  now?: () => Date;
  /** Estimated bytes per sync when a workbook too big for one response is read in blocks (default 2 MB). */
  readBlockBytes?: number;
}

export class ExcelSession implements WorkbookSession {
  readonly runner: ExcelRunner;
  private readonly now: () => Date;
  /** The record's revision when this session last read the workbook for a check or a write (undefined: never). */
  private seenRevision?: number;
  /** The sheet list, used ranges and merges of the last read: a rescan of an unchanged layout skips the merged-area reads. */
  readonly layout = new LayoutCache();

  constructor(private readonly options: SessionOptions = {}) {
    this.runner = new ExcelRunner(options);
    this.now = options.now ?? (() => new Date());
  }

  private checkApiLevel(): void {
    const req = this.runner.host.Office?.context?.requirements;
    if (req && !req.isSetSupported('ExcelApi', REQUIRED_EXCEL_API)) {
      throw new WorkbookError(m.apiLevelTooLow(REQUIRED_EXCEL_API), 'not-supported');
    }
  }

  /** Every sheet's used range as grids: three syncs the first time, two for a rescan. `fills: true` also reads each cell's fill. */
  readGrids(options: { fills?: boolean } = {}): Promise<SheetGrid[]> {
    this.checkApiLevel();
    return this.runner.run(
      async (ctx, sync) =>
        (
          await readWorkbook(ctx, sync, {
            fills: !!options.fills,
            blockBytes: this.options.readBlockBytes,
            layout: this.layout,
          })
        ).grids,
    );
  }

  /**
   * The one-click flow in one Excel.run: read (see readForWrite), let `decide` score and plan, apply (see writePrepared).
   * `write: false` reads without fills and never writes.
   */
  recalculateWith(decide: Decide, options: { write: boolean }): Promise<RecalculationRun> {
    this.checkApiLevel();
    return this.runner.run(async (ctx, sync) => {
      const state = await this.readForWrite(ctx, sync, !options.write);
      const changed = this.noteRevision(state);
      const owned = ownedKeys(state.record, state.grids);
      const ownedFills = clearableFills(rememberedFills(state.record, this.lastFills(state.record)), state.fillsNow);
      const plan = decide(state.grids, owned, ownedFills);
      if (!plan || !options.write) return { grids: state.grids, owned, ownedFills };
      if (changed) throw new WorkbookError(m.recordChanged, 'record-changed');
      const applied = await this.writePrepared(ctx, sync, state, this.prepare(plan, state));
      return { grids: state.grids, owned, ownedFills, applied };
    });
  }

  /**
   * Applies a plan built earlier (e.g. after the officer reviewed it in the pane): reads the workbook
   * again (see readForWrite), refuses if a planned cell changed since the plan was made, then writes (see writePrepared).
   */
  applyPlan(plan: WritePlan): Promise<ApplyResult> {
    this.checkApiLevel();
    return this.runner.run(async (ctx, sync) => {
      const state = await this.readForWrite(ctx, sync);
      if (this.noteRevision(state)) throw new WorkbookError(m.recordChanged, 'record-changed');
      const stale = staleCells(plan, state.grids);
      if (stale.length) throw new WorkbookError(m.staleCells(stale), 'stale-plan');
      return this.writePrepared(ctx, sync, state, this.prepare(plan, state));
    });
  }

  /**
   * Remembers the record's revision just read; true when it differs from the one this session saw at
   * its previous read (the other runtime — ribbon or pane — wrote or reverted in between).
   */
  private noteRevision(state: WorkbookState): boolean {
    const revision = revisionOf(state.record);
    const changed = this.seenRevision !== undefined && this.seenRevision !== revision;
    this.seenRevision = revision;
    return changed;
  }

  /**
   * The read before a write (3 syncs the first time, then 2), with the current fill of the cells the
   * settings list as the tool's highlights, and, in the cells' sync, each sheet's fill at a glance: a used range whose fill
   * pattern is None has no fill anywhere, so the fill before any highlight there is known (none).
   * Merges are read again unless only checking (`reuseMerges`).
   */
  private async readForWrite(ctx: Excel.RequestContext, sync: Sync, reuseMerges = false): Promise<WriteState> {
    await this.freshSettings(); // the other runtime (ribbon or pane) may have written last
    let glance: { sheet: string; fill: Excel.RangeFill }[] = [];
    let locks: {
      sheet: string;
      protection: Excel.WorksheetProtection;
      used: Excel.Range;
      props: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
    }[] = [];
    const state = await readWorkbook(ctx, sync, {
      fills: false,
      blockBytes: this.options.readBlockBytes,
      probeFills: this.filledCellsHint(),
      layout: this.layout,
      reuseMerges, // merges are read again before a write: Excel notices no merge made inside an unchanged used range
      alongside: (sheets, states) => {
        const usedRanges = new Map([...sheets].map(([sheet, ws]) => [sheet, ws.getUsedRange()]));
        glance = [...usedRanges].map(([sheet, used]) => ({ sheet, fill: used.format.fill.load('pattern') }));
        // Protected sheets: what the protection allows, and which cells are unlocked (official templates unlock their inputs).
        locks = states
          .filter((st) => st.protected && sheets.has(st.name))
          .map((st) => {
            const ws = sheets.get(st.name) as Excel.Worksheet;
            const used = (usedRanges.get(st.name) as Excel.Range).load('address');
            return {
              sheet: st.name,
              protection: ws.protection.load('options'),
              used,
              props: used.getCellProperties({ format: { protection: true } }),
            };
          });
      },
    });
    const unfilled = new Set(glance.filter((g) => g.fill.pattern === 'None').map((g) => g.sheet));
    const protection = new Map<string, SheetProtection>();
    for (const l of locks) {
      const unlocked = new Set<string>();
      const rect = parseRangeAddress(l.used.address)?.rect;
      if (rect) {
        l.props.value.forEach((row, i) =>
          row.forEach((p, j) => {
            if (p?.format?.protection?.locked === false) unlocked.add(toA1(rect.top + i, rect.left + j));
          }),
        );
      }
      protection.set(l.sheet, { allowFormatCells: !!l.protection.options?.allowFormatCells, unlocked });
    }
    // A sheet protected but not read here (cannot happen unless the read was retried oddly): nothing writable.
    for (const st of state.sheets)
      if (st.protected && !protection.has(st.name))
        protection.set(st.name, { allowFormatCells: false, unlocked: new Set() });
    return { ...state, unfilled, protection };
  }

  /** This runtime's copy of the document settings, reloaded (see refreshSettings). */
  private async freshSettings(): Promise<void> {
    const settings = this.runner.host.Office?.context?.document?.settings;
    if (settings) await refreshSettings(settings);
  }

  /** The write of `plan`, reduced to what the sheets' protection lets through (the rest reported in the result). */
  private prepare(plan: WritePlan, state: WriteState): PreparedWrite {
    const allowed = writablePlan(plan, state.protection);
    const prepared = prepareWrite(allowed.plan, state.grids, state.record, this.now().toISOString(), {
      currentFills: state.fillsNow,
      lastFills: this.lastFills(state.record),
      unfilledSheets: state.unfilled,
    });
    if (allowed.locked.length) prepared.result.locked = allowed.locked;
    if (allowed.unformatted.length) prepared.result.unformatted = allowed.unformatted;
    return prepared;
  }

  /** Writes `prepared`: one sync, and one more to complete the record when the write read a fill before (see below). */
  private async writePrepared(
    ctx: Excel.RequestContext,
    sync: Sync,
    state: WriteState,
    prepared: PreparedWrite,
  ): Promise<ApplyResult> {
    if (!prepared.values.length && !prepared.fills.length) {
      await this.noteFilledCells(state.record);
      return prepared.result;
    }
    const known = new Map(state.sheets.map((s) => [s.name, s]));
    const missing = prepared.result.sheets.filter((s) => !known.has(s));
    if (missing.length) throw new WorkbookError(m.sheetMissing(missing[0]), 'not-found', missing[0]);
    const locked = prepared.result.sheets.filter((s) => known.get(s)?.protected);

    // 1. the fills about to change, as they are now; 2. the record with the snapshot; 3. the cells.
    const probes = queueFillProbes(
      ctx,
      prepared.fills.filter((f) => f.prior === undefined),
    );
    ctx.workbook.application.suspendApiCalculationUntilNextSync();
    for (const p of state.parts) p.delete();
    const part = ctx.workbook.customXmlParts.add(recordToXml(prepared.record));
    queueWrite(ctx, prepared);
    try {
      await sync();
    } catch (e) {
      // The record part read before was deleted meanwhile: the other runtime wrote. The batch stopped
      // at that delete, before the new record and any cell.
      if (partGone(e)) throw new WorkbookError(m.recordChanged, 'record-changed');
      const err = toWorkbookError(e, { sheet: locked[0] });
      const restored = await this.undoFailedWrite(ctx, sync, prepared, state.record).then(
        () => true,
        () => false,
      );
      throw new WorkbookError(
        restored ? m.writeFailedRestored(err.message) : m.writeFailedNotRestored(err.message),
        err.code,
        err.sheet,
        err.cell,
      );
    }

    // The fills as they were, read in that batch: into the record (one more sync, only when some fill
    // before was not known before the write), and those that really changed counted.
    const probed = probedFills(probes);
    if (probes.length) {
      part.setXml(recordToXml(withProbedFills(prepared.record, probed)));
      try {
        await sync();
      } catch {
        // The part is gone (the other runtime wrote meanwhile): the record is theirs now.
      }
    }
    const before: Record<string, string | null> = {};
    let cleared = 0;
    for (const f of prepared.fills) {
      const key = cellKey(f.sheet, f.address);
      const prior = f.prior !== undefined ? f.prior : (probed.get(key) ?? null);
      if (normColor(prior) !== f.color) {
        before[key] = prior;
        if (f.restore) cleared++;
      }
    }
    await this.storeFilledCells(prepared.record);
    const sheets = new Set(prepared.values.map((v) => v.sheet));
    for (const key of Object.keys(before)) sheets.add(key.slice(0, key.lastIndexOf('!')));
    const result: ApplyResult = {
      written: prepared.values.length,
      filled: Object.keys(before).length,
      sheets: prepared.result.sheets.filter((s) => sheets.has(s)),
    };
    if (prepared.result.locked) result.locked = prepared.result.locked;
    if (prepared.result.unformatted) result.unformatted = prepared.result.unformatted;
    if (cleared > 0) result.cleared = cleared; // present only when some highlight was taken back
    this.seenRevision = revisionOf(prepared.record);
    return result;
  }

  /**
   * Stores in the document settings the hint listing the cells that hold the tool's highlights after
   * this write (the record's `fills`), and drops an older version's FillSnapshot (the record now holds
   * the fills).
   */
  private async storeFilledCells(record: WriteRecord): Promise<void> {
    const settings = this.runner.host.Office?.context?.document?.settings;
    if (!settings) return; // reloaded at the start of the operation (readForWrite, revertLast)
    settings.remove(FILL_SNAPSHOT_SETTING);
    settings.set(FILLED_CELLS_SETTING, Object.keys(record.fills ?? {}));
    await new Promise<void>((resolve) => settings.saveAsync(() => resolve()));
  }

  /**
   * After a write that found nothing to change: makes sure the settings list every highlight of the
   * record (a record from an older version, or settings saved by another runtime, may lack some), so
   * the next read loads their fills. Saves only when some are missing.
   */
  private async noteFilledCells(record: WriteRecord | null): Promise<void> {
    const settings = this.runner.host.Office?.context?.document?.settings;
    const keys = Object.keys(record?.fills ?? {});
    if (!settings || !keys.length) return;
    const listed = new Set(this.filledCellsHint()); // settings reloaded by readForWrite
    if (keys.every((k) => listed.has(k))) return;
    settings.set(FILLED_CELLS_SETTING, keys);
    await new Promise<void>((resolve) => settings.saveAsync(() => resolve()));
  }

  /** The cells the settings list as holding the tool's highlights. */
  private filledCellsHint(): string[] {
    const v = this.runner.host.Office?.context?.document?.settings?.get(FILLED_CELLS_SETTING) as unknown;
    return Array.isArray(v) ? v.filter((k): k is string => typeof k === 'string') : [];
  }

  private fillSnapshot(when: string): FillSnapshot | undefined {
    const s = this.runner.host.Office?.context?.document?.settings?.get(FILL_SNAPSHOT_SETTING) as
      FillSnapshot | null | undefined;
    return s && s.when === when && s.fills && typeof s.fills === 'object' ? s : undefined;
  }

  /** The FillSnapshot of the write that stored `record`, when the settings still hold it. */
  private lastFills(record: WriteRecord | null): FillSnapshot | undefined {
    return record?.snapshot ? this.fillSnapshot(record.snapshot.when) : undefined;
  }

  /**
   * A write batch failed part-way (a sheet protected meanwhile …): put back the values it may have
   * written (cells still holding what it wrote) and the previous record. Fills it may have set stay:
   * their colour before was not returned by the failed batch.
   */
  private async undoFailedWrite(
    ctx: Excel.RequestContext,
    sync: Sync,
    prepared: PreparedWrite,
    previous: WriteRecord | null,
  ): Promise<void> {
    const { sheets, parts } = requestSheets(ctx);
    await sync();
    const locked = new Set(
      sheetStates(sheets)
        .filter((s) => s.protected)
        .map((s) => s.name),
    );
    const cells = prepared.snapshot.filter(
      (s) => !locked.has(s.sheet) && (s.wrote !== undefined || s.wroteFormat !== undefined),
    );
    const current = await readCells(ctx, sync, cells);
    const { restore } = restorable(cells, current, undefined);
    queueRestore(ctx, restore);
    for (const p of parts.items) p.delete();
    if (previous) ctx.workbook.customXmlParts.add(recordToXml(previous));
    await sync();
  }

  /** Restores the cells of the last write; cells a person changed after it keep the person's content. */
  revertLast(): Promise<RevertResult> {
    this.checkApiLevel();
    return this.runner.run(async (ctx, sync) => {
      const { sheets, parts } = requestSheets(ctx, { protectionOptions: true });
      await sync();
      if (!parts.items.length) throw new WorkbookError(m.noSnapshot, 'no-snapshot');
      const { record } = await readRecordParts(parts, sync);
      if (!record) throw new WorkbookError(m.snapshotUnreadable, 'snapshot-unreadable');
      if (record.findingsSheet) return this.removeFindingsSheet(ctx, sync, record, parts.items);
      const snapshot = record.snapshot;
      if (!snapshot || !snapshot.cells.length) throw new WorkbookError(m.noSnapshot, 'no-snapshot');

      const states = new Map(sheetStates(sheets).map((s) => [s.name, s]));
      const touched = [...new Set(snapshot.cells.map((c) => c.sheet))];
      const missing = touched.filter((s) => !states.has(s));
      if (missing.length) throw new WorkbookError(m.sheetMissing(missing[0]), 'not-found', missing[0]);
      // Protected sheets: unlocked cells get their values back, formats only where formatting is allowed.
      const guarded = sheets.items.filter((ws) => ws.protection.protected);
      const guard = {
        protectedSheets: new Set(guarded.map((ws) => ws.name)),
        formatLocked: new Set(guarded.filter((ws) => !ws.protection.options?.allowFormatCells).map((ws) => ws.name)),
      };

      const current = await readCells(ctx, sync, snapshot.cells);
      await this.freshSettings(); // an older version kept the fills before a write in the saved settings
      const { restore, skipped } = restorable(snapshot.cells, current, this.fillSnapshot(snapshot.when), guard);

      ctx.workbook.application.suspendApiCalculationUntilNextSync();
      for (const p of parts.items) p.delete();
      const after: WriteRecord = { version: 1, owned: record.ownedBefore ?? {}, fills: record.fillsBefore ?? {} };
      if (record.fillOriginsBefore) after.fillOrigins = record.fillOriginsBefore;
      after.revision = revisionOf(record) + 1;
      ctx.workbook.customXmlParts.add(recordToXml(after));
      queueRestore(ctx, restore);
      await sync();
      this.seenRevision = after.revision;
      await this.storeFilledCells(after);
      const result: RevertResult = { restored: restore.length, when: snapshot.when };
      if (skipped.length) result.skipped = skipped;
      return result;
    });
  }

  /** The revert of an export (the last write): the 「检查结果」 sheet goes, the record keeps the earlier snapshot. */
  private async removeFindingsSheet(
    ctx: Excel.RequestContext,
    sync: Sync,
    record: WriteRecord,
    parts: Excel.CustomXmlPart[],
  ): Promise<RevertResult> {
    const added = record.findingsSheet as NonNullable<WriteRecord['findingsSheet']>;
    const sheet = ctx.workbook.worksheets.getItemOrNullObject(added.name);
    await sync();
    const after: WriteRecord = { ...record, revision: revisionOf(record) + 1 };
    delete after.findingsSheet;
    for (const p of parts) p.delete();
    ctx.workbook.customXmlParts.add(recordToXml(after));
    if (!sheet.isNullObject) sheet.delete();
    await sync();
    this.seenRevision = after.revision;
    return { restored: 0, when: added.when, removedSheet: added.name };
  }

  hasSnapshot(): Promise<boolean> {
    return this.readRecord().then((r) => !!r?.snapshot?.cells.length || !!r?.findingsSheet);
  }

  /** The stored record (2 syncs; 1 when there is no record part), null when there is none. */
  readRecord(): Promise<WriteRecord | null> {
    return this.runner.run(async (ctx, sync) => {
      const parts = requestParts(ctx);
      await sync();
      return (await readRecordParts(parts, sync)).record;
    });
  }

  ownedCells(): Promise<Set<string>> {
    return this.runner.run(async (ctx, sync) => {
      const state = await readWorkbook(ctx, sync, {
        fills: false,
        blockBytes: this.options.readBlockBytes,
        layout: this.layout,
      });
      return ownedKeys(state.record, state.grids);
    });
  }

  select(sheet: string, address: string): Promise<void> {
    return this.runner.run(async (ctx, sync) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      try {
        await sync();
      } catch (e) {
        throw toWorkbookError(e, { sheet, cell: address });
      }
    });
  }

  private settings(): Office.Settings {
    const s = this.runner.host.Office?.context?.document?.settings;
    if (!s) throw new WorkbookError(m.notSupported, 'no-settings');
    return s;
  }

  async getSetting<T>(key: string): Promise<T | undefined> {
    const s = this.settings();
    await refreshSettings(s);
    const v = s.get(key) as T | null | undefined;
    return v === null ? undefined : v;
  }

  async setSetting<T>(key: string, value: T): Promise<void> {
    const s = this.settings();
    await refreshSettings(s);
    if (value === undefined) s.remove(key);
    else s.set(key, value);
    await new Promise<void>((resolve, reject) => {
      s.saveAsync((r: Office.AsyncResult<void>) => {
        if (String(r.status) === 'failed')
          reject(new WorkbookError(m.unknown(String(r.error?.code ?? 'saveAsync')), 'settings'));
        else resolve();
      });
    });
  }

  /**
   * Writes the 「检查结果」 sheet (replacing an earlier one) and notes it in the record as the last write,
   * so that 「撤销上次写入」 removes it; the record's earlier snapshot stays for the revert after that.
   */
  writeFindingsSheet(rows: FindingRow[], summary?: (string | number)[][]): Promise<void> {
    return this.runner.run(async (ctx, sync) => {
      const old = ctx.workbook.worksheets.getItemOrNullObject(m.findingsSheetName);
      const parts = requestParts(ctx);
      await sync();
      const previous = (await readRecordParts(parts, sync)).record;
      const record: WriteRecord = {
        ...(previous ?? { version: 1, owned: {} }),
        revision: Math.max(0, revisionOf(previous)) + 1,
        findingsSheet: { when: this.now().toISOString(), name: m.findingsSheetName },
      };
      for (const p of parts.items) p.delete(); // first: if the other runtime replaced the record, nothing else happens
      ctx.workbook.customXmlParts.add(recordToXml(record));
      if (!old.isNullObject) old.delete();
      queueFindingsSheet(ctx, rows, summary ?? []);
      try {
        await sync();
      } catch (e) {
        if (partGone(e)) throw new WorkbookError(m.recordChanged, 'record-changed');
        throw toWorkbookError(e);
      }
      this.seenRevision = record.revision;
    });
  }

  /**
   * Calls `handler` on every change to the workbook. Handling an event makes no call into Excel (each
   * call could clear the officer's undo history, office-js #5918): a change other than a cell edit
   * (rows or cells inserted or deleted) only makes the next read forget the layout it remembers.
   */
  async onChanged(handler: () => void): Promise<() => void> {
    const registration = await this.runner.run(async (ctx, sync) => {
      const reg = ctx.workbook.worksheets.onChanged.add(async (event: Excel.WorksheetChangedEventArgs) => {
        if (event?.changeType && event.changeType !== 'RangeEdited') this.layout.clear();
        handler();
      });
      await sync();
      return reg;
    });
    const host = this.runner.host;
    return () => {
      void this.runner
        .run(async () =>
          host.Excel.run(registration.context, async (ctx) => {
            registration.remove();
            await ctx.sync();
          }),
        )
        .catch(() => undefined);
    };
  }
}

/** What a write reads first: the workbook, the sheets without any fill (fill before known: none), what protected sheets allow. */
interface WriteState extends WorkbookState {
  unfilled: Set<string>;
  protection: Map<string, SheetProtection>;
}

/** Excel did not find a custom XML part the batch deleted (RichApi ItemNotFound at CustomXmlPart.delete). */
function partGone(e: unknown): boolean {
  const where = (e as { debugInfo?: { errorLocation?: string } } | null)?.debugInfo?.errorLocation ?? '';
  return richApiCode(e) === 'ItemNotFound' && /CustomXmlPart/i.test(where);
}

/** Planned writes whose cell no longer holds what the plan saw ('Sheet!H17' list). */
function staleCells(plan: WritePlan, grids: SheetGrid[]): string[] {
  const byName = new Map(grids.map((g) => [g.name, g]));
  const out: string[] = [];
  for (const w of plan.writes) {
    const g = byName.get(w.sheet);
    const p = fromA1(w.address);
    if (!g || !p) {
      out.push(cellKey(w.sheet, w.address));
      continue;
    }
    const c = cellAt(g, p.row, p.col);
    const prevValue = w.previous.value === '' ? null : w.previous.value;
    if ((c.formula ?? '') !== (w.previous.formula ?? '') || !sameValue(cellScalar(c), prevValue ?? null)) {
      out.push(cellKey(w.sheet, w.address));
    }
  }
  return out;
}

interface CurrentCell {
  value: string | number | boolean | null;
  formula?: string;
  numberFormat: string;
  fill: string | null;
  /** Locked (Excel's default); matters on a protected sheet. */
  locked: boolean;
}

/** Current value/formula/format/fill of the given cells (one sync; column runs as blocks). */
async function readCells(
  ctx: Excel.RequestContext,
  sync: Sync,
  cells: SnapshotCell[],
): Promise<Map<string, CurrentCell>> {
  const sheets = ctx.workbook.worksheets;
  const located = cells.map((c) => ({ ...c, ...(fromA1(c.address) ?? { row: 0, col: 0 }) }));
  const bySheet = new Map<string, typeof located>();
  for (const c of located) bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c]);
  const reads: {
    sheet: string;
    run: ReturnType<typeof columnRuns<(typeof located)[number]>>[number];
    range: Excel.Range;
    props: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  }[] = [];
  for (const [sheet, list] of bySheet) {
    const ws = sheets.getItem(sheet);
    for (const run of columnRuns(list)) {
      const range = ws.getRange(runAddress(run));
      range.load('values,formulas,numberFormat');
      const props = range.getCellProperties({ format: { ...FILL_PROPS.format, protection: true } });
      reads.push({ sheet, run, range, props });
    }
  }
  await sync();
  const out = new Map<string, CurrentCell>();
  for (const r of reads) {
    r.run.items.forEach((c, i) => {
      const v = r.range.values[i][0];
      const f = r.range.formulas[i][0];
      const isFormula = typeof f === 'string' && f.startsWith('=') && !(typeof v === 'string' && v === f);
      out.set(cellKey(c.sheet, c.address), {
        value: v === '' ? null : (v as CurrentCell['value']),
        formula: isFormula ? (f as string) : undefined,
        numberFormat: String(r.range.numberFormat[i][0] ?? 'General'),
        fill: fillOfProps(r.props.value[i][0]),
        locked: r.props.value[i][0]?.format?.protection?.locked !== false,
      });
    });
  }
  return out;
}

/**
 * The parts of each snapshot cell that still hold what the tool wrote: only those are restored.
 * A fill is restored to the colour it had before (from the cell's snapshot or the FillSnapshot); a
 * cell whose part changed since, or whose fill before is unknown, is listed in `skipped`.
 */
function restorable(
  cells: SnapshotCell[],
  current: Map<string, CurrentCell>,
  fills: FillSnapshot | undefined,
  guard: { protectedSheets: ReadonlySet<string>; formatLocked: ReadonlySet<string> } = {
    protectedSheets: new Set(),
    formatLocked: new Set(),
  },
): { restore: SnapshotCell[]; skipped: string[] } {
  const restore: SnapshotCell[] = [];
  const skipped: string[] = [];
  for (const s of cells) {
    const key = cellKey(s.sheet, s.address);
    const now = current.get(key);
    const out: SnapshotCell = { sheet: s.sheet, address: s.address, value: s.value };
    if (s.formula) out.formula = s.formula;
    let kept = false;
    // A protected sheet: a locked cell keeps its value; formats stay where formatting is not allowed.
    const valueLocked = !!now && now.locked && guard.protectedSheets.has(s.sheet);
    const noFormats = guard.formatLocked.has(s.sheet);
    if (s.wrote !== undefined) {
      if (now && !now.formula && sameValue(now.value, s.wrote) && !valueLocked) out.wrote = s.wrote;
      else kept = true;
    }
    if (s.wroteFormat !== undefined) {
      if (now && now.numberFormat === s.wroteFormat && !noFormats) {
        out.wroteFormat = s.wroteFormat;
        out.numberFormat = s.numberFormat;
      } else kept = true;
    }
    if (s.wroteFill !== undefined) {
      const before = s.fill !== undefined ? s.fill : fills && key in fills.fills ? fills.fills[key] : undefined;
      if (s.fill === undefined && fills && !(key in fills.fills)) {
        // The fill already had this colour before the write: nothing to put back.
      } else if (now && now.fill === normColor(s.wroteFill) && before !== undefined && !noFormats) {
        out.wroteFill = s.wroteFill;
        out.fill = before;
      } else kept = true;
    }
    if (kept) skipped.push(key);
    if (out.wrote !== undefined || out.wroteFormat !== undefined || out.wroteFill !== undefined) restore.push(out);
  }
  return { restore, skipped };
}

/**
 * Reloads the settings persisted in the document into this runtime's copy. Without a shared runtime the ribbon's
 * function file and the task pane each hold their own copy, and saveAsync writes a whole copy: saving a stale
 * one would drop what the other runtime saved (the pane's profile or 已知悉 marks, the ribbon's last run), and
 * reading one would miss the other's last write. So every operation that reads or saves them reloads them first
 * (getSetting, setSetting, readForWrite, revertLast). Hosts without refreshAsync, a failure, or no answer within
 * 3 s leave the copy as it is.
 */
function refreshSettings(settings: Office.Settings): Promise<void> {
  const refresh = (settings as { refreshAsync?: Office.Settings['refreshAsync'] }).refreshAsync;
  if (typeof refresh !== 'function') return Promise.resolve();
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 3000);
    try {
      refresh.call(settings, () => {
        clearTimeout(timer);
        resolve();
      });
    } catch {
      clearTimeout(timer);
      resolve();
    }
  });
}
