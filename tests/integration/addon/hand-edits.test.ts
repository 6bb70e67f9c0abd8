// Right cell or nothing. Between the add-on's read and its write, Bob edits the sheet by hand:
// he inserts or deletes a row above Alice's target or a column to its left, deletes the target's
// own row or column, sorts the dream's skills, renames the target, or shifts rows or columns so that the other copy of a duplicated
// name lands where the target was. For every writing action and every such edit, at two moments
// (right after the add-on's first read, and right before its first write), the sheet must end
// either as Bob's edit followed by Alice's action on the cell she meant, or as Bob's edit alone
// with a "changed" refusal that carries the fresh state. Never another cell.
import { classify, type CallRecord, type Emulator, type SheetDump } from '@career-dreams/emulator';
import type { ActionResult } from '../../../src/contract';
import { session, setup, type Session } from '../../support/addon';

/**
 * Founder is listed twice (B and D), and Sales twice under the first Founder (B3 and B5), so
 * that hints are needed and a shift can bring the other copy to the hinted place. B3 has a fill
 * and a note, so that a write on the wrong copy, or a restore with the wrong cell's formats,
 * shows.
 */
const FIXTURE = {
  Dreams: {
    values: [
      ['Author', 'Founder', 'Coach', 'Founder'],
      ['Writing', 'Hiring', 'Listening', 'Sales'],
      ['Editing', 'Sales', 'Feedback', 'Hiring'],
      ['', 'Fundraising', '', ''],
      ['', 'Sales', '', ''],
    ],
    backgrounds: [[], [], ['', '#ffe599', '', '#b6d7a8'], [], ['', '#ea9999']],
    bold: [[], [], [false, false, false, true]],
    notes: [[], [], ['', 'Closes deals.', '', 'Sells.'], [], ['', 'Again.']],
  },
};

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
interface Cell {
  row: number;
  col: number;
}

/** Bob's edit, and where a cell of the fixture is after it (null: it is not that cell any more). */
interface HandEdit {
  change: (sheet: Sheet, app: App) => void;
  track: (cell: Cell) => Cell | null;
}

const shiftRows = (from: number, by: number) => (c: Cell) =>
  c.row >= from ? { ...c, row: c.row + by } : c;
const shiftCols = (from: number, by: number) => (c: Cell) =>
  c.col >= from ? { ...c, col: c.col + by } : c;

const EDITS: Record<string, HandEdit> = {
  'inserts a row above': { change: (s) => s.insertRowBefore(2), track: shiftRows(2, 1) },
  'deletes a row above': {
    change: (s) => s.deleteRow(2),
    track: (c) => (c.row === 2 ? null : shiftRows(3, -1)(c)),
  },
  'inserts a column to the left': {
    change: (s) => s.insertColumnBefore(1),
    track: shiftCols(1, 1),
  },
  'deletes the column to the left': {
    change: (s) => s.deleteColumn(1),
    track: (c) => (c.col === 1 ? null : shiftCols(2, -1)(c)),
  },
  // Hiring, Sales, Fundraising, Sales -> Fundraising, Hiring, Sales, Sales (a stable sort).
  "sorts the dream's skills": {
    change: (s) => s.getRange('B2:B5').sort(2),
    track: (c) =>
      c.col !== 2 || c.row < 2 ? c : { ...c, row: { 2: 3, 3: 4, 4: 2, 5: 5 }[c.row]! },
  },
  'renames the target': {
    change: (s) => {
      s.getRange('B3').setValue('Selling');
      s.getRange('B1').setValue('Startup founder');
    },
    track: (c) => (c.col === 2 && (c.row === 3 || c.row === 1) ? null : c),
  },
  // The target itself goes: Sales (B3) with its row, or Founder with its whole column.
  "deletes the target's row": {
    change: (s) => s.deleteRow(3),
    track: (c) => (c.row === 3 ? null : shiftRows(4, -1)(c)),
  },
  "deletes the target's column": {
    change: (s) => s.deleteColumn(2),
    track: (c) => (c.col === 2 ? null : shiftCols(3, -1)(c)),
  },
  'brings the other Sales to the hinted row': {
    change: (s) => s.insertRowsBefore(2, 2),
    track: shiftRows(2, 2),
  },
  'brings the other Founder to the hinted column': {
    change: (s) => s.insertColumnsBefore(1, 2),
    track: shiftCols(1, 2),
  },
};

