// Range values and formulas: reading them, and writing input the way typing it would (values.ts
// has the typing rules).
// https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object)

import { checkShape, readCells, readFirst, updateCells, type CellBlock } from './range-cells';
import { contentFromInput, displayOf, formulaOf, valueOf, type CellValue } from './values';

export function valuesOf(block: CellBlock): CellValue[][] {
  return readCells(block, (cell) => valueOf(cell?.content));
}

export function firstValue(block: CellBlock): CellValue {
  return readFirst(block, (cell) => valueOf(cell?.content));
}

export function displayValuesOf(block: CellBlock, timeZone: string, locale: string): string[][] {
  return readCells(block, (cell) => displayOf(cell?.content, timeZone, locale));
}

export function firstDisplayValue(block: CellBlock, timeZone: string, locale: string): string {
  return readFirst(block, (cell) => displayOf(cell?.content, timeZone, locale));
}

export function formulasOf(block: CellBlock): string[][] {
  return readCells(block, (cell) => formulaOf(cell?.content));
}

export function firstFormula(block: CellBlock): string {
  return readFirst(block, (cell) => formulaOf(cell?.content));
}

/** Types `value` into every cell (setValue, setFormula, RangeList.setValue). No logging. */
export function fillValue(
  block: CellBlock,
  value: unknown,
  timeZone: string,
  locale: string,
): void {
  updateCells(block, (cell) => {
    const content = contentFromInput(value, timeZone, locale);
    if (content) cell.content = content;
    else delete cell.content;
  });
}

/** setValues: one input per cell, in the range's shape. No logging. */
export function writeValues(
  block: CellBlock,
  values: unknown,
  timeZone: string,
  locale: string,
): void {
  const data = checkShape<unknown>(block, values, 'setValues');
  updateCells(block, (cell, r, c) => {
    const content = contentFromInput(data[r]![c], timeZone, locale);
    if (content) cell.content = content;
    else delete cell.content;
  });
}
