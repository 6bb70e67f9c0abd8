// The check after writing into, or deleting, a row of a record sheet (Plan, Check-ins) that was
// found by content, and what to put back when it fails. Between the read and the write someone
// may insert, delete, sort or retype rows, and a cell has fixed coordinates: the write would land
// on whatever row moved into place. Pure: the adapter reads the sheet once after writing
// (`after`), with the cells it read before planning (`before`), and applies the result.
//
// What it aims at: nothing is lost, and the answer tells the truth. An edit that acted on the row
// meant stands, whatever the other person did around it just after; one that acted on another
// row is undone and refused. `before` and `after` are two readings with no order between: the
// difference is read as one edit of the other person's, before or after ours (two of theirs can
// read as something else), and where both orders read the same, the reading that loses nothing
// is taken.
//
// The rule, exactly:
// - A row is known by its IDENTITY: the texts (cellText, as the readers give them) of its cells
//   in the edit's `expect` columns, for a plan item its skill and action. The row an edit meant
//   has the expect cells' texts; its row in `before` is the written (or deleted) row.
// - writeRecordCells went right when the expect cells still read so in `after`, or when the row
//   of `after` with the meant identity nearest to the written row holds every value written and
//   at least one of them is not what that row held before: the write landed on it and the sheet
//   moved just after, for a write that lands elsewhere leaves the meant row as it was. A write
//   that changed nothing in the meant row cannot be told from one that missed it, and is judged
//   by the expect cells alone. Otherwise it breaks, and for each cell the edit wrote, in its
//   column:
//   (a) the row that now sits in the written row: its source in `before` is the row with the
//       same identity (the nearest to the written row when several have it, the upper on a
//       tie); with none, a row whose identity cells are all empty was inserted since and held
//       nothing (''), and any other row was edited in place (its skill or action retyped) and
//       its source is the written row itself. It gets back its source's value.
//   (b) the row meant, when it now sits elsewhere (the row of `after` with its identity nearest
//       to the written row), gets back the value the written row had in `before`: part of the
//       write may have landed on it before the sheet moved, and the refusal says nothing changed.
//   Only cells whose text differs from the value put back are listed, each cell once.
//   Cannot be told apart: the meant row's skill or action retyped just before the write or just
//   after it. It breaks and the old values go back (the retyped text stays): nothing is lost.
// - deleteRecordRow: the rows lost are counted by identity, before against after, the meant row
//   taken off first. It went right when the meant identity lost a row and no other lost row sat,
//   in `before`, in the gap between the sources of the rows now just above the deleted row and
//   at it: the row a delete takes sat there. A row's source is found as in (a), nearest to its
//   place once the meant row is gone; a row of `after` with an identity not in `before` was
//   retyped in place, and its source is that place. So the delete stands when the other person,
//   before it or after, deleted or retyped a row elsewhere, and when they sorted, moved or
//   inserted rows after it. It breaks when the meant identity lost no row (the delete took
//   another), or when a lost row sits in the gap. The row to re-insert is a row of `before`
//   whose identity lost a row (other than the meant one): the one right above the source of the
//   row now at the deleted row, else the one right below the source of the row now just above
//   it, else the nearest to the deleted row. With none lost, a row inserted since was taken, and
//   an empty row is re-inserted. It goes back at the deleted row, which is its place in the
//   sheet as it now stands: the rows there shift down.
//   Cannot be told apart, each read the way that loses nothing:
//   - The meant row and the one right below it gone: the other person deleted that row (just
//     before our delete or just after it), or deleted the meant row just before and ours took
//     the one below. It breaks and that row comes back: if they did delete it, their delete is
//     undone and the remove, though done, is refused; the other way the row would be lost.
//   - The last row removed while the other person deletes a row above it: ours takes the empty
//     row below the data, which reads as them dragging that row to the bottom and ours taking
//     it. It breaks (rightly: the meant row is still there) and the row comes back at the bottom.
//   - The meant row retyped just before our delete: unseen, it goes with their text, as it would
//     a moment later.
//   Rows with the same identity are told apart only by nearness.
// - Nothing is put back when the check passes.
// - Values go back as RecordWrite: a yyyy-MM-dd text as a day (the readers give a date cell as
//   that text), numbers as numbers, TRUE/FALSE as that text, an empty cell as ''.
import { cellText } from '../skill-name';
import type { Edit, ExpectedCell, RecordCellWrite } from '../types';
import { isIsoDay } from './dates';
import type { RecordCell, RecordWrite } from './types';

