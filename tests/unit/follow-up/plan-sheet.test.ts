// The Plan sheet as the add-on writes it and as a person types it: the header is the first row
// with content, columns are found by header text in any order and case, extra columns are read
// past, blank rows skipped; odd cells are warnings naming the cell, and a sheet with no Skill or
// no Action column is refused in one sentence.
import fc from 'fast-check';
import {
  PLAN_COLUMNS,
  PLAN_LEGEND,
  kindOf,
  parsePlanSheet,
  statusOf,
  type PlanItem,
  type PlanSheet,
  type RecordCell,
} from '../../../src/core';
import { defined, userErrorOf } from '../../support/builders';
import { propertyParameters } from '../../support/property';

const SHEET = 'Plan';
const parse = (rows: RecordCell[][]): PlanSheet => parsePlanSheet(rows, SHEET);
const only = (plan: PlanSheet): PlanItem => {
  expect(plan.items).toHaveLength(1);
  return defined(plan.items[0], 'the item');
};

/** The sheet as the add-on creates it: A1:K1 the columns, M1 the legend. */
const HEADER: RecordCell[] = [...PLAN_COLUMNS, '', PLAN_LEGEND];
const hiringRow: RecordCell[] = [
  'Hiring',
  'Founder, CTO',
  'red in Founder (critical), yellow in CTO',
  'Runs a hiring loop alone',
  'Sit in on five interviews',
  'Learn from someone',
  'Sam',
  'Alex',
  '2026-09-30',
  'In progress',
  '2026-06-01',
];

describe('a plan as the add-on writes it', () => {
  const plan = parse([HEADER, hiringRow]);

  test('finds every column where the add-on puts it, and the legend is not one', () => {
    expect(plan.headerRow).toBe(1);
    expect(plan.columns).toEqual(
      Object.fromEntries(PLAN_COLUMNS.map((name, index) => [name, index + 1])),
    );
    expect(plan.lastRow).toBe(2);
    expect(plan.lastCol).toBe(13);
    expect(plan.warnings).toEqual([]);
  });

  test('reads every field of the row', () => {
    expect(only(plan)).toEqual<PlanItem>({
      row: 2,
      skill: 'Hiring',
      skillKey: 'hiring',
      action: 'Sit in on five interviews',
      forDreams: 'Founder, CTO',
      now: 'red in Founder (critical), yellow in CTO',
      goal: 'Runs a hiring loop alone',
      kind: 'Learn from someone',
      kindText: 'Learn from someone',
      owner: 'Sam',
      whoHelps: 'Alex',
      byWhen: '2026-09-30',
      byWhenText: '2026-09-30',
      status: 'In progress',
      statusText: 'In progress',
      lastChecked: '2026-06-01',
    });
  });
});

describe('a plan typed by hand', () => {
  test('columns in another order, other columns among them, the header not in row 1', () => {
    const plan = parse([
      [],
      ['', '', ''],
      ['', 'Notes', 'status', 'ACTION', 'Priority', ' skill ', 'by  When'],
      ['', 'ask Alex first', 'done', 'Read a book on hiring', 'high', 'Hiring', '2026-03-01'],
      [],
      ['', '', 'Not Started', 'Pitch at the all-hands', '', '• Public  speaking', ''],
    ]);
    expect(plan.headerRow).toBe(3);
    expect(plan.columns).toEqual({ Status: 3, Action: 4, Skill: 6, 'By when': 7 });
    expect(plan.items.map((item) => [item.row, item.skill, item.action, item.status])).toEqual([
      [4, 'Hiring', 'Read a book on hiring', 'Done'],
      [6, 'Public speaking', 'Pitch at the all-hands', 'Not started'],
    ]);
    // Identity as on the dreams sheet: the bullet and the double space do not count.
    expect(plan.items[1]?.skillKey).toBe('public speaking');
    expect(plan.items[0]?.byWhen).toBe('2026-03-01');
    expect(plan.warnings).toEqual([]);
  });

  test('columns it does not have read as empty', () => {
    const item = only(
      parse([
        ['Skill', 'Action'],
        ['Hiring', 'Shadow a recruiter'],
      ]),
    );
    expect(item).toMatchObject({
      owner: '',
      goal: '',
      kind: null,
      kindText: '',
      byWhen: null,
      byWhenText: '',
      status: 'Not started',
      statusText: '',
      lastChecked: null,
    });
  });

  test('blank rows and rows with content only in other columns are not items', () => {
    const plan = parse([
      ['Skill', 'Action', '', 'Remarks'],
      ['', '', '', 'talk about this in June'],
      ['  ', '', '', ''],
      ['Hiring', 'Shadow a recruiter'],
      [null, null, null, null],
      ['Pitching', 'Give a talk'],
    ]);
    expect(plan.items.map((item) => item.row)).toEqual([4, 6]);
    expect(plan.lastRow).toBe(6);
    expect(plan.lastCol).toBe(4);
  });

  test('numbers and booleans in text columns read as the text they show', () => {
    const item = only(
      parse([
        ['Skill', 'Action', 'Owner'],
        [2025, true, 3],
      ]),
    );
    expect([item.skill, item.action, item.owner]).toEqual(['2025', 'TRUE', '3']);
  });

  test('a row with no skill or no action is still an item, with a warning naming the cell', () => {
    const plan = parse([
      ['Action', 'Skill', 'Owner'],
      ['Give a talk', '', 'Sam'],
      ['', 'Hiring', ''],
    ]);
    expect(plan.items.map((item) => [item.skill, item.action])).toEqual([
      ['', 'Give a talk'],
      ['Hiring', ''],
    ]);
    expect(plan.warnings).toHaveLength(2);
    expect(plan.warnings[0]).toContain('B2');
    expect(plan.warnings[0]).toContain('no skill');
    expect(plan.warnings[1]).toContain('A3');
    expect(plan.warnings[1]).toContain('no action');
  });

  test('a header named twice: the first column is read, with a warning naming both', () => {
    const plan = parse([
      ['Skill', 'Action', 'Status', 'status'],
      ['Hiring', 'Shadow a recruiter', 'Done', 'Not started'],
    ]);
    expect(plan.columns.Status).toBe(3);
    expect(only(plan).status).toBe('Done');
    expect(plan.warnings).toEqual([expect.stringMatching(/‘Status’ twice \(C1 and D1\)/)]);
  });
});

