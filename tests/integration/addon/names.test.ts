// Names are names: the built add-on on the emulator refuses a name that Sheets would read back
// as an error value, reads a cell showing an error as no name at all, and does not let an
// invisible character make two skills of one.
import { ok, refused, setup, summary } from '../../support/addon';

const TABLE = {
  Dreams: {
    values: [
      ['Founder', 'Author'],
      ['Sales', 'Writing'],
    ],
  },
};

describe('a name that reads back as an error value', () => {
  it.each(['#REF!', '#N/A', '#DIV/0!', '#NAME?'])(
    '%s is refused as a dream and a skill',
    (name) => {
      const { emu, alice } = setup(TABLE);
      const before = emu.workbook.dump('Dreams', 'A1:C3').values;
      for (const result of [
        alice.call('addDream', name),
        alice.call('renameDream', { dream: 'Author' }, name),
        alice.call('addSkills', { dream: 'Founder' }, [name]),
        alice.call('renameSkill', { dream: 'Founder', skill: 'Sales' }, name),
      ]) {
        expect(refused(result)).toMatch(
          /is how Sheets shows an error, so it cannot be a (dream|skill) name/,
        );
        expect(refused(result)).toContain(`‘${name}’`);
      }
      expect(emu.workbook.dump('Dreams', 'A1:C3').values).toEqual(before);
    },
  );

  it('a cell showing an error is left out with a warning, not read as a skill or a dream', () => {
    const { emu, alice } = setup({
      Dreams: {
        values: [
          ['Founder', '=1/0'],
          ['Sales', 'Writing'],
          ['=A1+', ''],
        ],
      },
    });
    emu.workbook.setFormulaResult('Dreams', 'B1', '#DIV/0!');
    emu.workbook.setFormulaResult('Dreams', 'A3', '#ERROR!');
    const state = ok(alice.call('getState'));
    expect(summary(state)).toEqual({ Founder: ['Sales:unrated'] });
    expect(state.warnings.filter((w) => /shows the error/.test(w))).toEqual([
      'A3 shows the error #ERROR!, not a name, so it is left out. Fix or clear that cell.',
      'B1 shows the error #DIV/0!, not a name, so it is left out. Fix or clear that cell.',
    ]);
  });
});

describe('invisible characters in a name', () => {
  it('a skill typed with a zero-width space is the skill already listed', () => {
    const { alice } = setup(TABLE);
    expect(refused(alice.call('addSkills', { dream: 'Founder' }, ['Sa\u200Bles']))).toBe(
      '‘Founder’ already lists ‘Sales’.',
    );
  });

  it('is not written into the sheet', () => {
    const { emu, alice } = setup(TABLE);
    ok(alice.call('addSkills', { dream: 'Author' }, ['Edit\u00ADing\u2060']));
    expect(emu.workbook.dump('Dreams', 'B3').values).toEqual([['Editing']]);
  });

  it('two spellings typed by hand, one with a zero-width space, rank as one skill', () => {
    const { alice } = setup({
      Dreams: {
        values: [
          ['Founder', 'Author'],
          ['Sales', 'Sa\u200Bles'],
        ],
        backgrounds: [[], ['#ea9999', '#ea9999']],
      },
    });
    const state = ok(alice.call('getState'));
    expect(state.priorities.map((p) => p.skill)).toEqual(['Sales']);
  });
});
