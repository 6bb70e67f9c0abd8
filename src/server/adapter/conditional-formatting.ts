// Conditional formatting paints a colour over a cell, but that colour is not the cell's fill:
// Range.getBackgrounds() does not return it, so the add-on reads such skills as not rated.
// https://developers.google.com/apps-script/reference/spreadsheet/range#getBackgrounds()
// Someone who coloured their table with rules sees every skill "not rated" and deserves to be
// told why. Asking costs a call, so it is asked only when that is what the table looks like:
// skills, and not one of them filled.
import { NO_FILL } from '../../core/colour';
import type { Table, Warning } from '../../core/types';

export function conditionalFormattingNotice(
  sheet: GoogleAppsScript.Spreadsheet.Sheet,
  table: Table,
): Warning | null {
  const skills = table.dreams.flatMap((d) => d.skills);
  if (skills.length === 0 || skills.some((s) => s.fill !== NO_FILL)) return null;
  if (sheet.getConditionalFormatRules().length === 0) return null;
  return {
    code: 'conditional-format',
    message:
      'This sheet has conditional formatting. The colours it paints are not fills, so every ' +
      'skill reads as not rated. Give skills a fill instead: the rating buttons here, or Fill ' +
      'colour in Sheets.',
  };
}
