// A cell's value as it shows by its number format: the text the command line reads, the same
// as the add-on's getDisplayValues for a date, a time or an amount.
import ExcelJS from 'exceljs';
import { dateFormatParts, formatValue, MAX_NUMFMT_CHARS, readXlsx } from '../../../src/xlsx';

const day = (y: number, m: number, d: number, h = 0, min = 0, s = 0) =>
  new Date(Date.UTC(y, m - 1, d, h, min, s));
/** 9:00, as exceljs reads a time: that time on Excel's day 0, 1899-12-30, in UTC. */
const time = (h: number, min: number, s = 0) => day(1899, 12, 30, h, min, s);

describe('formatValue: dates', () => {
  it.each([
    ['m/d/yyyy', '3/1/2025'],
    ['d/m/yyyy', '1/3/2025'],
    ['dd/mm/yyyy', '01/03/2025'],
    ['yyyy-mm-dd', '2025-03-01'],
    ['d.m.yyyy', '1.3.2025'],
    ['dd.mm.yyyy', '01.03.2025'],
    ['d mmm yyyy', '1 Mar 2025'],
    ['mmmm d, yyyy', 'March 1, 2025'],
    ['mmmmm', 'M'],
    ['dddd, mmm d', 'Saturday, Mar 1'],
    ['m/d/yy', '3/1/25'],
    ['YYYY-MM-DD', '2025-03-01'],
    ['[$-409]m/d/yyyy', '3/1/2025'],
    // Built-in format 14, as exceljs names it, shows as Excel shows it in en-US.
    ['mm-dd-yy', '3/1/2025'],
  ])('%s', (format, shown) => {
    expect(formatValue(day(2025, 3, 1), format)).toBe(shown);
  });

  it('formats a serial number with a date format as the date it is', () => {
    expect(formatValue(46024, 'm/d/yyyy')).toBe('1/2/2026');
    expect(formatValue(46024.5, 'yyyy-mm-dd h:mm')).toBe('2026-01-02 12:00');
  });
});

describe('formatValue: times', () => {
  it.each([
    ['h:mm', time(9, 0), '9:00'],
    ['hh:mm', time(9, 0), '09:00'],
    ['h:mm:ss', time(17, 30, 15), '17:30:15'],
    ['h:mm AM/PM', time(21, 5), '9:05 PM'],
    ['h:mm am/pm', time(9, 5), '9:05 am'],
    ['h:mm:ss AM/PM', time(0, 0, 1), '12:00:01 AM'],
    ['h:mm A/P', time(13, 0), '1:00 P'],
    ['[h]:mm', day(1899, 12, 31, 12), '36:00'],
    ['mm:ss', time(0, 4, 5), '04:05'],
    ['mm:ss.0', time(0, 4, 5), '04:05.0'],
    // `m` right after an hour is minutes; elsewhere months.
    ['m/d/yyyy h:mm', day(2025, 3, 1, 14, 7), '3/1/2025 14:07'],
    ['h "h" m', time(9, 7), '9 h 7'],
  ])('%s', (format, value, shown) => {
    expect(formatValue(value, format)).toBe(shown);
  });

  it('formats a fraction of a day with a time format, rounding to the second shown', () => {
    expect(formatValue(0.375, 'h:mm')).toBe('9:00');
    expect(formatValue(0.375 - 1e-9, 'h:mm:ss')).toBe('9:00:00');
  });
});

describe('formatValue: numbers', () => {
  it.each([
    [5, '"$"#,##0.00', '$5.00'],
    [-5, '"$"#,##0.00', '-$5.00'],
    [1234.5, '"£"#,##0.00', '£1,234.50'],
    [1234.5, '#,##0.00 "€"', '1,234.50 €'],
    [5, '[$€-407] #,##0.00', '€ 5.00'],
    [5, '$#,##0', '$5'],
    [1234567.891, '#,##0', '1,234,568'],
    [1234567.891, '#,##0.00', '1,234,567.89'],
    [1234567, '#,##0,"K"', '1,235K'],
    [0.125, '0%', '13%'],
    [0.125, '0.00%', '12.50%'],
    [0.5, '#.00', '.50'],
    [5, '0.##', '5.'],
    [7, '000', '007'],
    [12.345, '0.0', '12.3'],
    [12, '"Level "0', 'Level 12'],
    [123456789, '000-00-0000', '123-45-6789'],
    [12345, '0.00E+00', '1.23E+04'],
    [-3, '0;(0)', '(3)'],
    [-5, '#,##0.00_);[Red](#,##0.00)', '(5.00)'],
    [0, '0;-0;"none"', 'none'],
    [5, '_("$"* #,##0.00_);_("$"* (#,##0.00);_("$"* "-"??_);_(@_)', ' $5.00 '],
  ])('%p with %s', (value, format, shown) => {
    expect(formatValue(value, format)).toBe(shown);
  });

  it('General: whole numbers in full, others to about ten significant digits', () => {
    expect(formatValue(2024)).toBe('2024');
    expect(formatValue(2024, 'General')).toBe('2024');
    expect(formatValue(1 / 3)).toBe('0.3333333333');
    expect(formatValue(0.1 + 0.2)).toBe('0.3');
    expect(formatValue(-2.5, 'General')).toBe('-2.5');
  });
});

