// The Plan sheet's actions as pure plans, on plain data: adding an item (creating the sheet, or
// appending in the sheet's own columns, hand-typed and shuffled ones included), editing one in
// place and removing one, found by content, and what each refuses.
import {
  PLAN_COLUMNS,
  PLAN_LEGEND,
  RECORD_ACTIONS,
  parsePlanSheet,
  type Edit,
  type NewPlanItem,
  type RecordCell,
  type RecordSheetFact,
  type RecordWrite,
} from '../../../src/core';
import { bold, defined, red, userErrorOf, yellow, green } from '../../support/builders';
import { factsOf } from '../plans/facts';

const table = [
  ['Founder', 'CTO', 'Author'],
  [bold(red('Pitching')), yellow('Pitching'), green('Writing')],
  [yellow('Hiring'), green('Hiring'), 'Pitching'],
  [green('Writing'), 'Architecture', ''],
];
const time = { stamp: '2026-12-02 09:30', timeZone: 'Europe/Paris' };
const none: RecordSheetFact = { exists: false, name: '', values: [] };
const sheet = (values: RecordCell[][], name = 'Plan'): RecordSheetFact => ({
  exists: true,
  name,
  values,
});

const item = (over: Partial<NewPlanItem> = {}): NewPlanItem => ({
  skill: 'Pitching',
  action: 'Ask Dana to review my pitch',
  kind: 'Learn from someone',
  goal: 'A pitch investors follow',
  owner: 'Sam',
  whoHelps: 'Dana',
  byWhen: '2027-02-01',
  ...over,
});

const add = (planSheet: RecordSheetFact, it: NewPlanItem = item()) =>
  RECORD_ACTIONS.addPlanItem.plan({ ...factsOf(table), time, planSheet }, { item: it });

function only<K extends Edit['kind']>(edits: Edit[], kind: K): Extract<Edit, { kind: K }> {
  expect(edits).toHaveLength(1);
  const edit = defined(edits[0], 'the edit');
  if (edit.kind !== kind) throw new Error(`expected ${kind}, got ${edit.kind}`);
  return edit as Extract<Edit, { kind: K }>;
}

/** What the readers would give back for what the add-on writes: a day as its text. */
const asRead = (row: RecordWrite[]): RecordCell[] =>
  row.map((value) => (typeof value === 'object' ? value.day : value));

/** The sheet as the add-on creates it, with one item in row 2. */
function created(): RecordCell[][] {
  return only(add(none).edits, 'appendRecordRows').rows.map(asRead);
}

describe('what each record action declares it needs', () => {
  it.each(Object.entries(RECORD_ACTIONS))('%s', (name, action) => {
    const expected: Record<string, string[]> = {
      addPlanItem: ['dreams', 'time', 'planSheet'],
      updatePlanItem: ['time', 'planSheet'],
      removePlanItem: ['planSheet'],
      recordCheckIn: ['dreams', 'time', 'checkInsSheet'],
      setNextCheckIn: ['time', 'checkInsSheet'],
    };
    expect([...action.needs]).toEqual(expected[name]);
  });
});

