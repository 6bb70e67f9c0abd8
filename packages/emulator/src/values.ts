// What a cell holds, and how a value written by a script becomes cell content.
//
// Range.setValue/setValues behave like typing into the cell (Sheets' USER_ENTERED input):
// "Strings may be converted to numbers, dates, etc. following the same rules that are applied
// when entering text into a cell via the Google Sheets UI."
// https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption
// https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object)
// ("If it begins with '=' it is interpreted as a formula.") As when typing, a leading apostrophe
// keeps the rest as literal text and is not part of the stored value.

import { isDate, zonedInstant, zonedParts } from './time';

export type CellValue = string | number | boolean | Date;

export type Content =
  | { kind: 'value'; value: CellValue; percent?: boolean }
  | { kind: 'formula'; formula: string; result: CellValue };

/**
 * The emulator does not evaluate formulas: getValues() returns this for a formula cell unless a
 * test sets a result with Workbook.setFormulaResult(). An error value is deliberate: a test that
 * forgets to preset a result sees something obviously wrong rather than a plausible number.
 */
export const UNEVALUATED_FORMULA_RESULT = '#NAME?';

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;

function parseNumber(text: string): number | undefined {
  if (NUMBER.test(text)) return Number(text);
  if (GROUPED_NUMBER.test(text)) return Number(text.replace(/,/g, ''));
  return undefined;
}

/**
 * Cell content from a value a script writes; undefined means "empty the cell".
 * Covered: formulas, the apostrophe, numbers (sign, decimals, exponent, 1,234 grouping),
 * percentages, TRUE/FALSE in any case, ISO dates (yyyy-mm-dd). Not covered (stay text):
 * currency, locale-specific dates such as 1/5/2024, times, fractions.
 */
export function contentFromInput(input: unknown, timeZone: string): Content | undefined {
  if (input === null || input === undefined || input === '') return undefined;
  if (typeof input === 'number' || typeof input === 'boolean')
    return { kind: 'value', value: input };
  if (isDate(input)) return { kind: 'value', value: new Date(input.getTime()) };
  if (typeof input !== 'string') return { kind: 'value', value: String(input) };
  if (input.startsWith("'")) return { kind: 'value', value: input.slice(1) };
  if (input.startsWith('=') && input.length > 1) {
    return { kind: 'formula', formula: input, result: UNEVALUATED_FORMULA_RESULT };
  }
  const text = input.trim();
  const upper = text.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'value', value: upper === 'TRUE' };
  const n = parseNumber(text);
  if (n !== undefined) return { kind: 'value', value: n };
  if (text.endsWith('%')) {
    const p = parseNumber(text.slice(0, -1).trim());
    if (p !== undefined) return { kind: 'value', value: p / 100, percent: true };
  }
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    // Only real calendar dates: 2024-02-31 stays text.
    const check = new Date(Date.UTC(y, m - 1, d));
    if (check.getUTCMonth() === m - 1 && check.getUTCDate() === d) {
      return { kind: 'value', value: zonedInstant(timeZone, y, m, d) };
    }
  }
  return { kind: 'value', value: input };
}

/** What getValues() returns for a cell. Dates are copied so callers cannot mutate storage. */
export function valueOf(content: Content | undefined): CellValue {
  if (!content) return '';
  const v = content.kind === 'formula' ? content.result : content.value;
  return isDate(v) ? new Date(v.getTime()) : v;
}

export function formulaOf(content: Content | undefined): string {
  return content?.kind === 'formula' ? content.formula : '';
}

function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return n > 0 ? '#NUM!' : n < 0 ? '-#NUM!' : '#NUM!';
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  // Sheets' "Automatic" format shows about ten significant digits.
  const text = n.toPrecision(10);
  return text.includes('e') ? text : text.replace(/\.?0+$/, '');
}

/**
 * getDisplayValues(): an approximation of Sheets' automatic formats in an en_US locale
 * (numbers with ~10 significant digits, TRUE/FALSE, dates as M/d/yyyy [H:mm:ss]).
 */
export function displayOf(content: Content | undefined, timeZone: string): string {
  if (!content) return '';
  const v = content.kind === 'formula' ? content.result : content.value;
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') {
    return content.kind === 'value' && content.percent
      ? `${formatNumber(v * 100)}%`
      : formatNumber(v);
  }
  const p = zonedParts(v, timeZone);
  const date = `${p.month}/${p.day}/${p.year}`;
  if (p.hour === 0 && p.minute === 0 && p.second === 0) return date;
  const pad = (x: number): string => String(x).padStart(2, '0');
  return `${date} ${p.hour}:${pad(p.minute)}:${pad(p.second)}`;
}

function typeRank(v: CellValue): number {
  if (typeof v === 'number' || isDate(v)) return 0;
  if (typeof v === 'string') return 1;
  return 2;
}

/**
 * Ascending order used by Range.sort: numbers and dates, then text (case-insensitive), then
 * booleans. Empty cells are handled by the caller: they always go last, in either direction.
 */
export function compareValues(a: CellValue, b: CellValue): number {
  const ra = typeRank(a);
  const rb = typeRank(b);
  if (ra !== rb) return ra - rb;
  if (ra === 0) return Number(a) - Number(b);
  if (ra === 1) return String(a).localeCompare(String(b), 'en', { sensitivity: 'base' });
  return Number(a) - Number(b);
}
