// Sheet. https://developers.google.com/apps-script/reference/spreadsheet/sheet

import { cellA1, columnLetters, parseA1, type Rect } from './a1';
import { FakeConditionalFormatRule } from './conditional-format';
import { asGas, Fake } from './fake';
import { DEFAULT_COLUMN_WIDTH, type SheetData } from './grid';
import { FakeRange, FakeRangeList } from './range';
import type { UserScope } from './scope';
import { FakeSpreadsheet } from './spreadsheet';

type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GasRange = GoogleAppsScript.Spreadsheet.Range;

const SHEET_API = [
  'getName',
  'setName',
  'getSheetId',
  'getIndex',
  'getParent',
  'activate',
  'getDataRange',
  'getRange',
  'getRangeList',
  'getLastRow',
  'getLastColumn',
  'getMaxRows',
  'getMaxColumns',
  'insertRowsAfter',
  'insertRowsBefore',
  'insertRowAfter',
  'insertRowBefore',
  'insertColumnsAfter',
  'insertColumnsBefore',
  'insertColumnAfter',
  'insertColumnBefore',
  'deleteRow',
  'deleteRows',
  'deleteColumn',
  'deleteColumns',
  'setFrozenRows',
  'getFrozenRows',
  'getConditionalFormatRules',
  'setColumnWidth',
  'getColumnWidth',
  'clear',
  'clearContents',
  'clearFormats',
  'clearNotes',
] as const satisfies readonly (keyof GasSheet)[];

/**
 * What differs between rows and columns when they are inserted or deleted: the rules and the
 * errors are the same, the write log names a row by its number and a column by its letters.
 */
interface Axis {
  /** "rows" or "columns", as Apps Script's errors say. */
  name: string;
  size(sheet: SheetData): number;
  /** Frozen ones at the top or left; the emulator freezes rows only. */
  frozen(sheet: SheetData): number;
  insert(sheet: SheetData, before: number, howMany: number): void;
  remove(sheet: SheetData, first: number, howMany: number): void;
  /** One position in the write log: "3" (row), "C" (column). */
  label(position: number): string;
  /** Positions first to last in the write log: "3-3" (rows), "C" or "C-E" (columns). */
  span(first: number, last: number): string;
}

const ROWS: Axis = {
  name: 'rows',
  size: (sheet) => sheet.maxRows,
  frozen: (sheet) => sheet.frozenRows,
  insert: (sheet, before, howMany) => sheet.insertRows(before, howMany),
  remove: (sheet, first, howMany) => sheet.deleteRows(first, howMany),
  label: (position) => `${position}`,
  span: (first, last) => `${first}-${last}`,
};

const COLUMNS: Axis = {
  name: 'columns',
  size: (sheet) => sheet.maxCols,
  frozen: () => 0,
  insert: (sheet, before, howMany) => sheet.insertColumns(before, howMany),
  remove: (sheet, first, howMany) => sheet.deleteColumns(first, howMany),
  label: columnLetters,
  span: (first, last) =>
    first === last ? columnLetters(first) : `${columnLetters(first)}-${columnLetters(last)}`,
};

function isCount(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n);
}

export class FakeSheet extends Fake implements Pick<GasSheet, (typeof SHEET_API)[number]> {
  readonly service = 'Sheet';
  readonly api: ReadonlySet<string> = new Set(SHEET_API);

  constructor(
    readonly scope: UserScope,
    readonly data: SheetData,
  ) {
    super();
  }

  override target(): string {
    return this.data.name;
  }

  private self(): GasSheet {
    return asGas(this);
  }

  private live(): SheetData {
    if (this.data.deleted) throw new Error(`Emulator: the sheet "${this.data.name}" was deleted.`);
    return this.data;
  }

