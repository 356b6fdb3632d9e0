// The text report's count line uses the findings' own words: a missed target is 未达标 whether it kept part of
// its points or none (the finding says 「未达到年度指标值：…未达标，按实际÷目标计得…」), as the pane's count does.

import { formatTextReport, type FileReport, type IndicatorJson } from '../../src/cli/report';
import type { IndicatorStatus } from '../../src/domain/result';

const row = (cell: string, status: IndicatorStatus, score: number | null): IndicatorJson => ({
  cell, level1: '产出指标', level2: '数量指标', name: cell, target: '≥95%', actual: '85%', weight: 10, score, recorded: score, status,
});

it('counts a partly scored missed target (大英县 安可替代 J15: 76.5 of 90) under 未达标, saying how many kept part of their points', () => {
  const report: FileReport = {
    file: 'T02p.xlsx',
    tables: [{
      kind: 'project', sheet: '安可替代', range: 'A1:K20', name: '安可替代', budget: null,
      indicators: [row('J15', 'partial', 76.5), row('J16', 'failed', 0), row('J17', 'met', 10), row('J18', 'review', 8)],
      total: 94.5, recordedTotal: 100, grade: '优',
    }],
    findings: [],
  };
  expect(formatTextReport(report)).toContain('指标 4 项：达标 1，未达标 2（其中部分得分 1），待复核 1，不适用 0，无法识别 0');
});
