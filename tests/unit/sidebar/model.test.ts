// The sidebar's view state as pure functions: update(model, msg) -> model, with no browser.
import {
  checkDelay,
  editorOn,
  matchesFilter,
  shownState,
  tabStop,
  update,
  visibleSkillIds,
} from '../../../src/sidebar/model';

import { BUDGETING, ELOQUENCE, HIRING, WRITING, loaded, run, skill, state } from './fixtures';

describe('moving between skills (roving tab stop)', () => {
  it('starts on the first skill, moves down across dreams, up, home and end', () => {
    let m = loaded();
    expect(tabStop(m)).toBe(HIRING);
    m = run(m, { type: 'move', to: 'next' }, { type: 'move', to: 'next' });
    expect(m.focus).toBe(BUDGETING);
    m = update(m, { type: 'move', to: 'next' });
    expect(m.focus).toBe(WRITING);
    m = update(m, { type: 'move', to: 'prev' });
    expect(m.focus).toBe(BUDGETING);
    expect(update(m, { type: 'move', to: 'last' }).focus).toBe(ELOQUENCE);
    expect(update(m, { type: 'move', to: 'first' }).focus).toBe(HIRING);
    // The ends stop, they do not wrap.
    expect(run(m, { type: 'move', to: 'last' }, { type: 'move', to: 'next' }).focus).toBe(
      ELOQUENCE,
    );
  });

  it('skips folded dreams and filtered-out skills', () => {
    const m = run(loaded(), { type: 'fold', dreamId: 'd:cto', folded: true });
    expect(visibleSkillIds(m)).toEqual([WRITING, ELOQUENCE]);
    expect(tabStop(m)).toBe(WRITING);
    const filtered = update(loaded(), { type: 'filter', text: 'ELOQ' });
    expect(visibleSkillIds(filtered)).toEqual([ELOQUENCE]);
    expect(matchesFilter('Éloquence', 'eloq')).toBe(true);
    expect(matchesFilter('Hiring', '')).toBe(true);
  });

  it('folds and opens all dreams at once', () => {
    const folded = update(loaded(), { type: 'foldAll', folded: true });
    expect([...folded.collapsed]).toEqual(['d:cto', 'd:author']);
    expect(visibleSkillIds(folded)).toEqual([]);
    expect(tabStop(folded)).toBeNull();
    expect(update(folded, { type: 'foldAll', folded: false }).collapsed.size).toBe(0);
  });
});

describe('details', () => {
  it('opens on a skill (which takes the focus) and closes', () => {
    const m = update(loaded(), { type: 'open', id: WRITING });
    expect(m.open).toBe(WRITING);
    expect(m.focus).toBe(WRITING);
    const closed = update(m, { type: 'open', id: null });
    expect(closed.open).toBeNull();
    expect(closed.focus).toBe(WRITING);
  });

  it('survives an update from the server, and is let go when its skill is gone', () => {
    const m = run(loaded(), { type: 'open', id: WRITING }, { type: 'filter', text: 'wr' });
    const same = update(m, { type: 'state', state: state({ fingerprint: 'f2' }) });
    expect(same.open).toBe(WRITING);
    expect(same.filter).toBe('wr');
    const without = state();
    without.dreams[1]!.skills.splice(0, 1);
    const gone = update(m, { type: 'state', state: without });
    expect(gone.open).toBeNull();
    expect(gone.focus).toBeNull();
  });
});

