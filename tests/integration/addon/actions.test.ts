// Every sidebar action, through the built dist/Code.js on the emulator, checked on the sheet
// itself afterwards (values, fills, bold) and in the state the sidebar receives.
import { NO_FILL } from '@career-dreams/emulator';
import { ok, refused, setup, summary } from '../../support/addon';

const RED = '#ea9999';
const YELLOW = '#ffe599';
const GREEN = '#b6d7a8';

/** A fresh workbook with an empty Dreams sheet made by the add-on. */
function started() {
  const env = setup();
  ok(env.alice.call('startTable', null));
  return env;
}

describe('building the table', () => {
  it('adds dreams left to right in the header row and skills under them', () => {
    const { emu, alice } = started();
    ok(alice.call('addDream', 'Founder'));
    ok(alice.call('addDream', 'Head of engineering'));
    const state = ok(alice.call('addSkills', { dream: 'Founder' }, ['Sales', 'Fundraising']));
    expect(emu.workbook.dump('Dreams', 'A1:B3').values).toEqual([
      ['Founder', 'Head of engineering'],
      ['Sales', ''],
      ['Fundraising', ''],
    ]);
    expect(summary(state)).toEqual({
      Founder: ['Sales:unrated', 'Fundraising:unrated'],
      'Head of engineering': [],
    });
  });

  it('adds below the last skill even across blank rows, and skips names already there', () => {
    const { emu, alice } = setup({
      Dreams: { at: 'C3', values: [['Author'], ['Writing'], [''], ['Editing']] },
    });
    const result = alice.call('addSkills', { dream: 'author' }, ['• Marketing', 'writing', '  ']);
    expect(result.ok && result.message).toBe(
      'Added ‘Marketing’ to ‘Author’ (already listed: ‘writing’).',
    );
    expect(emu.workbook.dump('Dreams', 'C4:C7').values).toEqual([
      ['Writing'],
      [''],
      ['Editing'],
      ['Marketing'],
    ]);
  });

  it('renames a dream and a skill in place, keeping their formatting', () => {
    const { emu, alice } = setup({
      Dreams: { values: [['CTO'], ['Hiring']], backgrounds: [[], [RED]], bold: [[], [true]] },
    });
    ok(alice.call('renameDream', { dream: 'CTO' }, 'Chief technology officer'));
    ok(
      alice.call(
        'renameSkill',
        { dream: 'Chief technology officer', skill: 'Hiring' },
        'Hiring well',
      ),
    );
    const dump = emu.workbook.dump('Dreams', 'A1:A2');
    expect(dump.values).toEqual([['Chief technology officer'], ['Hiring well']]);
    expect(dump.backgrounds[1]).toEqual([RED]);
    expect(dump.bold[1]).toEqual([true]);
  });

  it('removes a skill and closes the gap in its column only', () => {
    const { emu, alice } = setup({
      Dreams: {
        values: [
          ['A', 'B'],
          ['a1', 'b1'],
          ['a2', 'b2'],
          ['a3', ''],
        ],
        backgrounds: [[], [], [RED], [GREEN]],
      },
    });
    ok(alice.call('removeSkill', { dream: 'A', skill: 'a1' }));
    const dump = emu.workbook.dump('Dreams', 'A1:B4');
    expect(dump.values).toEqual([
      ['A', 'B'],
      ['a2', 'b1'],
      ['a3', 'b2'],
      ['', ''],
    ]);
    expect(dump.backgrounds.map((r) => r[0])).toEqual([NO_FILL, RED, GREEN, NO_FILL]);
  });

  it('removes a dream with its skills only when they are what the person confirmed', () => {
    const { emu, alice } = setup({
      Dreams: {
        values: [
          ['A', 'B', 'C'],
          ['a1', 'b1', 'c1'],
          ['', 'b2', ''],
        ],
      },
    });
    const stale = refused(alice.call('removeDream', { dream: 'B' }, ['b1']));
    expect(stale).toContain('nothing was removed');
    expect(emu.workbook.dump('Dreams', 'A1:C1').values).toEqual([['A', 'B', 'C']]);
    const state = ok(alice.call('removeDream', { dream: 'B' }, ['b2', 'b1']));
    expect(emu.workbook.dump('Dreams', 'A1:C3').values).toEqual([
      ['A', 'C', ''],
      ['a1', 'c1', ''],
      ['', '', ''],
    ]);
    expect(state.dreams.map((d) => d.name)).toEqual(['A', 'C']);
  });

  it('refuses empty, over-long and duplicate names with a plain sentence', () => {
    const { alice } = setup({ Dreams: { values: [['Pilot'], ['Navigation']] } });
    expect(refused(alice.call('addDream', '   '))).toBe('Type a name for the dream first.');
    expect(refused(alice.call('addDream', 'x'.repeat(501)))).toMatch(
      /501 characters long; the most is 500/,
    );
    expect(refused(alice.call('addDream', 'pilot'))).toBe(
      'There is already a dream called ‘Pilot’.',
    );
    expect(refused(alice.call('addSkills', { dream: 'Pilot' }, ['NAVIGATION']))).toBe(
      '‘Pilot’ already lists ‘NAVIGATION’.',
    );
  });
});

