// Reading a sheet's used area so that a move in the middle of the read is not mistaken for its
// result. getDataRange and getValues are two calls, and a row or column inserted between them
// leaves the rectangle read one short, which no single move explains (found by the property
// tests). So the size is checked again after the read (two geometry calls, no more reads) and,
// if it changed, the read is repeated; after a few tries the last read stands (the sheet is then
// moving faster than it can be read, and the checks that use it find it moved either way).

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * `read` of the used area, repeated while the sheet's size after it differs from what it read.
 * `emptyRows`: how many rows `read` gives for an empty sheet (its data range is A1 alone, which
 * one reader gives as one empty cell and another as no rows).
 */
export function settledRead<T>(sheet: Sheet, read: () => T[][], emptyRows: 0 | 1): T[][] {
  let values = read();
  for (let tries = 1; tries < 3; tries++) {
    const rows = Math.max(sheet.getLastRow(), emptyRows);
    const cols = Math.max(sheet.getLastColumn(), emptyRows);
    if (rows === values.length && cols === (values[0]?.length ?? 0)) break;
    values = read();
  }
  return values;
}
