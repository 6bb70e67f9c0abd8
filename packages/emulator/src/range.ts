// Range and RangeList. https://developers.google.com/apps-script/reference/spreadsheet/range
// https://developers.google.com/apps-script/reference/spreadsheet/range-list
//
// A Range is fixed coordinates on a sheet (like Apps Script's: it does not follow later row
// insertions). Reads return fresh arrays; writes go through the shared SheetData and are logged.

import { rectA1, rectCells, type Rect } from './a1';
import { normaliseColour, NO_FILL } from './colours';
import { asGas, describeType, Fake } from './fake';
import type { Cell, SheetData } from './grid';
import type { UserScope } from './scope';
import { FakeSheet } from './sheet';
import {
  compareValues,
  contentFromInput,
  displayOf,
  formulaOf,
  valueOf,
  type CellValue,
} from './values';

type GasRange = GoogleAppsScript.Spreadsheet.Range;
type GasRangeList = GoogleAppsScript.Spreadsheet.RangeList;
type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;

// Runtime values of SpreadsheetApp.Dimension (names, as Apps Script enums print).
export const DIMENSION = Object.freeze({
  COLUMNS: 'COLUMNS',
  ROWS: 'ROWS',
}) as unknown as typeof GoogleAppsScript.Spreadsheet.Dimension;

const RANGE_API = [
  'getValues',
  'setValues',
  'getValue',
  'setValue',
  'getDisplayValues',
  'getDisplayValue',
  'getFormulas',
  'getFormula',
  'setFormula',
  'getBackgrounds',
  'setBackgrounds',
  'getBackground',
  'setBackground',
  'getFontWeights',
  'setFontWeights',
  'getFontWeight',
  'setFontWeight',
  'getNotes',
  'setNotes',
  'getNote',
  'setNote',
  'getRow',
  'getColumn',
  'getNumRows',
  'getNumColumns',
  'getLastRow',
  'getLastColumn',
  'getA1Notation',
  'getSheet',
  'getCell',
  'offset',
  'isBlank',
  'clear',
  'clearContent',
  'clearFormat',
  'clearNote',
  'deleteCells',
  'activate',
  'sort',
] as const satisfies readonly (keyof GasRange)[];

export interface ClearOptions {
  commentsOnly?: boolean;
  contentsOnly?: boolean;
  formatOnly?: boolean;
  validationsOnly?: boolean;
  skipFilteredRows?: boolean;
}

function checkWeight(weight: unknown): boolean {
  if (weight === null || weight === 'normal') return false;
  if (weight === 'bold') return true;
  throw new Error(
    `Emulator: font weight must be 'bold', 'normal' or null, not ${JSON.stringify(weight)}.`,
  );
}

export class FakeRange extends Fake implements Pick<GasRange, (typeof RANGE_API)[number]> {
  readonly service = 'Range';
  readonly api: ReadonlySet<string> = new Set(RANGE_API);

  constructor(
    readonly scope: UserScope,
    readonly sheet: SheetData,
    readonly rect: Rect,
  ) {
    super();
  }

  override target(): string {
    return `${this.sheet.name}!${rectA1(this.rect)}`;
  }

  private self(): GasRange {
    return asGas(this);
  }

  private live(): SheetData {
    if (this.sheet.deleted)
      throw new Error(`Emulator: the sheet this range was on ("${this.sheet.name}") was deleted.`);
    return this.sheet;
  }

  /** A grid of `read(cell)` over the range. */
  private read<T>(read: (cell: Cell | undefined) => T): T[][] {
    const sheet = this.live();
    const { row, col, numRows, numCols } = this.rect;
    const out: T[][] = [];
    for (let r = 0; r < numRows; r++) {
      const line: T[] = [];
      for (let c = 0; c < numCols; c++) line.push(read(sheet.get(row + r, col + c)));
      out.push(line);
    }
    return out;
  }

  private first<T>(read: (cell: Cell | undefined) => T): T {
    return read(this.live().get(this.rect.row, this.rect.col));
  }

  /** Applies `change(cell, r, c)` (0-based offsets) to every cell of the range. No logging. */
  forEachCell(change: (cell: Cell, r: number, c: number) => void): void {
    const sheet = this.live();
    const { row, col, numRows, numCols } = this.rect;
    for (let r = 0; r < numRows; r++) {
      for (let c = 0; c < numCols; c++)
        sheet.update(row + r, col + c, (cell) => change(cell, r, c));
    }
  }