describe('user text is text', () => {
  it.each(['=IMPORTXML("http://x", "//a")', '+1', '=-1', '@me', "'quoted", '42', 'TRUE', '=1+1'])(
    'stores %s as literal text, never a formula or a number',
    (name) => {
      const { emu, alice } = started();
      ok(alice.call('addDream', 'Dream'));
      const state = ok(alice.call('addSkills', { dream: 'Dream' }, [name]));
      const cell = emu.workbook.cell('Dreams', 'A2');
      expect(cell.formula).toBe('');
      expect(cell.value).toBe(name);
      expect(state.dreams[0]?.skills[0]?.name).toBe(name);
    },
  );
});

describe('rating and critical', () => {
  const table = {
    Dreams: {
      values: [
        ['Founder', 'Author'],
        ['Sales', 'Writing'],
        ['Writing', 'Editing'],
      ],
    },
  };

  it('fills a named skill with the rating shade and bolds it when critical', () => {
    const { emu, alice } = setup(table);
    ok(alice.call('setRating', [{ dream: 'Founder', skill: 'Sales' }], 'red'));
    ok(alice.call('setRating', [{ dream: 'Author', skill: 'Editing' }], 'yellow'));
    ok(alice.call('setRating', [{ dream: 'Author', skill: 'Writing' }], 'green'));
    const state = ok(alice.call('setCritical', [{ dream: 'Founder', skill: 'Sales' }], true));
    const dump = emu.workbook.dump('Dreams', 'A1:B3');
    expect(dump.backgrounds).toEqual([
      [NO_FILL, NO_FILL],
      [RED, GREEN],
      [NO_FILL, YELLOW],
    ]);
    expect(dump.bold).toEqual([
      [false, false],
      [true, false],
      [false, false],
    ]);
    expect(summary(state)).toEqual({
      Founder: ['Sales:red!', 'Writing:unrated'],
      Author: ['Writing:green', 'Editing:yellow'],
    });
  });

  it('"none" removes the fill and "not critical" the bold', () => {
    const { emu, alice } = setup({
      Dreams: { values: [['A'], ['x']], backgrounds: [[], ['#ff0000']], bold: [[], [true]] },
    });
    ok(alice.call('setRating', [{ dream: 'A', skill: 'x' }], 'none'));
    ok(alice.call('setCritical', [{ dream: 'A', skill: 'x' }], false));
    expect(emu.workbook.cell('Dreams', 'A2')).toMatchObject({ background: NO_FILL, bold: false });
  });

  it('leaves a hand-picked shade alone when it already means the rating', () => {
    const { emu, alice } = setup({
      Dreams: { values: [['A'], ['x']], backgrounds: [[], ['#ff9900']] },
    });
    emu.resetCalls();
    const result = alice.call('setRating', [{ dream: 'A', skill: 'x' }], 'yellow');
    expect(result.ok && result.message).toBe('‘x’ is already yellow.');
    expect(emu.writes).toEqual([]);
    expect(emu.workbook.cell('Dreams', 'A2').background).toBe('#ff9900');
  });

  it('rejects a rating that is not one of the four', () => {
    const { alice } = setup(table);
    // The sidebar is not trusted to send the right shape.
    const bad = 'purple' as unknown as 'red';
    expect(refused(alice.call('setRating', [{ dream: 'Founder', skill: 'Sales' }], bad))).toBe(
      'Choose red, yellow, green or none.',
    );
  });
});

