// The live conversation after the dreams table: Alice and Bob each have the Plan panel open on
// one file. Each sidebar checks the view while the panel is open (checkFollowUp, with the
// fingerprint of the view it shows) and gets a few bytes when nothing changed, or the whole new
// view when the other one changed the plan, the check-ins or a why, by the add-on or by hand.
// A sidebar's own change answers with a patch; merged into what it showed, it gives the view
// the server has, fingerprint and all, so the next check says "same".
import type { Emulator } from '@career-dreams/emulator';
import type {
  FollowUpChangeResult,
  FollowUpCheckResult,
  FollowUpResult,
  FollowUpView,
} from '../../../src/contract';
import { mergeFollowUp } from '../../../src/sidebar/plan-view';
import { seenItem, session, setup, type Session } from '../../support/addon';

const FIXTURE = {
  Dreams: {
    values: [
      ['Founder', 'Author'],
      ['Hiring', 'Writing'],
      ['Fundraising', 'Hiring'],
    ],
  },
};

const ITEM = {
  skill: 'Hiring',
  action: 'Shadow two interviews',
  kind: 'Learn from someone',
  goal: '',
  owner: 'Ana',
  whoHelps: '',
  byWhen: '',
};

function two(): { emu: Emulator; alice: Session; bob: Session } {
  const { emu, alice } = setup(FIXTURE);
  return { emu, alice, bob: session(emu, 'bob@example.com') };
}

function opened(a: Session): FollowUpView {
  const result: FollowUpResult = a.call('getFollowUp');
  if (!result.ok) throw new Error(result.error);
  return result.followUp;
}

/** A sidebar's own change, merged into what it shows, as the sidebar does it. */
function change(
  a: Session,
  shown: FollowUpView,
  run: (a: Session) => FollowUpChangeResult,
): FollowUpView {
  const result = run(a);
  if (!result.ok) throw new Error(result.error);
  return mergeFollowUp(shown, result.changed);
}

/** What a check answers: "same", or the new view. */
function checked(a: Session, shown: FollowUpView): 'same' | FollowUpView {
  const result: FollowUpCheckResult = a.call('checkFollowUp', shown.fingerprint);
  if (!result.ok) throw new Error(result.error);
  return 'same' in result ? 'same' : result.followUp;
}

function view(answer: 'same' | FollowUpView): FollowUpView {
  if (answer === 'same') throw new Error('expected the new view, got "same"');
  return answer;
}

describe('two people with the Plan panel open', () => {
  it('Bob changes a status; Alice’s next check brings it, and the one after says same', () => {
    const { alice, bob } = two();
    let bobs = opened(bob);
    bobs = change(bob, bobs, (b) => b.call('addPlanItem', ITEM));
    let alices = opened(alice);
    expect(checked(alice, alices)).toBe('same');

    bobs = change(bob, bobs, (b) =>
      b.call('updatePlanItem', { skill: 'Hiring', action: ITEM.action }, { status: 'In progress' }),
    );
    alices = view(checked(alice, alices));
    expect(alices.plan.items.map((i) => [i.action, i.status])).toEqual([
      [ITEM.action, 'In progress'],
    ]);
    // Both show one view now.
    expect(alices).toEqual(bobs);
    expect(checked(alice, alices)).toBe('same');
    expect(checked(bob, bobs)).toBe('same');
  });

  it('each one’s own changes answer a patch that leaves the next check at "same"', () => {
    const { alice, bob } = two();
    let alices = opened(alice);
    let bobs = opened(bob);
    const steps: Array<[Session, (a: Session) => FollowUpChangeResult]> = [
      [alice, (a) => a.call('addPlanItem', ITEM)],
      [bob, (b) => b.call('recordCheckIn', '2020-01-15')],
      [alice, (a) => a.call('setNextCheckIn', '2030-03-01')],
      [bob, (b) => b.call('setDreamWhy', { dream: 'Author', col: 2 }, 'Mastery')],
      [
        alice,
        (a) => a.call('updatePlanItem', { skill: 'Hiring', action: ITEM.action }, { owner: 'Bo' }),
      ],
      [bob, (b) => b.call('recordCheckIn', null)],
      [
        alice,
        (a) => {
          const ref = { skill: 'Hiring', action: ITEM.action };
          return a.call('removePlanItem', ref, seenItem(a, ref));
        },
      ],
    ];
    for (const [who, run] of steps) {
      if (who === alice) {
        alices = change(alice, alices, run);
        expect(checked(alice, alices)).toBe('same');
        bobs = view(checked(bob, bobs));
      } else {
        bobs = change(bob, bobs, run);
        expect(checked(bob, bobs)).toBe('same');
        alices = view(checked(alice, alices));
      }
      expect(alices).toEqual(bobs);
    }
    // After the second check-in, both see what moved between the two.
    expect(alices.checkIns.betweenLastTwo).toEqual(
      expect.objectContaining({ to: alices.today, changes: [] }),
    );
  });

  it('a hand edit of the Plan sheet shows in the next check too', () => {
    const { alice, bob } = two();
    let alices = change(alice, opened(alice), (a) => a.call('addPlanItem', ITEM));
    bob.user.run(() => {
      const plan = bob.user.globals.SpreadsheetApp.getActive().getSheetByName('Plan')!;
      plan.getRange('J2').setValue('Done');
    });
    alices = view(checked(alice, alices));
    expect(alices.plan.items[0]!.status).toBe('Done');
  });

  it('answers "same" while the other one’s change holds the lock: the next check sees it', () => {
    const { emu, alice, bob } = two();
    const alices = change(alice, opened(alice), (a) => a.call('addPlanItem', ITEM));
    let during: 'same' | FollowUpView | null = null;
    emu.setBeforeCall((record) => {
      if (during !== null || record.user !== bob.user.email || record.method !== 'setValue') {
        return;
      }
      during = checked(alice, alices);
    });
    const result = bob.call(
      'updatePlanItem',
      { skill: 'Hiring', action: ITEM.action },
      { status: 'Done' },
    );
    emu.setBeforeCall(null);
    expect(result.ok).toBe(true);
    expect(during).toBe('same');
    expect(view(checked(alice, alices)).plan.items[0]!.status).toBe('Done');
  });
});
