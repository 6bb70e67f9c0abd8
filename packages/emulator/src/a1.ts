// A1 notation: column letters, cell names, and ranges read the way Sheets reads them.
// https://developers.google.com/sheets/api/guides/concepts#cell
//
// The emulator's own, on purpose: it is the oracle the add-on is tested against, so it shares
// no code with the add-on's A1 helpers, and a mistake in those cannot hide in both.

/** A rectangle on a sheet, 1-based and inclusive, like Apps Script's getRow()/getColumn(). */
export interface Rect {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

const LETTERS = 26;
const CODE_OF_A = 'A'.charCodeAt(0);

function checkPosition(n: number, what: string): void {
  if (!Number.isInteger(n) || n < 1) {
    throw new RangeError(`Emulator: ${String(n)} is not a ${what} number (1, 2, 3, ...).`);
  }
}

/** 1 -> "A", 26 -> "Z", 27 -> "AA", 703 -> "AAA": bijective base 26, with no zero digit. */
export function columnLetters(col: number): string {
  checkPosition(col, 'column');
  const digits: string[] = [];
  let rest = col;
  while (rest > 0) {
    const digit = (rest - 1) % LETTERS; // 0 for A ... 25 for Z
    digits.unshift(String.fromCharCode(CODE_OF_A + digit));
    rest = (rest - 1 - digit) / LETTERS;
  }
  return digits.join('');
}

/** "A" -> 1, "z" -> 26, "AA" -> 27 (either case). Throws for anything but letters. */
export function columnNumber(letters: string): number {
  if (!/^[A-Za-z]+$/.test(letters)) {
    throw new RangeError(`Emulator: "${letters}" is not a column name (A, B, ..., AA, ...).`);
  }
  return [...letters.toUpperCase()].reduce(
    (n, letter) => n * LETTERS + (letter.charCodeAt(0) - CODE_OF_A + 1),
    0,
  );
}

/** (2, 3) -> "C2". */
export function cellA1(row: number, col: number): string {
  checkPosition(row, 'row');
  return columnLetters(col) + String(row);
}

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

/** One side of a range: a cell ("B2"), a whole column ("B") or a whole row ("2"). */
interface Side {
  col?: number;
  row?: number;
}

const SIDE = /^([A-Za-z]*)([0-9]*)$/;

function parseSide(text: string): Side | null {
  const match = SIDE.exec(text);
  if (!match || text === '') return null;
  const [, letters = '', digits = ''] = match;
  const side: Side = {};
  if (letters) side.col = columnNumber(letters);
  if (digits) side.row = Number(digits);
  return side;
}

/**
 * Reads a range as Sheet.getRange(a1Notation) accepts it, within a sheet of maxRows x maxCols:
 * a cell ("B2"), a block ("B2:C4"), whole columns ("A:C"), whole rows ("2:4") or a block open
 * at the bottom ("B2:B"). "$" marks are ignored; reversed corners ("C4:B2") give the same block.
 * Null for anything else, where Apps Script says "Range not found". The sheet's size bounds only
 * the open sides: a block past the sheet's edge is returned, for the caller to refuse.
 */
export function parseA1(a1: string, maxRows: number, maxCols: number): Rect | null {
  const text = a1.trim().replace(/\$/g, '');
  if (text.includes('!')) return null; // a sheet name is the Spreadsheet's business
  const sides = text.split(':').map(parseSide);
  if (sides.length > 2 || sides.some((side) => side === null)) return null;
  const [from, to] = sides as Side[];
  let corners: [number, number, number, number];
  if (!to) {
    if (from!.row === undefined || from!.col === undefined) return null; // "B" or "2" alone
    corners = [from!.row, from!.col, from!.row, from!.col];
  } else {
    // A range that starts with a whole row cannot end in a column ("2:B4").
    if (from!.col === undefined && to.col !== undefined) return null;
    const top = from!.row ?? 1;
    const left = from!.col ?? 1;
    const bottom = to.row ?? maxRows;
    const right = to.col ?? (from!.col === undefined ? maxCols : left);
    corners = [top, left, bottom, right];
  }
  if (corners.some((n) => n < 1)) return null; // row 0
  const [r1, c1, r2, c2] = corners;
  const row = Math.min(r1, r2);
  const col = Math.min(c1, c2);
  return { row, col, numRows: Math.max(r1, r2) - row + 1, numCols: Math.max(c1, c2) - col + 1 };
}
