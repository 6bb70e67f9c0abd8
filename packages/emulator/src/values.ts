// What a cell holds, and how a value written by a script becomes cell content.
//
// Range.setValue/setValues behave like typing into the cell (Sheets' USER_ENTERED input):
// "Strings may be converted to numbers, dates, etc. following the same rules that are applied
// when entering text into a cell via the Google Sheets UI."
// https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption
// https://developers.google.com/apps-script/reference/spreadsheet/range#setValue(Object)
// ("If it begins with '=' it is interpreted as a formula.") As when typing, a leading apostrophe
// keeps the rest as literal text and is not part of the stored value.
//
// What typing recognises depends on the spreadsheet's locale (Spreadsheet.getSpreadsheetLocale,
// https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetLocale()):
// "The locale affects formatting details such as functions, dates, and currency"
// (https://support.google.com/docs/answer/58515). A typed date, time or amount is stored as a
// number or Date with a number format, and read back as text "in their given number format (which
// depends on the spreadsheet locale)"
// (https://developers.google.com/sheets/api/reference/rest/v4/DateTimeRenderOption); a time alone
// is a fraction of a day after December 30th 1899, so getValues() gives a Date on 1899-12-30.

import { isDate, zonedInstant, zonedParts } from './time';

export type CellValue = string | number | boolean | Date;

export type Content =
  | {
      kind: 'value';
      value: CellValue;
      percent?: boolean;
      /** The number format typing gave it (one of the patterns below), shown by displayOf. */
      format?: string;
    }
  | { kind: 'formula'; formula: string; result: CellValue };

/** What typing and display depend on in a locale. Only these locales are emulated. */
interface LocaleRules {
  decimal: '.' | ',';
  group: ',' | '.';
  /** Day-month order and separator of a typed date, and the format it then gets. */
  dayFirst: boolean;
  dateSeparator: '/' | '.';
  dateFormat: string;
  /** The currency symbol and the format a typed amount gets. */
  currency: string;
  currencyFormat: string;
}

export const LOCALES: Readonly<Record<string, LocaleRules>> = {
  en_US: {
    decimal: '.',
    group: ',',
    dayFirst: false,
    dateSeparator: '/',
    dateFormat: 'M/d/yyyy',
    currency: '$',
    currencyFormat: '"$"#,##0.00',
  },
  en_GB: {
    decimal: '.',
    group: ',',
    dayFirst: true,
    dateSeparator: '/',
    dateFormat: 'dd/MM/yyyy',
    currency: '£',
    currencyFormat: '"£"#,##0.00',
  },
  de_DE: {
    decimal: ',',
    group: '.',
    dayFirst: true,
    dateSeparator: '.',
    dateFormat: 'dd.MM.yyyy',
    currency: '€',
    currencyFormat: '#,##0.00 "€"',
  },
};

export const DEFAULT_LOCALE = 'en_US';

/** The rules of a locale; throws for one the emulator does not know. */
export function localeRules(locale: string): LocaleRules {
  const rules = LOCALES[locale];
  if (!rules) {
    throw new Error(
      `Emulator: the locale "${locale}" is not emulated (${Object.keys(LOCALES).join(', ')}).`,
    );
  }
  return rules;
}

/**
 * The emulator does not evaluate formulas: getValues() returns this for a formula cell unless a
 * test sets a result with Workbook.setFormulaResult(). An error value is deliberate: a test that
 * forgets to preset a result sees something obviously wrong rather than a plausible number.
 */
export const UNEVALUATED_FORMULA_RESULT = '#NAME?';

const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
/** Exactly yyyy-MM-dd, the form the add-on writes its record sheets' days in. */
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_FORMAT = 'yyyy-MM-dd';
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap])\.?m\.?)?$/i;

const numberPatterns = new Map<LocaleRules, { plain: RegExp; grouped: RegExp }>();

/** A number as the locale writes it: sign, decimals, exponent, grouping ("1,234.5", "1.234,5"). */
function parseNumber(text: string, rules: LocaleRules): number | undefined {
  let patterns = numberPatterns.get(rules);
  if (!patterns) {
    const d = `\\${rules.decimal}`;
    const g = `\\${rules.group}`;
    patterns = {
      // One way only to split a run of digits (not `\d+\.?\d*`), or a long run followed by a
      // letter backtracks quadratically before it fails.
      plain: new RegExp(`^[+-]?(\\d+(?:${d}\\d*)?|${d}\\d+)(e[+-]?\\d+)?$`, 'i'),
      grouped: new RegExp(`^[+-]?\\d{1,3}(${g}\\d{3})+(${d}\\d*)?$`),
    };
    numberPatterns.set(rules, patterns);
  }
  if (!patterns.plain.test(text) && !patterns.grouped.test(text)) return undefined;
  return Number(text.split(rules.group).join('').replace(rules.decimal, '.'));
}

