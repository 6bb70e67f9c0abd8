// The check after writing into, or deleting, a row of a record sheet (Plan, Check-ins) that was
// found by content, and what to put back when it fails. Between the read and the write someone
// may insert, delete or sort rows, and a cell has fixed coordinates: the write would land on
// whatever row moved into place. Pure: the adapter reads the sheet once after writing
// (`after`), with the cells it read before planning (`before`), and applies the result.
//
// The rule, exactly:
// - A row is known by its IDENTITY: the texts (cellText, as the readers give them) of its cells
//   in the edit's `expect` columns, for a plan item its skill and action. The row an edit meant
//   has the expect cells' texts.
// - writeRecordCells breaks when an expect cell no longer reads so in `after`.
//   To put back, for each cell the edit wrote, in its column:
//   (a) the row that now sits in the written row: its source in `before` is the row with the
//       same identity (the nearest to the written row when several have it, the upper on a
//       tie); with none, a row whose identity cells are all empty was inserted since and held
//       nothing (''), and any other row was edited in place (its skill or action retyped) and
//       its source is the written row itself. It gets back its source's value.
//   (b) the row meant, when it now sits elsewhere (the row of `after` with its identity nearest
//       to the written row), gets back the value the written row had in `before`: the write may
//       have landed right and the sheet moved just after, and the refusal says nothing changed.
//   Only cells whose text differs from the value put back are listed, each cell once.
// - deleteRecordRow went right when, counting the rows of each identity, exactly the meant
//   identity lost one row and no other identity lost any. Otherwise it breaks, and the row to
//   re-insert is a row of `before` whose identity lost a row (other than the meant one): the one
//   right above the source of the row that now sits at the deleted row, else the one right
//   below the source of the row now just above it (the row taken sat between those two), else
//   the nearest to the deleted row. Sources are found by identity as in (a). With none lost, a
//   row inserted since was taken, and an empty row is re-inserted. It goes back at the deleted
//   row, which is its place in the sheet as it now stands: the rows there shift down.
// - Nothing is put back when the check passes.
// - Values go back as RecordWrite: a yyyy-MM-dd text as a day (the readers give a date cell as
//   that text), numbers as numbers, TRUE/FALSE as that text, an empty cell as ''.
import { cellText } from '../skill-name';
import type { Edit, ExpectedCell, RecordCellWrite } from '../types';
import { isIsoDay } from './dates';
import type { RecordCell, RecordWrite } from './types';

export type CheckedRecordEdit = Extract<Edit, { kind: 'writeRecordCells' | 'deleteRecordRow' }>;

export interface RecordPutBack {
  /** For a delete that took another row: insert one empty row before this row first. */
  insertRowBefore?: number;
  /** Then write these cells (for a re-inserted row: its cells with content, in that row). */
  cells: RecordCellWrite[];
}

/**
 * The expect cells that show the edit did not act on the row meant: for a write, those that no
 * longer read so after it; for a delete, all of them when another row went (see the header).
 * Empty when all is well.
 */
export function recordGuardBreaks(
  edit: CheckedRecordEdit,
  before: RecordCell[][],
  after: RecordCell[][],
): ExpectedCell[] {
  if (edit.kind === 'writeRecordCells') {
    return edit.expect.filter((cell) => textAt(after, cell.row, cell.col) !== cell.text);
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

function putBackWrites(
  edit: Extract<CheckedRecordEdit, { kind: 'writeRecordCells' }>,
  before: RecordCell[][],
  after: RecordCell[][],
): RecordCellWrite[] {
  const cols = edit.expect.map((cell) => cell.col);
  const meant = edit.expect.map((cell) => cell.text).join('\u0000');
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

function deleteWentRight(
  edit: Extract<CheckedRecordEdit, { kind: 'deleteRecordRow' }>,
  before: RecordCell[][],
  after: RecordCell[][],
): boolean {
  const meant = edit.expect.map((cell) => cell.text).join('\u0000');
  const lost = lostIdentities(edit, before, after);
  return lost.size === 1 && lost.get(meant) === 1;
}

function reinsertion(
  edit: Extract<CheckedRecordEdit, { kind: 'deleteRecordRow' }>,
  before: RecordCell[][],
  after: RecordCell[][],
): RecordPutBack {
  const cols = edit.expect.map((cell) => cell.col);
  const meant = edit.expect.map((cell) => cell.text).join('\u0000');
  const lost = new Set([...lostIdentities(edit, before, after).keys()]);
  lost.delete(meant);
  const isLost = (row: number | null): row is number =>
    row !== null && row >= 1 && row <= before.length && lost.has(identityOf(before, row, cols));
  // The row taken sat right above the one that now fills its place, and right below the one
  // now just above that place.
  const sourceOf = (row: number): number | null =>
    row < 1 || row > after.length
      ? null
      : nearest(rowsWith(before, cols, identityOf(after, row, cols)), row);
  const under = sourceOf(edit.row);
  const over = sourceOf(edit.row - 1);
  const source =
    [under === null ? null : under - 1, over === null ? null : over + 1].find(isLost) ??
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
  edit: Extract<CheckedRecordEdit, { kind: 'deleteRecordRow' }>,
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

function asWrite(value: RecordCell): RecordWrite {
  if (value === null) return '';
  if (typeof value === 'number') return value;
  const text = cellText(value);
  return isIsoDay(text) ? { day: text } : text;
}
