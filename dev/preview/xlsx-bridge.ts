// Between the emulator's workbook and the .xlsx model of xlsx/: for Open and Download.

import {
  cellA1,
  DEFAULT_COLUMNS,
  DEFAULT_ROWS,
  parseA1,
  SNAPSHOT_FORMAT,
  SNAPSHOT_VERSION,
  UNEVALUATED_FORMULA_RESULT,
  type CellSnapshot,
  type SnapshotValue,
  type WorkbookSnapshot,
} from '@career-dreams/emulator';
import type { XlsxBook, XlsxCell, XlsxValue } from '../../src/xlsx';

function fromJson(value: SnapshotValue): XlsxValue {
  return typeof value === 'object' ? new Date(value.date) : value;
}

function toJson(value: XlsxValue): SnapshotValue {
  return value instanceof Date ? { date: value.toISOString() } : value;
}

export function workbookToXlsx(snapshot: WorkbookSnapshot): XlsxBook {
  return {
    sheets: snapshot.sheets.map((sheet) => ({
      name: sheet.name,
      frozenRows: sheet.frozenRows,
      columnWidths: Object.fromEntries(
        Object.entries(sheet.columnWidths).map(([c, w]) => [Number(c), w]),
      ),
      cells: sheet.cells.map((cell) => {
        const rect = parseA1(cell.cell, sheet.rows, sheet.columns)!;
        const out: XlsxCell = { row: rect.row, col: rect.col };
        if (cell.formula) {
          out.formula = cell.formula;
          // A result the emulator never computed is left for the spreadsheet to compute.
          if (cell.result !== undefined && cell.result !== UNEVALUATED_FORMULA_RESULT) {
            out.value = fromJson(cell.result);
          }
        } else if (cell.value !== undefined) {
          out.value = fromJson(cell.value);
        }
        if (cell.percent) out.percent = true;
        if (cell.background) out.fill = cell.background;
        if (cell.bold) out.bold = true;
        if (cell.note) out.note = cell.note;
        return out;
      }),
    })),
  };
}

/**
 * The size each sheet of the book will have as a workbook (at least Sheets' default 1000 x 26,
 * and enough for its last cell), for checking against Google's limits before building it.
 */
export function xlsxGrid(book: XlsxBook): Array<{ name: string; rows: number; columns: number }> {
  return book.sheets.map((sheet) => {
    // A loop, not Math.max(...cells): spreading a long list overflows the stack.
    let rows = DEFAULT_ROWS;
    let columns = DEFAULT_COLUMNS;
    for (const cell of sheet.cells) {
      if (cell.row > rows) rows = cell.row;
      if (cell.col > columns) columns = cell.col;
    }
    return { name: sheet.name, rows, columns };
  });
}

export function xlsxToWorkbook(book: XlsxBook, name: string, timeZone: string): WorkbookSnapshot {
  const grid = xlsxGrid(book);
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    name,
    timeZone,
    sheets: book.sheets.map((sheet, i) => {
      const { rows, columns } = grid[i]!;
      return {
        name: sheet.name,
        // As in Sheets: the first sheet has id 0, later ones large numbers.
        id: i === 0 ? 0 : 100000 + i,
        rows,
        columns,
        frozenRows: sheet.frozenRows ?? 0,
        columnWidths: Object.fromEntries(Object.entries(sheet.columnWidths ?? {})),
        cells: sheet.cells.map((cell) => {
          const out: CellSnapshot = { cell: cellA1(cell.row, cell.col) };
          if (cell.formula) {
            out.formula = cell.formula;
            if (cell.value !== undefined) out.result = toJson(cell.value);
          } else if (cell.value !== undefined) {
            out.value = toJson(cell.value);
          }
          if (cell.percent) out.percent = true;
          if (cell.fill) out.background = cell.fill;
          if (cell.bold) out.bold = true;
          if (cell.note) out.note = cell.note;
          return out;
        }),
      };
    }),
  };
}
