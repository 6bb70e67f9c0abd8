// How a skill is recognised as "the same skill" in several dreams, and how names are cleaned.
import type { CellValue } from './types';

/** A leading bullet or dash people type before list items. */
const LEADING_BULLET = /^[•\-*·–]\s*/u;

/**
 * Characters that show nothing and mean nothing in a name, but come along when text is pasted
 * from the web or a word processor: the zero-width space, the word joiner, the zero-width
 * no-break space (BOM) and the soft hyphen. They are removed from names.
 */
const INVISIBLE = /[\u00AD\u200B\u2060\uFEFF]/gu;

/**
 * The zero-width non-joiner and joiner are invisible too, but shape Persian or Indic words and
 * join emoji (👩‍💻), so a name keeps them; only identity ignores them.
 */
const JOINERS = /[\u200C\u200D]/gu;

/**
 * The identity of a skill (or dream) name: NFKC, no invisible characters (nor joiners), no
 * leading bullet, trimmed, inner whitespace collapsed, lower-cased. "• Public  speaking" and "public speaking"
 * are the same skill.
 */
export function skillKey(name: string): string {
  if (PLAIN.test(name)) return name.toLowerCase();
  return cleanName(name.replace(JOINERS, '')).toLowerCase();
}

/**
 * Printable ASCII words with single spaces, not starting with a bullet: already clean (NFKC
 * leaves ASCII as it is). Most names are like this, and checking is far cheaper than cleaning.
 */
const PLAIN = /^(?![-*])[!-~]+(?: [!-~]+)*$/;

/**
 * The name as it should be shown and written: NFKC, no invisible characters, no leading bullet,
 * single spaces.
 */
export function cleanName(name: string): string {
  if (PLAIN.test(name)) return name;
  return name
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .trim()
    .replace(LEADING_BULLET, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Text made only of spaces and invisible characters, which reads as an empty cell. */
const BLANK_LOOKING = /^[\s\u00AD\u200B-\u200D\u2060\uFEFF]*$/u;

/**
 * A cell's content as text, the way the table reads it. Numbers, booleans and dates are skills
 * too (a dream may need "3D" or "2025"); dates are written as ISO days so they read the same in
 * every time zone.
 */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    return isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const text = String(value).trim();
  // Checked only when the first character is not plain ASCII: nearly every cell skips it.
  if (text.charCodeAt(0) > 0x7e && BLANK_LOOKING.test(text)) return '';
  return text;
}

/**
 * The error values a formula cell can show instead of text: Sheets' (ERROR.TYPE numbers the
 * first seven, #ERROR! is a formula that does not parse,
 * https://support.google.com/docs/answer/3238305), and Excel's newer ones, which a downloaded or
 * uploaded .xlsx can hold. getValues() returns an error cell as this very string.
 */
const ERROR_VALUES =
  /^#(REF!|N\/A|NAME\?|VALUE!|DIV\/0!|NUM!|NULL!|ERROR!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|PYTHON!)$/;

export function isErrorValue(text: string): boolean {
  return text.charCodeAt(0) === 35 /* # */ && ERROR_VALUES.test(text);
}

/**
 * Compares names case- and accent-insensitively ("Éloquence" sorts with the E's), then exactly.
 * No locale is involved, so Apps Script, Node and the browser give the same order.
 */
export function compareNames(a: string, b: string): number {
  return compareByKey(sortKey(a), sortKey(b), a, b);
}

/** compareNames, given the names' sort keys already worked out. */
export function compareByKey(keyA: string, keyB: string, a: string, b: string): number {
  if (keyA !== keyB) return keyA < keyB ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortKey(name: string): string {
  // ASCII has no accents to take off.
  if (PLAIN_ASCII.test(name)) return name.toLowerCase();
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const PLAIN_ASCII = /^[ -~]*$/;

/**
 * What a search compares: the skill's identity (see `skillKey`) without accents, so typing
 * "eloq" finds "Éloquence". Identity itself keeps accents; only searching ignores them.
 */
export function searchKey(name: string): string {
  return sortKey(skillKey(name)).normalize('NFC');
}
