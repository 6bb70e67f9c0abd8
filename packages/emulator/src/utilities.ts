// Utilities.formatDate, Session, Logger and console.
// https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
// formatDate takes a java.text.SimpleDateFormat pattern:
// https://docs.oracle.com/javase/8/docs/api/java/text/SimpleDateFormat.html

import { asGas, Fake } from './fake';
import type { LogRecord, UserScope } from './scope';
import { isDate, zonedParts } from './time';

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

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function offsetText(minutes: number, colon: boolean): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60), 2)}${colon ? ':' : ''}${pad(abs % 60, 2)}`;
}

/**
 * Zone names come from Intl (en-US), which can differ from Java's: Java prints "CET" for
 * Europe/Paris in winter where Intl prints "GMT+1". Offsets (Z, X) are exact.
 */
function zoneName(date: Date, timeZone: string, long: boolean): string {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    timeZoneName: long ? 'long' : 'short',
  }).formatToParts(date);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

export function formatDate(date: Date, timeZone: string, format: string): string {
  if (!isDate(date))
    throw new Error(
      `The parameters (${typeof date},String,String) don't match the method signature for Utilities.formatDate.`,
    );
  if (Number.isNaN(date.getTime()))
    throw new Error('Emulator: formatDate was given an invalid Date.');
  const p = zonedParts(date, timeZone); // throws RangeError for an unknown zone
  let out = '';
  let i = 0;
  while (i < format.length) {
    const ch = format[i]!;
    if (ch === "'") {
      // Quoted literal text; '' is a literal apostrophe.
      if (format[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      const end = format.indexOf("'", i + 1);
      if (end < 0) throw new Error(`Unterminated quote in date pattern "${format}"`);
      out += format.slice(i + 1, end).replace(/''/g, "'");
      i = end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i++;
      continue;
    }
    let n = 1;
    while (format[i + n] === ch) n++;
    i += n;
    const hour12 = p.hour % 12 === 0 ? 12 : p.hour % 12;
    switch (ch) {
      case 'y':
        out += n === 2 ? pad(p.year % 100, 2) : pad(p.year, n);
        break;
      case 'M':
        out +=
          n >= 4
            ? MONTHS[p.month - 1]
            : n === 3
              ? MONTHS[p.month - 1]!.slice(0, 3)
              : pad(p.month, n);
        break;
      case 'd':
        out += pad(p.day, n);
        break;
      case 'H':
        out += pad(p.hour, n);
        break;
      case 'h':
        out += pad(hour12, n);
        break;
      case 'm':
        out += pad(p.minute, n);
        break;
      case 's':
        out += pad(p.second, n);
        break;
      case 'S':
        out += pad(p.millisecond, n);
        break;
      case 'E':
        out += n >= 4 ? DAYS[p.weekday] : DAYS[p.weekday]!.slice(0, 3);
        break;
      case 'u':
        out += pad(p.weekday === 0 ? 7 : p.weekday, n);
        break;
      case 'a':
        out += p.hour < 12 ? 'AM' : 'PM';
        break;
      case 'z':
        out += zoneName(date, timeZone, n >= 4);
        break;
      case 'Z':
        out += offsetText(p.offsetMinutes, false);
        break;
      case 'X':
        if (p.offsetMinutes === 0) out += 'Z';
        else
          out +=
            n === 1
              ? offsetText(p.offsetMinutes, false).slice(0, 3)
              : offsetText(p.offsetMinutes, n >= 3);
        break;
      default:
        throw new Error(
          `Emulator: date pattern letter '${ch}' is not emulated (pattern "${format}").`,
        );
    }
  }
  return out;
}

export class FakeUtilities
  extends Fake
  implements Pick<GoogleAppsScript.Utilities.Utilities, 'formatDate'>
{
  readonly service = 'Utilities';
  readonly api: ReadonlySet<string> = new Set(['formatDate']);

  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    // The @types describe Apps Script's Date as its own interface; at run time it is a JS Date.
    return formatDate(date as unknown as Date, String(timeZone), String(format));
  }
}

class FakeUser extends Fake implements Pick<GoogleAppsScript.Base.User, 'getEmail'> {
  readonly service = 'User';
  readonly api: ReadonlySet<string> = new Set(['getEmail']);

  constructor(private readonly email: string) {
    super();
  }

  getEmail(): string {
    return this.email;
  }
}

const SESSION_API = [
  'getActiveUser',
  'getEffectiveUser',
  'getScriptTimeZone',
  'getActiveUserLocale',
] as const satisfies readonly (keyof GoogleAppsScript.Base.Session)[];

/**
 * An add-on runs as the user who uses it, so the effective user is the active user.
 * (Outside a shared domain Apps Script may return '' for the active user's email; we do not.)
 */
export class FakeSession
  extends Fake
  implements Pick<GoogleAppsScript.Base.Session, (typeof SESSION_API)[number]>
{
  readonly service = 'Session';
  readonly api: ReadonlySet<string> = new Set(SESSION_API);

  constructor(private readonly scope: UserScope) {
    super();
  }

  getActiveUser(): GoogleAppsScript.Base.User {
    return asGas(new FakeUser(this.scope.email));
  }

  getEffectiveUser(): GoogleAppsScript.Base.User {
    return asGas(new FakeUser(this.scope.email));
  }

  getScriptTimeZone(): string {
    return this.scope.settings.scriptTimeZone;
  }

  getActiveUserLocale(): string {
    return 'en';
  }
}

function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Error) return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

export class FakeLogger
  extends Fake
  implements Pick<GoogleAppsScript.Base.Logger, 'log' | 'getLog' | 'clear'>
{
  readonly service = 'Logger';
  readonly api: ReadonlySet<string> = new Set(['log', 'getLog', 'clear']);
  private lines: string[] = [];

  constructor(private readonly scope: UserScope) {
    super();
  }

  /** log(data) or log(format, ...values) with %s placeholders. */
  log(data: unknown, ...values: unknown[]): GoogleAppsScript.Base.Logger {
    let message = text(data);
    if (values.length > 0 && typeof data === 'string') {
      let k = 0;
      message = data.replace(/%s/g, () => (k < values.length ? text(values[k++]) : '%s'));
    }
    this.lines.push(message);
    this.scope.log('Logger', 'log', message);
    return asGas(this);
  }

  getLog(): string {
    return this.lines.map((line) => `${line}\n`).join('');
  }

  clear(): void {
    this.lines = [];
  }
}

/** console for the add-on: recorded in emulator.logs (printed only with echoLogs). Not counted. */
export function makeConsole(scope: UserScope): Pick<Console, LogRecord['level']> {
  const write =
    (level: LogRecord['level']) =>
    (...args: unknown[]): void =>
      scope.log('console', level, args.map(text).join(' '));
  return {
    log: write('log'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    debug: write('debug'),
  };
}