  /** Checks a 2-D array against the range's shape, with Apps Script's messages. */
  private grid<T>(data: unknown, method: string): T[][] {
    if (!Array.isArray(data) || !data.every((line) => Array.isArray(line))) {
      throw new Error(
        `The parameters (${describeType(data)}) don't match the method signature for SpreadsheetApp.Range.${method}.`,
      );
    }
    const { numRows, numCols } = this.rect;
    if (data.length !== numRows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${numRows}.`,
      );
    }
    for (const line of data as unknown[][]) {
      if (line.length !== numCols) {
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${numCols}.`,
        );
      }
    }
    return data as T[][];
  }

  private logged(method: string): void {
    this.scope.logWrite(this.sheet, method, rectCells(this.rect));
  }

  // ---- values and formulas --------------------------------------------------------------

  getValues(): CellValue[][] {
    return this.read((cell) => valueOf(cell?.content));
  }

  getValue(): CellValue {
    return this.first((cell) => valueOf(cell?.content));
  }

  getDisplayValues(): string[][] {
    const zone = this.scope.workbook.timeZone;
    return this.read((cell) => displayOf(cell?.content, zone));
  }

  getDisplayValue(): string {
    return this.first((cell) => displayOf(cell?.content, this.scope.workbook.timeZone));
  }

  getFormulas(): string[][] {
    return this.read((cell) => formulaOf(cell?.content));
  }

  getFormula(): string {
    return this.first((cell) => formulaOf(cell?.content));
  }

  /** Writes typed input into every cell (used by setValue and RangeList.setValue). No logging. */
  fill(value: unknown): void {
    const zone = this.scope.workbook.timeZone;
    this.forEachCell((cell) => {
      const content = contentFromInput(value, zone);
      if (content) cell.content = content;
      else delete cell.content;
    });
  }

  setValues(values: unknown[][]): GasRange {
    const data = this.grid<unknown>(values, 'setValues');
    const zone = this.scope.workbook.timeZone;
    this.forEachCell((cell, r, c) => {
      const content = contentFromInput(data[r]![c], zone);
      if (content) cell.content = content;
      else delete cell.content;
    });
    this.logged('setValues');
    return this.self();
  }

  /** "Sets the value of the range... If it begins with '=' it is interpreted as a formula." */
  setValue(value: unknown): GasRange {
    this.fill(value);
    this.logged('setValue');
    return this.self();
  }

  setFormula(formula: string): GasRange {
    this.fill(formula);
    this.logged('setFormula');
    return this.self();
  }

  // ---- formats and notes ----------------------------------------------------------------

  getBackgrounds(): string[][] {
    return this.read((cell) => cell?.background ?? NO_FILL);
  }

  getBackground(): string {
    return this.first((cell) => cell?.background ?? NO_FILL);
  }

  /** Sets every cell's fill (null removes it). No logging. */
  paint(color: string | null): void {
    const colour = normaliseColour(color);
    this.forEachCell((cell) => {
      if (colour) cell.background = colour;
      else delete cell.background;
    });
  }

  setBackground(color: string | null): GasRange {
    this.paint(color);
    this.logged('setBackground');
    return this.self();
  }

  setBackgrounds(color: Array<Array<string | null>>): GasRange {
    const data = this.grid<string | null>(color, 'setBackgrounds');
    const colours = data.map((line) => line.map((c) => normaliseColour(c)));
    this.forEachCell((cell, r, c) => {
      const colour = colours[r]![c];
      if (colour) cell.background = colour;
      else delete cell.background;
    });
    this.logged('setBackgrounds');
    return this.self();
  }

  getFontWeights(): FontWeight[][] {
    return this.read((cell) => (cell?.bold ? 'bold' : 'normal'));
  }

  getFontWeight(): FontWeight {
    return this.first((cell) => (cell?.bold ? 'bold' : 'normal'));
  }

  /** Sets every cell's weight (null resets to normal). No logging. */
  embolden(fontWeight: FontWeight | null): void {
    const bold = checkWeight(fontWeight);
    this.forEachCell((cell) => {
      if (bold) cell.bold = true;
      else delete cell.bold;
    });
  }

  setFontWeight(fontWeight: FontWeight | null): GasRange {
    this.embolden(fontWeight);
    this.logged('setFontWeight');
    return this.self();
  }

  setFontWeights(fontWeights: Array<Array<FontWeight | null>>): GasRange {
    const data = this.grid<FontWeight | null>(fontWeights, 'setFontWeights').map((line) =>
      line.map(checkWeight),
    );
    this.forEachCell((cell, r, c) => {
      if (data[r]![c]) cell.bold = true;
      else delete cell.bold;
    });
    this.logged('setFontWeights');
    return this.self();
  }

  getNotes(): string[][] {
    return this.read((cell) => cell?.note ?? '');
  }

  getNote(): string {
    return this.first((cell) => cell?.note ?? '');
  }

  /** Sets every cell's note (null or '' removes it). No logging. */
  annotate(note: string | null): void {
    this.forEachCell((cell) => {
      if (note === null || note === '') delete cell.note;
      else cell.note = String(note);
    });
  }

  setNote(note: string | null): GasRange {
    this.annotate(note);
    this.logged('setNote');
    return this.self();
  }

  setNotes(notes: Array<Array<string | null>>): GasRange {
    const data = this.grid<string | null>(notes, 'setNotes');
    this.forEachCell((cell, r, c) => {
      const note = data[r]![c];
      if (note === null || note === undefined || note === '') delete cell.note;
      else cell.note = String(note);
    });
    this.logged('setNotes');
    return this.self();
  }

  // ---- clearing -------------------------------------------------------------------------

  /**
   * clear(): "Clears the range of contents and formats." clear(options): "By default all data
   * is cleared"; commentsOnly clears notes. Format here means fill and weight.
   */
  wipe(what: { content?: boolean; format?: boolean; note?: boolean }): void {
    this.forEachCell((cell) => {
      if (what.content) delete cell.content;
      if (what.format) {
        delete cell.background;
        delete cell.bold;
      }
      if (what.note) delete cell.note;
    });
  }

  static clearWhat(options?: ClearOptions): { content: boolean; format: boolean; note: boolean } {
    if (!options) return { content: true, format: true, note: false };
    const { contentsOnly, formatOnly, commentsOnly, validationsOnly } = options;
    if (!contentsOnly && !formatOnly && !commentsOnly && !validationsOnly) {
      return { content: true, format: true, note: true };
    }
    return { content: !!contentsOnly, format: !!formatOnly, note: !!commentsOnly };
  }

  clear(options?: ClearOptions): GasRange {
    this.wipe(FakeRange.clearWhat(options));
    this.logged('clear');
    return this.self();
  }

  clearContent(): GasRange {
    this.wipe({ content: true });
    this.logged('clearContent');
    return this.self();
  }

  clearFormat(): GasRange {
    this.wipe({ format: true });
    this.logged('clearFormat');
    return this.self();
  }

  clearNote(): GasRange {
    this.wipe({ note: true });
    this.logged('clearNote');
    return this.self();
  }

  // ---- geometry -------------------------------------------------------------------------

  getRow(): number {
    return this.rect.row;
  }

  getColumn(): number {
    return this.rect.col;
  }

  getNumRows(): number {
    return this.rect.numRows;
  }

  getNumColumns(): number {
    return this.rect.numCols;
  }

  /** The range's own end row, not the sheet's last row with content. */
  getLastRow(): number {
    return this.rect.row + this.rect.numRows - 1;
  }

  getLastColumn(): number {
    return this.rect.col + this.rect.numCols - 1;
  }

  getA1Notation(): string {
    return rectA1(this.rect);
  }

  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return asGas(new FakeSheet(this.scope, this.live()));
  }

  /** 1-based within the range. */
  getCell(row: number, column: number): GasRange {
    if (row < 1 || column < 1 || row > this.rect.numRows || column > this.rect.numCols) {
      throw new Error('Cell reference out of range');
    }
    return asGas(
      new FakeSheet(this.scope, this.live()).range(
        this.rect.row + row - 1,
        this.rect.col + column - 1,
        1,
        1,
      ),
    );
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GasRange {
    return asGas(
      new FakeSheet(this.scope, this.live()).range(
        this.rect.row + rowOffset,
        this.rect.col + columnOffset,
        numRows ?? this.rect.numRows,
        numColumns ?? this.rect.numCols,
      ),
    );
  }

  isBlank(): boolean {
    return this.read((cell) => !cell?.content).every((line) => line.every(Boolean));
  }

  // ---- structure --------------------------------------------------------------------------

  /** ROWS: cells below move up (within these columns); COLUMNS: cells to the right move left. */
  deleteCells(shiftDimension: GoogleAppsScript.Spreadsheet.Dimension): void {
    const sheet = this.live();
    const dim = String(shiftDimension);
    if (dim === String(DIMENSION.ROWS)) sheet.deleteCellsShiftUp(this.rect);
    else if (dim === String(DIMENSION.COLUMNS)) sheet.deleteCellsShiftLeft(this.rect);
    else
      throw new Error(
        `The parameters (${describeType(shiftDimension)}) don't match the method signature for SpreadsheetApp.Range.deleteCells.`,
      );
    this.scope.logWrite(
      sheet,
      'deleteCells',
      rectCells(this.rect),
      `shift ${dim === 'ROWS' ? 'up' : 'left'}`,
    );
  }

  activate(): GasRange {
    this.scope.activate(this.live(), [rectA1(this.rect)]);
    return this.self();
  }

  /**
   * sort(column), sort({column, ascending}) or an array of those; columns are sheet column
   * numbers. Whole rows of the range move (value, fill, weight, note), as in Sheets. Empty
   * cells sort last in either direction; the sort is stable.
   */
  sort(sortSpecObj: unknown): GasRange {
    const sheet = this.live();
    const specs = (Array.isArray(sortSpecObj) ? sortSpecObj : [sortSpecObj]).map(
      (spec: unknown) => {
        const s =
          typeof spec === 'number'
            ? { column: spec, ascending: true }
            : (spec as { column?: unknown; ascending?: unknown });
        const column = Number(s?.column);
        if (!Number.isInteger(column) || column < this.rect.col || column > this.getLastColumn()) {
          throw new Error(
            `Emulator: sort column ${String(s?.column)} is not a column of ${this.getA1Notation()}.`,
          );
        }
        return { column, ascending: s.ascending !== false };
      },
    );
    const rows = Array.from({ length: this.rect.numRows }, (_, i) => this.rect.row + i);
    const key = (row: number, column: number): CellValue | undefined => {
      const content = sheet.get(row, column)?.content;
      return content ? valueOf(content) : undefined;
    };
    const order = rows
      .map((row, index) => ({ row, index }))
      .sort((a, b) => {
        for (const { column, ascending } of specs) {
          const ka = key(a.row, column);
          const kb = key(b.row, column);
          if (ka === undefined || kb === undefined) {
            if (ka !== kb) return ka === undefined ? 1 : -1;
            continue;
          }
          const d = compareValues(ka, kb);
          if (d !== 0) return ascending ? d : -d;
        }
        return a.index - b.index;
      })
      .map((x) => x.row);
    sheet.reorderRows(this.rect, order);
    this.logged('sort');
    return this.self();
  }
}

