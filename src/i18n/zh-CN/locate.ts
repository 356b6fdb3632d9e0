// zh-CN messages of the table locator (src/workbook/locate*.ts): what was expected, what was found, where.

import type { TableKind } from '../../domain/model';

const KIND_LABEL: Record<TableKind, string> = {
  basic: '附件1基础数据表',
  department: '附件2部门整体支出绩效自评表',
  project: '附件3项目支出绩效自评表',
};

const COLUMN_LABEL: Record<string, string> = {
  name: '三级指标',
  target: '年度指标值',
  actual: '实际完成值',
  weight: '分值',
  score: '得分',
};

const at = (sheet: string, cell: string) => `${sheet}!${cell}：`;

/** '附件3项目支出绩效自评表“运转经费”' */
function tableLabel(kind: TableKind, name: string): string {
  return name ? `${KIND_LABEL[kind]}“${name}”` : KIND_LABEL[kind];
}

export const locateText = {
  kindLabel: (kind: TableKind) => KIND_LABEL[kind],
  columnLabel: (role: string) => COLUMN_LABEL[role] ?? role,

  missingColumns: (sheet: string, cell: string, kind: TableKind, missing: string[]) =>
    `${at(sheet, cell)}找到${KIND_LABEL[kind]}的指标表头，但缺少“${missing.map((m) => COLUMN_LABEL[m] ?? m).join('”“')}”列` +
    `（应有三级指标、年度指标值、实际完成值、分值、得分五列），无法核算该表。`,

  noIndicatorRows: (sheet: string, cell: string, kind: TableKind, name: string) =>
    `${at(sheet, cell)}${tableLabel(kind, name)}的指标表头下没有找到任何指标行（三级指标、年度指标值、实际完成值或分值均为空）。`,

  noTotalRow: (sheet: string, cell: string, kind: TableKind, name: string) =>
    `${at(sheet, cell)}${tableLabel(kind, name)}的指标行下没有找到“总分”（或“合计”）行，无法核对总分。`,

  titleWithoutHeader: (sheet: string, cell: string, title: string) =>
    `${at(sheet, cell)}找到标题“${title}”，但其下没有找到“一级指标、二级指标、三级指标、年度指标值、实际完成值、分值、得分”表头，未能识别该表。`,

  blankTemplate: (sheet: string, cell: string, title: string) =>
    `${sheet}!${cell}“${title}”是未填写的空表（没有指标行，预算数也未填），已跳过；如需检查，请先填写。`,
  basicTitleWithoutContent: (sheet: string, cell: string, title: string) =>
    `${at(sheet, cell)}找到标题“${title}”，但其下没有找到“财政供养人员情况”或“经费控制情况（万元）”部分，未能识别该表。`,

  basicMissingStaffing: (sheet: string, cell: string) =>
    `${at(sheet, cell)}${KIND_LABEL.basic}没有找到“财政供养人员情况”（编制数、实际在职人数、控制率），无法核对在职人员控制率。`,

  basicMissingStaffingValues: (sheet: string, cell: string) =>
    `${at(sheet, cell)}${KIND_LABEL.basic}的“财政供养人员情况”没有找到“编制数”“实际在职人数”表头，无法核对在职人员控制率。`,

  basicMissingMoney: (sheet: string, cell: string) =>
    `${at(sheet, cell)}${KIND_LABEL.basic}没有找到“经费控制情况（万元）”及其年度列（如“2023年决算数”），无法核对经费数据。`,

  basicMissingYears: (sheet: string, cell: string) =>
    `${at(sheet, cell)}“经费控制情况”一行没有找到年度列（应为“2022年决算数”“2023年预算数”“2023年决算数”这样的表头），无法读取各项经费。`,

  noTables: (sheet: string) =>
    `${at(sheet, 'A1')}工作簿中没有找到附件1、附件2或附件3表格：附件2、附件3应有“一级指标、二级指标、三级指标、年度指标值、实际完成值、分值、得分”表头，` +
    `附件1应有“财政供养人员情况”和“经费控制情况（万元）”。`,
};
