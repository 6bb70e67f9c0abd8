// A1 notation for messages and range lists.

export function columnLetters(col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** A rectangle of cells, 1-based; open-ended sides ("B:B", "2:2", "B2:B") are Infinity. */
export interface Rect {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

/** "A" -> 1, "aa" -> 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const CELL = /^\$?([A-Za-z]*)\$?(\d*)$/;

/**
 * Parses what Range.getA1Notation() returns for a selection: "B2", "B2:D9", and the open forms
 * of whole columns and rows ("B:D", "3:5", "B2:B"). Null for anything else.
 */
export function parseA1Range(notation: string): Rect | null {
  const [from = '', to = from] = notation.split(':');
  const start = CELL.exec(from);
  const end = CELL.exec(to);
  if (!start || !end || notation.split(':').length > 2) return null;
  const [, c1 = '', r1 = ''] = start;
  const [, c2 = '', r2 = ''] = end;
  if ((c1 === '' && r1 === '') || (c2 === '' && r2 === '')) return null;
  const col = c1 ? columnNumber(c1) : 1;
  const row = r1 ? Number(r1) : 1;
  const lastCol = c2 ? columnNumber(c2) : c1 && !r1 ? col : Infinity;
  const lastRow = r2 ? Number(r2) : Infinity;
  if (row < 1 || col < 1 || lastRow < row || lastCol < col) return null;
  return { row, col, numRows: lastRow - row + 1, numCols: lastCol - col + 1 };
}
