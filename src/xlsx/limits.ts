// How much of a workbook the reader unpacks and parses before it refuses. A dreams table is a few
// thousand cells (the add-on is tested up to 25,000); these bounds are far above that and keep
// every file, however it was made, within seconds and a few hundred megabytes of memory.

/** Bytes a single part (one sheet's XML, say) may inflate to. */
export const MAX_PART_BYTES = 64 * 1024 * 1024;
/** Bytes all the parts the reader reads may inflate to together. */
export const MAX_TOTAL_BYTES = 160 * 1024 * 1024;
/** Entries in the zip's directory (a workbook has a few dozen). */
export const MAX_ZIP_ENTRIES = 10_000;
/** Sheets in one workbook. */
export const MAX_SHEETS = 1_000;
/**
 * Cells stored in the file, counting each cell of a merged area: the parser behind the reader
 * (exceljs) spends about a kilobyte of memory and a few microseconds on each.
 */
export const MAX_CELLS = 300_000;
/** XML elements in all the parts read together (each becomes an object or two in exceljs). */
export const MAX_ELEMENTS = 3_000_000;
/** Merged areas in one sheet: exceljs compares each new one with all the earlier ones. */
export const MAX_MERGES = 10_000;
/**
 * Characters of one formula: Excel allows at most 8,192
 * (https://learn.microsoft.com/en-us/openspecs/office_standards/ms-oi29500/8ebf82e4-4fa4-43a6-9ecd-d2d793a6f4bf).
 */
export const MAX_FORMULA_CHARS = 8_192;
/**
 * Work exceljs may spend moving shared formulas to the cells that copy them, in steps of its
 * pattern (see slideCost in ./scan): 500 million take it about 2 s. A formula of 100 characters
 * copied down 100,000 rows costs some 10 million.
 */
export const MAX_SLIDE_COST = 500_000_000;
/**
 * The last row and column a sheet can have, XFD1048576: 1,048,576 rows by 16,384 columns
 * (https://support.microsoft.com/en-us/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3).
 */
export const MAX_ROW = 1_048_576;
export const MAX_COL = 16_384;
/**
 * Google Sheets holds at most 10 million cells in a whole spreadsheet, since March 2022
 * (https://support.google.com/drive/answer/37603, "Files you can store in Google Drive"; see
 * https://gist.github.com/tanaikech/cc4380692790150cc090114553e38a0e on working at it), so a
 * file whose sheets span more, counted from A1 to their farthest cell with content, did not come
 * from Sheets and would not fit in it.
 */
export const SHEETS_MAX_CELLS = 10_000_000;

/** 1234567 -> '1,234,567', the same in every locale. */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}

/** 64 MB, for a limit in bytes. */
export function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/**
 * Characters of one number format code: Excel's are under 255
 * (https://learn.microsoft.com/en-us/openspecs/office_standards/ms-oi29500/17d11129-219b-4e2c-88db-45844d21e528).
 * A longer one is not read: the cell's number is shown as General, its date as ISO.
 */
export const MAX_NUMFMT_CHARS = 255;
