// Removing a dream moves the dreams to its right one column left as whole columns: every cell
// keeps its value, note, fill and bold together, below the table and above it too.
import { NO_FILL } from '@career-dreams/emulator';
import { ok, setup, summary } from '../../support/addon';

const RED = '#ea9999';
const GREEN = '#b6d7a8';

describe('removing a dream', () => {
  it('moves the cells to its right as whole columns, notes and fills below the table with them', () => {
    // Rows 1-2 are above the table (the header is row 3); the table ends in row 5.
    const { emu, alice } = setup({
      Dreams: {
        values: [
          [],
          [],
          ['Designer', 'Founder', 'Manager'],
          ['Figma', 'Pitching', 'Hiring'],
          ['', '', 'Budgeting'],
        ],
        backgrounds: [[], [null, null, GREEN], [], [RED, RED, GREEN], [], [], [null, null, RED]],
        bold: [[], [], [], [false, false, true]],
        notes: [
          ['', '', 'Above Manager'],
          [],
          [],
          ['', 'Founder’s bar', 'Manager’s bar'],
          [],
          [],
          ['Below Designer', '', 'Below Manager'],
        ],
      },
    });
    const state = ok(alice.call('removeDream', { dream: 'Founder' }, ['Pitching']));
    expect(summary(state)).toEqual({
      Designer: ['Figma:red'],
      Manager: ['Hiring:green!', 'Budgeting:unrated'],
    });
    const dump = emu.workbook.dump('Dreams', 'A1:C7');
    expect(dump.values.map((row) => row.slice(0, 2))).toEqual([
      ['', ''],
      ['', ''],
      ['Designer', 'Manager'],
      ['Figma', 'Hiring'],
      ['', 'Budgeting'],
      ['', ''],
      ['', ''],
    ]);
    expect(dump.notes).toEqual([
      ['', 'Above Manager', ''],
      ['', '', ''],
      ['', '', ''],
      ['', 'Manager’s bar', ''],
      ['', '', ''],
      ['', '', ''],
      ['Below Designer', 'Below Manager', ''],
    ]);
    expect(dump.backgrounds).toEqual([
      [NO_FILL, NO_FILL, NO_FILL],
      [NO_FILL, GREEN, NO_FILL],
      [NO_FILL, NO_FILL, NO_FILL],
      [RED, GREEN, NO_FILL],
      [NO_FILL, NO_FILL, NO_FILL],
      [NO_FILL, NO_FILL, NO_FILL],
      [NO_FILL, RED, NO_FILL],
    ]);
    expect(dump.bold[3]).toEqual([false, true, false]);
  });

  it('moves a note at the very bottom of the sheet with its column', () => {
    const notes: string[][] = Array.from({ length: 1000 }, () => []);
    notes[999] = ['', '', 'Last row'];
    const { emu, alice } = setup({
      Dreams: {
        values: [
          ['Designer', 'Founder', 'Manager'],
          ['Figma', 'Pitching', 'Hiring'],
        ],
        notes,
      },
    });
    ok(alice.call('removeDream', { dream: 'Founder' }, ['Pitching']));
    expect(emu.workbook.dump('Dreams', 'B1000:C1000').notes).toEqual([['Last row', '']]);
  });
});
