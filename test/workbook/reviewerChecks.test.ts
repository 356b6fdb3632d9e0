// The reviewer's checks (issue 11) through the whole pipeline — located from a workbook, evaluated and
// reconciled — on a real published 项目支出绩效自评表 (nothing to deduct: no false error) and on the same form
// filled in with one reviewer's deduction per row (scripts/fixtures/reviewerChecks.ts).

import { buildReviewerChecks } from '../../scripts/fixtures';
import { checkWorkbook, type CheckResult } from '../../src/workbook/check';
import type { TableResult } from '../../src/domain/result';
import { loadFixtureGrids } from '../support/grids';
import { facts } from '../support/findingText';
import { zhFormWording } from '../../src/i18n/zh-CN/formWording';

let r: CheckResult;
beforeAll(async () => {
  r = checkWorkbook(await loadFixtureGrids(buildReviewerChecks), { wording: zhFormWording });
});
const on = (sheet: string) =>
  r.findings.filter((f) => f.sheet === sheet).map((f) => `${f.severity} ${f.code} ${f.cell}`);
const table = (sheet: string) =>
  r.evaluation.results.find((t): t is TableResult => t.kind !== 'basic' && t.table.sheet === sheet)!;

it('reads the published 社保缴费 table (four indicators of 22.5 points) and only notes that it has no 满意度 indicator', () => {
  expect(table('社保缴费')).toMatchObject({ total: 99.88, recordedTotal: 99.88, grade: '优' });
  expect(on('社保缴费')).toEqual(['info dimension-missing A11']);
});

it('names each deduction of the filled-in form at its cell', () => {
  expect(table('问题示例')).toMatchObject({ total: 87.47, grade: '良' });
  expect(on('问题示例')).toEqual([
    'error sum-mismatch E6', // one finding for the blank 年度资金总额 (it says the rate cannot be computed), not also 缺少全年执行数
    'error cost-at-least D11',
    'error rate-target-over-100 D12',
    'warning indicator-failed G12',
    'error target-placeholder D13',
    'warning indicator-review G13',
    'warning deadline-after-year D14',
    'warning indicator-failed G15',
    'warning note-contradicts-score H15',
    'warning note-contradicts-score H16',
  ]);
  const blankTotal = r.findings.find((f) => f.sheet === '问题示例' && f.code === 'sum-mismatch')!;
  expect(facts(blankTotal)).toEqual({
    code: 'sum-mismatch',
    params: {
      kind: 'blankTotal',
      what: '年度资金总额',
      column: '全年执行数',
      terms: [
        { label: '当年财政拨款', amount: 480 },
        { label: '上年结转资金', amount: 0 },
        { label: '其他资金', amount: 0 },
      ],
      sum: 480,
      complete: true,
      consequence: 'noRate',
    },
  });
});
