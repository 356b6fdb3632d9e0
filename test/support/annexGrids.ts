// Annex tables as blocks of cells (with merges) replicating the seed workbook's 附件1/2/3
// (/work/shared/seed/yueyang-housing-fund-2023-self-evaluation.txt), plus helpers to place blocks
// anywhere on a sheet — moved, stacked, side by side — and to vary their header words.

import type { Rect } from '../../src/domain/model';
import { gridFromRows, type SheetGrid } from '../../src/workbook/grid';

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

const LOAN_RATIO_NOTE = '经济下行和房地产市场低迷,导致市民购房意愿低';

/** 附件3's 17 indicator rows (16 scored + the 不适用 row), as in the seed. */
export function seedProjectIndicators(): IndicatorSpec[] {
  return [
    { level1: '产出指标\n\n(50分)', level1Rows: 11, level2: '数量指标', level2Rows: 4, name: '1.归集住房公积金', target: '48亿元', actual: '54.62亿元', weight: 5, score: 5 },
    { name: '2.发放住房公积金贷款', target: '16.6亿元', actual: '18.45亿元', weight: 5, score: 5 },
    { name: '3.办理住房公积金提取', target: '23亿元', actual: '40.83亿元', weight: 5, score: 5 },
    { name: '4.实现住房公积金增值收益', target: '3.3亿元', actual: '4.23亿元', weight: 10, score: 10 },
    { level2: '质量指标', level2Rows: 2, name: '1.年度个人住房贷款逾期率控制在0.05%以下', target: '控制在0.05%以下', actual: '0.0278%', weight: 5, score: 5 },
    { name: '2.住房公积金个贷率控制在60%到80%的区间', target: '控制在60%到80%的区间', actual: '59.22%', weight: 2, score: 0, note: LOAN_RATIO_NOTE },
    {
      level2: '时效指标',
      level2Rows: 4,
      name: '1.在岳阳市范围内购房的，自受理申请之日起3个工作日内作出准予提取或者不准提取的决定，并告知提取申请人，手续齐全的，即时办理。',
      target: '即时办理',
      actual: '100%',
      weight: 2,
      score: 2,
    },
    { name: '2.在岳阳市以外湖南省内其它城市购房的，作出准予提取或者不准提取的决定，并告知提取申请人。', target: '自受理申请之日起20个工作日内', actual: '100%', weight: 2, score: 2 },
    { name: '3.作出准予贷款或不准予贷款的决定，并通知借款申请人。', target: '自受理贷款申请日起10个工作日内', actual: '100%', weight: 2, score: 2, note: '　' },
    { name: '4.自不动产登记机构办结不动产抵押登记手续，出具《不动产登记证明》之日起，5个工作日内办理放款手续。', target: '5个工作日内', actual: '100%', weight: 2, score: 2, note: '　' },
    { level2: '成本指标', level2Rows: 1, name: '成本控制在预算内', target: '5506.5万元　', actual: '4425.38万元　', weight: 10, score: 10, note: '　' },
    { level1: '效益指标\n\n（30分）\n\n　', level1Rows: 5, level2: '经济效\n\n益指标', level2Rows: 1, name: '实现公积金保值增值\n', target: '　有效　', actual: '有效', weight: 10, score: 10 },
    { level2: '社会效\n\n益指标', level2Rows: 1, name: '在完成各项业务指标的基础上，最大程度发挥住房公积金的住房保障作用。\n', target: '　有效', actual: '有效', weight: 10, score: 10 },
    { level2: '生态效\n\n益指标', level2Rows: 1, name: '不适用\n', target: '不适用　', actual: '不适用', weight: null, score: null, note: '　' },
    { level2: '可持续影响指标', level2Rows: 2, name: '1.实现公积金保值增值\n', target: '有效实现　', actual: '有效实现', weight: 5, score: 5, note: '　' },
    { name: '2.降低缴存职工购房压力', target: '有效降低', actual: '有效降低', weight: 5, score: 5, note: '　' },
    { level1: '满意度\n\n指标\n\n（10分）', level1Rows: 1, level2: '服务对象满意度指标', level2Rows: 1, name: '住房公积金窗口服务满意度', target: '≥95%　', actual: '　99%', weight: 10, score: 10, note: '　' },
  ];
}

