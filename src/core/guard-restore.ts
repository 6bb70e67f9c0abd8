// Putting back what an action's write changed when the check after writing shows that the
// sheet moved under it (someone inserted, deleted or sorted between the check before writing
// and the write, or right after it). The values read after the write say where every cell
// went; the first read (values, fills, weights, and notes for note and delete actions) says
// what each held. Pure: the adapter applies the result.
import { NO_FILL } from './colour';
import { blockCells, valuesAfter, type Guard } from './guard';
import { cellText } from './skill-name';
import type { CellRef, CellValue, Edit, Grid } from './types';

/** What the first read of the action saw: the grid, and the notes when they were read. */
export interface FirstRead extends Grid {
  notes?: string[][];
}

export interface RestoreCell extends CellRef {
  /** The value as first read (a number stays a number). */
  value?: CellValue;
  background?: string;
  fontWeight?: string;
  note?: string;
}

export type Restore =
  /** The write landed right and the sheet moved only after it: keep it. */
  | { kind: 'keep' }
  | {
      kind: 'restore';
      /** A deleted cell or column segment to put back first (cells shifted down or right). */
      reinsert?: { row: number; col: number; numRows: number; shift: 'down' | 'right' };
      cells: RestoreCell[];
    };

/** A single structural change someone may have made: k rows or columns inserted or deleted. */
interface Move {
  axis: 'rows' | 'cols' | 'none';
  at: number;
  /** > 0 inserted, < 0 deleted. */
  by: number;
}

/** Where the cell now at `pos` was before the move; null for a cell the move inserted. */
function source(move: Move, pos: CellRef): CellRef | null {
  if (move.axis === 'none') return pos;
  const key = move.axis === 'rows' ? 'row' : 'col';
  const i = pos[key];
  if (i < move.at) return pos;
  if (move.by > 0) return i < move.at + move.by ? null : { ...pos, [key]: i - move.by };
  return { ...pos, [key]: i - move.by };
}

/** Whether the move deleted the cell that was at `pos`. */
function removedBy(move: Move, pos: CellRef): boolean {
  if (move.axis === 'none' || move.by > 0) return false;
  const i = move.axis === 'rows' ? pos.row : pos.col;
  return i >= move.at && i < move.at - move.by;
}

type Texts = (row: number, col: number) => string;

/** Cells each candidate move is first scored on, and how many of the best are then counted in full. */
const SAMPLE = 600;
const FINALISTS = 8;

function textsOf(values: CellValue[][]): Texts {
  return (row, col) => cellText(values[row - 1]?.[col - 1] ?? null);
}

/**
 * A cell holding text the add-on wrote, and the cells it wrote that text into: a move that puts
 * it back on one of them agrees with the write.
 */
export interface Anchor {
  pos: CellRef;
  /** `row,col` of each cell written with the text the anchor holds. */
  sources: ReadonlySet<string>;
}

/**
 * For each guard position, where its cell was before: the single insert or delete of up to 3
 * rows or columns that explains the most guard cells, then cells found by their text in the
 * same column (a sort), else the cell in place (a rename). Among moves that explain as many,
 * the one that takes the most `anchors` back to where their text was written: the ignored cells
 * the add-on wrote say the most about a move when little else on the sheet does (a lone header).
 */
