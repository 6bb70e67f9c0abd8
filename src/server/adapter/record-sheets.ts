// The record sheets that follow the conversation (Plan, Check-ins): finding them by name, reading
// each in one call, and carrying out the three record edits. Rows are appended below everything
// (the sheet's last row is asked right before writing), cells are written one by one in a row
// found by content, and after a write into or a delete of such a row one read checks that the
// row was still the one meant; if not, what was changed is put back and the action is refused.
// The core decides (src/core/follow-up/); this only reads and writes.
import {
  findRecordSheetName,
  isIsoDay,
  recordGuardBreaks,
  recordPutBack,
  sheetIndexByName,
  UserError,
  type Edit,
  type RecordCell,
  type RecordSheetFact,
  type RecordWrite,
} from '../../core';
import { growTo, insertInBackground } from './apply-edits';
import { literal } from './literal';
import { settledRead } from './settled-read';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export type RecordEdit = Extract<
  Edit,
  { kind: 'appendRecordRows' | 'writeRecordCells' | 'deleteRecordRow' }
>;

/** A record sheet as read: its handle and its cells (what a put back restores). */
export interface ReadRecordSheet {
  sheet: Sheet;
  /** Its name as spelt in the file. */
  name: string;
  values: RecordCell[][];
}

/**
 * Where record edits go, and what one call already knows: the record sheets read (by their name
 * in the file) and the spreadsheet's time zone, asked once per call.
 */
export class RecordTarget {
  readonly read = new Map<string, ReadRecordSheet>();
  private zone: string | null = null;
  /** Days already formatted, by instant: a check-in's rows share one date, asked once. */
  private readonly days = new Map<number, string>();

  constructor(readonly spreadsheet: Spreadsheet) {}

  /** The spreadsheet's time zone, asked at most once. */
  timeZone(): string {
    this.zone ??= this.spreadsheet.getSpreadsheetTimeZone();
    return this.zone;
  }

  /** A date cell's day in the spreadsheet's time zone (Utilities.formatDate, once per instant). */
  dayOf(date: Date): string {
    const at = date.getTime();
    let day = this.days.get(at);
    if (day === undefined) {
      day = Utilities.formatDate(date, this.timeZone(), 'yyyy-MM-dd');
      this.days.set(at, day);
    }
    return day;
  }

  /** A record sheet read (or created) earlier in this call, by the name an edit gives (any letter case). */
  sheetNamed(name: string): ReadRecordSheet | undefined {
    const names = [...this.read.keys()];
    const found = names[sheetIndexByName(names, name)];
    return found === undefined ? undefined : this.read.get(found);
  }
}

/**
 * The sheet named `wanted` by the core's rule: the exact name first (one call, the usual case),
 * else the same name trimmed and in any letter case. Sheets refuses two names that differ only
 * in case, so there is at most one.
 */
export function findRecordSheet(spreadsheet: Spreadsheet, wanted: string): Sheet | null {
  const exact = spreadsheet.getSheetByName(wanted);
  if (exact) return exact;
  const sheets = spreadsheet.getSheets();
  const name = findRecordSheetName(
    sheets.map((sheet) => sheet.getName()),
    wanted,
  );
  return sheets.find((sheet) => sheet.getName() === name) ?? null;
}

/**
 * A record sheet as the core reads it: one getValues over its used area, each date cell given
 * as its day in the spreadsheet's time zone, strings trimmed. getValues, not getDisplayValues:
 * a date must read as its day whatever number format the person gave it (10 June 2026, 6/10/26).
 * https://developers.google.com/apps-script/reference/spreadsheet/range#getValues()
 */
export function readRecordSheet(target: RecordTarget, wanted: string): RecordSheetFact {
  const sheet = findRecordSheet(target.spreadsheet, wanted);
  if (!sheet) return { exists: false, name: '', values: [] };
  const values = recordCells(target, sheet);
  const name = sheet.getName();
  target.read.set(name, { sheet, name, values });
  return { exists: true, name, values };
}

/** The used area's values in one call, as record cells. */
function recordCells(target: RecordTarget, sheet: Sheet): RecordCell[][] {
  const raw = sheet.getDataRange().getValues() as unknown[][];
  // An empty sheet's data range is A1 alone, which reads as one empty cell.
  if (sheet.getLastRow() === 0) return [];
  return raw.map((row) => row.map((value) => recordCell(target, value)));
}

/** The record cells, read until the sheet holds still (./settled-read). */
function settledCells(target: RecordTarget, sheet: Sheet): RecordCell[][] {
  return settledRead(sheet, () => recordCells(target, sheet), 0);
}

