// The shared spreadsheet document: its sheets, and the test helpers that set it up and inspect it.
// The fakes read and write it on behalf of a user; the helpers in the second half bypass the fakes
// entirely, so they are never counted as calls nor logged as writes.

import { cellA1, parseA1, type Rect } from './a1';
import { normaliseColour, NO_FILL } from './colours';
import { SheetData } from './grid';
import { LockTable } from './lock-table';
import { parseSnapshot, sheetToJson, SNAPSHOT_FORMAT, SNAPSHOT_VERSION } from './snapshot';
import type { WorkbookSnapshot } from './snapshot';
import {
  contentFromInput,
  DEFAULT_LOCALE,
  formulaOf,
  localeRules,
  valueOf,
  type CellValue,
} from './values';

export interface WorkbookOptions {
  /** Spreadsheet.getName(). */
  name?: string;
  /** Spreadsheet.getSpreadsheetTimeZone(); also the zone typed dates are read in. */
  timeZone?: string;
  /** Spreadsheet.getSpreadsheetLocale(): how typed numbers, dates, times and amounts read. */
  locale?: string;
}

/** A sheet's content for a test, from its top-left cell `at` (default 'A1'). */
export interface SheetFixture {
  at?: string;
  /** As a user would type them: '=x' is a formula, "'+1" stays the text "+1", '42' a number. */
  values?: unknown[][];
  /** Any colour setBackground accepts, or null/'' for no fill. */
  backgrounds?: Array<Array<string | null>>;
  bold?: boolean[][];
  notes?: string[][];
  /** Sheet size; defaults to a new sheet's 1000 x 26. */
  rows?: number;
  columns?: number;
}

export interface SheetDump {
  /** A1 of the area dumped. */
  range: string;
  values: CellValue[][];
  formulas: string[][];
  backgrounds: string[][];
  bold: boolean[][];
  notes: string[][];
}

export interface CellDump {
  value: CellValue;
  formula: string;
  background: string;
  bold: boolean;
  note: string;
}

function duplicateName(name: string): Error {
  return new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
}

export class Workbook {
  /** Not readonly only so that restore() can replace the whole document. */
  name: string;
  readonly id = 'emulated-spreadsheet';
  timeZone: string;
  /** 'en_US', 'en_GB' or 'de_DE' (values.ts LOCALES). */
  locale: string;
  /** In tab order. */
  readonly sheets: SheetData[] = [];
  readonly locks = new LockTable();
  // The first sheet of a new spreadsheet has id 0 (gid=0 in its URL).
  private nextSheetId = 0;

  constructor(options: WorkbookOptions = {}) {
    this.name = options.name ?? 'Untitled spreadsheet';
    this.timeZone = options.timeZone ?? 'Etc/UTC';
    this.locale = options.locale ?? DEFAULT_LOCALE;
    localeRules(this.locale);
    this.addSheet('Sheet1');
  }

  // ---- Used by the fakes ----------------------------------------------------------------

  /** Exact name, as Spreadsheet.getSheetByName. */
  sheetByName(name: string): SheetData | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  /** Sheets refuses a name that differs from an existing one only in case. */
  private checkFreeName(name: string, except?: SheetData): void {
    if (name.trim() === '') throw new Error('Sheet names cannot be empty.');
    const lower = name.toLowerCase();
    if (this.sheets.some((s) => s !== except && s.name.toLowerCase() === lower))
      throw duplicateName(name);
  }

  /** `index` is 0-based, as in Spreadsheet.insertSheet(sheetName, sheetIndex). */
  addSheet(name: string, index = this.sheets.length, rows?: number, columns?: number): SheetData {
    this.checkFreeName(name);
    if (!Number.isInteger(index) || index < 0 || index > this.sheets.length) {
      throw new Error(`Sheet index ${index} is out of range.`);
    }
    const sheet = new SheetData(name, this.nextSheetId, rows, columns);
    this.nextSheetId = this.nextSheetId === 0 ? 100001 : this.nextSheetId + 1;
    this.sheets.splice(index, 0, sheet);
    return sheet;
  }

  rename(sheet: SheetData, name: string): void {
    this.checkFreeName(name, sheet);
    sheet.name = name;
  }

