import { rawCellText, shortName } from '../../src/domain/cells';
import { parseActual } from '../../src/domain/parse';
import { cellText } from '../../src/domain/evaluate';

describe('a cell’s raw text', () => {
  it('is the string, the displayed number, or the number itself without display text', () => {
    expect(rawCellText({ value: '≥95%', text: '≥95%' })).toBe('≥95%');
    expect(rawCellText({ value: 0.5922, text: '59.22%' })).toBe('59.22%');
    expect(rawCellText({ value: 12, text: '' })).toBe('12');
    expect(rawCellText(undefined)).toBe('');
  });

  it('shows a boolean as Excel does (TRUE/FALSE), never as a word the cell does not hold', () => {
    expect(rawCellText({ value: true, text: 'TRUE' })).toBe('TRUE');
    expect(rawCellText({ value: false, text: '' })).toBe('FALSE');
    expect(cellText({ value: true, text: 'TRUE' })).toBe('TRUE');
    // a TRUE in the 实际完成值 cell is what the cell shows, not the officer's word 「是」
    expect(parseActual({ value: true, text: 'TRUE' })).toEqual({ kind: 'qualitative', level: 'TRUE' });
  });
});

describe('an indicator’s short name', () => {
  it('keeps 24 characters and cuts a longer name to 23 and …', () => {
    expect(shortName('住房公积金个贷率')).toBe('住房公积金个贷率');
    const long = '一二三四五六七八九十'.repeat(3);
    expect(shortName(long)).toBe(long.slice(0, 23) + '…');
  });

  it('never cuts inside a character outside the BMP', () => {
    const name = '𠮷'.repeat(30);
    expect(shortName(name)).toBe('𠮷'.repeat(23) + '…');
  });
});