describe('formatValue: the plain rendering for what it does not cover', () => {
  it('text and TRUE / FALSE as they are, whatever the format', () => {
    expect(formatValue('Hiring', '0.00')).toBe('Hiring');
    expect(formatValue(true, '0')).toBe('TRUE');
  });

  it('a number as General, a date as ISO (with its time), a time alone as H:mm:ss', () => {
    for (const format of ['# ?/?', '[>100]0;0', 'x'.repeat(MAX_NUMFMT_CHARS + 1) + '0.00']) {
      expect(formatValue(2.5, format)).toBe('2.5');
    }
    expect(formatValue(day(2025, 3, 1))).toBe('2025-03-01');
    expect(formatValue(day(2025, 3, 1, 9, 30))).toBe('2025-03-01 9:30:00');
    expect(formatValue(time(9, 30))).toBe('9:30:00');
    expect(formatValue(day(2025, 3, 1), '# ?/?')).toBe('2025-03-01');
    expect(formatValue(-1, 'm/d/yyyy')).toBe('-1');
  });

  it('reads a long or odd format code in one pass, never throws', () => {
    const odd = ['"', '[', '\\', '_', '*', ';;;;;;', '[$', 'E+', '0.0E+', '%%%', '[h', ''];
    for (const format of odd) expect(() => formatValue(1234.5, format)).not.toThrow();
    const long = '0,'.repeat(MAX_NUMFMT_CHARS / 2);
    expect(typeof formatValue(1e300, long)).toBe('string');
    expect(formatValue(1e300, '0.00')).toBe('1e+300');
    expect(formatValue(5e-324, '0.00E+00')).toBe('4.940656458e-324');
    expect(formatValue(new Date(Number.NaN), 'm/d/yyyy')).toBe('');
  });
});

describe('dateFormatParts', () => {
  it('names each part of a date or time format, months and minutes told apart', () => {
    expect(dateFormatParts('m/d/yyyy h:mm')?.map((p) => p.part)).toEqual([
      'month',
      'literal',
      'day',
      'literal',
      'year',
      'literal',
      'hour',
      'literal',
      'minute',
    ]);
    expect(dateFormatParts('"$"#,##0.00')).toBeNull();
    expect(dateFormatParts('h:mm;@')).toBeNull();
  });
});

describe('reading an .xlsx: the number format comes with the value', () => {
  it('keeps a custom or built-in format on numbers and dates, not General, not on text', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Dreams');
    ws.getCell('A1').value = new Date(Date.UTC(2026, 0, 2));
    ws.getCell('A1').numFmt = 'm/d/yyyy';
    ws.getCell('A2').value = time(9, 0);
    ws.getCell('A2').numFmt = 'h:mm'; // built-in format 20
    ws.getCell('A3').value = 5;
    ws.getCell('A3').numFmt = '"$"#,##0.00';
    ws.getCell('A4').value = 5;
    ws.getCell('A5').value = 'Hiring';
    ws.getCell('A5').numFmt = '0.00';
    // No format at all: exceljs writes a date with built-in format 14.
    ws.getCell('A6').value = new Date(Date.UTC(2025, 2, 1));
    const book = await readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
    const cells = book.sheets[0]!.cells;
    expect(cells.map((c) => c.numFmt)).toEqual([
      'm/d/yyyy',
      'h:mm',
      '"$"#,##0.00',
      undefined,
      undefined,
      'mm-dd-yy',
    ]);
    expect(cells.map((c) => formatValue(c.value!, c.numFmt))).toEqual([
      '1/2/2026',
      '9:00',
      '$5.00',
      '5',
      'Hiring',
      '3/1/2025',
    ]);
  });
});