describe('status', () => {
  test.each([
    ['Not started', 'Not started'],
    ['not started', 'Not started'],
    ['NOT  STARTED', 'Not started'],
    ['in progress', 'In progress'],
    [' Done ', 'Done'],
    ['DROPPED', 'Dropped'],
    ['', 'Not started'],
    ['   ', 'Not started'],
  ])('%p reads as %p', (text, status) => expect(statusOf(text)).toBe(status));

  test.each(['Waiting', 'done!', 'Started', 'complete'])('%p is not a status', (text) => {
    expect(statusOf(text)).toBeNull();
  });

  test('another word is kept as typed, and named in a warning with its cell', () => {
    const plan = parse([
      ['Skill', 'Action', 'Status'],
      ['Hiring', 'Shadow a recruiter', 'Waiting on HR'],
    ]);
    expect(only(plan)).toMatchObject({ status: null, statusText: 'Waiting on HR' });
    expect(plan.warnings).toHaveLength(1);
    expect(plan.warnings[0]).toMatch(/^C2 on ‘Plan’ says ‘Waiting on HR’, which is not a status/);
  });
});

describe('kind', () => {
  test.each([
    ['Role or project', 'Role or project'],
    ['role or project', 'Role or project'],
    ['role', 'Role or project'],
    ['Project', 'Role or project'],
    ['LEARN FROM SOMEONE', 'Learn from someone'],
    ['mentor', 'Learn from someone'],
    ['Course or book', 'Course or book'],
    ['course', 'Course or book'],
    ['Book', 'Course or book'],
    ['other', 'Other'],
  ])('%p reads as %p', (text, kind) => expect(kindOf(text)).toBe(kind));

  test.each(['', 'Conference', 'podcast'])('%p is no kind', (text) => {
    expect(kindOf(text)).toBeNull();
  });

  test('other text is kept as typed, with no warning', () => {
    const plan = parse([
      ['Skill', 'Action', 'Kind'],
      ['Hiring', 'Go to a meetup', 'Conference'],
    ]);
    expect(only(plan)).toMatchObject({ kind: null, kindText: 'Conference' });
    expect(plan.warnings).toEqual([]);
  });
});

describe('days', () => {
  test('a By when that is not a date is no day, kept as typed, with a warning naming the cell', () => {
    const plan = parse([
      ['Skill', 'Action', 'By when', 'Last checked'],
      ['Hiring', 'Shadow a recruiter', 'end of June', '2026-02-30'],
    ]);
    expect(only(plan)).toMatchObject({
      byWhen: null,
      byWhenText: 'end of June',
      lastChecked: null,
    });
    expect(plan.warnings).toHaveLength(2);
    expect(plan.warnings[0]).toMatch(/^C2 on ‘Plan’ holds ‘end of June’, which is not a date/);
    expect(plan.warnings[1]).toMatch(/^D2 on ‘Plan’ holds ‘2026-02-30’, which is not a date/);
  });

  test('a number is not taken for a date (the readers give dates as days)', () => {
    const plan = parse([
      ['Skill', 'Action', 'By when'],
      ['Hiring', 'Shadow', 46174],
    ]);
    expect(only(plan).byWhen).toBeNull();
    expect(plan.warnings).toEqual([expect.stringContaining('C2')]);
  });
});

