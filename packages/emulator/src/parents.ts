// The objects above a Range or a Sheet: Range.getSheet() and Sheet.getParent(). spreadsheet.ts
// makes them and passes this down, so that imports run one way only, from SpreadsheetApp down to
// Range, and no module imports a class above it.

import type { SheetData } from './grid';

export interface Parents {
  /** A new Sheet object for this sheet, as each Apps Script call returns a new one. */
  sheet(data: SheetData): GoogleAppsScript.Spreadsheet.Sheet;
  /** A new Spreadsheet object for the user's document. */
  spreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet;
}
