// Writing values behaves like typing into Sheets; reading returns what Sheets stores.
import { createEmulator, UNEVALUATED_FORMULA_RESULT } from '@career-dreams/emulator';

function setup() {
  const emu = createEmulator();
  const sheet = emu
    .user('alice@example.com')
    .globals.SpreadsheetApp.getActiveSpreadsheet()
    .getSheets()[0]!;
  return { emu, sheet };
}

describe('typing semantics of setValue / setValues', () => {
  it('turns a string starting with = into a formula whose result is not evaluated', () => {
    const { emu, sheet } = setup();
    sheet.getRange('A1').setValue('=IMPORTXML("http://x", "//a")');
    expect(sheet.getRange('A1').getFormula()).toBe('=IMPORTXML("http://x", "//a")');
    expect(sheet.getRange('A1').getValue()).toBe(UNEVALUATED_FORMULA_RESULT);
    emu.workbook.setFormulaResult('Sheet1', 'A1', 'fetched');
    expect(sheet.getRange('A1').getValue()).toBe('fetched');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('fetched');
  });

  it('keeps text after a leading apostrophe literal, without the apostrophe', () => {
    const { sheet } = setup();
    const range = sheet.getRange('A1:E1');
    range.setValues([["'=1+1", "'+1", "'42", "'TRUE", "'it's"]]);
    expect(range.getValues()).toEqual([['=1+1', '+1', '42', 'TRUE', "it's"]]);
    expect(range.getFormulas()).toEqual([['', '', '', '', '']]);
    expect(range.getDisplayValues()).toEqual([['=1+1', '+1', '42', 'TRUE', "it's"]]);
  });

  it('turns number-like strings into numbers and TRUE/FALSE into booleans', () => {
    const { sheet } = setup();
    const range = sheet.getRange('A1:I1');
    range.setValues([['42', '+1', '-3.5', '1e3', ' 7 ', '1,234', 'true', 'False', '007']]);
    expect(range.getValues()).toEqual([[42, 1, -3.5, 1000, 7, 1234, true, false, 7]]);
  });

  it('reads percentages and ISO dates as Sheets does', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([['50%', '2024-01-05']]);
    const [[percent, date]] = sheet.getRange('A1:B1').getValues() as [[number, Date]];
    expect(percent).toBe(0.5);
    expect(date).toBeInstanceOf(Date);
    expect(date.toISOString()).toBe('2024-01-05T00:00:00.000Z');
    // A day typed yyyy-MM-dd keeps that format (to be confirmed live: docs/live-check.md).
    expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([['50%', '2024-01-05']]);
  });

  it('leaves other text alone, and stores non-strings as they are', () => {
    const { sheet } = setup();
    sheet.getRange('A2').setValue('2024-02-31');
    expect(sheet.getRange('A2').getValue()).toBe('2024-02-31');
    const when = new Date(Date.UTC(2024, 0, 5, 13, 30));
    const range = sheet.getRange('A1:F1');
    range.setValues([['Public speaking', '+abc', '1.2.3', 3.25, false, when]]);
    const values = range.getValues();
    expect(values).toEqual([['Public speaking', '+abc', '1.2.3', 3.25, false, when]]);
    expect(values[0]![5]).not.toBe(when); // a copy, not the caller's object
    expect(range.getDisplayValues()).toEqual([
      ['Public speaking', '+abc', '1.2.3', '3.25', 'FALSE', '1/5/2024 13:30:00'],
    ]);
  });

  it('empties cells for "", null and undefined', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([['x', 'y', 'z']]);
    sheet.getRange('A1:C1').setValues([['', null, undefined]]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['', '', '']]);
    expect(sheet.getLastRow()).toBe(0);
  });

  it('setFormula stores a formula; getValues returns fresh arrays', () => {
    const { sheet } = setup();
    sheet.getRange('B2').setFormula('=A1*2');
    expect(sheet.getRange('A1:B2').getFormulas()).toEqual([
      ['', ''],
      ['', '=A1*2'],
    ]);
    const values = sheet.getRange('A1').getValues();
    values[0]![0] = 'changed';
    expect(sheet.getRange('A1').getValue()).toBe('');
  });
});

