// Where a dream's notes are read from, and how they pair with its skills. Notes are read only
// when asked for (a definition opened, a review started), never on every action.
import { findDream, type DreamTarget } from '../locate';
import type { Dream, Table } from '../types';
import { headerRowOf } from './plan';

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
