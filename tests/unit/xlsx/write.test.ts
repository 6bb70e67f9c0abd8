// Writing .xlsx and reading it back: the table survives, in the forms every reader agrees on.
import ExcelJS from 'exceljs';
import { readXlsx, writeXlsx, type XlsxBook } from '../../../src/xlsx';

const book: XlsxBook = {
  sheets: [
    {
      name: 'Dreams',
      frozenRows: 1,
      columnWidths: { 1: 180 },
      cells: [
        { row: 1, col: 1, value: 'Engineering manager', bold: true },
        { row: 2, col: 1, value: 'Hiring', fill: '#ea9999', bold: true, note: 'Ran 3 loops' },
        { row: 3, col: 1, value: '=HYPERLINK("http://x")', fill: '#ffe599' },
        { row: 4, col: 1, value: '007' },
        { row: 5, col: 1, formula: '=1+1', value: 2 },
        { row: 6, col: 1, formula: '=NOW()' },
        { row: 7, col: 1, value: 0.5, percent: true },
        { row: 8, col: 1, fill: '#b6d7a8' },
        { row: 9, col: 1, value: new Date(Date.UTC(1899, 11, 30, 9)), numFmt: 'h:mm' },
        { row: 10, col: 1, value: new Date(Date.UTC(2026, 0, 2)), numFmt: 'm/d/yyyy' },
        { row: 11, col: 1, value: 5, numFmt: '"$"#,##0.00' },
      ],
    },
    { name: 'Priorities', cells: [{ row: 1, col: 1, value: 'Skill', bold: true }] },
  ],
};

describe('writeXlsx', () => {
  it('round-trips values, formulas, fills, bold, notes, frozen rows and widths', async () => {
    const back = await readXlsx(await writeXlsx(book));
    expect(back.sheets.map((s) => s.name)).toEqual(['Dreams', 'Priorities']);
    const [dreams] = back.sheets;
    expect(dreams?.frozenRows).toBe(1);
    expect(dreams?.columnWidths?.[1]).toBe(180);
    // A percentage without a format of its own is written as one, and read back with it.
    expect(dreams?.cells).toEqual(
      book.sheets[0]!.cells.map((c) => (c.percent ? { ...c, numFmt: '0%' } : c)),
    );
  });

  it('writes a number format as the cell’s, which Excel and LibreOffice show', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeXlsx(book)) as never);
    const ws = wb.getWorksheet('Dreams')!;
    expect([ws.getCell('A9').numFmt, ws.getCell('A10').numFmt, ws.getCell('A11').numFmt]).toEqual([
      'h:mm',
      'm/d/yyyy',
      '"$"#,##0.00',
    ]);
  });

  it('writes fills as solid RGB patterns and bold in the font, as Excel does', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeXlsx(book)) as never);
    const cell = wb.getWorksheet('Dreams')!.getCell('A2');
    expect(cell.fill).toEqual({
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FFEA9999' },
      bgColor: { indexed: 64 },
    });
    expect(cell.font).toMatchObject({ bold: true, name: 'Calibri', size: 11 });
    // Text that looks like a formula is a string cell, never a formula.
    expect(wb.getWorksheet('Dreams')!.getCell('A3').type).toBe(ExcelJS.ValueType.String);
  });
});
