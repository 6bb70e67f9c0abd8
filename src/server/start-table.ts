// Starting the dreams table: create the Dreams sheet, or adopt a sheet typed by hand before the
// add-on came (renamed, nothing in it changed). Never overwrites an existing table. The table
// ends up the first tab and the active one, so the file opens on it, in Sheets and once
// downloaded as .xlsx (design §3.1).
import { DREAMS_SHEET, isPrioritiesSheetName, UserError } from '../core';
import type { ActionResult } from '../contract';
import { findDreamsSheet, readGrid } from './adapter/dreams-sheet';
import { answer, done, locked } from './pipeline';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Makes `sheet` active and the first tab (one more call only when it is not first already). */
export function showFirst(spreadsheet: Spreadsheet, sheet: Sheet): void {
  sheet.activate();
  // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#moveActiveSheet(Integer)
  if (sheet.getIndex() !== 1) spreadsheet.moveActiveSheet(1);
}

/** The spreadsheet's only sheet when it is empty (a new file's Sheet1), else null. */
function onlyEmptySheet(spreadsheet: Spreadsheet): Sheet | null {
  const sheets = spreadsheet.getSheets();
  const only = sheets.length === 1 ? sheets[0]! : null;
  if (!only || only.getLastRow() !== 0) return null;
  return isPrioritiesSheetName(only.getName()) ? null : only;
}

export function startTable(adoptSheet: string | null): ActionResult {
  return answer(() =>
    locked(() => {
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      const existing = findDreamsSheet(spreadsheet);
      if (existing) {
        showFirst(spreadsheet, existing);
        return done(existing.getName(), readGrid(existing), {
          edits: [],
          message: 'Your dreams table is here.',
        });
      }
      let sheet: Sheet;
      let message: string;
      const empty = adoptSheet === null ? onlyEmptySheet(spreadsheet) : null;
      if (adoptSheet !== null) {
        const found = spreadsheet.getSheetByName(String(adoptSheet));
        if (!found) {
          throw new UserError(
            `There is no sheet called ‘${adoptSheet}’ any more. The list is refreshed; try again.`,
            'changed',
          );
        }
        sheet = found.setName(DREAMS_SHEET);
        message = `The sheet ‘${adoptSheet}’ is now your dreams table, renamed ‘${DREAMS_SHEET}’.`;
        showFirst(spreadsheet, sheet);
      } else if (empty) {
        // A new file's empty Sheet1 becomes the table, rather than staying in front of it.
        const old = empty.getName();
        sheet = empty.setName(DREAMS_SHEET);
        message = `The empty sheet ‘${old}’ is now your dreams table, renamed ‘${DREAMS_SHEET}’. Add your first dream below.`;
        sheet.activate();
      } else {
        // The new sheet becomes the active one, and index 0 makes it the first tab.
        sheet = spreadsheet.insertSheet(DREAMS_SHEET, 0);
        message = `Created the sheet ‘${DREAMS_SHEET}’. Add your first dream below.`;
      }
      return done(sheet.getName(), readGrid(sheet), { edits: [], message });
    }),
  );
}
