// Small builders for the core tests: a grid from a compact literal, hand-picked fills, and an
// HSL -> hex conversion written independently of src/core/colour.ts.
import { UserError, parseTable, type CellValue, type Grid, type Table } from '../../src/core';

/** What Sheets' getBackgrounds() returns for a cell without a fill. */
export const NO_FILL = '#ffffff';

// Shades a person might pick by hand from Sheets' palette. Deliberately not the add-on's own
// RATING_FILLS: the table must read any shade.
export const RED = '#f4cccc'; // light red 3
export const YELLOW = '#fff2cc'; // light yellow 3
export const GREEN = '#d9ead3'; // light green 3
export const BLUE = '#0000ff'; // a hue that means nothing
export const GREY = '#efefef'; // light grey

export interface Cell {
  value: CellValue;
  fill: string;
  bold: boolean;
}

export type CellSpec = CellValue | Cell;

function isCell(spec: CellSpec): spec is Cell {
  return typeof spec === 'object' && spec !== null && !(spec instanceof Date);
}

export function cell(value: CellValue, fill: string = NO_FILL, bold = false): Cell {
  return { value, fill, bold };
}

export const red = (value: CellValue) => cell(value, RED);
export const yellow = (value: CellValue) => cell(value, YELLOW);
export const green = (value: CellValue) => cell(value, GREEN);

/** Makes a cell bold (critical), keeping its fill. */
export function bold(spec: CellSpec): Cell {
  return isCell(spec) ? { ...spec, bold: true } : cell(spec, NO_FILL, true);
}

/**
 * A rectangular grid, as Range.getValues() / getBackgrounds() / getFontWeights() return it.
 * Short rows are padded with empty, unfilled, normal cells. Rows are listed from row 1.
 */
export function grid(rows: CellSpec[][]): Grid {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const pad = (r: CellSpec[]) => Array.from({ length: width }, (_, i) => r[i] ?? '');
  const cells = rows.map((r) => pad(r).map((s) => (isCell(s) ? s : cell(s))));
  return {
    values: cells.map((r) => r.map((c) => c.value)),
    backgrounds: cells.map((r) => r.map((c) => c.fill)),
    fontWeights: cells.map((r) => r.map((c) => (c.bold ? 'bold' : 'normal'))),
  };
}

export function tableOf(rows: CellSpec[][]): Table {
  return parseTable(grid(rows));
}

/** `n` empty rows, to push a table down the sheet. */
export function blankRows(n: number): CellSpec[][] {
  return Array.from({ length: n }, () => []);
}

/** HSL (degrees, 0..1, 0..1) to `#rrggbb`, the textbook conversion. */
export function hslToHex(h: number, s: number, l: number): string {
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const hp = (((h % 360) + 360) % 360) / 60;
  const x = c * (1 - Math.abs((hp % 2) - 1));
  const [r1, g1, b1] =
    hp < 1
      ? [c, x, 0]
      : hp < 2
        ? [x, c, 0]
        : hp < 3
          ? [0, c, x]
          : hp < 4
            ? [0, x, c]
            : hp < 5
              ? [x, 0, c]
              : [c, 0, x];
  const m = l - c / 2;
  const hex = (v: number) =>
    Math.round((v + m) * 255)
      .toString(16)
      .padStart(2, '0');
  return `#${hex(r1)}${hex(g1)}${hex(b1)}`;
}

/** Runs `fn`, expecting a UserError; returns it so its kind and message can be checked. */
export function userErrorOf(fn: () => unknown): UserError {
  try {
    fn();
  } catch (error) {
    // Anything else is a bug in the code under test: let it fail the test as it is.
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError, but nothing was thrown');
}

/** A value that the test has checked is there. */
export function defined<T>(value: T | undefined | null, what = 'value'): T {
  if (value === undefined || value === null) throw new Error(`${what} is missing`);
  return value;
}
