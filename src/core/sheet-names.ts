// Which sheet is which: one rule for the add-on and the command line, so a file reads the same
// in Sheets and after it is downloaded.
import { PRIORITIES_SHEET, PRIORITIES_TITLE } from './priorities-sheet';
import type { CellValue } from './types';

/** The add-on's name for the dreams sheet. */
export const DREAMS_SHEET = 'Dreams';

const fold = (name: string) => name.trim().toLowerCase();

/**
 * The index of the sheet named `wanted` (default: the dreams sheet) among `names`: the exact
 * name first, else the same name trimmed and in any letter case; -1 when there is none.
 */
export function sheetIndexByName(names: readonly string[], wanted: string = DREAMS_SHEET): number {
  const exact = names.indexOf(wanted);
  if (exact >= 0) return exact;
  return names.findIndex((name) => fold(name) === fold(wanted));
}

/** The generated Priorities sheet is never a dreams table, whatever it holds. */
export function isPrioritiesSheetName(name: string): boolean {
  return name.toLowerCase() === PRIORITIES_SHEET.toLowerCase();
}

/** The add-on's Priorities report starts with its title in A1, whatever the sheet is called. */
export function isPrioritiesReport(firstCell: CellValue | undefined): boolean {
  return typeof firstCell === 'string' && firstCell.startsWith(PRIORITIES_TITLE);
}

/**
 * Whether a sheet could hold a table typed by hand before the add-on came, to be offered for
 * adoption: it has content and is not the generated Priorities sheet.
 */
export function isCandidateSheet(name: string, lastRow: number): boolean {
  return !isPrioritiesSheetName(name) && lastRow > 0;
}
