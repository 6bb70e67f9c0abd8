// Range formats: background colours and font weights, the only formats the emulator keeps.
// https://developers.google.com/apps-script/reference/spreadsheet/range#setBackground(String)
// https://developers.google.com/apps-script/reference/spreadsheet/range#setFontWeight(String)

import { normaliseColour, NO_FILL } from './colours';
import { checkShape, readCells, readFirst, updateCells, type CellBlock } from './range-cells';

export type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;

/** True for 'bold'; false for 'normal' or null (the reset). Throws for anything else. */
export function isBold(weight: unknown): boolean {
  if (weight === null || weight === 'normal') return false;
  if (weight === 'bold') return true;
  throw new Error(
    `Emulator: font weight must be 'bold', 'normal' or null, not ${JSON.stringify(weight)}.`,
  );
}

export function backgroundsOf(block: CellBlock): string[][] {
  return readCells(block, (cell) => cell?.background ?? NO_FILL);
}

export function firstBackground(block: CellBlock): string {
  return readFirst(block, (cell) => cell?.background ?? NO_FILL);
}

/** Sets every cell's fill (null removes it). No logging. */
export function paint(block: CellBlock, color: string | null): void {
  const colour = normaliseColour(color);
  updateCells(block, (cell) => {
    if (colour) cell.background = colour;
    else delete cell.background;
  });
}

/** setBackgrounds: one colour per cell, all checked before any is set. No logging. */
export function writeBackgrounds(block: CellBlock, colors: unknown): void {
  const data = checkShape<string | null>(block, colors, 'setBackgrounds');
  const colours = data.map((line) => line.map((c) => normaliseColour(c)));
  updateCells(block, (cell, r, c) => {
    const colour = colours[r]![c];
    if (colour) cell.background = colour;
    else delete cell.background;
  });
}

export function fontWeightsOf(block: CellBlock): FontWeight[][] {
  return readCells(block, (cell) => (cell?.bold ? 'bold' : 'normal'));
}

export function firstFontWeight(block: CellBlock): FontWeight {
  return readFirst(block, (cell) => (cell?.bold ? 'bold' : 'normal'));
}

/** Sets every cell's weight (null resets to normal). No logging. */
export function embolden(block: CellBlock, fontWeight: FontWeight | null): void {
  const bold = isBold(fontWeight);
  updateCells(block, (cell) => {
    if (bold) cell.bold = true;
    else delete cell.bold;
  });
}

/** setFontWeights: one weight per cell, all checked before any is set. No logging. */
export function writeFontWeights(block: CellBlock, fontWeights: unknown): void {
  const bold = checkShape<FontWeight | null>(block, fontWeights, 'setFontWeights').map((line) =>
    line.map(isBold),
  );
  updateCells(block, (cell, r, c) => {
    if (bold[r]![c]) cell.bold = true;
    else delete cell.bold;
  });
}
