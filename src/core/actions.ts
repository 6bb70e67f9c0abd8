// What each sidebar action changes, decided from a freshly read table. Every function is pure:
// it returns the edits to apply and a message for the user, or throws a UserError that says
// why nothing was done. Only the cells that change are edited, so whatever the other person is
// typing elsewhere in the table survives.
import { a1 } from './a1';
import { NO_FILL, RATING_FILLS } from './colour';
import { UserError } from './errors';
import { findDream, findSkill, type DreamTarget, type SkillTarget } from './locate';
import { cleanName, skillKey } from './skill-name';
import type { CellRef, Dream, Edit, RatingChoice, SkillCell, Table } from './types';

/** Longest name the add-on writes; Sheets allows far more, but a name is not an essay. */
export const MAX_NAME_LENGTH = 500;

export interface Plan {
  edits: Edit[];
  message: string;
}

/** Cleans a name the user typed, or refuses it. */
export function validName(input: string, what: 'dream' | 'skill'): string {
  const name = cleanName(String(input ?? ''));
  if (name === '') throw new UserError(`Type a name for the ${what} first.`);
  if (name.length > MAX_NAME_LENGTH) {
    throw new UserError(
      `That ${what} name is ${name.length} characters long; the most is ${MAX_NAME_LENGTH}. ` +
        'Shorten it, and put the details in a note on the cell instead.',
    );
  }
  return name;
}

export function planAddDream(table: Table, input: string): Plan {
  const name = validName(input, 'dream');
  const existing = table.dreams.find((d) => d.key === skillKey(name));
  if (existing) throw new UserError(`There is already a dream called ‘${existing.name}’.`);
  // New dreams go to the right of everything on the sheet, so no stray column is adopted.
  const row = table.headerRow ?? 1;
  const col = table.lastCol + 1;
  return {
    edits: [{ kind: 'writeText', row, col, texts: [[name]] }],
    message: `Added the dream ‘${name}’ in ${a1(row, col)}.`,
  };
}

export function planRenameDream(table: Table, target: DreamTarget, input: string): Plan {
  const dream = findDream(table, target);
  const name = validName(input, 'dream');
  const clash = table.dreams.find((d) => d.key === skillKey(name) && d !== dream);
  if (clash) throw new UserError(`There is already a dream called ‘${clash.name}’.`);
  if (name === dream.name) return { edits: [], message: `‘${name}’ already has that name.` };
  return {
    edits: [{ kind: 'writeText', row: headerRowOf(table), col: dream.col, texts: [[name]] }],
    message: `Renamed ‘${dream.name}’ to ‘${name}’.`,
  };
}

/**
 * Removes a dream's column of the table. `expectedSkills` is what the user saw when they
 * confirmed; if the dream holds anything else now, nothing is removed.
 */
export function planRemoveDream(table: Table, target: DreamTarget, expectedSkills: string[]): Plan {
  const dream = findDream(table, target);
  const now = dream.skills.map((s) => s.key).sort();
  const seen = expectedSkills.map(skillKey).sort();
  if (now.length !== seen.length || now.some((key, i) => key !== seen[i])) {
    throw new UserError(
      `‘${dream.name}’ changed since you asked to remove it (it now has ${count(now.length, 'skill')}), ` +
        'so nothing was removed. Check the refreshed list and try again.',
      'changed',
    );
  }
  const stray = table.strayCells.filter((c) => c.col === dream.col);
  if (stray.length > 0) {
    throw new UserError(
      `The column of ‘${dream.name}’ also holds ${stray.map((c) => a1(c.row, c.col)).join(', ')}, ` +
        'which is not a skill, so nothing was removed. Clear or move that first.',
    );
  }
  const headerRow = headerRowOf(table);
  return {
    edits: [
      { kind: 'deleteColumnCells', col: dream.col, fromRow: headerRow, toRow: table.lastRow },
    ],
    message: `Removed the dream ‘${dream.name}’ and its ${count(now.length, 'skill')}.`,
  };
}

/**
 * Adds skills below the dream's last cell. `notes[i]`, when given, becomes the note of the cell
 * of `inputs[i]` (a definition from the library, say): all of them in one block, one call.
 */
