// Between the emulator's workbook and the .xlsx model of xlsx/: for Open and Download.
//
// A date or time is kept as the day and time it shows: the emulator holds an instant in the
// workbook's time zone, an .xlsx a serial number with no time zone (exceljs reads and writes it
// as UTC), so 9:00 in Paris is 9:00 in the file. The number format typing gave a date, time or
// amount (the emulator's, in Sheets' syntax: `M/d/yyyy`, `H:mm`, `"$"#,##0.00`) is written as
// the cell's .xlsx number format (`m/d/yyyy`, `h:mm`, the same amount format) and read back, so
// a typed `9:00` downloads as 9:00, not 0.375, and the command line reads it as `9:00` too. A
// date with no such format, and a percentage, get the format the emulator shows them in. On
// Open, a format the emulator cannot show (`mmm d`, `0.00`) is left out, and the cell shows
// its value the emulator's default way.

import {
  cellA1,
  DEFAULT_COLUMNS,
  DEFAULT_LOCALE,
  DEFAULT_ROWS,
  LOCALES,
  parseA1,
  SNAPSHOT_FORMAT,
  SNAPSHOT_VERSION,
  UNEVALUATED_FORMULA_RESULT,
  zonedInstant,
  zonedParts,
  type CellSnapshot,
  type SnapshotValue,
  type WorkbookSnapshot,
} from '@career-dreams/emulator';
import {
  dateFormatParts,
  formatValue,
  type XlsxBook,
  type XlsxCell,
  type XlsxValue,
} from '../../src/xlsx';

// ---- Time zones ----------------------------------------------------------------------------

/** The wall-clock time `date` reads as in `timeZone`, as a UTC Date (what a serial holds). */
export function wallClock(date: Date, timeZone: string): Date {
  const p = zonedParts(date, timeZone);
  return new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, p.millisecond));
}

/** The instant that reads as `wall` (a UTC Date) in `timeZone`: wallClock's inverse. */
export function fromWallClock(wall: Date, timeZone: string): Date {
  const instant = zonedInstant(
    timeZone,
    wall.getUTCFullYear(),
    wall.getUTCMonth() + 1,
    wall.getUTCDate(),
    wall.getUTCHours(),
    wall.getUTCMinutes(),
    wall.getUTCSeconds(),
  );
  return new Date(instant.getTime() + wall.getUTCMilliseconds());
}

// ---- Number formats ------------------------------------------------------------------------

/** The amount formats typing gives in each locale: the same text in Sheets and in an .xlsx. */
const CURRENCY_FORMATS = new Set(Object.values(LOCALES).map((rules) => rules.currencyFormat));

/**
 * An emulator date or time format as an .xlsx format code: month `M` is `m`, 24-hour `H` is
 * `h` (an .xlsx hour is 24-hour unless the format has AM/PM), the rest is the same.
 */
export function xlsxDateFormat(format: string): string | undefined {
  const pieces = format.split('AM/PM');
  for (const piece of pieces) {
    for (const c of piece) if (!'yMdHhms/.:- '.includes(c)) return undefined;
  }
  return pieces.map((piece) => piece.replace(/M/g, 'm').replace(/H/g, 'h')).join('AM/PM');
}

/** The number format to write for a cell, as the emulator shows it. */
function xlsxFormat(cell: CellSnapshot, value: XlsxValue, hasTime: boolean, locale: string) {
  if (cell.format && !cell.formula) {
    if (CURRENCY_FORMATS.has(cell.format)) return typeof value === 'number' ? cell.format : '';
    if (value instanceof Date) return xlsxDateFormat(cell.format);
  }
  if (value instanceof Date) {
    const date = xlsxDateFormat((LOCALES[locale] ?? LOCALES[DEFAULT_LOCALE]!).dateFormat);
    return hasTime ? `${date} h:mm:ss` : date;
  }
  if (cell.percent && typeof value === 'number') {
    // As many decimals as the emulator shows (about ten significant digits).
    const shown = formatValue(value * 100);
    const dot = shown.indexOf('.');
    const decimals = dot < 0 || shown.includes('e') ? 0 : shown.length - dot - 1;
    return decimals ? `0.${'0'.repeat(decimals)}%` : '0%';
  }
  return undefined;
}

/**
 * An .xlsx number format as the emulator's, when the emulator can show it: dates and times in
 * the parts typing gives (`yyyy`, `M`, `MM`, `d`, `dd`, `H` or `h` with `AM/PM`, `mm`, `ss`,
 * separated by `/ . : `), and the locales' amount formats; undefined for any other.
 */
