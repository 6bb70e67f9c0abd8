// The Check-ins sheet's actions as pure plans: recording the table as it is now (one row per
// skill per dream, the rating as a word with the add-on's fill, appended below everything in the
// sheet's own columns or on a new sheet), and the visible next check-in day.
import {
  CHECK_IN_COLUMNS,
  CHECK_INS_LEGEND,
  NEXT_CHECK_IN_LABEL,
  RATING_FILLS,
  RECORD_ACTIONS,
  parseCheckInsSheet,
  type Edit,
  type RecordCell,
  type RecordSheetFact,
  type RecordWrite,
} from '../../../src/core';
import { BLUE, bold, cell, defined, green, red, userErrorOf, yellow } from '../../support/builders';
import { factsOf } from '../plans/facts';

const table = [
  ['Founder', 'CTO'],
  [bold(red('Pitching')), yellow('Hiring')],
  [green('Hiring'), cell('Architecture', BLUE)],
];
const time = { stamp: '2026-12-02 09:30', timeZone: 'Europe/Paris' };
const none: RecordSheetFact = { exists: false, name: '', values: [] };
const sheet = (values: RecordCell[][], name = 'Check-ins'): RecordSheetFact => ({
  exists: true,
  name,
  values,
});

const record = (
  checkInsSheet: RecordSheetFact,
  date: string | null = null,
  rows: Parameters<typeof factsOf>[0] = table,
) => RECORD_ACTIONS.recordCheckIn.plan({ ...factsOf(rows), time, checkInsSheet }, { date });
const next = (checkInsSheet: RecordSheetFact, date: string | null) =>
  RECORD_ACTIONS.setNextCheckIn.plan({ time, checkInsSheet }, { date });

function only<K extends Edit['kind']>(edits: Edit[], kind: K): Extract<Edit, { kind: K }> {
  expect(edits).toHaveLength(1);
  const edit = defined(edits[0], 'the edit');
  if (edit.kind !== kind) throw new Error(`expected ${kind}, got ${edit.kind}`);
  return edit as Extract<Edit, { kind: K }>;
}

const asRead = (row: RecordWrite[]): RecordCell[] =>
  row.map((value) => (typeof value === 'object' ? value.day : value));

const HEADER = [...CHECK_IN_COLUMNS, '', NEXT_CHECK_IN_LABEL, '', '', CHECK_INS_LEGEND];

