// A formula cell with no computed result (a file written by a program that does not compute, never saved in Excel)
// is read as blank by the CLI; the check says so once per sheet, naming the cells, instead of leaving only the
// 「未填」 findings the blanks cause.

import type { Finding } from '../../src/domain/types';
import { zhFormWording } from '../../src/i18n/zh-CN/formWording';
import { checkWorkbook } from '../../src/workbook/check';
import { buildYongdeNutrition } from '../../scripts/fixtures';
import { loadFixtureGrids } from '../support/grids';

const where = (f: Finding) => `${f.severity} ${f.code} ${f.sheet}!${f.cell}`;

describe('formulas without a computed result', () => {
  test('inside a table: one warning at the first, listing them (永德县 E6 and F6 as =SUM(…) never computed)', async () => {
    const grids = await loadFixtureGrids(() => buildYongdeNutrition());
    const row = grids[0].cells[5]!; // row 6: 年度资金总额
    row[4] = { value: null, text: '', formula: '=SUM(E7:E9)' };
    row[5] = { value: null, text: '', formula: '=SUM(F7:F9)' };
    const r = checkWorkbook(grids, { wording: zhFormWording });
    const f = r.findings.filter((x) => x.code === 'formula-not-computed');
    expect(f.map(where)).toEqual(['warning formula-not-computed 公开14表!E6']);
    expect(f[0].params).toEqual({ cells: ['E6', 'F6'], count: 2 });
  });

  test('a computed formula, or one outside every table, says nothing', async () => {
    const grids = await loadFixtureGrids(() => buildYongdeNutrition());
    grids[0].cells[5]![4] = { value: 387664.62, text: '387664.62', formula: '=SUM(E7:E9)' };
    grids[0].cells[40] = [{ value: null, text: '', formula: '=NOW()' }];
    grids[0].rowCount = 41;
    const r = checkWorkbook(grids, { wording: zhFormWording });
    expect(r.findings.filter((x) => x.code === 'formula-not-computed')).toEqual([]);
  });
});
