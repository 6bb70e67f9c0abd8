// Writing under the guard (src/core/guard.ts): the other person may insert, delete, sort or
// rename between the read and the write, and a Range does not follow them. Right before
// writing, one values read checks that every cell the edits depend on still holds what the plan
// was made from; right after, one more checks that the write landed where it was meant, and if
// the sheet moved under it, what it changed is put back. The core decides; this only reads and
// writes. Two reads more per writing action, whatever the size of the table.
import {
  guardAfter,
  guardBreaks,
  movedMeanwhile,
  NO_FILL,
  restoreAfterMove,
  type Edit,
  type FirstRead,
  type Guard,
  type Restore,
} from '../../core';
import { applyEdits, type EditTarget } from './apply-edits';
import { readValues } from './dreams-sheet';
import { literal } from './literal';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Applies the edits, or throws the "changed meanwhile" refusal with nothing (left) changed.
 * `first` is the first read (with the notes, for actions that write notes, so that a note can
 * be put back). Every guarded action checks both before and after writing: the check after
 * cannot see a text typed into a cell the write then covers, the check before can.
 */
export function guardedWrite(
  target: EditTarget,
  edits: Edit[],
  guard: Guard | null,
  first: FirstRead,
): void {
  if (!guard) {
    applyEdits(target, edits);
    return;
  }
  const sheet = target.dreams;
  if (guardBreaks(guard, readValues(sheet).values).length > 0) {
    throw movedMeanwhile(guard);
  }
  applyEdits(target, edits);
  const after = guardAfter(guard, first.values, edits);
  const post = readValues(sheet).values;
  if (guardBreaks(after, post).length === 0) return;
  const restore = restoreAfterMove(first, post, edits, after);
  if (restore.kind === 'keep') return;
  putBack(sheet, restore);
  throw movedMeanwhile(guard);
}

/** Rare (the sheet moved during the write), so cell by cell is fine. */
function putBack(sheet: Sheet, restore: Extract<Restore, { kind: 'restore' }>): void {
  const gap = restore.reinsert;
  if (gap) {
    sheet
      .getRange(gap.row, gap.col, gap.numRows, 1)
      .insertCells(
        gap.shift === 'down' ? SpreadsheetApp.Dimension.ROWS : SpreadsheetApp.Dimension.COLUMNS,
      );
  }
  for (const cell of restore.cells) {
    const range = sheet.getRange(cell.row, cell.col);
    if (cell.value !== undefined) {
      const value = cell.value;
      range.setValue(typeof value === 'string' ? literal(value) : value);
    }
    // null resets a cell's fill; the type declarations allow only strings.
    if (cell.background !== undefined) {
      range.setBackground((cell.background === NO_FILL ? null : cell.background) as string);
    }
    if (cell.fontWeight !== undefined)
      range.setFontWeight(cell.fontWeight === 'bold' ? 'bold' : 'normal');
    if (cell.note !== undefined) range.setNote(cell.note);
  }
}
