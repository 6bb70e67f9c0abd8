// Range and RangeList behaviour the add-on relies on.
import { createEmulator, Dimension, NO_FILL } from '@career-dreams/emulator';

function setup() {
  const emu = createEmulator();
  const app = emu.user('alice@example.com').globals.SpreadsheetApp;
  const sheet = app.getActiveSpreadsheet().getSheetByName('Sheet1')!;
  return { emu, app, sheet };
}

describe('backgrounds', () => {
  it('reads #ffffff for no fill and lower-case #rrggbb for any colour notation', () => {
    const { sheet } = setup();
    expect(sheet.getRange('A1').getBackground()).toBe(NO_FILL);
    expect(NO_FILL).toBe('#ffffff');
    sheet.getRange('A1:D1').setBackgrounds([['#F4CCCC', '#0f0', 'Red', 'rgb(255, 242, 204)']]);
    expect(sheet.getRange('A1:E1').getBackgrounds()).toEqual([
      ['#f4cccc', '#00ff00', '#ff0000', '#fff2cc', '#ffffff'],
    ]);
  });

  it('null removes the fill', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B2').setBackground('#d9ead3');
    sheet.getRange('A1').setBackground(null);
    sheet.getRange('B2:B2').setBackgrounds([[null]]);
    expect(sheet.getRange('A1:B2').getBackgrounds()).toEqual([
      ['#ffffff', '#d9ead3'],
      ['#d9ead3', '#ffffff'],
    ]);
  });

  it('rejects a colour it does not understand', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1').setBackground('reddish')).toThrow('unrecognised colour');
  });
});

describe('bold and notes', () => {
  it("reads 'bold' / 'normal' and null resets", () => {
    const { sheet } = setup();
    const range = sheet.getRange('A1:B1');
    expect(range.getFontWeights()).toEqual([['normal', 'normal']]);
    range.setFontWeights([['bold', null]]);
    expect(range.getFontWeights()).toEqual([['bold', 'normal']]);
    expect(range.getFontWeight()).toBe('bold');
    range.setFontWeight(null);
    expect(range.getFontWeights()).toEqual([['normal', 'normal']]);
  });

  it("notes default to ''", () => {
    const { sheet } = setup();
    expect(sheet.getRange('A1:B1').getNotes()).toEqual([['', '']]);
    sheet.getRange('A1').setNote('The bar for this dream');
    sheet.getRange('B1:B1').setNotes([['other']]);
    expect(sheet.getRange('A1:B1').getNotes()).toEqual([['The bar for this dream', 'other']]);
    sheet.getRange('A1').clearNote();
    expect(sheet.getRange('A1').getNote()).toBe('');
  });
});