describe('rating the cells selected in the sheet', () => {
  const fixture = {
    Dreams: {
      values: [
        ['Founder', 'Author', ''],
        ['Sales', 'Writing', 'stray'],
        ['Hiring', '', ''],
      ],
    },
  };

  it('rates the selected skills and leaves headers and other cells alone, saying so', () => {
    const { emu, alice } = setup(fixture);
    alice.user.select('Dreams', ['A1:A3', 'B2:C3']);
    const result = alice.call('rateSelection', 'red');
    expect(result.ok && result.message).toBe(
      'Marked 3 skills red. Left alone 2 selected cells that are not a skill (A1, C2).',
    );
    const dump = emu.workbook.dump('Dreams', 'A1:C3');
    expect(dump.backgrounds).toEqual([
      [NO_FILL, NO_FILL, NO_FILL],
      [RED, RED, NO_FILL],
      [RED, NO_FILL, NO_FILL],
    ]);
  });

  it('toggles critical like the Bold button: all bold becomes normal, otherwise bold', () => {
    const { emu, alice } = setup(fixture);
    alice.user.select('Dreams', ['A2:B2']);
    ok(alice.call('setSelectionCritical', 'toggle'));
    expect(emu.workbook.dump('Dreams', 'A2:B2').bold).toEqual([[true, true]]);
    alice.user.select('Dreams', ['A2:A3']);
    ok(alice.call('setSelectionCritical', 'toggle'));
    expect(emu.workbook.dump('Dreams', 'A2:B3').bold).toEqual([
      [true, true],
      [true, false],
    ]);
    ok(alice.call('setSelectionCritical', 'toggle'));
    expect(emu.workbook.dump('Dreams', 'A2:A3').bold).toEqual([[false], [false]]);
  });

  it('refuses a selection with no skill in it, or on another sheet', () => {
    const { alice } = setup({ ...fixture, Notes: { values: [['x']] } });
    alice.user.select('Dreams', ['A1:B1']);
    expect(refused(alice.call('rateSelection', 'green'))).toMatch(
      /^None of the selected cells is a skill/,
    );
    alice.user.select('Notes', ['A1']);
    expect(refused(alice.call('rateSelection', 'green'))).toBe(
      'The selection is on the sheet ‘Notes’. Select skills on ‘Dreams’, then try again.',
    );
  });
});

