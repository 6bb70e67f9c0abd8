// Saving a workbook to JSON and restoring it: what the local preview keeps on disk.
import { createEmulator, SnapshotError, Workbook } from '@career-dreams/emulator';

function sampleWorkbook(): Workbook {
  const emu = createEmulator({ spreadsheetName: 'Plans', spreadsheetTimeZone: 'Europe/Paris' });
  const wb = emu.workbook;
  wb.loadSheet('Dreams', {
    at: 'B2',
    values: [
      ['Pilot', 'Chef', '2024-03-05'],
      ['\'=HYPERLINK("x")', '=A1*2', '50%'],
      ["'007", 'TRUE', 3.25],
    ],
    backgrounds: [['#ea9999', null, 'rgb(255, 229, 153)']],
    bold: [
      [true, false],
      [false, true],
    ],
    notes: [[], ['needs a licence']],
  });
  wb.setFormulaResult('Dreams', 'C3', 84);
  wb.sheetByName('Dreams')!.conditionalFormats.push(['B2:B9']);
  const alice = emu.user('alice@example.com');
  alice.run(() => {
    const sheet = alice.globals.SpreadsheetApp.getActive().getSheetByName('Dreams')!;
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(2, 180);
    sheet.insertColumnsAfter(26, 2);
  });
  return wb;
}

describe('Workbook.snapshot / restore', () => {
  it('keeps every value, formula, fill, bold, note, size and setting through JSON', () => {
    const wb = sampleWorkbook();
    const json = JSON.parse(JSON.stringify(wb.snapshot())) as unknown;
    const copy = Workbook.fromSnapshot(json);

    expect(copy.name).toBe('Plans');
    expect(copy.timeZone).toBe('Europe/Paris');
    expect(copy.sheetNames()).toEqual(wb.sheetNames());
    expect(copy.dump('Dreams')).toEqual(wb.dump('Dreams'));
    const [before, after] = [wb.sheetByName('Dreams')!, copy.sheetByName('Dreams')!];
    expect(after.id).toBe(before.id);
    expect([after.maxRows, after.maxCols, after.frozenRows]).toEqual([1000, 28, 1]);
    expect([...after.columnWidths]).toEqual([[2, 180]]);
    expect(after.conditionalFormats).toEqual([['B2:B9']]);
    // Typed values keep their type: text that looks like a formula or a number stays text.
    expect(copy.cell('Dreams', 'B3')).toMatchObject({ value: '=HYPERLINK("x")', formula: '' });
    expect(copy.cell('Dreams', 'B4').value).toBe('007');
    expect(copy.cell('Dreams', 'C3')).toMatchObject({ value: 84, formula: '=A1*2' });
    expect(copy.cell('Dreams', 'D2').value).toEqual(new Date('2024-03-04T23:00:00.000Z'));
  });

  it('writes cells as readable JSON, in reading order', () => {
    const sheet = sampleWorkbook().snapshot().sheets[1]!;
    expect(sheet.cells.slice(0, 3)).toEqual([
      { cell: 'B2', value: 'Pilot', background: '#ea9999', bold: true },
      { cell: 'C2', value: 'Chef' },
      {
        cell: 'D2',
        value: { date: '2024-03-04T23:00:00.000Z' },
        format: 'yyyy-MM-dd',
        background: '#ffe599',
      },
    ]);
    expect(sheet.cells.find((c) => c.cell === 'D3')).toEqual({
      cell: 'D3',
      value: 0.5,
      percent: true,
    });
  });

  it('restores in place, keeping sheet ids, and gives new sheets fresh ids', () => {
    const wb = sampleWorkbook();
    const saved = wb.snapshot();
    wb.loadSheet('Extra', { values: [['x']] });
    wb.loadSheet('Dreams', { values: [['changed']] });
    wb.restore(saved);
    expect(wb.sheetNames()).toEqual(['Sheet1', 'Dreams']);
    expect(wb.cell('Dreams', 'B2').value).toBe('Pilot');
    const added = wb.addSheet('Later');
    expect(wb.sheets.filter((s) => s.id === added.id)).toHaveLength(1);
  });

  it.each([
    [
      'not a snapshot',
      { format: 'something-else' },
      'not a workbook saved by the Career Dreams preview',
    ],
    [
      'a newer version',
      { format: 'career-dreams-emulated-workbook', version: 9, name: 'x', sheets: [] },
      'format version 9',
    ],
    ['no sheets', { sheets: [] }, 'has no sheets'],
    ['a sheet with no name', { sheets: [{ id: 0, cells: [] }] }, 'Sheet 1 has no name'],
    [
      'a bad cell reference',
      { sheets: [{ name: 'A', id: 0, cells: [{ cell: 'A1:B2', value: 1 }] }] },
      'A!A1:B2 is not a single cell',
    ],
    [
      'a cell outside the sheet',
      { sheets: [{ name: 'A', id: 0, rows: 2, cells: [{ cell: 'A3', value: 1 }] }] },
      'A!A3 is not a single cell inside the sheet',
    ],
    [
      'a bad colour',
      { sheets: [{ name: 'A', id: 0, cells: [{ cell: 'A1', background: 'reddish' }] }] },
      'fill colour that is not a colour',
    ],
    [
      'a bad value',
      { sheets: [{ name: 'A', id: 0, cells: [{ cell: 'A1', value: { x: 1 } }] }] },
      'not text, a number',
    ],
    [
      'two sheets with one name',
      {
        sheets: [
          { name: 'A', id: 0, cells: [] },
          { name: 'a', id: 1, cells: [] },
        ],
      },
      'Two sheets are called "a"',
    ],
    ['an unknown time zone', { timeZone: 'Mars/Olympus', sheets: [] }, 'time zone'],
  ])('refuses %s with a plain sentence, and changes nothing', (_what, data, message) => {
    const wb = sampleWorkbook();
    const before = wb.snapshot();
    const snapshot = {
      format: 'career-dreams-emulated-workbook',
      version: 1,
      name: 'x',
      ...data,
    };
    expect(() => wb.restore(snapshot)).toThrow(SnapshotError);
    expect(() => wb.restore(snapshot)).toThrow(message);
    expect(wb.snapshot()).toEqual(before);
  });
});