  /** Puts `sheet` at `index` (0-based) among the tabs. */
  moveSheet(sheet: SheetData, index: number): void {
    const at = this.sheets.indexOf(sheet);
    if (at < 0) throw new Error('Sheet not found.');
    this.sheets.splice(at, 1);
    this.sheets.splice(index, 0, sheet);
  }

  removeSheet(sheet: SheetData): void {
    const at = this.sheets.indexOf(sheet);
    if (at < 0) throw new Error('Sheet not found.');
    if (this.sheets.length === 1) {
      throw new Error("You can't remove all the sheets in a document.");
    }
    this.sheets.splice(at, 1);
    sheet.deleted = true;
  }

  /** 'Sheet2', 'Sheet3', ... as insertSheet() with no name picks. */
  freeSheetName(): string {
    for (let n = this.sheets.length + 1; ; n++) {
      const name = `Sheet${n}`;
      if (!this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) return name;
    }
  }

  // ---- Test helpers: not Apps Script, never counted ------------------------------------

  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  private need(name: string): SheetData {
    const sheet = this.sheetByName(name);
    if (!sheet)
      throw new Error(
        `Emulator: no sheet named "${name}" (sheets: ${this.sheetNames().join(', ')}).`,
      );
    return sheet;
  }

  private rect(sheet: SheetData, a1: string): Rect {
    const rect = parseA1(a1, sheet.maxRows, sheet.maxCols);
    if (!rect) throw new Error(`Emulator: bad A1 notation "${a1}".`);
    return rect;
  }

  /**
   * Creates the sheet (at the end) or empties it, then fills it from the fixture. A fixture that
   * reaches past the sheet's size grows the sheet to fit, as pasting it into Sheets would; a
   * fixture that asks for a size smaller than its own content is a mistake and throws.
   */
  loadSheet(name: string, fixture: SheetFixture = {}): void {
    let sheet = this.sheetByName(name);
    if (sheet) {
      for (const [r, c] of sheet.entries()) sheet.put(r, c, undefined);
      if (fixture.rows) sheet.maxRows = fixture.rows;
      if (fixture.columns) sheet.maxCols = fixture.columns;
    } else {
      sheet = this.addSheet(name, this.sheets.length, fixture.rows, fixture.columns);
    }
    const origin = this.rect(sheet, fixture.at ?? 'A1');
    const layers = [fixture.values, fixture.backgrounds, fixture.bold, fixture.notes];
    // Folded, not spread: a fixture may have more rows than the stack has room for arguments.
    let height = 0;
    let width = 0;
    for (const layer of layers) {
      height = Math.max(height, layer?.length ?? 0);
      for (const line of layer ?? []) width = Math.max(width, line.length);
    }
    const lastRow = origin.row - 1 + height;
    const lastCol = origin.col - 1 + width;
    if (
      (fixture.rows && lastRow > fixture.rows) ||
      (fixture.columns && lastCol > fixture.columns)
    ) {
      throw new Error(
        `Emulator: the fixture for "${name}" reaches row ${lastRow}, column ${lastCol}, past the ` +
          `size it asks for (${fixture.rows ?? sheet.maxRows} x ${fixture.columns ?? sheet.maxCols}).`,
      );
    }
    sheet.maxRows = Math.max(sheet.maxRows, lastRow);
    sheet.maxCols = Math.max(sheet.maxCols, lastCol);
    const target = sheet;
    const each = <T>(
      grid: T[][] | undefined,
      apply: (row: number, col: number, v: T) => void,
    ): void => {
      grid?.forEach((line, r) => line.forEach((v, c) => apply(origin.row + r, origin.col + c, v)));
    };
    each(fixture.values, (r, c, v) => {
      const content = contentFromInput(v, this.timeZone, this.locale);
      target.update(r, c, (cell) => (content ? (cell.content = content) : delete cell.content));
    });
    each(fixture.backgrounds, (r, c, v) => {
      const colour = v ? normaliseColour(v) : null;
      target.update(r, c, (cell) => (colour ? (cell.background = colour) : delete cell.background));
    });
    each(fixture.bold, (r, c, v) =>
      target.update(r, c, (cell) => (v ? (cell.bold = true) : delete cell.bold)),
    );
    each(fixture.notes, (r, c, v) =>
      target.update(r, c, (cell) => (v ? (cell.note = v) : delete cell.note)),
    );
  }

