// Strings of the task pane: zh-CN (default) and en. Findings and explanations come from the core in
// zh-CN and are shown as they are; everything the pane itself says is here, so English is a translation.

export interface PaneStrings {
  lang: 'zh-CN' | 'en';
  appTitle: string;
  loading: string;
  // actions
  recalc: string;
  recalcHint: string;
  checkOnly: string;
  checkOnlyHint: string;
  revert: string;
  revertHint: string;
  exportFindings: string;
  exportHint: string;
  clearMarks: string;
  clearMarksHint: string;
  settings: string;
  refresh: string;
  running: Record<'scan' | 'check' | 'write' | 'revert' | 'export' | 'fix' | 'clear', string>;
  // tables
  tableKind: Record<'basic' | 'department' | 'project', string>;
  noName: string;
  nothingFoundTitle: string;
  nothingFoundBody: string;
  tablesFound: (n: number) => string;
  rate: string;
  rateScore: (score: string, weight: string) => string;
  total: string;
  recordedAs: (value: string) => string;
  totalDiffers: string;
  grade: string;
  failedCount: (n: number) => string;
  reviewCount: (n: number) => string;
  overCount: (n: number) => string;
  allMet: string;
  staffingRate: string;
  level1Bar: (name: string, score: string, weight: string) => string;
  // findings
  findingsHeading: string;
  severity: Record<'error' | 'warning' | 'info', string>;
  nextIssue: string;
  noFindings: string;
  noFindingsFiltered: string;
  workbookGroup: string;
  jumpTo: (where: string) => string;
  acknowledge: string;
  acknowledged: string;
  showAcknowledged: string;
  acknowledgeTitle: string;
  acknowledgeReason: string;
  acknowledgeReasonHint: string;
  acknowledgeConfirm: string;
  unacknowledge: string;
  cancel: string;
  // problem cards
  failedTitle: string;
  codeTitle: Record<string, string>;
  howToLabel: string;
  noteAt: (cell: string) => string;
  setTo: (cell: string, value: string) => string;
  howToByCode: Record<string, string>;
  fillScore: string;
  draftNote: string;
  locate: string;
  moreActions: (where: string) => string;
  prevIssue: string;
  position: (i: number, n: number) => string;
  positionLabel: (i: number, n: number) => string;
  severityFilterLabel: string;
  severityChip: (label: string, n: number) => string;
  tableFilter: (name: string) => string;
  showAllProblems: string;
  overrunCount: (n: number) => string;
  notFilled: string;
  problemList: string;
  previewJump: (where: string) => string;
  // preview
  previewTitle: string;
  previewIntro: (n: number) => string;
  previewReplace: string;
  previewSelectAll: string;
  previewApply: (n: number) => string;
  previewEmpty: string;
  previewFormula: string;
  // status
  wrote: (cells: number, fills: number, cleared?: number) => string;
  checked: (n: number) => string;
  reverted: (n: number) => string;
  revertSkipped: (cells: string[]) => string;
  exported: (n: number) => string;
  /** After 「清除标记」: n highlights taken back (0: there were none). */
  marksCleared: (n: number) => string;
  nothingToRevert: string;
  staleNotice: string;
  recheck: string;
  fixed: (cell: string, written: number) => string;
  errorTitle: string;
  errorAt: (where: string) => string;
  unexpectedError: (detail: string) => string;
  dismiss: string;
  retry: string;
  // settings
  settingsTitle: string;
  profileLabel: string;
  profileRules: string;
  draftNotesLabel: string;
  highlightLabel: string;
  colorFailed: string;
  colorReview: string;
  colorName: (hex: string) => string;
  save: string;
  saved: string;
}