describe('adding a plan item', () => {
  it('creates the sheet with its header, the legend in M1 and the header bold', () => {
    const plan = add(none);
    const edit = only(plan.edits, 'appendRecordRows');
    expect(edit).toMatchObject({ sheet: 'Plan', create: true, col: 1, boldRows: 1 });
    expect(edit.backgrounds).toBeUndefined();
    expect(edit.rows[0]).toEqual([...PLAN_COLUMNS, '', PLAN_LEGEND]);
    expect(edit.rows[0]?.[12]).toBe(PLAN_LEGEND); // M1
    expect(edit.rows[1]).toEqual([
      'Pitching',
      'Founder, CTO, Author',
      'red in Founder (critical), yellow in CTO',
      'A pitch investors follow',
      'Ask Dana to review my pitch',
      'Learn from someone',
      'Sam',
      'Dana',
      { day: '2027-02-01' },
      'Not started',
      { day: '2026-12-02' },
      '',
      '',
    ]);
    expect(plan.message).toBe(
      'Created the sheet ‘Plan’ and added ‘Ask Dana to review my pitch’ for ‘Pitching’ to it, row 2.',
    );
  });

  it('what it writes reads back as the item it added', () => {
    const parsed = parsePlanSheet(created(), 'Plan');
    expect(parsed.warnings).toEqual([]);
    expect(parsed.items).toEqual([
      expect.objectContaining({
        row: 2,
        skill: 'Pitching',
        action: 'Ask Dana to review my pitch',
        kind: 'Learn from someone',
        byWhen: '2027-02-01',
        status: 'Not started',
        lastChecked: '2026-12-02',
      }),
    ]);
  });

  it('appends below everything in the add-on’s own sheet, and says which row', () => {
    const values = created();
    values.push(['', '', '', '', '', '', '', '', '', '', '', '', ''], ['x', ...Array(12).fill('')]);
    const plan = add(sheet(values), item({ action: 'Pitch at the meetup', byWhen: null }));
    const edit = only(plan.edits, 'appendRecordRows');
    expect(edit).toMatchObject({ sheet: 'Plan', create: false, col: 1 });
    expect(edit.boldRows).toBeUndefined();
    expect(edit.rows).toHaveLength(1);
    expect(edit.rows[0]).toHaveLength(11); // A:K, the legend column is not written
    expect(edit.rows[0]?.[8]).toBe('');
    expect(plan.message).toBe('Added ‘Pitch at the meetup’ for ‘Pitching’ to ‘Plan’, row 5.');
  });

  it('lands in a hand-typed sheet’s own columns, with nothing written in its extra columns', () => {
    // Header in row 2, shuffled, odd case, an extra "Cost" column between known ones, no Now,
    // no Goal, and a remark in column A (left of every known column).
    const values: RecordCell[][] = [
      [],
      ['Remark', ' ACTION ', 'skill', 'Cost', 'by when', 'Status', 'owner', 'Kind'],
      ['', 'Read the book', 'Hiring', 12, '2027-01-10', 'in progress', 'Sam', 'book'],
      ['left alone', '', '', '', '', '', '', ''],
    ];
    const plan = add(sheet(values, 'plan'));
    const edit = only(plan.edits, 'appendRecordRows');
    expect(edit.sheet).toBe('plan');
    expect(edit.col).toBe(2);
    expect(edit.rows).toEqual([
      [
        'Ask Dana to review my pitch',
        'Pitching',
        '',
        { day: '2027-02-01' },
        'Not started',
        'Sam',
        'Learn from someone',
      ],
    ]);
    expect(plan.message).toBe(
      'Added ‘Ask Dana to review my pitch’ for ‘Pitching’ to ‘plan’, row 5. ' +
        'The sheet has no ‘Goal’ or ‘Who helps’ columns, so those were left out.',
    );
  });

  it('writes into an empty sheet of that name from row 1, header first', () => {
    const edit = only(add(sheet([], 'PLAN')).edits, 'appendRecordRows');
    expect(edit).toMatchObject({ sheet: 'PLAN', create: false, col: 1, boldRows: 1 });
    expect(edit.rows[0]?.[0]).toBe('Skill');
  });

  it('says where a skill is now: its gaps, or green everywhere, or each rating', () => {
    const now = (skill: string) =>
      only(add(none, item({ skill })).edits, 'appendRecordRows').rows[1]?.slice(1, 3);
    expect(now('hiring')).toEqual(['Founder, CTO', 'yellow in Founder']);
    expect(now('Writing')).toEqual(['Founder, Author', 'green everywhere']);
    expect(now('architecture')).toEqual(['CTO', 'not rated in CTO']);
  });

  it('writes the skill as the table spells it, and cleans the text fields', () => {
    const row = only(
      add(none, item({ skill: ' pitching ', action: '  Ask   Dana\u200b ', owner: '- Sam' })).edits,
      'appendRecordRows',
    ).rows[1];
    expect(row?.[0]).toBe('Pitching');
    expect(row?.[4]).toBe('Ask Dana');
    expect(row?.[6]).toBe('Sam');
  });

  it('refuses the same skill and action twice, by key', () => {
    const error = userErrorOf(() =>
      add(sheet(created()), item({ skill: 'PITCHING', action: 'ask dana to review  my pitch' })),
    );
    expect(error.kind).toBe('refused');
    expect(error.message).toBe(
      '‘Ask Dana to review my pitch’ for ‘Pitching’ is already in the plan (row 2 of ‘Plan’). ' +
        'Edit that one instead.',
    );
  });

  it('refuses an empty action, a skill not in the table, a long text and a date that is not one', () => {
    expect(userErrorOf(() => add(none, item({ action: '  ' }))).message).toBe(
      'Type the action first: what is to be done, and by whom.',
    );
    expect(userErrorOf(() => add(none, item({ skill: '' }))).message).toBe(
      'Pick the skill the action is for first.',
    );
    const gone = userErrorOf(() => add(none, item({ skill: 'Sales' })));
    expect(gone.kind).toBe('changed');
    expect(gone.message).toBe(
      '‘Sales’ is no longer in the table: someone may have renamed or removed it. ' +
        'The list is refreshed; pick the skill there.',
    );
    expect(userErrorOf(() => add(none, item({ goal: 'g'.repeat(501) }))).message).toBe(
      'The goal is 501 characters long; the most is 500. Shorten it, and keep the details elsewhere.',
    );
    expect(userErrorOf(() => add(none, item({ byWhen: '2027-02-30' }))).message).toBe(
      '‘2027-02-30’ is not a date: pick the date from the calendar, then try again.',
    );
  });

  it('passes on a malformed sheet’s refusal, writing nothing', () => {
    const error = userErrorOf(() => add(sheet([['Skill', 'Owner']])));
    expect(error.message).toMatch(/^The sheet ‘Plan’ has no ‘Action’/);
  });
});

