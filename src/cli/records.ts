// The record sheets from an .xlsx file, by the add-on's own rules (src/core/follow-up): the
// Plan sheet with what is overdue, and what moved between check-ins on the Check-ins sheet.
import { basename } from 'node:path';
import {
  CHECK_INS_SHEET,
  findRecordSheetName,
  isOverdue,
  isUserError,
  parseCheckInsSheet,
  parsePlanSheet,
  PLAN_SHEET,
  progressOf,
  progressSentences,
  type IsoDay,
  type PlanItem,
  type Progress,
} from '../core';
import { recordCells, type XlsxBook, type XlsxSheet } from '../xlsx';
import { CliError, q } from './errors';
import { readBook } from './workbook';

/** A plan item as the command line prints it: the core's reading, and whether it is overdue. */
export interface PlanReportItem extends PlanItem {
  overdue: boolean;
}

export interface PlanReport {
  sheet: string;
  today: IsoDay;
  items: PlanReportItem[];
  warnings: string[];
}

export interface ProgressReport {
  sheet: string;
  /** The days of the check-ins, ascending. */
  checkIns: IsoDay[];
  since: IsoDay | null;
  progress: Progress;
  /** The progress in the sidebar's sentences. */
  sentences: string[];
  nextCheckIn: IsoDay | null;
  warnings: string[];
}

/** The Plan sheet: every item in sheet order, overdue when its day is before `today`. */
export async function planReport(file: string, today: IsoDay): Promise<PlanReport> {
  const book = await readBook(file);
  const sheet = recordSheet(
    book,
    file,
    PLAN_SHEET,
    'the add-on adds it with the first action of a plan',
  );
  const plan = core(() => parsePlanSheet(recordCells(sheet), sheet.name));
  return {
    sheet: sheet.name,
    today,
    items: plan.items.map((item) => ({ ...item, overdue: isOverdue(item, today) })),
    warnings: plan.warnings,
  };
}

/**
 * The Check-ins sheet: the latest check-in against the one before it, or against the first one
 * on or after `since`.
 */
export async function progressReport(file: string, since: IsoDay | null): Promise<ProgressReport> {
  const book = await readBook(file);
  const sheet = recordSheet(
    book,
    file,
    CHECK_INS_SHEET,
    'the add-on adds it with the first check-in',
  );
  const checkIns = core(() => parseCheckInsSheet(recordCells(sheet), sheet.name));
  const progress = core(() => progressOf(checkIns, since));
  return {
    sheet: sheet.name,
    checkIns: checkIns.dates,
    since,
    progress,
    sentences: progressSentences(progress),
    nextCheckIn: checkIns.nextCheckIn,
    warnings: checkIns.warnings,
  };
}

/**
 * The record sheet named `wanted`, found as the add-on finds it: the exact name first, else the
 * same name trimmed and in any letter case.
 */
function recordSheet(book: XlsxBook, file: string, wanted: string, howToAdd: string): XlsxSheet {
  const names = book.sheets.map((s) => s.name);
  const name = findRecordSheetName(names, wanted);
  const sheet = name === null ? undefined : book.sheets[names.indexOf(name)];
  if (sheet) return sheet;
  const which = book.sheets.length === 1 ? 'its only sheet is' : 'its sheets are';
  throw new CliError(
    `There is no sheet ${q(wanted)} in ${q(basename(file))} (${which} ${names.map(q).join(', ')}): ` +
      `${howToAdd}.`,
  );
}

/** The core's refusal (a malformed sheet, a day with no check-in) is told as it is. */
function core<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (isUserError(error)) throw new CliError(error.message);
    throw error;
  }
}
