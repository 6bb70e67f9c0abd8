// Inserting and deleting whole rows and columns of a Sheet: every cell's value, format and note
// moves with its row or column (grid.ts does the moving).
// https://developers.google.com/apps-script/reference/spreadsheet/sheet#insertRowsAfter(Integer,Integer)
// https://developers.google.com/apps-script/reference/spreadsheet/sheet#deleteRows(Integer,Integer)

import { columnLetters } from './a1';
import type { SheetData } from './grid';
import { isCount } from './range-coordinates';
import type { UserScope } from './scope';

/** What the edits need of the Sheet they are called on. */
export interface EditedSheet {
  readonly scope: UserScope;
  /** The sheet's data, or a throw if it was deleted. */
  live(): SheetData;
}

/**
 * What differs between rows and columns when they are inserted or deleted: the rules and the
 * errors are the same, the write log names a row by its number and a column by its letters.
 */
export interface Axis {
  /** "rows" or "columns", as Apps Script's errors say. */
  name: string;
  size(sheet: SheetData): number;
  /** Frozen ones at the top or left; the emulator freezes rows only. */
  frozen(sheet: SheetData): number;
  insert(sheet: SheetData, before: number, howMany: number): void;
  remove(sheet: SheetData, first: number, howMany: number): void;
  /** One position in the write log: "3" (row), "C" (column). */
  label(position: number): string;
  /** Positions first to last in the write log: "3-3" (rows), "C" or "C-E" (columns). */
  span(first: number, last: number): string;
}

export const ROWS: Axis = {
  name: 'rows',
  size: (sheet) => sheet.maxRows,
  frozen: (sheet) => sheet.frozenRows,
  insert: (sheet, before, howMany) => sheet.insertRows(before, howMany),
  remove: (sheet, first, howMany) => sheet.deleteRows(first, howMany),
  label: (position) => `${position}`,
  span: (first, last) => `${first}-${last}`,
};

export const COLUMNS: Axis = {
  name: 'columns',
  size: (sheet) => sheet.maxCols,
  frozen: () => 0,
  insert: (sheet, before, howMany) => sheet.insertColumns(before, howMany),
  remove: (sheet, first, howMany) => sheet.deleteColumns(first, howMany),
  label: columnLetters,
  span: (first, last) =>
    first === last ? columnLetters(first) : `${columnLetters(first)}-${columnLetters(last)}`,
};

function outOfBounds(axis: Axis): Error {
  return new Error(`Those ${axis.name} are out of bounds.`);
}

/** Inserts `howMany` before position `before`; `detail` is only asked for once they are valid. */
function insert(
  on: EditedSheet,
  axis: Axis,
  before: number,
  howMany: number,
  method: string,
  detail: () => string,
): void {
  const sheet = on.live();
  if (
    !isCount(before) ||
    !isCount(howMany) ||
    howMany < 1 ||
    before < 1 ||
    before > axis.size(sheet) + 1
  ) {
    throw outOfBounds(axis);
  }
  axis.insert(sheet, before, howMany);
  on.scope.logWrite(sheet, method, [], detail());
}

/**
 * insertRowsAfter and its like. `noun` is the write log's word: "row" for insertRowAfter,
 * "rows" for insertRowsAfter even when it inserts one.
 */
export function insertAfter(
  on: EditedSheet,
  axis: Axis,
  method: string,
  afterPosition: number,
  howMany: number,
  noun: string,
): void {
  if (afterPosition < 1 || afterPosition > axis.size(on.live())) throw outOfBounds(axis);
  insert(
    on,
    axis,
    afterPosition + 1,
    howMany,
    method,
    () => `insert ${howMany} ${noun} after ${axis.label(afterPosition)}`,
  );
}

/** insertRowsBefore and its like; see insertAfter. */
export function insertBefore(
  on: EditedSheet,
  axis: Axis,
  method: string,
  beforePosition: number,
  howMany: number,
  noun: string,
): void {
  if (beforePosition > axis.size(on.live())) throw outOfBounds(axis);
  insert(
    on,
    axis,
    beforePosition,
    howMany,
    method,
    () => `insert ${howMany} ${noun} before ${axis.label(beforePosition)}`,
  );
}

/** deleteRows and its like. Sheets keeps at least one row or column that is not frozen. */
export function remove(
  on: EditedSheet,
  axis: Axis,
  first: number,
  howMany: number,
  method: string,
): void {
  const sheet = on.live();
  const size = axis.size(sheet);
  if (
    !isCount(first) ||
    !isCount(howMany) ||
    first < 1 ||
    howMany < 1 ||
    first + howMany - 1 > size
  ) {
    throw outOfBounds(axis);
  }
  const frozen = axis.frozen(sheet);
  if (size - howMany < 1 || (size - howMany <= frozen && first > frozen)) {
    throw new Error(`Sorry, it is not possible to delete all non-frozen ${axis.name}.`);
  }
  axis.remove(sheet, first, howMany);
  on.scope.logWrite(
    sheet,
    method,
    [],
    `delete ${axis.name} ${axis.span(first, first + howMany - 1)}`,
  );
}
