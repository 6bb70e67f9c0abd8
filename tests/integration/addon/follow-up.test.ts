// After the conversation, on the built add-on: a plan of a few skills with dated actions from
// the dreams table, edited in place and pruned by content; check-ins months apart and what
// moved since; Plan and Check-ins sheets typed by hand (columns shuffled, extra columns, blank
// rows) read and written in their own columns; and a hand edit between the read and the write
// that never lets a write land on the wrong row.
import type { CallRecord, Emulator, SheetFixture } from '@career-dreams/emulator';
import type {
  FollowUpChangeResult,
  FollowUpResult,
  FollowUpView,
  PlanItemInput,
} from '../../../src/contract';
import { RATING_FILLS } from '../../../src/core';
import { mergeFollowUp } from '../../../src/sidebar/plan-view';
import { seenItem, session, setup, type Session } from '../../support/addon';

const { red, yellow, green } = RATING_FILLS;

/**
 * Founder needs Hiring (red, critical) and Fundraising (yellow); CTO lists Hiring too (yellow);
 * Author's Writing is red. Pitching and Architecture are green.
 */
const DREAMS: SheetFixture = {
  values: [
    ['Founder', 'CTO', 'Author'],
    ['Hiring', 'Architecture', 'Writing'],
    ['Fundraising', 'Hiring', 'Editing'],
    ['Pitching', '', ''],
  ],
  backgrounds: [[], [red, green, red], [yellow, yellow, null], [green]],
  bold: [[], [true]],
};

/** The view of a successful answer; fails the test with the server's sentence otherwise. */
function view(result: FollowUpResult): FollowUpView {
  if (!result.ok) throw new Error(`expected success, got: ${result.error}`);
  return result.followUp;
}

/**
 * A Plan panel change as the sidebar sees it: the view it showed (read first), with the parts
 * the change answers with merged in, and its message. That view must be the one a fresh read
 * gives, fingerprint and all: nothing the change did is missing from its answer.
 */
function changed(
  a: Session,
  run: (a: Session) => FollowUpChangeResult,
): FollowUpView & { message: string } {
  const before = view(a.call('getFollowUp'));
  const result = run(a);
  if (!result.ok) throw new Error(`expected success, got: ${result.error}`);
  const after = mergeFollowUp(before, result.changed);
  expect(after).toEqual(view(a.call('getFollowUp')));
  return { ...after, message: result.message ?? '' };
}

function refusal(result: FollowUpResult | FollowUpChangeResult): string {
  if (result.ok) throw new Error(`expected a refusal, got: ${result.message ?? 'success'}`);
  return result.error;
}

/** What a person sees in a sheet: its cells as displayed, trimmed of empty rows at the end. */
function shown(emu: Emulator, sheet: string): string[][] {
  const reader = emu.user('reader@example.com');
  return reader.run(() => {
    const found = reader.globals.SpreadsheetApp.getActive().getSheetByName(sheet);
    if (!found) throw new Error(`no sheet ${sheet}`);
    return found.getDataRange().getDisplayValues();
  });
}

/** Today in UTC (the emulator's spreadsheet time zone), before and after a call. */
const today = () => new Date().toISOString().slice(0, 10);

const item = (
  skill: string,
  action: string,
  byWhen = '',
  extra: Partial<PlanItemInput> = {},
): PlanItemInput => ({
  skill,
  action,
  kind: 'Course or book',
  goal: '',
  owner: 'Ana',
  whoHelps: '',
  byWhen,
  ...extra,
});
/** Bob's edit, run right before Alice's first call that `when` matches. */
function bobBefore(
  emu: Emulator,
  alice: Session,
  when: (record: CallRecord) => boolean,
  edit: (book: GoogleAppsScript.Spreadsheet.Spreadsheet) => void,
): () => boolean {
  const bob = session(emu, 'bob@example.com');
  let done = false;
  emu.setBeforeCall((record) => {
    if (done || record.user !== alice.user.email || !when(record)) return;
    done = true;
    bob.user.run(() => edit(bob.user.globals.SpreadsheetApp.getActive()));
  });
  return () => done;
}

