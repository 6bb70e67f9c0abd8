// The sidebar follows the sheet: checkState answers a few bytes when nothing changed, the new
// state when something did, at the cost of getState's reads; selectCell shows a skill's cell.
import { ok, session, setup } from '../../support/addon';

const TABLE = {
  Dreams: {
    values: [
      ['CTO', 'Author'],
      ['Hiring', 'Writing'],
      ['Budgeting', 'Hiring'],
    ],
    backgrounds: [
      ['#ffffff', '#ffffff'],
      ['#ea9999', '#ffffff'],
      ['#ffffff', '#b6d7a8'],
    ],
    rows: 20,
  },
};

describe('checkState', () => {
  it('answers "same" in under 1 KB while nothing changed, with at most 3 reads of cell data', () => {
    const { emu, alice } = setup(TABLE);
    const state = ok(alice.call('getState'));
    expect(state.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    emu.resetCalls();
    const answer = alice.call('checkState', state.fingerprint);
    expect(answer).toEqual({ ok: true, same: true });
    expect(JSON.stringify(answer).length).toBeLessThan(1024);
    const counts = emu.countCalls();
    expect(counts.byKind.read).toBeLessThanOrEqual(3);
    expect(counts.byKind.write).toBe(0);
  });

  it('answers the new state once the other person has changed the sheet', () => {
    const { emu, alice } = setup(TABLE);
    const bob = session(emu, 'bob@example.com');
    const before = ok(alice.call('getState'));
    ok(bob.call('setRating', [{ dream: 'CTO', skill: 'Budgeting' }], 'yellow'));
    const answer = alice.call('checkState', before.fingerprint);
    if (!answer.ok || !('state' in answer)) throw new Error('expected the new state');
    expect(answer.state.fingerprint).not.toBe(before.fingerprint);
    expect(answer.state.dreams[0]?.skills[1]?.rating).toBe('yellow');
    // The action's own answer carries the same fingerprint as a check would.
    expect(alice.call('checkState', answer.state.fingerprint)).toEqual({ ok: true, same: true });
  });

  it('reads under the document lock, and skips a check while another action holds it', () => {
    const { emu, alice } = setup(TABLE);
    const bob = session(emu, 'bob@example.com');
    const state = ok(alice.call('getState'));
    emu.resetCalls();
    alice.call('checkState', state.fingerprint);
    expect(emu.calls.filter((c) => c.service === 'Lock').map((c) => c.method)).toEqual([
      'tryLock',
      'releaseLock',
    ]);
    // Bob checks while Alice's rating holds the lock: no read, no error, just "same".
    let bobsAnswer: unknown;
    emu.setBeforeCall((record) => {
      if (bobsAnswer || record.user !== alice.user.email || record.method !== 'getDisplayValues')
        return;
      const before = emu.calls.length;
      bobsAnswer = bob.call('checkState', 'whatever Bob last saw');
      const bobsReads = emu.calls
        .slice(before)
        .filter((c) => c.user === bob.user.email && c.service === 'Range');
      expect(bobsReads).toEqual([]);
    });
    ok(alice.call('setRating', [{ dream: 'CTO', skill: 'Budgeting' }], 'yellow'));
    emu.setBeforeCall(null);
    expect(bobsAnswer).toEqual({ ok: true, same: true });
    // The next check shows Alice's change.
    const next = bob.call('checkState', 'whatever Bob last saw');
    if (!next.ok || !('state' in next)) throw new Error('expected the new state');
    expect(next.state.dreams[0]?.skills[1]?.rating).toBe('yellow');
  });

  it('treats anything that is not a fingerprint as a stale view', () => {
    const { alice } = setup(TABLE);
    const answer = alice.call('checkState', 42 as unknown as string);
    expect(answer.ok && 'state' in answer).toBe(true);
  });
});

describe('selectCell', () => {
  it('selects a skill by content, and a dream by its header, writing nothing', () => {
    const { emu, alice } = setup(TABLE);
    emu.resetCalls();
    expect(alice.call('selectCell', { dream: 'Author', skill: 'Hiring', row: 9 })).toEqual({
      ok: true,
      cell: 'B3',
    });
    expect(emu.countCalls().byKind.write).toBe(0);
    expect(alice.user.globals.SpreadsheetApp.getActiveRange()?.getA1Notation()).toBe('B3');
    expect(alice.call('selectCell', { dream: 'CTO' })).toEqual({ ok: true, cell: 'A1' });
  });

  it('refuses, with the fresh state, when the skill is gone', () => {
    const { alice } = setup(TABLE);
    const answer = alice.call('selectCell', { dream: 'CTO', skill: 'Gone' });
    expect(answer.ok).toBe(false);
    if (!answer.ok) {
      expect(answer.error).toMatch(/no longer under ‘CTO’/);
      expect(answer.state?.dreams).toHaveLength(2);
    }
  });
});
