// Between the .xlsx model and the emulator's workbook: sizes come from the last cell, however
// many cells there are.
import { xlsxGrid, xlsxToWorkbook } from '../../../dev/preview/xlsx-bridge';
import type { XlsxBook } from '../../../src/xlsx';

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