export function track(
  before: Texts,
  after: Texts,
  positions: CellRef[],
  ignore: (pos: CellRef) => boolean = () => false,
  anchors: readonly Anchor[] = [],
): { move: Move; sourceOf: (pos: CellRef) => CellRef | null; misses: number } {
  // Loops, not spread arguments: a selection can hold more cells than a call takes arguments.
  let rows = 1;
  let cols = 1;
  for (const p of positions) {
    rows = Math.max(rows, p.row);
    cols = Math.max(cols, p.col);
  }
  const moves: Move[] = [{ axis: 'none', at: 1, by: 0 }];
  for (const by of [1, 2, 3, -1, -2, -3]) {
    for (let at = 1; at <= rows + 1; at++) moves.push({ axis: 'rows', at, by });
    for (let at = 1; at <= cols + 1; at++) moves.push({ axis: 'cols', at, by });
  }
  // Counting stops once a move is no better than the best so far: most candidates are wrong
  // within a few cells, so the search stays near-linear on a large table.
  const misses = (move: Move, limit: number, cells: readonly CellRef[]) => {
    let n = 0;
    for (const pos of cells) {
      if (ignore(pos)) continue;
      const src = source(move, pos);
      if (after(pos.row, pos.col) !== (src ? before(src.row, src.col) : '') && ++n >= limit) {
        return n;
      }
    }
    return n;
  };
  const astray = (move: Move) => {
    let n = 0;
    for (const { pos, sources } of anchors) {
      const src = source(move, pos);
      if (!src || !sources.has(`${src.row},${src.col}`)) n++;
    }
    return n;
  };
  let best = moves[0]!;
  let bestMisses = misses(best, Infinity, positions);
  let bestAstray = astray(best);
  if (bestMisses > 0 || bestAstray > 0) {
    // Thousands of candidate moves times every guarded cell is too slow on a large table (this
    // runs under the lock): score every move on an evenly spread sample first, then count only
    // the few best on every cell.
    const step = Math.max(1, Math.floor(positions.length / SAMPLE));
    const sample = positions.filter((_, i) => i % step === 0);
    const scored = moves
      .slice(1)
      .map((move) => ({ move, n: misses(move, Infinity, sample), a: astray(move) }));
    scored.sort((a, b) => a.n - b.n || a.a - b.a);
    for (const { move, a } of scored.slice(0, FINALISTS)) {
      if (bestMisses === 0 && bestAstray === 0) break;
      const n = misses(move, bestMisses + 1, positions);
      if (n < bestMisses || (n === bestMisses && a < bestAstray)) {
        [best, bestMisses, bestAstray] = [move, n, a];
      }
    }
  }
  // What the move leaves unexplained: match by text within the column (a sort moves cells up
  // and down their column), first come first served, as Sheets' sort is stable.
  const fixed = new Map<string, CellRef>();
  const used = new Set<string>();
  const wrong = positions.filter((pos) => {
    if (ignore(pos)) return false;
    const src = source(best, pos);
    const right = after(pos.row, pos.col) === (src ? before(src.row, src.col) : '');
    if (right && src) used.add(`${src.row},${src.col}`);
    return !right;
  });
  // The rows of each text in each column, top to bottom, built once per column asked about:
  // looking each wrong cell up row by row would be quadratic on a large table.
  const rowsOf = new Map<number, Map<string, number[]>>();
  const rowsByText = (col: number): Map<string, number[]> => {
    let index = rowsOf.get(col);
    if (!index) {
      index = new Map();
      for (let row = 1; row <= rows + 3; row++) {
        const text = before(row, col);
        const list = index.get(text);
        if (list) list.push(row);
        else index.set(text, [row]);
      }
      rowsOf.set(col, index);
    }
    return index;
  };
  for (const pos of wrong) {
    const text = after(pos.row, pos.col);
    const col = source(best, pos)?.col ?? pos.col;
    const candidates = text === '' ? [] : (rowsByText(col).get(text) ?? []);
    for (const row of candidates) {
      const key = `${row},${col}`;
      if (used.has(key)) continue;
      used.add(key);
      fixed.set(`${pos.row},${pos.col}`, { row, col });
      break;
    }
    // Not found by its text: the same cell, typed over (a rename).
    const inPlace = source(best, pos);
    if (!fixed.has(`${pos.row},${pos.col}`) && inPlace) used.add(`${inPlace.row},${inPlace.col}`);
  }
  // The ignored cells (where the add-on wrote, or a deleted gap) come from the cells of their
  // column that nothing else comes from, when that accounts for them all (after a sort, the
  // text there says nothing); else from where the move puts them.
  const byColumn = new Map<number, CellRef[]>();
  for (const pos of positions) {
    if (!ignore(pos)) continue;
    const col = source(best, pos)?.col ?? pos.col;
    const list = byColumn.get(col);
    if (list) list.push(pos);
    else byColumn.set(col, [pos]);
  }
  for (const [col, ignored] of byColumn) {
    const leftovers: CellRef[] = [];
    for (let row = 1; row <= rows + 3; row++) {
      const cell = { row, col };
      if (before(row, col) === '' || used.has(`${row},${col}`) || removedBy(best, cell)) continue;
      leftovers.push(cell);
    }
    if (leftovers.length !== ignored.length) continue;
    ignored.forEach((pos, i) => fixed.set(`${pos.row},${pos.col}`, leftovers[i]!));
  }
  return {
    move: best,
    misses: bestMisses,
    sourceOf: (pos) => fixed.get(`${pos.row},${pos.col}`) ?? source(best, pos),
  };
}
/**
 * What to write back after the check following the write found `guard` broken. `post` is the
 * values read after the write; `expected` the guard's texts as the write should have left them.
 */
