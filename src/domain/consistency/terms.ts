// The forms' own names for what the consistency checks compare: 附件1's lines, the budget columns of 附件2/3, the
// 按收入性质分 / 按支出性质分 groups. These are the words printed on the Chinese forms (facts a finding names, like an
// indicator's name), not sentences: findings carry them and src/i18n/findings words the sentence around them.

import type { BudgetColumn } from '../findings';
import type { BasicLineKey, TableKind } from '../model';

export const ANNEX: Record<TableKind, string> = { basic: '附件1', department: '附件2', project: '附件3' };

/** Canonical names of 附件1 lines (the sheet's labels carry numbering such as `1、` and `其中：`). */
export const LINE = {
  sanGong: '三公经费',
  car: '公务用车购置和维护经费',
  carPurchase: '公车购置',
  carRunning: '公车运行维护',
  abroad: '出国经费',
  reception: '公务接待',
  project: '项目支出',
  projectBusiness: '业务工作经费',
  projectOperation: '运行维护经费',
  projectSpecial: '市级专项资金',
  publicFunds: '公用经费',
  office: '办公经费',
  utilitiesTravel: '水费、电费、差旅费',
  meetingTraining: '会议费、培训费',
  procurement: '政府采购金额',
  budgetAdjustment: '部门基本支出预算调整',
} satisfies Partial<Record<BasicLineKey, string>>;

/** The canonical name of a 附件1 line, undefined for a line the forms do not name ('other'). */
export function lineLabel(key: BasicLineKey): string | undefined {
  return (LINE as Partial<Record<BasicLineKey, string>>)[key];
}

/** 附件2/3 budget columns. */
export const COLUMN: Record<BudgetColumn, string> = {
  initial: '年初预算数',
  fullYear: '全年预算数',
  executed: '全年执行数',
};

export const GROUP = { income: '按收入性质分', expense: '按支出性质分' } as const;

/** The row every budget block adds up to. */
export const TOTAL_LABEL = '年度资金总额';

/** 附件1's year column: 2023年预算数, 2022年决算数. */
export function yearColumn(year: number, kind: 'budget' | 'final'): string {
  return `${year}年${kind === 'budget' ? '预算数' : '决算数'}`;
}

/** 「按收入性质分」+「的各项」+「年初预算数」: a breakdown's rows in one column. */
export const PARTS_OF = '的各项';
/** The 其中 rows of 年度资金总额 in one column, when no group header names them. */
export const OWN_PARTS = '其中各项';

/** The first part of a grouped breakdown: 「按支出性质分：基本支出」. */
export function groupLead(group: string, label: string): string {
  return `${group}：${label}`;
}
