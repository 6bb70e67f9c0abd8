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
    expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([['50%', '1/5/2024']]);
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