export function restoreAfterMove(
  first: FirstRead,
  post: CellValue[][],
  edits: Edit[],
  guard: Guard,
): Restore {
  const before = textsOf(first.values);
  const after = textsOf(post);
  const removal = edits.find(
    (e): e is Extract<Edit, { kind: 'deleteCellShiftUp' | 'deleteColumnCells' }> =>
      e.kind === 'deleteCellShiftUp' || e.kind === 'deleteColumnCells',
  );
  // Up to three rows and columns past the area read, as far as a move can push a cell: a move
  // that puts content where the sheet now reads empty is then seen to be wrong. Without them a
  // one-cell table reads the same under "a row inserted above" as under "a column inserted to
  // its left", and the wrong one puts back an empty cell over what the write covered. (Putting
  // a deleted cell back pushes the cells after it one further, too.)
  const positions = trackedArea(first, post, guard, 3);
  if (removal) return restoreRemoval(first, before, after, positions, removal, edits);

  const written = new Set<string>();
  const touched: CellRef[] = [];
  const what = { value: false, background: false, fontWeight: false, note: false };
  for (const edit of edits) {
    if (edit.kind === 'writeText') {
      what.value = true;
      for (const line of edit.texts) for (const text of line) written.add(text);
      for (const cell of blockCells(edit.row, edit.col, edit.texts)) touched.push(cell);
    } else if (edit.kind === 'writeNotes') {
      what.note = true;
      for (const cell of blockCells(edit.row, edit.col, edit.notes)) touched.push(cell);
    } else if (edit.kind === 'format') {
      if (edit.background !== undefined) what.background = true;
      if (edit.fontWeight !== undefined) what.fontWeight = true;
      for (const cell of edit.cells) touched.push(cell);
    }
  }
  // Cells holding text the add-on just wrote are where its write landed, not hand edits.
  const ours = (pos: CellRef) => written.has(after(pos.row, pos.col));
  const seen = new Set(positions.map((p) => `${p.row},${p.col}`));
  const all = [...positions, ...touched.filter((t) => !seen.has(`${t.row},${t.col}`))];
  const tracked = track(before, after, all, ours, anchorsOf(edits, all, after, ours));
  // A fill, bold or note write leaves the text visible: if the move left every cell it touched
  // where it was, holding what it held, the write landed on the cells meant, whichever came
  // first (a row inserted below them, say), and is kept. A text write hides what it covered,
  // so it is never kept this way.
  const inPlace =
    !what.value &&
    touched.every((t) => {
      const src = tracked.sourceOf(t);
      if (!src || src.row !== t.row || src.col !== t.col) return false;
      return after(t.row, t.col) === before(t.row, t.col);
    });
  if (inPlace) return { kind: 'keep' };
  // Where the targets are now: their new positions, found by looking where each one's source is.
  const now = new Map<string, CellRef>();
  for (const pos of all) {
    const src = tracked.sourceOf(pos);
    if (src) now.set(`${src.row},${src.col}`, pos);
  }
  const places = new Map<string, CellRef>();
  for (const t of touched) {
    places.set(`${t.row},${t.col}`, t);
    const moved = now.get(`${t.row},${t.col}`);
    if (moved) places.set(`${moved.row},${moved.col}`, moved);
  }
  const cells: RestoreCell[] = [];
  for (const pos of places.values()) {
    const src = tracked.sourceOf(pos);
    const cell: RestoreCell = { row: pos.row, col: pos.col };
    if (what.value && ours(pos)) cell.value = at(first.values, src, '');
    if (what.background) cell.background = at(first.backgrounds, src, NO_FILL);
    if (what.fontWeight) cell.fontWeight = at(first.fontWeights, src, 'normal');
    if (what.note) cell.note = at(first.notes ?? [], src, '');
    cells.push(cell);
  }
  return { kind: 'restore', cells };
}

