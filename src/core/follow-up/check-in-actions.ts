// The Check-ins sheet's actions: recording the table as it is now (appended below everything,
// never rewriting an earlier check-in) and the visible next check-in day in the header row.
import { a1 } from '../a1';
import { RATING_FILLS } from '../colour';
import { UserError } from '../errors';
import type { RecordSheetFact, TimeFact } from '../facts';
import { LEGEND } from '../legend';
import type { Plan } from '../plans/plan';
import { count } from '../plans/wording';
import { cellText } from '../skill-name';
import type { Edit, Table } from '../types';
import { NEXT_CHECK_IN_LABEL, parseCheckInsSheet, snapshotOfTable } from './check-ins';
import { CHECK_INS_LEGEND } from './legend';
import { createdHeader, fromTheTop, padded, rowInColumns, todayOf, validDay } from './plan-actions';
import {
  CHECK_IN_COLUMNS,
  CHECK_INS_SHEET,
  type CheckInColumn,
  type IsoDay,
  type RecordWrite,
} from './types';

/**
 * The last column a sheet can have in Google Sheets (ZZZ): a write past it fails there with an
 * error, so the label and its day must fit left of it.
 * https://support.google.com/drive/answer/37603
 */
const SHEETS_MAX_COLUMNS = 18_278;

/** The most cells a spreadsheet holds in Google Sheets, all its sheets together (same page). */
const SHEETS_MAX_CELLS = 10_000_000;

/**
 * The header row the add-on creates: A1:E1 the columns, G1 the label, H1 its day (empty until
 * set), J1 the legend.
 */
function createdCheckInsHeader(next: RecordWrite): RecordWrite[] {
  return createdHeader(CHECK_IN_COLUMNS, [NEXT_CHECK_IN_LABEL, next, '', CHECK_INS_LEGEND]);
}

export function planRecordCheckIn(
  table: Table,
  time: TimeFact,
  fact: RecordSheetFact,
  date: IsoDay | null,
): Plan {
  const today = todayOf(time);
  const day = date === null || date === '' ? today : validDay(date, 'day of the check-in');
  if (day > today) {
    throw new UserError(
      `${day} is after today (${today}): a check-in records the table as it is, so it cannot ` +
        'be dated later. Pick today or an earlier day.',
    );
  }
  // From the snapshot, not the cells: a skill listed twice under one dream is one row, with the
  // rating the table reads for it (the weaker), so the check-in reads back as the table did.
  const snapshot = snapshotOfTable(table, day);
  const records = snapshot.dreams.flatMap((dream) =>
    dream.skills.map((skill) => ({ dream: dream.name, skill })),
  );
  if (records.length === 0) {
    throw new UserError(
      'The table has no skills to record yet: add dreams and their skills first.',
    );
  }
  const values = records.map(({ dream, skill }): Record<CheckInColumn, RecordWrite> => ({
    Date: { day },
    Dream: dream,
    Skill: skill.name,
    Rating: LEGEND[skill.rating === 'none' ? 'unrated' : skill.rating].word,
    Critical: skill.critical ? 'yes' : '',
  }));
  // The word is the truth; the add-on's shade is for the eye (none for Not rated).
  const fills = records.map(({ skill }) =>
    skill.rating === 'none' ? null : RATING_FILLS[skill.rating],
  );
  const dreams = new Set(records.map((r) => r.dream)).size;
  const what = `${count(records.length, 'skill')} in ${count(dreams, 'dream')}`;

  const sheet = fact.exists ? parseCheckInsSheet(fact.values, fact.name) : null;
  if (sheet === null || sheet.headerRow === 0) {
    const name = sheet === null ? CHECK_INS_SHEET : fact.name;
    const header = createdCheckInsHeader('');
    const rating = CHECK_IN_COLUMNS.indexOf('Rating');
    const rows = values.map((v) =>
      padded(
        CHECK_IN_COLUMNS.map((c) => v[c]),
        header.length,
      ),
    );
    return {
      edits: [
        fromTheTop(
          fact,
          name,
          [header, ...rows],
          [
            header.map(() => null),
            ...fills.map((fill) => header.map((_, i) => (i === rating ? fill : null))),
          ],
        ),
      ],
      message:
        (sheet === null ? `Created the sheet ‘${name}’ and recorded` : 'Recorded') +
        ` the check-in of ${day} in ‘${name}’: ${what}, rows 2–${records.length + 1}.`,
    };
  }

  // Each row spans the sheet's columns from its leftmost known one to its rightmost. Far apart
  // (a Critical typed in column ZZZ), the block could never fit: Sheets holds 10 million cells
  // in a spreadsheet, and building it first would take the time and memory of that many.
  let leftmost = Infinity;
  let rightmost = 0;
  for (const col of Object.values<number | undefined>(sheet.columns)) {
    if (col === undefined) continue;
    leftmost = Math.min(leftmost, col);
    rightmost = Math.max(rightmost, col);
  }
  const width = rightmost - leftmost + 1;
  if (records.length * width > SHEETS_MAX_CELLS) {
    throw new UserError(
      `The check-in would take ${records.length} rows of ${width} cells on ‘${fact.name}’, more ` +
        `than the 10 million cells a spreadsheet holds: put its columns (${CHECK_IN_COLUMNS.join(', ')}) ` +
        `next to each other in row ${sheet.headerRow}, then try again.`,
    );
  }
  const rows = values.map((v) => rowInColumns(sheet.columns, v));
  const col = rows[0]?.col ?? 1;
  const ratingAt = (sheet.columns.Rating ?? col) - col;
  const from = sheet.lastRow + 1;
  const again = sheet.dates.includes(day)
    ? ` There was already a check-in on ${day}; where the two differ, this one counts.`
    : '';
  // Critical is not a required column (the ratings are what is compared), but a mark the table
  // has and the sheet cannot hold is said to be left out, as a plan item's missing columns are.
  const noCritical =
    sheet.columns.Critical === undefined && records.some(({ skill }) => skill.critical)
      ? ` The sheet has no ‘Critical’ column, so which skills are critical was left out: add ` +
        `that header to row ${sheet.headerRow} to record it next time.`
      : '';
  return {
    edits: [
      {
        kind: 'appendRecordRows',
        sheet: fact.name,
        create: false,
        col,
        rows: rows.map((r) => r.row),
        backgrounds: rows.map((r, i) => r.row.map((_, c) => (c === ratingAt ? fills[i]! : null))),
      },
    ],
    message:
      `Recorded the check-in of ${day} in ‘${fact.name}’: ${what}, ` +
      `${records.length === 1 ? `row ${from}` : `rows ${from}–${from + records.length - 1}`}.` +
      again +
      noCritical,
  };
}