describe('priorities', () => {
  const fixture = {
    Dreams: {
      values: [
        ['Founder', 'Author', 'Head of engineering'],
        ['Sales', 'Writing', 'Hiring'],
        ['Hiring', 'Marketing', 'Budgeting'],
        ['Budgeting', '', 'Writing'],
      ],
      backgrounds: [
        [],
        ['#ff0000', '#00ff00', '#f4cccc'],
        ['#e06666', '#ffff00', '#b6d7a8'],
        ['#ffe599', '', '#ea9999'],
      ],
      bold: [[], [true, false, true], [false, false, false], [false, false, true]],
    },
  };

  it('ranks gaps across dreams, from a table coloured by hand in any shade', () => {
    const { alice } = setup(fixture);
    const state = ok(alice.call('getState'));
    expect(
      state.priorities.map((p) => [p.skill, p.red, p.redCritical, p.yellow, p.yellowCritical]),
    ).toEqual([
      ['Hiring', 2, 1, 0, 0],
      ['Sales', 1, 1, 0, 0],
      ['Writing', 1, 1, 0, 0],
      ['Budgeting', 0, 0, 1, 0],
      ['Marketing', 0, 0, 1, 0],
    ]);
    expect(state.priorities[0]?.dreams).toEqual([
      { dream: 'Founder', rating: 'red', critical: false },
      { dream: 'Head of engineering', rating: 'red', critical: true },
    ]);
  });

  it('sends the contract’s views only: no identity keys or columns of the core', () => {
    const { alice } = setup(fixture);
    const state = ok(alice.call('getState'));
    for (const priority of state.priorities) {
      expect(Object.keys(priority).sort()).toEqual(
        ['dreams', 'green', 'red', 'redCritical', 'skill', 'yellow', 'yellowCritical'].sort(),
      );
      for (const reason of priority.dreams) {
        expect(Object.keys(reason).sort()).toEqual(['critical', 'dream', 'rating']);
      }
    }
  });

  it('writes the Priorities sheet with words, fills, bold and a legend', () => {
    const { emu, alice } = setup(fixture);
    const result = alice.call('updatePrioritiesSheet', null);
    expect(result.ok && result.message).toBe('Updated the Priorities sheet: 5 skills to work on.');
    const dump = emu.workbook.dump('Priorities', 'A1:J12');
    expect(dump.values[0]?.[0]).toBe('Career dreams: what to learn first');
    expect(String(dump.values[1]?.[0])).toMatch(
      /^Computed from the sheet ‘Dreams’ on \d{4}-\d\d-\d\d \d\d:\d\d \(Etc\/UTC\)/,
    );
    expect(dump.values[3]).toEqual([
      'Rank',
      'Skill',
      'Red in',
      'Red & critical',
      'Yellow in',
      'Yellow & critical',
      'Green in',
      'Founder',
      'Author',
      'Head of engineering',
    ]);
    expect(dump.values[4]).toEqual([1, 'Hiring', 2, 1, 0, 0, 0, 'Red', '', 'Red, critical']);
    expect(dump.backgrounds[4]?.slice(7)).toEqual([RED, NO_FILL, RED]);
    expect(dump.bold[4]?.slice(7)).toEqual([false, false, true]);
    expect(dump.values[5]?.slice(0, 2)).toEqual([2, 'Sales']);
    expect(dump.values.flat()).toContain('How to read this sheet');
    // The dreams sheet is not touched.
    expect(emu.writes.filter((w) => w.sheet === 'Dreams')).toEqual([]);
  });

  it('rewrites its own sheet without leaving stale rows behind', () => {
    const { emu, alice } = setup(fixture);
    ok(alice.call('updatePrioritiesSheet', null));
    ok(alice.call('setRating', [{ dream: 'Founder', skill: 'Sales' }], 'green'));
    ok(alice.call('setRating', [{ dream: 'Author', skill: 'Marketing' }], 'green'));
    ok(alice.call('updatePrioritiesSheet', null));
    const skills = emu.workbook.dump('Priorities', 'B5:B9').values.flat();
    expect(skills).toEqual(['Hiring', 'Writing', 'Budgeting', '', 'How to read this sheet']);
  });

  it('leaves alone a Priorities sheet it did not write', () => {
    const { emu, alice } = setup({ ...fixture, Priorities: { values: [['My own notes']] } });
    expect(refused(alice.call('updatePrioritiesSheet', null))).toMatch(
      /holds content the add-on did not write/,
    );
    expect(emu.workbook.dump('Priorities', 'A1:B2').values).toEqual([
      ['My own notes', ''],
      ['', ''],
    ]);
  });
});

