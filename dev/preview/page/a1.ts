// A1 notation and rectangles, for the grid's selection.

import { a1, columnLetters, columnNumber } from '../../../src/core';

export { columnLetters };

export interface Cell {
  row: number;
  col: number;
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function cellA1(cell: Cell): string {
  return a1(cell.row, cell.col);
}

export function rectOf(a: Cell, b: Cell = a): Rect {
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

export function rectA1(rect: Rect): string {
  const start = cellA1({ row: rect.top, col: rect.left });
  if (rect.top === rect.bottom && rect.left === rect.right) return start;
  return `${start}:${cellA1({ row: rect.bottom, col: rect.right })}`;
}

export function contains(rect: Rect, cell: Cell): boolean {
  return (
    cell.row >= rect.top &&
    cell.row <= rect.bottom &&
    cell.col >= rect.left &&
    cell.col <= rect.right
  );
}

const CELL = /^([A-Z]+)(\d+)$/;

function parseCell(text: string): Cell | null {
  const m = CELL.exec(text.toUpperCase());
  if (!m) return null;
  return { row: Number(m[2]), col: columnNumber(m[1]!) };
}

/** "B2" or "B2:C4" (what the server reports as the selection); null for other forms. */
export function parseRect(a1: string): Rect | null {
  const [first, second] = a1.replace(/\$/g, '').split(':');
  const a = parseCell(first ?? '');
  const b = second === undefined ? a : parseCell(second);
  return a && b ? rectOf(a, b) : null;
}
