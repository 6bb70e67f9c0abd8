// A cell's value as the cell shows it, by its number format (the formatCode of an .xlsx
// <numFmt>), so that a date, a time or an amount reads as the same text here as in Sheets'
// getDisplayValues: `3/1/2025`, `9:00`, `$5.00`, not `2025-03-01`, `0.375` or `5`.
//
// Format codes follow Excel's rules (https://support.microsoft.com/en-us/office/review-guidelines-for-customizing-a-number-format-c0a1d1fa-d3f4-4018-96b7-9c9354dd99f5):
// up to four sections separated by `;` (positive; negative; zero; text; with two, the second is
// for negative numbers, and a negative number shown by its own section loses its sign), text in
// double quotes or after a backslash, `_x` a space as wide as x, `*x` a fill (nothing here),
// `[...]` a colour, a condition, a locale or currency (`[$€-407]` shows `€`) or an elapsed time
// (`[h]`), and `m` / `mm` are minutes right after an hour or right before seconds, months
// elsewhere. Built-in format 14 is shown as `m/d/yyyy` and 22 as `m/d/yyyy h:mm`, as Excel shows
// them in en-US (https://learn.microsoft.com/en-us/openspecs/office_standards/ms-oi29500/17d11129-219b-4e2c-88db-45844d21e528,
// which also says a format code is under 255 characters).
//
// Covered: General; digits `0 # ?`, the decimal point, thousands separators and `,` scaling,
// `%`, scientific `E+` / `E-`, literal text and currency symbols; dates and times (y, m, d, h, s,
// AM/PM, A/P, fractions of a second, elapsed [h] [m] [s]) with English month and day names.
// Separators are always `.` for decimals and `,` for thousands, as in en-US: an .xlsx file does
// not say which locale shows it. Not covered, and shown plainly instead (a number as General,
// a date as ISO `yyyy-mm-dd`, with `H:mm:ss` when it has a time, a time alone as `H:mm:ss`):
// fractions (`# ?/?`), conditions (`[>100]`), dates before 1900 or after 9999, negative dates,
// format codes longer than MAX_NUMFMT_CHARS. Text is shown as it is, whatever its format.
//
// The format code is file content: it is read once, left to right, by hand (no regular
// expression), and refused above MAX_NUMFMT_CHARS, so the work is linear and small.

import { MAX_NUMFMT_CHARS } from './limits';
import type { XlsxValue } from './model';

type DatePart = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second';

type Token =
  | { t: 'lit'; s: string }
  /** y, m, d, h or s, `n` letters long; an `m` is resolved to month or minute afterwards. */
  | { t: 'date'; c: 'y' | 'm' | 'd' | 'h' | 's'; n: number; minute?: boolean }
  | { t: 'ampm'; short: boolean; upper: boolean }
  | { t: 'elapsed'; c: 'h' | 'm' | 's' }
  /** `.0`, `.00`, `.000` after seconds. */
  | { t: 'frac'; n: number }
  | { t: 'digit'; c: '0' | '#' | '?' }
  | { t: 'point' }
  | { t: 'comma' }
  | { t: 'percent' }
  | { t: 'exp'; sign: '+' | '-' }
  | { t: 'general' };

interface Section {
  tokens: Token[];
  kind: 'date' | 'number' | 'general' | 'literal';
}

/** Unsupported format: the caller falls back to the plain rendering. */
const PLAIN = null;

/** exceljs names built-in formats by the standard's codes; Excel (en-US) shows these. */
const BUILT_IN_AS_SHOWN: Readonly<Record<string, string>> = {
  'mm-dd-yy': 'm/d/yyyy',
  'm/d/yy h:mm': 'm/d/yyyy h:mm',
  // exceljs 4.4.0's table writes format 22 with the h quoted.
  'm/d/yy "h":mm': 'm/d/yyyy h:mm',
  'mmss.0': 'mm:ss.0',
};

function isDigitChar(c: string): c is '0' | '#' | '?' {
  return c === '0' || c === '#' || c === '?';
}

/**
 * Parsed formats, by code: a workbook has a few dozen, shared by all its cells. Emptied when
 * full, so it never holds more than this many.
 */