describe('recording a check-in', () => {
  it('creates the sheet: A1:E1 the columns, G1 the label, H1 empty, J1 the legend; a row per skill', () => {
    const plan = record(none);
    const edit = only(plan.edits, 'appendRecordRows');
    expect(edit).toMatchObject({ sheet: 'Check-ins', create: true, col: 1, boldRows: 1 });
    expect(edit.rows[0]).toEqual(HEADER);
    expect(edit.rows[0]?.[6]).toBe('Next check-in'); // G1
    expect(edit.rows[0]?.[9]).toBe(CHECK_INS_LEGEND); // J1
    const day = { day: '2026-12-02' };
    expect(edit.rows.slice(1).map((row) => row.slice(0, 5))).toEqual([
      [day, 'Founder', 'Pitching', 'Red', 'yes'],
      [day, 'Founder', 'Hiring', 'Green', ''],
      [day, 'CTO', 'Hiring', 'Yellow', ''],
      [day, 'CTO', 'Architecture', 'Not rated', ''],
    ]);
    expect(edit.rows.every((row) => row.length === 10)).toBe(true);
    // The fill is the add-on's shade, in the Rating column only; none for Not rated.
    const fills = defined(edit.backgrounds, 'backgrounds');
    expect(fills[0]?.every((f) => f === null)).toBe(true);
    expect(fills.slice(1).map((row) => row[3])).toEqual([
      RATING_FILLS.red,
      RATING_FILLS.green,
      RATING_FILLS.yellow,
      null,
    ]);
    expect(fills.slice(1).every((row) => row.filter((f) => f !== null).length <= 1)).toBe(true);
    expect(plan.message).toBe(
      'Created the sheet ‘Check-ins’ and recorded the check-in of 2026-12-02 in ‘Check-ins’: ' +
        '4 skills in 2 dreams, rows 2–5.',
    );
  });

  it('what it writes reads back as that check-in', () => {
    const edit = only(record(none, '2026-06-01').edits, 'appendRecordRows');
    const parsed = parseCheckInsSheet(edit.rows.map(asRead), 'Check-ins');
    expect(parsed.warnings).toEqual([]);
    expect(parsed.dates).toEqual(['2026-06-01']);
    expect(parsed.nextCheckInLabel).toEqual({ row: 1, col: 7 });
    expect(parsed.rows.map((r) => [r.dream, r.skill, r.rating, r.critical])).toEqual([
      ['Founder', 'Pitching', 'red', true],
      ['Founder', 'Hiring', 'green', false],
      ['CTO', 'Hiring', 'yellow', false],
      ['CTO', 'Architecture', 'none', false],
    ]);
  });

  it('appends to a hand-typed sheet in its own columns, with nothing written in extra ones', () => {
    // Header in row 2: Rating first, an extra Notes column between Skill and Dream, no Critical.
    const values: RecordCell[][] = [
      ['', '', '', '', '', ''],
      ['rating', 'skill', 'Notes', 'DREAM', 'date', 'Next check-in:'],
      ['red', 'Pitching', 'first try', 'Founder', '2026-06-01', ''],
    ];
    const plan = record(sheet(values, 'check-ins'), '2026-11-30');
    const edit = only(plan.edits, 'appendRecordRows');
    expect(edit).toMatchObject({ sheet: 'check-ins', create: false, col: 1 });
    expect(edit.boldRows).toBeUndefined();
    const day = { day: '2026-11-30' };
    expect(edit.rows).toEqual([
      ['Red', 'Pitching', '', 'Founder', day],
      ['Green', 'Hiring', '', 'Founder', day],
      ['Yellow', 'Hiring', '', 'CTO', day],
      ['Not rated', 'Architecture', '', 'CTO', day],
    ]);
    expect(edit.backgrounds?.map((row) => row[0])).toEqual([
      RATING_FILLS.red,
      RATING_FILLS.green,
      RATING_FILLS.yellow,
      null,
    ]);
    expect(edit.backgrounds?.every((row) => row.slice(1).every((f) => f === null))).toBe(true);
    // Pitching is critical, and the sheet has no column to say so: the message tells.
    expect(plan.message).toBe(
      'Recorded the check-in of 2026-11-30 in ‘check-ins’: 4 skills in 2 dreams, rows 4–7. ' +
        'The sheet has no ‘Critical’ column, so which skills are critical was left out: ' +
        'add that header to row 2 to record it next time.',
    );
  });

  it('refuses at once, in a sentence, a check-in whose rows could never fit on the sheet', () => {
    // Critical typed in the last column Sheets allows (ZZZ): each row would be 18,278 cells wide,
    // and 600 of them are more than the 10 million cells a spreadsheet holds.
    const header: RecordCell[] = Array.from({ length: 18_278 }, () => '');
    ['Date', 'Dream', 'Skill', 'Rating'].forEach((name, i) => (header[i] = name));
    header[18_277] = 'Critical';
    const big = [['Founder'], ...Array.from({ length: 600 }, (_, i) => [red(`Skill ${i + 1}`)])];
    const error = userErrorOf(() => record(sheet([header]), null, big));
    expect(error.message).toMatch(
      /^The check-in would take 600 rows of 18278 cells on ‘Check-ins’, more than the 10 million/,
    );
    expect(error.message).toMatch(/columns.*next to each other/);
  });

  it('a second check-in on the same day is appended too, and the message says which counts', () => {
    const first = only(record(none).edits, 'appendRecordRows').rows.map(asRead);
    const plan = record(sheet(first));
    expect(only(plan.edits, 'appendRecordRows').rows).toHaveLength(4);
    expect(plan.message).toBe(
      'Recorded the check-in of 2026-12-02 in ‘Check-ins’: 4 skills in 2 dreams, rows 6–9. ' +
        'There was already a check-in on 2026-12-02; where the two differ, this one counts.',
    );
  });

  it('refuses a day after today, a day that is not one, and an empty table', () => {
    const later = userErrorOf(() => record(none, '2026-12-03'));
    expect(later.kind).toBe('refused');
    expect(later.message).toBe(
      '2026-12-03 is after today (2026-12-02): a check-in records the table as it is, so it ' +
        'cannot be dated later. Pick today or an earlier day.',
    );
    expect(userErrorOf(() => record(none, '2026-13-01')).message).toBe(
      '‘2026-13-01’ is not a date: pick the day of the check-in from the calendar, then try again.',
    );
    expect(userErrorOf(() => record(none, null, [])).message).toBe(
      'The table has no skills to record yet: add dreams and their skills first.',
    );
    expect(userErrorOf(() => record(none, null, [['Founder', 'CTO']])).message).toBe(
      'The table has no skills to record yet: add dreams and their skills first.',
    );
  });

  it('passes on a malformed sheet’s refusal', () => {
    const error = userErrorOf(() => record(sheet([['Date', 'Skill']])));
    expect(error.message).toMatch(/^The sheet ‘Check-ins’ has no ‘Dream’/);
  });
});

