// The Office shell calls of the pane's entry and the ribbon, behind src/excel/shell.ts.

import {
  associateAction,
  officeDisplayLanguage,
  officeThemeBackground,
  openDialog,
  whenOfficeReady,
  type OfficeShell,
} from '../../src/excel/shell';
import { FakeWorkbook } from '../support/fakeExcel';
import { gridFromRows } from '../../src/workbook/grid';

describe('the Office shell', () => {
  it('reads the display language and waits for Office from the host', async () => {
    const wb = FakeWorkbook.fromGrids([gridFromRows('Sheet1', [['a']])]);
    const office = wb.Office as unknown as OfficeShell;
    await expect(whenOfficeReady(office)).resolves.toBeUndefined();
    expect(officeDisplayLanguage(office)).toBe('zh-CN');
  });

  it('has no language, theme or dialog outside Office, and is ready at once', async () => {
    await expect(whenOfficeReady(undefined)).resolves.toBeUndefined();
    expect(officeDisplayLanguage(undefined)).toBeUndefined();
    expect(officeThemeBackground({ context: {} })).toBeUndefined();
    expect(openDialog({ context: {} }, 'https://localhost/x.html', {})).toBeNull();
  });

  it('gives the theme colour, and no language when reading it throws (before Office is ready)', () => {
    expect(officeThemeBackground({ context: { officeTheme: { bodyBackgroundColor: '#1F1F1F' } } })).toBe('#1F1F1F');
    const early = {
      get context(): never {
        throw new Error('not ready');
      },
    } as OfficeShell;
    expect(officeDisplayLanguage(early)).toBeUndefined();
  });

  it('associates a ribbon function with the host', () => {
    const wb = FakeWorkbook.fromGrids([gridFromRows('Sheet1', [['a']])]);
    associateAction(wb.Office as unknown as OfficeShell, 'recalculate', () => undefined);
    expect([...wb.actions.keys()]).toEqual(['recalculate']);
  });
});