export type CheckedRecordEdit = Extract<Edit, { kind: 'writeRecordCells' | 'deleteRecordRow' }>;
type WriteEdit = Extract<CheckedRecordEdit, { kind: 'writeRecordCells' }>;
type DeleteEdit = Extract<CheckedRecordEdit, { kind: 'deleteRecordRow' }>;

export interface RecordPutBack {
  /** For a delete that took another row: insert one empty row before this row first. */
  insertRowBefore?: number;
  /** Then write these cells (for a re-inserted row: its cells with content, in that row). */
  cells: RecordCellWrite[];
}

/**
 * The expect cells that show the edit did not act on the row meant: for a write, those that no
 * longer read so after it (none when the row meant moved with the write on it); for a delete,
 * all of them when another row went (see the header). Empty when all is well.
 */
export function recordGuardBreaks(
  edit: CheckedRecordEdit,
  before: RecordCell[][],
  after: RecordCell[][],
): ExpectedCell[] {
  if (edit.kind === 'writeRecordCells') {
    const broken = edit.expect.filter((cell) => textAt(after, cell.row, cell.col) !== cell.text);
    return broken.length === 0 || movedWithWrite(edit, before, after) ? [] : broken;
  }
  return deleteWentRight(edit, before, after) ? [] : [...edit.expect];
}

/** What to write back so that no row but the one meant is changed (see the header). */
export function recordPutBack(
  edit: CheckedRecordEdit,
  before: RecordCell[][],
  after: RecordCell[][],
): RecordPutBack {
  if (recordGuardBreaks(edit, before, after).length === 0) return { cells: [] };
  return edit.kind === 'writeRecordCells'
    ? { cells: putBackWrites(edit, before, after) }
    : reinsertion(edit, before, after);
}

/** Whether the row meant, moved since, holds all the write and was changed by it. */
function movedWithWrite(edit: WriteEdit, before: RecordCell[][], after: RecordCell[][]): boolean {
  const cols = edit.expect.map((cell) => cell.col);
  const meant = identityOfEdit(edit);
  let changed = false;
  for (const { row, col, value } of edit.cells) {
    const moved = nearest(rowsWith(after, cols, meant), row);
    if (moved === null || textAt(after, moved, col) !== writtenText(value)) return false;
    if (textAt(before, row, col) !== writtenText(value)) changed = true;
  }
  return changed;
}

function putBackWrites(
  edit: WriteEdit,
  before: RecordCell[][],
  after: RecordCell[][],
): RecordCellWrite[] {
  const cols = edit.expect.map((cell) => cell.col);
  const meant = identityOfEdit(edit);
  const cells: RecordCellWrite[] = [];
  const put = (row: number, col: number, value: RecordCell) => {
    if (cells.some((c) => c.row === row && c.col === col)) return;
    if (textAt(after, row, col) === cellText(value)) return;
    cells.push({ row, col, value: asWrite(value) });
  };
  for (const { row, col } of edit.cells) {
    // (a) The row now in the written row gets back its own old value.
    const identity = identityOf(after, row, cols);
    const source = nearest(rowsWith(before, cols, identity), row);
    if (source !== null) put(row, col, cellAt(before, source, col));
    else if (cols.every((c) => textAt(after, row, c) === '')) put(row, col, '');
    else put(row, col, cellAt(before, row, col));
    // (b) The row meant, moved since: its old value too.
    const moved = nearest(rowsWith(after, cols, meant), row);
    if (moved !== null && moved !== row) put(moved, col, cellAt(before, row, col));
  }
  return cells;
}

function deleteWentRight(edit: DeleteEdit, before: RecordCell[][], after: RecordCell[][]): boolean {
  const cols = edit.expect.map((cell) => cell.col);
  const meant = identityOfEdit(edit);
  const lost = lostIdentities(edit, before, after);
  if (!lost.has(meant)) return false;
  // The meant row is one of its identity's lost rows; the others count as any row.
  const others = new Map(lost);
  if (lost.get(meant) === 1) others.delete(meant);
  else others.set(meant, (lost.get(meant) ?? 1) - 1);
  const over = sourceOf(edit, before, after, edit.row - 1);
  const under = sourceOf(edit, before, after, edit.row);
  for (let row = over + 1; row < under; row++) {
    if (row !== edit.row && others.has(identityOf(before, row, cols))) return false;
  }
  return true;
}