export function planAddSkills(
  table: Table,
  target: DreamTarget,
  inputs: string[],
  notes: string[] = [],
): Plan {
  const dream = findDream(table, target);
  const added: Array<{ name: string; note: string }> = [];
  const skipped: string[] = [];
  const keys = new Set(dream.skills.map((s) => s.key));
  inputs.forEach((input, i) => {
    if (cleanName(String(input ?? '')) === '') return;
    const name = validName(input, 'skill');
    if (keys.has(skillKey(name))) skipped.push(name);
    else added.push({ name, note: validNote(notes[i] ?? '') });
    keys.add(skillKey(name));
  });
  if (added.length === 0) {
    if (skipped.length > 0) {
      throw new UserError(`‘${dream.name}’ already lists ${quoteList(skipped)}.`);
    }
    throw new UserError('Type a name for the skill first.');
  }
  const row = lastRowOf(table, dream) + 1;
  const names = added.map((a) => a.name);
  const edits: Edit[] = [{ kind: 'writeText', row, col: dream.col, texts: names.map((n) => [n]) }];
  const noted = added.filter((a) => a.note !== '').length;
  if (noted > 0) {
    edits.push({ kind: 'writeNotes', row, col: dream.col, notes: added.map((a) => [a.note]) });
  }
  const already = skipped.length > 0 ? ` (already listed: ${quoteList(skipped)})` : '';
  const withNotes =
    noted === 0
      ? ''
      : noted === 1
        ? ', with its definition as a note'
        : ', with definitions as notes';
  return {
    edits,
    message: `Added ${quoteList(names)} to ‘${dream.name}’${withNotes}${already}.`,
  };
}

/** Longest note the add-on writes: room for a definition and a bar, not a document. */
export const MAX_NOTE_LENGTH = 5000;

/** A note as it will be written: line breaks made uniform, ends trimmed; or a refusal. */
export function validNote(input: string): string {
  const note = String(input ?? '')
    .replace(/\r\n?/g, '\n')
    .trim();
  if (note.length > MAX_NOTE_LENGTH) {
    throw new UserError(
      `That note is ${note.length} characters long; the most is ${MAX_NOTE_LENGTH}. ` +
        'Keep it to what the skill means and the bar for this dream.',
    );
  }
  return note;
}

/**
 * Sets one skill's note (its definition, or the bar for this dream), found by content: if the
 * skill was renamed, moved or removed meanwhile, nothing is written. Only that cell's note
 * changes; '' removes it.
 */
export function planSkillNote(table: Table, target: SkillTarget, input: string): Plan {
  const { dream, skill } = findSkill(table, target);
  const note = validNote(input);
  return {
    edits: [{ kind: 'writeNotes', row: skill.row, col: skill.col, notes: [[note]] }],
    message:
      note === ''
        ? `Removed the note from ‘${skill.name}’ under ‘${dream.name}’.`
        : `Saved the note on ‘${skill.name}’ under ‘${dream.name}’ (${a1(skill.row, skill.col)}).`,
  };
}

/**
 * Where a dream's notes are: the cells from just below the header to its last skill, in its
 * column, read in one call. `toRow < fromRow` when the dream has no skills (nothing to read).
 */
export function notesSpan(
  table: Table,
  target: DreamTarget,
): { dream: Dream; fromRow: number; toRow: number } {
  const dream = findDream(table, target);
  const fromRow = headerRowOf(table) + 1;
  return { dream, fromRow, toRow: dream.skills[dream.skills.length - 1]?.row ?? fromRow - 1 };
}

/** Each skill of the dream with its note, from the notes of its span (`notes[i]` is row fromRow + i). */
export function skillNotes(
  dream: Dream,
  fromRow: number,
  notes: string[],
): Array<{ skill: string; row: number; note: string }> {
  return dream.skills.map((skill) => ({
    skill: skill.name,
    row: skill.row,
    note: String(notes[skill.row - fromRow] ?? ''),
  }));
}

