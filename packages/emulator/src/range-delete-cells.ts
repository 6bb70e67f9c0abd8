// Range.deleteCells: the cells after the range shift into its place.
// https://developers.google.com/apps-script/reference/spreadsheet/range#deleteCells(Dimension)

import { DIMENSION } from './enums';
import { describeType } from './fake';
import { liveSheet, type CellBlock } from './range-cells';

/**
 * ROWS: cells below move up (within the range's columns); COLUMNS: cells to the right move left
 * (within its rows). Returns the direction, for the write log. No logging.
 */
export function deleteCells(
  block: CellBlock,
  shiftDimension: GoogleAppsScript.Spreadsheet.Dimension,
): 'up' | 'left' {
  const sheet = liveSheet(block);
  const dim = String(shiftDimension);
  if (dim === String(DIMENSION.ROWS)) {
    sheet.deleteCellsShiftUp(block.rect);
    return 'up';
  }
  if (dim === String(DIMENSION.COLUMNS)) {
    sheet.deleteCellsShiftLeft(block.rect);
    return 'left';
  }
  throw new Error(
    `The parameters (${describeType(shiftDimension)}) don't match the method signature for SpreadsheetApp.Range.deleteCells.`,
  );
}

/**
 * Range.insertCells: empty cells in the range's place; ROWS moves what was there down (within
 * its columns), COLUMNS right (within its rows). Sheets keeps the old cells' formatting on the
 * new ones; here they are blank (callers that care set the formats they want). No logging.
 * https://developers.google.com/apps-script/reference/spreadsheet/range#insertCells(Dimension)
 */
export function insertCells(
  block: CellBlock,
  shiftDimension: GoogleAppsScript.Spreadsheet.Dimension,
): 'down' | 'right' {
  const sheet = liveSheet(block);
  const dim = String(shiftDimension);
  if (dim === String(DIMENSION.ROWS)) {
    sheet.insertCellsShiftDown(block.rect);
    return 'down';
  }
  if (dim === String(DIMENSION.COLUMNS)) {
    sheet.insertCellsShiftRight(block.rect);
    return 'right';
  }
  throw new Error(
    `The parameters (${describeType(shiftDimension)}) don't match the method signature for SpreadsheetApp.Range.insertCells.`,
  );
}
