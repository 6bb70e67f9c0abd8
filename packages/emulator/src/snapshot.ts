// A workbook as plain JSON, so the local preview can keep it on disk between runs (and undo an
// execution it has to replay). Only the shared document is saved: users, their selections,
// dialogs and locks belong to a session and are not part of the file.

import { parseA1 } from './a1';
import { normaliseColour } from './colours';
import { SheetData, type Cell, DEFAULT_COLUMNS, DEFAULT_ROWS } from './grid';
import { isDate } from './time';
import {
  DEFAULT_LOCALE,
  LOCALES,
  UNEVALUATED_FORMULA_RESULT,
  type CellValue,
  type Content,
} from './values';

export const SNAPSHOT_FORMAT = 'career-dreams-emulated-workbook';
export const SNAPSHOT_VERSION = 1;

/** A cell value in JSON: a Date is `{ date: ISO string }`. */
export type SnapshotValue = string | number | boolean | { date: string };

export interface CellSnapshot {
  /** A1 of the cell. */
  cell: string;
  /** What the cell holds: a value, or a formula with its last result. */
  value?: SnapshotValue;
  /** Shown as a percentage ('50%' typed). */
  percent?: true;
  /** The number format typing gave a date, time or amount, e.g. 'M/d/yyyy', 'H:mm'. */
  format?: string;
  formula?: string;
  result?: SnapshotValue;
  /** '#rrggbb'. */
  background?: string;
  bold?: true;
  note?: string;
}

export interface SheetSnapshot {
  name: string;
  id: number;
  rows: number;
  columns: number;
  frozenRows: number;
  /** Column number -> width in pixels, for the columns whose width was set. */
  columnWidths: Record<string, number>;
  /** Conditional formatting rules, each as the A1 ranges it applies to (their looks are not kept). */
  conditionalFormats?: string[][];
  /** Cells with any state, in reading order. */
  cells: CellSnapshot[];
}

export interface WorkbookSnapshot {
  format: typeof SNAPSHOT_FORMAT;
  version: typeof SNAPSHOT_VERSION;
  name: string;
  timeZone: string;
  /** Spreadsheet.getSpreadsheetLocale(); 'en_US' when absent. */
  locale?: string;
  sheets: SheetSnapshot[];
}

/** Why a snapshot cannot be read, in one plain sentence. */
export class SnapshotError extends Error {
  override name = 'SnapshotError';
}

function fail(message: string): never {
  throw new SnapshotError(message);
}

// ---- To JSON ------------------------------------------------------------------------------

function valueToJson(value: CellValue): SnapshotValue {
  return isDate(value) ? { date: value.toISOString() } : value;
}

function cellToJson(a1: string, cell: Cell): CellSnapshot {
  const out: CellSnapshot = { cell: a1 };
  const content = cell.content;
  if (content?.kind === 'value') {
    out.value = valueToJson(content.value);
    if (content.percent) out.percent = true;
    if (content.format) out.format = content.format;
  } else if (content?.kind === 'formula') {
    out.formula = content.formula;
    out.result = valueToJson(content.result);
  }
  if (cell.background) out.background = cell.background;
  if (cell.bold) out.bold = true;
  if (cell.note) out.note = cell.note;
  return out;
}

export function sheetToJson(sheet: SheetData, a1: (row: number, col: number) => string) {
  const cells = sheet
    .entries()
    .sort(([r1, c1], [r2, c2]) => r1 - r2 || c1 - c2)
    .map(([r, c, cell]) => cellToJson(a1(r, c), cell));
  const snapshot: SheetSnapshot = {
    name: sheet.name,
    id: sheet.id,
    rows: sheet.maxRows,
    columns: sheet.maxCols,
    frozenRows: sheet.frozenRows,
    columnWidths: Object.fromEntries([...sheet.columnWidths].sort(([a], [b]) => a - b)),
    cells,
  };
  if (sheet.conditionalFormats.length) {
    snapshot.conditionalFormats = sheet.conditionalFormats.map((ranges) => [...ranges]);
  }
  return snapshot;
}

// ---- From JSON (checked: the file may have been edited by hand or be from elsewhere) -----

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function count(value: unknown, what: string, min: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    fail(`${what} must be a whole number of at least ${min}.`);
  }
  return value;
}

function valueFromJson(value: unknown, where: string): CellValue {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (isRecord(value) && typeof value.date === 'string') {
    const date = new Date(value.date);
    if (!Number.isNaN(date.getTime())) return date;
  }
  return fail(`${where} holds a value that is not text, a number, TRUE/FALSE or a date.`);
}

function contentFromJson(cell: Record<string, unknown>, where: string): Content | undefined {
  if (cell.formula !== undefined) {
    if (typeof cell.formula !== 'string' || !cell.formula.startsWith('=')) {
      fail(`${where} has a formula that does not start with "=".`);
    }
    const result =
      cell.result === undefined ? UNEVALUATED_FORMULA_RESULT : valueFromJson(cell.result, where);
    return { kind: 'formula', formula: cell.formula, result };
  }
  if (cell.value === undefined || cell.value === '') return undefined;
  const value = valueFromJson(cell.value, where);
  const content: Content =
    cell.percent === true && typeof value === 'number'
      ? { kind: 'value', value, percent: true }
      : { kind: 'value', value };
  if (typeof cell.format === 'string' && cell.format !== '') content.format = cell.format;
  return content;
}

