// Cells that look empty but are not. A cell an action writes into or deletes because it reads as
// empty may hold a formula that shows nothing, only spaces or invisible characters, a note or a
// fill. None of that is overwritten or deleted without being named in a question first
// (consent.ts). Finding it costs reads, so only the cells the edits target are looked at, and
// only what the first read of the grid cannot tell (docs/design.md §3.6).
import { a1 } from './a1';
import { NO_FILL } from './colour';
import { requireConsent, type AtRisk } from './consent';
import type { Plan } from './plans/plan';
import { cellText } from './skill-name';
import type { CellRef, Edit, Grid } from './types';

/** The rectangle to read around the targets, and which layers of it. */
export interface Probe {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
  /**
   * The rectangle goes on to the bottom of the sheet (a remove deletes its column that far, so
   * a note or fill below the table would go too); `numRows` then covers only the grid.
   */
  toBottom: boolean;
  /** Inside the grid a formula may show nothing; beyond it there is no formula (no content). */
  formulas: boolean;
  /** Notes are not in the grid's read (unless the action read them already). */
  notes: boolean;
  /** Inside the grid the fills are known; beyond it they are not. */
  backgrounds: boolean;
}

/** What the probe read: each layer asked for, from the probe's top left corner. */
export interface ProbeRead {
  formulas?: string[][];
  notes?: string[][];
  backgrounds?: string[][];
}

/** The cells an action's edits write into or delete that read as empty. */
export interface BlankTargets {
  cells: CellRef[];
  /** A column deleted down to the bottom of the sheet: its cells below the grid are targets too. */
  toBottom: { col: number; fromRow: number } | null;
}

/** The cells the edits write text or notes into, or delete, that read as empty in the grid. */
export function blankTargets(grid: Grid, edits: readonly Edit[]): BlankTargets {
  const cells = new Map<string, CellRef>();
  let toBottom: BlankTargets['toBottom'] = null;
  const add = (row: number, col: number) => {
    if (cellText(grid.values[row - 1]?.[col - 1] ?? null) === '') {
      cells.set(`${row},${col}`, { row, col });
    }
  };
  for (const edit of edits) {
    if (edit.kind === 'writeText' || edit.kind === 'writeNotes') {
      const block = edit.kind === 'writeText' ? edit.texts : edit.notes;
      block.forEach((line, r) => line.forEach((_, c) => add(edit.row + r, edit.col + c)));
    } else if (edit.kind === 'deleteColumnCells') {
      // The delete goes to the bottom of the sheet (src/server/adapter/apply-edits.ts).
      const last = Math.max(edit.toRow, grid.values.length);
      for (let row = edit.fromRow; row <= last; row++) add(row, edit.col);
      toBottom = { col: edit.col, fromRow: edit.fromRow };
    }
  }
  return { cells: [...cells.values()], toBottom };
}

/**
 * One rectangle over the targets and the layers to read in it: formulas where it overlaps the
 * grid, fills where it goes beyond, notes unless `notes` (the grid's, read already) covers it.
 * Null when there is no target. Each layer is one read over the rectangle (readProbe in
 * src/server/adapter/facts.ts): at most two when the targets lie all inside the grid (formulas,
 * and notes unless read already) or all beyond it (notes and fills), three when they straddle its
 * edge, as a remove does whose column has gaps. To size a rectangle that goes beyond the grid or
 * to the bottom, the adapter also asks the sheet's size (getMaxRows, getMaxColumns): geometry, no
 * cell is read.
 */
export function probeOf(grid: Grid, targets: BlankTargets, notes?: string[][]): Probe | null {
  const { cells, toBottom } = targets;
  if (cells.length === 0 && !toBottom) return null;
  const height = grid.values.length;
  const width = grid.values[0]?.length ?? 0;
  const corners = toBottom
    ? [...cells, { row: Math.max(toBottom.fromRow, height + 1), col: toBottom.col }]
    : cells;
  // A loop, not Math.min(...): a removed column may have thousands of empty cells.
  let [row, col, lastRow, lastCol] = [Infinity, Infinity, 0, 0];
  for (const t of corners) {
    row = Math.min(row, t.row);
    col = Math.min(col, t.col);
    lastRow = Math.max(lastRow, t.row);
    lastCol = Math.max(lastCol, t.col);
  }
  const inside = cells.some((t) => t.row <= height && t.col <= width);
  const beyond = !!toBottom || lastRow > height || lastCol > width;
  return {
    row,
    col,
    numRows: lastRow - row + 1,
    numCols: lastCol - col + 1,
    toBottom: !!toBottom,
    formulas: inside,
    notes: !notes || beyond,
    backgrounds: beyond,
  };
}

/** What a cell that reads as empty may hold, as the question words it. */
export const HIDDEN_KINDS = {
  formula: 'a formula that shows nothing',
  spaces: 'only spaces',
  invisible: 'only spaces or invisible characters',
  note: 'a note',
  fill: 'a fill',
} as const;

export type HiddenKind = (typeof HIDDEN_KINDS)[keyof typeof HIDDEN_KINDS];

