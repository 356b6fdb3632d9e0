// Annexes kept on hidden and very hidden sheets (a template's 附件2 hidden after printing, a 附件3 made very hidden
// with VBA so officers cannot unhide it from the menu) are checked like the others, and the report says the sheet
// is hidden — in the CLI and in the add-in, which read the same visibility.

import ExcelJS from 'exceljs';
import { buildSeedWorkbook } from '../../scripts/fixtures';
import { readWorkbookBuffer } from '../../src/xlsx/read';
import { checkWorkbook } from '../../src/workbook/check';
import { formatTextReport, toFileReport } from '../../src/cli/report';
import { ExcelSession } from '../../src/excel/session';
import { fakeWorkbookFromXlsx } from '../support/fakeExcel/fromXlsx';
import { zhFormWording } from '../../src/i18n/zh-CN/formWording';

async function hiddenAnnexes(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await buildSeedWorkbook()) as unknown as ArrayBuffer);
  wb.getWorksheet('附件2')!.state = 'hidden';
  wb.getWorksheet('附件3')!.state = 'veryHidden';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

it('checks annexes on hidden and very hidden sheets and says they are hidden', async () => {
  const bytes = await hiddenAnnexes();
  const grids = await readWorkbookBuffer(bytes, 'hidden.xlsx');
  expect(grids.map((g) => [g.name, g.hidden])).toEqual([
    ['附件1', undefined],
    ['附件2', 'hidden'],
    ['附件3', 'veryHidden'],
  ]);
  const result = checkWorkbook(grids, { wording: zhFormWording });
  expect(result.tables.map((t) => t.sheet)).toEqual(['附件1', '附件2', '附件3']);
  const report = toFileReport('hidden.xlsx', result);
  expect(report.tables.map((t) => t.hiddenSheet)).toEqual([undefined, 'hidden', 'veryHidden']);
  const text = formatTextReport(report);
  expect(text).toMatch(/附件2!A2:\S+（隐藏的工作表）/);
  expect(text).toMatch(/附件3!A2:\S+（深度隐藏的工作表）/);
  expect(text).not.toMatch(/附件1!\S+（/);

  // the add-in reads the same visibility through Office.js
  const host = await fakeWorkbookFromXlsx(bytes);
  const session = new ExcelSession({ host: host.host, firstSyncTimeoutMs: 2000 });
  expect((await session.readGrids()).map((g) => g.hidden)).toEqual([undefined, 'hidden', 'veryHidden']);
});