describe('reading a table typed by hand', () => {
  it('warns about odd colours, skills with no dream and duplicate dreams, never silently', () => {
    const { alice } = setup({
      Dreams: {
        at: 'B2',
        values: [
          ['Pilot', '', 'Pilot'],
          ['Navigation', 'Orphan', 'Radio'],
        ],
        backgrounds: [[], ['#4a86e8']],
      },
    });
    const { warnings } = ok(alice.call('getState'));
    expect(warnings).toHaveLength(3);
    expect(warnings[0]).toMatch(/^‘Navigation’ under ‘Pilot’ \(B3\) is filled #4a86e8/);
    expect(warnings[1]).toMatch(/^Column C has a skill \(from C3\) but no dream in C2/);
    expect(warnings[2]).toMatch(/^There are two dreams called ‘Pilot’/);
  });

  it('reads a date skill as the cell shows it, east of UTC too', () => {
    const { alice } = setup(
      { Dreams: { values: [['Dream'], [new Date('2025-03-01T00:00:00+09:00')]] } },
      { spreadsheetTimeZone: 'Asia/Tokyo' },
    );
    // The day in Tokyo, in en_US's date format (typed-values.test.ts has more).
    expect(ok(alice.call('getState')).dreams[0]?.skills[0]?.name).toBe('3/1/2025');
  });

  it('takes a leading bullet off a typed name', () => {
    const { emu, alice } = setup({ Dreams: { values: [['Dream']] } });
    ok(alice.call('addSkills', { dream: 'Dream' }, ['- Sales', '•  Public   speaking']));
    expect(emu.workbook.dump('Dreams', 'A2:A3').values).toEqual([['Sales'], ['Public speaking']]);
  });
});

describe('stale views and missing sheets', () => {
  it('acts on the skill by name after someone inserted rows and columns', () => {
    const { emu, alice } = setup({
      Dreams: {
        values: [
          ['A', 'B'],
          ['a1', 'b1'],
          ['a2', 'b2'],
        ],
      },
    });
    const bob = emu.user('bob@example.com').globals.SpreadsheetApp;
    const sheet = bob.getActiveSpreadsheet().getSheetByName('Dreams');
    sheet?.insertColumnBefore(1);
    sheet?.insertRowsBefore(2, 2);
    ok(alice.call('setRating', [{ dream: 'B', skill: 'b2', row: 3 }], 'red'));
    expect(emu.workbook.cell('Dreams', 'C5')).toMatchObject({ value: 'b2', background: RED });
  });

  it('refuses, with the fresh state, when the skill was renamed meanwhile', () => {
    const { emu, alice } = setup({ Dreams: { values: [['A'], ['a1']] } });
    emu
      .user('bob@example.com')
      .globals.SpreadsheetApp.getActiveSpreadsheet()
      .getSheetByName('Dreams')
      ?.getRange('A2')
      .setValue('renamed');
    const result = alice.call('setRating', [{ dream: 'A', skill: 'a1' }], 'red');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBe(
      '‘a1’ is no longer under ‘A’: someone may have renamed, moved or removed it. The list is refreshed; try again there.',
    );
    expect(result.state?.dreams[0]?.skills.map((s) => s.name)).toEqual(['renamed']);
    expect(emu.workbook.cell('Dreams', 'A2').background).toBe(NO_FILL);
  });

  it('says what to do when the Dreams sheet is gone', () => {
    const { emu, alice } = setup({ Dreams: { values: [['A']] } });
    const ss = emu.user('bob@example.com').globals.SpreadsheetApp.getActiveSpreadsheet();
    ss.deleteSheet(ss.getSheetByName('Dreams')!);
    expect(refused(alice.call('addDream', 'B'))).toMatch(/^There is no ‘Dreams’ sheet any more/);
    const state = ok(alice.call('getState'));
    expect(state.sheetName).toBeNull();
  });

  it('finds a sheet named dreams in any letter case', () => {
    const { alice } = setup({ DREAMS: { values: [['A'], ['a1']] } });
    expect(ok(alice.call('getState')).sheetName).toBe('DREAMS');
  });

  it('offers a hand-typed table for adoption when there is no Dreams sheet', () => {
    const { emu, alice } = setup({ Sheet1: { values: [['Pilot'], ['Navigation']] } });
    const state = ok(alice.call('getState'));
    expect(state).toMatchObject({ sheetName: null, candidateSheet: 'Sheet1' });
    const adopted = ok(alice.call('startTable', 'Sheet1'));
    expect(adopted.dreams.map((d) => d.name)).toEqual(['Pilot']);
    expect(emu.workbook.sheetNames()).toEqual(['Dreams']);
  });
});

describe('odd tables', () => {
  it('explains that conditional formatting colours are not ratings, when nothing is filled', () => {
    const { emu, alice } = setup({ Dreams: { values: [['Pilot'], ['Navigation'], ['Radio']] } });
    expect(ok(alice.call('getState')).warnings).toEqual([]);
    emu.workbook.addConditionalFormat('Dreams', ['A2:A3']);
    const [warning] = ok(alice.call('getState')).warnings;
    expect(warning).toMatch(
      /^This sheet has conditional formatting\. The colours it paints are not fills/,
    );
    // Once a skill has a real fill, the question is not asked (nor the call made).
    emu.workbook.loadSheet('Dreams', {
      values: [['Pilot'], ['Navigation']],
      backgrounds: [[], ['#ff0000']],
    });
    emu.resetCalls();
    expect(ok(alice.call('getState')).warnings).toEqual([]);
    expect(emu.countCalls().byMethod['Sheet.getConditionalFormatRules']).toBeUndefined();
  });

  it('warns about a second block below a gap of blank rows, and still reads it', () => {
    const { alice } = setup({
      Dreams: { values: [['Pilot'], ['Navigation'], [''], [''], [''], ['Legend: red = missing']] },
    });
    const state = ok(alice.call('getState'));
    expect(state.warnings).toEqual([
      'Row 6 and the rows below it come after 3 blank rows, yet they are read as more skills of the dreams above them. If they are a separate table or notes, move them to another sheet.',
    ]);
    expect(state.dreams[0]?.skills.map((s) => s.name)).toEqual([
      'Navigation',
      'Legend: red = missing',
    ]);
  });

  it('reads numbers, booleans, emoji and right-to-left text as skills, and rates them by name', () => {
    const { emu, alice } = setup({
      Dreams: { values: [['Dream'], [42], [true], ['🚀 Launching'], ['التفاوض']] },
    });
    const state = ok(alice.call('getState'));
    expect(state.dreams[0]?.skills.map((s) => s.name)).toEqual([
      '42',
      'TRUE',
      '🚀 Launching',
      'التفاوض',
    ]);
    ok(
      alice.call(
        'setRating',
        [
          { dream: 'Dream', skill: '42' },
          { dream: 'Dream', skill: 'التفاوض' },
        ],
        'red',
      ),
    );
    expect(emu.workbook.dump('Dreams', 'A2:A5').backgrounds.flat()).toEqual([
      RED,
      NO_FILL,
      NO_FILL,
      RED,
    ]);
    expect(emu.workbook.cell('Dreams', 'A2').value).toBe(42);
  });

  it('leaves out error values with a warning, and will not remove a dream over them', () => {
    const { emu, alice } = setup({ Dreams: { values: [['Dream'], ['Writing'], ['=1/0']] } });
    emu.workbook.setFormulaResult('Dreams', 'A3', '#DIV/0!');
    const state = ok(alice.call('getState'));
    expect(state.dreams[0]?.skills.map((s) => s.name)).toEqual(['Writing']);
    expect(state.warnings).toEqual([
      'A3 shows the error #DIV/0!, not a name, so it is left out. Fix or clear that cell.',
    ]);
    expect(refused(alice.call('removeDream', { dream: 'Dream' }, ['Writing']))).toMatch(
      /also holds A3, which is not a skill, so nothing was removed/,
    );
    expect(emu.workbook.cell('Dreams', 'A3').formula).toBe('=1/0');
  });

  it('reads a merged header as one dream and names the column it covers', () => {
    // A merge over A1:B1 reads as the value in A1 and blanks elsewhere (getValues).
    const { alice } = setup({
      Dreams: {
        values: [
          ['Founder', ''],
          ['Sales', 'Pitching'],
        ],
      },
    });
    const state = ok(alice.call('getState'));
    expect(state.dreams.map((d) => d.name)).toEqual(['Founder']);
    expect(state.warnings[0]).toMatch(/^Column B has a skill \(from B2\) but no dream in B1/);
  });

  it('reads a table under frozen rows like any other', () => {
    const { emu, alice } = setup({ Dreams: { values: [['Pilot'], ['Navigation']] } });
    const bob = emu.user('bob@example.com').globals.SpreadsheetApp;
    bob.getActive().getSheetByName('Dreams')?.setFrozenRows(1);
    expect(summary(ok(alice.call('getState')))).toEqual({ Pilot: ['Navigation:unrated'] });
  });

  it('keeps a 10,000-character name someone typed, and refuses to write one', () => {
    const long = 'x'.repeat(10_000);
    const { alice } = setup({ Dreams: { values: [['Dream'], [long]] } });
    expect(ok(alice.call('getState')).dreams[0]?.skills[0]?.name).toBe(long);
    expect(refused(alice.call('addSkills', { dream: 'Dream' }, [long + 'y']))).toMatch(
      /^That skill name is 10001 characters long; the most is 500\./,
    );
    ok(alice.call('setRating', [{ dream: 'Dream', skill: long }], 'green'));
  });

  it('handles 50 dreams of 500 skills each in one action', () => {
    const values = [Array.from({ length: 50 }, (_, d) => `Dream ${d + 1}`)];
    for (let s = 0; s < 500; s++) values.push(values[0]!.map((_, d) => `Skill ${s % 40}.${d % 7}`));
    const { emu, alice } = setup({ Dreams: { values, rows: 510, columns: 52 } });
    alice.user.select('Dreams', ['A2:AX501']);
    const result = alice.call('rateSelection', 'red');
    expect(result.ok && result.message).toBe('Marked 25000 skills red.');
    expect(emu.workbook.cell('Dreams', 'AX501').background).toBe(RED);
    const state = ok(alice.call('getState'));
    expect(state.priorities).toHaveLength(280);
    // "Skill 0.0" stands in dreams 1, 8, 15, ... 50: eight of them, all red now.
    expect(state.priorities[0]).toMatchObject({ skill: 'Skill 0.0', red: 8 });
  });
});
