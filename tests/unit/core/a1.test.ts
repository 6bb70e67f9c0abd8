import { a1, columnLetters, parseA1Range } from '../../../src/core';

describe('A1 notation', () => {
  it('names columns past Z', () => {
    expect([1, 26, 27, 52, 53, 702, 703].map(columnLetters)).toEqual([
      'A',
      'Z',
      'AA',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
    expect(a1(12, 28)).toBe('AB12');
  });

  it.each([
    ['B2', { row: 2, col: 2, numRows: 1, numCols: 1 }],
    ['B2:D9', { row: 2, col: 2, numRows: 8, numCols: 3 }],
    ['$B$2:$D$9', { row: 2, col: 2, numRows: 8, numCols: 3 }],
    ['AB12', { row: 12, col: 28, numRows: 1, numCols: 1 }],
    ['B:D', { row: 1, col: 2, numRows: Infinity, numCols: 3 }],
    ['3:5', { row: 3, col: 1, numRows: 3, numCols: Infinity }],
    ['B2:B', { row: 2, col: 2, numRows: Infinity, numCols: 1 }],
  ])('reads %s', (notation, rect) => {
    expect(parseA1Range(notation)).toEqual(rect);
  });

  it.each(['', 'B2:A1', 'Sheet1!A1', 'A0', '1A', 'A1:B2:C3'])('rejects %j', (notation) => {
    expect(parseA1Range(notation)).toBeNull();
  });
});
