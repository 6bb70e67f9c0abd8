// Reads an .xlsx file into an XlsxBook, resolving fills and bold as Excel, LibreOffice and
// Google Sheets write them (see ./colours for the three ways a colour is stored).

import ExcelJS from 'exceljs';
import { quoteFormatEscapes } from './format-escapes';
import { DEFAULT_THEME, resolveColour, themeColours, type XlsxColour } from './colours';
import { count, MAX_NUMFMT_CHARS, MAX_ROW, SHEETS_MAX_CELLS } from './limits';
import {
  DAMAGED,
  XlsxError,
  XlsxTooLargeError,
  type XlsxBook,
  type XlsxCell,
  type XlsxSheet,
  type XlsxValue,
} from './model';
import { PartsBudget } from './scan';
import { storedZip, unzipParts } from './zip';

/** What an .xlsx file is: a zip archive, which starts with these bytes. */
export function looksLikeXlsx(data: Uint8Array): boolean {
  return data.length > 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 3 && data[3] === 4;
}

/**
 * What exceljs may skip in a sheet: the reader uses none of it, and some of it costs exceljs
 * time or memory out of proportion (a data validation or conditional format over A:XFD).
 */
const IGNORED_NODES = [
  'autoFilter',
  'conditionalFormatting',
  'dataValidations',
  'drawing',
  'extLst',
  'headerFooter',
  'hyperlinks',
  'pageMargins',
  'pageSetup',
  'picture',
  'printOptions',
  'rowBreaks',
  'sheetProtection',
  'tableParts',
];

/**
 * Reads an .xlsx file. Throws an XlsxError with a plain sentence if it is not one, and an
 * XlsxTooLargeError (an XlsxError) if it is beyond the bounds of ./limits or larger than Google
 * Sheets holds; either message can be shown to the person as it is.
 */
export async function readXlsx(data: Uint8Array): Promise<XlsxBook> {
  if (!looksLikeXlsx(data)) throw new XlsxError('That file is not an .xlsx workbook.');
  // A Buffer view of the same bytes costs no copy.
  const parts = unzipParts(Buffer.from(data.buffer, data.byteOffset, data.byteLength));
  if (!parts.has('xl/workbook.xml')) throw new XlsxError(DAMAGED);
  const budget = new PartsBudget();
  for (const [name, part] of parts) parts.set(name, budget.scan(name, part));
  // Only a styles part whose formats hold a backslash is decoded and rewritten (./format-escapes).
  const styles = parts.get('xl/styles.xml');
  if (styles && /formatCode="[^"]*\\/.test(styles.toString('latin1'))) {
    parts.set('xl/styles.xml', Buffer.from(quoteFormatEscapes(styles.toString('utf8')), 'utf8'));
  }
  const repacked = storedZip(parts);
  parts.clear();
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs's typings name Node's Buffer.
    await workbook.xlsx.load(repacked as never, { ignoreNodes: IGNORED_NODES });
  } catch {
    throw new XlsxError(DAMAGED);
  }
  let sheets: XlsxSheet[];
  try {
    const theme = workbookTheme(workbook);
    sheets = workbook.worksheets.map((ws) => readSheet(ws, theme));
  } catch {
    // exceljs reads some of a cell lazily (a shared formula, say), and may throw there.
    throw new XlsxError(DAMAGED);
  }
  if (sheets.length === 0) throw new XlsxError('That workbook has no sheets.');
  withinSheetsLimit(sheets);
  return { sheets };
}

/**
 * Refuses sheets that span, from A1 to their farthest cell with any state, more cells than
 * Google Sheets holds in a whole spreadsheet: a caller that builds the grid (the command line,
 * the preview) then never builds one larger. Only cells that exist count, never the sheet's
 * <dimension> or a row's spans, which a file may set to anything.
 */