export const zhCN: PaneStrings = {
  lang: 'zh-CN',
  appTitle: '绩效自评助手',
  loading: '正在加载…',
  recalc: '一键重算',
  recalcHint: '计算执行率、得分、总分，起草偏差原因，并标出未达标的指标',
  checkOnly: '仅检查',
  checkOnlyHint: '只检查并列出问题，不改动工作簿',
  revert: '撤销上次写入',
  revertHint: '把上次写入的单元格恢复原样（值、公式、填充色）',
  exportFindings: '导出检查结果',
  exportHint: '把问题清单写到新工作表「检查结果」，附指回单元格的链接',
  clearMarks: '清除标记',
  clearMarksHint: '打印盖章前：去掉本工具标出的填充色（恢复原来的颜色），保留所有写入的数值；可用「撤销上次写入」恢复',
  settings: '设置',
  refresh: '刷新',
  running: {
    scan: '正在查找附件表格…',
    check: '正在检查…',
    write: '正在重算并写入…',
    revert: '正在撤销…',
    export: '正在导出…',
    fix: '正在写入…',
    clear: '正在清除标记…',
  },
  tableKind: { basic: '附件1', department: '附件2', project: '附件3' },
  noName: '（未写名称）',
  nothingFoundTitle: '没有找到附件表格',
  nothingFoundBody:
    '工作簿中没有认出附件1 基础数据表、附件2 部门整体支出绩效自评表或附件3 项目支出绩效自评表。请确认表头含有「年度指标值」「实际完成值」「分值」「得分」等列。',
  tablesFound: (n) => `找到 ${n} 张表格`,
  rate: '执行率',
  rateScore: (s, w) => `得 ${s}/${w} 分`,
  total: '总分',
  recordedAs: (v) => `表中 ${v}`,
  totalDiffers: '与表中不一致',
  grade: '等级',
  failedCount: (n) => `未达标 ${n}`,
  reviewCount: (n) => `待复核 ${n}`,
  overCount: (n) => `超额 ${n}`,
  allMet: '指标全部达标',
  staffingRate: '在职人员控制率',
  level1Bar: (name, s, w) => `${name} ${s}/${w}`,
  findingsHeading: '问题',
  severity: { error: '错误', warning: '警告', info: '提示' },
  nextIssue: '下一个问题',
  noFindings: '没有发现问题。',
  noFindingsFiltered: '当前筛选下没有问题。',
  workbookGroup: '工作簿',
  jumpTo: (w) => `定位到 ${w}`,
  acknowledge: '已知悉',
  acknowledged: '已知悉',
  showAcknowledged: '显示已知悉的问题',
  acknowledgeTitle: '标记为已知悉',
  acknowledgeReason: '原因',
  acknowledgeReasonHint: '例如：已与主管部门核实，按原分值报送。原因保存在工作簿中。',
  acknowledgeConfirm: '标记',
  unacknowledge: '取消已知悉',
  cancel: '取消',
  failedTitle: '未达标',
  codeTitle: {
    'score-mismatch': '得分与规则不符',
    'met-below-full': '已达标但未得满分',
    'score-above-weight': '得分超过分值',
    'blank-with-score': '未填值却有得分',
    'total-mismatch': '总分与计算不符',
    'grade-mismatch': '等级与总分不符',
    'rate-mismatch': '执行率与计算不符',
    'budget-score-mismatch': '执行率得分与计算不符',
    'staffing-rate-mismatch': '在职人员控制率与计算不符',
    'sum-mismatch': '合计与分项不符',
    'weights-level1': '一级指标分值合计不符',
    'weights-total': '分值合计不符',
    'note-missing': '缺少偏差原因',
    'table-incomplete': '表格不完整',
    'indicator-review': '需人工判断',
    'over-achievement-note': '超额完成未说明原因',
    'over-achievement-deduction': '超额完成扣分',
    overrun: '超支',
    'unbudgeted-spending': '无预算支出',
    'rate-over-100': '执行率超过100%',
    'budget-cut-to-spent': '预算调减至恰好等于支出',
    'actual-repeats-comparator': '实际完成值不是实测数',
    'actual-not-measured': '实际完成值不是实测数',
    'unparsed-value': '无法识别',
    'unit-mismatch': '单位无法比较',
    'cross-annex-mismatch': '附件之间金额不符',
    'name-mismatch': '单位名称不一致',
    'year-mismatch': '年度不一致',
    'budget-missing': '缺少预算数',
    'budget-adjusted': '预算有调整',
    underspent: '执行偏低',
    'check-skipped': '无法核对',
    'cell-conflict': '人工填写的单元格',
    'no-tables': '没有找到表格',
  },
  howToLabel: '怎么改',
  noteAt: (c) => `在 ${c} 填写偏差原因和改进措施`,
  setTo: (c, v) => `把 ${c} 改为 ${v}`,
  howToByCode: {
    'indicator-failed': '核对偏差原因是否写明原因和改进措施',
    'indicator-review': '核对实际完成情况，确认得分',
    'over-achievement-deduction': '核对超额完成的说明',
    overrun: '核对决算数，或说明超支原因',
    'unbudgeted-spending': '核对预算数，或说明无预算支出的原因',
    'rate-over-100': '核对全年预算数和全年执行数',
    'budget-cut-to-spent': '核对全年预算数的调整依据',
    'actual-repeats-comparator': '填写实测数值，如 365天',
    'actual-not-measured': '填写实测数值，如 96%',
    'unparsed-value': '改为可识别的写法，如 ≥95%、59.22%',
    'unit-mismatch': '统一年度指标值与实际完成值的单位',
    'cross-annex-mismatch': '核对各附件中的金额',
    'sum-mismatch': '核对合计与各分项',
    'weights-level1': '核对该一级指标下各指标的分值',
    'weights-total': '核对各指标的分值',
    'name-mismatch': '统一各附件的单位名称',
    'year-mismatch': '统一各附件的年度',
    'budget-missing': '填写全年预算数和全年执行数',
    'blank-with-score': '填写年度指标值和实际完成值，或去掉得分',
    'cell-conflict': '「一键重算」写入前会先请您确认',
  },
  fillScore: '填入计算得分',
  draftNote: '起草偏差原因',
  locate: '定位',
  moreActions: (w) => `更多操作：${w}`,
  prevIssue: '上一个问题',
  position: (i, n) => (i > 0 ? `${i}/${n}` : `${n} 项`),
  positionLabel: (i, n) => (i > 0 ? `第 ${i} 个，共 ${n} 个问题` : `共 ${n} 个问题`),
  severityFilterLabel: '按严重程度筛选',
  severityChip: (l, n) => `${l} ${n}`,
  tableFilter: (name) => `仅显示「${name}」的未达标指标`,
  showAllProblems: '显示全部问题',
  overrunCount: (n) => `超支 ${n}`,
  notFilled: '未填',
  problemList: '问题列表',
  previewJump: (w) => `定位到 ${w}`,
  previewTitle: '写入前确认',
  previewIntro: (n) =>
    `以下 ${n} 个单元格是人工填写的内容或公式，与规则计算结果不同。默认全部保留；勾选的单元格将被替换。`,
  previewReplace: '替换',
  previewSelectAll: '全部替换',
  previewApply: (n) => (n > 0 ? `写入（替换 ${n} 个）` : '写入（全部保留）'),
  previewEmpty: '（空）',
  previewFormula: '公式',
  wrote: (c, f, x = 0) =>
    [
      `已写入 ${c} 个单元格`,
      ...(f > x ? [`标出 ${f - x} 个单元格`] : []),
      ...(x > 0 ? [`取消 ${x} 个现已达标单元格的标记`] : []),
    ].join('，') + '。可用「撤销上次写入」恢复。',
  checked: (n) => (n > 0 ? `检查完成，发现 ${n} 个问题。` : '检查完成，没有发现问题。'),
  reverted: (n) => `已恢复 ${n} 个单元格。`,
  revertSkipped: (cells) =>
    `${cells.length} 个单元格在写入后被人修改过，已保留修改后的内容：${cells.slice(0, 5).join('、')}${cells.length > 5 ? ' 等' : ''}。`,
  exported: (n) => `已将 ${n} 个问题写入工作表「检查结果」。`,
  marksCleared: (n) =>
    n > 0 ? `已清除 ${n} 个单元格的标记，数值保持不变。可用「撤销上次写入」恢复。` : '没有本工具的标记需要清除。',
  nothingToRevert: '没有可撤销的写入。',
  staleNotice: '表格已修改，点击重新检查',
  recheck: '重新检查',
  fixed: (c, n) => (n > 0 ? `已写入 ${c}。可用「撤销上次写入」恢复。` : `${c} 已是计算结果，未改动。`),
  errorTitle: '无法完成',
  errorAt: (w) => `位置：${w}`,
  unexpectedError: (d) => `发生意外错误：${d}`,
  dismiss: '关闭提示',
  retry: '重试',
  settingsTitle: '设置',
  profileLabel: '评分规则',
  profileRules: '规则条文',
  draftNotesLabel: '在空白的「偏差原因」单元格中起草说明',
  highlightLabel: '用填充色标出问题单元格',
  colorFailed: '未达标的填充色',
  colorReview: '待复核的填充色',
  colorName: (h) => `颜色 ${h}`,
  save: '保存',
  saved: '设置已保存在工作簿中。',
};

