// Right row or nothing, on the Plan sheet. Between the add-on's read and its write (or right
// after the write, before its check), Bob edits the Plan sheet by hand: he inserts or deletes a
// row above the item, deletes the item's own row or the one below it, sorts the plan, retypes
// the item's action, or adds a row below. For an update and a remove, the sheet must end either
// as Bob's edit followed by Alice's action on the item she meant (or her action then his edit),
// or as Bob's edit alone with a "changed" refusal. An action that landed on the item stands
// whatever Bob did just after it elsewhere (src/core/follow-up/record-guard.ts).
import { classify, type CallRecord } from '@career-dreams/emulator';
import type { FollowUpChangeResult } from '../../../src/contract';
import { seenItem, session, setup, type Session } from '../../support/addon';

const PLAN = {
  values: [
    ['Skill', 'Action', 'Owner', 'Status', 'Last checked'],
    ['Hiring', 'Shadow two interviews', 'Ana', 'Not started', '2020-01-15'],
    ['Writing', 'Daily pages', 'Ana', 'In progress', '2020-01-15'],
    ['Hiring', 'Read a book on it', 'Lee', '', ''],
    ['Fundraising', 'Pitch to two angels', 'Kim', '', ''],
  ],
};
const FIXTURE = {
  Dreams: {
    values: [
      ['Founder', 'Author'],
      ['Hiring', 'Writing'],
      ['Fundraising', ''],
    ],
  },
  Plan: PLAN,
};

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const EDITS: Record<string, (plan: Sheet) => void> = {
  'inserts a row above': (s) => s.insertRowBefore(2),
  'deletes a row above': (s) => s.deleteRow(2),
  "deletes the item's row": (s) => s.deleteRow(3),
  'deletes the row below the item': (s) => s.deleteRow(4),
  'sorts the plan by skill': (s) => s.getRange('A2:E5').sort(1),
  "retypes the item's action": (s) => s.getRange('B3').setValue('Morning pages'),
  'adds a row below': (s) =>
    s.getRange('A6:E6').setValues([['Writing', 'Blog weekly', 'Ana', '', '']]),
};

const ITEM = { skill: 'Writing', action: 'Daily pages', row: 3 };
let seen: ReturnType<typeof seenItem> | null = null;
/** The item as the fixture shows it in the Plan panel, before anyone's edit. */
function seenBefore(): ReturnType<typeof seenItem> {
  seen ??= seenItem(setup(FIXTURE).alice, ITEM);
  return seen;
}
const ACTIONS: Record<string, (a: Session) => FollowUpChangeResult> = {
  update: (a) => a.call('updatePlanItem', ITEM, { status: 'Done', owner: 'Sam' }),
  // Confirmed as Alice's panel showed the item before Bob's edit.
  remove: (a) => a.call('removePlanItem', ITEM, seenBefore()),
};

const MOMENTS = ['before the write', 'after the write'] as const;

function shownPlan(a: Session): string[][] {
  return a.user.run(() =>
    a.user.globals.SpreadsheetApp.getActive()
      .getSheetByName('Plan')!
      .getDataRange()
      .getDisplayValues(),
  );
}

function bobEdits(bob: Session, edit: (plan: Sheet) => void): void {
  bob.user.run(() => edit(bob.user.globals.SpreadsheetApp.getActive().getSheetByName('Plan')!));
}

/** Alice's action with Bob's edit at `moment`. */
function interleaved(
  action: (a: Session) => FollowUpChangeResult,
  edit: (s: Sheet) => void,
  moment: string,
) {
  const { emu, alice } = setup(FIXTURE);
  const bob = session(emu, 'bob@example.com');
  let edited = false;
  let wrote = false;
  emu.setBeforeCall((record: CallRecord) => {
    if (edited || record.user !== alice.user.email) return;
    const writing = classify(record.method, record.service) === 'write';
    // After the write: right before the check's read of the Plan sheet.
    const due = moment === 'before the write' ? writing : wrote && record.method === 'getValues';
    if (writing) wrote = true;
    if (!due) return;
    edited = true;
    bobEdits(bob, edit);
  });
  const result = action(alice);
  emu.setBeforeCall(null);
  const fresh = alice.call('getFollowUp');
  return { edited, result, final: shownPlan(alice), fresh: fresh.ok ? fresh.followUp : null };
}

function bobOnly(edit: (s: Sheet) => void): string[][] {
  const { emu, alice } = setup(FIXTURE);
  bobEdits(session(emu, 'bob@example.com'), edit);
  return shownPlan(alice);
}

