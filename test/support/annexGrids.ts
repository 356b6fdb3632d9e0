// Annex tables as blocks of cells (with merges) replicating the seed workbook's 附件1/2/3
// (/work/shared/seed/yueyang-housing-fund-2023-self-evaluation.txt), plus helpers to place blocks
// anywhere on a sheet — moved, stacked, side by side — and to vary their header words.

import type { Rect } from '../../src/domain/model';
import { gridFromRows, type SheetGrid } from '../../src/workbook/grid';
import type { CellInput } from '../../scripts/fixtures/block';
import type { BudgetLineSpec, Level1Spec } from '../../scripts/fixtures/spec';
import {
  seedBasic,
  seedDepartment as seedDepartmentTable,
  seedDepartmentIndicators as seedDepartment2,
  seedProject as seedProjectTable,
  seedProjectIndicators as seedProject3,
} from '../../scripts/fixtures/seed';

export type Value = string | number | null;

/** Cells relative to the block's top-left, merges in the same coordinates. */
export interface Block {
  rows: Value[][];
  merges: Rect[];
}

export interface Placement {
  block: Block;
  top: number;
  left: number;
}

const rect = (top: number, left: number, bottom: number, right: number): Rect => ({ top, left, bottom, right });

/** Builds a sheet from blocks placed at absolute 0-based positions. */
export function placeBlocks(name: string, placements: Placement[]): SheetGrid {
  const rows: Value[][] = [];
  const merges: Rect[] = [];
  for (const { block, top, left } of placements) {
    block.rows.forEach((row, r) => {
      const target = (rows[top + r] ??= []);
      row.forEach((v, c) => {
        if (v !== null && v !== '') target[left + c] = v;
      });
    });
    for (const m of block.merges) merges.push(rect(m.top + top, m.left + left, m.bottom + top, m.right + left));
  }
  for (let r = 0; r < rows.length; r++) rows[r] ??= [];
  return gridFromRows(name, rows, merges);
}

/** The block alone on a sheet at A1. */
export function sheetOf(name: string, block: Block): SheetGrid {
  return placeBlocks(name, [{ block, top: 0, left: 0 }]);
}

/** Number of columns a block spans. */
export function blockWidth(block: Block): number {
  return Math.max(...block.rows.map((r) => r.length), ...block.merges.map((m) => m.right + 1));
}

/** Replaces header words wherever they appear as a whole cell. */
export function renameCells(block: Block, renames: Record<string, Value>): Block {
  return {
    rows: block.rows.map((row) => row.map((v) => (typeof v === 'string' && v in renames ? renames[v] : v))),
    merges: block.merges,
  };
}

// ---------------------------------------------------------------- 附件2 / 附件3

export interface IndicatorSpec {
  level1?: string; // first row of a 一级 group: its text (merged down over `level1Rows`)
  level1Rows?: number;
  level2?: string;
  level2Rows?: number;
  name: Value;
  target: Value;
  actual: Value;
  weight: Value;
  score: Value;
  note?: Value;
}

/** A seed cell as a plain value: rich text joined, a percentage as the text it shows, another number its value. */
function plain(input: CellInput): Value {
  if (input === undefined) return null;
  if (input === null || typeof input !== 'object') return input;
  if (input.rich) return input.rich.map((r) => r.text).join('');
  const v = input.value ?? input.result ?? null;
  const pct = typeof v === 'number' && input.numFmt ? /^0(?:\.(0+))?%$/.exec(input.numFmt) : null;
  if (pct) return `${((v as number) * 100).toFixed(pct[1]?.length ?? 0)}%`; // a grid of plain values holds what the cell shows
  return typeof v === 'boolean' ? String(v) : v;
}

/** The seed's 一级/二级 groups (scripts/fixtures/seed.ts, the one seed) as rows with their merge spans. */
function flatten(levels: Level1Spec[]): IndicatorSpec[] {
  const out: IndicatorSpec[] = [];
  for (const l1 of levels) {
    const level1Rows = l1.groups.reduce((n, g) => n + g.rows.length, 0);
    l1.groups.forEach((g, gi) => {
      g.rows.forEach((r, ri) => {
        const spec: IndicatorSpec = {
          name: plain(r.name),
          target: plain(r.target),
          actual: plain(r.actual),
          weight: plain(r.weight),
          score: plain(r.score),
        };
        if (r.note !== undefined) spec.note = plain(r.note);
        if (ri === 0) Object.assign(spec, { level2: plain(g.label) as string, level2Rows: g.rows.length });
        if (gi === 0 && ri === 0) Object.assign(spec, { level1: plain(l1.label) as string, level1Rows });
        out.push(spec);
      });
    });
  }
  return out;
}

/** A budget line of the seed as the row it is written on (label in B, amounts from C; absent cells left out). */
function budgetRow(l: BudgetLineSpec): Value[] {
  const cells = [l.initial, l.fullYear, l.executed, l.weight, l.rate, l.score].map(plain);
  while (cells.length && cells[cells.length - 1] === null) cells.pop();
  return [null, plain(l.label), ...cells];
}

