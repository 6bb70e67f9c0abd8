// Range notes (the yellow boxes of Insert > Note; comments are not emulated).
// https://developers.google.com/apps-script/reference/spreadsheet/range#setNote(String)

import { checkShape, readCells, readFirst, updateCells, type CellBlock } from './range-cells';

export function notesOf(block: CellBlock): string[][] {
  return readCells(block, (cell) => cell?.note ?? '');
}

export function firstNote(block: CellBlock): string {
  return readFirst(block, (cell) => cell?.note ?? '');
}

/** Sets every cell's note (null or '' removes it). No logging. */
export function annotate(block: CellBlock, note: string | null): void {
  updateCells(block, (cell) => {
    if (note === null || note === '') delete cell.note;
    else cell.note = String(note);
  });
}

/** setNotes: one note per cell, in the range's shape. No logging. */
export function writeNotes(block: CellBlock, notes: unknown): void {
  const data = checkShape<string | null>(block, notes, 'setNotes');
  updateCells(block, (cell, r, c) => {
    const note = data[r]![c];
    if (note === null || note === undefined || note === '') delete cell.note;
    else cell.note = String(note);
  });
}