describe('a plan of a few skills, from the dreams table', () => {
  it('starts empty, creates the Plan sheet with a header and legend, and appends each item', () => {
    const { emu, alice } = setup({ Dreams: DREAMS });
    const empty = view(alice.call('getFollowUp'));
    expect(empty.plan).toEqual({ sheetName: null, items: [], warnings: [] });

    const first = changed(alice, (a) =>
      a.call('addPlanItem', item('hiring', 'Shadow two interviews', '2000-01-31')),
    );
    const plan = first.plan;
    expect(first.message).toMatch(/Created the sheet ‘Plan’/);
    expect(plan.sheetName).toBe('Plan');
    expect(plan.items).toEqual([
      expect.objectContaining({
        row: 2,
        skill: 'Hiring',
        action: 'Shadow two interviews',
        forDreams: 'Founder, CTO',
        now: 'red in Founder (critical), yellow in CTO',
        kind: 'Course or book',
        owner: 'Ana',
        byWhen: '2000-01-31',
        status: 'Not started',
        overdue: true,
      }),
    ]);
    // Header bold, legend in M1 after an empty column, the date a real date shown as typed.
    const sheet = emu.workbook.dump('Plan');
    expect(sheet.values[0]!.slice(0, 11)).toEqual([
      'Skill',
      'For dreams',
      'Now',
      'Goal',
      'Action',
      'Kind',
      'Owner',
      'Who helps',
      'By when',
      'Status',
      'Last checked',
    ]);
    expect(sheet.bold[0]!.slice(0, 11).every(Boolean)).toBe(true);
    expect(sheet.bold[1]!.some(Boolean)).toBe(false);
    expect(String(sheet.values[0]![12])).toMatch(/^How to read this sheet:/);
    expect(sheet.values[1]![8]).toBeInstanceOf(Date);
    expect(shown(emu, 'Plan')[1]![8]).toBe('2000-01-31');
    expect([today(), shown(emu, 'Plan')[1]![10]]).toContain(shown(emu, 'Plan')[1]![10]);
    // The Plan sheet went last, and Alice stayed on the sheet she was on.
    expect(emu.workbook.sheetNames().slice(-2)).toEqual(['Dreams', 'Plan']);

    alice.call('addPlanItem', item('Fundraising', 'Pitch to two angels', '2999-06-30'));
    alice.call('addPlanItem', item('Writing', 'Write every morning', ''));
    const last = changed(alice, (a) =>
      a.call(
        'addPlanItem',
        item('Hiring', 'Ask Lee to mentor me', '', { kind: 'mentor', owner: 'Lee' }),
      ),
    );
    expect(
      last.plan.items.map((i) => [i.row, i.skill, i.action, i.kind, i.byWhen, i.overdue]),
    ).toEqual([
      [2, 'Hiring', 'Shadow two interviews', 'Course or book', '2000-01-31', true],
      [3, 'Fundraising', 'Pitch to two angels', 'Course or book', '2999-06-30', false],
      [4, 'Writing', 'Write every morning', 'Course or book', null, false],
      [5, 'Hiring', 'Ask Lee to mentor me', 'Learn from someone', null, false],
    ]);
    expect(new Set(last.plan.items.map((i) => i.skill)).size).toBe(3);
  });

  it('edits status, owner and date in place, writing only those cells and Last checked', () => {
    const { emu, alice } = setup({ Dreams: DREAMS });
    alice.call('addPlanItem', item('Hiring', 'Shadow two interviews', '2000-01-31'));
    alice.call('addPlanItem', item('Writing', 'Write every morning'));
    const before = emu.writes.length;
    const after = changed(alice, (a) =>
      a.call(
        'updatePlanItem',
        { skill: 'Hiring', action: 'Shadow two interviews', row: 2 },
        { status: 'in progress', owner: 'Sam', byWhen: '2999-01-15' },
      ),
    );
    const written = emu.writes.slice(before).filter((w) => w.sheet === 'Plan');
    expect(written.flatMap((w) => w.cells).sort()).toEqual(['G2', 'I2', 'J2', 'K2']);
    expect(after.plan.items[0]).toEqual(
      expect.objectContaining({
        status: 'In progress',
        owner: 'Sam',
        byWhen: '2999-01-15',
        overdue: false,
      }),
    );
    expect(shown(emu, 'Plan')[1]!.slice(6, 10)).toEqual(['Sam', '', '2999-01-15', 'In progress']);
    // The other row is as it was.
    expect(after.plan.items[1]).toEqual(
      expect.objectContaining({ owner: 'Ana', status: 'Not started' }),
    );

    const same = alice.call(
      'updatePlanItem',
      { skill: 'Hiring', action: 'Shadow two interviews' },
      { status: 'In progress' },
    );
    expect(same.ok && same.message).toMatch(/nothing was changed/);
    const cleared = changed(alice, (a) =>
      a.call(
        'updatePlanItem',
        { skill: 'Hiring', action: 'Shadow two interviews' },
        { byWhen: '', status: 'Done' },
      ),
    );
    expect(cleared.plan.items[0]).toEqual(
      expect.objectContaining({ byWhen: null, byWhenText: '', status: 'Done' }),
    );
  });

  it('removes an item found by content, even after rows moved above it', () => {
    const { emu, alice } = setup({ Dreams: DREAMS });
    alice.call('addPlanItem', item('Hiring', 'Shadow two interviews'));
    alice.call('addPlanItem', item('Writing', 'Write every morning'));
    alice.call('addPlanItem', item('Fundraising', 'Pitch to two angels'));
    // Bob inserts a row above the items: the sidebar's row hint (3) is now another row.
    const bob = session(emu, 'bob@example.com');
    bob.user.run(() =>
      bob.user.globals.SpreadsheetApp.getActive().getSheetByName('Plan')!.insertRowBefore(2),
    );
    const seen = seenItem(alice, { skill: 'Writing', action: 'Write every morning' });
    const after = changed(alice, (a) =>
      a.call('removePlanItem', { skill: 'Writing', action: 'Write every morning', row: 3 }, seen),
    );
    expect(after.plan.items.map((i) => i.action)).toEqual([
      'Shadow two interviews',
      'Pitch to two angels',
    ]);
    expect(shown(emu, 'Plan').map((row) => row[4])).toEqual([
      'Action',
      '',
      'Shadow two interviews',
      'Pitch to two angels',
    ]);
  });
});