export function emulatorFormat(numFmt: string, value: XlsxValue): string | undefined {
  if (typeof value === 'number') return CURRENCY_FORMATS.has(numFmt) ? numFmt : undefined;
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) return undefined;
  const parts = dateFormatParts(numFmt);
  if (!parts) return undefined;
  const twelve = parts.some((p) => p.part === 'ampm');
  let out = '';
  for (const { part, length, text } of parts) {
    if (part === 'year' && length >= 3) out += 'yyyy';
    else if (part === 'month' && length <= 2) out += 'M'.repeat(length);
    else if (part === 'day' && length <= 2) out += 'd'.repeat(length);
    else if (part === 'hour' && length === 1) out += twelve ? 'h' : 'H';
    else if (part === 'minute' && length === 2) out += 'mm';
    else if (part === 'second' && length === 2) out += 'ss';
    else if (part === 'ampm' && text === 'AM/PM') out += 'AM/PM';
    else if (part === 'literal' && [...text].every((c) => '/.:- '.includes(c))) out += text;
    else return undefined;
  }
  return out;
}

// ---- Workbooks -----------------------------------------------------------------------------

export function workbookToXlsx(snapshot: WorkbookSnapshot): XlsxBook {
  const { timeZone } = snapshot;
  const locale = snapshot.locale ?? DEFAULT_LOCALE;
  const fromJson = (value: SnapshotValue): XlsxValue =>
    typeof value === 'object' ? wallClock(new Date(value.date), timeZone) : value;
  return {
    sheets: snapshot.sheets.map((sheet) => ({
      name: sheet.name,
      frozenRows: sheet.frozenRows,
      columnWidths: Object.fromEntries(
        Object.entries(sheet.columnWidths).map(([c, w]) => [Number(c), w]),
      ),
      cells: sheet.cells.map((cell) => {
        const rect = parseA1(cell.cell, sheet.rows, sheet.columns)!;
        const out: XlsxCell = { row: rect.row, col: rect.col };
        if (cell.formula) {
          out.formula = cell.formula;
          // A result the emulator never computed is left for the spreadsheet to compute.
          if (cell.result !== undefined && cell.result !== UNEVALUATED_FORMULA_RESULT) {
            out.value = fromJson(cell.result);
          }
        } else if (cell.value !== undefined) {
          out.value = fromJson(cell.value);
        }
        if (out.value !== undefined) {
          const hasTime = out.value instanceof Date && out.value.getTime() % 86_400_000 !== 0;
          const numFmt = xlsxFormat(cell, out.value, hasTime, locale);
          if (numFmt) out.numFmt = numFmt;
        }
        if (cell.percent) out.percent = true;
        if (cell.background) out.fill = cell.background;
        if (cell.bold) out.bold = true;
        if (cell.note) out.note = cell.note;
        return out;
      }),
    })),
  };
}

/**
 * The size each sheet of the book will have as a workbook (at least Sheets' default 1000 x 26,
 * and enough for its last cell), for checking against Google's limits before building it.
 */
export function xlsxGrid(book: XlsxBook): Array<{ name: string; rows: number; columns: number }> {
  return book.sheets.map((sheet) => {
    // A loop, not Math.max(...cells): spreading a long list overflows the stack.
    let rows = DEFAULT_ROWS;
    let columns = DEFAULT_COLUMNS;
    for (const cell of sheet.cells) {
      if (cell.row > rows) rows = cell.row;
      if (cell.col > columns) columns = cell.col;
    }
    return { name: sheet.name, rows, columns };
  });
}

export function xlsxToWorkbook(book: XlsxBook, name: string, timeZone: string): WorkbookSnapshot {
  const grid = xlsxGrid(book);
  const toJson = (value: XlsxValue): SnapshotValue => {
    if (!(value instanceof Date)) return value;
    // A serial past any calendar (exceljs makes it an invalid Date): shown as an error value,
    // which the table warns about, rather than refusing the whole file.
    if (Number.isNaN(value.getTime())) return '#NUM!';
    return { date: fromWallClock(value, timeZone).toISOString() };
  };
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    name,
    timeZone,
    sheets: book.sheets.map((sheet, i) => {
      const { rows, columns } = grid[i]!;
      return {
        name: sheet.name,
        // As in Sheets: the first sheet has id 0, later ones large numbers.
        id: i === 0 ? 0 : 100000 + i,
        rows,
        columns,
        frozenRows: sheet.frozenRows ?? 0,
        columnWidths: Object.fromEntries(Object.entries(sheet.columnWidths ?? {})),
        cells: sheet.cells.map((cell) => {
          const out: CellSnapshot = { cell: cellA1(cell.row, cell.col) };
          if (cell.formula) {
            out.formula = cell.formula;
            if (cell.value !== undefined) out.result = toJson(cell.value);
          } else if (cell.value !== undefined) {
            out.value = toJson(cell.value);
            const format = cell.numFmt && emulatorFormat(cell.numFmt, cell.value);
            if (format) out.format = format;
          }
          if (cell.percent) out.percent = true;
          if (cell.fill) out.background = cell.fill;
          if (cell.bold) out.bold = true;
          if (cell.note) out.note = cell.note;
          return out;
        }),
      };
    }),
  };
}