const parsed = new Map<string, Section[] | null>();
const PARSED_MAX = 1_000;

function parse(code: string): Section[] | null {
  if (code.length > MAX_NUMFMT_CHARS) return PLAIN;
  let sections = parsed.get(code);
  if (sections === undefined) {
    if (parsed.size >= PARSED_MAX) parsed.clear();
    sections = parseCode(code);
    parsed.set(code, sections);
  }
  return sections;
}

/** The sections of a format code, or null for one this reader does not render. */
function parseCode(code: string): Section[] | null {
  const src = BUILT_IN_AS_SHOWN[code] ?? code;
  const sections: Token[][] = [[]];
  let tokens = sections[0]!;
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    const lower = c.toLowerCase();
    if (c === '"') {
      const end = src.indexOf('"', i + 1);
      const stop = end < 0 ? src.length : end;
      tokens.push({ t: 'lit', s: src.slice(i + 1, stop) });
      i = stop + 1;
    } else if (c === '\\') {
      tokens.push({ t: 'lit', s: src[i + 1] ?? '' });
      i += 2;
    } else if (c === '_') {
      tokens.push({ t: 'lit', s: ' ' });
      i += 2;
    } else if (c === '*') {
      i += 2;
    } else if (c === '[') {
      const end = src.indexOf(']', i + 1);
      if (end < 0) return PLAIN;
      const inside = src.slice(i + 1, end);
      const first = inside[0] ?? '';
      if (first === '$') {
        const dash = inside.indexOf('-');
        const symbol = inside.slice(1, dash < 0 ? inside.length : dash);
        if (symbol) tokens.push({ t: 'lit', s: symbol });
      } else if (first === '<' || first === '>' || first === '=') {
        return PLAIN;
      } else {
        const e = elapsed(inside);
        if (e) tokens.push({ t: 'elapsed', c: e });
        // Anything else in brackets is a colour ([Red], [Color 10]): it changes no text.
      }
      i = end + 1;
    } else if (c === ';') {
      if (sections.length === 4) break;
      tokens = [];
      sections.push(tokens);
      i += 1;
    } else if (lower === 'g' && src.slice(i, i + 7).toLowerCase() === 'general') {
      tokens.push({ t: 'general' });
      i += 7;
    } else if (lower === 'a' && src.slice(i, i + 5).toLowerCase() === 'am/pm') {
      tokens.push({ t: 'ampm', short: false, upper: c === 'A' });
      i += 5;
    } else if (lower === 'a' && src.slice(i, i + 3).toLowerCase() === 'a/p') {
      tokens.push({ t: 'ampm', short: true, upper: c === 'A' });
      i += 3;
    } else if (lower === 'y' || lower === 'm' || lower === 'd' || lower === 'h' || lower === 's') {
      let n = 1;
      while (src[i + n]?.toLowerCase() === lower) n += 1;
      tokens.push({ t: 'date', c: lower, n });
      i += n;
      if (lower === 's' && src[i] === '.' && src[i + 1] === '0') {
        let k = 0;
        while (src[i + 1 + k] === '0') k += 1;
        tokens.push({ t: 'frac', n: Math.min(k, 3) });
        i += 1 + k;
      }
    } else if (lower === 'e' && (src[i + 1] === '+' || src[i + 1] === '-')) {
      tokens.push({ t: 'exp', sign: src[i + 1] as '+' | '-' });
      i += 2;
    } else if (isDigitChar(c)) {
      tokens.push({ t: 'digit', c });
      i += 1;
    } else if (c === '.') {
      tokens.push({ t: 'point' });
      i += 1;
    } else if (c === ',') {
      tokens.push({ t: 'comma' });
      i += 1;
    } else if (c === '%') {
      tokens.push({ t: 'percent' });
      i += 1;
    } else if (c === '/' && tokens[tokens.length - 1]?.t === 'digit') {
      // A fraction (`# ?/?`).
      return PLAIN;
    } else if (c === '@') {
      i += 1;
    } else {
      tokens.push({ t: 'lit', s: c });
      i += 1;
    }
  }
  return sections.map((s) => ({ tokens: resolveMinutes(s), kind: kindOf(s) }));
}

