// A day typed (or set by a script) as yyyy-MM-dd: a date cell, shown as it was typed in every
// locale. The add-on writes its record sheets' days so (src/server/adapter/record-sheets.ts).
import { createEmulator } from '@career-dreams/emulator';

function sheetIn(locale: string, timeZone = 'Europe/Paris') {
  const emu = createEmulator({ spreadsheetLocale: locale, spreadsheetTimeZone: timeZone });
  return emu.user('alice@example.com').globals.SpreadsheetApp.getActiveSheet();
}

describe('a day typed yyyy-MM-dd', () => {
  it.each(['en_US', 'en_GB', 'de_DE'])('is a date shown as 2026-06-01 in %s', (locale) => {
    const sheet = sheetIn(locale);
    sheet.getRange('A1').setValue('2026-06-01');
    const value = sheet.getRange('A1').getValue();
    expect(value).toBeInstanceOf(Date);
    // Midnight of that day in the spreadsheet's time zone.
    expect((value as Date).toISOString()).toBe('2026-05-31T22:00:00.000Z');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('2026-06-01');
  });

  it('keeps its look through setValues, and an apostrophe keeps it text', () => {
    const sheet = sheetIn('en_US', 'Etc/UTC');
    sheet.getRange('A1:B1').setValues([['2020-01-15', "'2020-01-15"]]);
    expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([['2020-01-15', '2020-01-15']]);
    const [[date, text]] = sheet.getRange('A1:B1').getValues() as [[unknown, unknown]];
    expect(date).toBeInstanceOf(Date);
    expect(text).toBe('2020-01-15');
  });

  it('is only a date when the day is real, and other forms keep the locale’s format', () => {
    const sheet = sheetIn('en_US', 'Etc/UTC');
    sheet.getRange('A1:C1').setValues([['2026-02-30', '2026-6-1', '2026/06/01']]);
    const values = sheet.getRange('A1:C1').getValues()[0]!;
    expect(values[0]).toBe('2026-02-30');
    expect(values[1]).toBeInstanceOf(Date);
    expect(sheet.getRange('B1:C1').getDisplayValues()).toEqual([['6/1/2026', '6/1/2026']]);
  });
});