function withinSheetsLimit(sheets: readonly XlsxSheet[]): void {
  let total = 0;
  for (const sheet of sheets) {
    let rows = 0;
    let cols = 0;
    for (const cell of sheet.cells) {
      if (cell.row > rows) rows = cell.row;
      if (cell.col > cols) cols = cell.col;
    }
    total += rows * cols;
    if (total > SHEETS_MAX_CELLS) {
      throw new XlsxTooLargeError(
        `its sheet \u2018${sheet.name}\u2019 reaches row ${count(rows)} and column ${count(cols)}, ` +
          `so its sheets span more than the ${count(SHEETS_MAX_CELLS)} cells Google Sheets holds`,
      );
    }
  }
}

/** The colours of the workbook's own theme (xl/theme/theme1.xml), or Office's default. */
function workbookTheme(workbook: ExcelJS.Workbook): readonly string[] {
  // exceljs keeps each theme part's XML, unparsed, in its model, by part name ('theme1'); its
  // typings say string[], which is not what it holds.
  const model = workbook.model as unknown as { themes?: Record<string, string> };
  const themes = model.themes ?? {};
  const xml = themes.theme1 ?? Object.values(themes)[0];
  return (xml && themeColours(xml)) || DEFAULT_THEME;
}

function readSheet(ws: ExcelJS.Worksheet, theme: readonly string[]): XlsxSheet {
  const cells: XlsxCell[] = [];
  // Empty cells too (a fill on a cell with no value is still a fill), but only those the file
  // has: eachRow / eachCell with includeEmpty would create every row and cell up to the last.
  for (const row of existing(rowsOf(ws))) {
    for (const cell of existing(cellsOf(row))) {
      const read = readCell(cell, theme);
      if (read) cells.push(read);
    }
  }
  const sheet: XlsxSheet = { name: ws.name, cells };
  const frozen = (ws.views ?? []).find((v) => v.state === 'frozen');
  if (frozen && 'ySplit' in frozen && frozen.ySplit && frozen.ySplit <= MAX_ROW) {
    sheet.frozenRows = frozen.ySplit;
  }
  const widths: Record<number, number> = {};
  (ws.columns ?? []).forEach((column, i) => {
    // Excel measures widths in characters of the default font (7 px each, plus 5 px padding).
    if (column.width !== undefined) widths[i + 1] = Math.round(column.width * 7 + 5);
  });
  if (Object.keys(widths).length) sheet.columnWidths = widths;
  return sheet;
}

// exceljs keeps a sheet's rows, and a row's cells, in sparse arrays indexed by number; these are
// its private fields (exceljs 4.4.0, pinned), which the public iterators only reach through
// every index. Should a later exceljs rename them, the public iterators are used instead.
function rowsOf(ws: ExcelJS.Worksheet): ReadonlyArray<ExcelJS.Row | undefined> {
  const rows = (ws as unknown as { _rows?: unknown })._rows;
  if (Array.isArray(rows)) return rows as Array<ExcelJS.Row | undefined>;
  const all: ExcelJS.Row[] = [];
  ws.eachRow({ includeEmpty: true }, (row) => all.push(row));
  return all;
}

function cellsOf(row: ExcelJS.Row): ReadonlyArray<ExcelJS.Cell | undefined> {
  const cells = (row as unknown as { _cells?: unknown })._cells;
  if (Array.isArray(cells)) return cells as Array<ExcelJS.Cell | undefined>;
  const all: ExcelJS.Cell[] = [];
  row.eachCell({ includeEmpty: true }, (cell) => all.push(cell));
  return all;
}

/**
 * The entries of a sparse array in index order. Object.keys costs the entries there are, where
 * forEach and a for loop visit every index up to the length (a cell at XFD1048576 would be a
 * million rows times 16,384 columns).
 */
function existing<T>(items: ReadonlyArray<T | undefined>): T[] {
  const out: T[] = [];
  for (const key of Object.keys(items)) {
    const item = items[Number(key)];
    if (item) out.push(item);
  }
  return out;
}