/** 附件2's indicator rows: the same indicators, written as the seed's 附件2 writes them. */
export function seedDepartmentIndicators(): IndicatorSpec[] {
  const rows = seedProjectIndicators();
  const names = [
    '归集住房公积金\n\n',
    '发放住房公积金贷款\n\n',
    '办理住房公积金提取\n\n',
    '4、实现住房公积金增值收益',
  ];
  names.forEach((n, i) => (rows[i] = { ...rows[i], name: n }));
  rows[6] = { ...rows[6], target: '手续齐全的，即时办理。' };
  rows[7] = { ...rows[7], name: '在岳阳市以外湖南省内其它城市购房的，作出准予提取或者不准提取的决定，并告知提取申请人。\n\n' };
  rows[13] = { ...rows[13], name: '不适用', target: '不适用', note: null };
  return rows.map((r) => ({ ...r, note: r.note === '　' ? null : r.note }));
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

export const SEED_INDICATOR_HEADER: Value[] = ['一级指标', '二级指标', '三级指标', '年度\n\n指标值', '实际\n\n完成值', '分值', '得分', '偏差原因分析及改进措施'];

/** Appends the 绩效指标 grid (header, indicator rows, 总分) at `start` (relative row) of a 9-column block. */
function appendIndicatorGrid(rows: Value[][], merges: Rect[], opts: Required<Pick<ScoredBlockOptions, 'header' | 'indicators' | 'total' | 'sideLabel'>>): void {
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
  const title = opts.title === undefined ? '2023年度项目支出绩效自评表' : opts.title;
  if (title !== null) {
    rows.push([title]);
    merges.push(rect(0, 0, 0, 8));
  }
  let r = rows.length;
  rows.push(['项目支\n\n出名称', opts.name ?? '运转经费']);
  merges.push(rect(r, 1, r, 8));
  r = rows.length;
  rows.push(['主管部门', '岳阳市人民政府', null, null, '实施单位', null, '岳阳市住房公积金管理中心']);
  merges.push(rect(r, 1, r, 3), rect(r, 4, r, 5), rect(r, 6, r, 8));
  if (opts.budget !== 'none') {
    r = rows.length;
    rows.push(['项目资金\n（万元）', null, '年初\n\n预算数', '全年\n\n预算数', '全年\n\n执行数', '分值', '执行率', '得分']);
    rows.push([null, '年度资金总额', 5506.5, 4425.38, 4425.38, 10, '100%', 10]);
    rows.push([null, '其中：当年财政拨款', 5506.5, 4425.38, 4425.38]);
    rows.push([null, '上年结转资金']);
    rows.push([null, '其他资金']);
    merges.push(rect(r, 0, r + 4, 0));
    for (let i = 0; i < 5; i++) merges.push(rect(r + i, 7, r + i, 8));
  }
  r = rows.length;
  rows.push(['年度总体目标', '预期目标', null, null, null, '实际完成情况']);
  rows.push([
    null,
    '完成省监管办下达的年度各项任务指标，全力推进归集扩面、加大归集建制，切实加强贷后管理、管控个贷风险。　　',
    null,
    null,
    null,
    '已按省监管办下达的年度各项任务完成各项指标。',
  ]);
  merges.push(rect(r, 0, r + 1, 0), rect(r, 1, r, 4), rect(r, 5, r, 8), rect(r + 1, 1, r + 1, 4), rect(r + 1, 5, r + 1, 8));
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
  const title = opts.title === undefined ? '2023年度部门整体支出绩效自评表' : opts.title;
  if (title !== null) {
    rows.push([title]);
    merges.push(rect(0, 0, 0, 8));
  }
  let r = rows.length;
  rows.push(['市级预算部门名称', '岳阳市住房公积金管理中心　']);
  merges.push(rect(r, 1, r, 8));
  r = rows.length;
  rows.push(['年度预\n\n算申请\n（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']);
  rows.push([null, '年度资金总额', 5506.5, 4425.38, 4425.38, 10, '100%', 10]);
  rows.push([null, '按收入性质分：', null, null, '按支出性质分：']);
  rows.push([null, '  其中：  一般公共预算：\n4425.38', null, null, '其中：基本支出：    4245.51']);
  rows.push([null, '政府性基金拨款：           0', null, null, '项目支出：    179.87']);
  rows.push([null, '纳入专户管理的非税收入拨款：       0']);
  rows.push([null, '其他资金：           0']);
  merges.push(rect(r, 0, r + 6, 0), rect(r, 7, r, 8), rect(r + 1, 7, r + 1, 8));
  for (let i = 2; i <= 6; i++) merges.push(rect(r + i, 1, r + i, 3), rect(r + i, 4, r + i, 8));
  r = rows.length;
  rows.push(['年度总体目标', '预期目标', null, null, null, '实际完成情况　']);
  rows.push([
    null,
    '完成省监管办下达的年度各项任务指标，全力推进归集扩面、加大归集建制，切实加强贷后管理、管控个贷风险。　　　',
    null,
    null,
    null,
    '　已按省监管办下达的年度各项任务完成各项指标。',
  ]);
  merges.push(rect(r, 0, r + 1, 0), rect(r, 1, r, 4), rect(r, 5, r, 8), rect(r + 1, 1, r + 1, 4), rect(r + 1, 5, r + 1, 8));
  appendIndicatorGrid(rows, merges, {
    header: opts.header ?? ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
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
  const title = opts.title === undefined ? '2023年度部门整体支出绩效评价基础数据表' : opts.title;
  if (title !== null) {
    rows.push([title]);
    merges.push(rect(0, 0, 0, 6));
  }
  let r = rows.length;
  rows.push(['财政供养人员情况（人）', '编制数', '2023年实际在职人数', '控制率']);
  rows.push([null, 127, 123, '96.85%']);
  merges.push(rect(r, 0, r + 1, 0));
  rows.push(['经费控制情况（万元）', '2022年决算数', '2023年预算数', '2023年决算数']);
  const lines: Value[][] = [
    ['三公经费', 7.05, 18, 31.03],
    ['   1、公务用车购置和维护经费', 6.62, 11, 30.07],
    ['       其中：公车购置', 0, 0, 26.44],
    ['             公车运行维护', 6.62, 11, 3.63],
    ['   2、出国经费', 0, 0, 0],
    ['   3、公务接待', 0.43, 7, 0.96],
    ['项目支出：', '　', '　', '　'],
    ['    1、业务工作经费', '　', '　', '　'],
    ['    2、运行维护经费', 5037.97, 5506.5, 4425.38],
    ['……'],
    ['3、市级专项资金（一个专项一行）', '　', '　', '　'],
    ['……'],
    ['公用经费', '　', '　', '　'],
    ['    其中：办公经费', '　', 90, 53.59],
    ['          水费、电费、差旅费', '　', '　\n152', 112.33],
    ['          会议费、培训费', '　', 95.9, 5.06],
    ['政府采购金额', '——', 825.18, 620],
    ['部门基本支出预算调整 ', '——', '　', '　'],
  ];
  rows.push(...lines);
  r = rows.length;
  rows.push(['楼堂馆所控制情况\n（2023年完工项目）', '批复规模\n（㎡）', '实际规模（㎡）', '规模控制率', '预算投资（万元）', '实际投资（万元）', '投资概算控制率']);
  rows.push([null, 0, 0, null, 0, 0, 0]);
  rows.push(['厉行节约保障措施', '加强能源管理，推广绿色出行，严格执行预算管理。　']);
  merges.push(rect(r + 2, 1, r + 2, 6));
  r = rows.length;
  rows.push(['说明：“项目支出”需要填报基本支出以外的所有项目支出情况，“公用经费”填报基本支出中的一般商品和服务支出。']);
  rows.push(['填表人：        填报日期：          联系电话：            单位负责人签字：']);
  merges.push(rect(r, 0, r, 6), rect(r + 1, 0, r + 1, 6));
  return { rows, merges };
}

/** A footer block written under an annex in the seed. */
export function footerBlock(text = '填表人：      填报日期：         联系电话：                单位负责人签字：'): Block {
  return { rows: [[text]], merges: [rect(0, 0, 0, 8)] };
}

/** An attachment label ('附件3') on its own row. */
export function labelBlock(text: string): Block {
  return { rows: [[text]], merges: [] };
}

/** The seed workbook: one annex per sheet, each at A1 under its 附件N label. */
export function seedWorkbook(): SheetGrid[] {
  return [
    placeBlocks('附件1', [{ block: labelBlock('附件1'), top: 0, left: 0 }, { block: basicBlock(), top: 1, left: 0 }]),
    placeBlocks('附件2', [{ block: labelBlock('附件2'), top: 0, left: 0 }, { block: departmentBlock(), top: 1, left: 0 }, { block: footerBlock(), top: 1 + departmentBlock().rows.length + 1, left: 0 }]),
    placeBlocks('附件3', [{ block: labelBlock('附件3'), top: 0, left: 0 }, { block: projectBlock(), top: 1, left: 0 }, { block: footerBlock('备注：一个一级项目支出一张表。如，业务工作经费，运行维护经费，其他事业发展类资金…各一张表。'), top: 1 + projectBlock().rows.length, left: 0 }]),
  ];
}
