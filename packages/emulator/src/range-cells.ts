// The cells under a Range. Every read and write of a Range or RangeList goes through here, so
// the checks Apps Script makes (the sheet still exists, a 2-D argument has the range's shape)
// are made in one place.

import type { Rect } from './a1';
import { describeType } from './fake';
import type { Cell, SheetData } from './grid';

/** A rectangle of one sheet: all a Range is, as far as its cells go. */
export interface CellBlock {
  readonly sheet: SheetData;
  readonly rect: Rect;
}

/** The block's sheet, or a throw if the sheet was deleted since the range was made. */
export function liveSheet(block: CellBlock): SheetData {
  if (block.sheet.deleted)
    throw new Error(`Emulator: the sheet this range was on ("${block.sheet.name}") was deleted.`);
  return block.sheet;
}

/** A grid of `read(cell)` over the block; reads return fresh arrays, as Apps Script's do. */
export function readCells<T>(block: CellBlock, read: (cell: Cell | undefined) => T): T[][] {
  const sheet = liveSheet(block);
  const { row, col, numRows, numCols } = block.rect;
  const out: T[][] = [];
  for (let r = 0; r < numRows; r++) {
    const line: T[] = [];
    for (let c = 0; c < numCols; c++) line.push(read(sheet.get(row + r, col + c)));
    out.push(line);
  }
  return out;
}

/** `read` of the top-left cell (getValue, getBackground, ...). */
export function readFirst<T>(block: CellBlock, read: (cell: Cell | undefined) => T): T {
  return read(liveSheet(block).get(block.rect.row, block.rect.col));
}

/** Applies `change(cell, r, c)` (0-based offsets) to every cell of the block. No logging. */
export function updateCells(
  block: CellBlock,
  change: (cell: Cell, r: number, c: number) => void,
): void {
  const sheet = liveSheet(block);
  const { row, col, numRows, numCols } = block.rect;
  for (let r = 0; r < numRows; r++) {
    for (let c = 0; c < numCols; c++) sheet.update(row + r, col + c, (cell) => change(cell, r, c));
  }
}

/** Checks a 2-D argument (setValues, setBackgrounds, ...) against the block's shape. */
export function checkShape<T>(block: CellBlock, data: unknown, method: string): T[][] {
  if (!Array.isArray(data) || !data.every((line) => Array.isArray(line))) {
    throw new Error(
      `The parameters (${describeType(data)}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
    );
  }
  const { numRows, numCols } = block.rect;
  if (data.length !== numRows) {
    throw new Error(
      `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${numRows}.`,
    );
  }
  for (const line of data as unknown[][]) {
    if (line.length !== numCols) {
      throw new Error(
        `The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${numCols}.`,
      );
    }
  }
  return data as T[][];
}
