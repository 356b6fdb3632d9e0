// A WorkbookSession over in-memory grids for the task pane's component tests: it applies plans to
// the grids through the real host-free write path (src/workbook/prepareWrite.ts: the diff against the grids,
// the snapshot for revert and the write record whose owned cells the next run reads), records selections and
// the exported sheet, keeps settings in a map as the document would, and can be told to fail or to hold its calls.

import {
  WorkbookError,
  type ApplyResult,
  type FindingRow,
  type RevertResult,
  type WorkbookSession,
} from '../../src/workbook/host';
import { fromA1, type GridCell, type SheetGrid } from '../../src/workbook/grid';
import { cellKey, type WritePlan } from '../../src/workbook/plan';
import { prepareWrite } from '../../src/workbook/prepareWrite';
import { cellScalar, ownedKeys, sameValue, type SnapshotCell, type WriteRecord } from '../../src/workbook/record';

type Method = keyof WorkbookSession;

/** Deep copy keeping sparse rows sparse, as adapters produce them. */
export function cloneGrid(g: SheetGrid): SheetGrid {
  const cells: (GridCell | undefined)[][] = [];
  g.cells.forEach((row, r) => {
    if (!row) return;
    const out: (GridCell | undefined)[] = [];
    row.forEach((c, col) => {
      if (c) out[col] = { ...c };
    });
    cells[r] = out;
  });
  return { ...g, cells, merges: g.merges.map((m) => ({ ...m })) };
}

export class FakeSession implements WorkbookSession {
  grids: SheetGrid[];
  readonly selected: string[] = [];
  readonly settings = new Map<string, string>();
  exported: { rows: FindingRow[]; summary?: (string | number)[][] } | null = null;
  reads = 0;
  /** Every call the pane made to the workbook (reads, writes, selections, settings …). */
  calls = 0;
  /** Make a method reject once with this error. */
  private failures = new Map<Method, Error>();
  private snapshot: { cells: SnapshotCell[]; when: string } | null = null;
  private record: WriteRecord | null = null;
  private handlers = new Set<() => void>();
  private gate: Promise<void> | null = null;

  constructor(grids: SheetGrid[]) {
    this.grids = grids.map(cloneGrid);
  }

  failNext(method: Method, error: Error): void {
    this.failures.set(method, error);
  }

  /** Hold every call until the returned function is called (to observe the running state). */
  hold(): () => void {
    let release!: () => void;
    this.gate = new Promise<void>((r) => (release = r));
    return () => {
      this.gate = null;
      release();
    };
  }

  private async enter(method: Method): Promise<void> {
    this.calls++;
    if (this.gate) await this.gate;
    const e = this.failures.get(method);
    if (e) {
      this.failures.delete(method);
      throw e;
    }
  }

  grid(sheet: string): SheetGrid {
    const g = this.grids.find((x) => x.name === sheet);
    if (!g) throw new Error(`no sheet ${sheet}`);
    return g;
  }

  cell(sheet: string, row: number, col: number): GridCell | undefined {
    return this.grid(sheet).cells[row]?.[col];
  }

  async readGrids(): Promise<SheetGrid[]> {
    await this.enter('readGrids');
    this.reads++;
    return this.grids.map(cloneGrid);
  }

  async applyPlan(plan: WritePlan): Promise<ApplyResult> {
    await this.enter('applyPlan');
    const targets = [
      ...plan.writes.map((w) => ({ sheet: w.sheet, row: w.row, col: w.col, address: w.address })),
      ...plan.fills,
    ];
    for (const t of targets) {
      if (this.grid(t.sheet).protected) {
        throw new WorkbookError(
          `工作表「${t.sheet}」受保护，无法写入 ${t.address}。请先撤销工作表保护。`,
          'protected',
          t.sheet,
          t.address,
        );
      }
    }
    const prepared = prepareWrite(plan, this.grids, this.record, new Date().toISOString(), { withFills: true });
    const wrote = new Map(prepared.snapshot.map((s) => [cellKey(s.sheet, s.address), s]));
    for (const v of prepared.values) {
      const value = wrote.get(cellKey(v.sheet, v.address))!.wrote!;
      const c = this.ensure(v.sheet, v.row, v.col);
      c.value = value;
      c.text = String(value);
      delete c.formula;
      if (v.numberFormat !== undefined) c.numberFormat = v.numberFormat;
    }
    for (const f of prepared.fills) this.setFill(f.sheet, f.row, f.col, f.color);
    this.record = prepared.record;
    if (prepared.snapshot.length) this.snapshot = { cells: prepared.snapshot, when: prepared.when };
    this.emit();
    return prepared.result;
  }

