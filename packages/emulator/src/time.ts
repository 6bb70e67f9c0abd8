// Calendar fields of an instant in an IANA time zone, through Intl (no dependencies).

export interface ZonedParts {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number; // 0-23
  minute: number;
  second: number;
  millisecond: number;
  weekday: number; // 0 = Sunday
  /** Minutes east of UTC at that instant. */
  offsetMinutes: number;
  /** The same, exactly, in milliseconds (1899's local mean times are not whole minutes). */
  offsetMs: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // Throws RangeError for an unknown zone, which is what we want.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

export function zonedParts(date: Date, timeZone: string): ZonedParts {
  const fields: Record<string, string> = {};
  for (const part of formatter(timeZone).formatToParts(date)) fields[part.type] = part.value;
  const num = (k: string): number => Number(fields[k] ?? 0);
  const parts = {
    year: num('year'),
    month: num('month'),
    day: num('day'),
    hour: num('hour') % 24,
    minute: num('minute'),
    second: num('second'),
    millisecond: date.getUTCMilliseconds(),
    weekday: WEEKDAYS.indexOf(fields['weekday'] ?? 'Sun'),
  };
  const asUtc = Date.UTC(
    parts.year,
    parts.month - 1,
    parts.day,
    parts.hour,
    parts.minute,
    parts.second,
  );
  const offsetMs = asUtc - (date.getTime() - parts.millisecond);
  return { ...parts, offsetMinutes: Math.round(offsetMs / 60000), offsetMs };
}

/** The instant that reads as the given wall-clock time in `timeZone`. */
export function zonedInstant(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute, second);
  // Two passes settle the offset, also next to a daylight-saving change.
  let t = guess - zonedParts(new Date(guess), timeZone).offsetMs;
  t = guess - zonedParts(new Date(t), timeZone).offsetMs;
  return new Date(t);
}

/** True for a Date from any realm (a vm context has its own Date constructor). */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}