/**
 * A plan typed by hand: two blank rows, the header in row 3 with the columns in another order
 * and a `Notes` column of the person's own between them, a blank row between items.
 */
const HAND_PLAN: SheetFixture = {
  values: [
    [],
    [],
    ['Action', 'notes', 'SKILL', 'status', 'By When', 'Owner'],
    ['Run the hiring loop', 'ask HR first', 'Hiring', 'in progress', '2026-03-01', 'Ana'],
    [],
    ['Read a book on pitching', 'library copy', 'Fundraising', '', 'soon', ''],
  ],
};

describe('a Plan sheet typed by hand', () => {
  it('is read by its headers, and written in its own columns, its extra column untouched', () => {
    const { emu, alice } = setup({ Dreams: DREAMS, Plan: HAND_PLAN });
    const plan = view(alice.call('getFollowUp')).plan;
    expect(plan.items.map((i) => [i.row, i.skill, i.action, i.status, i.byWhen])).toEqual([
      [4, 'Hiring', 'Run the hiring loop', 'In progress', '2026-03-01'],
      [6, 'Fundraising', 'Read a book on pitching', 'Not started', null],
    ]);
    expect(plan.items[1]!.byWhenText).toBe('soon');
    expect(plan.warnings.join(' ')).toMatch(/soon|E6/);

    const added = changed(alice, (a) =>
      a.call('addPlanItem', item('Writing', 'Write every morning', '2999-01-01')),
    );
    expect(added.plan.items.map((i) => i.row)).toEqual([4, 6, 7]);
    const rows = shown(emu, 'Plan');
    // Appended below everything, in the sheet's own columns; the notes column stays empty.
    expect(rows[6]).toEqual([
      'Write every morning',
      '',
      'Writing',
      'Not started',
      '2999-01-01',
      'Ana',
    ]);
    expect(rows.slice(0, 6)).toEqual(shown(setup({ Plan: HAND_PLAN }).emu, 'Plan').slice(0, 6));

    const updated = changed(alice, (a) =>
      a.call(
        'updatePlanItem',
        { skill: 'fundraising', action: 'read a book on pitching' },
        { status: 'Done' },
      ),
    );
    expect(updated.plan.items[1]!.status).toBe('Done');
    expect(shown(emu, 'Plan')[5]).toEqual([
      'Read a book on pitching',
      'library copy',
      'Fundraising',
      'Done',
      'soon',
      '',
    ]);
  });

  it('says what to add when the sheet has no Action column', () => {
    const { alice } = setup({
      Dreams: DREAMS,
      Plan: {
        values: [
          ['Skill', 'Owner'],
          ['Hiring', 'Ana'],
        ],
      },
    });
    const opened = view(alice.call('getFollowUp'));
    expect(opened.plan.items).toEqual([]);
    expect(opened.plan.warnings.join(' ')).toMatch(/Action/);
    expect(refusal(alice.call('addPlanItem', item('Hiring', 'Shadow')))).toMatch(/Action/);
  });
});

