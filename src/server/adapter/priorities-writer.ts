// Writing the generated Priorities sheet: three batched writes over a rectangle that also
// covers whatever the previous version left, so no stale row survives and no clear() is needed.
import { PRIORITIES_SHEET, PRIORITIES_TITLE, type SheetBlock } from '../../core/priorities-sheet';
import { UserError } from '../../core/errors';
import { cellsTypedIntoPriorities } from '../../core/priorities-sheet-check';
import type { CellValue } from '../../core/types';
import { growTo } from './apply-edits';
import { literal } from './literal';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Nothing is lost: a sheet of that name the add-on did not write is never touched, and one that
 * somebody typed into is overwritten only with `replaceTypedCells`.
 */
export function writePrioritiesSheet(
  spreadsheet: Spreadsheet,
  block: SheetBlock,
  replaceTypedCells: boolean,
): void {
  let sheet = spreadsheet.getSheetByName(PRIORITIES_SHEET);
  let oldRows = 0;
  let oldCols = 0;
  if (sheet) {
    const old = sheet.getDataRange().getValues() as CellValue[][];
    const typed = cellsTypedIntoPriorities(old);
    oldRows = old.length;
    oldCols = old[0]?.length ?? 0;
    if (typed.length > 0 && String(old[0]?.[0] ?? '') !== PRIORITIES_TITLE) {
      throw new UserError(
        `The sheet ‘${PRIORITIES_SHEET}’ holds content the add-on did not write, so it was left as ` +
          'it is. Rename that sheet (or move its content), then update the priorities again.',
      );
    }
    if (typed.length > 0 && !replaceTypedCells) {
      const shown = typed.slice(0, 5).join(', ') + (typed.length > 5 ? ', …' : '');
      throw new UserError(
        `Someone typed into the ‘${PRIORITIES_SHEET}’ sheet (${shown}). Updating would ` +
          'replace that: copy it elsewhere first, or replace it.',
        'refused',
        'Replace it',
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
  growTo(sheet, rows, cols, { rows: oldRows, cols: oldCols });
  const range = sheet.getRange(1, 1, rows, cols);
  range.setValues(pad(block.values, '').map((row) => row.map(literal)));
  // null resets a cell's fill; the type declarations allow only strings.
  range.setBackgrounds(pad(block.backgrounds, null) as string[][]);
  range.setFontWeights(pad(block.fontWeights, 'normal'));
}
