// Sheets, rows and columns: structure changes move every cell's state with it.
import { createEmulator } from '@career-dreams/emulator';

function setup() {
  const emu = createEmulator();
  const alice = emu.user('alice@example.com');
  const ss = alice.globals.SpreadsheetApp.getActiveSpreadsheet();
  emu.workbook.loadSheet('Sheet1', {
    values: [
      ['Pilot', 'Chef'],
      ['Navigation', 'Knife skills'],
    ],
    backgrounds: [
      [null, null],
      ['#f4cccc', '#d9ead3'],
    ],
    bold: [
      [false, false],
      [true, false],
    ],
    notes: [
      ['', ''],
      ['', 'a note'],
    ],
  });
  return { emu, alice, ss, sheet: ss.getSheetByName('Sheet1')! };
}

describe('inserting and deleting columns and rows', () => {
  it('insertColumnsBefore moves values, fills, bold and notes right', () => {
    const { emu, sheet } = setup();
    sheet.insertColumnsBefore(2, 2);
    expect(sheet.getMaxColumns()).toBe(28);
    const dump = emu.workbook.dump('Sheet1');
    expect(dump.values).toEqual([
      ['Pilot', '', '', 'Chef'],
      ['Navigation', '', '', 'Knife skills'],
    ]);
    expect(dump.backgrounds[1]).toEqual(['#f4cccc', '#ffffff', '#ffffff', '#d9ead3']);
    expect(dump.notes[1]).toEqual(['', '', '', 'a note']);
  });

  it('insertColumnsAfter, insertColumnBefore and deleteColumn(s)', () => {
    const { emu, sheet } = setup();
    sheet.insertColumnsAfter(1, 1);
    expect(emu.workbook.dump('Sheet1').values[0]).toEqual(['Pilot', '', 'Chef']);
    sheet.insertColumnBefore(1);
    expect(emu.workbook.dump('Sheet1').values[0]).toEqual(['', 'Pilot', '', 'Chef']);
    sheet.deleteColumns(1, 2);
    sheet.deleteColumn(1).getName();
    expect(emu.workbook.dump('Sheet1').values).toEqual([['Chef'], ['Knife skills']]);
    expect(emu.workbook.cell('Sheet1', 'A2')).toMatchObject({
      background: '#d9ead3',
      note: 'a note',
    });
    expect(sheet.getMaxColumns()).toBe(25);
  });

  it('rows: insertRowsAfter/Before, insertRowBefore, deleteRow(s)', () => {
    const { emu, sheet } = setup();
    sheet.insertRowsAfter(1, 2);
    expect(emu.workbook.cell('Sheet1', 'A4')).toMatchObject({
      value: 'Navigation',
      bold: true,
      background: '#f4cccc',
    });
    sheet.insertRowsBefore(1, 1);
    sheet.insertRowBefore(1);
    expect(sheet.getMaxRows()).toBe(1004);
    sheet.deleteRows(1, 4);
    sheet.deleteRow(1);
    expect(emu.workbook.dump('Sheet1').values).toEqual([['Navigation', 'Knife skills']]);
    expect(() => sheet.deleteRows(1, 999)).toThrow(
      'Sorry, it is not possible to delete all non-frozen rows.',
    );
    expect(() => sheet.deleteRows(999, 2)).toThrow('Those rows are out of bounds.');
  });

  it('frozen rows and column widths', () => {
    const { sheet } = setup();
    expect(sheet.getFrozenRows()).toBe(0);
    sheet.setFrozenRows(1);
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.getColumnWidth(2)).toBe(100);
    sheet.setColumnWidth(2, 180);
    sheet.insertColumnBefore(1);
    expect(sheet.getColumnWidth(3)).toBe(180);
  });

  it('Sheet.clear and clearContents', () => {
    const { emu, sheet } = setup();
    sheet.clearContents();
    expect(emu.workbook.cell('Sheet1', 'A2')).toMatchObject({
      value: '',
      background: '#f4cccc',
      bold: true,
    });
    sheet.clear();
    expect(emu.workbook.cell('Sheet1', 'A2')).toMatchObject({ background: '#ffffff', bold: false });
    expect(emu.workbook.cell('Sheet1', 'B2').note).toBe('a note');
  });
});

