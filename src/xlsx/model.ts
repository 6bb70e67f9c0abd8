// A workbook as the .xlsx reader returns it and the writer takes it: what the dreams table
// needs (values, formulas, fills, bold, notes) and the little layout worth keeping. Plain data,
// independent of the emulator and of exceljs.

export type XlsxValue = string | number | boolean | Date;

export interface XlsxCell {
  /** 1-based, like Apps Script's getRow() / getColumn(). */
  row: number;
  col: number;
  /** The value; for a formula, its last computed result if the file has one. */
  value?: XlsxValue;
  /** With its leading '='. */
  formula?: string;
  /** Shown as a percentage. */
  percent?: boolean;
  /**
   * The number format of a number or date, as an .xlsx format code (`m/d/yyyy`, `h:mm`,
   * `"$"#,##0.00`); none is General. See ./numfmt for how it shows.
   */
  numFmt?: string;
  /** The fill as '#rrggbb', resolved from whatever way the file stores it. */
  fill?: string;
  bold?: boolean;
  note?: string;
}

export interface XlsxSheet {
  name: string;
  /** Cells with any state, in reading order. */
  cells: XlsxCell[];
  frozenRows?: number;
  /** Column number -> width in pixels, for columns whose width is set. */
  columnWidths?: Record<number, number>;
}

export interface XlsxBook {
  sheets: XlsxSheet[];
}

/** Why a file cannot be read or written, in one plain sentence for the person. */
export class XlsxError extends Error {
  override name = 'XlsxError';
}

/** What a file that is not a readable .xlsx gets, wherever the reader finds out. */
export const DAMAGED = 'That file could not be read as an .xlsx workbook: it may be damaged.';

export function damaged(): XlsxError {
  return new XlsxError(DAMAGED);
}

/**
 * A workbook this reader refuses to unpack because it is bigger than any dreams table, or than
 * Google Sheets itself holds. The message is one sentence, fit to show as it is; `reason` is the
 * same without its opening words, for a caller that names the file itself.
 */
export class XlsxTooLargeError extends XlsxError {
  override name = 'XlsxTooLargeError';
  constructor(readonly reason: string) {
    super(`That workbook is too large to read: ${reason}.`);
  }
}
