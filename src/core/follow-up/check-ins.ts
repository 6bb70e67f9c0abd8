// Reading the Check-ins sheet (append-only: one row per skill per dream per check-in) and
// turning the table as it is now into the rows of a new check-in.
import { a1 } from '../a1';
import { UserError } from '../errors';
import { cleanName, skillKey } from '../skill-name';
import type { Rating, Table } from '../types';
import { dayOf } from './dates';
import {
  extentOf,
  findColumns,
  headerIndexOf,
  headerKey,
  missingColumnsMessage,
  quoted,
  textsOf,
} from './header';
import {
  CHECK_IN_COLUMNS,
  type CheckInColumn,
  type CheckInRating,
  type CheckInRow,
  type CheckInsSheet,
  type IsoDay,
  type RecordCell,
  type Snapshot,
} from './types';

/** Critical is optional: a sheet without it reads every skill as not critical. */
const REQUIRED: readonly CheckInColumn[] = ['Date', 'Dream', 'Skill', 'Rating'];

/** The label of the visible next check-in day, which is in the cell to its right. */
export const NEXT_CHECK_IN_LABEL = 'Next check-in';

/**
 * A long sheet typed by hand can have many odd rows: past this many, one sentence counts the
 * rest instead of naming each.
 */
const MAX_ROW_WARNINGS = 10;

const RATING_BY_KEY = new Map<string, CheckInRating>([
  ['red', 'red'],
  ['yellow', 'yellow'],
  ['green', 'green'],
  ['not rated', 'none'],
  ['none', 'none'],
  ['unrated', 'none'],
  ['', 'none'],
]);

/** What people type for "yes" in a yes-or-empty column, and what a checkbox cell reads as. */
const YES = new Set(['yes', 'true', 'x']);

/** Parses the Check-ins sheet's cells; throws a UserError when its header lacks a column. */
export function parseCheckInsSheet(values: RecordCell[][], sheetName: string): CheckInsSheet {
  const texts = textsOf(values);
  const { lastRow, lastCol } = extentOf(texts);
  const headerIndex = headerIndexOf(texts);
  if (headerIndex < 0) {
    return {
      headerRow: 0,
      columns: {},
      rows: [],
      dates: [],
      nextCheckIn: null,
      nextCheckInLabel: null,
      lastRow: 0,
      lastCol: 0,
      warnings: [],
    };
  }
  const headerRow = headerIndex + 1;
  const header = texts[headerIndex] ?? [];
  const warnings: string[] = [];

  // A label right before a column's header (typed by hand) has no room for its day: it is not
  // the label, so that setting the day never writes over that header.
  const columnKeys = new Set(CHECK_IN_COLUMNS.map(headerKey));
  const labelIndex = header.findIndex(
    (text, index) =>
      isNextCheckInLabel(text) && !columnKeys.has(headerKey(header[index + 1] ?? '')),
  );
  const nextCheckInLabel = labelIndex < 0 ? null : { row: headerRow, col: labelIndex + 1 };
  let nextCheckIn: IsoDay | null = null;
  if (nextCheckInLabel) {
    nextCheckIn = dayOf(values[headerIndex]?.[labelIndex + 1] ?? null);
    const typed = header[labelIndex + 1] ?? '';
    if (nextCheckIn === null && typed !== '') {
      warnings.push(
        `${a1(headerRow, labelIndex + 2)} on ‘${sheetName}’ holds ‘${quoted(typed)}’, which is not a ` +
          'date, so there is no next check-in day; type a date there (for example 2026-09-01).',
      );
    }
  }
  // The label and its day are not columns, whatever they say.
  const notColumn = (col: number) =>
    nextCheckInLabel !== null && (col === nextCheckInLabel.col || col === nextCheckInLabel.col + 1);
  const columns = findColumns(
    header,
    CHECK_IN_COLUMNS,
    { sheetName, row: headerRow },
    warnings,
    notColumn,
  );
  const missing = REQUIRED.filter((name) => columns[name] === undefined);
  if (missing.length > 0) {
    throw new UserError(
      missingColumnsMessage(sheetName, missing, headerRow, 'a record of check-ins'),
    );
  }

  const known = CHECK_IN_COLUMNS.flatMap((name) => {
    const col = columns[name];
    return col === undefined ? [] : [col];
  });
  const rows: CheckInRow[] = [];
  const skipped: string[] = [];
  for (let r = headerIndex + 1; r < texts.length; r++) {
    const line = texts[r] ?? [];
    if (!known.some((col) => (line[col - 1] ?? '') !== '')) continue;
    const read = readRow(line, values[r] ?? [], r + 1, columns);
    if (typeof read === 'string')
      skipped.push(`Row ${r + 1} of ‘${sheetName}’ is left out: ${read}.`);
    else rows.push(read);
  }
  for (const warning of skipped.slice(0, MAX_ROW_WARNINGS)) warnings.push(warning);
  if (skipped.length > MAX_ROW_WARNINGS) {
    const more = skipped.length - MAX_ROW_WARNINGS;
    warnings.push(
      `${more} more ${more === 1 ? 'row' : 'rows'} of ‘${sheetName}’ ${more === 1 ? 'is' : 'are'} ` +
        'left out for the same kind of reason.',
    );
  }

  const dates = [...new Set(rows.map((row) => row.date))].sort();
  return {
    headerRow,
    columns,
    rows,
    dates,
    nextCheckIn,
    nextCheckInLabel,
    lastRow,
    lastCol,
    warnings,
  };
}

