// The Check-ins sheet: one row per skill per dream per check-in, read by header text in any
// order and case. The word is the rating; rows that cannot be placed (no date, no rating word)
// are left out with a warning; two rows for one skill on one day: the later wins. The table as
// it stands becomes a snapshot that reads back the same once written.
import fc from 'fast-check';
import {
  CHECK_INS_LEGEND,
  CHECK_IN_COLUMNS,
  parseCheckInsSheet,
  snapshotOfTable,
  snapshotsOf,
  type CheckInsSheet,
  type RecordCell,
  type Snapshot,
} from '../../../src/core';
import {
  bold,
  green,
  red,
  tableOf,
  userErrorOf,
  yellow,
  type CellSpec,
} from '../../support/builders';
import { propertyParameters } from '../../support/property';

const parse = (rows: RecordCell[][]): CheckInsSheet => parseCheckInsSheet(rows, 'Check-ins');

/** The header row as the add-on creates it: A1:E1, G1 the label, H1 the day, J1 the legend. */
const header = (next = ''): RecordCell[] => [
  ...CHECK_IN_COLUMNS,
  '',
  'Next check-in',
  next,
  '',
  CHECK_INS_LEGEND,
];

describe('a Check-ins sheet as the add-on writes it', () => {
  const sheet = parse([
    header('2026-09-01'),
    ['2026-01-10', 'Founder', 'Hiring', 'Red', 'yes'],
    ['2026-01-10', 'Founder', 'Pitching', 'Not rated', ''],
    ['2026-06-01', 'Founder', 'Hiring', 'Yellow', 'yes'],
    ['2026-06-01', 'CTO', 'Hiring', 'Green', ''],
  ]);

  test('finds the columns, the next check-in day and its label; the legend is no column', () => {
    expect(sheet.headerRow).toBe(1);
    expect(sheet.columns).toEqual({ Date: 1, Dream: 2, Skill: 3, Rating: 4, Critical: 5 });
    expect(sheet.nextCheckIn).toBe('2026-09-01');
    expect(sheet.nextCheckInLabel).toEqual({ row: 1, col: 7 });
    expect(sheet.lastRow).toBe(5);
    expect(sheet.lastCol).toBe(10);
    expect(sheet.warnings).toEqual([]);
  });

  test('reads every row, and the days with a check-in', () => {
    expect(sheet.rows[0]).toEqual({
      row: 2,
      date: '2026-01-10',
      dream: 'Founder',
      dreamKey: 'founder',
      skill: 'Hiring',
      skillKey: 'hiring',
      rating: 'red',
      critical: true,
    });
    expect(sheet.rows.map((row) => [row.rating, row.critical])).toEqual([
      ['red', true],
      ['none', false],
      ['yellow', true],
      ['green', false],
    ]);
    expect(sheet.dates).toEqual(['2026-01-10', '2026-06-01']);
  });

  test('an empty next check-in day is none', () => {
    const empty = parse([header()]);
    expect(empty.nextCheckIn).toBeNull();
    expect(empty.nextCheckInLabel).toEqual({ row: 1, col: 7 });
    expect(empty.rows).toEqual([]);
    expect(empty.warnings).toEqual([]);
  });
});

