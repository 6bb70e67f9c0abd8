// The emulator's own A1 helpers: checked against the notation itself, not against the add-on's
// helpers, which they must not share code with (see packages/emulator/src/a1.ts).
import {
  cellA1,
  columnLetters,
  columnNumber,
  parseA1,
  rectA1,
  rectCells,
} from '@career-dreams/emulator';

describe('column letters and numbers', () => {
  it.each([
    [1, 'A'],
    [2, 'B'],
    [26, 'Z'],
    [27, 'AA'],
    [52, 'AZ'],
    [53, 'BA'],
    [702, 'ZZ'],
    [703, 'AAA'],
    [16384, 'XFD'], // the last column of an .xlsx sheet
    [18278, 'ZZZ'],
  ])('column %i is %s, both ways', (number, letters) => {
    expect(columnLetters(number)).toBe(letters);
    expect(columnNumber(letters)).toBe(number);
  });

  it('reads letters in either case', () => {
    expect(columnNumber('a')).toBe(1);
    expect(columnNumber('aB')).toBe(28);
  });

  it('round-trips every column up to ZZZ', () => {
    for (let n = 1; n <= 18278; n++) expect(columnNumber(columnLetters(n))).toBe(n);
  });

  it('refuses what is not a column', () => {
    for (const bad of [0, -1, 1.5, NaN, Infinity])
      expect(() => columnLetters(bad)).toThrow(RangeError);
    for (const bad of ['', 'A1', '1', 'A B', 'É'])
      expect(() => columnNumber(bad)).toThrow(RangeError);
  });
});

describe('cell and range names', () => {
  it('names a cell column first', () => {
    expect(cellA1(1, 1)).toBe('A1');
    expect(cellA1(10, 28)).toBe('AB10');
    expect(() => cellA1(0, 1)).toThrow(RangeError);
  });

  it('names one cell alone and a block by its corners, as getA1Notation does', () => {
    expect(rectA1({ row: 2, col: 2, numRows: 1, numCols: 1 })).toBe('B2');
    expect(rectA1({ row: 2, col: 2, numRows: 3, numCols: 2 })).toBe('B2:C4');
    expect(rectA1({ row: 5, col: 1, numRows: 1, numCols: 3 })).toBe('A5:C5');
  });

  it('lists a block’s cells in reading order', () => {
    expect(rectCells({ row: 1, col: 1, numRows: 2, numCols: 2 })).toEqual(['A1', 'B1', 'A2', 'B2']);
  });
});

describe('parseA1, on a sheet of 1000 rows by 26 columns', () => {
  const parse = (a1: string) => parseA1(a1, 1000, 26);

  it('reads a cell and a block', () => {
    expect(parse('B2')).toEqual({ row: 2, col: 2, numRows: 1, numCols: 1 });
    expect(parse('B2:C4')).toEqual({ row: 2, col: 2, numRows: 3, numCols: 2 });
    expect(parse('b2:c4')).toEqual(parse('B2:C4'));
  });

  it('gives reversed corners the same block', () => {
    expect(parse('C4:B2')).toEqual(parse('B2:C4'));
    expect(parse('B4:C2')).toEqual(parse('B2:C4'));
  });

  it('reads whole columns and whole rows to the sheet’s edge', () => {
    expect(parse('A:C')).toEqual({ row: 1, col: 1, numRows: 1000, numCols: 3 });
    expect(parse('B:B')).toEqual({ row: 1, col: 2, numRows: 1000, numCols: 1 });
    expect(parse('2:4')).toEqual({ row: 2, col: 1, numRows: 3, numCols: 26 });
    expect(parse('C:A')).toEqual(parse('A:C'));
  });

  it('reads a block open at the bottom', () => {
    expect(parse('B2:B')).toEqual({ row: 2, col: 2, numRows: 999, numCols: 1 });
    expect(parse('B2:D')).toEqual({ row: 2, col: 2, numRows: 999, numCols: 3 });
  });

  it('ignores $ marks and surrounding spaces', () => {
    expect(parse('$B$2:$C$4')).toEqual(parse('B2:C4'));
    expect(parse(' B2 ')).toEqual(parse('B2'));
  });

  it('returns a block past the sheet’s edge, for the caller to refuse', () => {
    expect(parse('AA1')).toEqual({ row: 1, col: 27, numRows: 1, numCols: 1 });
    expect(parse('A2000')).toEqual({ row: 2000, col: 1, numRows: 1, numCols: 1 });
  });

  it('uses the sheet’s own size for open sides', () => {
    expect(parseA1('A:B', 5, 3)).toEqual({ row: 1, col: 1, numRows: 5, numCols: 2 });
    expect(parseA1('2:3', 5, 3)).toEqual({ row: 2, col: 1, numRows: 2, numCols: 3 });
  });

  it.each([
    '',
    ' ',
    'B',
    '2',
    'A0',
    '0:3',
    'A1:B2:C3',
    ':',
    'A1:',
    ':B2',
    '2:B4',
    '2:B',
    'Sheet1!A1',
    'A 1',
    '1A',
    'R1C1',
    'A1-B2',
  ])('refuses %j (Apps Script: "Range not found")', (a1) => {
    expect(parse(a1)).toBeNull();
  });
});
