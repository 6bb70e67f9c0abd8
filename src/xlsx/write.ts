// Writes an XlsxBook as an .xlsx file that Excel, LibreOffice and Google Sheets open with the
// fills, bold and notes intact: fills as plain RGB (the one form all three read alike), bold in
// the cell's font, notes as comments, and a number's or date's format as its number format.

import ExcelJS from 'exceljs';
import type { XlsxBook, XlsxCell } from './model';

/** exceljs's default font, so that bold cells differ from the others only in weight. */
const FONT = { name: 'Calibri', size: 11, family: 2 };

export async function writeXlsx(book: XlsxBook): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  // Formulas carry their last result when known; ask every reader to compute them afresh.
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const sheet of book.sheets) {
    const ws = workbook.addWorksheet(sheet.name, {
      views: sheet.frozenRows ? [{ state: 'frozen', ySplit: sheet.frozenRows }] : [],
    });
    for (const [col, px] of Object.entries(sheet.columnWidths ?? {})) {
      ws.getColumn(Number(col)).width = Math.max(0, (px - 5) / 7);
    }
    for (const cell of sheet.cells) writeCell(ws.getCell(cell.row, cell.col), cell);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function writeCell(target: ExcelJS.Cell, cell: XlsxCell): void {
  if (cell.formula) {
    const formula = cell.formula.replace(/^=/, '');
    target.value =
      cell.value === undefined
        ? { formula, date1904: false }
        : { formula, result: cell.value, date1904: false };
  } else if (cell.value !== undefined) {
    // A string is always written as text: "=SUM(A1)" typed as text stays text.
    target.value = cell.value;
  }
  if (cell.numFmt) {
    target.numFmt = cell.numFmt;
  } else if (cell.percent) {
    target.numFmt = Number.isInteger(Number(cell.value) * 100) ? '0%' : '0.00%';
  }
  if (cell.fill) {
    target.fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: `FF${cell.fill.slice(1).toUpperCase()}` },
      // As Excel writes a solid fill: the pattern's background is the system colour.
      bgColor: { indexed: 64 } as Partial<ExcelJS.Color>,
    };
  }
  if (cell.bold) target.font = { ...FONT, bold: true };
  if (cell.note) target.note = cell.note;
}
