// The rest of the session the pane uses: the 「检查结果」 sheet with links back to the cells, jumping to
// a cell, document settings, and change notifications.

import { buildSeedWorkbook } from '../../scripts/fixtures';
import type { FindingRow } from '../../src/workbook/host';
import { linkFormula } from '../../src/excel/findingsSheet';
import { openGrids } from './helpers';
import { loadFixtureGrids } from '../support/grids';

/** Lets the host's change events (queued as tasks, not on a clock) reach their handlers. */
const events = () => new Promise((resolve) => setTimeout(resolve, 0));

const rows: FindingRow[] = [
  {
    table: '岳阳市住房公积金管理中心',
    severity: 'error',
    code: 'score-mismatch',
    sheet: '附件2',
    cell: 'H19',
    indicator: '个贷率',
    message: '附件2!H19：实际完成59.22%，目标区间60%–80%，未达标，得0分（满分2分）',
  },
  {
    table: "项目'A'",
    severity: 'warning',
    code: 'note-missing',
    sheet: '附件3',
    cell: 'I15',
    indicator: '提取',
    message: '=需要说明',
  },
];

describe('the 「检查结果」 sheet', () => {
  it('lists every finding with a link that selects its cell, under the summary rows', async () => {
    const { wb, session } = openGrids(await loadFixtureGrids(buildSeedWorkbook));
    await session.writeFindingsSheet(rows, [
      ['总分', 98],
      ['等级', '优'],
    ]);
    const s = wb.sheet('检查结果');
    expect(wb.cell('检查结果', 'A1')?.value).toBe('总分');
    expect(wb.cell('检查结果', 'B1')?.value).toBe(98);
    expect(wb.cell('检查结果', 'A4')?.value).toBe('表格');
    expect(wb.cell('检查结果', 'B5')?.value).toBe('错误');
    expect(wb.cell('检查结果', 'G5')?.value).toMatch(/未达标，得0分/);
    expect(wb.cell('检查结果', 'G6')).toMatchObject({ value: '=需要说明' });
    expect(wb.cell('检查结果', 'H5')).toMatchObject({ formula: `=HYPERLINK("#'附件2'!H19","跳转")`, value: '跳转' });
    expect(s.usedRect()).toEqual({ top: 0, left: 0, bottom: 5, right: 7 });
  });

  it('replaces the sheet written last time', async () => {
    const { wb, session } = openGrids(await loadFixtureGrids(buildSeedWorkbook));
    await session.writeFindingsSheet(rows);
    await session.writeFindingsSheet(rows.slice(0, 1));
    expect(wb.doc.sheets.map((s) => s.name)).toEqual(['附件1', '附件2', '附件3', '检查结果']);
    expect(wb.cell('检查结果', 'A3')).toBeUndefined();
  });

  it('quotes sheet names in links', () => {
    expect(linkFormula("It's 表", 'A1')).toBe(`=HYPERLINK("#'It''s 表'!A1","跳转")`);
  });
});

describe('session helpers', () => {
  it('selects a finding’s cell on its sheet', async () => {
    const { wb, session } = openGrids(await loadFixtureGrids(buildSeedWorkbook));
    await session.select('附件3', 'H18');
    expect(wb.doc.selection).toEqual({ sheet: '附件3', address: 'H18' });
    expect(wb.doc.activeSheet?.name).toBe('附件3');
    await expect(session.select('附件9', 'A1')).rejects.toMatchObject({
      code: 'not-found',
      message: expect.stringMatching(/附件9/),
    });
  });

  it('keeps settings in the document, as JSON, across reopening', async () => {
    const { wb, session } = openGrids(await loadFixtureGrids(buildSeedWorkbook));
    expect(await session.getSetting('jixiao.pane.settings')).toBeUndefined();
    await session.setSetting('jixiao.pane.settings', { profileId: 'national-2020', draftNotes: false });
    wb.reopen();
    expect(await session.getSetting('jixiao.pane.settings')).toEqual({ profileId: 'national-2020', draftNotes: false });
  });

  it('tells the pane when the workbook changes, until unsubscribed', async () => {
    const { wb, session } = openGrids(await loadFixtureGrids(buildSeedWorkbook));
    let calls = 0;
    const off = await session.onChanged(() => calls++);
    wb.userEdit('附件2', 'F19', '61%');
    await events();
    expect(calls).toBe(1);
    off();
    await events();
    wb.userEdit('附件2', 'F19', '62%');
    await events();
    expect(calls).toBe(1);
  });
});
