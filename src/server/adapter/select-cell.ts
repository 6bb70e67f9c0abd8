// Selecting a cell for the person (clicking a skill in the sidebar shows its cell in the sheet).
// Writes nothing: activating a range only moves the selection, and to the range's sheet.

/** Activates one cell of `sheet`; answers its A1 notation. */
export function activateCell(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  row: number,
  col: number,
): string {
  const range = sheet.getRange(row, col);
  range.activate();
  return range.getA1Notation();
}
