// The why of a dream: the note of its header cell, set by a dreams-sheet action found by
// content like a rename, cleaned like a skill's note; and where the server reads the whys.
import { ACTIONS, dreamWhys, headerNotesSpan } from '../../../src/core';
import { red, tableOf, userErrorOf } from '../../support/builders';
import { factsOf } from '../plans/facts';

const rows = [[], ['', 'Founder', 'Author', 'Founder'], ['', red('Hiring'), 'Writing', 'Pitching']];
const why = (
  dream: { dream: string; col?: number },
  note: string,
  notes?: string[][],
): ReturnType<typeof ACTIONS.setDreamWhy.plan> => {
  const facts = factsOf(rows);
  // The grid's notes as the server would pass them on with the dreams fact, when read.
  const dreams = notes ? Object.assign({}, facts.dreams, { notes }) : facts.dreams;
  return ACTIONS.setDreamWhy.plan({ dreams }, { dream, note });
};

describe('setting a dream’s why', () => {
  it('needs only the dreams sheet, and reads its notes with it (to put one back)', () => {
    expect(ACTIONS.setDreamWhy.needs).toEqual([]);
    expect(ACTIONS.setDreamWhy.keepsNotes({ dream: { dream: 'Author' }, note: '' })).toBe(true);
  });

  it('writes the note of the header cell, found by content, cleaned like a skill’s note', () => {
    const plan = why({ dream: 'author' }, '  Mastery\r\n- Meaning  ');
    expect(plan.edits).toEqual([
      { kind: 'writeNotes', row: 2, col: 3, notes: [['Mastery\n- Meaning']] },
    ]);
    expect(plan.message).toBe('Saved the why of ‘Author’ in the note of its header cell (C2).');
  });

  it('removes it with an empty note', () => {
    const plan = why({ dream: 'Author' }, '  ');
    expect(plan.edits).toEqual([{ kind: 'writeNotes', row: 2, col: 3, notes: [['']] }]);
    expect(plan.message).toBe('Removed the why of ‘Author’.');
  });

  it('tells same-named dreams apart by the column hint', () => {
    expect(why({ dream: 'Founder', col: 4 }, 'Money').edits[0]).toMatchObject({ col: 4 });
    const error = userErrorOf(() => why({ dream: 'Founder' }, 'Money'));
    expect(error.kind).toBe('changed');
  });

  it('refuses a dream no longer there, and a note too long', () => {
    expect(userErrorOf(() => why({ dream: 'Chef' }, 'Money')).kind).toBe('changed');
    expect(userErrorOf(() => why({ dream: 'Author' }, 'x'.repeat(5001))).message).toBe(
      'That is 5001 characters long; the most is 5000. Keep to what makes ‘Author’ worth ' +
        'having, a few words a line.',
    );
  });

  it('writes nothing when the notes were read with the grid and the why is unchanged', () => {
    const notes = [[], ['', '', 'Mastery\nMeaning', '']];
    expect(why({ dream: 'Author' }, 'Mastery\r\nMeaning ', notes)).toEqual({
      edits: [],
      message: '‘Author’ already has that why.',
    });
    expect(why({ dream: 'Author' }, 'Money', notes).edits).toHaveLength(1);
  });
});

describe('where the whys are read from', () => {
  it('is the header row, from the first dream to the last, in one read', () => {
    const table = tableOf(rows);
    expect(headerNotesSpan(table)).toEqual({ row: 2, fromCol: 2, toCol: 4 });
    expect(dreamWhys(table, 2, ['Money', '', 'Autonomy'])).toEqual([
      { dream: 'Founder', col: 2, note: 'Money' },
      { dream: 'Author', col: 3, note: '' },
      { dream: 'Founder', col: 4, note: 'Autonomy' },
    ]);
  });

  it('is nothing on an empty sheet', () => {
    expect(headerNotesSpan(tableOf([]))).toBeNull();
  });
});
