// Two details of the live conversation. A state shows one moment of the sheet: it is read under
// the document lock (a short wait), never halfway through the other person's action. And
// updating the Priorities sheet leaves the person on the sheet they were on, so the next
// "Selected cells" action still finds their selection.
import { ok, session, setup } from '../../support/addon';

const FIXTURE = {
  Dreams: {
    values: [
      ['Author', 'Founder'],
      ['Writing', 'Hiring'],
      ['Editing', 'Sales'],
    ],
  },
};

describe('reading the state', () => {
  it('takes the document lock and lets it go', () => {
    const { emu, alice } = setup(FIXTURE);
    ok(alice.call('getState'));
    const locks = emu.calls.filter((c) => c.service === 'Lock').map((c) => c.method);
    expect(locks).toEqual(['tryLock', 'releaseLock']);
  });

  it('says plainly when another action holds the lock, and reads nothing meanwhile', () => {
    const { emu, alice } = setup(FIXTURE);
    const bob = session(emu, 'bob@example.com');
    let bobsAnswer: ReturnType<typeof bob.call<'getState'>> | undefined;
    emu.setBeforeCall((record) => {
      if (bobsAnswer || record.user !== alice.user.email || record.method !== 'getDisplayValues')
        return;
      const before = emu.calls.length;
      bobsAnswer = bob.call('getState');
      const bobsReads = emu.calls
        .slice(before)
        .filter(
          (c) => c.user === bob.user.email && c.method.startsWith('get') && c.service === 'Range',
        );
      expect(bobsReads).toEqual([]);
    });
    ok(alice.call('setRating', [{ dream: 'Founder', skill: 'Sales' }], 'red'));
    emu.setBeforeCall(null);
    expect(bobsAnswer).toEqual({
      ok: false,
      error:
        'Someone else is updating the sheet right now, so the list was not refreshed. ' +
        'Wait a moment, then refresh.',
      state: null,
    });
    // Once Alice's action is done, Bob's refresh shows it.
    const state = ok(bob.call('getState'));
    expect(state.dreams[1]?.skills[1]?.rating).toBe('red');
  });
});

describe('updating the Priorities sheet', () => {
  it('leaves the person on the dreams sheet, so a "Selected cells" action still works', () => {
    const { emu, alice } = setup(FIXTURE);
    alice.user.select('Dreams', ['B3']);
    ok(alice.call('rateSelection', 'red'));
    ok(alice.call('updatePrioritiesSheet', null));
    expect(emu.workbook.sheetNames()).toContain('Priorities');
    const active = alice.user.run(() =>
      alice.user.globals.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getName(),
    );
    expect(active).toBe('Dreams');
    ok(alice.call('setSelectionCritical', 'on'));
    expect(emu.workbook.cell('Dreams', 'B3').bold).toBe(true);
  });
});
