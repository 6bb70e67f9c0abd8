// The Plan panel's calls at their edges, on the built add-on: a spreadsheet far from UTC (today
// and every date cell are its own zone's), arguments that are not what the contract says, and a
// Check-ins header row that already reaches the last column Sheets allows.
import type { SheetFixture } from '@career-dreams/emulator';
import type { DreamRef, FollowUpChangeResult } from '../../../src/contract';
import { RATING_FILLS } from '../../../src/core';
import { setup } from '../../support/addon';

const { red, green } = RATING_FILLS;

const DREAMS: SheetFixture = {
  values: [
    ['Founder', 'Author'],
    ['Hiring', 'Writing'],
  ],
  backgrounds: [[], [red, green]],
};

/** Today in `timeZone`, as the spreadsheet's clock reads it. */
function todayIn(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
}

function ok(result: FollowUpChangeResult): FollowUpChangeResult & { ok: true } {
  if (!result.ok) throw new Error(`expected success, got: ${result.error}`);
  return result;
}

function refusal(result: FollowUpChangeResult): string {
  if (result.ok) throw new Error(`expected a refusal, got: ${result.message ?? 'success'}`);
  return result.error;
}

describe.each(['Pacific/Kiritimati', 'America/Los_Angeles'])('a spreadsheet in %s', (zone) => {
  it('dates a check-in and Last checked by its own today, and reads date cells as their day', () => {
    const { emu, alice } = setup({ Dreams: DREAMS }, { spreadsheetTimeZone: zone });
    const before = todayIn(zone);
    ok(
      alice.call('addPlanItem', {
        skill: 'Hiring',
        action: 'Shadow',
        kind: '',
        goal: '',
        owner: '',
        whoHelps: '',
        byWhen: '2026-06-01',
      }),
    );
    ok(alice.call('recordCheckIn', ''));
    const after = todayIn(zone);
    const view = alice.call('getFollowUp');
    if (!view.ok) throw new Error(view.error);
    const [item] = view.followUp.plan.items;
    expect(item?.byWhen).toBe('2026-06-01');
    expect([before, after]).toContain(item?.lastChecked);
    expect(view.followUp.checkIns.dates).toHaveLength(1);
    expect([before, after]).toContain(view.followUp.checkIns.dates[0]);
    // The cells are real dates, shown as the day written.
    const plan = emu.workbook.dump('Plan');
    expect(plan.values[1]![8]).toBeInstanceOf(Date);
    // A day given for the check-in is that day, whatever the zone.
    ok(alice.call('recordCheckIn', '2026-01-01'));
    const again = alice.call('getFollowUp');
    if (!again.ok) throw new Error(again.error);
    expect(again.followUp.checkIns.dates[0]).toBe('2026-01-01');
  });
});

describe('arguments the contract does not allow', () => {
  it('refuses a why that is not text, writing no note', () => {
    const { emu, alice } = setup({ Dreams: DREAMS });
    const ref: DreamRef = { dream: 'Founder' };
    for (const note of [{ text: 'Money' }, ['Money', 'Meaning'], 42, true]) {
      const error = refusal(alice.call('setDreamWhy', ref, note as unknown as string));
      expect(error).toMatch(/why .*text/i);
    }
    expect(emu.workbook.dump('Dreams').notes?.[0]?.[0] ?? '').toBe('');
    // null (or nothing) is no why, which removes none here: nothing to remove.
    expect(ok(alice.call('setDreamWhy', ref, null as unknown as string)).message).toMatch(
      /no why to remove/,
    );
  });
});

describe('a Check-ins header row as wide as Sheets allows', () => {
  it('refuses to set the next check-in with a sentence when there is no room for its label', () => {
    const header = Array.from({ length: 18_278 }, (_, i) =>
      i < 4 ? ['Date', 'Dream', 'Skill', 'Rating'][i]! : `Extra ${i + 1}`,
    );
    const { alice } = setup({
      Dreams: DREAMS,
      'Check-ins': { values: [header], rows: 10, columns: 18_278 },
    });
    const error = refusal(alice.call('setNextCheckIn', '2026-09-01'));
    expect(error).not.toMatch(/Something went wrong/);
    expect(error).toMatch(/Next check-in/);
  });
});

