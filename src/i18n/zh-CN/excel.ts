// zh-CN messages of the Excel layer (src/excel/, src/commands/): Office.js errors, protection,
// snapshots and revert, and the summary the ribbon's 「一键重算」 shows.

export const excelMessages = {
  // Office.js / RichApi error codes (the code, never the localized message, decides the text)
  accessDenied: (where: string) =>
    `无法写入${where}：工作表受保护或工作簿为只读。请先在「审阅 → 撤销工作表保护」中取消保护，或另存一份可编辑的副本后再试；本次未写入任何单元格。`,
  cellEditMode:
    '无法操作工作簿：Excel 正处于单元格编辑状态。请先按 Enter 或 Esc 结束编辑，再重试；本次未写入任何单元格。',
  timeout: (seconds: number) =>
    `Excel 在 ${seconds} 秒内没有响应（已自动重试一次）。可能正在编辑单元格、网络较慢或工作簿过大；请结束单元格编辑后重试。本次未写入任何单元格。`,
  payloadTooLarge:
    '一次请求的数据超过了 Excel 网页版 5 MB 的上限，分块读取后仍未成功。请删除工作簿中与自评表无关的大表后重试。',
  itemNotFound: (what: string) => `找不到${what}：工作表可能已被重命名或删除。请重新检查后再试。`,
  notSupported:
    '此 Excel 版本不支持本助手需要的功能（需要 ExcelApi 1.13：Microsoft 365、Excel 2021 或更新版本，或 Excel 网页版）。',
  conflict: '有其他人正在同时编辑这些单元格（共同编辑冲突）。请稍后重试；本次未写入任何单元格。',
  mergedConflict: (where: string) => `无法写入${where}：目标是合并单元格的一部分。请检查表格的合并区域后重试。`,
  aborted: 'Excel 取消了本次请求（工作簿可能已关闭或正在保存）。请稍后重试。',
  unknown: (code: string) => `Excel 操作失败（错误代码 ${code}）。请稍后重试；如反复出现，请把错误代码告诉管理员。`,
  apiLevelTooLow: (needed: string) =>
    `此 Excel 版本过旧：本助手需要 ExcelApi ${needed}（Microsoft 365、Excel 2021 或 Excel 网页版）。`,

  // writing
  sheetsProtected: (sheets: string[]) =>
    `工作表「${sheets.join('」「')}」受保护，无法写入计算结果。请先在「审阅 → 撤销工作表保护」中取消保护后再试；本次未写入任何单元格（包括其他工作表）。`,
  sheetMissing: (sheet: string) => `工作表「${sheet}」已不存在（可能已被重命名或删除），无法写入。请重新检查后再试。`,
  staleCells: (cells: string[]) =>
    `以下单元格在检查之后被修改过：${cells.slice(0, 5).join('、')}${cells.length > 5 ? ` 等 ${cells.length} 个` : ''}。为避免覆盖新的内容，本次未写入任何单元格；请重新检查后再写入。`,
  recordChanged:
    '在您检查之后，另一处（功能区的「一键重算」或另一个助手窗口）刚写入了本工作簿。为避免互相覆盖，本次未写入任何单元格；请重新检查后再写入。',
  writeFailedRestored: (reason: string) => `写入中途失败，已把已写入的单元格恢复原样。原因：${reason}`,
  writeFailedNotRestored: (reason: string) =>
    `写入中途失败，自动恢复也未成功。请点「撤销上次写入」恢复。原因：${reason}`,

  // snapshot and revert
  noSnapshot: '没有可撤销的写入：本工作簿中没有本助手上次写入前保存的原始内容。',
  snapshotUnreadable: '工作簿中保存的撤销信息已损坏，无法撤销。请手动检查上次写入的单元格。',
  revertSkipped: (cells: string[]) =>
    `以下单元格在写入之后又被人修改过，撤销时保留了修改后的内容：${cells.slice(0, 5).join('、')}${cells.length > 5 ? ` 等 ${cells.length} 个` : ''}。`,

  // findings sheet
  findingsSheetName: '检查结果',
  findingsLink: '跳转',
  /** The summary column holding 执行率 (src/workbook/summary.ts SUMMARY_HEADER), formatted as a percentage. */
  findingsRateHeader: '执行率',
  revertedFindingsSheet: (name: string) => `已删除上次导出的「${name}」工作表。`,
  severity: { error: '错误', warning: '警告', info: '提示' } as Record<string, string>,

  // ribbon one-click summary
  summaryTitle: '一键重算完成',
  summaryFailedTitle: '一键重算未完成',
  summaryNoTables:
    '没有找到绩效自评表（附件1/2/3）。请确认工作簿中有「部门整体支出绩效自评表」或「项目支出绩效自评表」。',
  summaryTables: (n: number, scored: number) => `找到 ${n} 张自评表，其中 ${scored} 张计算了得分。`,
  summaryTotals: (name: string, total: string, grade: string) =>
    `「${name}」总分 ${total}${grade ? `，等级 ${grade}` : ''}。`,
  summaryWritten: (written: number, filled: number, cleared = 0) =>
    written + filled === 0
      ? '所有计算结果与表中已有内容一致，没有改动任何单元格。'
      : [
          `写入 ${written} 个单元格`,
          ...(filled > cleared
            ? [`标出 ${filled - cleared} 个需要关注的单元格（未达标为红色，需人工判断为黄色）`]
            : []),
          ...(cleared > 0 ? [`取消 ${cleared} 个现已达标单元格的标记`] : []),
        ].join('，') + '。',
  summaryFindings: (errors: number, warnings: number) =>
    errors + warnings === 0
      ? '没有发现问题。'
      : `发现 ${errors} 个错误、${warnings} 个警告，请打开「绩效自评助手」查看。`,
  summaryConflicts: (n: number, cells: string[]) =>
    `有 ${n} 个单元格含公式或他人填写的内容，未改写：${cells.slice(0, 5).join('、')}${n > 5 ? ' 等' : ''}。如需改写，请在助手中逐个确认。`,
  summaryLocked: (cells: string[]) =>
    `工作表受保护，以下 ${cells.length} 个单元格已锁定，未填写：${cells.slice(0, 8).join('、')}${cells.length > 8 ? ' 等' : ''}。如需填写，请在「审阅 → 撤销工作表保护」后重算，或手工填写。`,
  summaryUnformatted: (sheets: string[]) =>
    `工作表「${sheets.join('」「')}」受保护且不允许设置单元格格式：未标色，执行率的百分比格式也未设置。`,
  summaryUndo: '如需恢复，请打开助手点「撤销上次写入」。',
  summaryClose: '关闭',
  ribbonTooLong: (minutes: number) =>
    `一键重算超过 ${minutes} 分钟仍未完成，已停止等待（Excel 会在约 5 分钟后结束功能区命令）。请打开助手查看结果；若已写入，可点「撤销上次写入」。`,
  openPaneHint: '点「打开助手」查看逐项结果。',
};
