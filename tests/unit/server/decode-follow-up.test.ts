// What the Plan panel sends is not trusted either: plan items, their references and changes,
// and days are decoded into what the core's plans take, or refused with a plain sentence.
import { isUserError } from '../../../src/core';
import type { PlanItemChanges, PlanItemInput, PlanItemRef } from '../../../src/contract';
import * as decode from '../../../src/server/decode';

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (isUserError(error)) return error.message;
    throw error;
  }
  throw new Error('expected a refusal');
}

const anything = <T>(value: unknown) => value as T;

const INPUT: PlanItemInput = {
  skill: 'Hiring',
  action: 'Shadow two interviews',
  kind: 'course',
  goal: 'Runs a loop alone',
  owner: 'Ana',
  whoHelps: 'Lee',
  byWhen: '2026-06-01',
};

describe('decoding the Plan panel’s arguments', () => {
  it('reads days as real yyyy-MM-dd days, and an empty one as none', () => {
    expect(decode.day('2024-02-29')).toBe('2024-02-29');
    expect(decode.day(' 2026-06-01 ')).toBe('2026-06-01');
    expect(decode.day('')).toBeNull();
    expect(decode.day(null)).toBeNull();
    expect(refusal(() => decode.day('2026-02-30'))).toMatch(/‘2026-02-30’ is not a date/);
    expect(refusal(() => decode.day('1/6/2026', 'the day of the check-in'))).toMatch(
      /pick the day of the check-in from the calendar/,
    );
    expect(refusal(() => decode.day(20260601))).toMatch(/calendar/);
  });

  it('turns a plan item into the core’s, with a canonical kind', () => {
    expect(decode.planItemInput(INPUT)).toEqual({ ...INPUT, kind: 'Course or book' });
    expect(decode.planItemInput({ ...INPUT, kind: '', byWhen: '' })).toEqual({
      ...INPUT,
      kind: null,
      byWhen: null,
    });
    expect(refusal(() => decode.planItemInput({ ...INPUT, kind: 'vibes' }))).toMatch(
      /‘vibes’ is not a kind of action: pick one of Role or project/,
    );
    expect(refusal(() => decode.planItemInput(anything<PlanItemInput>(null)))).toMatch(/Fill in/);
    expect(
      refusal(() => decode.planItemInput(anything<PlanItemInput>({ ...INPUT, owner: 7 }))),
    ).toMatch(/owner must be text/);
  });

  it('keeps a row hint only when it is a row number', () => {
    expect(decode.planItemTarget({ skill: 'Hiring', action: 'Shadow', row: 4 })).toEqual({
      skill: 'Hiring',
      action: 'Shadow',
      row: 4,
    });
    expect(
      decode.planItemTarget(anything<PlanItemRef>({ skill: 'Hiring', action: 'Shadow', row: '4' })),
    ).toEqual({ skill: 'Hiring', action: 'Shadow' });
    expect(
      refusal(() => decode.planItemTarget(anything<PlanItemRef>({ skill: 'Hiring' }))),
    ).toMatch(/Choose an item/);
  });

  it('changes only the fields sent, with a canonical status', () => {
    expect(decode.planItemChanges({ status: 'in PROGRESS' })).toEqual({ status: 'In progress' });
    expect(decode.planItemChanges({ owner: 'Sam', byWhen: '' })).toEqual({
      owner: 'Sam',
      byWhen: null,
    });
    expect(decode.planItemChanges({})).toEqual({});
    expect(refusal(() => decode.planItemChanges({ status: 'Soon' }))).toMatch(
      /‘Soon’ is not a status: pick one of Not started, In progress, Done, Dropped/,
    );
    expect(refusal(() => decode.planItemChanges(anything<PlanItemChanges>('Done')))).toMatch(
      /Choose what to change/,
    );
  });
});

describe('a removal confirmed as seen', () => {
  const seen = {
    forDreams: 'Founder',
    now: 'red in Founder',
    goal: '',
    kind: 'Course or book',
    owner: 'Me',
    whoHelps: '',
    byWhenText: '2026-06-01',
    status: 'Not started',
  };

  it('takes every field as text', () => {
    expect(decode.planItemSeen(seen)).toEqual(seen);
  });

  it.each([undefined, null, 'yes', [], { ...seen, status: 3 }, { ...seen, owner: undefined }])(
    'refuses %p: without it there is no confirmation',
    (bad) => {
      expect(() => decode.planItemSeen(bad as never)).toThrow(
        'Confirm the removal in the Plan panel first: the item is removed only as you saw it.',
      );
    },
  );
});