/** The refusal when the header row has no room for the label and its day. */
function noRoomForLabel(sheetName: string, row: number): UserError {
  return new UserError(
    `The header row of ‘${sheetName}’ reaches the last column Sheets allows, so there is no ` +
      `room for the next check-in day: type ${NEXT_CHECK_IN_LABEL} in an empty cell of row ${row} ` +
      'with an empty cell right of it (or delete a column you do not use), then try again.',
  );
}

/** Sets the day right of the `Next check-in` label (null clears it), creating the label if needed. */
export function planNextCheckIn(time: TimeFact, fact: RecordSheetFact, date: IsoDay | null): Plan {
  void time; // A day before today is allowed: it says the check-in is due.
  const day = date === null || date === '' ? null : validDay(date, 'next check-in day');
  const value: RecordWrite = day === null ? '' : { day };
  const said = (where: string) =>
    day === null
      ? `Cleared the next check-in day in ‘${fact.name || CHECK_INS_SHEET}’ (${where}).`
      : `Set the next check-in to ${day} in ‘${fact.name || CHECK_INS_SHEET}’ (${where}).`;

  const sheet = fact.exists ? parseCheckInsSheet(fact.values, fact.name) : null;
  if (sheet === null || sheet.headerRow === 0) {
    if (day === null) return { edits: [], message: 'There is no next check-in day to clear.' };
    const name = sheet === null ? CHECK_INS_SHEET : fact.name;
    const header = createdCheckInsHeader(value);
    const at = header.indexOf(NEXT_CHECK_IN_LABEL) + 2;
    return {
      edits: [fromTheTop(fact, name, [header])],
      message:
        sheet === null
          ? `Created the sheet ‘${name}’ and set the next check-in to ${day} (${a1(1, at)}).`
          : said(a1(1, at)),
    };
  }

  const label = sheet.nextCheckInLabel;
  if (label) {
    const row = label.row;
    const col = label.col + 1;
    // A label typed in the very last column has no cell right of it to hold the day.
    if (col > SHEETS_MAX_COLUMNS) throw noRoomForLabel(fact.name, row);
    const unchanged = day === null ? labelText(fact, row, col) === '' : sheet.nextCheckIn === day;
    if (unchanged) {
      return {
        edits: [],
        message:
          day === null
            ? 'There is no next check-in day to clear.'
            : `The next check-in is already ${day}.`,
      };
    }
    const edit: Edit = {
      kind: 'writeRecordCells',
      sheet: fact.name,
      cells: [{ row, col, value }],
      expect: [{ row, col: label.col, text: labelText(fact, row, label.col) }],
    };
    return { edits: [edit], message: said(a1(row, col)) };
  }

  if (day === null) return { edits: [], message: 'There is no next check-in day to clear.' };
  // No label yet: it goes in the header row right of everything on the sheet, after one empty
  // column, so nothing there is overwritten; the header cells say which row that is.
  const row = sheet.headerRow;
  const col = sheet.lastCol + 2;
  // The label and its day, after one empty column, must fit on the sheet.
  if (col + 1 > SHEETS_MAX_COLUMNS) throw noRoomForLabel(fact.name, row);
  const expect = CHECK_IN_COLUMNS.flatMap((name) => {
    const at = sheet.columns[name];
    return at === undefined ? [] : [{ row, col: at, text: labelText(fact, row, at) }];
  });
  return {
    edits: [
      {
        kind: 'writeRecordCells',
        sheet: fact.name,
        cells: [
          { row, col, value: NEXT_CHECK_IN_LABEL },
          { row, col: col + 1, value },
        ],
        expect,
      },
    ],
    message: said(a1(row, col + 1)),
  };
}

/** A cell's text as the record readers give it, which is what the check after writing compares. */
function labelText(fact: RecordSheetFact, row: number, col: number): string {
  return cellText(fact.values[row - 1]?.[col - 1] ?? null);
}