describe('the next check-in day', () => {
  const recorded = (): RecordCell[][] =>
    only(record(none).edits, 'appendRecordRows').rows.map(asRead);

  it('creates the sheet with the header, the label and the day when there is none', () => {
    const plan = next(none, '2027-03-01');
    const edit = only(plan.edits, 'appendRecordRows');
    expect(edit).toMatchObject({ sheet: 'Check-ins', create: true, col: 1, boldRows: 1 });
    expect(edit.rows).toEqual([
      [...CHECK_IN_COLUMNS, '', NEXT_CHECK_IN_LABEL, { day: '2027-03-01' }, '', CHECK_INS_LEGEND],
    ]);
    expect(plan.message).toBe(
      'Created the sheet ‘Check-ins’ and set the next check-in to 2027-03-01 (H1).',
    );
    expect(parseCheckInsSheet(edit.rows.map(asRead), 'Check-ins').nextCheckIn).toBe('2027-03-01');
  });

  it('writes only the day right of the label, expecting the label; a past day is allowed', () => {
    const plan = next(sheet(recorded()), '2026-01-01');
    expect(only(plan.edits, 'writeRecordCells')).toEqual({
      kind: 'writeRecordCells',
      sheet: 'Check-ins',
      cells: [{ row: 1, col: 8, value: { day: '2026-01-01' } }],
      expect: [{ row: 1, col: 7, text: 'Next check-in' }],
    });
    expect(plan.message).toBe('Set the next check-in to 2026-01-01 in ‘Check-ins’ (H1).');
  });

  it('clears the day, and does nothing when it already reads so', () => {
    const values = recorded();
    values[0]![7] = '2027-03-01';
    const clear = next(sheet(values), null);
    expect(only(clear.edits, 'writeRecordCells').cells).toEqual([{ row: 1, col: 8, value: '' }]);
    expect(clear.message).toBe('Cleared the next check-in day in ‘Check-ins’ (H1).');
    expect(next(sheet(values), '2027-03-01')).toEqual({
      edits: [],
      message: 'The next check-in is already 2027-03-01.',
    });
    expect(next(sheet(recorded()), null).edits).toEqual([]);
    expect(next(none, null)).toEqual({
      edits: [],
      message: 'There is no next check-in day to clear.',
    });
  });

  it('adds the label right of everything in a hand-typed header row, expecting that header', () => {
    const values: RecordCell[][] = [
      [],
      ['Skill', 'Date', 'Dream', 'Rating', '', 'remarks'],
      ['Pitching', '2026-06-01', 'Founder', 'Red', '', 'ok'],
    ];
    const plan = next(sheet(values), '2027-03-01');
    expect(only(plan.edits, 'writeRecordCells')).toEqual({
      kind: 'writeRecordCells',
      sheet: 'Check-ins',
      cells: [
        { row: 2, col: 8, value: NEXT_CHECK_IN_LABEL },
        { row: 2, col: 9, value: { day: '2027-03-01' } },
      ],
      expect: [
        { row: 2, col: 2, text: 'Date' },
        { row: 2, col: 3, text: 'Dream' },
        { row: 2, col: 1, text: 'Skill' },
        { row: 2, col: 4, text: 'Rating' },
      ],
    });
    expect(plan.message).toBe('Set the next check-in to 2027-03-01 in ‘Check-ins’ (I2).');
  });

  it('refuses with a sentence when the label or its day would go past the last column (ZZZ)', () => {
    // A header row that already reaches the last column Sheets allows: a write past it fails.
    const wide: RecordCell[] = Array.from({ length: 18_278 }, (_, i) =>
      i < 4 ? (['Date', 'Dream', 'Skill', 'Rating'][i] ?? '') : `Extra ${i + 1}`,
    );
    expect(userErrorOf(() => next(sheet([wide]), '2027-03-01')).message).toMatch(
      /^The header row of ‘Check-ins’ reaches the last column Sheets allows, .*Next check-in.*row 1/,
    );
    // Two columns short of it: the label would fit, its day would not.
    expect(() => next(sheet([wide.slice(0, 18_276)]), '2027-03-01')).toThrow(/last column/);
    expect(
      only(next(sheet([wide.slice(0, 18_275)]), '2027-03-01').edits, 'writeRecordCells').cells,
    ).toEqual([
      { row: 1, col: 18_277, value: NEXT_CHECK_IN_LABEL },
      { row: 1, col: 18_278, value: { day: '2027-03-01' } },
    ]);
    // A label typed in the very last column has no cell right of it for the day.
    const labelLast = [...wide.slice(0, 18_277), NEXT_CHECK_IN_LABEL];
    expect(() => next(sheet([labelLast]), '2027-03-01')).toThrow(/last column/);
  });

  it('refuses a day that is not one', () => {
    expect(userErrorOf(() => next(none, '2027-02-29')).message).toBe(
      '‘2027-02-29’ is not a date: pick the next check-in day from the calendar, then try again.',
    );
  });
});

describe('a skill listed twice under one dream', () => {
  it('is one row with the rating the table reads (the weaker), so it reads back unchanged', () => {
    const twice = [['Founder'], [green('Hiring')], [red('hiring')], [yellow('Pitching')]];
    const edit = only(record(none, null, twice).edits, 'appendRecordRows');
    const rows = edit.rows.slice(1).map(asRead);
    expect(rows.map((r) => [r[2], r[3]])).toEqual([
      ['Hiring', 'Red'],
      ['Pitching', 'Yellow'],
    ]);
    const back = parseCheckInsSheet([HEADER.map(String), ...rows], 'Check-ins');
    expect(back.rows.map((r) => `${r.skill}:${r.rating}`)).toEqual([
      'Hiring:red',
      'Pitching:yellow',
    ]);
  });
});