/** Alice's actions, each on Founder (column B) or its Sales in B3, given where that is now. */
interface AliceAction {
  /** The cell the action is about; null for one that has no target (adding a dream). */
  target: Cell | null;
  /**
   * The cells whose text it overwrites or deletes: a text typed there after the last check is
   * lost, since it was never read.
   */
  overwrites?: Cell[];
  /**
   * It deletes cells. If the sheet moves after the last check and before the delete, the cell
   * deleted instead is put back with its text, fill and bold, but not its note: notes are not
   * read before a delete, to keep to two reads more (README, "What it cannot prevent").
   */
  deletes?: true;
  /** It reads the notes with the grid (it writes notes or deletes): a fourth first read. */
  notes?: true;
  run: (a: Session, at: Cell | null) => ActionResult;
}

const B3 = { row: 3, col: 2 };
const B1 = { row: 1, col: 2 };
const sales = (at: Cell | null) => ({
  dream: 'Founder',
  skill: 'Sales',
  row: at?.row ?? 3,
  col: at?.col ?? 2,
});
const founder = (at: Cell | null) => ({ dream: 'Founder', col: at?.col ?? 2 });
const select = (a: Session, at: Cell | null) => {
  const { row, col } = at ?? B3;
  a.user.select('Dreams', [a1({ row, col })]);
};

const ACTIONS: Record<string, AliceAction> = {
  setRating: { target: B3, run: (a, at) => a.call('setRating', [sales(at)], 'red') },
  setCritical: { target: B3, run: (a, at) => a.call('setCritical', [sales(at)], true) },
  setSkillNote: {
    target: B3,
    notes: true,
    run: (a, at) => a.call('setSkillNote', sales(at), 'Two deals a quarter.'),
  },
  renameSkill: {
    target: B3,
    overwrites: [B3],
    run: (a, at) => a.call('renameSkill', sales(at), 'Enterprise sales'),
  },
  removeSkill: {
    target: B3,
    overwrites: [B3],
    deletes: true,
    run: (a, at) => a.call('removeSkill', sales(at)),
  },
  renameDream: {
    target: B1,
    overwrites: [B1],
    run: (a, at) => a.call('renameDream', founder(at), 'CEO'),
  },
  removeDream: {
    target: B1,
    overwrites: [B1, B3],
    deletes: true,
    run: (a, at) => a.call('removeDream', founder(at), ['Hiring', 'Sales', 'Fundraising', 'Sales']),
  },
  addSkills: {
    target: B1,
    notes: true,
    run: (a, at) => a.call('addSkills', founder(at), ['Negotiation'], ['Agreeing terms.']),
  },
  addDream: { target: null, run: (a) => a.call('addDream', 'Mentor') },
  rateSelection: {
    target: B3,
    run: (a, at) => {
      select(a, at);
      return a.call('rateSelection', 'green');
    },
  },
  setSelectionCritical: {
    target: B3,
    run: (a, at) => {
      select(a, at);
      return a.call('setSelectionCritical', 'on');
    },
  },
};

/** When Bob's edit comes: right after the add-on's first read, or right before its first write. */
const MOMENTS = ['after the read', 'before the write'] as const;
type Moment = (typeof MOMENTS)[number];

function bobEdits(emu: Emulator, bob: Session, edit: HandEdit): void {
  const app = bob.user.globals.SpreadsheetApp;
  bob.user.run(() => edit.change(app.getActive().getSheetByName('Dreams')!, app));
}

/**
 * Bob changes the Dreams sheet once, right before Alice's first call that `when` matches; the
 * answer says whether that moment came.
 */
function bobEditsBefore(
  emu: Emulator,
  alice: Session,
  when: (record: CallRecord) => boolean,
  change: (sheet: Sheet) => void,
): () => boolean {
  const bob = session(emu, 'bob@example.com');
  let done = false;
  emu.setBeforeCall((record) => {
    if (done || record.user !== alice.user.email || !when(record)) return;
    done = true;
    bobEdits(emu, bob, { change, track: (c) => c });
  });
  return () => done;
}

const isWrite = (record: CallRecord) => classify(record.method, record.service) === 'write';

function dreams(emu: Emulator): SheetDump {
  return emu.workbook.dump('Dreams');
}