describe('sheets of the spreadsheet', () => {
  it('insertSheet by name and index; the new sheet becomes the active one', () => {
    const { ss } = setup();
    const dreams = ss.insertSheet('Dreams');
    expect(ss.getActiveSheet().getName()).toBe('Dreams');
    ss.insertSheet('Priorities', 0);
    ss.insertSheet();
    expect(ss.getSheets().map((s) => [s.getName(), s.getIndex()])).toEqual([
      ['Priorities', 1],
      ['Sheet1', 2],
      ['Dreams', 3],
      ['Sheet4', 4],
    ]);
    expect(ss.getSheetByName('Sheet1')!.getSheetId()).toBe(0);
    expect(dreams.getSheetId()).not.toBe(0);
    expect(dreams.getParent().getName()).toBe('Untitled spreadsheet');
    expect(ss.getSheetByName('Nope')).toBeNull();
  });

  it('refuses duplicate names, also differing only in case', () => {
    const { ss, sheet } = setup();
    ss.insertSheet('Dreams');
    const message = 'A sheet with the name "dreams" already exists. Please enter another name.';
    expect(() => ss.insertSheet('dreams')).toThrow(message);
    expect(() => sheet.setName('dreams')).toThrow(message);
    sheet.setName('Old dreams');
    expect(sheet.getName()).toBe('Old dreams');
  });

  it('deleteSheet, not the last one; the active sheet falls back to the first', () => {
    const { ss, sheet } = setup();
    const dreams = ss.insertSheet('Dreams');
    ss.deleteSheet(dreams);
    expect(ss.getActiveSheet().getName()).toBe('Sheet1');
    expect(() => dreams.getName()).toThrow('was deleted');
    expect(() => ss.deleteSheet(sheet)).toThrow("You can't remove all the sheets in a document.");
  });

  it('Spreadsheet.getRange with a sheet name', () => {
    const { ss } = setup();
    expect(ss.getRange('Sheet1!B2').getValue()).toBe('Knife skills');
    expect(ss.getRange('A1').getValue()).toBe('Pilot');
  });
});

describe('loadSheet (test helper)', () => {
  it('grows the sheet to fit a fixture wider than 26 columns', () => {
    const emu = createEmulator();
    emu.workbook.loadSheet('Wide', { values: [Array.from({ length: 30 }, (_, i) => `c${i + 1}`)] });
    const sheet = emu
      .user('a@example.com')
      .globals.SpreadsheetApp.getActive()
      .getSheetByName('Wide')!;
    expect(sheet.getMaxColumns()).toBe(30);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:AD1');
  });

  it('refuses a fixture larger than the size it asks for', () => {
    const emu = createEmulator();
    expect(() => emu.workbook.loadSheet('Small', { values: [['a'], ['b']], rows: 1 })).toThrow(
      /reaches row 2, column 1, past the size it asks for/,
    );
  });
});

describe('moveActiveSheet', () => {
  it('moves the active sheet to a 1-based position, a write, and refuses one out of range', () => {
    const emu = createEmulator();
    const ss = emu.user('alice@example.com').globals.SpreadsheetApp.getActiveSpreadsheet();
    ss.insertSheet('Notes');
    ss.insertSheet('Dreams'); // the new sheet is active
    ss.moveActiveSheet(1);
    expect(emu.workbook.sheetNames()).toEqual(['Dreams', 'Sheet1', 'Notes']);
    expect(ss.getSheetByName('Dreams')!.getIndex()).toBe(1);
    ss.moveActiveSheet(3);
    expect(emu.workbook.sheetNames()).toEqual(['Sheet1', 'Notes', 'Dreams']);
    expect(() => ss.moveActiveSheet(4)).toThrow(/out of range/);
    expect(() => ss.moveActiveSheet(-1)).toThrow(/out of range/);
    expect(emu.writes.filter((w) => w.method === 'moveActiveSheet')).toHaveLength(2);
    expect(emu.countCalls().byMethod['Spreadsheet.moveActiveSheet']).toBe(4);
  });
});
