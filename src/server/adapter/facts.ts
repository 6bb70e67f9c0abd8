// Reading what an action declared it needs, up front and in batched calls, into plain data for
// the core: the dreams sheet always (three calls for the whole table), then the selection, the
// Priorities sheet as it stands, the time. Reading decides nothing.
import { PRIORITIES_SHEET, type CellValue, type FactName, type OptionalFacts } from '../../core';
import type { EditTarget } from './apply-edits';
import { readGrid, readNotes, type ReadGrid } from './dreams-sheet';
import { readSelection } from './selection';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface ReadFacts<N extends FactName> {
  sheetName: string;
  grid: ReadGrid;
  /** The notes of the grid's area, when asked for (an action whose edits write notes). */
  notes?: string[][];
  optional: Pick<OptionalFacts, N>;
  /** Where the plan's edits go, with the handles found while reading. */
  target: EditTarget;
}

export function readFacts<N extends FactName>(
  spreadsheet: Spreadsheet,
  dreams: Sheet,
  needs: readonly N[],
  withNotes = false,
): ReadFacts<N> {
  const sheetName = dreams.getName();
  const grid = readGrid(dreams);
  const notes = withNotes ? readNotes(dreams, grid.rows, grid.cols) : undefined;
  const found = new Map<string, Sheet>();
  const optional: Partial<OptionalFacts> = {};
  for (const need of new Set<FactName>(needs)) {
    switch (need) {
      case 'selection':
        optional.selection = readSelection(spreadsheet);
        break;
      case 'prioritiesSheet': {
        const sheet = spreadsheet.getSheetByName(PRIORITIES_SHEET);
        if (sheet) found.set(PRIORITIES_SHEET, sheet);
        optional.prioritiesSheet = {
          exists: sheet !== null,
          values: sheet ? (sheet.getDataRange().getValues() as CellValue[][]) : [],
        };
        break;
      }
      case 'time': {
        const timeZone = spreadsheet.getSpreadsheetTimeZone();
        optional.time = {
          stamp: Utilities.formatDate(new Date(), timeZone, 'yyyy-MM-dd HH:mm'),
          timeZone,
        };
        break;
      }
    }
  }
  return {
    sheetName,
    grid,
    ...(notes ? { notes } : {}),
    // Every declared fact was read in the loop above.
    optional: optional as Pick<OptionalFacts, N>,
    target: { spreadsheet, dreams, known: { rows: grid.rows, cols: grid.cols }, found },
  };
}
