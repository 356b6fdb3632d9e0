// The exceljs parts loaded on their own (src/xlsx/exceljs.ts) are the package's own: an exceljs upgrade that
// moves or renames them fails here instead of in a user's batch.
import ExcelJS from 'exceljs';
import { ValueType, Workbook } from '../../src/xlsx/exceljs';

describe('exceljs parts loaded on their own', () => {
  it('are the classes and enums the package exports', () => {
    expect(Workbook).toBe(ExcelJS.Workbook);
    expect(ValueType).toEqual(ExcelJS.ValueType);
    expect(ValueType.RichText).toBe(8);
  });

  it('reads and writes without loading the package entry point or its streaming reader and writer', () => {
    const loaded = () => Object.keys(require.cache);
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require('../../src/xlsx/read');
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require('../../src/xlsx/summaryWorkbook');
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require('../../src/xlsx/apply');
      const files = loaded();
      expect(files.some((f) => /exceljs[\\/]lib[\\/]doc[\\/]workbook\.js$/.test(f))).toBe(true);
      expect(files.some((f) => /exceljs[\\/]lib[\\/]stream[\\/]xlsx[\\/]workbook-reader\.js$/.test(f))).toBe(false);
      expect(files.some((f) => /[\\/]unzipper[\\/]/.test(f))).toBe(false);
      expect(files.some((f) => /[\\/]archiver[\\/]/.test(f))).toBe(false);
    });
  });
});