describe('editing a plan item in place', () => {
  // A hand-typed plan: Action before Skill, an extra column, a duplicate item (rows 3 and 5).
  const values: RecordCell[][] = [
    ['Action', 'Notes', 'Skill', 'Owner', 'By when', 'Status', 'Last checked'],
    ['Read the book', 'library', 'Hiring', 'Sam', '2027-01-10', 'in progress', '2026-11-01'],
    ['Pitch at the meetup', '', 'Pitching', '', 'next spring', '', ''],
    ['', 'a remark only', '', '', '', '', ''],
    ['Pitch at the meetup', '', 'pitching', 'Kim', '', 'Done', ''],
  ];
  const update = (
    target: { skill: string; action: string; row?: number },
    changes: Parameters<typeof RECORD_ACTIONS.updatePlanItem.plan>[1]['update'],
    fact: RecordSheetFact = sheet(values),
  ) => RECORD_ACTIONS.updatePlanItem.plan({ time, planSheet: fact }, { target, update: changes });

  it('writes only the changed cells and Last checked, expecting the skill and action', () => {
    const plan = update(
      { skill: 'hiring', action: 'read the BOOK' },
      { status: 'Done', owner: 'Sam', byWhen: '2027-01-20' },
    );
    expect(only(plan.edits, 'writeRecordCells')).toEqual({
      kind: 'writeRecordCells',
      sheet: 'Plan',
      cells: [
        { row: 2, col: 6, value: 'Done' },
        { row: 2, col: 5, value: { day: '2027-01-20' } },
        { row: 2, col: 7, value: { day: '2026-12-02' } },
      ],
      expect: [
        { row: 2, col: 3, text: 'Hiring' },
        { row: 2, col: 1, text: 'Read the book' },
      ],
    });
    expect(plan.message).toBe(
      'Updated ‘Read the book’ for ‘Hiring’ in ‘Plan’, row 2: status Done, by 2027-01-20.',
    );
  });

  it('changes nothing when everything already reads so (status in another case, empty as Not started)', () => {
    const same = update(
      { skill: 'Hiring', action: 'Read the book' },
      { status: 'In progress', owner: 'Sam', byWhen: '2027-01-10' },
    );
    expect(same.edits).toEqual([]);
    expect(same.message).toBe(
      '‘Read the book’ for ‘Hiring’ already reads so; nothing was changed.',
    );
    const notStarted = update(
      { skill: 'Pitching', action: 'Pitch at the meetup', row: 3 },
      { status: 'Not started' },
    );
    expect(notStarted.edits).toEqual([]);
  });

  it('clears a date cell that holds text that is not a date', () => {
    const plan = update(
      { skill: 'Pitching', action: 'Pitch at the meetup', row: 3 },
      { byWhen: null },
    );
    expect(only(plan.edits, 'writeRecordCells').cells[0]).toEqual({ row: 3, col: 5, value: '' });
    expect(plan.message).toMatch(/: no date\.$/);
  });

  it('tells duplicates apart by the row hint, and refuses when the hint matches neither', () => {
    const plan = update(
      { skill: 'Pitching', action: 'Pitch at the meetup', row: 5 },
      { owner: '' },
    );
    const edit = only(plan.edits, 'writeRecordCells');
    expect(edit.cells[0]).toEqual({ row: 5, col: 4, value: '' });
    expect(edit.expect).toEqual([
      { row: 5, col: 3, text: 'pitching' },
      { row: 5, col: 1, text: 'Pitch at the meetup' },
    ]);
    const error = userErrorOf(() =>
      update({ skill: 'Pitching', action: 'Pitch at the meetup', row: 4 }, { owner: 'Lee' }),
    );
    expect(error.kind).toBe('changed');
    expect(error.message).toBe(
      '‘Pitch at the meetup’ for ‘Pitching’ is in ‘Plan’ 2 times (rows 3, 5) and the one you ' +
        'meant has moved. Remove the extra one, then try again.',
    );
  });

  it('refuses, as a change, an item or a sheet that is gone', () => {
    const gone = userErrorOf(() =>
      update({ skill: 'Hiring', action: 'Shadow a hiring loop' }, { status: 'Done' }),
    );
    expect(gone.kind).toBe('changed');
    expect(gone.message).toBe(
      '‘Shadow a hiring loop’ for ‘Hiring’ is no longer in ‘Plan’: someone may have changed or ' +
        'removed it. The plan is refreshed; try again there.',
    );
    const noSheet = userErrorOf(() =>
      update({ skill: 'Hiring', action: 'Read the book' }, { status: 'Done' }, none),
    );
    expect(noSheet.kind).toBe('changed');
  });

  it('refuses a change for a column the sheet does not have, and skips a missing Last checked', () => {
    const narrow: RecordCell[][] = [
      ['Skill', 'Action', 'Status'],
      ['Hiring', 'Read the book', ''],
    ];
    const error = userErrorOf(() =>
      update({ skill: 'Hiring', action: 'Read the book' }, { owner: 'Sam' }, sheet(narrow)),
    );
    expect(error.kind).toBe('refused');
    expect(error.message).toBe(
      '‘Plan’ has no ‘Owner’ column, so that cannot be set: add ‘Owner’ to its header row ' +
        '(row 1), then try again.',
    );
    const plan = update(
      { skill: 'Hiring', action: 'Read the book' },
      { status: 'Dropped' },
      sheet(narrow),
    );
    expect(only(plan.edits, 'writeRecordCells').cells).toEqual([
      { row: 2, col: 3, value: 'Dropped' },
    ]);
  });
});

