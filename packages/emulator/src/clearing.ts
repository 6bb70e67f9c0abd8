// What clear() and its variants remove from a cell, for Range, RangeList and Sheet. "Format"
// means fill and weight, the only formats the emulator keeps.
// https://developers.google.com/apps-script/reference/spreadsheet/range#clear(Object)

import type { Cell } from './grid';
import { updateCells, type CellBlock } from './range-cells';

/** The parts of a cell a clear removes. */
export interface CellParts {
  content?: boolean;
  format?: boolean;
  note?: boolean;
}

/** Range.clear(options) and RangeList.clear(options). */
export interface ClearOptions {
  commentsOnly?: boolean;
  contentsOnly?: boolean;
  formatOnly?: boolean;
  validationsOnly?: boolean;
  skipFilteredRows?: boolean;
}

/**
 * clear(): "Clears the range of contents and formats." clear(options): "By default all data is
 * cleared"; commentsOnly clears notes.
 */
export function partsToClear(options?: ClearOptions): Required<CellParts> {
  if (!options) return { content: true, format: true, note: false };
  const { contentsOnly, formatOnly, commentsOnly, validationsOnly } = options;
  if (!contentsOnly && !formatOnly && !commentsOnly && !validationsOnly) {
    return { content: true, format: true, note: true };
  }
  return { content: !!contentsOnly, format: !!formatOnly, note: !!commentsOnly };
}

/** Removes those parts from a cell (a copy being updated). */
export function clearParts(cell: Cell, parts: CellParts): void {
  if (parts.content) delete cell.content;
  if (parts.format) {
    delete cell.background;
    delete cell.bold;
  }
  if (parts.note) delete cell.note;
}

/** Whether the cell has any of those parts (a clear of them changes it). */
export function hasParts(cell: Cell, parts: CellParts): boolean {
  return !!(
    (parts.content && cell.content) ||
    (parts.format && (cell.background || cell.bold)) ||
    (parts.note && cell.note)
  );
}

/** Removes those parts from every cell of a range. No logging. */
export function clearBlock(block: CellBlock, parts: CellParts): void {
  updateCells(block, (cell) => clearParts(cell, parts));
}