/**
 * Sheets' day 0. A cell holding a time of day alone (9:00) is a number below 1, which getValues
 * gives as a Date on that day, and a duration (26:00, `[h]:mm`) a Date a day or more after it:
 * they hold no day, and read as their hours, as the .xlsx reader reads a time-formatted cell
 * (src/xlsx/record.ts), so a plan reads the same after a download. No plan's date is in the first
 * two months of 1900 (Excel cannot even hold one before it), so a Date up to then is taken as a
 * time or a duration.
 */
const DAY_ZERO = Date.UTC(1899, 11, 30);
const FIRST_PLAN_DAY = '1900-03-01';

function recordCell(target: RecordTarget, value: unknown): RecordCell {
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') {
    const day = target.dayOf(value as Date);
    if (day >= FIRST_PLAN_DAY || day < '1899-12-30') return day;
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    const days = Math.round((Date.UTC(y, m - 1, d) - DAY_ZERO) / 86_400_000);
    const [h, min] = Utilities.formatDate(value as Date, target.timeZone(), 'H:mm').split(':');
    return `${days * 24 + Number(h)}:${min}`;
  }
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return value === null || value === undefined ? '' : String(value);
}

/**
 * What one cell is given. A day is written as its bare yyyy-MM-dd text, which Sheets reads as a
 * date in every locale, as typing it would (setValue parses like the UI:
 * https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption), so the cell is a
 * real date cell; every other string is literal text (literal.ts).
 */
export function cellInput(value: RecordWrite): string | number {
  if (typeof value === 'object') {
    // Typed bare, text is parsed as Sheets likes: only a real calendar day goes that way (a
    // 2026-02-30 is typed as the text it is, never as whatever Sheets might make of it).
    return isIsoDay(value.day) ? value.day : literal(value.day);
  }
  return literal(value);
}

/** Carries out the record edits in order; a write or delete in a found row is checked after. */
export function applyRecordEdits(target: RecordTarget, edits: readonly RecordEdit[]): void {
  for (const edit of edits) {
    switch (edit.kind) {
      case 'appendRecordRows':
        appendRows(target, edit);
        break;
      case 'writeRecordCells':
        writeCells(target, edit);
        break;
      case 'deleteRecordRow':
        deleteRow(target, edit);
        break;
    }
  }
}

/** Whether every edit is one of the record sheets' (the others go through the dreams writer). */
export function isRecordEdit(edit: Edit): edit is RecordEdit {
  return (
    edit.kind === 'appendRecordRows' ||
    edit.kind === 'writeRecordCells' ||
    edit.kind === 'deleteRecordRow'
  );
}

function requireRead(target: RecordTarget, name: string): ReadRecordSheet {
  const read = target.sheetNamed(name);
  if (!read) throw new Error(`record sheets: ${name} was not read first`);
  return read;
}

/**
 * Rows below everything: the last row is asked right before writing, so a row someone added
 * since the read is not written over. A new sheet is inserted last and in the background and
 * gets the block from row 1; the block's first `boldRows` rows (a header) are made bold. Two
 * writes (values, fills); a new sheet two more (the sheet itself, the bold).
 */
function appendRows(target: RecordTarget, edit: Extract<RecordEdit, { kind: 'appendRecordRows' }>) {
  const rows = edit.rows.length;
  const cols = widest(edit.rows);
  if (rows === 0 || cols === 0) return;
  let read: ReadRecordSheet;
  let first: number;
  if (edit.create) {
    const created = insertInBackground(target.spreadsheet, edit.sheet);
    const name = created.getName();
    read = { sheet: created, name, values: [] };
    target.read.set(name, read);
    first = 1;
    // Refused, the sheet just made goes again: nothing was recorded, so nothing is left behind.
    roomFor(
      name,
      () => growTo(created, rows, edit.col + cols - 1, { rows: 0, cols: 0 }),
      () => {
        target.read.delete(name);
        target.spreadsheet.deleteSheet(created);
      },
    );
  } else {
    const found = requireRead(target, edit.sheet);
    const below = found.sheet.getLastRow() + 1;
    const known = { rows: found.values.length, cols: found.values[0]?.length ?? 0 };
    roomFor(found.name, () => growTo(found.sheet, below + rows - 1, edit.col + cols - 1, known));
    read = found;
    first = below;
  }
  const { sheet } = read;
  const block = sheet.getRange(first, edit.col, rows, cols);
  block.setValues(edit.rows.map((row) => padded(row, cols).map(cellInput)));
  if (edit.backgrounds) {
    const fills = edit.backgrounds.map((row) => {
      const line: (string | null)[] = [...row];
      while (line.length < cols) line.push(null);
      return line;
    });
    // null resets a cell's fill; the type declarations allow only strings.
    block.setBackgrounds(fills as string[][]);
  }
  // Rows added or deleted by hand since the read: the copy kept for the answer would miss them,
  // so it is read again (one read, only then); else the rows written are put into it.
  if (first - 1 === read.values.length) remember(read, first, edit);
  else read.values = settledCells(target, sheet);
  if (edit.boldRows) {
    const bold = Math.min(edit.boldRows, rows);
    sheet
      .getRange(first, edit.col, bold, cols)
      .setFontWeights(Array.from({ length: bold }, () => Array(cols).fill('bold' as const)));
  }
}