  async revertLast(): Promise<RevertResult> {
    await this.enter('revertLast');
    const snap = this.snapshot;
    if (!snap) return { restored: 0 };
    const skipped: string[] = [];
    let restored = 0;
    for (const s of snap.cells) {
      const { row, col } = fromA1(s.address)!;
      if (s.wrote !== undefined && !sameValue(cellScalar(this.cell(s.sheet, row, col)), s.wrote)) {
        skipped.push(cellKey(s.sheet, s.address)); // a person changed it after the write: leave it
        continue;
      }
      const c = this.ensure(s.sheet, row, col);
      if (s.wrote !== undefined) {
        c.value = s.value;
        c.text = s.value === null ? '' : String(s.value);
        if (s.formula) c.formula = s.formula;
      }
      if (s.wroteFormat !== undefined) {
        if (s.numberFormat === undefined || s.numberFormat === 'General') delete c.numberFormat;
        else c.numberFormat = s.numberFormat;
      }
      if (s.wroteFill !== undefined) this.setFill(s.sheet, row, col, s.fill ?? null);
      restored++;
    }
    this.snapshot = null;
    this.record = null;
    this.emit();
    return { restored, when: snap.when, skipped };
  }

  async hasSnapshot(): Promise<boolean> {
    await this.enter('hasSnapshot');
    return this.snapshot !== null;
  }

  async ownedCells(): Promise<Set<string>> {
    await this.enter('ownedCells');
    return ownedKeys(this.record, this.grids);
  }

  async select(sheet: string, address: string): Promise<void> {
    await this.enter('select');
    this.selected.push(cellKey(sheet, address));
  }

  async getSetting<T>(key: string): Promise<T | undefined> {
    await this.enter('getSetting');
    const v = this.settings.get(key);
    return v === undefined ? undefined : (JSON.parse(v) as T);
  }

  async setSetting<T>(key: string, value: T): Promise<void> {
    await this.enter('setSetting');
    this.settings.set(key, JSON.stringify(value));
  }

  async writeFindingsSheet(rows: FindingRow[], summary?: (string | number)[][]): Promise<void> {
    await this.enter('writeFindingsSheet');
    this.exported = { rows, summary };
  }

  async onChanged(handler: () => void): Promise<() => void> {
    this.handlers.add(handler);
    return () => this.handlers.delete(handler);
  }

  /** What the officer does in Excel: type a value into a cell (fires the change event). */
  edit(sheet: string, row: number, col: number, value: string | number): void {
    const c = this.ensure(sheet, row, col);
    c.value = value;
    c.text = String(value);
    delete c.formula;
    this.emit();
  }

  get listeners(): number {
    return this.handlers.size;
  }

  private emit(): void {
    for (const h of this.handlers) h();
  }

  private setFill(sheet: string, row: number, col: number, color: string | null): void {
    const c = this.ensure(sheet, row, col);
    if (color) c.fill = color;
    else delete c.fill;
  }

  private ensure(sheet: string, row: number, col: number): GridCell {
    const g = this.grid(sheet);
    g.cells[row] ??= [];
    let c = g.cells[row][col];
    if (!c) {
      c = { value: null, text: '' };
      g.cells[row][col] = c;
    }
    g.rowCount = Math.max(g.rowCount, row + 1);
    g.colCount = Math.max(g.colCount, col + 1);
    return c;
  }
}