describe('coordinates and shapes', () => {
  it('a new spreadsheet has Sheet1, 1000 x 26', () => {
    const { app, sheet } = setup();
    expect(
      app
        .getActiveSpreadsheet()
        .getSheets()
        .map((s) => s.getName()),
    ).toEqual(['Sheet1']);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
  });

  it('throws like Sheets outside the sheet', () => {
    const { sheet } = setup();
    const outside = 'The coordinates of the range are outside the dimensions of the sheet.';
    expect(() => sheet.getRange(1001, 1)).toThrow(outside);
    expect(() => sheet.getRange(1, 27)).toThrow(outside);
    expect(() => sheet.getRange(999, 1, 3, 1)).toThrow(outside);
    expect(() => sheet.getRange('AA1')).toThrow(outside);
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0)).toThrow(
      'The number of rows in the range must be at least 1.',
    );
    expect(() => sheet.getRange('not a range')).toThrow('Range not found');
  });

  it('errors thrown to the add-on are named Exception', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(0, 1)).toThrow(expect.objectContaining({ name: 'Exception' }));
  });

  it('throws on wrong-shaped data', () => {
    const { sheet } = setup();
    const range = sheet.getRange('A1:B2');
    expect(() => range.setValues([['a', 'b']])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => range.setBackgrounds([['#fff'], ['#fff']])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(() => range.setValues(['a', 'b'] as unknown as unknown[][])).toThrow(
      "The parameters (String[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
  });

  it('parses A1 forms and reports geometry', () => {
    const { sheet } = setup();
    const r = sheet.getRange('C4:B2');
    expect([
      r.getA1Notation(),
      r.getRow(),
      r.getColumn(),
      r.getNumRows(),
      r.getNumColumns(),
      r.getLastRow(),
      r.getLastColumn(),
    ]).toEqual(['B2:C4', 2, 2, 3, 2, 4, 3]);
    expect(sheet.getRange('B:B').getNumRows()).toBe(1000);
    expect(sheet.getRange('2:3').getNumColumns()).toBe(26);
    expect(sheet.getRange('B2:B').getA1Notation()).toBe('B2:B1000');
    expect(sheet.getRange(2, 3, 2).getA1Notation()).toBe('C2:C3');
    expect(r.getCell(2, 1).getA1Notation()).toBe('B3');
    expect(r.offset(1, 1, 1, 1).getA1Notation()).toBe('C3');
  });

  it('getLastRow/getLastColumn count content, not formatting; getDataRange follows', () => {
    const { sheet } = setup();
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    sheet.getRange('Z900').setBackground('red').setFontWeight('bold').setNote('n');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
    sheet.getRange('C5').setValue('x');
    sheet.getRange('B7').setFormula('=1');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([7, 3]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C7');
  });
});

describe('clearing', () => {
  it('clear() removes content and format, clear options and clear* pick parts', () => {
    const { emu, sheet } = setup();
    emu.workbook.loadSheet('Sheet1', {
      values: [['a', 'b', 'c', 'd']],
      backgrounds: [['red', 'red', 'red', 'red']],
      bold: [[true, true, true, true]],
      notes: [['n', 'n', 'n', 'n']],
    });
    sheet.getRange('A1').clear();
    sheet.getRange('B1').clearContent();
    sheet.getRange('C1').clearFormat();
    sheet.getRange('D1').clear({ contentsOnly: true });
    const dump = emu.workbook.dump('Sheet1');
    expect(dump.values).toEqual([['', '', 'c', '']]);
    expect(dump.backgrounds).toEqual([['#ffffff', '#ff0000', '#ffffff', '#ff0000']]);
    expect(dump.bold).toEqual([[false, true, false, true]]);
    expect(dump.notes).toEqual([['n', 'n', 'n', 'n']]);
  });
});

describe('deleteCells', () => {
  function grid(emu: ReturnType<typeof setup>['emu']) {
    emu.workbook.loadSheet('Sheet1', {
      values: [
        ['a1', 'b1', 'c1'],
        ['a2', 'b2', 'c2'],
        ['a3', 'b3', 'c3'],
      ],
      backgrounds: [
        [null, null, null],
        [null, 'red', null],
        [null, 'green', null],
      ],
      bold: [
        [false, false, false],
        [false, false, false],
        [false, true, false],
      ],
      notes: [
        ['', '', ''],
        ['', '', ''],
        ['', 'note b3', ''],
      ],
    });
  }

  it('ROWS shifts the cells below up, only within the range columns', () => {
    const { emu, sheet } = setup();
    grid(emu);
    sheet.getRange('B2').deleteCells(Dimension.ROWS);
    const dump = emu.workbook.dump('Sheet1');
    expect(dump.values).toEqual([
      ['a1', 'b1', 'c1'],
      ['a2', 'b3', 'c2'],
      ['a3', '', 'c3'],
    ]);
    expect(dump.backgrounds[1]).toEqual(['#ffffff', '#008000', '#ffffff']);
    expect(dump.bold[1]).toEqual([false, true, false]);
    expect(dump.notes[1]).toEqual(['', 'note b3', '']);
  });

  it('COLUMNS shifts the cells to the right left, only within the range rows', () => {
    const { emu, sheet } = setup();
    grid(emu);
    sheet.getRange('A2:B2').deleteCells(Dimension.COLUMNS);
    expect(emu.workbook.dump('Sheet1').values).toEqual([
      ['a1', 'b1', 'c1'],
      ['c2', '', ''],
      ['a3', 'b3', 'c3'],
    ]);
  });

  it('insertCells undoes it: ROWS moves the cells down, COLUMNS right, leaving blanks', () => {
    const { emu, sheet } = setup();
    grid(emu);
    sheet.getRange('B2').insertCells(Dimension.ROWS);
    sheet.getRange('A1:A2').insertCells(Dimension.COLUMNS);
    const dump = emu.workbook.dump('Sheet1');
    expect(dump.values).toEqual([
      ['', 'a1', 'b1', 'c1'],
      ['', 'a2', '', 'c2'],
      ['a3', 'b2', 'c3', ''],
      ['', 'b3', '', ''],
    ]);
    expect(dump.notes[3]).toEqual(['', 'note b3', '', '']);
    expect(emu.writes.map((w) => w.detail)).toEqual(['shift down', 'shift right']);
  });
});

describe('sort', () => {
  it('moves whole cells (value, fill, weight, note) within the range', () => {
    const { emu, sheet } = setup();
    emu.workbook.loadSheet('Sheet1', {
      values: [['Dream'], ['Writing'], [''], ['apples'], ['Budgeting'], ['x']],
      backgrounds: [[null], ['red'], [null], ['green'], ['yellow'], [null]],
      bold: [[false], [true], [false], [false], [false], [false]],
      notes: [[''], ['w'], [''], ['a'], ['b'], ['']],
    });
    sheet.getRange('A2:A5').sort(1);
    const dump = emu.workbook.dump('Sheet1');
    expect(dump.values.map((r) => r[0])).toEqual([
      'Dream',
      'apples',
      'Budgeting',
      'Writing',
      '',
      'x',
    ]);
    expect(dump.backgrounds.map((r) => r[0])).toEqual([
      '#ffffff',
      '#008000',
      '#ffff00',
      '#ff0000',
      '#ffffff',
      '#ffffff',
    ]);
    expect(dump.bold.map((r) => r[0])).toEqual([false, false, false, true, false, false]);
    expect(dump.notes.map((r) => r[0])).toEqual(['', 'a', 'b', 'w', '', '']);
  });

  it('sorts descending with {column, ascending}, blanks last, by later keys on ties', () => {
    const { emu, sheet } = setup();
    emu.workbook.loadSheet('Sheet1', {
      values: [
        [1, 'b'],
        ['', 'z'],
        [3, 'a'],
        [1, 'a'],
      ],
    });
    sheet.getRange('A1:B4').sort([{ column: 1, ascending: false }, 2]);
    expect(emu.workbook.dump('Sheet1').values).toEqual([
      [3, 'a'],
      [1, 'a'],
      [1, 'b'],
      ['', 'z'],
    ]);
    expect(() => sheet.getRange('A1:B4').sort(3)).toThrow('not a column of A1:B4');
  });
});

describe('RangeList', () => {
  it('formats many cells in one call, logged as one write', () => {
    const { emu, sheet } = setup();
    emu.resetCalls();
    const list = sheet.getRangeList(['B2', 'D3:D4']);
    list.setBackground('#fce5cd').setFontWeight('bold');
    expect(list.getRanges().map((r) => r.getA1Notation())).toEqual(['B2', 'D3:D4']);
    expect(sheet.getRange('D4').getBackground()).toBe('#fce5cd');
    expect(sheet.getRange('B2').getFontWeight()).toBe('bold');
    expect(emu.writes).toEqual([
      {
        user: 'alice@example.com',
        sheet: 'Sheet1',
        method: 'setBackground',
        cells: ['B2', 'D3', 'D4'],
      },
      {
        user: 'alice@example.com',
        sheet: 'Sheet1',
        method: 'setFontWeight',
        cells: ['B2', 'D3', 'D4'],
      },
    ]);
    list.setValue('v').clearFormat();
    expect(emu.workbook.cell('Sheet1', 'D3')).toEqual({
      value: 'v',
      formula: '',
      background: '#ffffff',
      bold: false,
      note: '',
    });
    list.clearContent();
    expect(sheet.getLastRow()).toBe(0);
  });
});
