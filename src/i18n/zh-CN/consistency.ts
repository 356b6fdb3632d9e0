// zh-CN messages of the consistency (勾稽) checks across 附件1/2/3: each sentence says what was expected,
// what was found and where. Amounts arrive already formatted (万元, trailing zeros dropped); the forms' own names
// (附件1's lines, the budget columns) are src/domain/consistency/terms.ts.

const MAX_ITEMS = 4;

export const consistencyText = {
  /** Names of the checks, used when a check cannot run. */
  check: {
    sanGongSum: '三公经费 = 公务用车购置和维护经费 + 出国经费 + 公务接待',
    carSum: '公务用车购置和维护经费 = 公车购置 + 公车运行维护',
    publicFundsSum: '公用经费 = 办公经费 + 水费、电费、差旅费 + 会议费、培训费',
    execution: '附件1各项经费的决算数与预算数',
    budgetParts: '年度资金总额 = 其中各项之和',
    inlineIncome: '按收入性质分的各项之和 = 全年预算数',
    inlineExpense: '按支出性质分的各项之和 = 全年预算数',
    budgetExecution: '全年执行数、全年预算数与年初预算数',
    budgetBlock: '预算资金区的勾稽关系',
    projectVsBasic: '附件2的项目支出与附件1的项目支出预算数',
    projectsVsDepartment: '附件3各项目全年预算数之和与附件2的项目支出',
    executedVsBasic: '附件2的项目支出全年执行数与附件1的项目支出决算数',
    executedProjectsVsDepartment: '附件3各项目全年执行数之和与附件2的项目支出全年执行数',
    crossAnnex: '附件之间的勾稽关系',
  },

  term: (label: string, amount: string) => `${label}${amount}`,
  blankTerm: (label: string) => `${label}（未填）`,
  joinTerms: (terms: string[]) => terms.join(' + '),

  sumMismatch: (p: { what: string; column: string; total: string; terms: string; sum: string; diff: string }) =>
    `${p.what}${p.column}为${p.total}万元，应等于${p.terms} = ${p.sum}万元，实际相差${p.diff}万元。`,
  sumExceeds: (p: { what: string; column: string; total: string; terms: string; sum: string; diff: string }) =>
    `${p.what}${p.column}为${p.total}万元，但已填的分项${p.terms}合计已达${p.sum}万元，超出合计${p.diff}万元。`,
  totalZero: (p: { what: string; column: string; terms: string; sum: string }) =>
    `${p.what}${p.column}填为0，但其中各项${p.terms}合计${p.sum}万元：${p.what}应为${p.sum}万元。`,
  totalBlank: (p: { what: string; column: string; terms: string; sum: string; complete: boolean }) =>
    `${p.what}${p.column}未填，但其中各项${p.terms}合计${p.sum}万元：${p.what}${p.complete ? '应为' : '至少为'}${p.sum}万元。`,
  /** What a 年度资金总额 of 0 or blank does to the execution rate, after totalZero / totalBlank. */
  totalConsequence: {
    zeroRate: '执行率和预算执行得分因此按0计算，请先补填年度资金总额。',
    noRate: '执行率和预算执行得分因此无法计算，请先补填年度资金总额。',
    noRateBudget: '执行率因此无法计算，请先补填年度资金总额。',
    otherBudget: (other: string) => `执行率因此改按${other}计算，请补填年度资金总额。`,
  },
  inlineMismatch: (p: { group: string; terms: string; sum: string; total: string; diff: string }) =>
    `${p.group}的各项${p.terms}合计${p.sum}万元，应等于年度资金总额的全年预算数${p.total}万元，实际相差${p.diff}万元。`,
  inlineExceeds: (p: { group: string; terms: string; sum: string; total: string; diff: string }) =>
    `${p.group}已填的各项${p.terms}合计已达${p.sum}万元，超出年度资金总额的全年预算数${p.total}万元${p.diff}万元。`,

  overrun: (p: { line: string; year: number; budget: string; final: string; diff: string; pct: string }) =>
    `${p.line}${p.year}年决算数${p.final}万元，超过预算数${p.budget}万元，超支${p.diff}万元（+${p.pct}）。`,
  unbudgeted: (p: { line: string; year: number; final: string }) =>
    `${p.line}${p.year}年预算数为0，决算数却有${p.final}万元：无预算支出${p.final}万元。`,
  underspent: (p: { line: string; year: number; budget: string; final: string; pct: string; threshold: string }) =>
    `${p.line}${p.year}年决算数${p.final}万元，仅为预算数${p.budget}万元的${p.pct}（低于${p.threshold}），预算编制与执行差距较大，请核实并说明原因。`,

  budgetOverrun: (p: { executed: string; fullYear: string; diff: string; rate: string }) =>
    `年度资金总额全年执行数${p.executed}万元，超过全年预算数${p.fullYear}万元，超出${p.diff}万元（执行率${p.rate}）。`,
  budgetAdjusted: (p: { initial: string; fullYear: string; direction: '调减' | '调增'; diff: string }) =>
    `全年预算数${p.fullYear}万元与年初预算数${p.initial}万元不同（${p.direction}${p.diff}万元）：预算经过调整，需在自评报告中说明调整原因和依据。`,
  budgetCutToSpent: (p: { initial: string; fullYear: string; executed: string }) =>
    `全年预算数由年初的${p.initial}万元调减为${p.fullYear}万元，恰好等于全年执行数${p.executed}万元：预算调到与实际支出相同会让执行率显示为100%，请核实调整有无批复依据。`,

  projectVsBasic: (p: {
    department: string;
    column?: string;
    basic: string;
    basicCell: string;
    basicWhat: string;
    basicColumn: string;
    diff: string;
  }) =>
    `附件2按支出性质分的项目支出${p.column ?? ''}为${p.department}万元，附件1（${p.basicCell}）${p.basicColumn}中的${p.basicWhat}为${p.basic}万元，两者应一致，实际相差${p.diff}万元。`,
  basicProjectParts: '项目支出各分项之和',
  projectsVsDepartment: (p: {
    count: number;
    column: string;
    departmentColumn: string;
    sum: string;
    terms: string;
    department: string;
    diff: string;
  }) =>
    `附件3共${p.count}个项目的${p.column}合计${p.sum}万元（${p.terms}），与附件2按支出性质分的项目支出${p.departmentColumn}${p.department}万元不符，相差${p.diff}万元。`,
  projectsEqualDepartmentTotal: (total: string, column: string) =>
    `附件3合计等于附件2年度资金总额的${column}${total}万元，附件3可能填的是部门全部经费，而不只是项目支出。`,
  projectTerm: (name: string, cell: string, amount: string) => `${name || '未命名项目'}（${cell}）${amount}`,

  nameMismatch: (p: { annex: string; found: string; reference: string; referenceAnnex: string }) =>
    `${p.annex}的单位名称为“${p.found}”，与${p.referenceAnnex}的部门名称“${p.reference}”不一致。`,
  yearMismatch: (p: { annex: string; found: number; reference: number; referenceAnnex: string }) =>
    `${p.annex}标题的年度为${p.found}年，与${p.referenceAnnex}的${p.reference}年度不一致。`,
  basicYearColumns: (p: { year: number; columns: string }) =>
    `附件1标题为${p.year}年度，但经费列（${p.columns}）中没有${p.year}年的预算数或决算数。`,

  missingItem: (what: string, cell: string) => `${what}（${cell}）未填`,
  absentItem: (what: string) => `${what}（表中没有这一行）`,
  unreadableItem: (what: string, cell: string, text: string) => `${what}（${cell}）“${text}”无法读取为金额`,
  skipped: (check: string, items: string[]) =>
    `未能核对“${check}”：${items.slice(0, MAX_ITEMS).join('、')}${items.length > MAX_ITEMS ? `等${items.length}处` : ''}。`,
  skippedBecause: (check: string, reason: string) => `未能核对“${check}”：${reason}。`,
  reason: {
    noYearPair: '没有同一年度的预算数列和决算数列',
    noBudgetBlock: '本表没有找到预算资金区（年度资金总额）',
    adjusted: (initial: string, fullYear: string) =>
      `附件2的全年预算数${fullYear}万元已由年初的${initial}万元调整，按支出性质分的项目支出是调整后的口径，而附件1的预算数是年初口径，两者不可直接比较`,
    severalDepartments: (count: number) =>
      `工作簿中有${count}张附件2（部门整体支出绩效自评表），跨附件核对要求一个工作簿只含一个部门`,
    noDepartmentProject: '附件2没有按支出性质分的项目支出金额',
  },
};
