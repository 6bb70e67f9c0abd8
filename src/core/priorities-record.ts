// The add-on's record of what it wrote on the Priorities sheet, kept on the sheet itself (visible
// cells, so it travels with the file, a copy and a .xlsx download; no hidden state): one short
// code per cell of the block it wrote, row by row, and a checksum. On the next update every cell
// is compared with its code, so anything typed since, anywhere, is told apart from what the
// add-on wrote, even where a re-rendering of the sheet would reproduce it (a typed skill name, a
// dream header, the "Computed from" line). docs/design.md §4.3.
import { fingerprintOf, fnv1a } from './fingerprint';
import type { CellValue } from './types';

/** How each record cell starts: `Add-on record 1/2: …`. */
export const RECORD_PREFIX = 'Add-on record';

/** What the line above the record says, for a reader who wonders what it is. */
export const RECORD_LABEL =
  'Below: the add-on’s record of what it wrote on this sheet. Before rewriting the sheet it ' +
  'compares every cell with it, and asks before replacing anything typed by hand.';

/**
 * Payload characters per record cell: Sheets refuses more than 50,000 characters in one cell
 * ("Your input contains more than the maximum of 50000 characters in a single cell",
 * https://github.com/qeet/importjsonapi/issues/10), so a long record takes several cells.
 */
export const RECORD_CHUNK = 45_000;

const EMPTY = '.';
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const CHUNK = /^Add-on record (\d+)\/(\d+): ([\s\S]*)$/;
const PAYLOAD = /^(\d+)x(\d+):([A-Za-z0-9_.-]*):([0-9a-f]{8})$/;

/** A cell's content as text, exactly (no trimming): what its code is made from. */
export function recordText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isNaN(value.getTime()) ? '' : value.toISOString();
  return String(value);
}

/** `.` for an empty cell, else three characters (18 bits) of a hash of its text. */
export function cellCode(text: string): string {
  if (text === '') return EMPTY;
  const hash = fnv1a(text);
  return ALPHABET[hash & 63]! + ALPHABET[(hash >>> 6) & 63]! + ALPHABET[(hash >>> 12) & 63]!;
}

/** The record of a written block, as the texts of the cells that hold it (one or more). */
export function recordCells(values: ReadonlyArray<ReadonlyArray<CellValue>>): string[] {
  const rows = values.length;
  const cols = values[0]?.length ?? 0;
  const codes = values.map((row) => row.map((v) => cellCode(recordText(v))).join('')).join('');
  const body = `${rows}x${cols}:${codes}`;
  const payload = `${body}:${fingerprintOf(body).slice(0, 8)}`;
  const parts: string[] = [];
  for (let i = 0; i < payload.length; i += RECORD_CHUNK)
    parts.push(payload.slice(i, i + RECORD_CHUNK));
  return parts.map((part, i) => `${RECORD_PREFIX} ${i + 1}/${parts.length}: ${part}`);
}

/** A record read back: the size of the block it covers and one code per cell, row by row. */
export interface PrioritiesRecord {
  rows: number;
  cols: number;
  codes: string[];
  /** Where the record's own cells are, as "row,col" (1-based). */
  at: Set<string>;
}

/**
 * The record found on a sheet: `none` when there is none (a sheet written by an earlier version,
 * or not by the add-on), `broken` when its cells were changed, moved into disorder or duplicated.
 */
export function readRecord(texts: string[][]): PrioritiesRecord | 'none' | 'broken' {
  const parts = new Map<number, string>();
  const at = new Set<string>();
  let total = -1;
  let broken = false;
  texts.forEach((row, r) =>
    row.forEach((text, c) => {
      if (!text.startsWith(RECORD_PREFIX)) return;
      const m = CHUNK.exec(text);
      const i = Number(m?.[1]);
      const n = Number(m?.[2]);
      if (!m || (total >= 0 && n !== total) || parts.has(i)) broken = true;
      else {
        total = n;
        parts.set(i, m[3]!);
      }
      at.add(`${r + 1},${c + 1}`);
    }),
  );
  if (at.size === 0) return 'none';
  if (broken || parts.size !== total) return 'broken';
  let payload = '';
  for (let i = 1; i <= total; i++) {
    const part = parts.get(i);
    if (part === undefined) return 'broken';
    payload += part;
  }
  const m = PAYLOAD.exec(payload);
  if (!m || fingerprintOf(`${m[1]}x${m[2]}:${m[3]}`).slice(0, 8) !== m[4]) return 'broken';
  const rows = Number(m[1]);
  const cols = Number(m[2]);
  const codes: string[] = [];
  const text = m[3]!;
  for (let i = 0; i < text.length;) {
    const len = text[i] === EMPTY ? 1 : 3;
    codes.push(text.slice(i, i + len));
    i += len;
  }
  if (codes.length !== rows * cols || codes.some((c) => c.length !== 1 && c.length !== 3)) {
    return 'broken';
  }
  return { rows, cols, codes, at };
}