describe('an empty or malformed sheet', () => {
  test.each([
    ['no rows', []],
    [
      'only empty cells',
      [
        ['', null],
        [null, '  '],
      ],
    ],
  ])('%s gives a plan with no items', (_what, rows) => {
    expect(parse(rows)).toEqual({
      headerRow: 0,
      columns: {},
      items: [],
      lastRow: 0,
      lastCol: 0,
      warnings: [],
    });
  });

  test('a header row with only the other columns: no items yet', () => {
    const plan = parse([['Skill', 'Action']]);
    expect(plan.headerRow).toBe(1);
    expect(plan.items).toEqual([]);
  });

  test.each([
    [
      'no Action column',
      [
        ['Skill', 'Owner'],
        ['Hiring', 'Sam'],
      ],
      ['‘Action’'],
      ['‘Skill’'],
    ],
    ['no Skill column', [['Task', 'Action']], ['‘Skill’'], ['‘Action’']],
    ['neither', [['Shopping list'], ['milk']], ['‘Skill’ or ‘Action’ column'], []],
  ])('%s is refused in one sentence naming the sheet', (_what, rows, named, notNamed) => {
    const error = userErrorOf(() => parsePlanSheet(rows, 'My plan'));
    expect(error.kind).toBe('refused');
    expect(error.message).toContain('‘My plan’');
    for (const text of named) expect(error.message).toContain(text);
    for (const text of notNamed) expect(error.message).not.toContain(text);
    // One sentence: a single full stop, at the end.
    expect(error.message.match(/\.(\s|$)/g)).toHaveLength(1);
    expect(error.message.endsWith('.')).toBe(true);
  });

  test('the header row is the first with content, even when it is not the plan', () => {
    const error = userErrorOf(() => parse([[], ['My notes'], [], ['Skill', 'Action']]));
    expect(error.message).toContain('row 2');
  });
});

describe('properties', () => {
  const cellText = fc.oneof(
    fc.constant(''),
    fc.constantFrom('Hiring', 'Done', 'in progress', 'Sam', 'role', '2026-07-01', 'end of June'),
    fc.string({ maxLength: 6 }),
  );
  const extraHeaders = fc.uniqueArray(fc.constantFrom('Notes', 'Priority', 'Cost', ''), {
    maxLength: 3,
  });
  const plans = fc.record({
    columns: fc.subarray([...PLAN_COLUMNS]).map((cols) => {
      const set = new Set<string>(cols);
      set.add('Skill');
      set.add('Action');
      return [...set];
    }),
    extras: extraHeaders,
    rows: fc.array(fc.array(cellText, { minLength: 16, maxLength: 16 }), { maxLength: 6 }),
  });

  /** The plan as a grid: each header over its column, each row's cells in the header's order. */
  function gridOf(headers: string[], rows: string[][], order: number[]): RecordCell[][] {
    const arrange = (cells: string[]) => order.map((i) => cells[i] ?? '');
    return [arrange(headers), ...rows.map((row) => arrange(row))];
  }

  test('shuffling the columns never changes the items', () => {
    fc.assert(
      fc.property(
        plans.chain((plan) => {
          const width = plan.columns.length + plan.extras.length;
          const identity = Array.from({ length: width }, (_, i) => i);
          return fc.tuple(fc.constant(plan), fc.shuffledSubarray(identity, { minLength: width }));
        }),
        ([plan, order]) => {
          const headers = [...plan.columns, ...plan.extras];
          const identity = headers.map((_, i) => i);
          const before = parse(gridOf(headers, plan.rows, identity));
          const after = parse(gridOf(headers, plan.rows, order));
          expect(after.items).toEqual(before.items);
          expect(after.warnings).toHaveLength(before.warnings.length);
        },
      ),
      propertyParameters(200),
    );
  });

  test('blank rows above and between change only the row numbers', () => {
    fc.assert(
      fc.property(plans, fc.nat({ max: 3 }), ({ columns, rows }, above) => {
        const before = parse(
          gridOf(
            columns,
            rows,
            columns.map((_, i) => i),
          ),
        );
        const spaced: RecordCell[][] = Array.from({ length: above }, () => []);
        for (const row of gridOf(
          columns,
          rows,
          columns.map((_, i) => i),
        ))
          spaced.push(row, []);
        const after = parse(spaced);
        const withoutRow = (items: PlanItem[]) => items.map(({ row: _row, ...rest }) => rest);
        expect(withoutRow(after.items)).toEqual(withoutRow(before.items));
        expect(after.items.map((item) => item.row)).toEqual(
          before.items.map((item) => above + 2 * item.row - 1),
        );
      }),
      propertyParameters(200),
    );
  });
});
