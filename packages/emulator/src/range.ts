// Range. https://developers.google.com/apps-script/reference/spreadsheet/range
//
// A Range is fixed coordinates on a sheet (like Apps Script's: it does not follow later row
// insertions). This class is the Apps Script surface and the write log (one record per call);
// what each method does to the cells is in the range-*.ts modules, shared with RangeList.

import { rectA1, rectCells, type Rect } from './a1';
import { clearBlock, partsToClear, type ClearOptions } from './clearing';
import { asGas, Fake } from './fake';
import type { SheetData } from './grid';
import type { Parents } from './parents';
import { liveSheet, readCells } from './range-cells';
import { checkedRect } from './range-coordinates';
import { deleteCells, insertCells } from './range-delete-cells';
import {
  backgroundsOf,
  embolden,
  firstBackground,
  firstFontWeight,
  fontWeightsOf,
  paint,
  writeBackgrounds,
  writeFontWeights,
  type FontWeight,
} from './range-formats';
import { annotate, firstNote, notesOf, writeNotes } from './range-notes';
import { sortRows } from './range-sort';
import {
  displayValuesOf,
  fillValue,
  firstDisplayValue,
  firstFormula,
  firstValue,
  formulasOf,
  valuesOf,
  writeValues,
} from './range-values';
import type { UserScope } from './scope';
import type { CellValue } from './values';

type GasRange = GoogleAppsScript.Spreadsheet.Range;

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
  'insertCells',
  'activate',
  'sort',
] as const satisfies readonly (keyof GasRange)[];

export class FakeRange extends Fake implements Pick<GasRange, (typeof RANGE_API)[number]> {
  readonly service = 'Range';
  readonly api: ReadonlySet<string> = new Set(RANGE_API);

  constructor(
    readonly scope: UserScope,
    readonly sheet: SheetData,
    readonly rect: Rect,
    private readonly parents: Parents,
  ) {
    super();
  }

  override target(): string {
    return `${this.sheet.name}!${rectA1(this.rect)}`;
  }

  private self(): GasRange {
    return asGas(this);
  }

  private logged(method: string): GasRange {
    this.scope.logWrite(this.sheet, method, rectCells(this.rect));
    return this.self();
  }

  private get timeZone(): string {
    return this.scope.workbook.timeZone;
  }

  private get locale(): string {
    return this.scope.workbook.locale;
  }

  // ---- values and formulas (range-values.ts) --------------------------------------------

  getValues(): CellValue[][] {
    return valuesOf(this);
  }

  getValue(): CellValue {
    return firstValue(this);
  }

  getDisplayValues(): string[][] {
    return displayValuesOf(this, this.timeZone, this.locale);
  }

  getDisplayValue(): string {
    return firstDisplayValue(this, this.timeZone, this.locale);
  }

  getFormulas(): string[][] {
    return formulasOf(this);
  }

  getFormula(): string {
    return firstFormula(this);
  }

  setValues(values: unknown[][]): GasRange {
    writeValues(this, values, this.timeZone, this.locale);
    return this.logged('setValues');
  }

  /** "Sets the value of the range... If it begins with '=' it is interpreted as a formula." */
  setValue(value: unknown): GasRange {
    fillValue(this, value, this.timeZone, this.locale);
    return this.logged('setValue');
  }

  setFormula(formula: string): GasRange {
    fillValue(this, formula, this.timeZone, this.locale);
    return this.logged('setFormula');
  }

  // ---- formats (range-formats.ts) and notes (range-notes.ts) -----------------------------

  getBackgrounds(): string[][] {
    return backgroundsOf(this);
  }

  getBackground(): string {
    return firstBackground(this);
  }

  setBackground(color: string | null): GasRange {
    paint(this, color);
    return this.logged('setBackground');
  }

  setBackgrounds(color: Array<Array<string | null>>): GasRange {
    writeBackgrounds(this, color);
    return this.logged('setBackgrounds');
  }

  getFontWeights(): FontWeight[][] {
    return fontWeightsOf(this);
  }

  getFontWeight(): FontWeight {
    return firstFontWeight(this);
  }

  setFontWeight(fontWeight: FontWeight | null): GasRange {
    embolden(this, fontWeight);
    return this.logged('setFontWeight');
  }

  setFontWeights(fontWeights: Array<Array<FontWeight | null>>): GasRange {
    writeFontWeights(this, fontWeights);
    return this.logged('setFontWeights');
  }

  getNotes(): string[][] {
    return notesOf(this);
  }

  getNote(): string {
    return firstNote(this);
  }

  setNote(note: string | null): GasRange {
    annotate(this, note);
    return this.logged('setNote');
  }

  setNotes(notes: Array<Array<string | null>>): GasRange {
    writeNotes(this, notes);
    return this.logged('setNotes');
  }

  // ---- clearing (clearing.ts) ------------------------------------------------------------

  clear(options?: ClearOptions): GasRange {
    clearBlock(this, partsToClear(options));
    return this.logged('clear');
  }

  clearContent(): GasRange {
    clearBlock(this, { content: true });
    return this.logged('clearContent');
  }

  clearFormat(): GasRange {
    clearBlock(this, { format: true });
    return this.logged('clearFormat');
  }

  clearNote(): GasRange {
    clearBlock(this, { note: true });
    return this.logged('clearNote');
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
    return this.parents.sheet(liveSheet(this));
  }

  /** A range of the same sheet, after Sheet.getRange's checks. */
  private another(sheet: SheetData, row: number, col: number, numRows: number, numCols: number) {
    return asGas<GasRange>(
      new FakeRange(
        this.scope,
        sheet,
        checkedRect(sheet, row, col, numRows, numCols),
        this.parents,
      ),
    );
  }

  /** 1-based within the range. */
  getCell(row: number, column: number): GasRange {
    if (row < 1 || column < 1 || row > this.rect.numRows || column > this.rect.numCols) {
      throw new Error('Cell reference out of range');
    }
    return this.another(liveSheet(this), this.rect.row + row - 1, this.rect.col + column - 1, 1, 1);
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GasRange {
    return this.another(
      liveSheet(this),
      this.rect.row + rowOffset,
      this.rect.col + columnOffset,
      numRows ?? this.rect.numRows,
      numColumns ?? this.rect.numCols,
    );
  }

  isBlank(): boolean {
    return readCells(this, (cell) => !cell?.content).every((line) => line.every(Boolean));
  }

  // ---- structure (range-delete-cells.ts, range-sort.ts) ----------------------------------

  deleteCells(shiftDimension: GoogleAppsScript.Spreadsheet.Dimension): void {
    const shift = deleteCells(this, shiftDimension);
    this.scope.logWrite(this.sheet, 'deleteCells', rectCells(this.rect), `shift ${shift}`);
  }

  insertCells(shiftDimension: GoogleAppsScript.Spreadsheet.Dimension): GasRange {
    const shift = insertCells(this, shiftDimension);
    this.scope.logWrite(this.sheet, 'insertCells', rectCells(this.rect), `shift ${shift}`);
    return this.self();
  }

  activate(): GasRange {
    this.scope.activate(liveSheet(this), [rectA1(this.rect)]);
    return this.self();
  }

  sort(sortSpecObj: unknown): GasRange {
    sortRows(this, sortSpecObj);
    return this.logged('sort');
  }
}