/** 附件3's 17 indicator rows (16 scored + the 不适用 row), as in the seed. */
export function seedProjectIndicators(): IndicatorSpec[] {
  return flatten(seedProject3());
}

/** 附件2's indicator rows: the same indicators, written as the seed's 附件2 writes them. */
export function seedDepartmentIndicators(): IndicatorSpec[] {
  return flatten(seedDepartment2());
}

export interface ScoredBlockOptions {
  /** Title row; null leaves the table without a title. */
  title?: string | null;
  /** Column headers of the indicator grid (after the 绩效指标 label), left to right. */
  header?: Value[];
  indicators?: IndicatorSpec[];
  /** 总分 row values (分值, 得分). */
  total?: [Value, Value] | null;
  /** Whether to write the 绩效指标 side label in column A. */
  sideLabel?: boolean;
}

export const SEED_INDICATOR_HEADER: Value[] = [
  '一级指标',
  '二级指标',
  '三级指标',
  '年度\n\n指标值',
  '实际\n\n完成值',
  '分值',
  '得分',
  '偏差原因分析及改进措施',
];

/** Appends the 绩效指标 grid (header, indicator rows, 总分) at `start` (relative row) of a 9-column block. */
function appendIndicatorGrid(
  rows: Value[][],
  merges: Rect[],
  opts: Required<Pick<ScoredBlockOptions, 'header' | 'indicators' | 'total' | 'sideLabel'>>,
): void {
  const start = rows.length;
  const header = opts.header;
  rows.push([opts.sideLabel ? '绩\n\n效\n\n指\n\n标' : null, ...header]);
  const width = header.length + 1;
  opts.indicators.forEach((ind, i) => {
    const r = start + 1 + i;
    const row: Value[] = new Array(width).fill(null);
    if (ind.level1 !== undefined) {
      row[1] = ind.level1;
      if ((ind.level1Rows ?? 1) > 1) merges.push(rect(r, 1, r + ind.level1Rows! - 1, 1));
    }
    if (ind.level2 !== undefined) {
      row[2] = ind.level2;
      if ((ind.level2Rows ?? 1) > 1) merges.push(rect(r, 2, r + ind.level2Rows! - 1, 2));
    }
    row[3] = ind.name;
    row[4] = ind.target;
    row[5] = ind.actual;
    row[6] = ind.weight;
    row[7] = ind.score;
    row[8] = ind.note ?? null;
    rows.push(row);
  });
  const last = rows.length - 1;
  if (opts.sideLabel) merges.push(rect(start, 0, last, 0));
  if (opts.total) {
    const r = rows.length;
    rows.push(['总分', null, null, null, null, null, opts.total[0], opts.total[1], '　']);
    merges.push(rect(r, 0, r, 5));
  }
}

/** 附件3 项目支出绩效自评表 as in the seed: 9 columns A–I. */
export function projectBlock(opts: ScoredBlockOptions & { name?: string; budget?: 'seed' | 'none' } = {}): Block {
  const rows: Value[][] = [];
  const merges: Rect[] = [];
  const seed = seedProjectTable();
  const title = opts.title === undefined ? seed.title : opts.title;
  if (title !== null) {
    rows.push([title]);
    merges.push(rect(0, 0, 0, 8));
  }
  let r = rows.length;
  rows.push(['项目支\n\n出名称', opts.name ?? '运转经费']);
  merges.push(rect(r, 1, r, 8));
  r = rows.length;
  const [owner, unit] = seed.identity[1];
  rows.push([plain(owner.label), plain(owner.value), null, null, plain(unit.label), null, plain(unit.value)]);
  merges.push(rect(r, 1, r, 3), rect(r, 4, r, 5), rect(r, 6, r, 8));
  if (opts.budget !== 'none') {
    r = rows.length;
    rows.push([
      '项目资金\n（万元）',
      null,
      '年初\n\n预算数',
      '全年\n\n预算数',
      '全年\n\n执行数',
      '分值',
      '执行率',
      '得分',
    ]);
    rows.push(...seed.budget!.lines.map(budgetRow));
    merges.push(rect(r, 0, r + 4, 0));
    for (let i = 0; i < 5; i++) merges.push(rect(r + i, 7, r + i, 8));
  }
  r = rows.length;
  rows.push(['年度总体目标', '预期目标', null, null, null, '实际完成情况']);
  rows.push([null, plain(seed.goal!.expected), null, null, null, plain(seed.goal!.achieved)]);
  merges.push(
    rect(r, 0, r + 1, 0),
    rect(r, 1, r, 4),
    rect(r, 5, r, 8),
    rect(r + 1, 1, r + 1, 4),
    rect(r + 1, 5, r + 1, 8),
  );
  appendIndicatorGrid(rows, merges, {
    header: opts.header ?? SEED_INDICATOR_HEADER,
    indicators: opts.indicators ?? seedProjectIndicators(),
    total: opts.total === undefined ? [100, 98] : opts.total,
    sideLabel: opts.sideLabel ?? true,
  });
  return { rows, merges };
}