function cellFromJson(raw: unknown, sheet: SheetData, sheetName: string): void {
  if (!isRecord(raw) || typeof raw.cell !== 'string') fail(`A cell on ${sheetName} has no A1.`);
  const where = `${sheetName}!${raw.cell}`;
  const rect = parseA1(raw.cell, sheet.maxRows, sheet.maxCols);
  const inside = rect && rect.row <= sheet.maxRows && rect.col <= sheet.maxCols;
  if (!rect || !inside || rect.numRows !== 1 || rect.numCols !== 1) {
    fail(`${where} is not a single cell inside the sheet.`);
  }
  const cell: Cell = {};
  const content = contentFromJson(raw, where);
  if (content) cell.content = content;
  if (raw.background !== undefined && raw.background !== null) {
    try {
      const colour = normaliseColour(String(raw.background));
      if (colour) cell.background = colour;
    } catch {
      fail(`${where} has a fill colour that is not a colour.`);
    }
  }
  if (raw.bold === true) cell.bold = true;
  if (typeof raw.note === 'string' && raw.note !== '') cell.note = raw.note;
  if (sheet.get(rect.row, rect.col)) fail(`${where} appears twice.`);
  sheet.put(rect.row, rect.col, cell);
}

function sheetFromJson(raw: unknown, index: number): SheetData {
  if (!isRecord(raw)) fail(`Sheet ${index + 1} is not described.`);
  if (typeof raw.name !== 'string' || raw.name.trim() === '')
    fail(`Sheet ${index + 1} has no name.`);
  const name = raw.name;
  const sheet = new SheetData(
    name,
    count(raw.id, `The id of ${name}`, 0),
    count(raw.rows ?? DEFAULT_ROWS, `The row count of ${name}`, 1),
    count(raw.columns ?? DEFAULT_COLUMNS, `The column count of ${name}`, 1),
  );
  sheet.frozenRows = count(raw.frozenRows ?? 0, `The frozen rows of ${name}`, 0);
  if (raw.columnWidths !== undefined) {
    if (!isRecord(raw.columnWidths)) fail(`The column widths of ${name} are not a list.`);
    for (const [col, width] of Object.entries(raw.columnWidths)) {
      sheet.columnWidths.set(
        count(Number(col), `A column of ${name}`, 1),
        count(width, `A column width of ${name}`, 0),
      );
    }
  }
  if (raw.conditionalFormats !== undefined) {
    const rules = raw.conditionalFormats;
    if (
      !Array.isArray(rules) ||
      !rules.every((r) => Array.isArray(r) && r.every((a) => typeof a === 'string'))
    ) {
      fail(`The conditional formatting of ${name} is not a list of ranges.`);
    }
    sheet.conditionalFormats = (rules as string[][]).map((ranges) => [...ranges]);
  }
  if (!Array.isArray(raw.cells)) fail(`The cells of ${name} are not a list.`);
  for (const cell of raw.cells) cellFromJson(cell, sheet, name);
  return sheet;
}

export interface ParsedSnapshot {
  name: string;
  timeZone: string;
  locale: string;
  sheets: SheetData[];
}

/** Checks a snapshot read from JSON and builds its sheets. Throws a SnapshotError. */
export function parseSnapshot(raw: unknown): ParsedSnapshot {
  if (!isRecord(raw) || raw.format !== SNAPSHOT_FORMAT) {
    fail('This is not a workbook saved by the Career Dreams preview.');
  }
  if (raw.version !== SNAPSHOT_VERSION) {
    fail(
      `This workbook was saved in format version ${String(raw.version)}; this preview reads version ${SNAPSHOT_VERSION}.`,
    );
  }
  if (typeof raw.name !== 'string') fail('The workbook has no name.');
  const timeZone = typeof raw.timeZone === 'string' ? raw.timeZone : 'Etc/UTC';
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    fail(`The time zone "${timeZone}" is not one this computer knows.`);
  }
  if (!Array.isArray(raw.sheets) || raw.sheets.length === 0) fail('The workbook has no sheets.');
  const sheets = raw.sheets.map(sheetFromJson);
  const seenNames = new Set<string>();
  const seenIds = new Set<number>();
  for (const sheet of sheets) {
    const lower = sheet.name.toLowerCase();
    if (seenNames.has(lower)) fail(`Two sheets are called "${sheet.name}".`);
    if (seenIds.has(sheet.id)) fail(`Two sheets have the id ${sheet.id}.`);
    seenNames.add(lower);
    seenIds.add(sheet.id);
  }
  const locale = raw.locale === undefined ? DEFAULT_LOCALE : raw.locale;
  if (typeof locale !== 'string' || !(locale in LOCALES)) {
    fail(
      `The locale "${String(locale)}" is not one the preview knows (${Object.keys(LOCALES).join(', ')}).`,
    );
  }
  return { name: raw.name, timeZone, locale, sheets };
}