function bobThenAlice(action: (a: Session) => FollowUpChangeResult, edit: (s: Sheet) => void) {
  const { emu, alice } = setup(FIXTURE);
  bobEdits(session(emu, 'bob@example.com'), edit);
  return action(alice).ok ? shownPlan(alice) : null;
}

function aliceThenBob(action: (a: Session) => FollowUpChangeResult, edit: (s: Sheet) => void) {
  const { emu, alice } = setup(FIXTURE);
  if (!action(alice).ok) return null;
  bobEdits(session(emu, 'bob@example.com'), edit);
  return shownPlan(alice);
}

/**
 * Cannot be told apart (record-guard.ts): the item and the row below it gone reads the same as
 * Bob deleting the item and the add-on's delete then taking the row below. The add-on puts that
 * row back and refuses, which loses nothing; but here the remove was done and Bob's delete is
 * undone, so the sheet is neither his edit alone nor both.
 */
const FAILING = new Set(['remove, while Bob deletes the row below the item (before the write)']);

const ALL = Object.entries(ACTIONS).flatMap(([name, action]) =>
  Object.entries(EDITS).flatMap(([editName, edit]) =>
    MOMENTS.map((moment) => ({ name, action, editName, edit, moment })),
  ),
);
const named = (c: (typeof ALL)[number]) => `${c.name}, while Bob ${c.editName} (${c.moment})`;
const CASES = ALL.filter((c) => !FAILING.has(named(c)));

/** Alice's action alone, on the plan as she saw it. */
function aliceOnly(action: (a: Session) => FollowUpChangeResult): string[][] {
  const { alice } = setup(FIXTURE);
  action(alice);
  return shownPlan(alice);
}

describe('a hand edit on the Plan sheet around the write', () => {
  const outcomes = { landed: 0, refused: 0 };

  function rightRowOrNothing({ action, editName, edit, moment }: (typeof ALL)[number]) {
    const { edited, result, final, fresh } = interleaved(action, edit, moment);
    expect(edited).toBe(true);
    if (result.ok) {
      outcomes.landed++;
      const allowed = [bobThenAlice(action, edit), aliceThenBob(action, edit)];
      // Text Bob types into the very row the add-on removes, after its read, is lost with the
      // row: Sheets has no row lock, and the row is still the item meant.
      if (editName === "retypes the item's action") allowed.push(aliceOnly(action));
      expect(allowed).toContainEqual(final);
      // The answer shows the plan as it now is, Bob's edit included.
      expect(result.changed.plan).toEqual(fresh?.plan);
    } else {
      outcomes.refused++;
      expect(result.error).toMatch(/changed while you clicked|no longer in/);
      expect(final).toEqual(bobOnly(edit));
      // The refusal shows the plan as it now is.
      expect(result.followUp).toEqual(fresh);
    }
  }

  it.each(CASES)('$name, while Bob $editName ($moment): the right row or nothing', (c) =>
    rightRowOrNothing(c),
  );

  it.failing.each(ALL.filter((c) => FAILING.has(named(c))))(
    '$name, while Bob $editName ($moment): the right row or nothing',
    (c) => rightRowOrNothing(c),
  );

  it('in that case nothing is lost: the row below comes back, the item is gone', () => {
    const remove = ACTIONS.remove!;
    const { result, final } = interleaved(
      remove,
      EDITS['deletes the row below the item']!,
      MOMENTS[0],
    );
    expect(result.ok).toBe(false);
    expect(final).toEqual(aliceOnly(remove));
  });

  // A move just after an action that landed is not read as an action on another row.
  // Not here: row 3 deleted just after (the item for an update; for a remove, the row then in
  // its place, read as above), and the item retyped just after an update (read as just before).
  const AWAY = CASES.filter(
    (c) =>
      c.moment === 'after the write' &&
      c.editName !== "deletes the item's row" &&
      !(c.name === 'update' && c.editName === "retypes the item's action"),
  );
  it.each(AWAY)('$name, while Bob $editName ($moment): it stands', ({ action, edit, moment }) => {
    expect(interleaved(action, edit, moment).result.ok).toBe(true);
  });

  afterAll(() => {
    // Both outcomes happen: edits far from the item land, the others are refused.
    expect(outcomes.landed).toBeGreaterThan(0);
    expect(outcomes.refused).toBeGreaterThan(0);
  });
});
