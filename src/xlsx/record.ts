// A record sheet (Plan, Check-ins) as the core reads it: plain cells, with every date cell given
// as its calendar day, 'yyyy-MM-dd', as the add-on's adapter gives it from Sheets
// (src/core/follow-up/types.ts). The dreams table reads what cells show (../cli/workbook.ts);
// a record sheet reads what they hold, because a day is compared and a status matched as a word,
// whatever the file's date format or locale.
import type { RecordCell } from '../core';
import type { XlsxCell, XlsxSheet } from './model';
import { formatValue, numberFormatKind, serialOf } from './numfmt';

const DAY_MS = 86_400_000;
/** Excel's day 0, 1899-12-30, the epoch of its serial numbers (for days after February 1900). */
const EPOCH_MS = Date.UTC(1899, 11, 30);
/** 9999-12-31, the last day Excel holds; 0 and below are no day either. */
const LAST_SERIAL = 2_958_465;

/**
 * The cell as the core reads a record cell: a date cell (an exceljs Date, or a number whose format
 * shows a day) as its day, `yyyy-MM-dd`; a number as the number; text trimmed; TRUE / FALSE as
 * booleans; a formula by its last computed result; an empty cell, or text of spaces alone, null.
 *
 * exceljs gives a day as a Date at UTC midnight, and a date with a time at that time in UTC, so
 * the day is the UTC date: no time zone moves it (an .xlsx holds no zone; Sheets writes the day
 * the cell shows in the spreadsheet's). A cell formatted as a time alone (`9:00`) or a duration
 * (`[h]:mm`) holds no day: it reads as it shows, as text.
 */
export function recordCell(cell: Pick<XlsxCell, 'value' | 'numFmt'>): RecordCell {
  const { value, numFmt } = cell;
  if (value === undefined) return null;
  if (typeof value === 'string') {
    const text = value.trim();
    return text === '' ? null : text;
  }
  if (typeof value === 'boolean') return value;
  const kind = numberFormatKind(numFmt);
  if (value instanceof Date) {
    const serial = serialOf(value);
    if (!Number.isFinite(serial)) return null;
    // exceljs makes a Date of any number whose format has a date letter in it, more loosely than
    // Excel: a format that shows a number keeps it a number. A Date with no format (General) is
    // a day, as exceljs writes one.
    if (kind === 'number' && numFmt) return serial;
    if (kind === 'time') return formatValue(value, numFmt);
    return dayOfSerial(serial) ?? formatValue(value, numFmt);
  }
  if (!Number.isFinite(value)) return null;
  if (kind === 'day') return dayOfSerial(value) ?? value;
  if (kind === 'time') return formatValue(value, numFmt);
  return value;
}

/** The day of an Excel serial number (its time of day dropped); null outside 1900-9999. */
function dayOfSerial(serial: number): string | null {
  const day = Math.floor(serial);
  if (day < 1 || day > LAST_SERIAL) return null;
  return new Date(EPOCH_MS + day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The sheet's cells as the core's record grid, from A1 to the last row and column with a value
 * (cells with only a fill or a note count for nothing here). The reader has refused any sheet
 * whose cells span more than Google Sheets holds, so the area is at most 10 million cells; rows
 * with no value share one frozen row of nulls, so a far cell costs one array per row, not one
 * per cell, and only rows that hold a value get their own.
 */
export function recordCells(sheet: XlsxSheet): RecordCell[][] {
  let rows = 0;
  let cols = 0;
  const cells: Array<{ r: number; c: number; value: RecordCell }> = [];
  for (const cell of sheet.cells) {
    const value = recordCell(cell);
    if (value === null) continue;
    cells.push({ r: cell.row - 1, c: cell.col - 1, value });
    rows = Math.max(rows, cell.row);
    cols = Math.max(cols, cell.col);
  }
  const blank = Object.freeze(Array<RecordCell>(cols).fill(null)) as RecordCell[];
  const grid: RecordCell[][] = Array<RecordCell[]>(rows).fill(blank);
  for (const { r, c, value } of cells) {
    if (grid[r] === blank) grid[r] = blank.slice();
    grid[r]![c] = value;
  }
  return grid;
}
