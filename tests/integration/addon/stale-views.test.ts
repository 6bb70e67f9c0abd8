// Two people, one sheet. Between what Alice's sidebar shows and her click, Bob may change the
// table by hand. Every action then either lands on the cell Alice meant (found by dream and
// skill name) or refuses with a plain message and the fresh state, writing nothing. Never the
// wrong cell.
import { NO_FILL, type Emulator } from '@career-dreams/emulator';
import type { ActionResult } from '../../../src/contract';
import { ok, session, setup, type Session } from '../../support/addon';

const RED = '#ea9999';

/** Alice's sidebar last saw this table: Sales is row 3 of Founder (column B). */
const FIXTURE = {
  Dreams: {
    values: [
      ['Author', 'Founder', 'Coach'],
      ['Writing', 'Hiring', 'Listening'],
      ['Editing', 'Sales', 'Feedback'],
      ['', 'Fundraising', ''],
    ],
  },
};

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type App = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

/** What Bob does by hand, and whether Alice's target (Founder / Sales) survives it. */
const CHANGES: Record<string, { survives: boolean; change: (sheet: Sheet, app: App) => void }> = {
  'inserts a column before the dream': { survives: true, change: (s) => s.insertColumnBefore(1) },
  'deletes the column of another dream': { survives: true, change: (s) => s.deleteColumn(1) },
  'inserts rows above the skill': { survives: true, change: (s) => s.insertRowsBefore(2, 3) },
  'deletes the skill above': {
    survives: true,
    change: (s, app) => s.getRange('B2').deleteCells(app.Dimension.ROWS),
  },
  'sorts the dream column': { survives: true, change: (s) => s.getRange('B2:B4').sort(2) },
  'moves the dream to the front': {
    survives: true,
    change: (s) => {
      const values = s.getRange('B1:B4').getValues();
      s.insertColumnBefore(1);
      s.getRange('A1:A4').setValues(values);
      s.deleteColumn(3);
    },
  },
  'recolours the skill by hand': {
    survives: true,
    change: (s) => s.getRange('B3').setBackground('#00ff00'),
  },
  'renames the skill': { survives: false, change: (s) => s.getRange('B3').setValue('Selling') },
  'deletes the skill': {
    survives: false,
    change: (s, app) => s.getRange('B3').deleteCells(app.Dimension.ROWS),
  },
  'renames the dream': { survives: false, change: (s) => s.getRange('B1').setValue('CEO') },
};

const TARGET = { dream: 'Founder', skill: 'Sales', row: 3, col: 2 };

/** Alice's actions on Founder / Sales, and how to see on the sheet that each landed. */
const ACTIONS: Record<
  string,
  { act: (a: Session) => ActionResult; landed: (cell: CellState) => boolean }
> = {
  setRating: {
    act: (a) => a.call('setRating', [TARGET], 'red'),
    landed: (c) => c.background === RED,
  },
  setCritical: { act: (a) => a.call('setCritical', [TARGET], true), landed: (c) => c.bold },
  renameSkill: {
    act: (a) => a.call('renameSkill', TARGET, 'Enterprise sales'),
    landed: (c) => c.value === 'Enterprise sales',
  },
  setSkillNote: {
    act: (a) => a.call('setSkillNote', TARGET, 'Closes two deals a quarter on her own.'),
    landed: (c) => c.note === 'Closes two deals a quarter on her own.',
  },
};

interface CellState {
  value: unknown;
  background: string;
  bold: boolean;
  note: string;
}

/** Every cell of the Dreams sheet's used area, by A1. */
function cells(emu: Emulator): Map<string, CellState> {
  const dump = emu.workbook.dump('Dreams');
  const [, col0, row0] = /^([A-Z]+)(\d+)/.exec(dump.range) ?? [];
  expect(col0).toBe('A');
  expect(row0).toBe('1');
  const map = new Map<string, CellState>();
  dump.values.forEach((row, r) =>
    row.forEach((value, c) =>
      map.set(`${String.fromCharCode(65 + c)}${r + 1}`, {
        value,
        background: dump.backgrounds[r]![c]!,
        bold: dump.bold[r]![c]!,
        note: dump.notes[r]![c]!,
      }),
    ),
  );
  return map;
}