/** 附件2 部门整体支出绩效自评表 as in the seed: 9 columns A–I, inline 其中 parts. */
export function departmentBlock(opts: ScoredBlockOptions = {}): Block {
  const rows: Value[][] = [];
  const merges: Rect[] = [];
  const seed = seedDepartmentTable();
  const title = opts.title === undefined ? seed.title : opts.title;
  if (title !== null) {
    rows.push([title]);
    merges.push(rect(0, 0, 0, 8));
  }
  let r = rows.length;
  rows.push([plain(seed.identity[0][0].label), plain(seed.identity[0][0].value)]);
  merges.push(rect(r, 1, r, 8));
  r = rows.length;
  rows.push(['年度预\n\n算申请\n（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']);
  rows.push(...seed.budget!.lines.map(budgetRow));
  for (const l of seed.budget!.inline ?? [])
    rows.push(l.expense === null ? [null, plain(l.income)] : [null, plain(l.income), null, null, plain(l.expense)]);
  merges.push(rect(r, 0, r + 6, 0), rect(r, 7, r, 8), rect(r + 1, 7, r + 1, 8));
  for (let i = 2; i <= 6; i++) merges.push(rect(r + i, 1, r + i, 3), rect(r + i, 4, r + i, 8));
  r = rows.length;
  rows.push(['年度总体目标', '预期目标', null, null, null, '实际完成情况　']);
  rows.push([null, plain(seed.goal!.expected), null, null, null, plain(seed.goal!.achieved)]);
  merges.push(
    rect(r, 0, r + 1, 0),
    rect(r, 1, r, 4),
    rect(r, 5, r, 8),
    rect(r + 1, 1, r + 1, 4),
    rect(r + 1, 5, r + 1, 8),
  );
  appendIndicatorGrid(rows, merges, {
    header: opts.header ?? [
      '一级指标',
      '二级指标',
      '三级指标',
      '年度指标值',
      '实际完成值',
      '分值',
      '得分',
      '偏差原因分析及改进措施',
    ],
    indicators: opts.indicators ?? seedDepartmentIndicators(),
    total: opts.total === undefined ? [100, 98] : opts.total,
    sideLabel: opts.sideLabel ?? true,
  });
  return { rows, merges };
}

// ---------------------------------------------------------------- 附件1

/** 附件1 基础数据表 as in the seed: money lines in columns A–D, 楼堂馆所 in A–G. */
export function basicBlock(opts: { title?: string | null } = {}): Block {
  const rows: Value[][] = [];
  const merges: Rect[] = [];
  const seed = seedBasic();
  const title = opts.title === undefined ? seed.title : opts.title;
  if (title !== null) {
    rows.push([title]);
    merges.push(rect(0, 0, 0, 6));
  }
  let r = rows.length;
  rows.push([seed.staffing.label, ...seed.staffing.headers]);
  rows.push([null, ...seed.staffing.values.map(plain)]);
  merges.push(rect(r, 0, r + 1, 0));
  rows.push([seed.expenses.label, ...seed.expenses.headers]);
  rows.push(
    ...seed.expenses.lines.map((l) => (l.label === '……' ? [l.label] : [plain(l.label), ...l.values.map(plain)])),
  );
  r = rows.length;
  rows.push([seed.buildings.label, ...seed.buildings.headers]);
  rows.push([null, ...seed.buildings.values.map(plain)]);
  rows.push([seed.measures.label, plain(seed.measures.text)]);
  merges.push(rect(r + 2, 1, r + 2, 6));
  r = rows.length;
  (seed.footer ?? []).forEach((line, i) => {
    rows.push([line]);
    merges.push(rect(r + i, 0, r + i, 6));
  });
  return { rows, merges };
}

/** A footer block written under an annex in the seed. */
export function footerBlock(
  text = '填表人：      填报日期：         联系电话：                单位负责人签字：',
): Block {
  return { rows: [[text]], merges: [rect(0, 0, 0, 8)] };
}

/** An attachment label ('附件3') on its own row. */
export function labelBlock(text: string): Block {
  return { rows: [[text]], merges: [] };
}

/** The seed workbook: one annex per sheet, each at A1 under its 附件N label. */
export function seedWorkbook(): SheetGrid[] {
  return [
    placeBlocks('附件1', [
      { block: labelBlock('附件1'), top: 0, left: 0 },
      { block: basicBlock(), top: 1, left: 0 },
    ]),
    placeBlocks('附件2', [
      { block: labelBlock('附件2'), top: 0, left: 0 },
      { block: departmentBlock(), top: 1, left: 0 },
      { block: footerBlock(), top: 1 + departmentBlock().rows.length + 1, left: 0 },
    ]),
    placeBlocks('附件3', [
      { block: labelBlock('附件3'), top: 0, left: 0 },
      { block: projectBlock(), top: 1, left: 0 },
      {
        block: footerBlock(
          '备注：一个一级项目支出一张表。如，业务工作经费，运行维护经费，其他事业发展类资金…各一张表。',
        ),
        top: 1 + projectBlock().rows.length,
        left: 0,
      },
    ]),
  ];
}
