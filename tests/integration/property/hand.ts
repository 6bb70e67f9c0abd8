// What "the other person" does by hand, between the add-on's read and its write: type into a
// cell, clear it, change its fill, insert or delete a row or column, sort a block, rename the
// sheet. Each edit is plain data with fixed coordinates, so the very same edit can be made on
// the live sheet, on the sheet before the action (what the other person's edit alone gives) and
// on the sheet after it (the action first, then the edit).
import { createEmulator, type EmulatedUser, type Emulator } from '@career-dreams/emulator';
import { loadSheet, positions, readSheet, setCell, getCell, type SheetModel } from './sheet-model';

export type HandEdit =
  | { kind: 'type'; row: number; col: number; text: string }
  | { kind: 'clear'; row: number; col: number }
  | { kind: 'fill'; row: number; col: number; fill: string }
  | { kind: 'insertRow'; row: number }
  | { kind: 'deleteRow'; row: number }
  | { kind: 'insertColumn'; col: number }
  | { kind: 'deleteColumn'; col: number }
  | {
      kind: 'sort';
      row: number;
      col: number;
      numRows: number;
      numCols: number;
      /** The sheet column sorted by. */
      by: number;
      ascending: boolean;
    }
  | { kind: 'renameSheet'; name: string };

/** The dreams sheet is the second sheet of every workbook here (after the new file's Sheet1). */
export const DREAMS_INDEX = 1;

const a1 = (row: number, col: number) => `${String.fromCharCode(64 + col)}${row}`;

export function describeHand(edit: HandEdit): string {
  switch (edit.kind) {
    case 'type':
      return `types ${JSON.stringify(edit.text)} into ${a1(edit.row, edit.col)}`;
    case 'clear':
      return `clears ${a1(edit.row, edit.col)} (Delete key: the note and formats stay)`;
    case 'fill':
      return `fills ${a1(edit.row, edit.col)} with ${edit.fill}`;
    case 'insertRow':
      return `inserts a row before row ${edit.row}`;
    case 'deleteRow':
      return `deletes row ${edit.row}`;
    case 'insertColumn':
      return `inserts a column before column ${String.fromCharCode(64 + edit.col)}`;
    case 'deleteColumn':
      return `deletes column ${String.fromCharCode(64 + edit.col)}`;
    case 'sort':
      return (
        `sorts ${a1(edit.row, edit.col)}:${a1(edit.row + edit.numRows - 1, edit.col + edit.numCols - 1)} ` +
        `by column ${String.fromCharCode(64 + edit.by)}${edit.ascending ? '' : ' descending'}`
      );
    case 'renameSheet':
      return `renames the sheet to ${JSON.stringify(edit.name)}`;
  }
}

/** Moves cells (insert, delete, sort) rather than changing what one cell holds. */
export function isStructural(edit: HandEdit): boolean {
  return !['type', 'clear', 'fill', 'renameSheet'].includes(edit.kind);
}

/** Makes the edit as `user`, by hand (through the Apps Script surface, no lock). */
export function makeHandEdit(user: EmulatedUser, edit: HandEdit): void {
  const app = user.globals.SpreadsheetApp;
  user.run(() => {
    const sheet = app.getActive().getSheets()[DREAMS_INDEX]!;
    switch (edit.kind) {
      case 'type':
        sheet.getRange(edit.row, edit.col).setValue(edit.text);
        break;
      case 'clear':
        sheet.getRange(edit.row, edit.col).clearContent();
        break;
      case 'fill':
        sheet.getRange(edit.row, edit.col).setBackground(edit.fill);
        break;
      case 'insertRow':
        sheet.insertRowBefore(edit.row);
        break;
      case 'deleteRow':
        sheet.deleteRow(edit.row);
        break;
      case 'insertColumn':
        sheet.insertColumnBefore(edit.col);
        break;
      case 'deleteColumn':
        sheet.deleteColumn(edit.col);
        break;
      case 'sort':
        sheet
          .getRange(edit.row, edit.col, edit.numRows, edit.numCols)
          .sort({ column: edit.by, ascending: edit.ascending });
        break;
      case 'renameSheet':
        sheet.setName(edit.name);
        break;
    }
  });
}

function scratch(sheet: SheetModel): { emu: Emulator; user: EmulatedUser } {
  const emu = createEmulator();
  loadSheet(emu, sheet);
  return { emu, user: emu.user('bob@example.com') };
}

/** The sheet as the edit alone leaves it. */
export function withHandEdit(sheet: SheetModel, edit: HandEdit): SheetModel {
  const { emu, user } = scratch(sheet);
  makeHandEdit(user, edit);
  return readSheet(emu, DREAMS_INDEX);
}

export type Track = (row: number, col: number) => { row: number; col: number } | null;

/**
 * Where each cell of the sheet goes under the edit (null: deleted). Found by making the edit on
 * a copy whose notes are tags naming each cell: notes move with their cells, and the emulator's
 * sort compares values only.
 */
export function trackHandEdit(sheet: SheetModel, edit: HandEdit): Track {
  let rows = 0;
  let cols = 0;
  for (const p of positions(sheet)) {
    rows = Math.max(rows, p.row);
    cols = Math.max(cols, p.col);
  }
  rows += 4;
  cols += 3;
  const tagged: SheetModel = { name: sheet.name, cells: new Map() };
  for (let row = 1; row <= rows; row++) {
    for (let col = 1; col <= cols; col++) {
      setCell(tagged, row, col, { ...getCell(sheet, row, col), note: `@${row},${col}` });
    }
  }
  const after = withHandEdit(tagged, edit);
  const where = new Map<string, { row: number; col: number }>();
  for (const { row, col, cell } of positions(after)) {
    if (cell.note.startsWith('@')) where.set(cell.note.slice(1), { row, col });
  }
  return (row, col) => {
    if (row > rows || col > cols)
      throw new Error(`cell ${a1(row, col)} is outside the tracked area`);
    return where.get(`${row},${col}`) ?? null;
  };
}