describe.each(Object.entries(CHANGES))('Bob %s', (_, { survives, change }) => {
  it.each(Object.entries(ACTIONS))(
    `then Alice's %s lands on the right cell or refuses`,
    (_name, { act, landed }) => {
      const { emu, alice } = setup(FIXTURE);
      const bob = session(emu, 'bob@example.com');
      const app = bob.user.globals.SpreadsheetApp;
      bob.user.run(() => change(app.getActive().getSheetByName('Dreams')!, app));
      const before = cells(emu);
      emu.resetCalls();
      const result = act(alice);
      const after = cells(emu);
      const changed = [...after].filter(
        ([a1, c]) => JSON.stringify(c) !== JSON.stringify(before.get(a1)),
      );
      if (survives) {
        ok(result);
        // Exactly one cell changed, and it is the one holding Founder's Sales.
        expect(changed).toHaveLength(1);
        const [a1, cell] = changed[0]!;
        expect(before.get(a1)?.value).toBe('Sales');
        expect(landed(cell)).toBe(true);
        expect(emu.writes.flatMap((w) => w.cells)).toEqual([a1]);
      } else {
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.error).toMatch(/someone may have renamed|no longer/);
        expect(result.error).toMatch(/The list is refreshed/);
        expect(result.state?.dreams.map((d) => d.name)).toEqual(
          [...after.entries()]
            .filter(([a1]) => /^[A-Z]1$/.test(a1))
            .map(([, c]) => c.value)
            .filter(Boolean),
        );
        expect(changed).toEqual([]);
        expect(emu.writes).toEqual([]);
      }
    },
  );
});

describe('a skill listed twice under one dream', () => {
  const twice = { Dreams: { values: [['Founder'], ['Sales'], ['Hiring'], ['Sales']] } };

  it('acts on the one at the row the sidebar showed', () => {
    const { emu, alice } = setup(twice);
    ok(alice.call('setRating', [{ dream: 'Founder', skill: 'Sales', row: 4 }], 'red'));
    expect(emu.workbook.dump('Dreams', 'A2:A4').backgrounds).toEqual([[NO_FILL], [NO_FILL], [RED]]);
  });

  it('refuses, naming both cells, when neither is where the sidebar saw it', () => {
    const { emu, alice } = setup(twice);
    const result = alice.call('setRating', [{ dream: 'Founder', skill: 'Sales', row: 7 }], 'red');
    expect(!result.ok && result.error).toBe(
      '‘Sales’ is listed 2 times under ‘Founder’ (A2, A4) and the one you meant has moved. Remove the extra one, then try again.',
    );
    expect(emu.writes).toEqual([]);
  });
});

describe('the lock', () => {
  it('turns a lock that cannot be had into a plain "try again", writing nothing', () => {
    const { emu, alice } = setup(FIXTURE);
    const bob = session(emu, 'bob@example.com');
    // Bob's click arrives while Alice's action holds the document lock (after she took it).
    let bobsAnswer: ActionResult | undefined;
    emu.setBeforeCall((record) => {
      if (record.user !== 'alice@example.com' || record.method !== 'getActiveSpreadsheet') return;
      if (bobsAnswer) return;
      emu.setBeforeCall(null);
      bobsAnswer = bob.call('setRating', [TARGET], 'green');
    });
    ok(alice.call('setRating', [TARGET], 'red'));
    expect(bobsAnswer).toMatchObject({
      ok: false,
      error: 'Someone else is updating the sheet right now. Wait a moment, then try again.',
    });
    expect(emu.writes.map((w) => w.user)).toEqual(['alice@example.com']);
    expect(emu.workbook.cell('Dreams', 'B3').background).toBe(RED);
  });
});

describe('a hand edit made while an action runs', () => {
  it('survives, because the action writes only the cell it changes', () => {
    const { emu, alice } = setup(FIXTURE);
    const bob = session(emu, 'bob@example.com');
    // After Alice's action has read the table and before it writes, Bob types and colours
    // elsewhere in the table by hand (no lock: typing in Sheets takes none).
    let typed = false;
    emu.setBeforeCall((record) => {
      if (typed || record.user !== 'alice@example.com' || record.method !== 'getRangeList') return;
      typed = true;
      bob.user.run(() => {
        const sheet = bob.user.globals.SpreadsheetApp.getActive().getSheetByName('Dreams')!;
        sheet.getRange('A4').setValue('Proofreading');
        sheet.getRange('C2').setBackground('#00ff00');
        sheet.getRange('B2').setFontWeight('bold');
      });
    });
    ok(alice.call('setRating', [TARGET], 'red'));
    expect(typed).toBe(true);
    expect(emu.workbook.cell('Dreams', 'B3').background).toBe(RED);
    expect(emu.workbook.cell('Dreams', 'A4').value).toBe('Proofreading');
    expect(emu.workbook.cell('Dreams', 'C2').background).toBe('#00ff00');
    expect(emu.workbook.cell('Dreams', 'B2').bold).toBe(true);
    // Alice's answer was computed before Bob's edit; her next refresh shows it.
    expect(ok(alice.call('getState')).dreams[0]?.skills.map((s) => s.name)).toContain(
      'Proofreading',
    );
  });
});