/** Alice's action with Bob's edit at `moment`; the sheet after, and the answer. */
function interleaved(action: AliceAction, edit: HandEdit, moment: Moment) {
  const { emu, alice } = setup(FIXTURE);
  const bob = session(emu, 'bob@example.com');
  if (action.target) select(alice, action.target);
  let edited = false;
  let readsDone = 0;
  emu.setBeforeCall((record) => {
    if (edited || record.user !== alice.user.email) return;
    const kind = classify(record.method, record.service);
    const firstReads = action.notes ? 4 : 3;
    const due = moment === 'after the read' ? readsDone === firstReads : kind === 'write';
    if (kind === 'read') readsDone++;
    if (!due) return;
    edited = true;
    bobEdits(emu, bob, edit);
  });
  // Alice's sidebar shows the table as it was: her hints are the fixture's coordinates.
  const result = action.run(alice, action.target);
  emu.setBeforeCall(null);
  expect(edited).toBe(true);
  const fresh = alice.call('getState');
  const alicesWrites = emu.writes.filter((w) => w.user === alice.user.email);
  return { result, final: dreams(emu), fresh, alicesWrites };
}

/**
 * Bob's edit alone. `keep`: a cell whose text Bob typed after the add-on's last check and the
 * add-on then overwrote; putting it back restores the text the add-on read, since Sheets has no
 * cell lock and Bob's text was never read (README, "What it cannot prevent").
 */
function handOnly(edit: HandEdit, keep: Cell[] = []): SheetDump {
  const { emu } = setup(FIXTURE);
  const before = keep.map((c) => emu.workbook.cell('Dreams', a1(c)).value);
  bobEdits(emu, session(emu, 'bob@example.com'), edit);
  const carol = emu.user('carol@example.com');
  carol.run(() => {
    const sheet = carol.globals.SpreadsheetApp.getActive().getSheetByName('Dreams')!;
    keep.forEach((c, i) => sheet.getRange(a1(c)).setValue(`'${String(before[i])}`));
  });
  return dreams(emu);
}

const a1 = (c: Cell) => `${String.fromCharCode(64 + c.col)}${c.row}`;

/** Bob's edit, then Alice's action on the cell she meant, where it is now; null if it is gone. */
function intended(action: AliceAction, edit: HandEdit): SheetDump | null {
  const at = action.target && edit.track(action.target);
  if (action.target && !at) return null;
  const { emu, alice } = setup(FIXTURE);
  bobEdits(emu, session(emu, 'bob@example.com'), edit);
  const result = action.run(alice, at);
  return result.ok ? dreams(emu) : null;
}

/** Alice's action on the table she saw, then Bob's edit: the order the write may really take. */
function aliceThenBob(action: AliceAction, edit: HandEdit | null): SheetDump | null {
  const { emu, alice } = setup(FIXTURE);
  if (action.target) select(alice, action.target);
  const result = action.run(alice, action.target);
  if (!result.ok) return null;
  if (edit) bobEdits(emu, session(emu, 'bob@example.com'), edit);
  return dreams(emu);
}

const CASES = Object.entries(ACTIONS).flatMap(([name, action]) =>
  Object.entries(EDITS).flatMap(([editName, edit]) =>
    MOMENTS.map((moment) => ({ name, action, editName, edit, moment })),
  ),
);

describe('a hand edit between the read and the write', () => {
  const outcomes = { landed: 0, refused: 0 };

  it.each(CASES)(
    '$name, while Bob $editName ($moment): the right cell or nothing',
    ({ action, editName, edit, moment }) => {
      const { result, final, fresh, alicesWrites } = interleaved(action, edit, moment);
      const overwritten =
        editName === 'renames the target' && moment === 'before the write'
          ? action.overwrites
          : undefined;
      if (result.ok) {
        outcomes.landed++;
        // Exactly Alice's change on the cell she meant, and Bob's edit kept: as if he edited
        // before her click, or after it. Where Bob typed into the cells her write replaces
        // after its last check, his text is lost (README, "What it cannot prevent").
        const allowed = [intended(action, edit), aliceThenBob(action, edit)];
        if (overwritten) allowed.push(aliceThenBob(action, null));
        expect(allowed).toContainEqual(final);
      } else {
        outcomes.refused++;
        expect(result.error).toMatch(
          /moved while you clicked|no longer|has moved|changed since|Nothing was changed/,
        );
        // Nothing but Bob's edit, and the answer shows the sheet as it now is.
        const expected = handOnly(edit, overwritten);
        if (action.deletes && moment === 'before the write') {
          // Only notes may be missing, and only on the cells put back.
          expect({ ...final, notes: [] }).toEqual({ ...expected, notes: [] });
          const lost = expected.notes.flat().filter((n, i) => final.notes.flat()[i] !== n);
          expect(
            final.notes.flat().every((n) => n === '' || expected.notes.flat().includes(n)),
          ).toBe(true);
          expect(lost.length).toBeLessThanOrEqual(2);
        } else {
          expect(final).toEqual(expected);
        }
        expect(fresh.ok).toBe(true);
        // Caught by the check before writing: not one write was made.
        if (moment === 'after the read' && !action.notes) expect(alicesWrites).toEqual([]);
        expect(result.state).toEqual(fresh.ok ? fresh.state : null);
      }
    },
  );

  afterAll(() => {
    // Both outcomes happen: the matrix tests the guard, not only the locate step.
    if (outcomes.landed + outcomes.refused < CASES.length) return; // a filtered run
    expect(outcomes.landed).toBeGreaterThan(0);
    expect(outcomes.refused).toBeGreaterThan(0);
  });
});