/** Each cell holding text the edits wrote, with the cells they wrote that text into. */
function anchorsOf(
  edits: Edit[],
  positions: CellRef[],
  after: Texts,
  ours: (pos: CellRef) => boolean,
): Anchor[] {
  const cellsOf = new Map<string, Set<string>>();
  for (const edit of edits) {
    if (edit.kind !== 'writeText') continue;
    edit.texts.forEach((line, i) =>
      line.forEach((text, j) => {
        const key = cellText(text);
        const cells = cellsOf.get(key) ?? new Set<string>();
        cells.add(`${edit.row + i},${edit.col + j}`);
        cellsOf.set(key, cells);
      }),
    );
  }
  const anchors: Anchor[] = [];
  for (const pos of positions) {
    if (!ours(pos)) continue;
    const sources = cellsOf.get(after(pos.row, pos.col));
    if (sources) anchors.push({ pos, sources });
  }
  return anchors;
}

function restoreRemoval(
  first: FirstRead,
  before: Texts,
  after: Texts,
  positions: CellRef[],
  removal: Extract<Edit, { kind: 'deleteCellShiftUp' | 'deleteColumnCells' }>,
  edits: Edit[],
): Restore {
  // The deletion went right and someone moved things only after it: a move then explains
  // the whole sheet as it should be after the deletion.
  const shouldBe = textsOf(valuesAfter(first.values, edits));
  const later = track(shouldBe, after, positions);
  // ...unless that later move deleted the target's own row or column: then "the deletion went
  // right, then someone deleted the same place" and "someone deleted it first, and the deletion
  // took the next one" read the same, and only putting back keeps what nobody meant to remove.
  const target = {
    row: removal.kind === 'deleteCellShiftUp' ? removal.row : removal.fromRow,
    col: removal.col,
  };
  if (later.misses === 0 && later.move.axis !== 'none' && !removedBy(later.move, target)) {
    return { kind: 'keep' };
  }
  // Otherwise the deletion took another cell: put a gap back where it was and find whose it was.
  const up = removal.kind === 'deleteCellShiftUp';
  const gap = up
    ? { row: removal.row, col: removal.col, numRows: 1 }
    : { row: removal.fromRow, col: removal.col, numRows: removal.toRow - removal.fromRow + 1 };
  const inGap = (row: number, col: number) =>
    up
      ? col === gap.col && row === gap.row
      : col === gap.col && row >= gap.row && row < gap.row + gap.numRows;
  const widened: Texts = (row, col) => {
    if (inGap(row, col)) return '';
    if (up && col === gap.col && row > gap.row) return after(row - 1, col);
    if (!up && col > gap.col && row >= gap.row && row < gap.row + gap.numRows) {
      return after(row, col - 1);
    }
    return after(row, col);
  };
  const cellsOfGap: CellRef[] = Array.from({ length: gap.numRows }, (_, i) => ({
    row: gap.row + i,
    col: gap.col,
  }));
  const tracked = track(before, widened, positions, (p) => inGap(p.row, p.col));
  // The cells deleted were those the move had put in the gap.
  const cells = cellsOfGap.map((pos): RestoreCell => {
    const src = tracked.sourceOf(pos);
    const cell: RestoreCell = {
      ...pos,
      value: at(first.values, src, ''),
      background: at(first.backgrounds, src, NO_FILL),
      fontWeight: at(first.fontWeights, src, 'normal'),
    };
    if (first.notes) cell.note = at(first.notes, src, '');
    return cell;
  });
  return {
    kind: 'restore',
    reinsert: { ...gap, shift: up ? 'down' : 'right' },
    cells,
  };
}

/** Most tables are small: track every cell of the area read, so that a row move is judged by
 * all columns; on a large one, the guard's cells, so the search stays quick. */
const WHOLE_AREA_CELLS = 5000;

function trackedArea(
  first: FirstRead,
  post: CellValue[][],
  guard: Guard,
  margin: number,
): CellRef[] {
  const rows = Math.max(first.values.length, post.length) + margin;
  const cols = Math.max(first.values[0]?.length ?? 0, post[0]?.length ?? 0) + margin;
  const cells = guard.cells.map(({ row, col }) => ({ row, col }));
  if (rows * cols > WHOLE_AREA_CELLS) return cells;
  const seen = new Set(cells.map((c) => `${c.row},${c.col}`));
  for (let row = 1; row <= rows; row++) {
    for (let col = 1; col <= cols; col++) {
      if (!seen.has(`${row},${col}`)) cells.push({ row, col });
    }
  }
  return cells;
}

function at<T>(layer: T[][], pos: CellRef | null, blank: T): T {
  if (!pos) return blank;
  return layer[pos.row - 1]?.[pos.col - 1] ?? blank;
}
