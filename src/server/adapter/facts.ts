// Reading what an action declared it needs, up front and in batched calls, into plain data for
// the core: the dreams sheet always (three calls for the whole table), then the selection, the
// Priorities sheet as it stands, the time. Reading decides nothing.
import {
  isPrioritiesSheetName,
  PRIORITIES_SHEET,
  type CellValue,
  type FactName,
  type OptionalFacts,
  type Probe,
  type ProbeRead,
} from '../../core';
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
        const sheet = prioritiesSheet(spreadsheet);
        if (sheet) found.set(PRIORITIES_SHEET, sheet);
        const range = sheet?.getDataRange();
        optional.prioritiesSheet = {
          exists: sheet !== null,
          name: sheet?.getName() ?? '',
          values: range ? (range.getValues() as CellValue[][]) : [],
          // A formula that shows nothing is content too: the add-on never writes one.
          formulas: range ? range.getFormulas() : [],
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

/**
 * The sheet named `Priorities` in any letter case. Sheets refuses two sheet names that differ
 * only in case (https://github.com/socialpoint-labs/sheetfu/pull/26), so a person's own
 * `priorities` must be found, or inserting `Priorities` would fail. Whether getSheetByName
 * ignores case is not documented, so the other names are looked at only when the exact one is
 * not there (the first update; later ones find it in one call).
 */
function prioritiesSheet(spreadsheet: Spreadsheet): Sheet | null {
  const exact = spreadsheet.getSheetByName(PRIORITIES_SHEET);
  if (exact) return exact;
  return spreadsheet.getSheets().find((sheet) => isPrioritiesSheetName(sheet.getName())) ?? null;
}

/**
 * The layers the core asked for, over the probe's rectangle: one call per layer. Beyond the
 * sheet's edge there are no cells (getRange would throw), so the rectangle stops there.
 */
export function readProbe(
  sheet: Sheet,
  probe: Probe,
  known: { rows: number; cols: number },
): ProbeRead {
  let { numRows, numCols } = probe;
  // Within the size already read the sheet certainly has the cells; only beyond it is asked.
  if (probe.toBottom || probe.row + numRows - 1 > known.rows) {
    const maxRows = sheet.getMaxRows();
    numRows = probe.toBottom ? maxRows - probe.row + 1 : Math.min(numRows, maxRows - probe.row + 1);
  }
  if (probe.col + numCols - 1 > known.cols) {
    numCols = Math.min(numCols, sheet.getMaxColumns() - probe.col + 1);
  }
  if (numRows <= 0 || numCols <= 0) return {};
  const range = sheet.getRange(probe.row, probe.col, numRows, numCols);
  return {
    ...(probe.formulas ? { formulas: range.getFormulas() } : {}),
    ...(probe.notes ? { notes: range.getNotes() } : {}),
    ...(probe.backgrounds ? { backgrounds: range.getBackgrounds() } : {}),
  };
}
