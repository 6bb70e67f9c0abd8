// What every action's plan returns, and the small table facts several plans share.
import { UserError } from '../errors';
import type { CellRef, Dream, Edit, SkillCell, Table } from '../types';

/** The edits an action makes and the sentence that tells the user what was done. */
export interface Plan {
  edits: Edit[];
  message: string;
  /**
   * For a question about target cells that look empty but are not (src/core/blank-looking.ts):
   * what the action is doing ("Adding ‘Hiring’ to ‘Founder’") and the consent button's label.
   */
  overwrite?: { doing: string; label: string };
}

export function headerRowOf(table: Table): number {
  if (table.headerRow === null) throw new UserError('The table is empty.', 'changed');
  return table.headerRow;
}

/** The last row with content in a dream's column, so new skills go below everything there. */
export function lastRowOf(table: Table, dream: Dream): number {
  let last = headerRowOf(table);
  for (const skill of dream.skills) last = Math.max(last, skill.row);
  for (const cell of table.strayCells) if (cell.col === dream.col) last = Math.max(last, cell.row);
  return last;
}

export function cellOf(skill: SkillCell): CellRef {
  return { row: skill.row, col: skill.col };
}
