import { colLetters, fromA1, rectToA1, sheetNeedsQuotes, sheetRef, toA1, unquoteSheet } from '../../src/domain/address';
import { summaryCells } from '../../src/workbook/summary';
import { cellRef, tableRange } from '../../src/taskpane/format';
import type { AnnexTable } from '../../src/domain/model';

describe('A1 addresses', () => {
  it('writes and reads columns past Z and the last column', () => {
    expect([0, 25, 26, 701, 702, 16383].map(colLetters)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA', 'XFD']);
    expect(toA1(16, 7)).toBe('H17');
    expect(fromA1("'My sheet'!$H$17")).toEqual({ row: 16, col: 7 });
    expect(rectToA1({ top: 1, left: 0, bottom: 29, right: 8 })).toBe('A2:I30');
  });
});

describe('sheet names in references, quoted as Excel writes them', () => {
  it('leaves a plain name bare, Chinese names included', () => {
    expect(sheetRef('附件2', 'H19')).toBe('附件2!H19');
    expect(sheetRef('Sheet1', 'A1:C3')).toBe('Sheet1!A1:C3');
    expect(sheetRef('项目_2023.v2', 'A1')).toBe('项目_2023.v2!A1');
  });

  it('quotes a name with a space, a quote (doubled), a hyphen or a leading digit', () => {
    expect(sheetRef('My sheet', 'A1')).toBe("'My sheet'!A1");
    expect(sheetRef("It's 表", 'A1')).toBe("'It''s 表'!A1");
    expect(sheetRef('附件3-运转经费', 'B2')).toBe("'附件3-运转经费'!B2");
    expect(sheetRef('项目（甲）', 'B2')).toBe("'项目（甲）'!B2");
    expect(sheetRef('2023', 'A1')).toBe("'2023'!A1");
  });

  it('quotes a name that reads as a cell or an R1C1 reference', () => {
    expect(['A1', 'XFD100', 'R', 'C', 'R1C1', 'r2', 'C3'].every(sheetNeedsQuotes)).toBe(true);
    expect(['AB', 'Rate', 'CR', 'ABCD1'].some(sheetNeedsQuotes)).toBe(false);
  });

  it('quotes a name that reads as a boolean constant (a tester named a sheet TRUE)', () => {
    expect(sheetRef('TRUE', 'A2:I30')).toBe("'TRUE'!A2:I30");
    expect(sheetRef('false', 'A1')).toBe("'false'!A1");
    expect(sheetNeedsQuotes('TRUEST')).toBe(false);
  });

  it('always quotes a link target, and unquotes what it quoted', () => {
    expect(sheetRef('附件2', 'H19', true)).toBe("'附件2'!H19");
    expect(unquoteSheet("'It''s 表'")).toBe("It's 表");
  });

  it('quotes a sheet name with a space in the summary sheet and the pane', () => {
    const row = {
      kind: 'project',
      sheet: "项目 '甲'",
      range: 'A2:I30',
      name: '运转经费',
      anchor: 'A2',
      rate: null,
      total: null,
      recordedTotal: null,
      grade: null,
      failed: 0,
      review: 0,
      errors: 0,
      warnings: 0,
    } as Parameters<typeof summaryCells>[0];
    expect(summaryCells(row)[3]).toBe("'项目 ''甲'''!A2:I30");
    expect(cellRef('My sheet', 'H19')).toBe("'My sheet'!H19");
    expect(tableRange({ sheet: 'My sheet', range: { top: 1, left: 0, bottom: 29, right: 8 } } as AnnexTable)).toBe(
      "'My sheet'!A2:I30",
    );
  });
});