function elapsed(inside: string): 'h' | 'm' | 's' | null {
  const lower = inside.toLowerCase();
  const c = lower[0];
  if (c !== 'h' && c !== 'm' && c !== 's') return null;
  for (let k = 1; k < lower.length; k++) if (lower[k] !== c) return null;
  return c;
}

function kindOf(tokens: Token[]): Section['kind'] {
  let kind: Section['kind'] = 'literal';
  for (const tok of tokens) {
    if (tok.t === 'date' || tok.t === 'ampm' || tok.t === 'elapsed') return 'date';
    if (tok.t === 'digit') kind = 'number';
    else if (tok.t === 'general' && kind === 'literal') kind = 'general';
  }
  return kind;
}

/** `m` / `mm` right after an hour or right before seconds (literals between) are minutes. */
function resolveMinutes(tokens: Token[]): Token[] {
  type Timed = Extract<Token, { t: 'date' | 'elapsed' }>;
  let previous: Timed | undefined;
  const after: Array<Timed | undefined> = Array<Timed | undefined>(tokens.length);
  let next: Timed | undefined;
  for (let k = tokens.length - 1; k >= 0; k--) {
    after[k] = next;
    const tok = tokens[k]!;
    if (tok.t === 'date' || tok.t === 'elapsed') next = tok;
  }
  tokens.forEach((tok, k) => {
    if (tok.t !== 'date' && tok.t !== 'elapsed') return;
    if (tok.t === 'date' && tok.c === 'm' && tok.n <= 2) {
      const follows = after[k];
      tok.minute = (previous !== undefined && previous.c === 'h') || follows?.c === 's';
    }
    previous = tok;
  });
  return tokens;
}

// ---- Rendering ------------------------------------------------------------------------

