// Finding and reading the dreams sheet. Reads are batched: three calls for the whole table
// (display values, fills, weights), whatever its size (https://developers.google.com/apps-script/guides/support/best-practices).
import {
  DREAMS_SHEET,
  isCandidateSheet,
  sheetIndexByName,
  type CellValue,
  type Grid,
} from '../../core';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * The dreams sheet, by the core's rule (the exact name, else trimmed and in any letter case), or
 * null. The exact name is asked for first: one call when it is there, as it nearly always is.
 */
export function findDreamsSheet(spreadsheet: Spreadsheet): Sheet | null {
  const exact = spreadsheet.getSheetByName(DREAMS_SHEET);
  if (exact) return exact;
  const sheets = spreadsheet.getSheets();
  return sheets[sheetIndexByName(sheets.map((sheet) => sheet.getName()))] ?? null;
}

/**
 * A sheet that holds a table typed by hand before the add-on came: the active sheet if it
 * qualifies, else the first sheet that does (the rule is the core's isCandidateSheet).
 */
export function findCandidateSheet(spreadsheet: Spreadsheet): Sheet | null {
  const usable = (sheet: Sheet) => isCandidateSheet(sheet.getName(), sheet.getLastRow());
  const active = spreadsheet.getActiveSheet();
  if (usable(active)) return active;
  return spreadsheet.getSheets().find(usable) ?? null;
}

/** A grid with its size: edits beyond it may need the sheet to grow first. */
export interface ReadGrid extends Grid {
  rows: number;
  cols: number;
}

/**
 * The table as the cells show it. getDisplayValues, not getValues: Sheets turns a typed 9:00,
 * 1/2/2026 or $5 into a number or a Date with a number format, in the spreadsheet's locale, and
 * a skill must read as the person typed it, not as 1899-12-30 or 5. The add-on needs the values
 * only as text (the core's cellText), the guard compares the same texts before and after a
 * write, and it writes names as literal text (adapter/literal.ts), so nothing needs the number.
 * One call, as getValues would be.
 * https://developers.google.com/apps-script/reference/spreadsheet/range#getDisplayValues()
 */
function readShown(range: GoogleAppsScript.Spreadsheet.Range): CellValue[][] {
  return range.getDisplayValues();
}

export function readGrid(sheet: Sheet): ReadGrid {
  const range = sheet.getDataRange();
  const values = readShown(range);
  return {
    values,
    backgrounds: range.getBackgrounds(),
    fontWeights: range.getFontWeights(),
    rows: values.length,
    cols: values[0]?.length ?? 0,
  };
}

/**
 * Only the values (one call), for finding a dream or skill by name when the colours do not
 * matter: fills and weights read as none. The same display values as readGrid, so a guard made
 * from one compares with the other.
 */
export function readValues(sheet: Sheet): Grid {
  return { values: readShown(sheet.getDataRange()), backgrounds: [], fontWeights: [] };
}

/** The notes of the area from A1, in one call; [] for an empty sheet. */
export function readNotes(sheet: Sheet, rows: number, cols: number): string[][] {
  if (rows === 0 || cols === 0) return [];
  return sheet.getRange(1, 1, rows, cols).getNotes();
}

/** The notes of one column from `fromRow` to `toRow`, in one call; '' where a cell has none. */
export function readColumnNotes(
  sheet: Sheet,
  col: number,
  fromRow: number,
  toRow: number,
): string[] {
  return sheet
    .getRange(fromRow, col, toRow - fromRow + 1, 1)
    .getNotes()
    .map((row) => String(row[0] ?? ''));
}