describe('typing in the spreadsheet’s locale', () => {
  function sheetIn(locale?: string) {
    const emu = createEmulator({
      spreadsheetTimeZone: 'Europe/Paris',
      ...(locale ? { spreadsheetLocale: locale } : {}),
    });
    const { SpreadsheetApp } = emu.user('alice@example.com').globals;
    return {
      emu,
      ss: SpreadsheetApp.getActiveSpreadsheet(),
      sheet: SpreadsheetApp.getActiveSheet(),
    };
  }
  const day = (v: unknown) => (v as Date).toISOString();

  it('is en_US unless told otherwise, and says so', () => {
    expect(sheetIn().ss.getSpreadsheetLocale()).toBe('en_US');
    expect(sheetIn('de_DE').ss.getSpreadsheetLocale()).toBe('de_DE');
    expect(() => sheetIn('xx_XX')).toThrow(/not emulated/);
  });

  it('reads times and month-first dates in en_US, and shows them as typed', () => {
    const { sheet } = sheetIn();
    const range = sheet.getRange('A1:F1');
    range.setValues([['9:00', '17:30:15', '9:00 pm', '1/2/2026', '$1,234.5', '-$5']]);
    const [nine, late, evening, date, money, debt] = range.getValues()[0]!;
    // A time alone is that time on 1899-12-30, in the spreadsheet's time zone.
    expect(nine).toBeInstanceOf(Date);
    expect(sheet.getRange('A1').getDisplayValue()).toBe('9:00');
    expect(day(date)).toBe('2026-01-01T23:00:00.000Z'); // midnight, 2 January, in Paris
    expect([late, evening].every((v) => v instanceof Date)).toBe(true);
    expect([money, debt]).toEqual([1234.5, -5]);
    expect(range.getDisplayValues()).toEqual([
      ['9:00', '17:30:15', '9:00 PM', '1/2/2026', '$1,234.50', '-$5.00'],
    ]);
  });

  it('reads day-first dates in en_GB and de_DE, with their separators and currency', () => {
    const gb = sheetIn('en_GB').sheet.getRange('A1:C1');
    gb.setValues([['1/2/2026', '£3', '1,234.5']]);
    expect(day(gb.getValues()[0]![0])).toBe('2026-01-31T23:00:00.000Z'); // 1 February
    expect(gb.getDisplayValues()).toEqual([['01/02/2026', '£3.00', '1234.5']]);

    const de = sheetIn('de_DE').sheet.getRange('A1:F1');
    de.setValues([['1.2.2026', '9:00', '3,5', '1.234,5', '1.234,50 €', '1/2/2026']]);
    const values = de.getValues()[0]!;
    expect(day(values[0])).toBe('2026-01-31T23:00:00.000Z');
    expect(values.slice(2, 6)).toEqual([3.5, 1234.5, 1234.5, '1/2/2026']);
    expect(de.getDisplayValues()).toEqual([
      ['01.02.2026', '9:00', '3,5', '1234,5', '1.234,50 €', '1/2/2026'],
    ]);
  });

  it('keeps what is not a time, a real date or an amount as text, and the apostrophe wins', () => {
    const { sheet } = sheetIn();
    const range = sheet.getRange('A1:G1');
    const typed = ['24:00', '9:60', '2/30/2026', '1/2/26', '€5', '12:00 xm', "'9:00"];
    range.setValues([typed]);
    expect(range.getValues()).toEqual([[...typed.slice(0, 6), '9:00']]);
    expect(range.getDisplayValues()).toEqual([[...typed.slice(0, 6), '9:00']]);
  });

  it('keeps the format in a snapshot, and the locale', () => {
    const { emu, sheet } = sheetIn('en_GB');
    sheet.getRange('A1').setValue('9:30');
    const saved = emu.workbook.snapshot();
    expect(saved.locale).toBe('en_GB');
    expect(saved.sheets[0]!.cells[0]).toMatchObject({ cell: 'A1', format: 'H:mm' });
    const copy = createEmulator();
    copy.workbook.restore(saved);
    const { SpreadsheetApp } = copy.user('bob@example.com').globals;
    expect(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetLocale()).toBe('en_GB');
    expect(SpreadsheetApp.getActiveSheet().getRange('A1').getDisplayValue()).toBe('9:30');
  });
});