/** A real calendar day (2024-02-31 is not one), as the instant of its midnight. */
function calendarDay(timeZone: string, y: number, m: number, d: number): Date | undefined {
  const check = new Date(Date.UTC(y, m - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) {
    return undefined;
  }
  return zonedInstant(timeZone, y, m, d);
}

/** "1/2/2026" (month first in en_US, day first in en_GB), "1.2.2026" (de_DE); 4-digit years. */
function localDate(text: string, rules: LocaleRules, timeZone: string): Date | undefined {
  const parts = text.split(rules.dateSeparator);
  if (parts.length !== 3 || !parts.every((p) => /^\d+$/.test(p))) return undefined;
  const [a, b, year] = parts as [string, string, string];
  if (a.length > 2 || b.length > 2 || year.length !== 4) return undefined;
  const [day, month] = rules.dayFirst ? [a, b] : [b, a];
  return calendarDay(timeZone, Number(year), Number(month), Number(day));
}

/** "9:00", "17:30:15", "9:00 AM", "9:30 p.m.": the time on 1899-12-30, with its format. */
function localTime(text: string, timeZone: string): Content | undefined {
  const m = TIME.exec(text);
  if (!m) return undefined;
  let hour = Number(m[1]);
  const minute = Number(m[2]);
  const second = m[3] === undefined ? 0 : Number(m[3]);
  const half = m[4]?.toLowerCase();
  if (minute > 59 || second > 59) return undefined;
  if (half ? hour < 1 || hour > 12 : hour > 23) return undefined;
  if (half) hour = (hour % 12) + (half === 'p' ? 12 : 0);
  const format = `${half ? 'h' : 'H'}:mm${m[3] === undefined ? '' : ':ss'}${half ? ' AM/PM' : ''}`;
  return {
    kind: 'value',
    value: zonedInstant(timeZone, 1899, 12, 30, hour, minute, second),
    format,
  };
}

/** "$1,234.50", "-$5", "£3" (en), "1.234,50 €" (de_DE): a number shown as currency. */
function amount(text: string, rules: LocaleRules): number | undefined {
  const symbol = rules.currency;
  const m = new RegExp(
    `^([+-]?)\\s*\\${symbol}\\s*([\\d.,]+)$|^([+-]?[\\d.,]+)\\s*\\${symbol}$`,
  ).exec(text);
  if (!m) return undefined;
  const n = m[2] !== undefined ? parseNumber(m[2], rules) : parseNumber(m[3]!, rules);
  if (n === undefined) return undefined;
  return m[1] === '-' ? -n : n;
}

/**
 * Cell content from a value a script writes, or a person types, in the spreadsheet's locale;
 * undefined means "empty the cell". Covered: formulas, the apostrophe, numbers (sign, decimals,
 * exponent, grouping, with the locale's separators), percentages, TRUE/FALSE in any case, ISO
 * dates (yyyy-mm-dd), the locale's dates with a 4-digit year, times (H:mm, H:mm:ss, with AM/PM),
 * and amounts in the locale's currency. Not covered (stay text): 2-digit years, dates without a
 * year, a date and a time together, durations past 24 hours, fractions, other currencies.
 */
export function contentFromInput(
  input: unknown,
  timeZone: string,
  locale: string = DEFAULT_LOCALE,
): Content | undefined {
  if (input === null || input === undefined || input === '') return undefined;
  if (typeof input === 'number' || typeof input === 'boolean')
    return { kind: 'value', value: input };
  if (isDate(input)) return { kind: 'value', value: new Date(input.getTime()) };
  if (typeof input !== 'string') return { kind: 'value', value: String(input) };
  if (input.startsWith("'")) return { kind: 'value', value: input.slice(1) };
  if (input.startsWith('=') && input.length > 1) {
    return { kind: 'formula', formula: input, result: UNEVALUATED_FORMULA_RESULT };
  }
  const rules = localeRules(locale);
  const text = input.trim();
  const upper = text.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'value', value: upper === 'TRUE' };
  const n = parseNumber(text, rules);
  if (n !== undefined) return { kind: 'value', value: n };
  if (text.endsWith('%')) {
    const p = parseNumber(text.slice(0, -1).trim(), rules);
    if (p !== undefined) return { kind: 'value', value: p / 100, percent: true };
  }
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const day = calendarDay(timeZone, Number(iso[1]), Number(iso[2]), Number(iso[3]));
    // A day typed yyyy-MM-dd keeps that look in every locale: the cell gets the date pattern
    // 'yyyy-MM-dd' (https://developers.google.com/sheets/api/guides/formats#date_and_time_format_patterns)
    // and shows 2026-06-01, not the locale's 6/1/2026. Google's documentation does not say which
    // pattern a typed date gets: to be confirmed live (docs/live-check.md, check 1). The other
    // ISO-like forms (2026-6-1, 2026/06/01) keep the locale's date format here.
    if (day) {
      return { kind: 'value', value: day, ...(ISO_DAY.test(text) ? { format: ISO_FORMAT } : {}) };
    }
  }
  const date = localDate(text, rules, timeZone);
  if (date) return { kind: 'value', value: date, format: rules.dateFormat };
  const time = localTime(text, timeZone);
  if (time) return time;
  const money = amount(text, rules);
  if (money !== undefined) return { kind: 'value', value: money, format: rules.currencyFormat };
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