export function planRenameSkill(table: Table, target: SkillTarget, input: string): Plan {
  const { dream, skill } = findSkill(table, target);
  const name = validName(input, 'skill');
  const clash = dream.skills.find((s) => s.key === skillKey(name) && s !== skill);
  if (clash) throw new UserError(`‘${dream.name}’ already lists ‘${clash.name}’.`);
  if (name === skill.name) return { edits: [], message: `‘${name}’ already has that name.` };
  return {
    edits: [{ kind: 'writeText', row: skill.row, col: skill.col, texts: [[name]] }],
    message: `Renamed ‘${skill.name}’ to ‘${name}’ under ‘${dream.name}’.`,
  };
}

export function planRemoveSkill(table: Table, target: SkillTarget): Plan {
  const { dream, skill } = findSkill(table, target);
  return {
    edits: [{ kind: 'deleteCellShiftUp', row: skill.row, col: skill.col }],
    message: `Removed ‘${skill.name}’ from ‘${dream.name}’.`,
  };
}

export function planRating(table: Table, targets: SkillTarget[], rating: RatingChoice): Plan {
  return ratingEdits(
    targets.map((t) => findSkill(table, t).skill),
    rating,
  );
}

export function planCritical(table: Table, targets: SkillTarget[], critical: boolean): Plan {
  return criticalEdits(
    targets.map((t) => findSkill(table, t).skill),
    critical,
  );
}

/** A rectangle of selected cells, 1-based. */
export interface SelectedRange {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

/** What a selection covers: its skills, and what it covered that is not a skill. */
export interface SelectionScope {
  skills: SkillCell[];
  /** A1 of selected cells with content that are not skills (headers, headerless cells...). */
  others: string[];
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

export function planSelectionCritical(scope: SelectionScope, mode: 'on' | 'off' | 'toggle'): Plan {
  requireSkills(scope);
  // Toggle like Sheets' own Bold button: all bold becomes normal, anything else becomes bold.
  const critical = mode === 'toggle' ? !scope.skills.every((s) => s.critical) : mode === 'on';
  const plan = criticalEdits(scope.skills, critical);
  return { edits: plan.edits, message: plan.message + leftAlone(scope) };
}

function ratingEdits(skills: SkillCell[], rating: RatingChoice): Plan {
  // A cell already reading as this rating keeps its own shade: nothing to write. "None" clears
  // any fill, also a blue one that reads as unrated (and draws a warning).
  const changing = skills.filter((s) =>
    rating === 'none' ? s.fill !== NO_FILL : s.rating !== rating,
  );
  const word = rating === 'none' ? 'not rated' : rating;
  const message =
    changing.length === 0
      ? `${subject(skills)} ${skills.length === 1 ? 'is' : 'are'} already ${word}.`
      : `Marked ${subject(changing)} ${word}.`;
  if (changing.length === 0) return { edits: [], message };
  const background = rating === 'none' ? null : RATING_FILLS[rating];
  return { edits: [{ kind: 'format', cells: changing.map(cellOf), background }], message };
}

function criticalEdits(skills: SkillCell[], critical: boolean): Plan {
  const changing = skills.filter((s) => s.critical !== critical);
  const word = critical ? 'critical' : 'not critical';
  const message =
    changing.length === 0
      ? `${subject(skills)} ${skills.length === 1 ? 'is' : 'are'} already ${word}.`
      : `Marked ${subject(changing)} ${word}.`;
  if (changing.length === 0) return { edits: [], message };
  const fontWeight = critical ? 'bold' : 'normal';
  return { edits: [{ kind: 'format', cells: changing.map(cellOf), fontWeight }], message };
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

function headerRowOf(table: Table): number {
  if (table.headerRow === null) throw new UserError('The table is empty.', 'changed');
  return table.headerRow;
}

/** The last row with content in a dream's column, so new skills go below everything there. */
function lastRowOf(table: Table, dream: Dream): number {
  const stray = table.strayCells.filter((c) => c.col === dream.col).map((c) => c.row);
  return Math.max(headerRowOf(table), ...dream.skills.map((s) => s.row), ...stray);
}

function cellOf(skill: SkillCell): CellRef {
  return { row: skill.row, col: skill.col };
}

function subject(skills: SkillCell[]): string {
  return skills.length === 1 && skills[0] ? `‘${skills[0].name}’` : `${skills.length} skills`;
}

function quoteList(names: string[]): string {
  return names.map((n) => `‘${n}’`).join(', ');
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
