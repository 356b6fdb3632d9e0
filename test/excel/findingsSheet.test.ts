// 「导出检查结果」 writes the 「检查结果」 sheet: its summary's 执行率 column is formatted as a percentage,
// and 「撤销上次写入」 right after the export removes the sheet (the export was the last write); the
// next 「撤销上次写入」 undoes the cells written before it.

import { zhFormWording } from '../../src/i18n/zh-CN/formWording';
import { buildBlankScores } from '../../scripts/fixtures';
import { recalculate } from '../../src/workbook/recalculate';
import type { FindingRow } from '../../src/workbook/host';
import type { SheetGrid } from '../../src/workbook/grid';
import { loadFixtureGrids } from '../support/grids';
import { cellStates, openGrids } from './helpers';

async function blankScores(): Promise<SheetGrid[]> {
  return structuredClone(await loadFixtureGrids(buildBlankScores));
}

const ROWS: FindingRow[] = [
  {
    table: '附件2',
    severity: 'error',
    code: 'score-mismatch',
    sheet: '附件2',
    cell: 'H19',
    indicator: '个贷率',
    message: '得分应为0',
  },
];
const SUMMARY: (string | number)[][] = [
  ['表', '名称', '位置', '执行率', '总分（计算）'],
  ['附件2', '部门整体', '附件2!A2:I31', 0.9123, 98],
  ['附件3', '运转经费', '附件3!A2:I30', 1, 98],
];

describe('the 「检查结果」 sheet', () => {
  it('formats the summary’s 执行率 column as a percentage', async () => {
    const { wb, session } = openGrids(await blankScores());
    await session.writeFindingsSheet(ROWS, SUMMARY);
    expect(wb.cell('检查结果', 'D2')).toMatchObject({ value: 0.9123, numberFormat: '0.00%' });
    expect(wb.cell('检查结果', 'D3')).toMatchObject({ value: 1, numberFormat: '0.00%' });
    expect(wb.cell('检查结果', 'E2')?.numberFormat).toBeUndefined();
  });

  it('is removed by 「撤销上次写入」 when the export was the last write; the next one undoes the cells', async () => {
    const { wb, session } = openGrids(await blankScores());
    const before = cellStates(wb);
    await recalculate(session, { wording: zhFormWording, write: true });
    const afterWrite = cellStates(wb);
    await session.writeFindingsSheet(ROWS, SUMMARY);
    expect(wb.doc.sheet('检查结果')).toBeDefined();
    expect(await session.hasSnapshot()).toBe(true);

    const first = await session.revertLast();
    expect(first.removedSheet).toBe('检查结果');
    expect(wb.doc.sheet('检查结果')).toBeUndefined();
    expect(cellStates(wb)).toEqual(afterWrite);

    await session.revertLast();
    expect(cellStates(wb)).toEqual(before);
  });

  it('is left alone by 「撤销上次写入」 when cells were written after the export', async () => {
    const { wb, session } = openGrids(await blankScores());
    await session.writeFindingsSheet(ROWS, SUMMARY);
    await recalculate(session, { wording: zhFormWording, write: true });
    await session.revertLast();
    expect(wb.doc.sheet('检查结果')).toBeDefined();
  });
});