function isNextCheckInLabel(text: string): boolean {
  return text !== '' && headerKey(text.replace(/:\s*$/, '')) === headerKey(NEXT_CHECK_IN_LABEL);
}

/** One row, or why it is left out (a clause naming the cell). */
function readRow(
  texts: string[],
  cells: RecordCell[],
  row: number,
  columns: Partial<Record<CheckInColumn, number>>,
): CheckInRow | string {
  const col = (name: CheckInColumn) => columns[name] ?? 0;
  const text = (name: CheckInColumn) => (col(name) === 0 ? '' : (texts[col(name) - 1] ?? ''));
  const cell = (name: CheckInColumn) => a1(row, col(name));

  const date = dayOf(cells[col('Date') - 1] ?? null);
  if (date === null) {
    return text('Date') === ''
      ? `it has no date (${cell('Date')})`
      : `${cell('Date')} holds ‘${quoted(text('Date'))}’, which is not a date`;
  }
  const dream = text('Dream');
  if (dream === '') return `it names no dream (${cell('Dream')})`;
  const skill = text('Skill');
  if (skill === '') return `it names no skill (${cell('Skill')})`;
  const rating = RATING_BY_KEY.get(headerKey(text('Rating')));
  if (rating === undefined) {
    return (
      `${cell('Rating')} says ‘${quoted(text('Rating'))}’, which is not a rating ` +
      '(Red, Yellow, Green or Not rated)'
    );
  }
  return {
    row,
    date,
    // Shown as the dreams sheet shows a name (§3.4): no leading bullet, single spaces.
    dream: cleanName(dream),
    dreamKey: skillKey(dream),
    skill: cleanName(skill),
    skillKey: skillKey(skill),
    rating,
    critical: YES.has(headerKey(text('Critical'))),
  };
}

type SnapshotDream = Snapshot['dreams'][number];
type SnapshotSkill = SnapshotDream['skills'][number];

/** One snapshot per check-in day, ascending. Within a day, a later row wins over an earlier. */
export function snapshotsOf(sheet: CheckInsSheet): Snapshot[] {
  const byDate = new Map<IsoDay, Snapshot>();
  // Where each dream and skill already is in its day's snapshot, so a later row updates it.
  const dreamsOf = new Map<IsoDay, Map<string, SnapshotDream>>();
  const skillsOf = new Map<SnapshotDream, Map<string, SnapshotSkill>>();
  for (const row of sheet.rows) {
    let snapshot = byDate.get(row.date);
    let dreams = dreamsOf.get(row.date);
    if (!snapshot || !dreams) {
      snapshot = { date: row.date, dreams: [] };
      dreams = new Map();
      byDate.set(row.date, snapshot);
      dreamsOf.set(row.date, dreams);
    }
    let dream = dreams.get(row.dreamKey);
    let skills = dream ? skillsOf.get(dream) : undefined;
    if (!dream || !skills) {
      dream = { name: row.dream, key: row.dreamKey, skills: [] };
      skills = new Map();
      dreams.set(row.dreamKey, dream);
      skillsOf.set(dream, skills);
      snapshot.dreams.push(dream);
    }
    dream.name = row.dream;
    const skill = {
      name: row.skill,
      key: row.skillKey,
      rating: row.rating,
      critical: row.critical,
    };
    const earlier = skills.get(row.skillKey);
    if (earlier) {
      Object.assign(earlier, skill);
    } else {
      skills.set(row.skillKey, skill);
      dream.skills.push(skill);
    }
  }
  return [...byDate.keys()].sort().map((date) => byDate.get(date) as Snapshot);
}

/** The table's "unrated" is the Check-ins sheet's "Not rated". */
const CHECK_IN_RATING: Readonly<Record<Rating, CheckInRating>> = {
  red: 'red',
  yellow: 'yellow',
  green: 'green',
  unrated: 'none',
};

/** Worse first, as the table counts a skill listed twice under one dream. */
const SEVERITY: Readonly<Record<CheckInRating, number>> = { red: 3, yellow: 2, green: 1, none: 0 };

/**
 * The table as it stands, as a snapshot dated `date`. It is what the Check-ins sheet gives back
 * once its rows are written: one entry per dream key and skill key. A skill listed twice under
 * a dream counts once with its weaker rating (bold on either makes it critical), as in the
 * table; two dreams with the same name are one dream here, since the sheet tells them apart by
 * name only.
 */
export function snapshotOfTable(table: Table, date: IsoDay): Snapshot {
  const dreams: SnapshotDream[] = [];
  const byKey = new Map<string, { dream: SnapshotDream; skills: Map<string, SnapshotSkill> }>();
  for (const dream of table.dreams) {
    let entry = byKey.get(dream.key);
    if (!entry) {
      entry = {
        dream: { name: cleanName(dream.name), key: dream.key, skills: [] },
        skills: new Map(),
      };
      byKey.set(dream.key, entry);
      dreams.push(entry.dream);
    }
    for (const cell of dream.skills) {
      const rating = CHECK_IN_RATING[cell.rating];
      const earlier = entry.skills.get(cell.key);
      if (earlier) {
        if (SEVERITY[rating] > SEVERITY[earlier.rating]) earlier.rating = rating;
        earlier.critical = earlier.critical || cell.critical;
        continue;
      }
      // Cleaned as the sheet reads names back, so a check-in reads back as the table was.
      const skill = { name: cleanName(cell.name), key: cell.key, rating, critical: cell.critical };
      entry.skills.set(cell.key, skill);
      entry.dream.skills.push(skill);
    }
  }
  return { date, dreams };
}
