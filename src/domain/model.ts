// The annex tables as located in a workbook: plain data with every value's cell (Slot).
// `src/workbook/locate*.ts` builds these from grids; `src/domain/evaluate*.ts` scores them.

import type { Slot } from './types';

export type TableKind = 'basic' | 'department' | 'project';

/** Inclusive 0-based rectangle on one sheet. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One row of a budget block: 年度资金总额 or one of its 其中 rows. Columns absent from the table are undefined. */
export interface BudgetLine {
  label: string; // '年度资金总额', '当年财政拨款', '上年结转资金', '其他资金', '一般公共预算' …
  row: number;
  initial?: Slot; // 年初预算数
  fullYear?: Slot; // 全年预算数
  executed?: Slot; // 全年执行数
  /** Set when the row sits under a 按收入性质分 / 按支出性质分 header row: each group adds up to the total on its own. */
  group?: 'income' | 'expense';
}

/**
 * 附件2's budget block also lists parts as text inside cells: `其中：基本支出：    4245.51`.
 * Each such part is read into a labelled amount with the cell it came from.
 */
export interface InlineAmount {
  label: string; // '一般公共预算', '政府性基金拨款', '基本支出', '项目支出' …
  group: 'income' | 'expense' | 'other'; // 按收入性质 / 按支出性质
  amount: number | null; // null when the cell names the part but gives no number
  slot: Slot;
}

/** The money unit a table's amounts are written in, where its labels say other than 万元 (项目资金（元）, 单位：元). */
type MoneyUnit = '元' | '亿元';

export interface BudgetBlock {
  unit?: MoneyUnit; // absent: 万元, as the national forms print
  total: BudgetLine; // 年度资金总额
  weight?: Slot; // 分值
  rate?: Slot; // 执行率 (printed)
  score?: Slot; // 得分 (printed)
  /** The block's points where only a label or a note gives them: 预算执行情况（10分）, 注：预算执行率20分. */
  declaredWeight?: { points: number; slot: Slot };
  parts: BudgetLine[]; // 其中 rows with their own columns (附件3 style)
  inline: InlineAmount[]; // parts written inside cells (附件2 style)
}

export interface IndicatorRow {
  row: number;
  level1: string; // 产出指标 (declared points stripped)
  level1Points?: number; // 50 from `产出指标(50分)`
  level1Slot?: Slot; // the (merged) cell naming the 一级指标, for weight findings
  level2: string; // 数量指标
  name: string; // 三级指标 text
  nameSlot?: Slot;
  /** 年度指标值. With split columns (指标性质 | 指标值 | 度量单位) this is the 指标值 cell. */
  target: Slot;
  /** 指标性质 (≥ ≤ = 定性) when the province splits the target. */
  targetNature?: Slot;
  /** 度量单位 column when present. */
  unit?: Slot;
  actual: Slot;
  weight: Slot; // 分值 / 权重
  score: Slot; // 得分 / 自评得分
  note?: Slot; // 偏差原因分析及改进措施
  /** 评分标准 / 指标说明及评分标准 of a scorecard row: the text the row is judged against. */
  criteria?: Slot;
  /**
   * 'sum': a parent row (一、…) whose 分值/得分 is the sum of the numbered rows under it — judged, not counted again in
   * the table's weights and total. 'detail': a 其中 row with no 分值 and no 得分 of its own under an indicator
   * (其中桃树种植面积) — a detail of the row above, judged but not an indicator to score (no 「分值为空」, no note asked).
   * 'shared': a row under the first of a group whose 分值/得分 cell is merged down them (the rows share one score): its
   * weight/score slots are blank cells of its own, the group's points are the first row's; judged, carries no points.
   */
  part?: 'sum' | 'detail' | 'shared';
}

export interface TotalRow {
  row: number;
  weight?: Slot; // 100
  score?: Slot; // 98
  grade?: Slot; // 等级/评价等次 when the table has one
  note?: Slot;
}

