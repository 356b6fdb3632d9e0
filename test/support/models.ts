// Hand-built ScoredTable/BasicData models for the evaluate and write-plan tests: the seed department's
// 附件3 项目支出绩效自评表 (and its 附件2 twin) cell for cell, on fixed addresses so a test can change one
// cell and assert the finding or write at that address (个贷率's 得分 is 附件3!H17).
//
// Layout (0-based rows; A1 addresses in comments):
//   A1 title · A2 项目支出名称 | B2 name · A4 budget header
//   row 5: B5 年度资金总额 | C5 年初预算数 | D5 全年预算数 | E5 全年执行数 | F5 分值 | G5 执行率 | H5 得分
//   rows 6–8: 其中 parts · A11 indicator header
//   rows 12…: A 绩效指标 | B 一级指标 | C 二级指标 | D 三级指标 | E 年度指标值 | F 实际完成值 | G 分值 | H 得分 | I 偏差原因
//   then 总分: G 分值 | H 得分 | I 等级 (only when asked for) or 偏差原因

import type { BasicData, BudgetBlock, IndicatorRow, ScoredTable } from '../../src/domain/model';
import type { RawCell, Slot } from '../../src/domain/types';
import { fromA1, toA1 } from '../../src/workbook/grid';

export type Value = string | number | null;

/** A cell as a door would read it; numbers may carry a format and display text. */
export function cell(v: Value, numberFormat?: string, text?: string): RawCell {
  if (v === null) return { value: null, text: '' };
  const c: RawCell = { value: v, text: text ?? (typeof v === 'number' ? String(v) : v) };
  if (numberFormat) c.numberFormat = numberFormat;
  return c;
}

export function slotAt(row: number, col: number, c: RawCell): Slot {
  return { row, col, address: toA1(row, col), cell: c };
}

/** [一级指标 (with points), 二级指标, 三级指标, 年度指标值, 实际完成值, 分值, 得分, 偏差原因]; '' 一级/二级 = merged with the row above. */
export type IndicatorSpec = [string, string, string, Value, Value, Value, Value, Value];

export interface TableSpec {
  kind?: 'project' | 'department';
  sheet?: string;
  title?: string;
  name?: string;
  /** [年初预算数, 全年预算数, 全年执行数, 分值, 执行率 (cell), 得分]; null = no budget block. */
  budget?: [Value, Value, Value, Value, RawCell, Value] | null;
  indicators: IndicatorSpec[];
  /** [分值, 得分]; null = no total row. */
  total?: [Value, Value] | null;
  /** A grade cell in the total row (I column) holding this value. */
  grade?: Value;
}

const COLS = { level1: 1, level2: 2, name: 3, target: 4, actual: 5, weight: 6, score: 7, note: 8 } as const;
const FIRST_INDICATOR_ROW = 11;

/** 产出指标(50分) → ['产出指标', 50]. */
function splitPoints(text: string): [string, number | undefined] {
  const m = /^(.*?)[(（](\d+(?:\.\d+)?)分[)）]$/.exec(text.replace(/\s+/g, ''));
  return m ? [m[1], Number(m[2])] : [text.replace(/\s+/g, ''), undefined];
}

