// The shared state of one sheet: a sparse map of cells plus the sheet's size and settings.
// Every emulated user sees the same SheetData; what differs per user (active sheet, selection)
// lives in the user's scope.

import type { Rect } from './a1';
import type { Content } from './values';

export interface Cell {
  content?: Content;
  /** '#rrggbb', or undefined for no fill. */
  background?: string;
  bold?: boolean;
  note?: string;
}

/** A new sheet in Sheets: 1000 rows by 26 columns (A-Z). */
export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;

function isBlank(cell: Cell): boolean {
  return !cell.content && !cell.background && !cell.bold && !cell.note;
}

export class SheetData {
  /** row -> column -> cell; only cells with some state are stored. */
  private rows = new Map<number, Map<number, Cell>>();
  frozenRows = 0;
  readonly columnWidths = new Map<number, number>();
  /** Conditional formatting rules, each as the A1 ranges it applies to. */
  conditionalFormats: string[][] = [];
  deleted = false;

  constructor(
    public name: string,
    readonly id: number,
    public maxRows = DEFAULT_ROWS,
    public maxCols = DEFAULT_COLUMNS,
  ) {}

  get(row: number, col: number): Cell | undefined {
    return this.rows.get(row)?.get(col);
  }

  /** Applies `change` to a copy of the cell and stores the result (dropping blank cells). */
  update(row: number, col: number, change: (cell: Cell) => void): void {
    const cell: Cell = { ...(this.get(row, col) ?? {}) };
    change(cell);
    this.put(row, col, cell);
  }

  put(row: number, col: number, cell: Cell | undefined): void {
    let line = this.rows.get(row);
    if (!cell || isBlank(cell)) {
      line?.delete(col);
      if (line && line.size === 0) this.rows.delete(row);
      return;
    }
    if (!line) {
      line = new Map();
      this.rows.set(row, line);
    }
    line.set(col, cell);
  }

  /** Every stored cell as [row, col, cell]. */
  entries(): Array<[number, number, Cell]> {
    const out: Array<[number, number, Cell]> = [];
    for (const [r, line] of this.rows) for (const [c, cell] of line) out.push([r, c, cell]);
    return out;
  }

  /** Last row / column holding a value or formula (formatting alone does not count). */
  lastContentRow(): number {
    let last = 0;
    for (const [r, , cell] of this.entries()) if (cell.content && r > last) last = r;
    return last;
  }

  lastContentColumn(): number {
    let last = 0;
    for (const [, c, cell] of this.entries()) if (cell.content && c > last) last = c;
    return last;
  }

  /** Rebuilds the map with every cell moved by `move` (undefined drops the cell). */
  private remap(move: (row: number, col: number) => [number, number] | undefined): void {
    const old = this.entries();
    this.rows = new Map();
    for (const [r, c, cell] of old) {
      const to = move(r, c);
      if (to) this.put(to[0], to[1], cell);
    }
  }

  insertRows(before: number, count: number): void {
    this.remap((r, c) => [r >= before ? r + count : r, c]);
    this.maxRows += count;
  }

  deleteRows(first: number, count: number): void {
    this.remap((r, c) => (r < first ? [r, c] : r < first + count ? undefined : [r - count, c]));
    this.maxRows -= count;
    if (this.frozenRows >= first) this.frozenRows = Math.max(first - 1, this.frozenRows - count);
  }

  insertColumns(before: number, count: number): void {
    this.remap((r, c) => [r, c >= before ? c + count : c]);
    const widths = [...this.columnWidths];
    this.columnWidths.clear();
    for (const [c, w] of widths) this.columnWidths.set(c >= before ? c + count : c, w);
    this.maxCols += count;
  }

  deleteColumns(first: number, count: number): void {
    this.remap((r, c) => (c < first ? [r, c] : c < first + count ? undefined : [r, c - count]));
    const widths = [...this.columnWidths];
    this.columnWidths.clear();
    for (const [c, w] of widths) {
      if (c < first) this.columnWidths.set(c, w);
      else if (c >= first + count) this.columnWidths.set(c - count, w);
    }
    this.maxCols -= count;
  }

  /** Range.deleteCells(ROWS): cells below the rectangle, in its columns, move up. */
  deleteCellsShiftUp(rect: Rect): void {
    const lastCol = rect.col + rect.numCols - 1;
    const lastRow = rect.row + rect.numRows - 1;
    this.remap((r, c) => {
      if (c < rect.col || c > lastCol || r < rect.row) return [r, c];
      if (r <= lastRow) return undefined;
      return [r - rect.numRows, c];
    });
  }

  /** Range.deleteCells(COLUMNS): cells right of the rectangle, in its rows, move left. */
  deleteCellsShiftLeft(rect: Rect): void {
    const lastCol = rect.col + rect.numCols - 1;
    const lastRow = rect.row + rect.numRows - 1;
    this.remap((r, c) => {
      if (r < rect.row || r > lastRow || c < rect.col) return [r, c];
      if (c <= lastCol) return undefined;
      return [r, c - rect.numCols];
    });
  }

  /** Range.insertCells(ROWS): the rectangle's cells, and those below it in its columns, move down. */
  insertCellsShiftDown(rect: Rect): void {
    const lastCol = rect.col + rect.numCols - 1;
    this.remap((r, c) =>
      c < rect.col || c > lastCol || r < rect.row ? [r, c] : [r + rect.numRows, c],
    );
  }

  /** Range.insertCells(COLUMNS): the rectangle's cells, and those right of it in its rows, move right. */
  insertCellsShiftRight(rect: Rect): void {
    const lastRow = rect.row + rect.numRows - 1;
    this.remap((r, c) =>
      r < rect.row || r > lastRow || c < rect.col ? [r, c] : [r, c + rect.numCols],
    );
  }

  /** Replaces the rows of `rect` (within its columns) in the order given by `order` (row numbers). */
  reorderRows(rect: Rect, order: number[]): void {
    const saved = order.map((fromRow) => {
      const line: Array<Cell | undefined> = [];
      for (let c = 0; c < rect.numCols; c++) line.push(this.get(fromRow, rect.col + c));
      return line;
    });
    saved.forEach((line, i) => {
      line.forEach((cell, c) => this.put(rect.row + i, rect.col + c, cell));
    });
  }
}