describe('a Check-ins sheet typed by hand', () => {
  test('shuffled columns, other columns, blank rows, the header lower down', () => {
    const sheet = parse([
      [],
      ['', 'comment', 'SKILL', 'rating', 'dream ', 'Date'],
      ['', 'first talk', 'Hiring', 'red', 'Founder', '2026-01-10'],
      [],
      ['', 'only a remark', '', '', '', ''],
      ['', '', 'Pitching', 'GREEN', 'CTO', '2026-01-10'],
    ]);
    expect(sheet.headerRow).toBe(2);
    expect(sheet.columns).toEqual({ Skill: 3, Rating: 4, Dream: 5, Date: 6 });
    expect(sheet.rows.map((row) => [row.row, row.dream, row.skill, row.rating])).toEqual([
      [3, 'Founder', 'Hiring', 'red'],
      [6, 'CTO', 'Pitching', 'green'],
    ]);
    // No Critical column: nothing is critical.
    expect(sheet.rows.every((row) => !row.critical)).toBe(true);
    expect(sheet.nextCheckInLabel).toBeNull();
    expect(sheet.warnings).toEqual([]);
  });

  test.each([
    ['Red', 'red'],
    ['RED', 'red'],
    [' yellow ', 'yellow'],
    ['Green', 'green'],
    ['Not rated', 'none'],
    ['not  RATED', 'none'],
    ['none', 'none'],
    ['Unrated', 'none'],
    ['', 'none'],
  ] as const)('the rating %p reads as %p', (word, rating) => {
    const sheet = parse([
      ['Date', 'Dream', 'Skill', 'Rating'],
      ['2026-01-10', 'Founder', 'Hiring', word],
    ]);
    expect(sheet.rows.map((row) => row.rating)).toEqual([rating]);
  });

  test.each([
    ['yes', true],
    ['YES', true],
    ['true', true],
    [true, true],
    ['x', true],
    ['X', true],
    ['', false],
    [null, false],
    ['no', false],
    [false, false],
  ] as const)('Critical %p reads as %p', (cell, critical) => {
    const sheet = parse([
      ['Date', 'Dream', 'Skill', 'Rating', 'Critical'],
      ['2026-01-10', 'Founder', 'Hiring', 'Red', cell],
    ]);
    expect(sheet.rows.map((row) => row.critical)).toEqual([critical]);
  });

  test('the label in any case, with a colon, wherever it is in the header row', () => {
    const sheet = parse([
      ['NEXT CHECK-IN:', '2026-12-01', 'Date', 'Dream', 'Skill', 'Rating'],
      ['', '', '2026-01-10', 'Founder', 'Hiring', 'Red'],
    ]);
    expect(sheet.nextCheckIn).toBe('2026-12-01');
    expect(sheet.nextCheckInLabel).toEqual({ row: 1, col: 1 });
    expect(sheet.columns).toEqual({ Date: 3, Dream: 4, Skill: 5, Rating: 6 });
    expect(sheet.rows).toHaveLength(1);
  });

  test('a next check-in that is not a date: none, with a warning naming the cell', () => {
    const sheet = parse([[...CHECK_IN_COLUMNS, '', 'Next check-in', 'September']]);
    expect(sheet.nextCheckIn).toBeNull();
    expect(sheet.warnings).toEqual([expect.stringMatching(/^H1 on ‘Check-ins’ holds ‘September’/)]);
  });

  test('the rows out of date order still give the days in order', () => {
    const sheet = parse([
      ['Date', 'Dream', 'Skill', 'Rating'],
      ['2026-06-01', 'Founder', 'Hiring', 'Red'],
      ['2025-11-30', 'Founder', 'Hiring', 'Red'],
      ['2026-06-01', 'Founder', 'Pitching', 'Red'],
    ]);
    expect(sheet.dates).toEqual(['2025-11-30', '2026-06-01']);
    expect(sheet.rows.map((row) => row.row)).toEqual([2, 3, 4]);
  });
});

describe('rows that cannot be read are left out, each named in a warning', () => {
  test.each([
    [
      'a date that is not one',
      ['last June', 'Founder', 'Hiring', 'Red'],
      /A2 holds ‘last June’, which is not a date/,
    ],
    [
      'a day that does not exist',
      ['2026-02-30', 'Founder', 'Hiring', 'Red'],
      /A2 holds ‘2026-02-30’/,
    ],
    ['no date', ['', 'Founder', 'Hiring', 'Red'], /no date \(A2\)/],
    ['no dream', ['2026-01-10', '', 'Hiring', 'Red'], /no dream \(B2\)/],
    ['no skill', ['2026-01-10', 'Founder', '', 'Red'], /no skill \(C2\)/],
    [
      'a rating that is not one',
      ['2026-01-10', 'Founder', 'Hiring', 'Blue'],
      /D2 says ‘Blue’, which is not a rating/,
    ],
  ])('%s', (_what, row, message) => {
    const sheet = parse([
      ['Date', 'Dream', 'Skill', 'Rating'],
      row,
      ['2026-01-10', 'CTO', 'Hiring', 'Red'],
    ]);
    expect(sheet.rows.map((r) => r.row)).toEqual([3]);
    expect(sheet.dates).toEqual(['2026-01-10']);
    expect(sheet.warnings).toEqual([expect.stringMatching(/^Row 2 of ‘Check-ins’ is left out: /)]);
    expect(sheet.warnings[0]).toMatch(message);
  });

  test('past ten such rows, one sentence counts the rest', () => {
    const rows: RecordCell[][] = [['Date', 'Dream', 'Skill', 'Rating']];
    for (let i = 0; i < 25; i++) rows.push(['soon', 'Founder', `Skill ${i}`, 'Red']);
    const sheet = parse(rows);
    expect(sheet.rows).toEqual([]);
    expect(sheet.warnings).toHaveLength(11);
    expect(sheet.warnings[10]).toBe(
      '15 more rows of ‘Check-ins’ are left out for the same kind of reason.',
    );
  });
});

