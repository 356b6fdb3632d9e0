// zh-CN messages of the .xlsx adapter (src/xlsx/): reading a workbook file and writing its scored copy.

export const xlsxMessages = {
  notWorkbook: (file: string) => `无法读取文件 ${file}：不是有效的 Excel 工作簿（.xlsx）`,
  oldFormat: (file: string) =>
    `无法读取文件 ${file}：这是旧版 Excel 97-2003（.xls）或 WPS（.et）格式，请在 Excel 或 WPS 中“另存为” Excel 工作簿（.xlsx）后再检查`,
  encrypted: (file: string) =>
    `无法读取文件 ${file}：文件已加密，请先取消密码保护（在 Excel 中：文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码并保存）后再检查`,
  tooManyCells: (file: string, sheet: string, cells: number, limit: number) =>
    `无法检查文件 ${file}：工作表 ${sheet} 约有 ${cells} 个单元格，超出可检查的上限 ${limit}；请删除无关数据或另存为只含附件的工作簿`,
  tooLarge: (file: string, what: string, mib: number, limitMib: number) =>
    `无法检查文件 ${file}：${what}解压后超过 ${mib} MB，超出可检查的上限 ${limitMib} MB；请删除无关数据或另存为只含附件的工作簿`,
  fileTooLarge: (file: string, mib: number, limitMib: number) =>
    `无法检查文件 ${file}：文件有 ${mib} MB，超出可检查的上限 ${limitMib} MB；请删除无关数据或另存为只含附件的工作簿`,
  sheetPart: (sheet: string) => `工作表 ${sheet} `,
  otherPart: (part: string) => `文件中的 ${part} `,
  missingFile: (file: string) => `无法读取文件 ${file}：找不到该文件`,
  cannotOpen: (file: string, reason: string) => `无法读取文件 ${file}：无法打开该文件（${reason}）`,
  missingSheet: (sheet: string, cell: string) => `无法写入 ${sheet}!${cell}：工作簿中没有名为「${sheet}」的工作表`,
  defaultBufferName: '工作簿',
  unkept: {
    charts: (n: number) => `图表 ${n} 个`,
    pivotTables: (n: number) => `数据透视表 ${n} 个`,
    slicers: (n: number) => `切片器 ${n} 个`,
    controls: (n: number) => `表单控件 ${n} 个`,
    shapes: (n: number) => `图形或文本框 ${n} 个`,
    dropdowns: (n: number) => `跨表下拉列表 ${n} 个`,
    sparklines: (n: number) => `迷你图 ${n} 个`,
    customProperties: (n: number) => `自定义文档属性 ${n} 项（如密级）`,
    externalLinks: (n: number) => `外部链接 ${n} 个`,
    threadedComments: (n: number) => `批注（对话）${n} 条`,
    workbookProtection: () => '工作簿结构保护',
    printerSettings: (n: number) => `打印机设置 ${n} 份`,
  },
  copyLoses: (file: string, what: string, copy: string) =>
    `注意：${file} 含${what}，评分副本 ${copy} 由 exceljs 重写，不含这些内容；原文件未改动。如需保留，请在 Excel 中用加载项直接写入原表。`,
  /** The copy could not be written by editing the original package (reason: which part), so exceljs rewrote it. */
  copyRewritten: (file: string, reason: string, copy: string, what: string | null) =>
    `注意：${file} 的文件结构无法原样修改（${reason}），评分副本 ${copy} 由 exceljs 重写` +
    (what ? `，不含其中的${what}` : '，图表等 exceljs 不支持的内容可能丢失') +
    '；原文件未改动。如需保留，请在 Excel 中用加载项直接写入原表。',
};