/**
 * The source in `before` of a row of `after`, for a delete at `edit.row`: the row with its
 * identity nearest to its place (the meant row gone), else that place (retyped in place or
 * inserted since). Above the sheet is row 0, below it the row after the last.
 */
function sourceOf(
  edit: DeleteEdit,
  before: RecordCell[][],
  after: RecordCell[][],
  row: number,
): number {
  if (row < 1) return 0;
  if (row > after.length) return before.length + 1;
  const cols = edit.expect.map((cell) => cell.col);
  const place = row < edit.row ? row : row + 1;
  return nearest(rowsWith(before, cols, identityOf(after, row, cols)), place) ?? place;
}

function reinsertion(
  edit: DeleteEdit,
  before: RecordCell[][],
  after: RecordCell[][],
): RecordPutBack {
  const cols = edit.expect.map((cell) => cell.col);
  const meant = identityOfEdit(edit);
  const lost = new Set([...lostIdentities(edit, before, after).keys()]);
  lost.delete(meant);
  const isLost = (row: number | null): row is number =>
    row !== null && row >= 1 && row <= before.length && lost.has(identityOf(before, row, cols));
  // The row taken sat right above the one that now fills its place, and right below the one
  // now just above that place.
  const under = sourceOf(edit, before, after, edit.row);
  const over = sourceOf(edit, before, after, edit.row - 1);
  const source =
    [under - 1, over + 1].find(isLost) ??
    nearest(
      [...lost].flatMap((identity) => rowsWith(before, cols, identity)).sort((a, b) => a - b),
      edit.row,
    );
  const cells: RecordCellWrite[] = [];
  if (source !== null) {
    (before[source - 1] ?? []).forEach((value, i) => {
      if (cellText(value) !== '') cells.push({ row: edit.row, col: i + 1, value: asWrite(value) });
    });
  }
  return { insertRowBefore: edit.row, cells };
}

/** The identities with fewer rows after than before, and by how many. */
function lostIdentities(
  edit: DeleteEdit,
  before: RecordCell[][],
  after: RecordCell[][],
): Map<string, number> {
  const cols = edit.expect.map((cell) => cell.col);
  const counts = new Map<string, number>();
  before.forEach((_, i) => {
    const identity = identityOf(before, i + 1, cols);
    counts.set(identity, (counts.get(identity) ?? 0) + 1);
  });
  after.forEach((_, i) => {
    const identity = identityOf(after, i + 1, cols);
    counts.set(identity, (counts.get(identity) ?? 0) - 1);
  });
  return new Map([...counts].filter(([, n]) => n > 0));
}

function identityOfEdit(edit: CheckedRecordEdit): string {
  return edit.expect.map((cell) => cell.text).join('\u0000');
}

function identityOf(cells: RecordCell[][], row: number, cols: number[]): string {
  return cols.map((col) => textAt(cells, row, col)).join('\u0000');
}

/** The rows (1-based) of `cells` with that identity, top to bottom. */
function rowsWith(cells: RecordCell[][], cols: number[], identity: string): number[] {
  const rows: number[] = [];
  cells.forEach((_, i) => {
    if (identityOf(cells, i + 1, cols) === identity) rows.push(i + 1);
  });
  return rows;
}

/** The row nearest to `row`, the upper on a tie; null when there is none. */
function nearest(rows: number[], row: number): number | null {
  let best: number | null = null;
  for (const r of rows) {
    if (best === null || Math.abs(r - row) < Math.abs(best - row)) best = r;
  }
  return best;
}

function cellAt(cells: RecordCell[][], row: number, col: number): RecordCell {
  return cells[row - 1]?.[col - 1] ?? null;
}

function textAt(cells: RecordCell[][], row: number, col: number): string {
  return cellText(cellAt(cells, row, col));
}

/** A written value's text as the readers would give it back. */
function writtenText(value: RecordWrite): string {
  return typeof value === 'object' ? value.day : cellText(value);
}

function asWrite(value: RecordCell): RecordWrite {
  if (value === null) return '';
  if (typeof value === 'number') return value;
  const text = cellText(value);
  return isIsoDay(text) ? { day: text } : text;
}