/**
 * Makes room for an append (more rows or columns), which is done before anything is written.
 * Sheets refuses once the spreadsheet would pass its 10 million cells
 * (https://support.google.com/drive/answer/37603), which years of check-ins of a large table can
 * reach: every cell of every sheet counts, empty or not. Its error, in the person's language, is
 * not one of ours, so whatever a refused growth says, the person is told what happened and what
 * to do; the details go to the execution log. (Only the growth: any other failure stays a bug,
 * answered with the generic sentence.)
 */
function roomFor<T>(sheetName: string, make: () => T, undo?: () => void): T {
  try {
    return make();
  } catch (error) {
    console.error(error);
    undo?.();
    throw new UserError(
      `Sheets would not make room on ‘${sheetName}’, so nothing was recorded: a spreadsheet holds ` +
        'at most 10 million cells, counting the empty ones of every sheet. Delete the rows and ' +
        'columns no sheet uses, or keep the oldest records in a copy of the file, then try again.',
    );
  }
}

/**
 * The appended rows in the copy of the sheet kept for the answer, as a read would give them
 * (a day as its text), so the answer needs no second read.
 */
function remember(
  read: ReadRecordSheet,
  first: number,
  edit: Extract<RecordEdit, { kind: 'appendRecordRows' }>,
): void {
  const values = read.values.map((row) => [...row]);
  edit.rows.forEach((row, i) => {
    const r = first - 1 + i;
    while (values.length <= r) values.push([]);
    const line = values[r]!;
    row.forEach((value, j) => {
      const c = edit.col - 1 + j;
      while (line.length <= c) line.push('');
      line[c] =
        typeof value === 'object' ? value.day : typeof value === 'string' ? value.trim() : value;
    });
  });
  // Rows as wide as the widest, as getValues gives them.
  const width = widest(values);
  for (const line of values) while (line.length < width) line.push('');
  read.values = values;
}

/** The length of the longest row (a check-in may have many thousands: no spread). */
function widest(rows: readonly (readonly unknown[])[]): number {
  let width = 0;
  for (const row of rows) width = Math.max(width, row.length);
  return width;
}

function padded(row: readonly RecordWrite[], cols: number): RecordWrite[] {
  const line = [...row];
  while (line.length < cols) line.push('');
  return line;
}

/**
 * Single cells of a row found by content, one setValue each (they are a few, and a block would
 * also write the cells between them, which may be someone's extra columns). Then the check.
 */
function writeCells(target: RecordTarget, edit: Extract<RecordEdit, { kind: 'writeRecordCells' }>) {
  const read = requireRead(target, edit.sheet);
  const { sheet } = read;
  const known = { rows: read.values.length, cols: read.values[0]?.length ?? 0 };
  for (const cell of edit.cells) {
    growTo(sheet, cell.row, cell.col, known);
    sheet.getRange(cell.row, cell.col).setValue(cellInput(cell.value));
  }
  checkAfter(target, read, edit);
}

/** The whole row (its extra columns go with it: the person asked for the item to go). */
function deleteRow(target: RecordTarget, edit: Extract<RecordEdit, { kind: 'deleteRecordRow' }>) {
  const read = requireRead(target, edit.sheet);
  read.sheet.deleteRow(edit.row);
  checkAfter(target, read, edit);
}

/** The refusal when a record sheet moved under a write: nothing (left) changed. */
export function recordChanged(sheetName: string): UserError {
  return new UserError(
    `‘${sheetName}’ changed while you clicked (someone edited the sheet). Nothing was changed; ` +
      'the list is refreshed, try again.',
    'changed',
  );
}

/**
 * One read after the write: the cells the row was found by must still name it (for a delete,
 * the rows around it must read as the first read with that row gone). If not, the sheet moved
 * under the write: what the core says was changed is put back, and the action is refused.
 */
function checkAfter(
  target: RecordTarget,
  read: ReadRecordSheet,
  edit: Extract<RecordEdit, { kind: 'writeRecordCells' | 'deleteRecordRow' }>,
): void {
  const after = settledCells(target, read.sheet);
  if (recordGuardBreaks(edit, read.values, after).length === 0) {
    read.values = after;
    return;
  }
  const back = recordPutBack(edit, read.values, after);
  const { sheet } = read;
  // A delete that took another row: that row comes back at its place, then its cells.
  if (back.insertRowBefore !== undefined) sheet.insertRowBefore(back.insertRowBefore);
  for (const cell of back.cells) sheet.getRange(cell.row, cell.col).setValue(cellInput(cell.value));
  throw recordChanged(sheet.getName());
}