/** Column positions of a scored table's indicator grid (0-based), for the write plan and highlights. */
export interface IndicatorColumns {
  level1?: number;
  level2?: number;
  name: number;
  targetNature?: number;
  target: number;
  unit?: number;
  actual: number;
  weight: number;
  score: number;
  note?: number;
  criteria?: number;
}

/**
 * What a table's header lets the tool check (absent: 'scored', the 财预〔2020〕10号 layout). An 'unscored' table
 * (绩效目标自评表) has no 分值/得分 columns: its rows' weight and score slots are blank cells at the 实际完成值 cell. A
 * 'scorecard' (决策–过程–产出–效益, 部门整体 评分表) has no 年度指标值/实际完成值 columns: a missing target is its
 * 评分标准 cell or a blank cell at the 分值 cell, a missing actual a blank cell at the 得分 cell.
 */
export type TableForm = 'scored' | 'unscored' | 'scorecard';

export interface ScoredTable {
  kind: 'department' | 'project';
  id: string; // stable within a workbook: `${sheet}!${A1 of top-left}`
  sheet: string;
  range: Rect;
  title: string; // '2023年度项目支出绩效自评表'
  name: string; // department or project name ('' when the table has none)
  nameSlot?: Slot;
  year?: number;
  department?: string; // the unit: 附件3's 实施单位, 附件2's 部门名称, where given
  departmentCell?: string; // 附件3: the cell its 实施单位 is written in
  budget?: BudgetBlock;
  goals?: { expected?: Slot; achieved?: Slot };
  columns: IndicatorColumns;
  /** Absent for 'scored'. */
  form?: 'unscored' | 'scorecard';
  /**
   * A scored table with a 得分 column but no 分值 column (the Yunnan/Hubei 20-point form): its rows' weights are
   * unknown (a blank stand-in at the 得分 cell, or the points a name gives): rows are judged, scores not recomputed.
   */
  weightsUnknown?: true;
  /** A 项目总得分 written in the table's head besides the 总分 row under the indicators: checked against the total too. */
  headTotal?: Slot;
  indicators: IndicatorRow[];
  total?: TotalRow;
}

/** 附件1 year columns: `2022年决算数`, `2023年预算数`, `2023年决算数`. */
export interface BasicYearColumn {
  col: number;
  label: string;
  year?: number;
  kind: 'budget' | 'final' | 'other'; // 预算数 / 决算数
}

export type BasicLineKey =
  | 'sanGong' // 三公经费
  | 'car' // 公务用车购置和维护经费
  | 'carPurchase' // 公车购置
  | 'carRunning' // 公车运行维护
  | 'abroad' // 出国经费
  | 'reception' // 公务接待
  | 'project' // 项目支出
  | 'projectBusiness' // 业务工作经费
  | 'projectOperation' // 运行维护经费
  | 'projectSpecial' // 市级专项资金
  | 'publicFunds' // 公用经费
  | 'office' // 办公经费
  | 'utilitiesTravel' // 水费、电费、差旅费
  | 'meetingTraining' // 会议费、培训费
  | 'procurement' // 政府采购金额
  | 'budgetAdjustment' // 部门基本支出预算调整
  | 'other';

export interface BasicLine {
  key: BasicLineKey;
  label: string;
  row: number;
  values: (Slot | undefined)[]; // one per BasicData.years entry, same order
}

export interface BasicData {
  kind: 'basic';
  id: string;
  sheet: string;
  range: Rect;
  title: string;
  name: string; // department name when the sheet gives one, else ''
  nameCell?: string; // the cell the name is written in ('A3' for 填报单位：…, or the cell after the label)
  unit?: MoneyUnit; // of the 经费 lines, where the sheet says other than 万元 (经费控制情况（元）)
  year?: number;
  staffing: { authorized?: Slot; actual?: Slot; rate?: Slot }; // 编制数, 实际在职人数, 控制率
  years: BasicYearColumn[];
  lines: BasicLine[];
}

export type AnnexTable = ScoredTable | BasicData;
