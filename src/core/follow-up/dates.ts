// Calendar days as the record sheets hold them: 'yyyy-MM-dd', compared as text. The readers give
// every date cell as its day already (in the spreadsheet's time zone), so the core never builds
// a Date and no time zone can shift a day here.
import { cellText } from '../skill-name';
import type { IsoDay, PlanItem, RecordCell } from './types';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written yyyy-MM-dd (2026-02-30 is not one). */
export function isIsoDay(text: string): boolean {
  const match = ISO_DAY.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  // There is no year 0 in the calendar, and Sheets shows none.
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The Gregorian rule, which is the one Sheets and Excel use for the days they show. */
function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The day a record cell holds: a date cell (given as yyyy-MM-dd by the readers), else null. */
export function dayOf(cell: RecordCell): IsoDay | null {
  // Only text can be a day: a number is not a date serial here, since the readers turn every
  // date cell into its day before the core sees it.
  if (typeof cell !== 'string') return null;
  const text = cellText(cell);
  return isIsoDay(text) ? text : null;
}

/** Before `today` and neither Done nor Dropped. */
export function isOverdue(item: Pick<PlanItem, 'byWhen' | 'status'>, today: IsoDay): boolean {
  if (item.byWhen === null) return false;
  if (item.status === 'Done' || item.status === 'Dropped') return false;
  // yyyy-MM-dd sorts as text the way the days follow each other.
  return item.byWhen < today;
}