function formatNumber(n: number, rules: LocaleRules): string {
  if (!Number.isFinite(n)) return n > 0 ? '#NUM!' : n < 0 ? '-#NUM!' : '#NUM!';
  let text: string;
  if (Number.isInteger(n) && Math.abs(n) < 1e15) text = String(n);
  else {
    // Sheets' "Automatic" format shows about ten significant digits.
    text = n.toPrecision(10);
    if (!text.includes('e')) text = text.replace(/\.?0+$/, '');
  }
  return rules.decimal === '.' ? text : text.replace('.', rules.decimal);
}

const pad = (x: number): string => String(x).padStart(2, '0');

/** A number with two decimals and the locale's grouping: 1234.5 -> "1,234.50" / "1.234,50". */
function grouped(n: number, rules: LocaleRules): string {
  const [whole, cents] = Math.abs(n).toFixed(2).split('.') as [string, string];
  const withGroups = whole.replace(/\B(?=(\d{3})+$)/g, rules.group);
  return `${n < 0 ? '-' : ''}${withGroups}${rules.decimal}${cents}`;
}

/** A value in one of the formats typing gives (LOCALES, localTime); undefined for any other. */
function formatted(
  v: CellValue,
  format: string,
  timeZone: string,
  rules: LocaleRules,
): string | undefined {
  if (typeof v === 'number') {
    const currency = /^"(.)"#,##0\.00$|^#,##0\.00 "(.)"$/.exec(format);
    if (!currency) return undefined;
    return currency[1] !== undefined
      ? `${v < 0 ? '-' : ''}${currency[1]}${grouped(Math.abs(v), rules)}`
      : `${grouped(v, rules)} ${currency[2]}`;
  }
  if (!isDate(v)) return undefined;
  const p = zonedParts(v, timeZone);
  const tokens: Record<string, string> = {
    yyyy: String(p.year),
    MM: pad(p.month),
    M: String(p.month),
    dd: pad(p.day),
    d: String(p.day),
    H: String(p.hour),
    h: String(p.hour % 12 || 12),
    mm: pad(p.minute),
    ss: pad(p.second),
    'AM/PM': p.hour < 12 ? 'AM' : 'PM',
  };
  if (!/^(yyyy|MM|M|dd|d|H|h|mm|ss|AM\/PM|[-/.: ])+$/.test(format)) return undefined;
  return format.replace(/yyyy|MM|M|dd|d|H|h|mm|ss|AM\/PM/g, (t) => tokens[t]!);
}

/**
 * getDisplayValues(): a typed date, time or amount in the format typing gave it; otherwise an
 * approximation of Sheets' automatic formats (numbers with ~10 significant digits and the
 * locale's decimal separator, TRUE/FALSE, dates in the locale's date format [H:mm:ss]).
 */
export function displayOf(
  content: Content | undefined,
  timeZone: string,
  locale: string = DEFAULT_LOCALE,
): string {
  if (!content) return '';
  const rules = localeRules(locale);
  const v = content.kind === 'formula' ? content.result : content.value;
  if (content.kind === 'value' && content.format) {
    const text = formatted(v, content.format, timeZone, rules);
    if (text !== undefined) return text;
  }
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') {
    return content.kind === 'value' && content.percent
      ? `${formatNumber(v * 100, rules)}%`
      : formatNumber(v, rules);
  }
  const date = formatted(v, rules.dateFormat, timeZone, rules)!;
  const p = zonedParts(v, timeZone);
  if (p.hour === 0 && p.minute === 0 && p.second === 0) return date;
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
