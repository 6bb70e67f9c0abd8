// The cells the user has selected in the sheet (several ranges with Ctrl/Cmd-click), read as
// plain rectangles for the core.
import type { SelectedRange } from '../core/actions';

export interface Selection {
  sheetName: string;
  ranges: SelectedRange[];
}

export function readSelection(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
): Selection | null {
  const list = spreadsheet.getActiveRangeList();
  if (!list) return null;
  const ranges = list.getRanges();
  const first = ranges[0];
  if (!first) return null;
  return {
    sheetName: first.getSheet().getName(),
    ranges: ranges.map((range) => ({
      row: range.getRow(),
      col: range.getColumn(),
      numRows: range.getNumRows(),
      numCols: range.getNumColumns(),
    })),
  };
}
