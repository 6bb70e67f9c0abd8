// Reading the Plan sheet, typed by hand or by the add-on: the header is the first row with
// content, columns are found by their header text in any order and case, extra columns are kept.
import type { PlanKind, PlanSheet, PlanStatus, RecordCell } from './types';

/**
 * Parses the Plan sheet's cells. Throws a UserError (one plain sentence) when the sheet has
 * content but its header row names no `Skill` or no `Action` column. An empty sheet gives a
 * plan with no items (headerRow 0).
 */
export function parsePlanSheet(values: RecordCell[][], sheetName: string): PlanSheet {
  void values;
  void sheetName;
  throw new Error('not built yet');
}

/** The canonical status for a word typed in any case ('' reads as Not started); else null. */
export function statusOf(text: string): PlanStatus | null {
  void text;
  throw new Error('not built yet');
}

/** The canonical kind for a word typed in any case; null for '' or another word. */
export function kindOf(text: string): PlanKind | null {
  void text;
  throw new Error('not built yet');
}
