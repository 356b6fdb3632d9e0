// The text report's count line uses the findings' own words: a missed target is 未达标 whether it kept part of
// its points or none (the finding says 「未达到年度指标值：…未达标，按实际÷目标计得…」), as the pane's count does.

import { formatTextReport, type FileReport, type IndicatorJson } from '../../src/cli/report';
import type { IndicatorStatus } from '../../src/domain/result';

const row = (cell: string, status: IndicatorStatus, score: number | null): IndicatorJson => ({
  cell,
  level1: '产出指标',
  level2: '数量指标',
  name: cell,
  target: '≥95%',
  actual: '85%',
  weight: 10,
  score,
  recorded: score,
  status,
});

it('counts a partly scored missed target (大英县 安可替代 J15: 76.5 of 90) under 未达标, saying how many kept part of their points', () => {
  const report: FileReport = {
    file: 'T02p.xlsx',
    tables: [
      {
        kind: 'project',
        sheet: '安可替代',
        range: 'A1:K20',
        name: '安可替代',
        budget: null,
        indicators: [
          row('J15', 'partial', 76.5),
          row('J16', 'failed', 0),
          row('J17', 'met', 10),
          row('J18', 'review', 8),
        ],
        total: 94.5,
        recordedTotal: 100,
        grade: '优',
      },
    ],
    findings: [],
  };
  expect(formatTextReport(report)).toContain(
    '指标 4 项：达标 1，未达标 2（其中部分得分 1），待复核 1，不适用 0，无法识别 0',
  );
});

it('names a finding’s place once per line: beside the severity, not again at the head of its message', () => {
  const report: FileReport = {
    file: 'T10.xlsx',
    tables: [],
    findings: [
      {
        severity: 'error',
        code: 'total-mismatch',
        sheet: '公开14表',
        cell: 'I24',
        message: '公开14表!I24总分为96分，按各项得分合计应为99.8分。',
        params: { recorded: 96, expected: 99.8 },
      },
      {
        severity: 'info',
        code: 'check-skipped',
        sheet: 'My sheet',
        cell: 'D6',
        message: '未能核对“预算资金区的勾稽关系”：本表没有找到预算资金区（年度资金总额）。',
        params: { kind: 'because', check: 'budgetBlock', reason: { kind: 'noBudgetBlock' } },
      },
    ],
  };
  const text = formatTextReport(report);
  expect(text).toContain('    [错误] 公开14表!I24  总分为96分，按各项得分合计应为99.8分。');
  expect(text).not.toContain('公开14表!I24  公开14表!I24');
  // a message that does not start with its place is printed whole; a sheet name with a space is quoted as Excel does
  expect(text).toContain("    [提示] 'My sheet'!D6  未能核对“预算资金区的勾稽关系”");
});

it('folds the 保留原值 notice of a cell into one closing line when an error already names that cell', () => {
  const report: FileReport = {
    file: 'T10p.xlsx',
    tables: [],
    findings: [
      {
        severity: 'error',
        code: 'grade-mismatch',
        sheet: '公开14表',
        cell: 'J24',
        message: '公开14表!J24等级为“良”，总分99.8分应评为“优”。',
        params: { recorded: '良', expected: '优', total: 99.8 },
      },
      {
        severity: 'info',
        code: 'cell-conflict',
        sheet: '公开14表',
        cell: 'J24',
        message:
          '公开14表!J24 现为 良（手工填写），按规则应为 优：等级按总分评定。保留原值，评分副本中也不改写；请核对后在表中修改。',
        params: { current: '良', expected: '优', why: '等级按总分评定' },
      },
      {
        severity: 'info',
        code: 'cell-conflict',
        sheet: '公开14表',
        cell: 'J19',
        message: '公开14表!J19 现为 说明（手工填写），按规则应为 …。保留原值，评分副本中也不改写；请核对后在表中修改。',
        params: { current: '说明', expected: '…', why: '' },
      },
    ],
  };
  const text = formatTextReport(report);
  expect(text).not.toContain('现为 良（手工填写）');
  expect(text).toContain(
    '（以上错误中有1处是手工填写的值（公开14表!J24），评分副本中保留原值，不改写；请核对后在表中修改。）',
  );
  expect(text).toContain('[提示] 公开14表!J19'); // a conflict no error names stays a line of its own
  expect(text).toContain('合计：错误 1，警告 0，提示 1');
});