describe('pending changes (optimistic, never blind)', () => {
  it('shows a rating at once, and the answer settles it', () => {
    const m = update(loaded(), {
      type: 'pending',
      ids: [BUDGETING],
      change: { rating: 'green' },
      seq: 1,
    });
    expect(m.pending.has(BUDGETING)).toBe(true);
    expect(shownState(m)?.dreams[0]?.skills[1]?.rating).toBe('green');
    // The server's state is untouched until it answers.
    expect(m.state?.dreams[0]?.skills[1]?.rating).toBe('unrated');
    const settled = update(m, { type: 'settled', seq: 1 });
    expect(settled.pending.size).toBe(0);
    // Refused: the server's state shows again (rolled back).
    expect(shownState(settled)?.dreams[0]?.skills[1]?.rating).toBe('unrated');
  });

  it('keeps a later change pending while an earlier one is answered', () => {
    const m = run(
      loaded(),
      { type: 'pending', ids: [HIRING], change: { critical: true }, seq: 1 },
      { type: 'pending', ids: [WRITING], change: { rating: 'red' }, seq: 2 },
      { type: 'settled', seq: 1 },
    );
    expect([...m.pending.keys()]).toEqual([WRITING]);
    const shown = shownState(m);
    expect(shown?.dreams[1]?.skills[0]?.rating).toBe('red');
    expect(shown?.dreams[0]?.skills[0]?.critical).toBe(false);
  });

  it('merges two changes to one skill, each answer taking off only its own mark', () => {
    const m = run(
      loaded(),
      { type: 'pending', ids: [HIRING], change: { rating: 'green' }, seq: 1 },
      { type: 'pending', ids: [HIRING], change: { critical: true }, seq: 2 },
    );
    expect(m.pending.get(HIRING)).toMatchObject({ rating: 'green', critical: true, seq: 2 });
    // The first change is answered (refused, say): its rating goes, the critical mark stays.
    const first = update(m, { type: 'settled', seq: 1 });
    expect(first.pending.get(HIRING)).toMatchObject({ critical: true, criticalSeq: 2 });
    expect(first.pending.get(HIRING)?.rating).toBeUndefined();
    expect(shownState(first)?.dreams[0]?.skills[0]?.rating).toBe(
      loaded().state?.dreams[0]?.skills[0]?.rating,
    );
    expect(update(first, { type: 'settled', seq: 2 }).pending.size).toBe(0);
  });

  it('keeps the later of two changes to the same mark until its own answer', () => {
    const m = run(
      loaded(),
      { type: 'pending', ids: [HIRING], change: { critical: true }, seq: 1 },
      { type: 'pending', ids: [HIRING], change: { critical: false }, seq: 2 },
      { type: 'settled', seq: 1 },
    );
    expect(m.pending.get(HIRING)).toMatchObject({ critical: false, criticalSeq: 2 });
  });
});

describe('what changed since the last view', () => {
  it('highlights the skills and dreams that changed, and nothing on the first view', () => {
    expect(loaded().highlight.size).toBe(0);
    const next = state();
    next.dreams[0]!.skills[1] = { ...next.dreams[0]!.skills[1]!, rating: 'yellow' };
    next.dreams.push({ name: 'Founder', col: 3, skills: [skill('Fundraising', 2, 3)] });
    const m = update(loaded(), { type: 'state', state: next });
    expect([...m.highlight].sort()).toEqual(
      [BUDGETING, 'd:founder', 's:d:founder/fundraising'].sort(),
    );
    expect(update(m, { type: 'unhighlight' }).highlight.size).toBe(0);
  });

  it('changes nothing else: an unchanged state highlights nothing', () => {
    const m = update(loaded(), { type: 'state', state: state({ fingerprint: 'f1' }) });
    expect(m.highlight.size).toBe(0);
  });
});

describe('the pace of checkState', () => {
  it('checks every 5 s while active, then backs off to 10, 20, 40 and at most 60 s', () => {
    expect(checkDelay(0, 0)).toBe(5000);
    expect(checkDelay(29_999, 3)).toBe(5000);
    // `n`: the checks made while idle, counted as the session counts them (before each check),
    // so the waits after going idle are 10, 20, 40, then 60 s.
    expect([0, 1, 2, 3, 4, 9].map((n) => checkDelay(30_000, n))).toEqual([
      5_000, 10_000, 20_000, 40_000, 60_000, 60_000,
    ]);
  });
});

describe('editors (rename, remove, note): one open at a time', () => {
  it('opens one, replacing another, and closes', () => {
    const m = run(
      loaded(),
      { type: 'editor', editor: { kind: 'rename', id: HIRING } },
      { type: 'editor', editor: { kind: 'note', id: WRITING } },
    );
    expect(m.editor).toEqual({ kind: 'note', id: WRITING });
    expect(editorOn(m, 'note', WRITING)).toEqual({ kind: 'note', id: WRITING });
    expect(editorOn(m, 'rename', HIRING)).toBeNull();
    expect(update(m, { type: 'editor', editor: null }).editor).toBeNull();
  });

  it('survives an update, and closes when its dream or skill is gone', () => {
    const editor = { kind: 'remove' as const, id: 'd:author', skills: ['Writing', 'Éloquence'] };
    const m = update(loaded(), { type: 'editor', editor });
    expect(update(m, { type: 'state', state: state() }).editor).toEqual(editor);
    const gone = update(m, { type: 'state', state: state({ dreams: state().dreams.slice(0, 1) }) });
    expect(gone.editor).toBeNull();
  });
});
