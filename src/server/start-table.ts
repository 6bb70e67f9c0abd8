// Starting the dreams table: create the Dreams sheet, or adopt a sheet typed by hand before the
// add-on came (renamed, nothing in it changed). Never overwrites an existing table.
import { DREAMS_SHEET, UserError } from '../core';
import type { ActionResult } from '../contract';
import { findDreamsSheet, readGrid } from './adapter/dreams-sheet';
import { answer, done, locked } from './pipeline';

export function startTable(adoptSheet: string | null): ActionResult {
  return answer(() =>
    locked(() => {
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      const existing = findDreamsSheet(spreadsheet);
      if (existing) {
        existing.activate();
        return done(existing.getName(), readGrid(existing), {
          edits: [],
          message: 'Your dreams table is here.',
        });
      }
      let sheet: GoogleAppsScript.Spreadsheet.Sheet;
      if (adoptSheet !== null) {
        const found = spreadsheet.getSheetByName(String(adoptSheet));
        if (!found) {
          throw new UserError(
            `There is no sheet called ‘${adoptSheet}’ any more. The list is refreshed; try again.`,
            'changed',
          );
        }
        sheet = found.setName(DREAMS_SHEET);
      } else {
        sheet = spreadsheet.insertSheet(DREAMS_SHEET);
      }
      sheet.activate();
      const message =
        adoptSheet !== null
          ? `The sheet ‘${adoptSheet}’ is now your dreams table, renamed ‘${DREAMS_SHEET}’.`
          : `Created the sheet ‘${DREAMS_SHEET}’. Add your first dream below.`;
      return done(sheet.getName(), readGrid(sheet), { edits: [], message });
    }),
  );
}
