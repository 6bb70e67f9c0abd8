// Conditional formatting paints a colour over a cell, but that colour is not the cell's fill:
// Range.getBackgrounds() does not return it, so such skills read as not rated.
// https://developers.google.com/apps-script/reference/spreadsheet/range#getBackgrounds()
// Someone who coloured their table with rules deserves to be told why. Asking the sheet for its
// rules costs a call, so it is asked only when that is what the table looks like.
import { NO_FILL } from './colour';
import type { Table, Warning } from './types';

/** True when the table has skills and not one of them is filled: then rules may be the reason. */
export function mayBeConditionallyFormatted(table: Table): boolean {
  const skills = table.dreams.flatMap((d) => d.skills);
  return skills.length > 0 && !skills.some((s) => s.fill !== NO_FILL);
}

/** The warning to show, given how many conditional-format rules the dreams sheet has. */
export function conditionalFormattingWarning(table: Table, ruleCount: number): Warning | null {
  if (ruleCount === 0 || !mayBeConditionallyFormatted(table)) return null;
  return {
    code: 'conditional-format',
    message:
      'This sheet has conditional formatting. The colours it paints are not fills, so every ' +
      'skill reads as not rated. Give skills a fill instead: the rating buttons here, or Fill ' +
      'colour in Sheets.',
  };
}
