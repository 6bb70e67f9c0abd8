// Between the .xlsx model and the emulator's workbook: sizes come from the last cell, however
// many cells there are.
import { contentFromInput, displayOf, Workbook } from '@career-dreams/emulator';
import { inputOf } from '../../../dev/preview/view';
import { workbookToXlsx, xlsxGrid, xlsxToWorkbook } from '../../../dev/preview/xlsx-bridge';
import { formatValue, readXlsx, writeXlsx, type XlsxBook } from '../../../src/xlsx';

describe('xlsxToWorkbook', () => {
  it('sizes each sheet by its last cell, at least 1000 x 26', () => {
    const book: XlsxBook = {
      sheets: [
        { name: 'A', cells: [{ row: 2, col: 3, value: 'x' }] },
        { name: 'B', cells: [{ row: 5000, col: 40, value: 'y' }] },
      ],
    };
    expect(xlsxGrid(book)).toEqual([
      { name: 'A', rows: 1000, columns: 26 },
      { name: 'B', rows: 5000, columns: 40 },
    ]);
    expect(xlsxToWorkbook(book, 'x', 'Etc/UTC').sheets.map((s) => [s.rows, s.columns])).toEqual([
      [1000, 26],
      [5000, 40],
    ]);
  });

  it('takes a sheet of half a million cells (no spread of them into one call)', () => {
    const cells = Array.from({ length: 500_000 }, (_, i) => ({ row: i + 1, col: 1, value: i }));
    const snapshot = xlsxToWorkbook({ sheets: [{ name: 'Big', cells }] }, 'big', 'Etc/UTC');
    expect([snapshot.sheets[0]!.rows, snapshot.sheets[0]!.cells.length]).toEqual([
      500_000, 500_000,
    ]);
  });
});

// Download then Open: a typed time, date or amount keeps what it shows, in any time zone, and
// the file holds it as Excel and the command line read it (a number format, a wall-clock time).
describe('workbookToXlsx and back: what typing gave a cell survives the file', () => {
  const typed = ['9:00', '9:30 PM', '1/2/2026', '2024-05-01', '$5', '12.5%', '50%', '42', 'Hiring'];

  function shown(workbook: Workbook): string[] {
    const sheet = workbook.sheets.find((s) => s.name === 'Dreams')!;
    return sheet
      .entries()
      .sort(([r1], [r2]) => r1 - r2)
      .map(([, , cell]) => displayOf(cell.content, workbook.timeZone, workbook.locale));
  }

  async function downloadAndOpen(workbook: Workbook): Promise<{ back: Workbook; file: XlsxBook }> {
    const data = await writeXlsx(workbookToXlsx(workbook.snapshot()));
    const file = await readXlsx(new Uint8Array(data));
    const snapshot = xlsxToWorkbook(file, 'back', workbook.timeZone);
    const back = new Workbook({ timeZone: workbook.timeZone });
    back.restore({ ...snapshot, locale: workbook.locale });
    return { back, file };
  }

  it.each(['Etc/UTC', 'America/New_York', 'Asia/Kolkata'])('in %s', async (timeZone) => {
    const workbook = new Workbook({ timeZone });
    workbook.loadSheet('Dreams', { values: typed.map((t) => [t]) });
    const before = shown(workbook);
    expect(before).toEqual([
      '9:00',
      '9:30 PM',
      '1/2/2026',
      '2024-05-01',
      '$5.00',
      '12.5%',
      '50%',
      '42',
      'Hiring',
    ]);
    const { back, file } = await downloadAndOpen(workbook);
    expect(shown(back)).toEqual(before);
    // In the file: the number format, and the time as it reads on the clock (09:00, not 14:00
    // UTC for New York), which is what Excel, LibreOffice and the command line show.
    const cells = file.sheets.find((s) => s.name === 'Dreams')!.cells;
    expect(cells.map((c) => c.numFmt)).toEqual([
      'h:mm',
      'h:mm AM/PM',
      'm/d/yyyy',
      'yyyy-mm-dd',
      '"$"#,##0.00',
      '0.0%',
      '0%',
      undefined,
      undefined,
    ]);
    expect(cells[0]!.value).toEqual(new Date(Date.UTC(1899, 11, 30, 9)));
    expect(cells.map((c) => formatValue(c.value!, c.numFmt))).toEqual(before);
  });

  it('keeps a de_DE date and amount, and reads a format the emulator cannot show as none', async () => {
    const workbook = new Workbook({ timeZone: 'Europe/Berlin', locale: 'de_DE' });
    workbook.loadSheet('Dreams', { values: [['1.2.2026'], ['5 €'], ['17:30']] });
    const before = shown(workbook);
    expect(before).toEqual(['01.02.2026', '5,00 €', '17:30']);
    expect(shown((await downloadAndOpen(workbook)).back)).toEqual(before);

    const book: XlsxBook = {
      sheets: [
        {
          name: 'Dreams',
          cells: [
            { row: 1, col: 1, value: new Date(Date.UTC(2025, 2, 1)), numFmt: 'd mmm yyyy' },
            { row: 2, col: 1, value: new Date(Date.UTC(2025, 2, 1)), numFmt: 'dd/mm/yyyy' },
            { row: 3, col: 1, value: 2.5, numFmt: '0.00' },
            // exceljs's Date for a serial past any calendar.
            { row: 4, col: 1, value: new Date(Number.NaN), numFmt: 'm/d/yyyy' },
          ],
        },
      ],
    };
    const cells = xlsxToWorkbook(book, 'x', 'Etc/UTC').sheets[0]!.cells;
    expect(cells.map((c) => c.format)).toEqual([undefined, 'dd/MM/yyyy', undefined, undefined]);
    expect(cells[3]!.value).toBe('#NUM!');
  });
});

// What the preview's grid shows and its cell editor starts with, for a workbook opened in
// another locale: the emulator's display and typing rules in that locale (dev/preview/view.ts).
describe('the preview shows and edits cells in the workbook’s locale', () => {
  const typed = (input: string) => contentFromInput(input, 'Europe/Berlin', 'de_DE');

  it('a number, a date and an amount as de_DE shows and types them', () => {
    expect(inputOf(typed('3,5'), 'Europe/Berlin', 'de_DE')).toBe('3,5');
    expect(inputOf(typed('1.2.2026'), 'Europe/Berlin', 'de_DE')).toBe('01.02.2026');
    expect(inputOf(typed('5 €'), 'Europe/Berlin', 'de_DE')).toBe('5,00 €');
  });

  it('text that de_DE typing would turn into a date or number keeps its apostrophe', () => {
    const text = { kind: 'value', value: '1.2.2026' } as const;
    expect(inputOf(text, 'Europe/Berlin', 'de_DE')).toBe("'1.2.2026");
    expect(inputOf({ kind: 'value', value: '3,5' }, 'Europe/Berlin', 'de_DE')).toBe("'3,5");
    // In en_US neither is anything but text.
    expect(inputOf(text, 'Europe/Berlin')).toBe('1.2.2026');
  });
});
