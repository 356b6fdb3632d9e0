// Hand-built AnnexTable models for the consistency tests: the seed department's 附件1/2/3 (numbers from
// /work/shared/seed/yueyang-housing-fund-2023-self-evaluation.txt) and a workbook where every relation agrees,
// laid out on fixed cells so a test can change one cell and assert the finding at that address.

import type {
  AnnexTable,
  BasicData,
  BasicLineKey,
  BasicYearColumn,
  BudgetLine,
  IndicatorColumns,
  InlineAmount,
  ScoredTable,
} from '../../src/domain/model';
import type { RawCell, Slot } from '../../src/domain/types';

export type CellValue = string | number | null;

export function rawCell(v: CellValue): RawCell {
  if (v === null) return { value: null, text: '' };
  return { value: v, text: typeof v === 'number' ? String(v) : v };
}

/** 'D7' → 0-based {row: 6, col: 3}. */
export function position(address: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`bad address ${address}`);
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(m[2]) - 1, col };
}

function letter(col: number): string {
  let s = '';
  for (let c = col + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

export function slot(address: string, v: CellValue): Slot {
  return { ...position(address), address, cell: rawCell(v) };
}

const NO_COLUMNS: IndicatorColumns = {
  level1: 1,
  level2: 2,
  name: 3,
  target: 4,
  actual: 5,
  weight: 6,
  score: 7,
  note: 8,
};

// ─── 附件1 ─────────────────────────────────────────────────────────────────────────────────────────────
// A1 title; A4 `经费控制情况（万元）` with one column per year from B; lines from row 5 in the order given.

export interface BasicSpec {
  sheet?: string;
  name?: string;
  year?: number;
  years: Omit<BasicYearColumn, 'col'>[];
  lines: [BasicLineKey, string, CellValue[]][];
}

export function buildBasic(spec: BasicSpec): BasicData {
  const sheet = spec.sheet ?? '附件1';
  const years = spec.years.map((y, i) => ({ ...y, col: 1 + i }));
  const lines = spec.lines.map(([key, label, values], i) => {
    const row = 4 + i;
    return { key, label, row, values: years.map((y, j) => slot(`${letter(y.col)}${row + 1}`, values[j] ?? null)) };
  });
  return {
    kind: 'basic',
    id: `${sheet}!A1`,
    sheet,
    range: { top: 0, left: 0, bottom: 4 + lines.length, right: years.length },
    title: `${spec.year ?? ''}年度部门整体支出绩效评价基础数据表`,
    name: spec.name ?? '',
    year: spec.year,
    staffing: { authorized: slot('A3', 127), actual: slot('B3', 123), rate: slot('C3', '96.85%') },
    years,
    lines,
  };
}

export const SEED_YEARS: Omit<BasicYearColumn, 'col'>[] = [
  { label: '2022年决算数', year: 2022, kind: 'final' },
  { label: '2023年预算数', year: 2023, kind: 'budget' },
  { label: '2023年决算数', year: 2023, kind: 'final' },
];

const BLANK = '\u3000'; // the seed's empty cells hold an ideographic space

/** Seed 附件1: B = 2022年决算数, C = 2023年预算数, D = 2023年决算数; 三公经费 on row 5 … 部门基本支出预算调整 on row 22. */
export function seedBasic(): BasicData {
  return buildBasic({
    year: 2023,
    years: SEED_YEARS,
    lines: [
      ['sanGong', '三公经费', ['7.05\u3000', '18\u3000', '31.03\u3000']], // row 5 (as text, the way the seed prints them)
      ['car', '   1、公务用车购置和维护经费', [6.62, 11, 30.07]], // 6
      ['carPurchase', '       其中：公车购置', [0, 0, 26.44]], // 7
      ['carRunning', '             公车运行维护', [6.62, 11, 3.63]], // 8
      ['abroad', '   2、出国经费', [0, 0, 0]], // 9
      ['reception', '   3、公务接待', [0.43, 7, 0.96]], // 10
      ['project', '项目支出：', [BLANK, BLANK, BLANK]], // 11
      ['projectBusiness', '    1、业务工作经费', [BLANK, BLANK, BLANK]], // 12
      ['projectOperation', '    2、运行维护经费', [5037.97, 5506.5, 4425.38]], // 13
      ['other', '……', [null, null, null]], // 14
      ['projectSpecial', '3、市级专项资金（一个专项一行）', [BLANK, BLANK, BLANK]], // 15
      ['other', '……', [null, null, null]], // 16
      ['publicFunds', '公用经费', [BLANK, BLANK, BLANK]], // 17
      ['office', '    其中：办公经费', [BLANK, 90, 53.59]], // 18
      ['utilitiesTravel', '          水费、电费、差旅费', [BLANK, '\n152', 112.33]], // 19 (the seed breaks the line before 152)
      ['meetingTraining', '          会议费、培训费', [BLANK, 95.9, 5.06]], // 20
      ['procurement', '政府采购金额', ['——', 825.18, 620]], // 21
      ['budgetAdjustment', '部门基本支出预算调整 ', ['——', BLANK, BLANK]], // 22
    ],
  });
}

// ─── 附件2 ─────────────────────────────────────────────────────────────────────────────────────────────
// A1 title; B2 部门名称; C3:E3 年初预算数/全年预算数/全年执行数, F3:H3 分值/执行率/得分; row 4 年度资金总额;
// 按收入性质分 parts in B6…, 按支出性质分 parts in E6….

export interface DepartmentSpec {
  sheet?: string;
  name: string;
  year?: number;
  total: [CellValue, CellValue, CellValue]; // 年初预算数, 全年预算数, 全年执行数
  income: [string, number | null][];
  expense: [string, number | null][];
}

function inline(label: string, group: 'income' | 'expense', amount: number | null, address: string): InlineAmount {
  const text = amount === null ? `${label}：` : `${label}：    ${amount}`;
  return { label, group, amount, slot: slot(address, text) };
}

export function buildDepartment(spec: DepartmentSpec): ScoredTable {
  const sheet = spec.sheet ?? '附件2';
  const [initial, fullYear, executed] = spec.total;
  const total: BudgetLine = {
    label: '年度资金总额',
    row: 3,
    initial: slot('C4', initial),
    fullYear: slot('D4', fullYear),
    executed: slot('E4', executed),
  };
  return {
    kind: 'department',
    id: `${sheet}!A1`,
    sheet,
    range: { top: 0, left: 0, bottom: 40, right: 7 },
    title: `${spec.year ?? ''}年度部门整体支出绩效自评表`,
    name: spec.name,
    nameSlot: slot('B2', spec.name),
    year: spec.year,
    budget: {
      total,
      weight: slot('F4', 10),
      rate: slot('G4', '100%'),
      score: slot('H4', 10),
      parts: [],
      inline: [
        ...spec.income.map(([label, amount], i) => inline(label, 'income', amount, `B${6 + i}`)),
        ...spec.expense.map(([label, amount], i) => inline(label, 'expense', amount, `E${6 + i}`)),
      ],
    },
    columns: NO_COLUMNS,
    indicators: [],
  };
}

export function seedDepartment(): ScoredTable {
  return buildDepartment({
    name: '岳阳市住房公积金管理中心',
    year: 2023,
    total: [5506.5, 4425.38, 4425.38],
    income: [
      ['一般公共预算', 4425.38],
      ['政府性基金拨款', 0],
      ['纳入专户管理的非税收入拨款', 0],
      ['其他资金', 0],
    ],
    expense: [
      ['基本支出', 4245.51],
      ['项目支出', 179.87],
    ],
  });
}

// ─── 附件3 ─────────────────────────────────────────────────────────────────────────────────────────────
// A1 title; B2 项目名称; B3 主管部门, D3 实施单位; C4:E4 column heads; row 5 年度资金总额; rows 6–8 其中 rows.

export interface ProjectSpec {
  sheet: string;
  name: string;
  department?: string;
  year?: number;
  total: [CellValue, CellValue, CellValue];
  parts: [string, [CellValue, CellValue, CellValue]][];
}

function budgetLine(
  label: string,
  row: number,
  [initial, fullYear, executed]: [CellValue, CellValue, CellValue],
): BudgetLine {
  const r = row + 1;
  return {
    label,
    row,
    initial: slot(`C${r}`, initial),
    fullYear: slot(`D${r}`, fullYear),
    executed: slot(`E${r}`, executed),
  };
}

export function buildProject(spec: ProjectSpec): ScoredTable {
  return {
    kind: 'project',
    id: `${spec.sheet}!A1`,
    sheet: spec.sheet,
    range: { top: 0, left: 0, bottom: 40, right: 7 },
    title: `${spec.year ?? ''}年度项目支出绩效自评表`,
    name: spec.name,
    nameSlot: slot('B2', spec.name),
    year: spec.year,
    department: spec.department,
    budget: {
      total: budgetLine('年度资金总额', 4, spec.total),
      weight: slot('F5', 10),
      rate: slot('G5', '100%'),
      score: slot('H5', 10),
      parts: spec.parts.map(([label, values], i) => budgetLine(label, 5 + i, values)),
      inline: [],
    },
    columns: NO_COLUMNS,
    indicators: [],
  };
}

export function seedProject(): ScoredTable {
  return buildProject({
    sheet: '附件3',
    name: '运转经费',
    department: '岳阳市住房公积金管理中心',
    year: 2023,
    total: [5506.5, 4425.38, 4425.38],
    parts: [
      ['其中：当年财政拨款', [5506.5, 4425.38, 4425.38]],
      ['上年结转资金', [null, null, null]],
      ['其他资金', [null, null, null]],
    ],
  });
}

export function seedWorkbook(): AnnexTable[] {
  return [seedBasic(), seedDepartment(), seedProject()];
}

// ─── A workbook where every relation agrees and every input is given ──────────────────────────────────

export const AGREEING_UNIT = '某市某某局';

/** 附件1: rows 5–10 三公经费…公务接待, 11–14 项目支出 and its parts, 15–18 公用经费 and its parts, 19 政府采购金额. */
export function agreeingBasic(): BasicData {
  return buildBasic({
    name: AGREEING_UNIT,
    year: 2023,
    years: SEED_YEARS,
    lines: [
      ['sanGong', '三公经费', [10, 20, 18]], // row 5
      ['car', '1、公务用车购置和维护经费', [6, 12, 11]], // 6
      ['carPurchase', '其中：公车购置', [2, 4, 4]], // 7
      ['carRunning', '公车运行维护', [4, 8, 7]], // 8
      ['abroad', '2、出国经费', [0, 0, 0]], // 9
      ['reception', '3、公务接待', [4, 8, 7]], // 10
      ['project', '项目支出', [150, 200, 190]], // 11
      ['projectBusiness', '1、业务工作经费', [100, 120, 115]], // 12
      ['projectOperation', '2、运行维护经费', [50, 80, 75]], // 13
      ['projectSpecial', '3、市级专项资金', [0, 0, 0]], // 14
      ['publicFunds', '公用经费', [60, 70, 66]], // 15
      ['office', '其中：办公经费', [30, 35, 33]], // 16
      ['utilitiesTravel', '水费、电费、差旅费', [20, 25, 24]], // 17
      ['meetingTraining', '会议费、培训费', [10, 10, 9]], // 18
      ['procurement', '政府采购金额', [40, 50, 45]], // 19
    ],
  });
}

/** 附件2: 1000 / 1000 / 950; income 1000 + 0 + 0 + 0 (B6:B9); expense 基本支出 800 (E6) + 项目支出 200 (E7). */
export function agreeingDepartment(): ScoredTable {
  return buildDepartment({
    name: AGREEING_UNIT,
    year: 2023,
    total: [1000, 1000, 950],
    income: [
      ['一般公共预算', 1000],
      ['政府性基金拨款', 0],
      ['纳入专户管理的非税收入拨款', 0],
      ['其他资金', 0],
    ],
    expense: [
      ['基本支出', 800],
      ['项目支出', 200],
    ],
  });
}

/** 附件3 (sheet 附件3-1): 业务工作经费 120 / 120 / 115, all of it 当年财政拨款. */
export function agreeingProjectA(): ScoredTable {
  return buildProject({
    sheet: '附件3-1',
    name: '业务工作经费',
    department: AGREEING_UNIT,
    year: 2023,
    total: [120, 120, 115],
    parts: [
      ['其中：当年财政拨款', [120, 120, 115]],
      ['上年结转资金', [0, 0, 0]],
      ['其他资金', [0, 0, 0]],
    ],
  });
}

/** 附件3 (sheet 附件3-2): 运行维护经费 80 / 80 / 75. */
export function agreeingProjectB(): ScoredTable {
  return buildProject({
    sheet: '附件3-2',
    name: '运行维护经费',
    department: AGREEING_UNIT,
    year: 2023,
    total: [80, 80, 75],
    parts: [
      ['其中：当年财政拨款', [80, 80, 75]],
      ['上年结转资金', [0, 0, 0]],
      ['其他资金', [0, 0, 0]],
    ],
  });
}

export function agreeingWorkbook(): AnnexTable[] {
  return [agreeingBasic(), agreeingDepartment(), agreeingProjectA(), agreeingProjectB()];
}

// ─── Changing cells ─────────────────────────────────────────────────────────────────────────────────────

/**
 * A copy of the table with the cells at these addresses rewritten (every slot with that address: a budget
 * slot and its inline part never share one). An inline part's amount follows its new value.
 * Throws when an address matches no slot, so a test cannot silently change nothing.
 */
export function withCells<T extends AnnexTable>(table: T, cells: Record<string, CellValue>): T {
  const copy = structuredClone(table);
  const hit = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const obj = node as Record<string, unknown>;
    const s = obj as unknown as Partial<Slot>;
    if (typeof s.address === 'string' && s.cell && s.address in cells) {
      const v = cells[s.address];
      s.cell = rawCell(v);
      hit.add(s.address);
      return;
    }
    for (const value of Object.values(obj)) visit(value);
    if ('group' in obj && 'slot' in obj) {
      const item = obj as unknown as InlineAmount;
      if (item.slot.address in cells) {
        const v = cells[item.slot.address];
        item.amount = typeof v === 'number' ? v : null;
        item.slot.cell = rawCell(
          v === null ? `${item.label}：` : typeof v === 'number' ? `${item.label}：    ${v}` : v,
        );
      }
    }
  };
  visit(copy);
  const missed = Object.keys(cells).filter((a) => !hit.has(a));
  if (missed.length) throw new Error(`withCells: no slot at ${missed.join(', ')} in ${table.id}`);
  return copy;
}

/** A copy of a 附件1 without the lines of these keys (a template variant that lacks them). */
export function withoutLines(table: BasicData, ...keys: BasicLineKey[]): BasicData {
  return { ...table, lines: table.lines.filter((l) => !keys.includes(l.key)) };
}
