// The checks Sheet.getRange(row, column, numRows, numColumns) makes, with Apps Script's messages.
// Range.getCell and Range.offset make the same ones.

import type { Rect } from './a1';
import type { SheetData } from './grid';

/** A whole number, as Apps Script requires of positions and counts. */
export function isCount(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n);
}

/** The rectangle, once it is known to be whole numbers inside the sheet. */
export function checkedRect(
  sheet: SheetData,
  row: number,
  col: number,
  numRows: number,
  numCols: number,
): Rect {
  for (const n of [row, col, numRows, numCols]) {
    if (!isCount(n))
      throw new Error(
        `The parameters (${typeof n}) don't match the method signature for SpreadsheetApp.Sheet.getRange.`,
      );
  }
  if (row < 1) throw new Error('The starting row of the range is too small.');
  if (col < 1) throw new Error('The starting column of the range is too small.');
  if (numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
  if (numCols < 1) throw new Error('The number of columns in the range must be at least 1.');
  if (row + numRows - 1 > sheet.maxRows || col + numCols - 1 > sheet.maxCols) {
    throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
  }
  return { row, col, numRows, numCols };
}
