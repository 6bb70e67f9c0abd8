// Finding a record sheet (Plan, Check-ins) by name, with the rule the dreams sheet follows, so a
// file reads the same in Sheets and after it is downloaded.
import { sheetIndexByName } from '../sheet-names';

/**
 * The name, as spelt in the file, of the sheet called `wanted`: the exact name first, else the
 * same name trimmed and in any letter case; null when there is none.
 */
export function findRecordSheetName(names: string[], wanted: string): string | null {
  const index = sheetIndexByName(names, wanted);
  return index < 0 ? null : (names[index] ?? null);
}
