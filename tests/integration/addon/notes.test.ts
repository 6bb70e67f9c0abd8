// Definitions and bars as cell notes: adding skills from the library with their definitions,
// editing one skill's note, reading one dream's notes, and the guided review's answers, all
// through the built dist/Code.js on the emulator.
import { NO_FILL } from '@career-dreams/emulator';
import { ok, refused, session, setup, summary } from '../../support/addon';
import { LIBRARY_DATA } from '../../../src/core';

const RED = '#ea9999';
const YELLOW = '#ffe599';
const GREEN = '#b6d7a8';

const TABLE = {
  Dreams: {
    values: [
      ['Founder', 'Author'],
      ['Sales', 'Writing'],
      ['Hiring', ''],
      ['', 'Editing'],
    ],
    notes: [[], ['Can close a deal alone.', ''], [], ['', 'Cuts a draft by a third.']],
  },
};

describe('adding skills with definitions', () => {
  it('writes each definition as the note of its new cell, in one call', () => {
    const { emu, alice } = setup(TABLE);
    emu.resetCalls();
    const state = ok(
      alice.call(
        'addSkills',
        { dream: 'Founder' },
        ['Fundraising', 'Grit', 'Pitching'],
        ['Convincing investors to back the plan.', '', 'Explaining the venture in minutes.'],
      ),
    );
    expect(summary(state).Founder).toEqual([
      'Sales:unrated',
      'Hiring:unrated',
      'Fundraising:unrated',
      'Grit:unrated',
      'Pitching:unrated',
    ]);
    const dump = emu.workbook.dump('Dreams', 'A2:A6');
    expect(dump.values).toEqual([['Sales'], ['Hiring'], ['Fundraising'], ['Grit'], ['Pitching']]);
    expect(dump.notes).toEqual([
      ['Can close a deal alone.'],
      [''],
      ['Convincing investors to back the plan.'],
      [''],
      ['Explaining the venture in minutes.'],
    ]);
    expect(emu.writes.map((w) => `${w.method} ${w.cells.join(',')}`)).toEqual([
      'setValues A4,A5,A6',
      'setNotes A4,A5,A6',
    ]);
  });

  it('keeps each note with its name when a name is skipped as already listed', () => {
    const { emu, alice } = setup(TABLE);
    const result = alice.call(
      'addSkills',
      { dream: 'Author' },
      ['writing', 'Storytelling'],
      ['A note that must not land anywhere.', 'Turning facts into a story.'],
    );
    expect(result.ok && result.message).toBe(
      'Added ‘Storytelling’ to ‘Author’, with its definition as a note (already listed: ‘writing’).',
    );
    const dump = emu.workbook.dump('Dreams', 'B2:B5');
    expect(dump.values).toEqual([['Writing'], [''], ['Editing'], ['Storytelling']]);
    expect(dump.notes).toEqual([
      [''],
      [''],
      ['Cuts a draft by a third.'],
      ['Turning facts into a story.'],
    ]);
  });

  it('touches no note when no definition comes with the names', () => {
    const { emu, alice } = setup(TABLE);
    emu.resetCalls();
    ok(alice.call('addSkills', { dream: 'Founder' }, ['Fundraising']));
    expect(emu.writes.map((w) => w.method)).toEqual(['setValues']);
  });

  it('stores a note that looks like a formula as plain text', () => {
    const { emu, alice } = setup(TABLE);
    ok(alice.call('addSkills', { dream: 'Founder' }, ['Budgeting'], ['=IMPORTXML("x", "//a")']));
    expect(emu.workbook.cell('Dreams', 'A4').note).toBe('=IMPORTXML("x", "//a")');
  });
});

describe('setSkillNote', () => {
  it('writes that cell’s note and nothing else', () => {
    const { emu, alice } = setup(TABLE);
    emu.resetCalls();
    const result = alice.call(
      'setSkillNote',
      { dream: 'Founder', skill: 'Hiring', row: 3 },
      '  Hires two engineers\r\na quarter.  ',
    );
    expect(result.ok && result.message).toBe('Saved the note on ‘Hiring’ under ‘Founder’ (A3).');
    expect(emu.writes.map((w) => `${w.method} ${w.cells.join(',')}`)).toEqual(['setNotes A3']);
    expect(emu.workbook.dump('Dreams', 'A2:B4').notes).toEqual([
      ['Can close a deal alone.', ''],
      ['Hires two engineers\na quarter.', ''],
      ['', 'Cuts a draft by a third.'],
    ]);
  });

  it('removes the note when given an empty one', () => {
    const { emu, alice } = setup(TABLE);
    const result = alice.call('setSkillNote', { dream: 'Author', skill: 'Editing' }, '   ');
    expect(result.ok && result.message).toBe('Removed the note from ‘Editing’ under ‘Author’.');
    expect(emu.workbook.cell('Dreams', 'B4').note).toBe('');
  });

  it('follows the skill when rows move, and refuses when it was renamed meanwhile', () => {
    const { emu, alice } = setup(TABLE);
    const bob = session(emu, 'bob@example.com');
    const app = bob.user.globals.SpreadsheetApp;
    bob.user.run(() => app.getActive().getSheetByName('Dreams')!.insertRowsBefore(2, 2));
    ok(alice.call('setSkillNote', { dream: 'Founder', skill: 'Sales', row: 2 }, 'Sells well.'));
    expect(emu.workbook.cell('Dreams', 'A4').note).toBe('Sells well.');

    bob.user.run(() =>
      app.getActive().getSheetByName('Dreams')!.getRange('A5').setValue('Recruiting'),
    );
    emu.resetCalls();
    const error = refused(
      alice.call('setSkillNote', { dream: 'Founder', skill: 'Hiring', row: 5 }, 'Hires well.'),
    );
    expect(error).toMatch(/‘Hiring’ is no longer under ‘Founder’/);
    expect(emu.writes).toEqual([]);
    expect(emu.workbook.cell('Dreams', 'A5').note).toBe('');
  });

  it('refuses a note longer than 5,000 characters', () => {
    const { emu, alice } = setup(TABLE);
    emu.resetCalls();
    const error = refused(
      alice.call('setSkillNote', { dream: 'Founder', skill: 'Sales' }, 'x'.repeat(5001)),
    );
    expect(error).toMatch(/5001 characters long; the most is 5000/);
    expect(emu.writes).toEqual([]);
  });
});