  /** A range after Apps Script's checks on the coordinates. */
  range(row: number, col: number, numRows: number, numCols: number): FakeRange {
    const sheet = this.live();
    for (const n of [row, col, numRows, numCols]) {
      if (!isCount(n))
        throw new Error(
          `The parameters (${typeof n}) don't match the method signature for SpreadsheetApp.Sheet.getRange.`,
        );
    }
    if (row < 1) throw new Error('The starting row of the range is too small.');
    if (col < 1) throw new Error('The starting column of the range is too small.');
    if (numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (numCols < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (row + numRows - 1 > sheet.maxRows || col + numCols - 1 > sheet.maxCols) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new FakeRange(this.scope, sheet, { row, col, numRows, numCols });
  }

  rangeFromA1(a1: string): FakeRange {
    const sheet = this.live();
    const rect: Rect | null = parseA1(String(a1), sheet.maxRows, sheet.maxCols);
    if (!rect) throw new Error('Range not found');
    return this.range(rect.row, rect.col, rect.numRows, rect.numCols);
  }

  // ---- identity ---------------------------------------------------------------------------

  getName(): string {
    return this.live().name;
  }

  /** Sheets refuses a duplicate name (case-insensitively). */
  setName(name: string): GasSheet {
    const sheet = this.live();
    const old = sheet.name;
    this.scope.workbook.rename(sheet, String(name));
    this.scope.logWrite(sheet, 'setName', [], `renamed "${old}" to "${sheet.name}"`);
    return this.self();
  }

  getSheetId(): number {
    return this.live().id;
  }

  /** 1-based position among the tabs. */
  getIndex(): number {
    return this.scope.workbook.sheets.indexOf(this.live()) + 1;
  }

  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return asGas(new FakeSpreadsheet(this.scope));
  }

  activate(): GasSheet {
    this.scope.activate(this.live());
    return this.self();
  }

  // ---- ranges -----------------------------------------------------------------------------

  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): GasRange {
    if (typeof a === 'string' && column === undefined) return asGas(this.rangeFromA1(a));
    return asGas(this.range(a as number, column as number, numRows ?? 1, numColumns ?? 1));
  }

  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    if (!Array.isArray(a1Notations)) {
      throw new Error(
        `The parameters (${typeof a1Notations}) don't match the method signature for SpreadsheetApp.Sheet.getRangeList.`,
      );
    }
    return asGas(
      new FakeRangeList(
        this.scope,
        this.live(),
        a1Notations.map((a1) => this.rangeFromA1(a1)),
      ),
    );
  }

  /** "Returns a Range corresponding to the dimensions in which data is present" (A1 when empty). */
  getDataRange(): GasRange {
    const sheet = this.live();
    return asGas(
      this.range(1, 1, Math.max(1, sheet.lastContentRow()), Math.max(1, sheet.lastContentColumn())),
    );
  }

  /** Last row with content (values or formulas; formatting alone does not count); 0 if none. */
  getLastRow(): number {
    return this.live().lastContentRow();
  }

  getLastColumn(): number {
    return this.live().lastContentColumn();
  }

  getMaxRows(): number {
    return this.live().maxRows;
  }

  getMaxColumns(): number {
    return this.live().maxCols;
  }

  // ---- rows and columns: every cell's value, format and note moves with it ----------------

  private insert(
    axis: Axis,
    before: number,
    howMany: number,
    method: string,
    detail: string,
  ): GasSheet {
    const sheet = this.live();
    if (
      !isCount(before) ||
      !isCount(howMany) ||
      howMany < 1 ||
      before < 1 ||
      before > axis.size(sheet) + 1
    ) {
      throw new Error(`Those ${axis.name} are out of bounds.`);
    }
    axis.insert(sheet, before, howMany);
    this.scope.logWrite(sheet, method, [], detail);
    return this.self();
  }

  /**
   * insertRowsAfter and its like. `noun` is the write log's word: "row" for insertRowAfter,
   * "rows" for insertRowsAfter even when it inserts one.
   */
  private insertAfter(
    axis: Axis,
    method: string,
    afterPosition: number,
    howMany: number,
    noun: string,
  ): GasSheet {
    if (afterPosition < 1 || afterPosition > axis.size(this.live()))
      throw new Error(`Those ${axis.name} are out of bounds.`);
    return this.insert(
      axis,
      afterPosition + 1,
      howMany,
      method,
      `insert ${howMany} ${noun} after ${axis.label(afterPosition)}`,
    );
  }

  /** insertRowsBefore and its like; see insertAfter. */
  private insertBefore(
    axis: Axis,
    method: string,
    beforePosition: number,
    howMany: number,
    noun: string,
  ): GasSheet {
    if (beforePosition > axis.size(this.live()))
      throw new Error(`Those ${axis.name} are out of bounds.`);
    return this.insert(
      axis,
      beforePosition,
      howMany,
      method,
      `insert ${howMany} ${noun} before ${axis.label(beforePosition)}`,
    );
  }

  insertRowsAfter(afterPosition: number, howMany: number): GasSheet {
    return this.insertAfter(ROWS, 'insertRowsAfter', afterPosition, howMany, 'rows');
  }

  insertRowsBefore(beforePosition: number, howMany: number): GasSheet {
    return this.insertBefore(ROWS, 'insertRowsBefore', beforePosition, howMany, 'rows');
  }

  insertRowAfter(afterPosition: number): GasSheet {
    return this.insertAfter(ROWS, 'insertRowAfter', afterPosition, 1, 'row');
  }

  insertRowBefore(beforePosition: number): GasSheet {
    return this.insertBefore(ROWS, 'insertRowBefore', beforePosition, 1, 'row');
  }

  insertColumnsAfter(afterPosition: number, howMany: number): GasSheet {
    return this.insertAfter(COLUMNS, 'insertColumnsAfter', afterPosition, howMany, 'columns');
  }

  insertColumnsBefore(beforePosition: number, howMany: number): GasSheet {
    return this.insertBefore(COLUMNS, 'insertColumnsBefore', beforePosition, howMany, 'columns');
  }

  insertColumnAfter(afterPosition: number): GasSheet {
    return this.insertAfter(COLUMNS, 'insertColumnAfter', afterPosition, 1, 'column');
  }

  insertColumnBefore(beforePosition: number): GasSheet {
    return this.insertBefore(COLUMNS, 'insertColumnBefore', beforePosition, 1, 'column');
  }

  private remove(axis: Axis, first: number, howMany: number, method: string): void {
    const sheet = this.live();
    const size = axis.size(sheet);
    if (
      !isCount(first) ||
      !isCount(howMany) ||
      first < 1 ||
      howMany < 1 ||
      first + howMany - 1 > size
    ) {
      throw new Error(`Those ${axis.name} are out of bounds.`);
    }
    const frozen = axis.frozen(sheet);
    if (size - howMany < 1 || (size - howMany <= frozen && first > frozen)) {
      throw new Error(`Sorry, it is not possible to delete all non-frozen ${axis.name}.`);
    }
    axis.remove(sheet, first, howMany);
    this.scope.logWrite(
      sheet,
      method,
      [],
      `delete ${axis.name} ${axis.span(first, first + howMany - 1)}`,
    );
  }

  deleteRow(rowPosition: number): GasSheet {
    this.remove(ROWS, rowPosition, 1, 'deleteRow');
    return this.self();
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this.remove(ROWS, rowPosition, howMany, 'deleteRows');
  }

  deleteColumn(columnPosition: number): GasSheet {
    this.remove(COLUMNS, columnPosition, 1, 'deleteColumn');
    return this.self();
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    this.remove(COLUMNS, columnPosition, howMany, 'deleteColumns');
  }

  setFrozenRows(rows: number): void {
    const sheet = this.live();
    if (!isCount(rows) || rows < 0 || rows >= sheet.maxRows) {
      throw new Error(
        `Emulator: cannot freeze ${String(rows)} rows of a sheet with ${sheet.maxRows}.`,
      );
    }
    sheet.frozenRows = rows;
    this.scope.logWrite(sheet, 'setFrozenRows', [], `freeze ${rows} rows`);
  }

  getFrozenRows(): number {
    return this.live().frozenRows;
  }

  getConditionalFormatRules(): GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] {
    return this.live().conditionalFormats.map((ranges) =>
      asGas(new FakeConditionalFormatRule(ranges)),
    );
  }

  setColumnWidth(columnPosition: number, width: number): GasSheet {
    const sheet = this.live();
    if (!isCount(columnPosition) || columnPosition < 1 || columnPosition > sheet.maxCols) {
      throw new Error('Those columns are out of bounds.');
    }
    sheet.columnWidths.set(columnPosition, width);
    this.scope.logWrite(
      sheet,
      'setColumnWidth',
      [],
      `column ${columnLetters(columnPosition)} width ${width}`,
    );
    return this.self();
  }

  getColumnWidth(columnPosition: number): number {
    return this.live().columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }

  // ---- clearing the whole sheet -----------------------------------------------------------

  private wipeAll(
    method: string,
    what: { content?: boolean; format?: boolean; note?: boolean },
  ): GasSheet {
    const sheet = this.live();
    const touched: string[] = [];
    for (const [r, c, cell] of sheet.entries()) {
      if (
        (what.content && cell.content) ||
        (what.format && (cell.background || cell.bold)) ||
        (what.note && cell.note)
      ) {
        touched.push(cellA1(r, c));
      }
      sheet.update(r, c, (next) => {
        if (what.content) delete next.content;
        if (what.format) {
          delete next.background;
          delete next.bold;
        }
        if (what.note) delete next.note;
      });
    }
    this.scope.logWrite(sheet, method, touched);
    return this.self();
  }

  /** "Clears the sheet of content and formatting information"; options pick one of them. */
  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): GasSheet {
    const only = options && (options.formatOnly || options.contentsOnly);
    return this.wipeAll('clear', {
      content: !only || !!options?.contentsOnly,
      format: !only || !!options?.formatOnly,
    });
  }

  clearContents(): GasSheet {
    return this.wipeAll('clearContents', { content: true });
  }

  clearFormats(): GasSheet {
    return this.wipeAll('clearFormats', { format: true });
  }

  clearNotes(): GasSheet {
    return this.wipeAll('clearNotes', { note: true });
  }
}