describe('removing a plan item', () => {
  const values: RecordCell[][] = [
    [],
    ['Skill', 'Action'],
    ['Hiring', 'Read the book'],
    ['Pitching', 'Pitch at the meetup'],
  ];
  // Those rows as the Plan panel shows them: no other column, so every cell empty.
  const blank = {
    forDreams: '',
    now: '',
    goal: '',
    kind: '',
    owner: '',
    whoHelps: '',
    byWhenText: '',
    status: 'Not started',
  };
  const remove = (
    target: { skill: string; action: string; row?: number },
    fact = sheet(values),
    seen = blank,
  ) => RECORD_ACTIONS.removePlanItem.plan({ planSheet: fact }, { target, seen });

  it('removes nothing when the row changed since the person confirmed it', () => {
    const withStatus: RecordCell[][] = [
      ['Skill', 'Action', 'Status', 'Owner'],
      ['Hiring', 'Read the book', 'Done', 'Sam'],
    ];
    const error = userErrorOf(() =>
      remove({ skill: 'Hiring', action: 'Read the book' }, sheet(withStatus), {
        ...blank,
        status: 'In progress',
        owner: 'Sam',
      }),
    );
    expect(error.kind).toBe('changed');
    expect(error.message).toBe(
      '‘Read the book’ for ‘Hiring’ changed since you confirmed (its status is now ‘Done’). ' +
        'Nothing was removed: look at it again, and remove it if you still want to.',
    );
  });

  it('deletes the row found by content, expecting its skill and action', () => {
    const plan = remove({ skill: 'pitching', action: 'Pitch at the meetup', row: 9 });
    expect(only(plan.edits, 'deleteRecordRow')).toEqual({
      kind: 'deleteRecordRow',
      sheet: 'Plan',
      row: 4,
      expect: [
        { row: 4, col: 1, text: 'Pitching' },
        { row: 4, col: 2, text: 'Pitch at the meetup' },
      ],
    });
    expect(plan.message).toBe(
      'Removed ‘Pitch at the meetup’ for ‘Pitching’ from ‘Plan’ (it was row 4).',
    );
  });

  it('refuses, as a change, an item no longer there', () => {
    const error = userErrorOf(() => remove({ skill: 'Hiring', action: 'Shadow a loop' }));
    expect(error.kind).toBe('changed');
  });
});
