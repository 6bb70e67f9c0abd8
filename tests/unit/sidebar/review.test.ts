// The guided review as data: where it stands, its progress and its tally, at any speed (answers
// still waiting for the server count), and where the focus goes when it closes.
import { reviewView, update, type Model, type Msg } from '../../../src/sidebar/model';
import { BUDGETING, HIRING, WRITING, loaded, run, skill, state } from './fixtures';

const CTO = 'd:cto';
const start = (m: Model = loaded(), step: 'critical' | 'rate' = 'critical', index = 0): Model =>
  update(m, { type: 'reviewStart', dreamId: CTO, step, index });
const next: Msg = { type: 'reviewMove', by: 1 };
const back: Msg = { type: 'reviewMove', by: -1 };
/** An answer as the review gives it: shown at once (pending), then one skill on. */
type Change = Extract<Msg, { type: 'pending' }>['change'];
const answer = (id: string, change: Change, seq: number): Msg[] => [
  { type: 'pending', ids: [id], change, seq },
  next,
];
const where = (m: Model) => {
  const r = m.review;
  return r && { step: r.step, index: r.index, skillId: r.skillId, done: r.done };
};

describe('the review walks a dream: step 1 critical, step 2 ratings', () => {
  it('starts on the first skill, and closes any editor', () => {
    const m = start(update(loaded(), { type: 'editor', editor: { kind: 'note', id: HIRING } }));
    expect(where(m)).toEqual({ step: 'critical', index: 0, skillId: HIRING, done: false });
    expect(m.editor).toBeNull();
    expect(reviewView(m)?.current?.[0]).toBe(HIRING);
    expect(reviewView(m)?.skills.length).toBe(2);
  });

  it('goes on, into step 2, to the Done card, and back', () => {
    let m = run(start(), next);
    expect(where(m)).toEqual({ step: 'critical', index: 1, skillId: BUDGETING, done: false });
    m = update(m, next);
    expect(where(m)).toEqual({ step: 'rate', index: 0, skillId: HIRING, done: false });
    m = run(m, next, next);
    expect(where(m)?.done).toBe(true);
    expect(reviewView(m)?.current).toBeUndefined();
    // Back from the Done card: the last skill of step 2.
    m = update(m, back);
    expect(where(m)).toEqual({ step: 'rate', index: 1, skillId: BUDGETING, done: false });
    // Back past the start of step 2: the end of step 1; back at the very start stays.
    m = run(m, back, back);
    expect(where(m)).toEqual({ step: 'critical', index: 1, skillId: BUDGETING, done: false });
    expect(where(run(m, back, back, back))?.index).toBe(0);
  });

  it('starts at a given skill, and a dream with no skills is done at once', () => {
    expect(where(start(loaded(), 'rate', 1))?.skillId).toBe(BUDGETING);
    const empty = state();
    empty.dreams[0]!.skills = [];
    const m = start(update(loaded(), { type: 'state', state: empty }));
    expect(where(m)?.done).toBe(true);
    expect(reviewView(m)?.tally.unrated).toBe(0);
  });

  it('is nothing without a review: moves and closing change nothing', () => {
    const m = loaded();
    expect(update(m, next)).toBe(m);
    expect(update(m, { type: 'reviewClose' })).toBe(m);
    expect(reviewView(m)).toBeNull();
  });
});

describe('progress and counts at any speed', () => {
  it('counts answers still waiting for the server, given as fast as keys go', () => {
    // Four answers before any comes back: critical, not critical, red, green.
    const m = run(
      start(),
      ...answer(HIRING, { critical: true }, 1),
      ...answer(BUDGETING, { critical: false }, 2),
      ...answer(HIRING, { rating: 'red' }, 3),
      ...answer(BUDGETING, { rating: 'green' }, 4),
    );
    expect(where(m)?.done).toBe(true);
    expect(m.pending.size).toBe(2);
    expect(reviewView(m)?.tally).toEqual({
      red: 1,
      yellow: 0,
      green: 1,
      unrated: 0,
      critical: 1,
    });
    // The server has not answered yet: its state is untouched.
    expect(m.state?.dreams[0]?.skills[1]?.rating).toBe('unrated');
  });

  it('shows the position in the dream as each answer moves it on', () => {
    let m = start(loaded(), 'rate');
    expect(reviewView(m)?.review.index).toBe(0);
    m = run(m, ...answer(HIRING, { rating: 'yellow' }, 1));
    expect(reviewView(m)?.review.index).toBe(1);
    expect(reviewView(m)?.current?.[0]).toBe(BUDGETING);
    expect(reviewView(m)?.tally.yellow).toBe(1);
  });

  it('rolls a refused answer back in the counts', () => {
    const m = run(start(loaded(), 'rate'), ...answer(BUDGETING, { rating: 'green' }, 7));
    expect(reviewView(m)?.tally.green).toBe(1);
    expect(reviewView(update(m, { type: 'settled', seq: 7 }))?.tally.green).toBe(0);
  });

  it('"Rate the ones left" goes to the first skill not rated yet, pending ones counting', () => {
    const done = run(start(loaded(), 'rate'), next, next);
    expect(where(update(done, { type: 'reviewRateLeft' }))).toEqual({
      step: 'rate',
      index: 1,
      skillId: BUDGETING,
      done: false,
    });
    // Hiring is red; Budgeting is rated but not answered yet: none is left.
    const rated = update(done, {
      type: 'pending',
      ids: [BUDGETING],
      change: { rating: 'red' },
      seq: 1,
    });
    expect(reviewView(rated)?.tally.unrated).toBe(0);
  });
});

describe('the review follows the sheet', () => {
  it('stays on its skill when one is added above it', () => {
    const m = run(start(), next);
    const moved = state();
    moved.dreams[0]!.skills.unshift(skill('Pitching', 2, 1));
    const after = update(m, { type: 'state', state: moved });
    expect(where(after)).toEqual({ step: 'critical', index: 2, skillId: BUDGETING, done: false });
  });

  it('keeps its place when its skill is removed, and stops when the dream is gone', () => {
    const m = run(start(), next);
    const without = state();
    without.dreams[0]!.skills.pop();
    // Budgeting was the last: past the end of step 1 is done.
    expect(where(update(m, { type: 'state', state: without }))?.done).toBe(true);
    const gone = update(m, { type: 'state', state: state({ dreams: state().dreams.slice(1) }) });
    expect(gone.review).toBeNull();
  });
});

describe('closing the review (Esc or Close)', () => {
  it('puts the focus back on the row of the skill it was on, its dream open, no filter', () => {
    const m = run(
      loaded(),
      { type: 'fold', dreamId: CTO, folded: true },
      { type: 'filter', text: 'wri' },
      { type: 'focus', id: WRITING },
    );
    const closed = run(start(m), next, { type: 'reviewClose' });
    expect(closed.review).toBeNull();
    expect(closed.focus).toBe(BUDGETING);
    expect(closed.collapsed.has(CTO)).toBe(false);
    expect(closed.filter).toBe('');
  });

  it('has no row to go back to when the dream has no skills left', () => {
    const empty = state();
    empty.dreams[0]!.skills = [];
    const m = update(start(), { type: 'state', state: empty });
    expect(update(m, { type: 'reviewClose' }).focus).toBeNull();
  });
});