function readCell(cell: ExcelJS.Cell, theme: readonly string[]): XlsxCell | null {
  // The other cells of a merged area repeat the first one's value: only the first holds it.
  if (cell.type === ExcelJS.ValueType.Merge) return null;
  const out: XlsxCell = { row: Number(cell.row), col: Number(cell.col) };
  const { value, formula, runsBold } = cellContent(cell);
  if (value !== undefined && value !== '') out.value = value;
  if (formula) out.formula = formula;
  const numFmt = numberFormat(cell, out.value);
  if (numFmt) out.numFmt = numFmt;
  if (typeof out.value === 'number' && numFmt?.includes('%')) out.percent = true;
  const fill = fillColour(cell.fill, theme);
  if (fill) out.fill = fill;
  if (runsBold ?? cell.font?.bold === true) out.bold = true;
  const note = noteText(cell.note);
  if (note) out.note = note;
  return Object.keys(out).length > 2 ? out : null;
}

/**
 * The format code of a number or date cell, unless it is General or longer than any Excel
 * writes (a longer one is ignored, and the value shows as General). exceljs gives a built-in
 * format by its standard code (14 is `mm-dd-yy`), which ./numfmt shows as Excel does.
 */
function numberFormat(cell: ExcelJS.Cell, value: XlsxValue | undefined): string | undefined {
  if (typeof value !== 'number' && !(value instanceof Date)) return undefined;
  const code: unknown = cell.numFmt;
  if (typeof code !== 'string' || code === '' || code.length > MAX_NUMFMT_CHARS) return undefined;
  return code.toLowerCase() === 'general' ? undefined : code;
}

type RichRun = { text?: string; font?: Partial<ExcelJS.Font> };

/** The value, the formula, and for rich text whether every run that shows text is bold. */
function cellContent(cell: ExcelJS.Cell): {
  value?: XlsxValue;
  formula?: string;
  runsBold?: boolean;
} {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return {};
  if (
    typeof v === 'string' ||
    typeof v === 'number' ||
    typeof v === 'boolean' ||
    v instanceof Date
  ) {
    return { value: v };
  }
  if (cell.type === ExcelJS.ValueType.Formula) {
    const result = plain((v as { result?: unknown }).result);
    return { formula: `=${cell.formula}`, ...(result !== undefined ? { value: result } : {}) };
  }
  if (typeof v === 'object' && 'richText' in v && Array.isArray(v.richText)) {
    const runs = v.richText as RichRun[];
    const cellBold = cell.font?.bold === true;
    // A run with its own font says all of it (no <b/> means not bold); one without inherits.
    const shown = runs.filter((r) => (r.text ?? '').trim() !== '');
    const runsBold =
      shown.length > 0 && shown.every((r) => (r.font ? r.font.bold === true : cellBold));
    return { value: runs.map((r) => r.text ?? '').join(''), runsBold };
  }
  if (typeof v === 'object' && 'text' in v) return { value: plain(v.text) ?? '' };
  if (typeof v === 'object' && 'error' in v) return { value: String(v.error) };
  return {};
}

function plain(value: unknown): XlsxValue | undefined {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (value instanceof Date) return value;
  if (value && typeof value === 'object') {
    if ('error' in value) return String(value.error);
    if ('richText' in value && Array.isArray(value.richText)) {
      return (value.richText as RichRun[]).map((r) => r.text ?? '').join('');
    }
  }
  return undefined;
}

/**
 * A solid (or patterned) fill's colour is its fgColor; a gradient's, its first stop. 'none'
 * and a pattern fill with no pattern type are no fill (ECMA-376's default patternType).
 */
function fillColour(fill: ExcelJS.Fill | undefined, theme: readonly string[]): string | null {
  if (!fill) return null;
  if (fill.type === 'pattern') {
    if (!fill.pattern || fill.pattern === 'none') return null;
    return resolveColour(fill.fgColor as XlsxColour | undefined, theme);
  }
  if (fill.type === 'gradient') {
    return resolveColour(fill.stops?.[0]?.color as XlsxColour | undefined, theme);
  }
  return null;
}

function noteText(note: ExcelJS.Cell['note']): string {
  if (!note) return '';
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text ?? '').join('');
}