describe('check-ins months apart', () => {
  it('records the table twice and tells what moved since the last check-in and between the two', () => {
    const { emu, alice } = setup({ Dreams: DREAMS });
    const first = changed(alice, (a) => a.call('recordCheckIn', '2020-01-15'));
    expect(first.checkIns.sheetName).toBe('Check-ins');
    expect(first.checkIns.dates).toEqual(['2020-01-15']);
    // Nothing moved since: the table is as it was recorded.
    expect(first.checkIns.sinceLast).toEqual(
      expect.objectContaining({
        from: '2020-01-15',
        changes: [],
        dreamsAdded: [],
        dreamsDropped: [],
      }),
    );
    // One check-in: nothing to compare it with yet.
    expect(first.checkIns.betweenLastTwo).toBeNull();
    const sheet = shown(emu, 'Check-ins');
    expect(sheet[0]!.slice(0, 5)).toEqual(['Date', 'Dream', 'Skill', 'Rating', 'Critical']);
    expect(sheet[0]![6]).toBe('Next check-in');
    expect(sheet[0]![9]).toMatch(/^How to read this sheet:/);
    expect(sheet.slice(1).map((row) => row.slice(0, 5))).toEqual([
      ['2020-01-15', 'Founder', 'Hiring', 'Red', 'yes'],
      ['2020-01-15', 'Founder', 'Fundraising', 'Yellow', ''],
      ['2020-01-15', 'Founder', 'Pitching', 'Green', ''],
      ['2020-01-15', 'CTO', 'Architecture', 'Green', ''],
      ['2020-01-15', 'CTO', 'Hiring', 'Yellow', ''],
      ['2020-01-15', 'Author', 'Writing', 'Red', ''],
      ['2020-01-15', 'Author', 'Editing', 'Not rated', ''],
    ]);
    const dump = emu.workbook.dump('Check-ins');
    expect(dump.values[1]![0]).toBeInstanceOf(Date);
    expect(dump.backgrounds.slice(1).map((row) => row[3])).toEqual([
      red,
      yellow,
      green,
      green,
      yellow,
      red,
      '#ffffff',
    ]);
    expect(dump.bold[0]!.slice(0, 5).every(Boolean)).toBe(true);

    // Months later Hiring got better in Founder, and Author gained a skill.
    alice.call('setRating', [{ dream: 'Founder', skill: 'Hiring' }], 'yellow');
    alice.call('addSkills', { dream: 'Author' }, ['Marketing']);
    const moved = view(alice.call('getFollowUp')).checkIns.sinceLast!;
    expect(moved.changes).toEqual([
      { dream: 'Founder', skill: 'Hiring', from: 'red', to: 'yellow' },
      { dream: 'Author', skill: 'Marketing', from: null, to: 'none' },
    ]);
    expect(moved.sentences.join(' ')).toMatch(/Hiring: red → yellow in Founder/);

    const second = changed(alice, (a) => a.call('recordCheckIn', '2020-06-01'));
    expect(second.checkIns.dates).toEqual(['2020-01-15', '2020-06-01']);
    expect(second.checkIns.sinceLast).toEqual(
      expect.objectContaining({ from: '2020-06-01', changes: [] }),
    );
    // Right after the second check-in, what moved between the two, as `progress` tells it.
    expect(second.checkIns.betweenLastTwo).toEqual({
      from: '2020-01-15',
      to: '2020-06-01',
      changes: moved.changes,
      dreamsAdded: [],
      dreamsDropped: [],
      dreamsRenamed: [],
      sentences: moved.sentences,
    });
    // Appended, the first check-in untouched.
    expect(shown(emu, 'Check-ins').slice(0, 8)).toEqual(sheet);
    expect(shown(emu, 'Check-ins').length).toBe(1 + 7 + 8);
  });

  it('keeps a next check-in day in the visible cell', () => {
    const { emu, alice } = setup({ Dreams: DREAMS });
    alice.call('recordCheckIn', null);
    const next = changed(alice, (a) => a.call('setNextCheckIn', '2999-09-01'));
    expect(next.checkIns.next).toBe('2999-09-01');
    expect(shown(emu, 'Check-ins')[0]!.slice(6, 8)).toEqual(['Next check-in', '2999-09-01']);
    expect(changed(alice, (a) => a.call('setNextCheckIn', '')).checkIns.next).toBeNull();
  });
});

