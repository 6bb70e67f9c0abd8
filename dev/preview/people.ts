// The people in the preview: every page opened on it is a person, with a name (from the URL,
// `?as=Sam`, or the next one of DEFAULT_NAMES in order of arrival) and an email, which is their
// identity in the emulator: their own selection, sidebar, dialogs and place in the lock queue.
// Two pages with the same name are one person in two windows. Also: how a person's selection
// moves when someone inserts or deletes rows or columns, as a collaborator's cursor does in
// Sheets.

import { parseA1, rectA1 } from '@career-dreams/emulator';

/** Names given in order of arrival to pages opened without `?as=`. */
export const DEFAULT_NAMES = ['Alex', 'Sam', 'Kim', 'Noor', 'Jo', 'Ravi'];

export const MAX_NAME = 40;

/** A name as typed, cleaned (trimmed, inner spaces collapsed); null if it cannot be one. */
export function cleanName(text: unknown): string | null {
  if (typeof text !== 'string') return null;
  const name = text.normalize('NFC').trim().replace(/\s+/g, ' ');
  // eslint-disable-next-line no-control-regex
  if (!name || name.length > MAX_NAME || /[\u0000-\u001f\u007f]/.test(name)) return null;
  return name;
}

/** Two spellings of one name ("sam", "Sam ") are the same person. */
export function nameKey(name: string): string {
  return name.toLowerCase();
}

/** The first name of DEFAULT_NAMES nobody has, then "Person 7", "Person 8"… */
export function nextDefaultName(taken: (name: string) => boolean): string {
  const free = DEFAULT_NAMES.find((name) => !taken(name));
  if (free) return free;
  for (let n = DEFAULT_NAMES.length + 1; ; n++) if (!taken(`Person ${n}`)) return `Person ${n}`;
}

/** An email for a name, unique among `taken`: "Sam" → sam@example.com, then sam.2@… */
export function emailFor(name: string, taken: (email: string) => boolean): string {
  const local =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '.')
      .replace(/^\.+|\.+$/g, '') || 'person';
  let email = `${local}@example.com`;
  for (let n = 2; taken(email); n++) email = `${local}.${n}@example.com`;
  return email;
}

/** Rows or columns inserted or deleted on a sheet. */
export interface StructureEdit {
  axis: 'rows' | 'columns';
  /** 'insert': new ones at `position`… (the old `position` moves on); 'delete': from it. */
  kind: 'insert' | 'delete';
  position: number;
  count: number;
}

/**
 * Where a selection goes after an edit by someone else: ranges below (or right of) it move
 * with their cells, a range the edit cuts through grows or shrinks, a range wholly deleted
 * becomes the row (column) that took its place. `max` is the sheet's size after the edit.
 */
export function followEdit(
  ranges: string[],
  edit: StructureEdit,
  sheetSize: { rows: number; columns: number },
): string[] {
  const rows = edit.axis === 'rows';
  const max = rows ? sheetSize.rows : sheetSize.columns;
  // Parsed against the size before the edit, so whole columns ("A:A") keep their meaning.
  const before = edit.kind === 'insert' ? max - edit.count : max + edit.count;
  return ranges.map((a1) => {
    const rect = parseA1(a1, rows ? before : sheetSize.rows, rows ? sheetSize.columns : before);
    if (!rect) return a1;
    let start = rows ? rect.row : rect.col;
    let end = start + (rows ? rect.numRows : rect.numCols) - 1;
    const { position, count } = edit;
    if (edit.kind === 'insert') {
      if (start >= position) start += count;
      if (end >= position) end += count;
    } else {
      const last = position + count - 1;
      const shift = (n: number): number => (n > last ? n - count : n >= position ? position : n);
      if (start >= position && end <= last) {
        start = end = Math.min(position, max);
      } else {
        start = shift(start);
        end = end > last ? end - count : end >= position ? position - 1 : end;
      }
    }
    start = Math.max(1, Math.min(start, max));
    end = Math.max(start, Math.min(end, max));
    return rectA1(
      rows
        ? { ...rect, row: start, numRows: end - start + 1 }
        : { ...rect, col: start, numCols: end - start + 1 },
    );
  });
}
