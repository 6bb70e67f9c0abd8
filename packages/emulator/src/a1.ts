// A1 notation: column letters, cell and range references.
// https://developers.google.com/sheets/api/guides/concepts#cell (A1 notation)

import { a1 as cellA1, columnLetters, columnNumber } from '../../../src/core/a1';

/** A rectangle on a sheet, 1-based and inclusive, like Apps Script's getRow()/getColumn(). */
export interface Rect {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

// Column letters and cell names are the add-on's own (src/core/a1.ts). parseA1 below stays the
// emulator's: it reads a range as Sheets does, bounded by the sheet and with reversed corners
// allowed, where the add-on's parseA1Range reads only what getA1Notation() returns.
export { cellA1, columnLetters, columnNumber };

/** "B2" for one cell, "B2:C4" otherwise (Range.getA1Notation). */
export function rectA1(rect: Rect): string {
  const start = cellA1(rect.row, rect.col);
  if (rect.numRows === 1 && rect.numCols === 1) return start;
  return `${start}:${cellA1(rect.row + rect.numRows - 1, rect.col + rect.numCols - 1)}`;
}

/** Every cell of a rectangle in reading order, as A1 strings (for the write log). */
export function rectCells(rect: Rect): string[] {
  const out: string[] = [];
  for (let r = 0; r < rect.numRows; r++) {
    for (let c = 0; c < rect.numCols; c++) out.push(cellA1(rect.row + r, rect.col + c));
  }
  return out;
}

const PART = /^([A-Za-z]*)(\d*)$/;

/**
 * Parses "B2", "B2:C4", "A:C" (whole columns), "2:4" (whole rows) and "B2:B" (open-ended),
 * bounded by the sheet's size. Returns null for anything else (the caller throws Apps Script's
 * "Range not found"). Reversed corners ("C4:B2") are normalised, as Sheets does.
 */
export function parseA1(a1: string, maxRows: number, maxCols: number): Rect | null {
  const text = a1.trim().replace(/\$/g, '');
  if (text === '' || text.includes('!')) return null;
  const halves = text.split(':');
  if (halves.length > 2) return null;
  const parts = halves.map((h) => PART.exec(h));
  if (parts.some((p) => p === null)) return null;
  const ends = (parts as RegExpExecArray[]).map((p) => ({
    col: p[1] ? columnNumber(p[1]) : undefined,
    row: p[2] ? Number(p[2]) : undefined,
  }));
  if (ends.some((e) => e.col === undefined && e.row === undefined)) return null;
  const first = ends[0]!;
  const last = ends[1] ?? first;
  if (halves.length === 1 && (first.col === undefined || first.row === undefined)) return null;
  // Whole rows ("2:4") have no letters; whole columns ("A:C") no digits.
  const r1 = first.row ?? 1;
  const c1 = first.col ?? 1;
  const r2 = last.row ?? (first.row === undefined || last.col !== undefined ? maxRows : r1);
  const c2 = last.col ?? (first.col === undefined ? maxCols : c1);
  if (first.col === undefined && last.col !== undefined) return null;
  if (first.row !== undefined && first.col === undefined && last.row === undefined) return null;
  if (r1 < 1 || c1 < 1 || r2 < 1 || c2 < 1) return null;
  const top = Math.min(r1, r2);
  const left = Math.min(c1, c2);
  return {
    row: top,
    col: left,
    numRows: Math.max(r1, r2) - top + 1,
    numCols: Math.max(c1, c2) - left + 1,
  };
}
