// A record sheet's cells as the core reads them: every date cell as its day, yyyy-MM-dd, whatever
// its format or time; numbers, booleans and trimmed text as they are; formulas by their result.
import ExcelJS from 'exceljs';
import {
  numberFormatKind,
  readXlsx,
  recordCell,
  recordCells,
  type XlsxSheet,
} from '../../../src/xlsx';
import { bytes } from '../../support/xlsx-files';

const utc = (iso: string) => new Date(`${iso}Z`);

describe('recordCell', () => {
  it.each([
    ['a Date with no format (General)', { value: utc('2026-06-01T00:00:00') }, '2026-06-01'],
    [
      'a day in a date format',
      { value: utc('2026-06-01T00:00:00'), numFmt: 'd mmm yyyy' },
      '2026-06-01',
    ],
    [
      'Excel’s built-in short date',
      { value: utc('2026-03-01T00:00:00'), numFmt: 'mm-dd-yy' },
      '2026-03-01',
    ],
    [
      'a date with a time: its day, never the next one',
      { value: utc('2026-06-01T23:59:59'), numFmt: 'm/d/yyyy h:mm' },
      '2026-06-01',
    ],
    ['a number in a date format', { value: 46174, numFmt: 'yyyy-mm-dd' }, '2026-06-01'],
    [
      'a number with a time in a date format',
      { value: 46174.75, numFmt: 'd/m/yyyy' },
      '2026-06-01',
    ],
    [
      'a time alone reads as it shows',
      { value: utc('1899-12-30T09:00:00'), numFmt: 'h:mm' },
      '9:00',
    ],
    ['a duration reads as it shows', { value: 1.5, numFmt: '[h]:mm' }, '36:00'],
    [
      'a Date whose format shows a number (exceljs reads dates loosely) is its number',
      { value: utc('1900-01-09T00:00:00'), numFmt: '0.00' },
      10,
    ],
    ['a number', { value: 40 }, 40],
    ['a number in a number format', { value: 0.5, numFmt: '0%' }, 0.5],
    ['a date format on a number it cannot show as a day', { value: -3, numFmt: 'yyyy-mm-dd' }, -3],
    ['text, trimmed', { value: '  In progress ' }, 'In progress'],
    ['ISO text stays text (the core reads it as a day)', { value: '2026-06-01' }, '2026-06-01'],
    ['spaces alone are empty', { value: '   ' }, null],
    ['TRUE', { value: true }, true],
    ['no value', {}, null],
  ])('%s', (_, cell, expected) => {
    expect(recordCell(cell)).toEqual(expected);
  });
});

describe('numberFormatKind', () => {
  it.each([
    [undefined, 'number'],
    ['General', 'number'],
    ['0.00', 'number'],
    ['"$"#,##0.00', 'number'],
    ['yyyy-mm-dd', 'day'],
    ['mmm yyyy', 'day'],
    ['m/d/yyyy h:mm', 'day'],
    ['h:mm', 'time'],
    ['mm:ss', 'time'],
    ['[h]:mm:ss', 'time'],
    ['[>100]0;0', null],
  ])('%s is %s', (code, kind) => {
    expect(numberFormatKind(code)).toBe(kind);
  });
});

describe('recordCells', () => {
  const sheet: XlsxSheet = {
    name: 'Plan',
    cells: [
      { row: 1, col: 2, value: 'Skill', bold: true },
      { row: 1, col: 4, value: 'By when' },
      { row: 2, col: 2, value: 'Hiring' },
      { row: 2, col: 4, value: utc('2026-05-01T00:00:00'), numFmt: 'd mmm yyyy' },
      // A fill and a note alone count for nothing: the grid ends at the last value.
      { row: 3, col: 9, fill: '#ea9999', note: 'empty' },
      { row: 5, col: 1, value: 7 },
    ],
  };

  it('is the area from A1 to the last value, empty cells null', () => {
    expect(recordCells(sheet)).toEqual([
      [null, 'Skill', null, 'By when'],
      [null, 'Hiring', null, '2026-05-01'],
      [null, null, null, null],
      [null, null, null, null],
      [7, null, null, null],
    ]);
  });

  it('rows without a value share one frozen row, so a far cell costs one array per row', () => {
    const grid = recordCells({ name: 'Far', cells: [{ row: 100_000, col: 3, value: 'x' }] });
    expect(grid).toHaveLength(100_000);
    expect(grid[0]).toBe(grid[99_998]);
    expect(Object.isFrozen(grid[0])).toBe(true);
    expect(grid[99_999]).toEqual([null, null, 'x']);
  });

  it('an empty sheet is an empty grid', () => {
    expect(recordCells({ name: 'Empty', cells: [] })).toEqual([]);
  });
});

describe('through readXlsx, from a file exceljs wrote', () => {
  it('gives dates as days, formulas by their cached result', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Check-ins');
    ws.getCell('A1').value = new Date(Date.UTC(2026, 5, 1));
    ws.getCell('A1').numFmt = 'dd/mm/yyyy';
    ws.getCell('B1').value = new Date(Date.UTC(2026, 5, 1, 18, 30));
    ws.getCell('B1').numFmt = 'yyyy-mm-dd hh:mm';
    ws.getCell('C1').value = { formula: 'DATE(2026,9,1)', result: new Date(Date.UTC(2026, 8, 1)) };
    ws.getCell('C1').numFmt = 'm/d/yyyy';
    ws.getCell('D1').value = { formula: 'UPPER("yes")', result: 'YES' };
    ws.getCell('E1').value = { formula: 'A1+1' }; // no cached result: nothing to read
    ws.getCell('F1').value = { richText: [{ text: ' Red', font: { bold: true } }, { text: ' ' }] };
    ws.getCell('G1').value = 3;
    const book = await readXlsx(await bytes(wb));
    expect(recordCells(book.sheets[0]!)).toEqual([
      ['2026-06-01', '2026-06-01', '2026-09-01', 'YES', null, 'Red', 3],
    ]);
  });
});
