// From an .xlsx file on disk to the core's Grid: the file is read with xlsx/ (which resolves
// fills stored as RGB, theme colours with tint and indexed colours, and bold from the font or
// all-bold rich text), one sheet is chosen, and its cells become the three arrays the add-on
// reads from Sheets (display texts, '#rrggbb' fills, 'bold' / 'normal').
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { isPrioritiesReport, NO_FILL, sheetIndexByName, type CellValue, type Grid } from '../core';
import {
  formatValue,
  looksLikeXlsx,
  readXlsx,
  XlsxError,
  XlsxTooLargeError,
  type XlsxBook,
  type XlsxCell,
  type XlsxSheet,
} from '../xlsx';
import { CliError, q } from './errors';

export async function readBook(file: string): Promise<XlsxBook> {
  let data: Uint8Array;
  try {
    data = await readFile(file);
  } catch (error) {
    throw new CliError(fileProblem(file, (error as { code?: string }).code));
  }
  if (!looksLikeXlsx(data)) {
    throw new CliError(
      `${q(file)} is not an .xlsx workbook: in Google Sheets, use File > Download > Microsoft Excel (.xlsx).`,
    );
  }
  try {
    return await readXlsx(data);
  } catch (error) {
    if (error instanceof XlsxTooLargeError) {
      throw new CliError(`${q(file)} is too large to read: ${error.reason}.`);
    }
    if (error instanceof XlsxError && /no sheets/.test(error.message)) {
      throw new CliError(`The workbook ${q(file)} has no sheets.`);
    }
    if (error instanceof XlsxError && /encrypted/.test(error.message)) {
      throw new CliError(
        `${q(file)} is encrypted: open it, remove the password, and save it again.`,
      );
    }
    throw new CliError(
      `${q(file)} could not be read as an .xlsx workbook: it may be damaged, or another kind of file.`,
    );
  }
}

function fileProblem(file: string, code: string | undefined): string {
  switch (code) {
    case 'ENOENT':
      return `There is no file ${q(file)}.`;
    case 'EISDIR':
      return `${q(file)} is a folder, not an .xlsx file.`;
    case 'EACCES':
    case 'EPERM':
      return `${q(file)} cannot be opened: permission denied.`;
    default:
      return `${q(file)} cannot be read${code ? ` (${code})` : ''}.`;
  }
}

/**
 * The sheet named `wanted`; without a name, the dreams sheet, else the first sheet. Names match
 * as in the add-on (src/core/sheet-names.ts): exactly, else trimmed and in any letter case.
 */
export function chooseSheet(book: XlsxBook, file: string, wanted: string | null): XlsxSheet {
  const names = book.sheets.map((s) => s.name);
  const list = names.map(q).join(', ');
  let sheet: XlsxSheet | undefined;
  if (wanted !== null) {
    sheet = book.sheets[sheetIndexByName(names, wanted)];
    if (!sheet) {
      const which = book.sheets.length === 1 ? 'its only sheet is' : 'its sheets are';
      throw new CliError(
        `There is no sheet ${q(wanted)} in ${q(basename(file))}; ${which} ${list}.`,
      );
    }
  } else {
    sheet = book.sheets[sheetIndexByName(names)] ?? (book.sheets[0] as XlsxSheet);
  }
  const firstCell = sheet.cells.find((c) => c.row === 1 && c.col === 1)?.value;
  if (isPrioritiesReport(firstCell)) {
    throw new CliError(
      `The sheet ${q(sheet.name)} is the generated Priorities report, not a dreams table: ` +
        `name the dreams sheet with --sheet (the sheets are ${list}).`,
    );
  }
  return sheet;
}

/**
 * What the cell shows, as the add-on reads it with getDisplayValues: a number or date in its
 * number format (`9:00`, `1/2/2026`, `$5.00`), so a skill has the same name, and the same
 * identity, here as in the add-on. Text and TRUE / FALSE are left to the core, as they are.
 */
export function shownValue(cell: XlsxCell): CellValue | undefined {
  const { value } = cell;
  if (typeof value === 'number' || value instanceof Date) return formatValue(value, cell.numFmt);
  return value;
}

/**
 * The sheet as the core's Grid, as Sheets' getDisplayValues / getBackgrounds / getFontWeights
 * would give it: no fill is '#ffffff'. Only the area up to the last cell with a value is built:
 * the table reads fills and bold only where there is text. The reader has refused any sheet
 * larger than Google Sheets holds, so the area is at most 10 million cells; rows with no cell in
 * it share one frozen row of blanks, so a far cell costs one array per row, not one per cell.
 */
export function sheetGrid(sheet: XlsxSheet): Grid {
  let rows = 0;
  let cols = 0;
  for (const cell of sheet.cells) {
    if (cell.value === undefined) continue;
    rows = Math.max(rows, cell.row);
    cols = Math.max(cols, cell.col);
  }
  const blankValues = Object.freeze(Array<CellValue>(cols).fill('')) as CellValue[];
  const blankFills = Object.freeze(Array<string>(cols).fill(NO_FILL)) as string[];
  const blankWeights = Object.freeze(Array<string>(cols).fill('normal')) as string[];
  const values: CellValue[][] = Array<CellValue[]>(rows).fill(blankValues);
  const backgrounds: string[][] = Array<string[]>(rows).fill(blankFills);
  const fontWeights: string[][] = Array<string[]>(rows).fill(blankWeights);
  for (const cell of sheet.cells) {
    const r = cell.row - 1;
    const c = cell.col - 1;
    if (r >= rows || c >= cols) continue;
    if (values[r] === blankValues) {
      values[r] = blankValues.slice();
      backgrounds[r] = blankFills.slice();
      fontWeights[r] = blankWeights.slice();
    }
    // Numbers and dates as the cell shows them, by its number format (see shownValue).
    if (cell.value !== undefined) values[r]![c] = shownValue(cell)!;
    if (cell.fill) backgrounds[r]![c] = cell.fill.toLowerCase();
    if (cell.bold) fontWeights[r]![c] = 'bold';
  }
  return { values, backgrounds, fontWeights };
}
