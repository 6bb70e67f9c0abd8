// Reading and writing .xlsx files (Node only; never shipped to Apps Script). Used by the local
// preview's Open / Download, and meant for command-line tools that read a dreams table from a
// downloaded file.
export { readXlsx, looksLikeXlsx } from './read';
export { writeXlsx } from './write';
export { dateFormatParts, formatValue, numberFormatKind, serialOf } from './numfmt';
export { MAX_NUMFMT_CHARS } from './limits';
export { applyTint, DEFAULT_THEME, indexedColour, resolveColour, themeColours } from './colours';
export type { XlsxColour } from './colours';
export {
  XlsxError,
  XlsxTooLargeError,
  type XlsxBook,
  type XlsxCell,
  type XlsxSheet,
  type XlsxValue,
} from './model';
export { recordCell, recordCells } from './record';