/** Days from Excel's day 0 (1899-12-30, for dates after February 1900) to 1970-01-01. */
const EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** 9999-12-31, the last day Excel shows. */
const LAST_SERIAL = 2_958_466;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** A Date read from an .xlsx as its serial number (exceljs makes the serial's time UTC). */
export function serialOf(date: Date): number {
  return (date.getTime() - EPOCH_MS) / DAY_MS;
}

/**
 * The value as the cell shows it with this number format: a number or date formatted, text and
 * TRUE / FALSE as they are. An undefined or empty format is General (a Date then reads as ISO).
 */
export function formatValue(value: XlsxValue, numFmt?: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const isDate = value instanceof Date;
  const n = isDate ? serialOf(value) : value;
  if (!Number.isFinite(n)) return isDate ? '' : general(n);
  const sections = numFmt ? parse(numFmt) : PLAIN;
  const text = sections && render(n, sections);
  if (text !== null) return text;
  return isDate ? isoDate(n) : general(n);
}

function render(n: number, sections: Section[]): string | null {
  let section = sections[0]!;
  let v = n;
  let sign = '';
  if (n < 0 && sections.length >= 2) {
    section = sections[1]!;
    v = -n;
  } else if (n === 0 && sections.length >= 3) {
    section = sections[2]!;
  } else if (n < 0) {
    sign = '-';
    v = -n;
  }
  switch (section.kind) {
    case 'date':
      // Excel shows a negative date or time as ####; plain here.
      return sign ? null : renderDate(v, section.tokens);
    case 'number': {
      const text = renderNumber(v, section.tokens);
      if (text === null) return null;
      return sign && /[1-9]/.test(text) ? sign + text : text;
    }
    case 'general':
      return sign + literalsAround(section.tokens, general(v));
    default:
      return literalsAround(section.tokens, '');
  }
}

function literalsAround(tokens: Token[], generalText: string): string {
  let out = '';
  for (const tok of tokens) {
    if (tok.t === 'lit') out += tok.s;
    else if (tok.t === 'general') out += generalText;
    else if (tok.t === 'point') out += '.';
    else if (tok.t === 'comma') out += ',';
    else if (tok.t === 'percent') out += '%';
  }
  return out;
}

function renderDate(serial: number, tokens: Token[]): string | null {
  if (serial >= LAST_SERIAL) return null;
  let fraction = 0;
  let twelve = false;
  for (const tok of tokens) {
    if (tok.t === 'frac') fraction = Math.max(fraction, tok.n);
    if (tok.t === 'ampm') twelve = true;
  }
  // Rounded to the second, or to the fraction of one shown, before any part is taken.
  const unit = 10 ** (3 - fraction);
  const ms = Math.round((serial * DAY_MS) / unit) * unit;
  const d = new Date(EPOCH_MS + ms);
  const hour = d.getUTCHours();
  let out = '';
  for (const tok of tokens) {
    switch (tok.t) {
      case 'lit':
        out += tok.s;
        break;
      case 'date':
        out += datePart(d, tok, twelve);
        break;
      case 'ampm': {
        const text = hour < 12 ? (tok.short ? 'A' : 'AM') : tok.short ? 'P' : 'PM';
        out += tok.upper ? text : text.toLowerCase();
        break;
      }
      case 'elapsed': {
        const seconds = Math.floor(ms / 1000);
        out += String(
          tok.c === 'h'
            ? Math.floor(seconds / 3600)
            : tok.c === 'm'
              ? Math.floor(seconds / 60)
              : seconds,
        );
        break;
      }
      case 'frac':
        out += `.${pad(d.getUTCMilliseconds(), 3).slice(0, tok.n)}`;
        break;
      case 'digit':
        out += tok.c;
        break;
      case 'point':
        out += '.';
        break;
      case 'comma':
        out += ',';
        break;
      case 'percent':
        out += '%';
        break;
      default:
        break;
    }
  }
  return out;
}

function partOf(tok: Extract<Token, { t: 'date' }>): DatePart {
  switch (tok.c) {
    case 'y':
      return 'year';
    case 'm':
      return tok.minute ? 'minute' : 'month';
    case 'd':
      return 'day';
    case 'h':
      return 'hour';
    default:
      return 'second';
  }
}

function datePart(d: Date, tok: Extract<Token, { t: 'date' }>, twelve: boolean): string {
  const part = partOf(tok);
  const n = tok.n;
  switch (part) {
    case 'year':
      return n <= 2 ? pad(d.getUTCFullYear() % 100, 2) : pad(d.getUTCFullYear(), 4);
    case 'month': {
      const m = d.getUTCMonth();
      if (n <= 2) return pad(m + 1, n);
      const name = MONTHS[m]!;
      return n === 3 ? name.slice(0, 3) : n === 4 ? name : name[0]!;
    }
    case 'day': {
      if (n <= 2) return pad(d.getUTCDate(), n);
      const name = DAYS[d.getUTCDay()]!;
      return n === 3 ? name.slice(0, 3) : name;
    }
    case 'hour': {
      const h = d.getUTCHours();
      return pad(twelve ? h % 12 || 12 : h, Math.min(n, 2));
    }
    case 'minute':
      return pad(d.getUTCMinutes(), n);
    default:
      return pad(d.getUTCSeconds(), Math.min(n, 2));
  }
}

/**
 * A number by a number section: digits are placed right to left in the integer placeholders
 * (the leftmost takes any extra), `,` between placeholders groups thousands, `,` after the last
 * one divides by 1,000, and each `%` multiplies by 100.
 */
function renderNumber(value: number, tokens: Token[]): string | null {
  let v = value;
  let point = -1;
  let exp = -1;
  let lastDigit = -1;
  tokens.forEach((tok, k) => {
    if (tok.t === 'percent') v *= 100;
    if (tok.t === 'point' && point < 0 && exp < 0) point = k;
    if (tok.t === 'exp' && exp < 0) exp = k;
    if (tok.t === 'digit') lastDigit = k;
  });
  const intEnd = point >= 0 ? point : exp >= 0 ? exp : tokens.length;
  const fracEnd = exp >= 0 ? exp : tokens.length;
  // Which commas group, which scale.
  const role: Array<'group' | 'scale' | 'lit'> = [];
  let seenDigit = false;
  let grouping = false;
  tokens.forEach((tok, k) => {
    if (tok.t === 'digit') seenDigit = true;
    if (tok.t !== 'comma') return;
    let digitAfter = false;
    for (let j = k + 1; j < intEnd; j++) {
      const next = tokens[j]!;
      if (next.t === 'digit') digitAfter = true;
      if (next.t === 'digit' || next.t === 'lit') break;
    }
    if (seenDigit && k < intEnd && digitAfter) {
      role[k] = 'group';
      grouping = true;
    } else if (seenDigit && k > lastDigit) {
      role[k] = 'scale';
      v /= 1000;
    } else role[k] = 'lit';
  });
  const intSlots: number[] = [];
  const fracSlots: number[] = [];
  let expDigits = 0;
  tokens.forEach((tok, k) => {
    if (tok.t !== 'digit') return;
    if (k < intEnd) intSlots.push(k);
    else if (k < fracEnd) fracSlots.push(k);
    else expDigits += 1;
  });
  const decimals = Math.min(fracSlots.length, 30);
  let intDigits: string;
  let fracDigits: string;
  let exponent = '';
  if (exp >= 0) {
    const mantissaDigits = Math.max(intSlots.length, 1);
    let e = v === 0 ? 0 : Math.floor(Math.log10(v));
    e -= mantissaDigits - 1;
    if (!Number.isFinite(v / 10 ** e)) return null;
    let m = (v / 10 ** e).toFixed(decimals);
    if (Number(m) >= 10 ** mantissaDigits) {
      e += 1;
      m = (v / 10 ** e).toFixed(decimals);
    }
    [intDigits, fracDigits] = splitFixed(m);
    const tok = tokens[exp] as Extract<Token, { t: 'exp' }>;
    const expSign = e < 0 ? '-' : tok.sign === '+' ? '+' : '';
    exponent = `E${expSign}${pad(Math.abs(e), Math.max(expDigits, 1))}`;
  } else {
    if (v >= 1e21) return null;
    [intDigits, fracDigits] = splitFixed(v.toFixed(decimals));
  }
  if (intDigits === '0') intDigits = '';
  const intText = placeInteger(intDigits, intSlots, tokens, grouping);
  const fracText = placeFraction(fracDigits, fracSlots, tokens);
  let out = '';
  let exponentDone = false;
  tokens.forEach((tok, k) => {
    if (tok.t === 'digit') {
      if (k < intEnd) out += intText.get(k) ?? '';
      else if (k < fracEnd) out += fracText.get(k) ?? '';
      else if (!exponentDone) {
        out += exponent;
        exponentDone = true;
      }
    } else if (tok.t === 'point' && k === point) {
      // A format with no integer placeholder still shows the integer part.
      if (intSlots.length === 0) out += intDigits;
      out += '.';
    } else if (tok.t === 'comma') {
      if (role[k] === 'lit') out += ',';
    } else if (tok.t === 'exp') {
      if (expDigits === 0 && !exponentDone) {
        out += exponent;
        exponentDone = true;
      }
    } else if (tok.t === 'lit') out += tok.s;
    else if (tok.t === 'percent') out += '%';
    else if (tok.t === 'point') out += '.';
    else if (tok.t === 'general') out += general(value);
  });
  return out;
}

function splitFixed(text: string): [string, string] {
  const dot = text.indexOf('.');
  return dot < 0 ? [text, ''] : [text.slice(0, dot), text.slice(dot + 1)];
}

function placeInteger(
  digits: string,
  slots: number[],
  tokens: Token[],
  grouping: boolean,
): Map<number, string> {
  const out = new Map<number, string>();
  let k = digits.length - 1;
  let placed = 0;
  const next = (d: string): string => {
    const separator = grouping && placed > 0 && placed % 3 === 0 ? ',' : '';
    placed += 1;
    return d + separator;
  };
  for (let s = slots.length - 1; s >= 0; s--) {
    const c = (tokens[slots[s]!] as Extract<Token, { t: 'digit' }>).c;
    let piece = '';
    if (k >= 0) {
      piece = next(digits[k]!);
      k -= 1;
    } else if (c === '0') piece = next('0');
    else if (c === '?') piece = ' ';
    if (s === 0) {
      while (k >= 0) {
        piece = next(digits[k]!) + piece;
        k -= 1;
      }
    }
    out.set(slots[s]!, piece);
  }
  return out;
}

function placeFraction(digits: string, slots: number[], tokens: Token[]): Map<number, string> {
  const out = new Map<number, string>();
  // Trailing zeros go where the placeholder is optional: nothing for #, a space for ?.
  let trailing = true;
  for (let s = slots.length - 1; s >= 0; s--) {
    const c = (tokens[slots[s]!] as Extract<Token, { t: 'digit' }>).c;
    const d = digits[s] ?? '0';
    if (trailing && d === '0' && c !== '0') {
      out.set(slots[s]!, c === '?' ? ' ' : '');
    } else {
      trailing = false;
      out.set(slots[s]!, d);
    }
  }
  return out;
}

/**
 * General, as Sheets' automatic format shows a number (and the emulator after it): whole
 * numbers in full, others to about ten significant digits.
 */
function general(n: number): string {
  if (!Number.isFinite(n)) return '#NUM!';
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  const text = n.toPrecision(10);
  const e = text.indexOf('e');
  const mantissa = e < 0 ? text : text.slice(0, e);
  return trimZeros(mantissa) + (e < 0 ? '' : text.slice(e));
}

/** '1.2300' -> '1.23', '5.000' -> '5' (only after a decimal point). */
function trimZeros(text: string): string {
  if (!text.includes('.')) return text;
  let end = text.length;
  while (text[end - 1] === '0') end -= 1;
  if (text[end - 1] === '.') end -= 1;
  return text.slice(0, end);
}

/** The plain rendering of a date: ISO day, with H:mm:ss when it has a time; a time alone. */
function isoDate(serial: number): string {
  if (serial < 0 || serial >= LAST_SERIAL) {
    const d = new Date(EPOCH_MS + Math.round(serial * DAY_MS));
    return Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 10);
  }
  const ms = Math.round((serial * DAY_MS) / 1000) * 1000;
  const d = new Date(EPOCH_MS + ms);
  const time = `${d.getUTCHours()}:${pad(d.getUTCMinutes(), 2)}:${pad(d.getUTCSeconds(), 2)}`;
  if (ms < DAY_MS) return time;
  const day = d.toISOString().slice(0, 10);
  return ms % DAY_MS === 0 ? day : `${day} ${time}`;
}

