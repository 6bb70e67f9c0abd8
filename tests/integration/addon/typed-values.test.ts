// A skill is shown as its cell shows it. Sheets turns a typed 9:00, 1/2/2026 or $5 into a number
// or a date in the spreadsheet's locale, with a number format; the add-on reads the table as
// display values, so such a skill reads as typed, not as 1899-12-30 or 46024.
import { ok, setup } from '../../support/addon';

describe('skills typed like times, dates and amounts', () => {
  it('show as typed in en_US, and can be rated, renamed and found', () => {
    const { emu, alice } = setup(
      {
        Dreams: {
          values: [
            ['Pilot', 'Chef'],
            ['9:00', '1/2/2026'],
            ['$5', 'Knives'],
          ],
        },
      },
      { spreadsheetTimeZone: 'America/New_York' },
    );
    // Sheets would store numbers and Dates here, as the emulator does.
    expect(emu.workbook.dump('Dreams', 'A2:B2').values[0]!.map((v) => v instanceof Date)).toEqual([
      true,
      true,
    ]);
    const state = ok(alice.call('getState'));
    expect(state.dreams.map((d) => d.skills.map((s) => s.name))).toEqual([
      ['9:00', '$5.00'],
      ['1/2/2026', 'Knives'],
    ]);
    const rated = ok(alice.call('setRating', [{ dream: 'Pilot', skill: '9:00' }], 'red'));
    expect(rated.dreams[0]!.skills[0]).toMatchObject({ name: '9:00', rating: 'red' });
    expect(emu.workbook.cell('Dreams', 'A2').background).toBe('#ea9999');
    ok(alice.call('renameSkill', { dream: 'Pilot', skill: '$5.00' }, 'Budgeting'));
    expect(emu.workbook.dump('Dreams', 'A3').values).toEqual([['Budgeting']]);
  });

  it('show in the locale’s own way: day first in en_GB', () => {
    const { alice } = setup(
      { Dreams: { values: [['Pilot'], ['1/2/2026'], ['9:30']] } },
      { spreadsheetLocale: 'en_GB' },
    );
    const [pilot] = ok(alice.call('getState')).dreams;
    expect(pilot!.skills.map((s) => s.name)).toEqual(['01/02/2026', '9:30']);
  });
});