/** The kinds in the order the question counts them: content first, a fill last. */
const KIND_ORDER: readonly HiddenKind[] = Object.values(HIDDEN_KINDS);

/** A target that holds something, with what: for the question and its token. */
export interface Hidden extends AtRisk {
  /** "a formula that shows nothing", "a note", ... in the order of HIDDEN_KINDS. */
  what: HiddenKind[];
}

/** The targets that hold something although they read as empty. */
export function hiddenContent(
  grid: Grid,
  targets: BlankTargets,
  probe: Probe,
  read: ProbeRead,
  notes?: string[][],
): Hidden[] {
  const hidden: Hidden[] = [];
  const cells = [...targets.cells];
  if (targets.toBottom) {
    // Below the grid, as far as the read went (the bottom of the sheet).
    const readRows = Math.max(read.notes?.length ?? 0, read.backgrounds?.length ?? 0);
    const from = Math.max(targets.toBottom.fromRow, grid.values.length + 1);
    for (let row = from; row < probe.row + readRows; row++) {
      cells.push({ row, col: targets.toBottom.col });
    }
  }
  for (const { row, col } of cells) {
    const r = row - probe.row;
    const c = col - probe.col;
    const value = grid.values[row - 1]?.[col - 1];
    const formula = read.formulas?.[r]?.[c] ?? '';
    const note = read.notes?.[r]?.[c] ?? notes?.[row - 1]?.[col - 1] ?? '';
    const fill = (
      read.backgrounds?.[r]?.[c] ??
      grid.backgrounds[row - 1]?.[col - 1] ??
      NO_FILL
    ).toLowerCase();
    const what: HiddenKind[] = [];
    if (formula !== '') what.push(HIDDEN_KINDS.formula);
    else if (typeof value === 'string' && value !== '') {
      // Reads as empty: whitespace, or characters that show nothing (zero-width, ...) too.
      what.push(value.trim() === '' ? HIDDEN_KINDS.spaces : HIDDEN_KINDS.invisible);
    }
    if (note !== '') what.push(HIDDEN_KINDS.note);
    if (fill !== NO_FILL) what.push(HIDDEN_KINDS.fill);
    if (what.length === 0) continue;
    const cell = a1(row, col);
    hidden.push({ cell, what, content: JSON.stringify([formula, value ?? '', note, fill]) });
  }
  return hidden;
}

/**
 * "C7 holds a formula that shows nothing; C8 holds a note and a fill": five cells, then how many
 * more of each kind, "and 40 more: 2 with a note, 40 with a fill" (a cell may count under two
 * kinds). Cells that hold content (a formula, spaces or invisible characters, a note) are named
 * before those that hold only a fill, so a note far down a filled column is named, not counted
 * among the fills. Two buckets and one count, no sort: a removed column may have a million cells.
 * The token (requireBlankConsent) covers every cell, named or counted.
 */
export function hiddenList(hidden: readonly Hidden[], shown = 5): string {
  const words = (what: readonly string[]) =>
    what.length === 1 ? what[0]! : `${what.slice(0, -1).join(', ')} and ${what[what.length - 1]}`;
  const content: Hidden[] = [];
  const fillOnly: Hidden[] = [];
  for (const h of hidden) {
    (h.what.length === 1 && h.what[0] === HIDDEN_KINDS.fill ? fillOnly : content).push(h);
  }
  const ordered = content.length === 0 ? fillOnly : content.concat(fillOnly);
  // One cell more is named rather than counted.
  const named = ordered.length <= shown + 1 ? ordered.length : shown;
  const parts = ordered.slice(0, named).map((h) => `${h.cell} holds ${words(h.what)}`);
  const more = ordered.length - named;
  if (more === 0) return parts.join('; ');
  const counts = new Map<HiddenKind, number>();
  for (let i = named; i < ordered.length; i++) {
    for (const kind of ordered[i]!.what) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  const kinds = KIND_ORDER.filter((kind) => counts.has(kind));
  const summary =
    kinds.length === 1
      ? ` with ${kinds[0]!}`
      : `: ${kinds.map((kind) => `${counts.get(kind)!} with ${kind}`).join(', ')}`;
  return `${parts.join('; ')}; and ${more} more${summary}`;
}

/**
 * Goes ahead when no target holds anything, or with consent to exactly what `hidden` names;
 * otherwise asks, naming each cell and what it holds.
 */
export function requireBlankConsent(
  hidden: readonly Hidden[],
  consent: string | null,
  plan: Plan,
): void {
  if (hidden.length === 0) return;
  const deletes = plan.edits.some((e) => e.kind === 'deleteColumnCells');
  const { doing, label } = plan.overwrite ?? { doing: 'This', label: 'Go ahead' };
  const [them, they] = hidden.length === 1 ? ['it', 'it looks'] : ['them', 'they look'];
  const what = deletes
    ? `would delete ${them}: move what you want to keep first`
    : `would write into ${them}: clear ${them} first`;
  requireConsent(
    hidden,
    consent,
    `${hiddenList(hidden)}, though ${they} empty. ${doing} ${what}, or ${label.toLowerCase()}.`,
    label,
  );
}