/**
 * Check-ins typed by hand: the header in row 2, columns shuffled with an extra `Who` column,
 * a blank row between two check-ins' rows.
 */
const HAND_CHECK_INS: SheetFixture = {
  values: [
    [],
    ['Skill', 'who', 'Dream', 'date', 'rating', 'critical'],
    ['Hiring', 'me', 'Founder', '2020-01-15', 'red', 'x'],
    ['Fundraising', 'me', 'Founder', '2020-01-15', 'Red', ''],
    [],
    ['Writing', 'Lee', 'Author', '2020-01-15', 'yellow', ''],
  ],
};

describe('a Check-ins sheet typed by hand', () => {
  it('is read by its headers, and a check-in goes below it in its own columns', () => {
    const { emu, alice } = setup({ Dreams: DREAMS, 'check-ins': HAND_CHECK_INS });
    const opened = view(alice.call('getFollowUp')).checkIns;
    expect(opened.sheetName).toBe('check-ins');
    expect(opened.dates).toEqual(['2020-01-15']);
    expect(opened.sinceLast!.changes).toEqual(
      expect.arrayContaining([
        { dream: 'Founder', skill: 'Fundraising', from: 'red', to: 'yellow' },
        { dream: 'Author', skill: 'Writing', from: 'yellow', to: 'red' },
      ]),
    );
    const after = changed(alice, (a) => a.call('recordCheckIn', '2020-06-01')).checkIns;
    expect(after.dates).toEqual(['2020-01-15', '2020-06-01']);
    const rows = shown(emu, 'check-ins');
    expect(rows.slice(0, 6)).toEqual(shown(setup({ x: HAND_CHECK_INS }).emu, 'x'));
    expect(rows[6]).toEqual(['Hiring', '', 'Founder', '2020-06-01', 'Red', 'yes']);
    expect(rows.length).toBe(6 + 7);
    // The fill goes on the Rating cell only.
    expect(emu.workbook.dump('check-ins').backgrounds[6]).toEqual([
      '#ffffff',
      '#ffffff',
      '#ffffff',
      '#ffffff',
      red,
      '#ffffff',
    ]);
  });
});

