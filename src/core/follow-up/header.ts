// What the Plan and Check-ins readers share: cells as text, the header row (the first row with
// content), and columns found by their header text in any order and letter case.
import { a1 } from '../a1';
import { cellText, skillKey } from '../skill-name';
import type { RecordCell } from './types';

/** How much of a cell's text a sentence repeats (a warning, a refusal). */
const QUOTED_CHARS = 60;

/**
 * A cell's text as a sentence names it: whole when short, else its start and '…'. A cell may
 * hold 50,000 characters, and a warning that repeats them is no longer a sentence anyone reads.
 * Never cuts a character outside the Basic Multilingual Plane in two.
 */
export function quoted(text: string): string {
  if (text.length <= QUOTED_CHARS) return text;
  let cut = QUOTED_CHARS - 1;
  const last = text.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--;
  return `${text.slice(0, cut).trimEnd()}…`;
}

/** Every cell as the text it shows, trimmed ('' for an empty cell). */
export function textsOf(values: RecordCell[][]): string[][] {
  return values.map((row) => row.map(cellText));
}

/** Last row and column with content anywhere (0 when the sheet is empty). */
export function extentOf(texts: string[][]): { lastRow: number; lastCol: number } {
  let lastRow = 0;
  let lastCol = 0;
  texts.forEach((row, r) =>
    row.forEach((text, c) => {
      if (text === '') return;
      if (r + 1 > lastRow) lastRow = r + 1;
      if (c + 1 > lastCol) lastCol = c + 1;
    }),
  );
  return { lastRow, lastCol };
}

/** The zero-based index of the first row with content, or -1. */
export function headerIndexOf(texts: string[][]): number {
  return texts.findIndex((row) => row.some((text) => text !== ''));
}

/**
 * A header's identity, with the dreams' rules (case, spaces, a stray bullet), so `by  When`
 * is the `By when` column.
 */
export const headerKey = skillKey;

/**
 * The column (1-based) of each known header in `header`. A header named twice: the first one is
 * read, and a warning names both cells. `skip` leaves out cells that are not columns.
 */
export function findColumns<C extends string>(
  header: readonly string[],
  known: readonly C[],
  where: { sheetName: string; row: number },
  warnings: string[],
  skip: (col: number) => boolean = () => false,
): Partial<Record<C, number>> {
  const byKey = new Map<string, C>(known.map((name) => [headerKey(name), name]));
  const columns: Partial<Record<C, number>> = {};
  header.forEach((text, index) => {
    const col = index + 1;
    if (text === '' || skip(col)) return;
    const name = byKey.get(headerKey(text));
    if (name === undefined) return;
    const first = columns[name];
    if (first === undefined) {
      columns[name] = col;
      return;
    }
    warnings.push(
      `The header row of ‘${where.sheetName}’ names ‘${name}’ twice (${a1(where.row, first)} and ` +
        `${a1(where.row, col)}); the first is read and the other column is left as it is.`,
    );
  });
  return columns;
}

/**
 * The sentence for a sheet whose header row lacks required columns: "The sheet ‘Plan’ has no
 * ‘Skill’ or ‘Action’ column: type them as headers in row 1, …".
 */
export function missingColumnsMessage(
  sheetName: string,
  missing: readonly string[],
  headerRow: number,
  whatItIs: string,
): string {
  const quoted = missing.map((name) => `‘${name}’`);
  const names =
    quoted.length <= 1
      ? quoted.join('')
      : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1] ?? ''}`;
  const one = missing.length === 1;
  return (
    `The sheet ‘${sheetName}’ has no ${names} column: type ${one ? 'it as a header' : 'them as headers'} ` +
    `in row ${headerRow}, its first row with content, or give the sheet another name if it is not ${whatItIs}.`
  );
}
