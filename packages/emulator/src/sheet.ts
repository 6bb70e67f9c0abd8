// Sheet. https://developers.google.com/apps-script/reference/spreadsheet/sheet

import { cellA1, columnLetters, parseA1, type Rect } from './a1';
import { clearParts, hasParts, type CellParts } from './clearing';
import { FakeConditionalFormatRule } from './conditional-format';
import { asGas, Fake } from './fake';
import { DEFAULT_COLUMN_WIDTH, type SheetData } from './grid';
import type { Parents } from './parents';
import { FakeRange } from './range';
import { checkedRect, isCount } from './range-coordinates';
import { FakeRangeList } from './range-list';
import type { UserScope } from './scope';
import { COLUMNS, insertAfter, insertBefore, remove, ROWS } from './sheet-rows-columns';

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

export class FakeSheet extends Fake implements Pick<GasSheet, (typeof SHEET_API)[number]> {
  readonly service = 'Sheet';
  readonly api: ReadonlySet<string> = new Set(SHEET_API);

  constructor(
    readonly scope: UserScope,
    readonly data: SheetData,
    private readonly parents: Parents,
  ) {
    super();
  }

  override target(): string {
    return this.data.name;
  }

  private self(): GasSheet {
    return asGas(this);
  }

  /** The sheet's data, or a throw if it was deleted. */
  live(): SheetData {
    if (this.data.deleted) throw new Error(`Emulator: the sheet "${this.data.name}" was deleted.`);
    return this.data;
  }

  /** A range after Apps Script's checks on the coordinates. */
  range(row: number, col: number, numRows: number, numCols: number): FakeRange {
    const sheet = this.live();
    const rect = checkedRect(sheet, row, col, numRows, numCols);
    return new FakeRange(this.scope, sheet, rect, this.parents);
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
    return this.parents.spreadsheet();
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

  // ---- rows and columns (sheet-rows-columns.ts) -------------------------------------------

  insertRowsAfter(afterPosition: number, howMany: number): GasSheet {
    insertAfter(this, ROWS, 'insertRowsAfter', afterPosition, howMany, 'rows');
    return this.self();
  }

  insertRowsBefore(beforePosition: number, howMany: number): GasSheet {
    insertBefore(this, ROWS, 'insertRowsBefore', beforePosition, howMany, 'rows');
    return this.self();
  }

  insertRowAfter(afterPosition: number): GasSheet {
    insertAfter(this, ROWS, 'insertRowAfter', afterPosition, 1, 'row');
    return this.self();
  }

  insertRowBefore(beforePosition: number): GasSheet {
    insertBefore(this, ROWS, 'insertRowBefore', beforePosition, 1, 'row');
    return this.self();
  }

  insertColumnsAfter(afterPosition: number, howMany: number): GasSheet {
    insertAfter(this, COLUMNS, 'insertColumnsAfter', afterPosition, howMany, 'columns');
    return this.self();
  }

  insertColumnsBefore(beforePosition: number, howMany: number): GasSheet {
    insertBefore(this, COLUMNS, 'insertColumnsBefore', beforePosition, howMany, 'columns');
    return this.self();
  }

  insertColumnAfter(afterPosition: number): GasSheet {
    insertAfter(this, COLUMNS, 'insertColumnAfter', afterPosition, 1, 'column');
    return this.self();
  }

  insertColumnBefore(beforePosition: number): GasSheet {
    insertBefore(this, COLUMNS, 'insertColumnBefore', beforePosition, 1, 'column');
    return this.self();
  }

  deleteRow(rowPosition: number): GasSheet {
    remove(this, ROWS, rowPosition, 1, 'deleteRow');
    return this.self();
  }

  deleteRows(rowPosition: number, howMany: number): void {
    remove(this, ROWS, rowPosition, howMany, 'deleteRows');
  }

  deleteColumn(columnPosition: number): GasSheet {
    remove(this, COLUMNS, columnPosition, 1, 'deleteColumn');
    return this.self();
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    remove(this, COLUMNS, columnPosition, howMany, 'deleteColumns');
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

  private wipeAll(method: string, parts: CellParts): GasSheet {
    const sheet = this.live();
    const touched: string[] = [];
    for (const [r, c, cell] of sheet.entries()) {
      if (hasParts(cell, parts)) touched.push(cellA1(r, c));
      sheet.update(r, c, (next) => clearParts(next, parts));
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
