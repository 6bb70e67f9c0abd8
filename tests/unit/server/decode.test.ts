// What the sidebar sends is not trusted: every argument is decoded in one module, into what the
// plans take, or refused with a plain sentence. Pure, so it is tested without the emulator.
import { isUserError } from '../../../src/core';
import type { DreamRef, SkillRef } from '../../../src/contract';
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

describe('decode', () => {
  it('keeps only numeric hints of a reference', () => {
    expect(decode.dreamTarget(anything<DreamRef>({ dream: 'Founder', col: '3' }))).toEqual({
      dream: 'Founder',
      col: undefined,
    });
    expect(
      decode.skillTarget(anything<SkillRef>({ dream: 'Founder', skill: 'Hiring', row: 2, col: 1 })),
    ).toEqual({ dream: 'Founder', skill: 'Hiring', row: 2, col: 1 });
  });

  it.each([null, undefined, 42, { dream: 7 }, { name: 'Founder' }])(
    'refuses %p as a dream',
    (ref) => {
      expect(refusal(() => decode.dreamTarget(anything<DreamRef>(ref)))).toBe(
        'Choose a dream first.',
      );
    },
  );

  it.each([null, [], 'Hiring', [{ dream: 'Founder' }], [{ dream: 'Founder', skill: 3 }]])(
    'refuses %p as a list of skills',
    (refs) => {
      expect(refusal(() => decode.skillTargets(anything<SkillRef[]>(refs)))).toBe(
        'Choose a skill first.',
      );
    },
  );

  it('turns lists into strings, and anything else into an empty list', () => {
    expect(decode.stringList(anything<string[]>(['a', 2, null]))).toEqual(['a', '2', '']);
    expect(decode.stringList(anything<string[]>('a,b'))).toEqual([]);
    expect(decode.stringList(undefined)).toEqual([]);
  });

  it('takes as consent only a token of the shape the add-on hands out, or none', () => {
    expect(decode.consent(null)).toBeNull();
    expect(decode.consent(undefined)).toBeNull();
    // An older sidebar's first try ("replace nothing"): no consent, so it is asked.
    expect(decode.consent(false)).toBeNull();
    expect(decode.consent('0123456789abcdef')).toBe('0123456789abcdef');
    for (const value of [true, 'true', '0123456789ABCDEF', '0123', 1, {}, ['0123456789abcdef']]) {
      expect(refusal(() => decode.consent(anything<string>(value)))).toBe(
        'The add-on could not tell what you agreed to, so nothing was changed. Try again from the sidebar.',
      );
    }
  });

  it('counts only a real true as critical', () => {
    expect(decode.flag(true)).toBe(true);
    for (const value of ['true', 1, {}, null])
      expect(decode.flag(anything<boolean>(value))).toBe(false);
  });

  it('accepts the four rating choices and the three selection modes, nothing else', () => {
    for (const rating of ['red', 'yellow', 'green', 'none'] as const) {
      expect(decode.ratingChoice(rating)).toBe(rating);
    }
    expect(refusal(() => decode.ratingChoice(anything('blue')))).toBe(
      'Choose red, yellow, green or none.',
    );
    for (const mode of ['on', 'off', 'toggle'] as const)
      expect(decode.selectionMode(mode)).toBe(mode);
    expect(refusal(() => decode.selectionMode(anything('maybe')))).toBe(
      'Choose whether the selected skills become critical or not.',
    );
  });
});