describe('the other person deletes the very dream or skill being removed, just before the delete', () => {
  const TABLE = {
    Dreams: {
      values: [
        ['Author', 'Founder', 'Coach'],
        ['Writing', 'Hiring', 'Listening'],
        ['Editing', 'Sales', 'Feedback'],
      ],
    },
  };

  it.each([
    ['removeDream', (s: Sheet) => s.deleteColumn(2)],
    ['removeSkill', (s: Sheet) => s.deleteRow(2)],
  ] as const)('%s never removes the cell that moved into its place', (action, bobsEdit) => {
    const { emu, alice } = setup(TABLE);
    const edited = bobEditsBefore(emu, alice, (r) => r.method === 'deleteCells', bobsEdit);
    const answer =
      action === 'removeDream'
        ? alice.call('removeDream', { dream: 'Founder', col: 2 }, ['Hiring', 'Sales'])
        : alice.call('removeSkill', { dream: 'Founder', skill: 'Hiring', row: 2, col: 2 });
    emu.setBeforeCall(null);
    expect(edited()).toBe(true);
    const values = emu.workbook.dump('Dreams').values;
    if (action === 'removeDream') {
      // Bob removed Founder; Coach, now in B, must still be there.
      expect(values[0]).toContain('Coach');
    } else {
      // Bob removed row 2 (Hiring); Sales, now in B2, must still be there.
      expect(values.map((r) => r[1])).toContain('Sales');
    }
    if (answer.ok) expect(answer.message).not.toMatch(/^Removed/);
  });
});

describe('putting back a whole rated selection', () => {
  const table = (skills: number) => ({
    Dreams: {
      values: [
        ['Author', 'Founder', 'Coach'],
        ...Array.from({ length: skills }, (_, i) => [`A${i}`, `B${i}`, `C${i}`]),
      ],
      rows: skills + 20,
    },
  });

  /** Writes made by Alice when a row is inserted above, right before her rating lands. */
  function writesAfterMove(skills: number): number {
    const { emu, alice } = setup(table(skills));
    alice.user.select('Dreams', [`A2:C${skills + 1}`]);
    const moved = bobEditsBefore(emu, alice, isWrite, (sheet) => sheet.insertRowBefore(2));
    const answer = alice.call('rateSelection', 'red');
    emu.setBeforeCall(null);
    expect(moved()).toBe(true);
    expect(answer.ok).toBe(false);
    // Nothing is left red: every cell the rating covered got its own fill back.
    const fills = emu.workbook.dump('Dreams').backgrounds.flat();
    expect(fills.filter((f) => f === '#ea9999')).toEqual([]);
    return emu.countCalls(alice.user).byKind.write;
  }

  it('costs the same few writes at any size, not one per cell', () => {
    const small = writesAfterMove(5);
    expect(writesAfterMove(60)).toBe(small);
    expect(small).toBeLessThanOrEqual(4);
  });
});

describe('a hand edit that moves nothing the write touched', () => {
  it('keeps a rating that landed on the right cell when a row is inserted below it', () => {
    const table = {
      Dreams: {
        values: [
          ['Author', 'Founder'],
          ['Writing', 'Hiring'],
          ['Editing', 'Sales'],
          ['', 'Pitching'],
        ],
      },
    };
    const { emu, alice } = setup(table);
    const moved = bobEditsBefore(emu, alice, isWrite, (sheet) => sheet.insertRowAfter(3));
    const answer = alice.call('setRating', [{ dream: 'Founder', skill: 'Hiring' }], 'red');
    emu.setBeforeCall(null);
    expect(moved()).toBe(true);
    expect(answer.ok).toBe(true);
    expect(emu.workbook.cell('Dreams', 'B2').background).toBe('#ea9999');
    expect(emu.workbook.cell('Dreams', 'B5').value).toBe('Pitching');
  });
});
