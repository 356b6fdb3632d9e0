// The cell kinds a real workbook holds, read the way Excel reads them and scored the same in the CLI and the
// add-in: dates as serial days under their format (built-in 31 written by WPS, built-in 14), booleans, error
// values (#N/A from a broken VLOOKUP, #REF!, #DIV/0!), rich text and hyperlinks (scripts/fixtures/cellKinds.ts).

import { CELL_KINDS_SHEET, buildCellKinds, cellKindsCells, cellKindsSpec, placedTables } from '../../scripts/fixtures';
import { readWorkbookBuffer } from '../../src/xlsx/read';
import { checkWorkbook } from '../../src/workbook/check';
import { cellAt, fromA1, type SheetGrid } from '../../src/workbook/grid';
import type { TableResult } from '../../src/domain/result';
import { msg } from '../support/findingText';
import { zhFormWording } from '../../src/i18n/zh-CN/formWording';

const cells = cellKindsCells();
let grids: SheetGrid[];
beforeAll(async () => {
  grids = await readWorkbookBuffer(await buildCellKinds(), 'cellKinds.xlsx');
});

function at(a1: string) {
  const p = fromA1(a1)!;
  return cellAt(grids[0], p.row, p.col);
}

describe('the cell contract', () => {
  it('reads a date as its serial day under its format, showing it as a zh-CN Excel does', () => {
    expect(at(cells.dateActual)).toEqual({ value: 45250, text: '2023年11月20日', numberFormat: 'yyyy"年"m"月"d"日"' });
    expect(at(cells.dateActual14)).toEqual({ value: 45275, text: '2023/12/15', numberFormat: 'm/d/yyyy' });
  });

  it('reads booleans, error codes, rich text and hyperlinks as Office.js values', () => {
    expect(at(cells.booleanActual)).toMatchObject({ value: true, text: 'TRUE' });
    expect(at(cells.lookupWeight)).toMatchObject({
      value: '#N/A',
      text: '#N/A',
      formula: expect.stringMatching(/^=VLOOKUP\(/),
    });
    expect(at(cells.refScore)).toMatchObject({ value: '#REF!', text: '#REF!' });
    expect(at(cells.linkNote)).toMatchObject({ value: '见验收报告', text: '见验收报告' });
    const name = grids[0].cells.flat().find((c) => c?.text.startsWith('接入'));
    expect(name).toMatchObject({ value: '接入部门数量', text: '接入部门数量' });
  });

  it('keeps the backslash of a 0.00\\% format and shows 99.5 as 99.50%', () => {
    const c = grids[0].cells.flat().find((x) => x?.value === 99.5);
    expect(c).toMatchObject({ numberFormat: '0.00\\%', text: '99.50%' });
  });
});

describe('scoring the cell kinds', () => {
  it('scores a completion date stored as a date against its deadline (met, full marks)', () => {
    const result = checkWorkbook(grids, { wording: zhFormWording });
    const table = result.evaluation.results.find((t): t is TableResult => t.kind === 'project');
    const launched = table?.indicators.find((i) => i.name === '平台上线时间');
    expect(launched).toMatchObject({ status: 'met', score: 5 });
  });

  it('names an error value in a 分值 or 得分 cell as an error, not as 「分值为空」', () => {
    const { findings } = checkWorkbook(grids, { wording: zhFormWording });
    const on = (cell: string) =>
      findings.filter((f) => f.sheet === CELL_KINDS_SHEET && f.cell === cell).map((f) => msg(f));
    expect(on(cells.lookupWeight).join('\n')).toContain(`${cells.lookupWeight}「共享数据目录」分值为错误值 #N/A`);
    expect(findings.some((f) => msg(f).includes('分值为空'))).toBe(false);
    expect(on(cells.refScore).join('\n')).toContain(`${cells.refScore}「平台可用率」得分为错误值 #REF!`);
  });

  it('names an error value in a budget figure instead of 「缺少全年执行数」', () => {
    const [t] = placedTables(cellKindsSpec());
    const executed = { row: t.marks.budgetTotal.row, col: t.marks.budgetTotal.col + 2 };
    const g = structuredClone(grids);
    g[0].cells[executed.row][executed.col] = { value: '#N/A', text: '#N/A', formula: '=SUM(F7:F9)' };
    const messages = checkWorkbook(g, { wording: zhFormWording }).findings.map((f) => msg(f));
    expect(messages.join('\n')).toContain('全年执行数为错误值 #N/A');
    expect(messages.some((m) => m.includes('缺少全年执行数'))).toBe(false);
  });
});
