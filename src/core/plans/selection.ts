// Acting on the cells selected in the sheet: the skills among them are rated or marked, and
// whatever else was selected (a header, a stray cell) is left alone and named.
import { a1 } from '../a1';
import { UserError } from '../errors';
import type { RatingChoice, SkillCell, Table } from '../types';
import { criticalEdits, ratingEdits } from './formatting';
import type { Plan } from './plan';
import { count } from './wording';

/** A rectangle of selected cells, 1-based. */
export interface SelectedRange {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

/** The selection as the sheet reports it: the sheet it is on and its rectangles. */
export interface Selection {
  sheetName: string;
  ranges: SelectedRange[];
}

/** What a selection covers: its skills, and what it covered that is not a skill. */
export interface SelectionScope {
  skills: SkillCell[];
  /** A1 of selected cells with content that are not skills (headers, headerless cells...). */
  others: string[];
}

export type SelectionCriticalMode = 'on' | 'off' | 'toggle';

/**
 * The skills a selection means, or a refusal: nothing selected, or a selection on another sheet
 * than the dreams sheet (acting there would change the wrong cells).
 */
export function selectionOnTable(
  table: Table,
  sheetName: string,
  selection: Selection | null,
): SelectionScope {
  if (!selection) {
    throw new UserError('Nothing is selected. Select skill cells in the sheet, then try again.');
  }
  if (selection.sheetName !== sheetName) {
    throw new UserError(
      `The selection is on the sheet ‘${selection.sheetName}’. Select skills on ‘${sheetName}’, then try again.`,
    );
  }
  return skillsInSelection(table, selection.ranges);
}

export function skillsInSelection(table: Table, ranges: SelectedRange[]): SelectionScope {
  const inside = (row: number, col: number) =>
    ranges.some(
      (r) => row >= r.row && row < r.row + r.numRows && col >= r.col && col < r.col + r.numCols,
    );
  const skills = table.dreams.flatMap((d) => d.skills).filter((s) => inside(s.row, s.col));
  const skillCells = new Set(skills.map((s) => a1(s.row, s.col)));
  const others: string[] = [];
  for (const [row, col] of contentCells(table)) {
    const ref = a1(row, col);
    if (inside(row, col) && !skillCells.has(ref)) others.push(ref);
  }
  return { skills, others };
}

export function planSelectionRating(scope: SelectionScope, rating: RatingChoice): Plan {
  requireSkills(scope);
  const plan = ratingEdits(scope.skills, rating);
  return { edits: plan.edits, message: plan.message + leftAlone(scope) };
}

export function planSelectionCritical(scope: SelectionScope, mode: SelectionCriticalMode): Plan {
  requireSkills(scope);
  // Toggle like Sheets' own Bold button: all bold becomes normal, anything else becomes bold.
  const critical = mode === 'toggle' ? !scope.skills.every((s) => s.critical) : mode === 'on';
  const plan = criticalEdits(scope.skills, critical);
  return { edits: plan.edits, message: plan.message + leftAlone(scope) };
}

function requireSkills(scope: SelectionScope): void {
  if (scope.skills.length > 0) return;
  throw new UserError(
    'None of the selected cells is a skill. Select skill cells under a dream in the sheet, then try again.',
  );
}

function leftAlone(scope: SelectionScope): string {
  if (scope.others.length === 0) return '';
  const shown = scope.others.slice(0, 3).join(', ');
  const more = scope.others.length > 3 ? ` and ${scope.others.length - 3} more` : '';
  return ` Left alone ${count(scope.others.length, 'selected cell')} that ${
    scope.others.length === 1 ? 'is' : 'are'
  } not a skill (${shown}${more}).`;
}

/** Every cell with content in the table area: dream headers and everything below them. */
function* contentCells(table: Table): Generator<[number, number]> {
  const headerRow = table.headerRow;
  if (headerRow === null) return;
  for (const dream of table.dreams) yield [headerRow, dream.col];
  for (const cell of table.strayCells) yield [cell.row, cell.col];
}