describe('a hand edit between the read and the write', () => {
  it('an update whose row moved just before the write is put back and refused', () => {
    const { emu, alice } = setup({ Dreams: DREAMS });
    alice.call('addPlanItem', item('Hiring', 'Shadow two interviews'));
    alice.call('addPlanItem', item('Writing', 'Write every morning'));
    const bobAlone = setup({ Dreams: DREAMS });
    bobAlone.alice.call('addPlanItem', item('Hiring', 'Shadow two interviews'));
    bobAlone.alice.call('addPlanItem', item('Writing', 'Write every morning'));
    const edit = (book: GoogleAppsScript.Spreadsheet.Spreadsheet) =>
      book.getSheetByName('Plan')!.insertRowBefore(2);
    bobAlone.alice.user.run(() => edit(bobAlone.alice.user.globals.SpreadsheetApp.getActive()));

    const came = bobBefore(emu, alice, (r) => r.method === 'setValue', edit);
    const result = alice.call(
      'updatePlanItem',
      { skill: 'Writing', action: 'Write every morning' },
      { status: 'Done', owner: 'Kim' },
    );
    emu.setBeforeCall(null);
    expect(came()).toBe(true);
    expect(refusal(result)).toMatch(/changed|moved/);
    expect(result.ok ? null : result.followUp?.plan.items.map((i) => i.row)).toEqual([3, 4]);
    // The sheet is Bob's edit alone: nothing Alice wrote is left anywhere.
    expect(shown(emu, 'Plan')).toEqual(shown(bobAlone.emu, 'Plan'));
  });

  it('a remove whose row moved just before the delete puts the row back and refuses', () => {
    const { emu, alice } = setup({ Dreams: DREAMS });
    alice.call('addPlanItem', item('Hiring', 'Shadow two interviews'));
    alice.call('addPlanItem', item('Writing', 'Write every morning'));
    const bobAlone = setup({ Dreams: DREAMS });
    bobAlone.alice.call('addPlanItem', item('Hiring', 'Shadow two interviews'));
    bobAlone.alice.call('addPlanItem', item('Writing', 'Write every morning'));
    const edit = (book: GoogleAppsScript.Spreadsheet.Spreadsheet) => {
      const sheet = book.getSheetByName('Plan')!;
      sheet.insertRowBefore(2);
      sheet.getRange('A2').setValue('Bob was here');
    };
    bobAlone.alice.user.run(() => edit(bobAlone.alice.user.globals.SpreadsheetApp.getActive()));

    const ref = { skill: 'Writing', action: 'Write every morning' };
    const seen = seenItem(alice, ref);
    const came = bobBefore(emu, alice, (r) => r.method === 'deleteRow', edit);
    const result = alice.call('removePlanItem', ref, seen);
    emu.setBeforeCall(null);
    expect(came()).toBe(true);
    expect(refusal(result)).toMatch(/changed|moved/);
    expect(shown(emu, 'Plan')).toEqual(shown(bobAlone.emu, 'Plan'));
  });

  it('a check-in after rows someone appended meanwhile goes below them', () => {
    const { emu, alice } = setup({ Dreams: DREAMS });
    alice.call('recordCheckIn', '2020-01-15');
    const came = bobBefore(
      emu,
      alice,
      (r) => r.method === 'getLastRow' && r.target === 'Check-ins',
      (book) =>
        book
          .getSheetByName('Check-ins')!
          .getRange('A9:E9')
          .setValues([['2020-01-20', 'Founder', 'Hiring', 'Red', '']]),
    );
    // Bob's row came after the read: the sheet is read again for the answer, which holds it.
    expect(changed(alice, (a) => a.call('recordCheckIn', '2020-06-01')).checkIns.dates).toEqual([
      '2020-01-15',
      '2020-01-20',
      '2020-06-01',
    ]);
    emu.setBeforeCall(null);
    expect(came()).toBe(true);
    const rows = shown(emu, 'Check-ins');
    expect(rows[8]!.slice(0, 3)).toEqual(['2020-01-20', 'Founder', 'Hiring']);
    expect(rows[9]!.slice(0, 3)).toEqual(['2020-06-01', 'Founder', 'Hiring']);
    expect(rows.length).toBe(1 + 7 + 1 + 7);
  });
});

describe('refusals, in plain sentences', () => {
  it.each([
    ['an empty action', () => item('Hiring', '  '), /action/i],
    ['a skill not in the table', () => item('Juggling', 'Learn it'), /no longer in the table/],
    ['a day that does not exist', () => item('Hiring', 'Shadow', '2026-02-30'), /not a date/],
    [
      'an unknown kind',
      () => item('Hiring', 'Shadow', '', { kind: 'vibes' }),
      /not a kind of action/,
    ],
  ])('adding a plan item with %s', (_, make, sentence) => {
    const { alice } = setup({ Dreams: DREAMS });
    expect(refusal(alice.call('addPlanItem', make()))).toMatch(sentence);
  });

  it('refuses a duplicate item, a check-in dated later than today, and a missing item', () => {
    const { alice } = setup({ Dreams: DREAMS });
    alice.call('addPlanItem', item('Hiring', 'Shadow'));
    expect(refusal(alice.call('addPlanItem', item('HIRING', 'shadow')))).toMatch(
      /already in the plan/,
    );
    expect(refusal(alice.call('recordCheckIn', '2999-01-01'))).toMatch(/after today/);
    expect(
      refusal(
        alice.call('updatePlanItem', { skill: 'Hiring', action: 'Gone' }, { status: 'Done' }),
      ),
    ).toMatch(/no longer in ‘Plan’/);
    expect(
      refusal(
        alice.call('updatePlanItem', { skill: 'Hiring', action: 'Shadow' }, { status: 'Soon' }),
      ),
    ).toMatch(/not a status/);
  });

  it('answers a bug with a generic sentence and no stack trace', () => {
    const { emu, alice } = setup({ Dreams: DREAMS });
    emu.setBeforeCall((record) => {
      if (record.user === alice.user.email && record.method === 'insertSheet')
        throw new Error('boom at line 42');
    });
    const result = alice.call('addPlanItem', item('Hiring', 'Shadow'));
    emu.setBeforeCall(null);
    expect(refusal(result)).toBe(
      'Something went wrong and nothing was changed. Refresh the sidebar and try again.',
    );
    expect(JSON.stringify(result)).not.toMatch(/boom|line 42|at /);
  });
});

