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
  type CellRef,
  type Edit,
  type FirstRead,
  type Guard,
  type Restore,
} from '../../core';
import { applyEdits, columnRuns, columnToBottom, type EditTarget } from './apply-edits';
import { readValues } from './dreams-sheet';
import { literal } from './literal';
import { settledRead } from './settled-read';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Applies the edits, or throws the "changed meanwhile" refusal with nothing (left) changed.
 * `first` is the first read (with the notes, for actions that write notes, so that a note can
 * be put back). Every guarded action checks both before and after writing: the check after
 * cannot see a text typed into a cell the write then covers, the check before can. `ready` runs
 * once the check before has passed, right before writing (it may still refuse).
 */
export function guardedWrite(
  target: EditTarget,
  edits: Edit[],
  guard: Guard | null,
  first: FirstRead,
  ready: () => void = () => undefined,
): void {
  if (!guard) {
    ready();
    applyEdits(target, edits);
    return;
  }
  const sheet = target.dreams;
  if (guardBreaks(guard, readValues(sheet).values).length > 0) {
    throw movedMeanwhile(guard);
  }
  // Only now that the sheet is known not to have moved: a question about what the targets hold
  // (read before this check) is then about the cells meant, not about what moved into them.
  ready();
  applyEdits(target, edits);
  const after = guardAfter(guard, first.values, edits);
  // Settled: a move in the middle of this read would look like a move under the write.
  const post = settledRead(sheet, () => readValues(sheet).values, 1);
  if (guardBreaks(after, post).length === 0) return;
  const restore = restoreAfterMove(first, post, edits, after);
  if (restore.kind === 'keep') return;
  putBack(sheet, restore);
  throw movedMeanwhile(guard);
}

/**
 * Puts back what the core worked out. Rare (the sheet moved during the write), but a whole
 * rated selection may need it, so fills and weights go back in one RangeList per distinct value
 * (one call each, whatever the number of cells); values and notes, only ever a few cells, one by
 * one.
 */
function putBack(sheet: Sheet, restore: Extract<Restore, { kind: 'restore' }>): void {
  const gap = restore.reinsert;
  if (gap?.shift === 'down') {
    sheet.getRange(gap.row, gap.col, gap.numRows, 1).insertCells(SpreadsheetApp.Dimension.ROWS);
  } else if (gap) {
    // A column's cells were deleted down to the bottom of the sheet: put back as many.
    columnToBottom(sheet, gap.row, gap.col).insertCells(SpreadsheetApp.Dimension.COLUMNS);
  }
  const fills = new Map<string, CellRef[]>();
  const weights = new Map<string, CellRef[]>();
  const group = (groups: Map<string, CellRef[]>, key: string, cell: CellRef) => {
    const list = groups.get(key);
    if (list) list.push(cell);
    else groups.set(key, [cell]);
  };
  for (const cell of restore.cells) {
    if (cell.background !== undefined) group(fills, cell.background, cell);
    if (cell.fontWeight !== undefined) group(weights, cell.fontWeight, cell);
    if (cell.value === undefined && cell.note === undefined) continue;
    const range = sheet.getRange(cell.row, cell.col);
    if (cell.value !== undefined) {
      const value = cell.value;
      range.setValue(typeof value === 'string' ? literal(value) : value);
    }
    if (cell.note !== undefined) range.setNote(cell.note);
  }
  for (const [background, cells] of fills) {
    // null resets a cell's fill; the type declarations allow only strings.
    sheet
      .getRangeList(columnRuns(cells))
      .setBackground((background === NO_FILL ? null : background) as string);
  }
  for (const [weight, cells] of weights) {
    sheet.getRangeList(columnRuns(cells)).setFontWeight(weight === 'bold' ? 'bold' : 'normal');
  }
}