export function buildScoredTable(spec: TableSpec): ScoredTable {
  const sheet = spec.sheet ?? '附件3';
  let budget: BudgetBlock | undefined;
  if (spec.budget !== null) {
    const [initial, fullYear, executed, weight, rate, score] = spec.budget ?? SEED_BUDGET;
    budget = {
      total: {
        label: '年度资金总额',
        row: 4,
        initial: slotAt(4, 2, cell(initial)),
        fullYear: slotAt(4, 3, cell(fullYear)),
        executed: slotAt(4, 4, cell(executed)),
      },
      weight: slotAt(4, 5, cell(weight)),
      rate: slotAt(4, 6, rate),
      score: slotAt(4, 7, cell(score)),
      parts: [],
      inline: [],
    };
  }
  let level1Slot: Slot | undefined;
  let level1 = '';
  let level1Points: number | undefined;
  let level2 = '';
  const indicators: IndicatorRow[] = spec.indicators.map(([l1, l2, name, target, actual, weight, score, note], i) => {
    const row = FIRST_INDICATOR_ROW + i;
    if (l1 !== '') {
      level1Slot = slotAt(row, COLS.level1, cell(l1));
      [level1, level1Points] = splitPoints(l1);
    }
    if (l2 !== '') level2 = l2.replace(/\s+/g, '');
    const r: IndicatorRow = {
      row,
      level1,
      level2,
      name: name.trim(),
      nameSlot: slotAt(row, COLS.name, cell(name)),
      target: slotAt(row, COLS.target, cell(target)),
      actual: slotAt(row, COLS.actual, cell(actual)),
      weight: slotAt(row, COLS.weight, cell(weight)),
      score: slotAt(row, COLS.score, cell(score)),
      note: slotAt(row, COLS.note, cell(note)),
    };
    if (level1Slot) r.level1Slot = level1Slot;
    if (level1Points !== undefined) r.level1Points = level1Points;
    return r;
  });
  const totalRow = FIRST_INDICATOR_ROW + indicators.length;
  const [totalWeight, totalScore] =
    spec.total === undefined ? ([100, '　98'] as [Value, Value]) : (spec.total ?? [null, null]);
  const table: ScoredTable = {
    kind: spec.kind ?? 'project',
    id: `${sheet}!A1`,
    sheet,
    range: { top: 0, left: 0, bottom: totalRow, right: COLS.note },
    title: spec.title ?? '2023年度项目支出绩效自评表',
    name: spec.name ?? '运转经费',
    nameSlot: slotAt(1, 1, cell(spec.name ?? '运转经费')),
    year: 2023,
    columns: { ...COLS },
    indicators,
  };
  if (budget) table.budget = budget;
  if (spec.total !== null) {
    table.total = {
      row: totalRow,
      weight: slotAt(totalRow, COLS.weight, cell(totalWeight)),
      score: slotAt(totalRow, COLS.score, cell(totalScore)),
    };
    if (spec.grade !== undefined) table.total.grade = slotAt(totalRow, COLS.note, cell(spec.grade));
    else table.total.note = slotAt(totalRow, COLS.note, cell(null));
  }
  return table;
}

export const SEED_BUDGET: [Value, Value, Value, Value, RawCell, Value] = [
  5506.5,
  4425.38,
  4425.38,
  10,
  cell(1, '0%', '100%'),
  10,
];

/** The seed's 附件3 indicator rows, as printed (full-width spaces and all). */
export const SEED_INDICATORS: IndicatorSpec[] = [
  ['产出指标\n\n(50分)', '数量指标', '1.归集住房公积金', '48亿元', '54.62亿元', 5, 5, null],
  ['', '', '2.发放住房公积金贷款', '16.6亿元', '18.45亿元', 5, 5, null],
  ['', '', '3.办理住房公积金提取', '23亿元', '40.83亿元', 5, 5, null],
  ['', '', '4.实现住房公积金增值收益', '3.3亿元', '4.23亿元', 10, 10, null],
  ['', '质量指标', '1.年度个人住房贷款逾期率控制在0.05%以下', '控制在0.05%以下', '0.0278%', 5, 5, null],
  [
    '',
    '',
    '2.住房公积金个贷率控制在60%到80%的区间',
    '控制在60%到80%的区间',
    '59.22%',
    2,
    0,
    '经济下行和房地产市场低迷,导致市民购房意愿低',
  ],
  [
    '',
    '时效指标',
    '1.在岳阳市范围内购房的，自受理申请之日起3个工作日内作出准予提取或者不准提取的决定，并告知提取申请人，手续齐全的，即时办理。',
    '即时办理',
    '100%',
    2,
    2,
    null,
  ],
  [
    '',
    '',
    '2.在岳阳市以外湖南省内其它城市购房的，作出准予提取或者不准提取的决定，并告知提取申请人。',
    '自受理申请之日起20个工作日内',
    '100%',
    2,
    2,
    null,
  ],
  [
    '',
    '',
    '3.作出准予贷款或不准予贷款的决定，并通知借款申请人。',
    '自受理贷款申请日起10个工作日内',
    '100%',
    2,
    2,
    '　',
  ],
  [
    '',
    '',
    '4.自不动产登记机构办结不动产抵押登记手续，出具《不动产登记证明》之日起，5个工作日内办理放款手续。',
    '5个工作日内',
    '100%',
    2,
    2,
    '　',
  ],
  ['', '成本指标', '成本控制在预算内', '5506.5万元　', '4425.38万元　', 10, 10, '　'],
  ['效益指标\n\n（30分）\n\n　', '经济效\n\n益指标', '实现公积金保值增值', '　有效　', '有效', 10, 10, '　'],
  [
    '',
    '社会效\n\n益指标',
    '在完成各项业务指标的基础上，最大程度发挥住房公积金的住房保障作用。',
    '　有效',
    '有效',
    10,
    10,
    '　',
  ],
  ['', '生态效\n\n益指标', '不适用', '不适用　', '不适用', null, null, '　'],
  ['', '可持续影响指标', '1.实现公积金保值增值', '有效实现　', '有效实现', 5, 5, '　'],
  ['', '', '2.降低缴存职工购房压力', '有效降低', '有效降低', 5, 5, '　'],
  ['满意度\n\n指标\n\n（10分）', '服务对象满意度指标', '住房公积金窗口服务满意度', '≥95%　', '　99%', 10, 10, '　'],
];