describe('the why of each dream', () => {
  it('is the header cell’s note, one motivation a line, shared ones named', () => {
    const { emu, alice } = setup({
      Dreams: { ...DREAMS, notes: [['', '', '- Mastery\nMoney']] },
    });
    const opened = view(alice.call('getFollowUp'));
    expect(opened.why.map((w) => [w.dream, w.col, w.motivations])).toEqual([
      ['Founder', 1, []],
      ['CTO', 2, []],
      ['Author', 3, ['Mastery', 'Money']],
    ]);
    const after = changed(alice, (a) =>
      a.call('setDreamWhy', { dream: 'Founder', col: 1 }, 'Autonomy\n• money'),
    );
    expect(emu.workbook.cell('Dreams', 'A1').note).toBe('Autonomy\n• money');
    expect(after.why[0]).toEqual({
      dream: 'Founder',
      col: 1,
      note: 'Autonomy\n• money',
      motivations: ['Autonomy', 'money'],
    });
    expect(after.sharedMotivations).toEqual([
      { motivation: expect.stringMatching(/^money$/i), dreams: ['Founder', 'Author'] },
    ]);
    // Clearing it removes the note; the skills' notes and the table are untouched.
    changed(alice, (a) => a.call('setDreamWhy', { dream: 'Founder' }, ''));
    expect(emu.workbook.cell('Dreams', 'A1').note).toBe('');
    expect(emu.workbook.cell('Dreams', 'C1').note).toBe('- Mastery\nMoney');
    expect(refusal(alice.call('setDreamWhy', { dream: 'Pilot' }, 'x'))).toMatch(/Pilot/);
  });
});

describe('what the exports need beyond the state', () => {
  it('gives every skill’s note, each dream’s why, the plan and every check-in row', () => {
    const { alice } = setup({
      Dreams: { ...DREAMS, notes: [['Money'], ['Runs a fair loop.', '', 'Daily pages.']] },
    });
    changed(alice, (a) =>
      a.call('addPlanItem', item('Hiring', 'Shadow two interviews', '2000-01-31')),
    );
    changed(alice, (a) => a.call('recordCheckIn', '2020-01-15'));
    const result = alice.call('getExportExtras');
    if (!result.ok) throw new Error(result.error);
    const { extras } = result;
    expect(extras.notes[0]).toEqual({
      dream: 'Founder',
      col: 1,
      notes: [
        { skill: 'Hiring', row: 2, note: 'Runs a fair loop.' },
        { skill: 'Fundraising', row: 3, note: '' },
        { skill: 'Pitching', row: 4, note: '' },
      ],
    });
    expect(extras.notes[2]!.notes[0]).toEqual({ skill: 'Writing', row: 2, note: 'Daily pages.' });
    expect(extras.why.map((w) => w.note)).toEqual(['Money', '', '']);
    expect(extras.plan.items.map((i) => [i.skill, i.action, i.byWhen])).toEqual([
      ['Hiring', 'Shadow two interviews', '2000-01-31'],
    ]);
    expect(extras.checkIns).toHaveLength(7);
    expect(extras.checkIns[0]).toEqual({
      date: '2020-01-15',
      dream: 'Founder',
      skill: 'Hiring',
      rating: 'red',
      critical: true,
    });
  });
});