export const en: PaneStrings = {
  lang: 'en',
  appTitle: 'Performance self-evaluation assistant',
  loading: 'Loading…',
  recalc: 'Recalculate',
  recalcHint: 'Compute execution rate, scores and total, draft deviation notes and highlight missed indicators',
  checkOnly: 'Check only',
  checkOnlyHint: 'List the issues without changing the workbook',
  revert: 'Undo last write',
  revertHint: 'Restore the cells of the last write exactly (values, formulas, fills)',
  exportFindings: 'Export findings',
  exportHint: 'Write the findings to a new sheet 「检查结果」 with links back to the cells',
  clearMarks: 'Clear highlights',
  clearMarksHint:
    'Before printing: remove the highlights this tool set (each cell gets its earlier fill back) and keep every value written; “Undo last write” brings them back',
  settings: 'Settings',
  refresh: 'Refresh',
  running: {
    scan: 'Looking for annex tables…',
    check: 'Checking…',
    write: 'Recalculating and writing…',
    revert: 'Undoing…',
    export: 'Exporting…',
    fix: 'Writing…',
    clear: 'Clearing highlights…',
  },
  tableKind: { basic: 'Annex 1', department: 'Annex 2', project: 'Annex 3' },
  noName: '(no name)',
  nothingFoundTitle: 'No annex tables found',
  nothingFoundBody:
    'No Annex 1 basic data table, Annex 2 department or Annex 3 project self-evaluation table was recognised. Check that the header has columns such as 年度指标值, 实际完成值, 分值 and 得分.',
  tablesFound: (n) => `${n} table${n === 1 ? '' : 's'} found`,
  rate: 'Execution rate',
  rateScore: (s, w) => `${s}/${w} pts`,
  total: 'Total',
  recordedAs: (v) => `recorded ${v}`,
  totalDiffers: 'differs from recorded',
  grade: 'Grade',
  failedCount: (n) => `${n} missed`,
  reviewCount: (n) => `${n} to review`,
  overCount: (n) => `${n} over target`,
  allMet: 'All indicators met',
  staffingRate: 'Staffing control rate',
  level1Bar: (name, s, w) => `${name} ${s}/${w}`,
  findingsHeading: 'Issues',
  severity: { error: 'Error', warning: 'Warning', info: 'Info' },
  nextIssue: 'Next issue',
  noFindings: 'No issues found.',
  noFindingsFiltered: 'No issues match this filter.',
  workbookGroup: 'Workbook',
  jumpTo: (w) => `Go to ${w}`,
  acknowledge: 'Acknowledge',
  acknowledged: 'Acknowledged',
  showAcknowledged: 'Show acknowledged issues',
  acknowledgeTitle: 'Mark as acknowledged',
  acknowledgeReason: 'Reason',
  acknowledgeReasonHint: 'E.g. confirmed with the supervising department. The reason is kept in the workbook.',
  acknowledgeConfirm: 'Mark',
  unacknowledge: 'Un-acknowledge',
  cancel: 'Cancel',
  failedTitle: 'Missed',
  codeTitle: {
    'score-mismatch': 'Score differs from the rule',
    'met-below-full': 'Met but not full marks',
    'score-above-weight': 'Score above the weight',
    'blank-with-score': 'Blank value with a score',
    'total-mismatch': 'Total differs',
    'grade-mismatch': 'Grade differs from the total',
    'rate-mismatch': 'Execution rate differs',
    'budget-score-mismatch': 'Execution score differs',
    'staffing-rate-mismatch': 'Staffing rate differs',
    'sum-mismatch': 'Total differs from its parts',
    'weights-level1': 'Level-1 weights do not add up',
    'weights-total': 'Weights do not add up',
    'note-missing': 'Deviation note missing',
    'table-incomplete': 'Table incomplete',
    'indicator-review': 'Needs judgement',
    'over-achievement-note': 'Over-achievement not explained',
    'over-achievement-deduction': 'Over-achievement deduction',
    overrun: 'Over budget',
    'unbudgeted-spending': 'Spending without budget',
    'rate-over-100': 'Execution rate above 100%',
    'budget-cut-to-spent': 'Budget cut to the amount spent',
    'actual-repeats-comparator': 'Actual is not a measurement',
    'actual-not-measured': 'Actual is not a measurement',
    'unparsed-value': 'Not readable',
    'unit-mismatch': 'Units cannot be compared',
    'cross-annex-mismatch': 'Annexes disagree',
    'name-mismatch': 'Unit names differ',
    'year-mismatch': 'Years differ',
    'budget-missing': 'Budget missing',
    'budget-adjusted': 'Budget adjusted',
    underspent: 'Low execution',
    'check-skipped': 'Could not check',
    'cell-conflict': 'Cell a person filled',
    'no-tables': 'No tables found',
  },
  howToLabel: 'How to fix',
  noteAt: (c) => `Write the cause and the remedy in ${c}`,
  setTo: (c, v) => `Change ${c} to ${v}`,
  howToByCode: {
    'indicator-failed': 'Check that the deviation note gives the cause and the remedy',
    'indicator-review': 'Check the actual and confirm the score',
    overrun: 'Check the final amount, or explain the overrun',
    'unbudgeted-spending': 'Check the budget, or explain the spending',
    'unparsed-value': 'Write it as e.g. ≥95% or 59.22%',
    'actual-repeats-comparator': 'Enter the measured value',
    'actual-not-measured': 'Enter the measured value',
    'cell-conflict': 'Recalculate asks before writing it',
  },
  fillScore: 'Fill in computed score',
  draftNote: 'Draft deviation note',
  locate: 'Go to cell',
  moreActions: (w) => `More actions: ${w}`,
  prevIssue: 'Previous issue',
  position: (i, n) => (i > 0 ? `${i}/${n}` : `${n}`),
  positionLabel: (i, n) => (i > 0 ? `Issue ${i} of ${n}` : `${n} issues`),
  severityFilterLabel: 'Filter by severity',
  severityChip: (l, n) => `${l} ${n}`,
  tableFilter: (name) => `Only missed indicators of “${name}”`,
  showAllProblems: 'Show all issues',
  overrunCount: (n) => `${n} over budget`,
  notFilled: 'blank',
  problemList: 'Issues',
  previewJump: (w) => `Go to ${w}`,
  previewTitle: 'Confirm before writing',
  previewIntro: (n) =>
    `These ${n} cells hold values or formulas a person entered that differ from the rule. All are kept by default; ticked cells will be replaced.`,
  previewReplace: 'Replace',
  previewSelectAll: 'Replace all',
  previewApply: (n) => (n > 0 ? `Write (replace ${n})` : 'Write (keep all)'),
  previewEmpty: '(empty)',
  previewFormula: 'formula',
  wrote: (c, f, x = 0) =>
    `Wrote ${c} cells${f > x ? `, highlighted ${f - x}` : ''}${x > 0 ? `, cleared ${x} highlights of rows that now pass` : ''}. “Undo last write” restores them.`,
  checked: (n) => (n > 0 ? `Check finished: ${n} issue${n === 1 ? '' : 's'}.` : 'Check finished: no issues.'),
  reverted: (n) => `Restored ${n} cells.`,
  revertSkipped: (cells) =>
    `${cells.length} cell${cells.length === 1 ? ' was' : 's were'} changed by a person after the write and kept as they are: ${cells.slice(0, 5).join(', ')}${cells.length > 5 ? ' …' : ''}.`,
  exported: (n) => `Wrote ${n} issues to the sheet 「检查结果」.`,
  marksCleared: (n) =>
    n > 0
      ? `Cleared the highlights of ${n} cells; every value stays. “Undo last write” brings them back.`
      : 'There are no highlights of this tool to clear.',
  nothingToRevert: 'There is no write to undo.',
  staleNotice: 'The workbook was edited: click to check again',
  recheck: 'Check again',
  fixed: (c, n) => (n > 0 ? `Wrote ${c}. “Undo last write” restores it.` : `${c} already holds the computed value.`),
  errorTitle: 'Could not finish',
  errorAt: (w) => `At ${w}`,
  unexpectedError: (d) => `Unexpected error: ${d}`,
  dismiss: 'Dismiss',
  retry: 'Try again',
  settingsTitle: 'Settings',
  profileLabel: 'Scoring rules',
  profileRules: 'Rule texts',
  draftNotesLabel: 'Draft notes into empty 偏差原因 cells',
  highlightLabel: 'Highlight issue cells with a fill colour',
  colorFailed: 'Fill for missed indicators',
  colorReview: 'Fill for indicators to review',
  colorName: (h) => `Colour ${h}`,
  save: 'Save',
  saved: 'Settings saved in the workbook.',
};

/** en when Office's display language is English ('en-US', 'en-GB' …), zh-CN otherwise. */
export function paneStrings(displayLanguage?: string): PaneStrings {
  return displayLanguage && displayLanguage.toLowerCase().startsWith('en') ? en : zhCN;
}

/**
 * The language Office put in the page's address before Office.js is ready: the `_host_Info` query
 * ('Excel$Win32$16.01$en-US$$$$0', sometimes '|'-separated) → 'en-US'; undefined when it does not say.
 */
export function hostInfoLanguage(search: string): string | undefined {
  const info = new URLSearchParams(search).get('_host_Info');
  return info?.split(/[$|]/)[3] || undefined;
}
