// 其中 rows without a 分值 are details of the indicator above them, and 可选项 rows left without one are 不适用: neither
// is a scoring problem to report.

import { zhFormWording } from '../../src/i18n/zh-CN/formWording';
import type { TableResult } from '../../src/domain/result';
import type { Finding } from '../../src/domain/types';
import { checkWorkbook } from '../../src/workbook/check';
import { buildHexicunSubsidy, buildOptionalRowsScorecard } from '../../scripts/fixtures';
import { loadFixtureGrids } from '../support/grids';

const where = (f: Finding) => `${f.severity} ${f.code} ${f.sheet}!${f.cell}`;
const table = (r: ReturnType<typeof checkWorkbook>) =>
  r.evaluation.results.find((x): x is TableResult => x.kind !== 'basic')!;

describe('其中 rows (河西村)', () => {
  test('are not reported as rows with an empty 分值, and the total is the 100 printed', async () => {
    const r = checkWorkbook(await loadFixtureGrids(buildHexicunSubsidy), { wording: zhFormWording });
    expect(r.findings.filter((f) => f.code === 'unparsed-value' && f.params.reason === 'noWeight').map(where)).toEqual(
      [],
    );
    expect(r.findings.filter((f) => f.severity !== 'info').map(where)).toEqual([]);
    const t = table(r);
    expect(t.total).toBe(100);
    expect(t.table.indicators.filter((i) => i.part === 'detail').map((i) => i.name)).toEqual([
      '其中桃树种植面积',
      '其中苹果树种植面积',
      '其中露天蔬菜',
      '其中大棚蔬菜',
      '其中鱼塘养殖面积',
      '其中羊养殖数量',
      '其中猪养殖数量',
    ]);
  });

  test('a 其中 row that misses its target is still said to', async () => {
    const grids = await loadFixtureGrids(buildHexicunSubsidy);
    grids[0].cells[12][6] = { value: '1亩', text: '1亩' }; // 桃树 1亩 of 1.5亩
    const r = checkWorkbook(grids, { wording: zhFormWording });
    expect(r.findings.map(where)).toContain('warning indicator-failed 河西村!H13');
    expect(r.findings.filter((f) => f.code === 'note-missing').map(where)).toEqual([]);
  });
});

describe('可选项 rows without a 分值', () => {
  test('are 不适用, not rows to review', async () => {
    const r = checkWorkbook(await loadFixtureGrids(buildOptionalRowsScorecard), { wording: zhFormWording });
    const t = table(r);
    const optional = t.indicators.filter((i) => i.name.includes('可选项'));
    expect(optional.map((i) => i.status)).toEqual([
      'notApplicable',
      'review',
      'notApplicable',
      'notApplicable',
      'notApplicable',
      'notApplicable',
    ]);
    expect(t.counts.review).toBe(13);
    expect(t.total).toBe(98);
  });
});
