// rowSpan: the row numbers a finding lists, as both renderers print them.

import { rowSpan } from '../../src/domain/format';

describe('rowSpan', () => {
  it('prints consecutive rows as one span', () => {
    expect(rowSpan([12, 13, 14, 15], '、')).toBe('12–15');
  });
  it('joins rows that are not consecutive with the given separator', () => {
    expect(rowSpan([12, 14], '、')).toBe('12、14');
    expect(rowSpan([12, 14], ', ')).toBe('12, 14');
  });
  it('prints a single row as itself', () => {
    expect(rowSpan([7], ', ')).toBe('7');
  });
});