/**
 * The parts of a date or time format with one section, in order (an `m` already read as month
 * or minute), or null for any other format: for a program that writes the same format in
 * another syntax, as the preview does for the emulator.
 */
export function dateFormatParts(
  numFmt: string,
): Array<{ part: DatePart | 'ampm' | 'literal'; length: number; text: string }> | null {
  const sections = parse(numFmt);
  if (!sections || sections.length !== 1 || sections[0]!.kind !== 'date') return null;
  const parts: Array<{ part: DatePart | 'ampm' | 'literal'; length: number; text: string }> = [];
  for (const tok of sections[0]!.tokens) {
    if (tok.t === 'lit') parts.push({ part: 'literal', length: tok.s.length, text: tok.s });
    else if (tok.t === 'date') {
      const part = partOf(tok);
      parts.push({ part, length: tok.n, text: tok.c.repeat(tok.n) });
    } else if (tok.t === 'ampm' && !tok.short) {
      parts.push({ part: 'ampm', length: 5, text: tok.upper ? 'AM/PM' : 'am/pm' });
    } else return null;
  }
  return parts;
}

/**
 * What a number format makes of a number, by its first section (the one a positive number or a
 * date takes): `'day'` when it shows a year, a month or a day (`m/d/yyyy`, `d mmm`, `m/d/yyyy
 * h:mm`), `'time'` when it shows only a time or a duration (`h:mm`, `[h]:mm`), `'number'` for any
 * other (General, `0.00`, `"$"#,##0`), and null for a format this reader does not render (a
 * condition, a fraction, or one too long).
 */
export function numberFormatKind(numFmt: string | undefined): 'day' | 'time' | 'number' | null {
  if (!numFmt) return 'number';
  const sections = parse(numFmt);
  if (!sections) return null;
  const first = sections[0]!;
  if (first.kind !== 'date') return 'number';
  for (const tok of first.tokens) {
    if (tok.t !== 'date') continue;
    const part = partOf(tok);
    if (part === 'year' || part === 'month' || part === 'day') return 'day';
  }
  return 'time';
}