describe('getNotes', () => {
  it('answers one dream’s notes, skill by skill, with two reads', () => {
    const { emu, alice } = setup(TABLE);
    emu.resetCalls();
    const result = alice.call('getNotes', { dream: 'author' });
    expect(result).toEqual({
      ok: true,
      dream: 'Author',
      col: 2,
      notes: [
        { skill: 'Writing', row: 2, note: '' },
        { skill: 'Editing', row: 4, note: 'Cuts a draft by a third.' },
      ],
    });
    const counts = emu.countCalls().byKind;
    expect(counts.read).toBe(2);
    expect(counts.write).toBe(0);
    expect(emu.countCalls().byMethod['Range.getNotes']).toBe(1);
  });

  it('reads nothing more for a dream with no skills', () => {
    const { emu, alice } = setup({ Dreams: { values: [['Founder', 'Author']] } });
    emu.resetCalls();
    expect(alice.call('getNotes', { dream: 'Author' })).toEqual({
      ok: true,
      dream: 'Author',
      col: 2,
      notes: [],
    });
    expect(emu.countCalls().byMethod['Range.getNotes']).toBeUndefined();
  });

  it('says so, with the fresh state, when the dream is gone', () => {
    const { alice } = setup(TABLE);
    const result = alice.call('getNotes', { dream: 'Pilot' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(/‘Pilot’ is no longer in the table/);
    expect(result.state?.dreams.map((d) => d.name)).toEqual(['Founder', 'Author']);
  });
});

describe('the guided review’s answers', () => {
  it('marks critical skills, then rates each, one targeted write per answer', () => {
    const { emu, alice } = setup({
      Dreams: {
        values: [['CTO'], ['Hiring'], ['Architecture'], ['Budgeting'], ['Public speaking']],
      },
    });
    const skill = (name: string, row: number) => ({ dream: 'CTO', skill: name, row });
    // Step 1: critical or not (Budgeting skipped).
    const step1 = [
      () => alice.call('setCritical', [skill('Hiring', 2)], true),
      () => alice.call('setCritical', [skill('Architecture', 3)], true),
      () => alice.call('setCritical', [skill('Public speaking', 5)], false),
    ];
    // Step 2: a rating for each; back to Hiring to change its answer; Budgeting skipped again.
    const step2 = [
      () => alice.call('setRating', [skill('Hiring', 2)], 'red'),
      () => alice.call('setRating', [skill('Architecture', 3)], 'green'),
      () => alice.call('setRating', [skill('Hiring', 2)], 'yellow'),
      () => alice.call('setRating', [skill('Public speaking', 5)], 'red'),
    ];
    const writes: string[][] = [];
    let state;
    for (const answer of [...step1, ...step2]) {
      emu.resetCalls();
      state = ok(answer());
      writes.push(emu.writes.flatMap((w) => w.cells));
    }
    expect(writes).toEqual([['A2'], ['A3'], [], ['A2'], ['A3'], ['A2'], ['A5']]);
    expect(summary(state!).CTO).toEqual([
      'Hiring:yellow!',
      'Architecture:green!',
      'Budgeting:unrated',
      'Public speaking:red',
    ]);
    const dump = emu.workbook.dump('Dreams', 'A2:A5');
    expect(dump.backgrounds).toEqual([[YELLOW], [GREEN], [NO_FILL], [RED]]);
    expect(dump.bold).toEqual([[true], [true], [false], [false]]);
  });
});

describe('getLibrary', () => {
  it('sends the whole library without touching the sheet', () => {
    const { emu, alice } = setup({ Dreams: { values: [['Dream']] } });
    emu.resetCalls();
    const data = alice.call('getLibrary');
    expect(emu.calls).toEqual([]);
    expect(data).toEqual(JSON.parse(JSON.stringify(LIBRARY_DATA)));
  });
});
