// Runtime values of the Apps Script enums the fakes take and return.
//
// The @types declare these as numeric enums with no runtime value; Apps Script's enum values
// print as their names, so names are what we use. The casts give them the declared enum types.

/** Ui.Button. https://developers.google.com/apps-script/reference/base/button */
export const BUTTON = Object.freeze({
  CLOSE: 'CLOSE',
  OK: 'OK',
  CANCEL: 'CANCEL',
  YES: 'YES',
  NO: 'NO',
}) as unknown as typeof GoogleAppsScript.Base.Button;

/** Ui.ButtonSet. https://developers.google.com/apps-script/reference/base/button-set */
export const BUTTON_SET = Object.freeze({
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
}) as unknown as typeof GoogleAppsScript.Base.ButtonSet;

/** SpreadsheetApp.Dimension. https://developers.google.com/apps-script/reference/spreadsheet/dimension */
export const DIMENSION = Object.freeze({
  COLUMNS: 'COLUMNS',
  ROWS: 'ROWS',
}) as unknown as typeof GoogleAppsScript.Spreadsheet.Dimension;
