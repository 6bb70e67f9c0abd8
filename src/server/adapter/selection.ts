// The cells the user has selected in the sheet (several ranges with Ctrl/Cmd-click), read as
// plain rectangles for the core. One call per range: its A1 notation carries all four numbers.
import { parseA1Range, type SelectedRange, type Selection } from '../../core';

export function readSelection(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
): Selection | null {
  const list = spreadsheet.getActiveRangeList();
  if (!list) return null;
  const ranges = list.getRanges();
  const first = ranges[0];
  if (!first) return null;
  const rects = ranges.map((range) => parseA1Range(range.getA1Notation()));
  return {
    sheetName: first.getSheet().getName(),
    ranges: rects.filter((rect): rect is SelectedRange => rect !== null),
  };
}