describe('an empty or malformed sheet', () => {
  test('an empty sheet has no check-ins', () => {
    expect(parse([[], ['', null]])).toEqual({
      headerRow: 0,
      columns: {},
      rows: [],
      dates: [],
      nextCheckIn: null,
      nextCheckInLabel: null,
      lastRow: 0,
      lastCol: 0,
      warnings: [],
    });
  });

  test.each([
    ['no Rating', ['Date', 'Dream', 'Skill', 'Critical'], '‘Rating’ column'],
    ['no Dream nor Skill', ['Date', 'Rating'], '‘Dream’ or ‘Skill’ column'],
    ['nothing it knows', ['History of my career'], '‘Date’, ‘Dream’, ‘Skill’ or ‘Rating’ column'],
  ])('%s is refused in one sentence naming the sheet', (_what, headerRow, named) => {
    const error = userErrorOf(() => parseCheckInsSheet([headerRow], 'check-ins'));
    expect(error.kind).toBe('refused');
    expect(error.message).toContain('‘check-ins’');
    expect(error.message).toContain(named);
    expect(error.message.match(/\.(\s|$)/g)).toHaveLength(1);
  });

  test('the label and its day are not columns, whatever the day cell says', () => {
    const sheet = parse([[...CHECK_IN_COLUMNS, 'Next check-in', 'Rating?']]);
    expect(sheet.columns).toEqual({ Date: 1, Dream: 2, Skill: 3, Rating: 4, Critical: 5 });
    expect(sheet.nextCheckInLabel).toEqual({ row: 1, col: 6 });
  });

  test('a label typed right before a column header is not the label: the column is kept', () => {
    const sheet = parse([
      ['Next check-in', 'Date', 'Dream', 'Skill', 'Rating', '', 'Next check-in:', '2026-09-01'],
    ]);
    expect(sheet.columns).toEqual({ Date: 2, Dream: 3, Skill: 4, Rating: 5 });
    expect(sheet.nextCheckInLabel).toEqual({ row: 1, col: 7 });
    expect(sheet.nextCheckIn).toBe('2026-09-01');
    expect(sheet.warnings).toEqual([]);
  });
});

describe('snapshotsOf', () => {
  test('one snapshot per day, ascending; dreams and skills in the order first met', () => {
    const sheet = parse([
      ['Date', 'Dream', 'Skill', 'Rating', 'Critical'],
      ['2026-06-01', 'CTO', 'Hiring', 'Green', ''],
      ['2026-01-10', 'Founder', 'Hiring', 'Red', 'yes'],
      ['2026-06-01', 'Founder', 'Pitching', 'Yellow', ''],
      ['2026-06-01', 'Founder', 'Hiring', 'Yellow', 'yes'],
    ]);
    expect(snapshotsOf(sheet)).toEqual<Snapshot[]>([
      {
        date: '2026-01-10',
        dreams: [
          {
            name: 'Founder',
            key: 'founder',
            skills: [{ name: 'Hiring', key: 'hiring', rating: 'red', critical: true }],
          },
        ],
      },
      {
        date: '2026-06-01',
        dreams: [
          {
            name: 'CTO',
            key: 'cto',
            skills: [{ name: 'Hiring', key: 'hiring', rating: 'green', critical: false }],
          },
          {
            name: 'Founder',
            key: 'founder',
            skills: [
              { name: 'Pitching', key: 'pitching', rating: 'yellow', critical: false },
              { name: 'Hiring', key: 'hiring', rating: 'yellow', critical: true },
            ],
          },
        ],
      },
    ]);
  });

  test('the same skill twice on one day: the later row wins, in the place of the first', () => {
    const sheet = parse([
      ['Date', 'Dream', 'Skill', 'Rating', 'Critical'],
      ['2026-06-01', 'Founder', 'Hiring', 'Red', 'yes'],
      ['2026-06-01', 'Founder', 'Pitching', 'Red', ''],
      ['2026-06-01', 'founder', '• hiring', 'Green', ''],
    ]);
    const [snapshot] = snapshotsOf(sheet);
    expect(snapshot?.dreams).toHaveLength(1);
    expect(snapshot?.dreams[0]?.name).toBe('founder');
    expect(snapshot?.dreams[0]?.skills).toEqual([
      { name: 'hiring', key: 'hiring', rating: 'green', critical: false },
      { name: 'Pitching', key: 'pitching', rating: 'red', critical: false },
    ]);
  });

  test('identity follows the dreams sheet: case, spaces and a bullet do not count', () => {
    const sheet = parse([
      ['Date', 'Dream', 'Skill', 'Rating'],
      ['2026-06-01', 'Start-up  founder', 'Public speaking', 'Red'],
      ['2026-06-01', 'start-up founder', '- PUBLIC   SPEAKING', 'Yellow'],
      ['2026-06-01', 'Start-up founder', 'Éloquence', 'Red'],
      ['2026-06-01', 'Start-up founder', 'Eloquence', 'Red'],
    ]);
    const [snapshot] = snapshotsOf(sheet);
    expect(snapshot?.dreams.map((d) => d.key)).toEqual(['start-up founder']);
    // Accents are kept, as on the dreams sheet.
    expect(snapshot?.dreams[0]?.skills.map((s) => [s.key, s.rating])).toEqual([
      ['public speaking', 'yellow'],
      ['éloquence', 'red'],
      ['eloquence', 'red'],
    ]);
  });

  test('no rows, no snapshots', () => {
    expect(snapshotsOf(parse([['Date', 'Dream', 'Skill', 'Rating']]))).toEqual([]);
  });
});

