// The guard: what an action's edits depend on, so that the write can be checked against the
// sheet as it is at that moment. In the live conversation the other person may insert or delete
// a row or column, sort or rename between the add-on's read and its write; cell coordinates do
// not follow them, so the edit would land on another cell. The guard lists cells with the text
// each held in the read; the adapter reads the values once right before writing and once after,
// and the core compares. Pure data and pure functions: no service is called here.
import { applyToGrid } from './grid-edits';
import { cellText } from './skill-name';
import type { CellRef, CellValue, Edit, Grid, Table } from './types';
import { UserError } from './errors';
import { NO_FILL } from './colour';

export interface GuardCell extends CellRef {
  /** The cell's text in the read (as `cellText` gives it; '' for an empty cell). */
  text: string;
}

export interface Guard {
  cells: GuardCell[];
  /** What the action acts on, for the refusal: "‘Hiring’ under ‘Founder’". */
  what: string;
}

/**
 * The guard of a list of edits to the dreams sheet, or null when they change nothing there.
 *
 * For each cell an edit targets: its whole column from row 1 down to the table's last row, and
 * the whole header row from column A to the last column. A row inserted or deleted above the
 * target, or a column inserted or deleted to its left, changes at least one of those texts
 * (a shifted column or row that reads exactly the same would have to repeat itself down to its
 * last non-empty cell, and that cell then differs from the blank after it). A sort of the column,
 * or a rename of the target, changes the column's texts too. A deleted column segment guards its
 * whole rectangle, one row and one column past the content, since everything in it shifts.
 */
export function guardOf(table: Table, grid: Grid, edits: Edit[]): Guard | null {
  const targets = editTargets(edits);
  if (targets.length === 0) return null;
  const headerRow = table.headerRow ?? 1;
  const cells = new Map<string, GuardCell>();
  const add = (row: number, col: number) => {
    const key = `${row},${col}`;
    if (!cells.has(key))
      cells.set(key, { row, col, text: cellText(grid.values[row - 1]?.[col - 1] ?? null) });
  };
  let lastCol = table.lastCol;
  for (const t of targets) lastCol = Math.max(lastCol, t.col + (t.shifts ? 1 : 0));
  for (let c = 1; c <= lastCol; c++) add(headerRow, c);
  // How far down each column is guarded already: a whole-table selection has a target in every
  // cell, and walking each one's column again would be quadratic.
  const guardedTo = new Map<number, number>();
  for (const t of targets) {
    const lastRow = Math.max(table.lastRow + (t.shifts ? 1 : 0), t.row);
    const done = guardedTo.get(t.col) ?? 0;
    for (let r = done + 1; r <= lastRow; r++) add(r, t.col);
    if (lastRow > done) guardedTo.set(t.col, lastRow);
    if (t.shifts === 'left') {
      // From the segment's first row: a dream's column goes from row 1, so the cells above the
      // header that move left are guarded too (text typed there would shift with them).
      for (let c = t.col + 1; c <= table.lastCol + 1; c++) {
        for (let r = Math.min(headerRow, t.row); r <= table.lastRow + 1; r++) add(r, c);
      }
    }
  }
  return { cells: [...cells.values()], what: describe(table, targets[0]!) };
}

/** The cells of a block written from `row`, `col`, one per entry of `block`. */
export function blockCells(row: number, col: number, block: readonly unknown[][]): CellRef[] {
  const cells: CellRef[] = [];
  block.forEach((line, i) => line.forEach((_, j) => cells.push({ row: row + i, col: col + j })));
  return cells;
}

interface Target extends CellRef {
  /** The cells around it move with the edit: below it up, or to its right left. */
  shifts?: 'up' | 'left';
}

function editTargets(edits: Edit[]): Target[] {
  const targets: Target[] = [];
  for (const edit of edits) {
    switch (edit.kind) {
      case 'writeText':
        for (const cell of blockCells(edit.row, edit.col, edit.texts)) targets.push(cell);
        break;
      case 'writeNotes':
        for (const cell of blockCells(edit.row, edit.col, edit.notes)) targets.push(cell);
        break;
      case 'format':
        for (const cell of edit.cells) targets.push(cell);
        break;
      case 'deleteCellShiftUp':
        targets.push({ row: edit.row, col: edit.col, shifts: 'up' });
        break;
      case 'deleteColumnCells':
        targets.push({ row: edit.fromRow, col: edit.col, shifts: 'left' });
        break;
      case 'writeSheet':
      case 'appendRecordRows':
      case 'writeRecordCells':
      case 'deleteRecordRow':
        // Other sheets: the dreams guard has nothing to check.
        break;
    }
  }
  return targets;
}

function describe(table: Table, target: CellRef): string {
  for (const dream of table.dreams) {
    if (dream.col !== target.col) continue;
    if (target.row === table.headerRow) return `The dream ‘${dream.name}’`;
    const skill = dream.skills.find((s) => s.row === target.row);
    if (skill) return `‘${skill.name}’ under ‘${dream.name}’`;
    return `The column of ‘${dream.name}’`;
  }
  return 'The place the add-on was about to write';
}

/** The guard's cells whose text differs in `values` (a read of the sheet from A1). */
export function guardBreaks(guard: Guard, values: CellValue[][]): GuardCell[] {
  return guard.cells.filter((c) => cellText(values[c.row - 1]?.[c.col - 1] ?? null) !== c.text);
}

/** The guard's cells with the texts they should hold once the edits are applied. */
export function guardAfter(guard: Guard, values: CellValue[][], edits: Edit[]): Guard {
  const after = valuesAfter(values, edits);
  return {
    what: guard.what,
    cells: guard.cells.map((c) => ({
      ...c,
      text: cellText(after[c.row - 1]?.[c.col - 1] ?? null),
    })),
  };
}

/** The values as the edits leave them, computed in memory. */
export function valuesAfter(values: CellValue[][], edits: Edit[]): CellValue[][] {
  const blank = <T>(v: T) => values.map((row) => row.map(() => v));
  const grid: Grid = { values, backgrounds: blank(NO_FILL), fontWeights: blank('normal') };
  return applyToGrid(grid, edits).values;
}

/** The refusal when the guard does not hold: nothing (or nothing any more) is changed. */
export function movedMeanwhile(guard: Guard): UserError {
  return new UserError(
    `${guard.what} moved while you clicked (someone edited the sheet). Nothing was changed; ` +
      'the list is refreshed, try again.',
    'changed',
  );
}