const RANGE_LIST_API = [
  'getRanges',
  'setBackground',
  'setFontWeight',
  'setValue',
  'setNote',
  'clear',
  'clearContent',
  'clearFormat',
  'clearNote',
  'activate',
] as const satisfies readonly (keyof GasRangeList)[];

export class FakeRangeList
  extends Fake
  implements Pick<GasRangeList, (typeof RANGE_LIST_API)[number]>
{
  readonly service = 'RangeList';
  readonly api: ReadonlySet<string> = new Set(RANGE_LIST_API);

  constructor(
    private readonly scope: UserScope,
    private readonly sheet: SheetData,
    readonly ranges: FakeRange[],
  ) {
    super();
  }

  override target(): string {
    return `${this.sheet.name}!${this.ranges.map((r) => r.getA1Notation()).join(',')}`;
  }

  private self(): GasRangeList {
    return asGas(this);
  }

  /** One write record for the whole list: it is one call. */
  private logged(method: string): void {
    this.scope.logWrite(
      this.sheet,
      method,
      this.ranges.flatMap((r) => rectCells(r.rect)),
    );
  }

  getRanges(): GasRange[] {
    return this.ranges.map((r) => asGas<GasRange>(r));
  }

  setBackground(color: string | null): GasRangeList {
    normaliseColour(color); // validate before touching any range
    this.ranges.forEach((r) => r.paint(color));
    this.logged('setBackground');
    return this.self();
  }

  setFontWeight(fontWeight: FontWeight | null): GasRangeList {
    checkWeight(fontWeight);
    this.ranges.forEach((r) => r.embolden(fontWeight));
    this.logged('setFontWeight');
    return this.self();
  }

  setValue(value: unknown): GasRangeList {
    this.ranges.forEach((r) => r.fill(value));
    this.logged('setValue');
    return this.self();
  }

  setNote(note: string | null): GasRangeList {
    this.ranges.forEach((r) => r.annotate(note));
    this.logged('setNote');
    return this.self();
  }

  clear(options?: ClearOptions): GasRangeList {
    const what = FakeRange.clearWhat(options);
    this.ranges.forEach((r) => r.wipe(what));
    this.logged('clear');
    return this.self();
  }

  clearContent(): GasRangeList {
    this.ranges.forEach((r) => r.wipe({ content: true }));
    this.logged('clearContent');
    return this.self();
  }

  clearFormat(): GasRangeList {
    this.ranges.forEach((r) => r.wipe({ format: true }));
    this.logged('clearFormat');
    return this.self();
  }

  clearNote(): GasRangeList {
    this.ranges.forEach((r) => r.wipe({ note: true }));
    this.logged('clearNote');
    return this.self();
  }

  activate(): GasRangeList {
    this.scope.activate(
      this.sheet,
      this.ranges.map((r) => r.getA1Notation()),
    );
    return this.self();
  }
}