describe('snapshotOfTable', () => {
  test('the dreams in header order, the skills top to bottom, unrated as none', () => {
    const table = tableOf([
      ['Founder', 'CTO'],
      [bold(red('Hiring')), green('Hiring')],
      ['Pitching', yellow('Architecture')],
    ]);
    expect(snapshotOfTable(table, '2026-06-01')).toEqual<Snapshot>({
      date: '2026-06-01',
      dreams: [
        {
          name: 'Founder',
          key: 'founder',
          skills: [
            { name: 'Hiring', key: 'hiring', rating: 'red', critical: true },
            { name: 'Pitching', key: 'pitching', rating: 'none', critical: false },
          ],
        },
        {
          name: 'CTO',
          key: 'cto',
          skills: [
            { name: 'Hiring', key: 'hiring', rating: 'green', critical: false },
            { name: 'Architecture', key: 'architecture', rating: 'yellow', critical: false },
          ],
        },
      ],
    });
  });

  test('a skill twice under a dream counts once, as in the table: weaker rating, bold on either', () => {
    const table = tableOf([['Founder'], [green('Hiring')], [bold('hiring')], [yellow('• Hiring')]]);
    const founder = snapshotOfTable(table, '2026-06-01').dreams[0];
    expect(founder?.skills).toEqual([
      { name: 'Hiring', key: 'hiring', rating: 'yellow', critical: true },
    ]);
  });

  test('two dreams with one name are one dream, as the Check-ins sheet reads them back', () => {
    const table = tableOf([
      ['Founder', 'founder'],
      [red('Hiring'), green('Pitching')],
    ]);
    const snapshot = snapshotOfTable(table, '2026-06-01');
    expect(snapshot.dreams.map((d) => [d.name, d.skills.map((s) => s.name)])).toEqual([
      ['Founder', ['Hiring', 'Pitching']],
    ]);
  });

  test('an empty table is an empty snapshot', () => {
    expect(snapshotOfTable(tableOf([]), '2026-06-01')).toEqual({ date: '2026-06-01', dreams: [] });
  });

  test('written as rows and read back, a snapshot is the same', () => {
    const fills = { red, yellow, green, none: (name: string) => name } as const;
    const skill = fc.record({
      name: fc.constantFrom('Hiring', 'hiring', 'Pitching', '• Pitching', 'Éloquence', 'Budgets'),
      rating: fc.constantFrom('red', 'yellow', 'green', 'none' as const),
      critical: fc.boolean(),
    });
    const dreams = fc.array(
      fc.record({
        name: fc.constantFrom('Founder', 'founder', 'CTO', 'Author', 'Start-up founder'),
        skills: fc.array(skill, { minLength: 1, maxLength: 5 }),
      }),
      { maxLength: 4 },
    );
    fc.assert(
      fc.property(dreams, (columns) => {
        const height = Math.max(0, ...columns.map((c) => c.skills.length));
        const rows: CellSpec[][] = [columns.map((c) => c.name)];
        for (let r = 0; r < height; r++) {
          rows.push(
            columns.map((c) => {
              const s = c.skills[r];
              if (!s) return '';
              const filled = fills[s.rating](s.name);
              return s.critical ? bold(filled) : filled;
            }),
          );
        }
        const snapshot = snapshotOfTable(tableOf(rows), '2026-06-01');
        const written: RecordCell[][] = [['Date', 'Dream', 'Skill', 'Rating', 'Critical']];
        const word = { red: 'Red', yellow: 'Yellow', green: 'Green', none: 'Not rated' };
        for (const dream of snapshot.dreams) {
          for (const s of dream.skills) {
            written.push([
              snapshot.date,
              dream.name,
              s.name,
              word[s.rating],
              s.critical ? 'yes' : '',
            ]);
          }
        }
        const back = snapshotsOf(parse(written));
        expect(back).toEqual(snapshot.dreams.length === 0 ? [] : [snapshot]);
      }),
      propertyParameters(200),
    );
  });
});
