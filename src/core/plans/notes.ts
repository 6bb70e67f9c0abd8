// Where a dream's notes are read from, and how they pair with its skills; and the why of a dream,
// the note of its header cell. Notes are read only when asked for (a definition opened, a review
// started, the Plan panel opened), never on every action: the table itself never reads them.
import { a1 } from '../a1';
import { UserError } from '../errors';
import { findDream, type DreamTarget } from '../locate';
import type { Dream, Table } from '../types';
import { MAX_NOTE_LENGTH } from './names';
import { headerRowOf, type Plan } from './plan';

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

// ---- The why of a dream: its motivations, in the person's words, in its header cell's note
// (src/core/follow-up/motivations.ts reads them). ----

/**
 * Sets the note of a dream's header cell, found by content: if the dream was renamed or removed
 * meanwhile, nothing is written. Cleaned as a skill's note is ('' removes it). `notes` are the
 * grid's notes when they were read with it (`notes[0][0]` is A1's): then an unchanged why
 * writes nothing.
 */
export function planDreamWhy(
  table: Table,
  target: DreamTarget,
  input: string,
  notes?: readonly (readonly string[])[],
): Plan {
  const dream = findDream(table, target);
  const row = headerRowOf(table);
  const note = String(input ?? '')
    .replace(/\r\n?/g, '\n')
    .trim();
  if (note.length > MAX_NOTE_LENGTH) {
    throw new UserError(
      `That is ${note.length} characters long; the most is ${MAX_NOTE_LENGTH}. Keep to what ` +
        `makes ‘${dream.name}’ worth having, a few words a line.`,
    );
  }
  const current = notes?.[row - 1]?.[dream.col - 1];
  if (current !== undefined && String(current).replace(/\r\n?/g, '\n').trim() === note) {
    return {
      edits: [],
      message:
        note === ''
          ? `‘${dream.name}’ has no why to remove.`
          : `‘${dream.name}’ already has that why.`,
    };
  }
  return {
    edits: [{ kind: 'writeNotes', row, col: dream.col, notes: [[note]] }],
    message:
      note === ''
        ? `Removed the why of ‘${dream.name}’.`
        : `Saved the why of ‘${dream.name}’ in the note of its header cell (${a1(row, dream.col)}).`,
  };
}

/**
 * Where the dreams' whys are: the header row, from the first dream's column to the last's, read
 * in one getNotes. Null when there is no dream (nothing to read).
 */
export function headerNotesSpan(
  table: Table,
): { row: number; fromCol: number; toCol: number } | null {
  if (table.headerRow === null) return null;
  // Dreams are in header order, left to right.
  const first = table.dreams[0];
  const last = table.dreams[table.dreams.length - 1];
  if (!first || !last) return null;
  return { row: table.headerRow, fromCol: first.col, toCol: last.col };
}

/** Each dream with its why, from the notes of the span (`notes[i]` is column fromCol + i). */
export function dreamWhys(
  table: Table,
  fromCol: number,
  notes: readonly string[],
): Array<{ dream: string; col: number; note: string }> {
  return table.dreams.map((dream) => ({
    dream: dream.name,
    col: dream.col,
    note: String(notes[dream.col - fromCol] ?? ''),
  }));
}