  /** Everything in a sheet from A1 to the last cell with any state (or just `a1`). */
  dump(name: string, a1?: string): SheetDump {
    const sheet = this.need(name);
    let rect: Rect;
    if (a1) {
      rect = this.rect(sheet, a1);
    } else {
      let rows = 0;
      let cols = 0;
      for (const [r, c] of sheet.entries()) {
        rows = Math.max(rows, r);
        cols = Math.max(cols, c);
      }
      rect = { row: 1, col: 1, numRows: rows, numCols: cols };
    }
    const grid = <T>(read: (row: number, col: number) => T): T[][] =>
      Array.from({ length: rect.numRows }, (_, r) =>
        Array.from({ length: rect.numCols }, (_, c) => read(rect.row + r, rect.col + c)),
      );
    const last = (): string => cellA1(rect.row + rect.numRows - 1, rect.col + rect.numCols - 1);
    return {
      range: rect.numRows && rect.numCols ? `${cellA1(rect.row, rect.col)}:${last()}` : '',
      values: grid((r, c) => valueOf(sheet.get(r, c)?.content)),
      formulas: grid((r, c) => formulaOf(sheet.get(r, c)?.content)),
      backgrounds: grid((r, c) => sheet.get(r, c)?.background ?? NO_FILL),
      bold: grid((r, c) => sheet.get(r, c)?.bold === true),
      notes: grid((r, c) => sheet.get(r, c)?.note ?? ''),
    };
  }

  cell(name: string, a1: string): CellDump {
    const sheet = this.need(name);
    const { row, col } = this.rect(sheet, a1);
    const cell = sheet.get(row, col);
    return {
      value: valueOf(cell?.content),
      formula: formulaOf(cell?.content),
      background: cell?.background ?? NO_FILL,
      bold: cell?.bold === true,
      note: cell?.note ?? '',
    };
  }

  /** What getValues() returns for a formula cell (the emulator does not evaluate formulas). */
  /** Adds a conditional formatting rule over `ranges` (A1) to a sheet. */
  addConditionalFormat(name: string, ranges: string[]): void {
    this.need(name).conditionalFormats.push([...ranges]);
  }

  setFormulaResult(name: string, a1: string, result: CellValue): void {
    const sheet = this.need(name);
    const { row, col } = this.rect(sheet, a1);
    const content = sheet.get(row, col)?.content;
    if (content?.kind !== 'formula') throw new Error(`Emulator: ${name}!${a1} holds no formula.`);
    sheet.update(row, col, (cell) => (cell.content = { ...content, result }));
  }

  // ---- Saving and restoring (the local preview keeps the workbook on disk) ---------------

  /** The whole document as plain JSON: sheets in tab order, every cell with any state. */
  snapshot(): WorkbookSnapshot {
    return {
      format: SNAPSHOT_FORMAT,
      version: SNAPSHOT_VERSION,
      name: this.name,
      timeZone: this.timeZone,
      ...(this.locale !== DEFAULT_LOCALE ? { locale: this.locale } : {}),
      sheets: this.sheets.map((sheet) => sheetToJson(sheet, cellA1)),
    };
  }

  /**
   * Replaces the whole document with a snapshot (checked first: on a bad one, a SnapshotError
   * saying why, and nothing changes). Sheet ids are kept, so users' selections still apply.
   */
  restore(snapshot: unknown): void {
    const parsed = parseSnapshot(snapshot);
    for (const sheet of this.sheets) sheet.deleted = true;
    this.sheets.length = 0;
    for (const sheet of parsed.sheets) this.sheets.push(sheet);
    this.name = parsed.name;
    this.timeZone = parsed.timeZone;
    this.locale = parsed.locale;
    const maxId = parsed.sheets.reduce((max, s) => Math.max(max, s.id), 0);
    this.nextSheetId = Math.max(100001, maxId + 1);
  }

  static fromSnapshot(snapshot: unknown): Workbook {
    const workbook = new Workbook();
    workbook.restore(snapshot);
    return workbook;
  }
}
