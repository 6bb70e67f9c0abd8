// Carrying out the core's edits: one batched call per edit, and only on the cells that change
// (a RangeList formats scattered cells in one call), so a person typing elsewhere in the table
// at the same moment keeps what they typed.
import { a1, columnLetters, type CellRef, type Edit } from '../../core';
import { literal } from './literal';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Where the edits go: the dreams sheet (its size as read), and any other sheet already found. */
export interface EditTarget {
  spreadsheet: Spreadsheet;
  dreams: Sheet;
  /** The size already read, within which the dreams sheet is certainly large enough. */
  known: { rows: number; cols: number };
  /** Sheets found while reading facts, by name, so writing them asks for no handle again. */
  found: ReadonlyMap<string, Sheet>;
}

/** Applies the core's edits in order, each with one batched call (writeSheet: three). */
export function applyEdits(target: EditTarget, edits: Edit[]): void {
  const { dreams: sheet, known } = target;
  for (const edit of edits) {
    switch (edit.kind) {
      case 'writeText': {
        const rows = edit.texts.length;
        const cols = edit.texts[0]?.length ?? 0;
        growTo(sheet, edit.row + rows - 1, edit.col + cols - 1, known);
        sheet
          .getRange(edit.row, edit.col, rows, cols)
          .setValues(edit.texts.map((row) => row.map(literal)));
        break;
      }
      case 'writeNotes': {
        const rows = edit.notes.length;
        const cols = edit.notes[0]?.length ?? 0;
        growTo(sheet, edit.row + rows - 1, edit.col + cols - 1, known);
        sheet.getRange(edit.row, edit.col, rows, cols).setNotes(edit.notes);
        break;
      }
      case 'format': {
        const list = sheet.getRangeList(columnRuns(edit.cells));
        if (edit.background !== undefined) list.setBackground(edit.background);
        if (edit.fontWeight !== undefined) list.setFontWeight(edit.fontWeight);
        break;
      }
      case 'deleteCellShiftUp':
        sheet.getRange(edit.row, edit.col).deleteCells(SpreadsheetApp.Dimension.ROWS);
        break;
      case 'deleteColumnCells':
        columnToBottom(sheet, edit.fromRow, edit.col).deleteCells(SpreadsheetApp.Dimension.COLUMNS);
        break;
      case 'writeSheet':
        writeSheet(target, edit);
        break;
      case 'appendRecordRows':
      case 'writeRecordCells':
      case 'deleteRecordRow':
        // Record sheets are written by src/server/adapter/record-sheets.ts, under their own check.
        throw new Error(`applyEdits: ${edit.kind} goes through the record sheets' writer`);
    }
  }
}

/**
 * A column from `row` to the bottom of the sheet, whatever its size, in one call: "C1:C" is
 * column C from row 1 on (https://developers.google.com/sheets/api/guides/concepts#cell).
 */
export function columnToBottom(sheet: Sheet, row: number, col: number) {
  const letters = columnLetters(col);
  return sheet.getRange(`${letters}${row}:${letters}`);
}

/**
 * A1 notations covering the cells, one per unbroken run down a column ("B2:B40"), so that a
 * whole rated column is one range rather than hundreds.
 */
export function columnRuns(cells: CellRef[]): string[] {
  const sorted = [...cells].sort((p, q) => p.col - q.col || p.row - q.row);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    const start = sorted[i]!;
    let end = start;
    while (sorted[i + 1]?.col === start.col && sorted[i + 1]!.row <= end.row + 1)
      end = sorted[++i]!;
    i++;
    runs.push(
      end.row === start.row
        ? a1(start.row, start.col)
        : `${a1(start.row, start.col)}:${a1(end.row, end.col)}`,
    );
  }
  return runs;
}

/**
 * Adds rows or columns when a write reaches past the sheet's edge (getRange would throw). Within
 * `known`, the size already read, the sheet is large enough and nothing is asked.
 */
export function growTo(
  sheet: Sheet,
  row: number,
  col: number,
  known: { rows: number; cols: number },
) {
  if (row > known.rows) {
    const maxRows = sheet.getMaxRows();
    if (row > maxRows) sheet.insertRowsAfter(maxRows, row - maxRows);
  }
  if (col > known.cols) {
    const maxCols = sheet.getMaxColumns();
    if (col > maxCols) sheet.insertColumnsAfter(maxCols, col - maxCols);
  }
}

/**
 * Inserts a sheet last without taking the person away from the sheet they are on: in Sheets
 * "the new sheet becomes the active sheet", and a "Selected cells" action after it would then
 * find the selection on the new sheet. So the sheet that was active is made active again, with
 * its selection.
 * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#insertSheet(String,Integer)
 */
export function insertInBackground(spreadsheet: Spreadsheet, name: string): Sheet {
  const active = spreadsheet.getActiveSheet();
  const sheet = spreadsheet.insertSheet(name, spreadsheet.getSheets().length);
  spreadsheet.setActiveSheet(active, true);
  return sheet;
}

/** Rewrites a generated sheet from A1 in three calls, creating it last in the workbook first. */
function writeSheet(target: EditTarget, edit: Extract<Edit, { kind: 'writeSheet' }>): void {
  const { spreadsheet } = target;
  const sheet = edit.create
    ? insertInBackground(spreadsheet, edit.sheet)
    : target.found.get(edit.sheet);
  if (!sheet) throw new Error(`writeSheet: the sheet ${edit.sheet} was not read first`);
  const rows = edit.values.length;
  const cols = edit.values[0]?.length ?? 1;
  growTo(sheet, rows, cols, edit.known);
  const range = sheet.getRange(1, 1, rows, cols);
  range.setValues(edit.values.map((row) => row.map(literal)));
  // null resets a cell's fill; the type declarations allow only strings.
  range.setBackgrounds(edit.backgrounds as string[][]);
  range.setFontWeights(edit.fontWeights);
}