describe('a spreadsheet Sheets will not make larger', () => {
  it('says so in a sentence that says what to do, and records nothing', () => {
    // Three rows, all used: the check-in's rows need the sheet made longer.
    const checkIns: SheetFixture = {
      values: [
        ['Date', 'Dream', 'Skill', 'Rating'],
        ['2026-01-01', 'Founder', 'Hiring', 'Red'],
        ['2026-01-01', 'Author', 'Writing', 'Green'],
      ],
      rows: 3,
      columns: 6,
    };
    const { emu, alice } = setup({ Dreams: DREAMS, 'Check-ins': checkIns });
    // As Sheets refuses once a spreadsheet would pass its 10 million cells.
    emu.setBeforeCall((call) => {
      if (call.method === 'insertRowsAfter' && call.target === 'Check-ins') {
        throw new Error(
          'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
        );
      }
    });
    const before = emu.workbook.dump('Check-ins').values;
    const error = refusal(alice.call('recordCheckIn', ''));
    expect(error).not.toMatch(/Something went wrong/);
    expect(error).toMatch(/10 million cells/);
    expect(error).toMatch(/nothing was recorded/i);
    emu.setBeforeCall(null);
    expect(emu.workbook.dump('Check-ins').values).toEqual(before);
  });
});

describe('a cell that holds a time of day and no date', () => {
  it('is not a day (Sheets’ day 0): no date, a warning, not overdue, as the .xlsx reads it', () => {
    const plan: SheetFixture = {
      values: [
        ['Skill', 'Action', 'By when', 'Status'],
        ['Hiring', 'Shadow', '9:00', ''],
      ],
    };
    const { alice } = setup({ Dreams: DREAMS, Plan: plan });
    const view = alice.call('getFollowUp');
    if (!view.ok) throw new Error(view.error);
    const [item] = view.followUp.plan.items;
    expect(item).toEqual(expect.objectContaining({ byWhen: null, overdue: false }));
    expect(view.followUp.plan.warnings).toEqual([expect.stringMatching(/^C2 .*not a date/)]);
  });
});

describe('a cell that holds a duration ([h]:mm) and no date', () => {
  it('is not a day either: it reads as its hours, with a warning', () => {
    const plan: SheetFixture = {
      values: [
        ['Skill', 'Action', 'By when', 'Status'],
        // 26 hours: a day and two hours after Sheets' day 0, as getValues gives it.
        ['Hiring', 'Shadow', new Date(Date.UTC(1899, 11, 31, 2, 0)), ''],
      ],
    };
    const { alice } = setup({ Dreams: DREAMS, Plan: plan });
    const view = alice.call('getFollowUp');
    if (!view.ok) throw new Error(view.error);
    const [item] = view.followUp.plan.items;
    expect(item).toEqual(
      expect.objectContaining({ byWhen: null, byWhenText: '26:00', overdue: false }),
    );
    expect(view.followUp.plan.warnings).toEqual([expect.stringMatching(/^C2 .*not a date/)]);
  });
});

describe('the first check-in, when Sheets will not make the new sheet long enough', () => {
  it('leaves no empty Check-ins sheet behind, and says nothing was recorded', () => {
    // 1,001 skills: more rows than a new sheet's 1,000, so the new sheet must grow.
    const tall: SheetFixture = {
      values: [['Founder'], ...Array.from({ length: 1001 }, (_, i) => [`Skill ${i + 1}`])],
    };
    const { emu, alice } = setup({ Dreams: tall });
    const sheets = emu.workbook.sheetNames();
    // As Sheets refuses once a spreadsheet would pass its 10 million cells.
    emu.setBeforeCall((call) => {
      if (call.method === 'insertRowsAfter' && call.target === 'Check-ins') {
        throw new Error(
          'This action would increase the number of cells in the workbook above the limit of 10000000 cells.',
        );
      }
    });
    const error = refusal(alice.call('recordCheckIn', ''));
    emu.setBeforeCall(null);
    expect(error).toMatch(/nothing was recorded/i);
    expect(emu.workbook.sheetNames()).toEqual(sheets);
    expect(sheets).not.toContain('Check-ins');
  });
});