/** The seed's 附件3 as located: budget 5506.5/4425.38/4425.38, 17 indicators, 总分 100 | 98. */
export function seedProjectTable(overrides: Partial<TableSpec> = {}): ScoredTable {
  return buildScoredTable({ indicators: SEED_INDICATORS, ...overrides });
}

/** The seed's 附件2 (same indicators, department table on sheet 附件2). */
export function seedDepartmentTable(overrides: Partial<TableSpec> = {}): ScoredTable {
  return buildScoredTable({
    kind: 'department',
    sheet: '附件2',
    title: '2023年度部门整体支出绩效自评表',
    name: '岳阳市住房公积金管理中心',
    indicators: SEED_INDICATORS,
    ...overrides,
  });
}

/** The seed indicators with one row's columns replaced: seedIndicatorsWith(5, { score: 5 }) gives 个贷率 a score of 5. */
export function seedIndicatorsWith(
  index: number,
  change: Partial<Record<'target' | 'actual' | 'weight' | 'score' | 'note', Value>>,
): IndicatorSpec[] {
  return SEED_INDICATORS.map((r, i) => {
    if (i !== index) return r;
    const out = [...r] as IndicatorSpec;
    if ('target' in change) out[3] = change.target ?? null;
    if ('actual' in change) out[4] = change.actual ?? null;
    if ('weight' in change) out[5] = change.weight ?? null;
    if ('score' in change) out[6] = change.score ?? null;
    if ('note' in change) out[7] = change.note ?? null;
    return out;
  });
}

export const SEED_ROW = {
  归集: 0,
  贷款: 1,
  提取: 2,
  增值收益: 3,
  逾期率: 4,
  个贷率: 5,
  即时办理: 6,
  成本: 10,
  保值增值: 11,
  不适用: 13,
  满意度: 16,
} as const;

/** Every Slot of a table, keyed by A1 address (for applying a plan's writes in tests). */
export function slotsByAddress(table: ScoredTable): Map<string, Slot> {
  const out = new Map<string, Slot>();
  const add = (s: Slot | undefined) => {
    if (s) out.set(s.address, s);
  };
  const b = table.budget;
  if (b) [b.total.initial, b.total.fullYear, b.total.executed, b.weight, b.rate, b.score].forEach(add);
  for (const r of table.indicators) [r.target, r.actual, r.weight, r.score, r.note].forEach(add);
  if (table.total) [table.total.weight, table.total.score, table.total.grade, table.total.note].forEach(add);
  return out;
}

/** Replace the cell at an address (in place). */
export function setCell(table: ScoredTable, address: string, c: RawCell): void {
  const s = slotsByAddress(table).get(address);
  if (!s) throw new Error(`no slot at ${address}`);
  s.cell = c;
  const p = fromA1(address);
  if (!p || p.row !== s.row || p.col !== s.col) throw new Error(`slot ${address} is misplaced`);
}

/** The seed's 附件1 staffing block: 编制数 127, 实际在职人数 123, 控制率 as given. */
export function seedBasicData(rate: RawCell = cell('96.85%　')): BasicData {
  return {
    kind: 'basic',
    id: '附件1!A1',
    sheet: '附件1',
    range: { top: 0, left: 0, bottom: 30, right: 6 },
    title: '2023年度部门整体支出绩效评价基础数据表',
    name: '',
    year: 2023,
    staffing: {
      authorized: slotAt(3, 1, cell('127　')),
      actual: slotAt(3, 2, cell('123　')),
      rate: slotAt(3, 3, rate),
    },
    years: [],
    lines: [],
  };
}
