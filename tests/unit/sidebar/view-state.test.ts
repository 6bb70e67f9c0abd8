// The view state around the conversation: drafts, panels, notes, library browsing, warnings.
import { initialModel, update } from '../../../src/sidebar/model';
import { HIRING, WRITING, loaded, run, state } from './fixtures';

describe('drafts: text typed and not sent yet', () => {
  it('is kept by focus key, and forgotten when sent or cancelled', () => {
    const m = run(
      loaded(),
      { type: 'draft', key: 'add-dream', text: 'CT' },
      { type: 'draft', key: 'add-dream', text: 'CTO' },
      { type: 'draft', key: 'd:cto:add-skill', text: 'Hiring, Bud' },
    );
    expect(m.drafts.get('add-dream')).toBe('CTO');
    expect(m.drafts.get('d:cto:add-skill')).toBe('Hiring, Bud');
    const sent = update(m, { type: 'draft', key: 'add-dream', text: null });
    expect(sent.drafts.has('add-dream')).toBe(false);
    expect(sent.drafts.size).toBe(1);
    // The model given is never changed.
    expect(m.drafts.get('add-dream')).toBe('CTO');
  });

  it('survives a state update from checkState (the other person edited the sheet)', () => {
    const m = run(
      loaded(),
      { type: 'draft', key: `${HIRING}:note-input`, text: 'Half writt' },
      { type: 'editor', editor: { kind: 'note', id: HIRING } },
    );
    const next = state({ fingerprint: 'f2' });
    next.dreams[1]!.skills[0] = { ...next.dreams[1]!.skills[0]!, rating: 'green' };
    const after = update(m, { type: 'state', state: next });
    expect(after.drafts.get(`${HIRING}:note-input`)).toBe('Half writt');
    expect(after.editor).toEqual({ kind: 'note', id: HIRING });
  });
});

describe('panels', () => {
  it('remembers each panel open or closed, across updates', () => {
    const m = run(
      loaded(),
      { type: 'panel', key: 'guide', open: true },
      { type: 'panel', key: 'export', open: false },
    );
    expect([...m.panels]).toEqual([
      ['guide', true],
      ['export', false],
    ]);
    const again = update(m, { type: 'panel', key: 'guide', open: false });
    expect(again.panels.get('guide')).toBe(false);
    expect(update(again, { type: 'state', state: state() }).panels.size).toBe(2);
  });
});

describe('notes', () => {
  it('are absent until read, then kept by skill id (duplicates and accents as the ids)', () => {
    expect(loaded().notes.has('d:cto')).toBe(false);
    const m = update(loaded(), {
      type: 'notes',
      dreamId: 'd:cto',
      notes: [
        { skill: 'Hiring', note: 'Builds a team' },
        { skill: 'Budgeting', note: '' },
      ],
    });
    expect([...(m.notes.get('d:cto') ?? [])]).toEqual([
      [HIRING, 'Builds a team'],
      ['s:d:cto/budgeting', ''],
    ]);
  });

  it('takes a saved note, and ignores one for a dream not read', () => {
    const m = update(loaded(), { type: 'notes', dreamId: 'd:cto', notes: [] });
    const saved = update(m, { type: 'note', dreamId: 'd:cto', skillId: HIRING, note: 'Hires' });
    expect(saved.notes.get('d:cto')?.get(HIRING)).toBe('Hires');
    // The note map of the model given is never changed.
    expect(m.notes.get('d:cto')?.size).toBe(0);
    const other = update(m, { type: 'note', dreamId: 'd:author', skillId: WRITING, note: 'x' });
    expect(other).toBe(m);
  });
});

describe('library browsing', () => {
  it('remembers the group browsed under each dream; none forgets it', () => {
    const m = run(
      loaded(),
      { type: 'browse', dreamId: 'd:cto', group: 'Leadership' },
      { type: 'browse', dreamId: 'd:author', group: 'Writing' },
    );
    expect(m.browsing.get('d:cto')).toBe('Leadership');
    const none = update(m, { type: 'browse', dreamId: 'd:cto', group: '' });
    expect(none.browsing.has('d:cto')).toBe(false);
    expect(none.browsing.get('d:author')).toBe('Writing');
  });
});

describe('warnings put away', () => {
  it('stay away across updates until a manual Refresh', () => {
    const warnings = ['Odd colour in C4', 'A skill with no dream in F2'];
    const m = run(
      update(initialModel(), { type: 'state', state: state({ warnings }) }),
      { type: 'dismiss', warnings: [warnings[0]!] },
      { type: 'dismiss', warnings },
    );
    expect([...m.dismissed]).toEqual(warnings);
    expect(update(m, { type: 'state', state: state({ warnings }) }).dismissed.size).toBe(2);
    expect(update(m, { type: 'undismiss' }).dismissed.size).toBe(0);
    const clean = loaded();
    expect(update(clean, { type: 'undismiss' })).toBe(clean);
  });
});
