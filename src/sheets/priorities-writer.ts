// Writing the generated Priorities sheet: three batched writes over a rectangle that also
// covers whatever the previous version left, so no stale row survives and no clear() is needed.
import { PRIORITIES_SHEET, PRIORITIES_TITLE, type SheetBlock } from '../core/priorities-sheet';
import { UserError } from '../core/errors';
import { literal } from './literal';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export function writePrioritiesSheet(spreadsheet: Spreadsheet, block: SheetBlock): void {
  let sheet = spreadsheet.getSheetByName(PRIORITIES_SHEET);
  let oldRows = 0;
  let oldCols = 0;
  if (sheet) {
    oldRows = sheet.getLastRow();
    oldCols = sheet.getLastColumn();
    if (oldRows > 0 && String(sheet.getRange(1, 1).getValue()) !== PRIORITIES_TITLE) {
      // Nothing is lost: a sheet of that name that the add-on did not write is left alone.
      throw new UserError(
        `The sheet ‘${PRIORITIES_SHEET}’ holds content the add-on did not write, so it was left as ` +
          'it is. Rename that sheet (or move its content), then update the priorities again.',
      );
    }
  } else {
    sheet = spreadsheet.insertSheet(PRIORITIES_SHEET, spreadsheet.getSheets().length);
  }
  const rows = Math.max(block.values.length, oldRows);
  const cols = Math.max(block.values[0]?.length ?? 1, oldCols);
  const pad = <T>(grid: T[][], blank: T): T[][] =>
    Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => grid[r]?.[c] ?? blank),
    );
  if (rows > sheet.getMaxRows())
    sheet.insertRowsAfter(sheet.getMaxRows(), rows - sheet.getMaxRows());
  if (cols > sheet.getMaxColumns()) {
    sheet.insertColumnsAfter(sheet.getMaxColumns(), cols - sheet.getMaxColumns());
  }
  const range = sheet.getRange(1, 1, rows, cols);
  range.setValues(pad(block.values, '').map((row) => row.map(literal)));
  range.setBackgrounds(pad(block.backgrounds, null) as string[][]);
  range.setFontWeights(pad(block.fontWeights, 'normal'));
}
