// The Plan panel's view state and what it derives from the state and the follow-up view, as
// pure functions: update(model, msg) for the follow-up messages, and the panel's selectors.
import type { FollowUpView, PlanItemView, PriorityView } from '../../../src/contract';
import { fingerprintOf } from '../../../src/core';
import { planItemIds } from '../../../src/sidebar/ids';
import { update } from '../../../src/sidebar/model';
import {
  betweenLines,
  datesText,
  mergeFollowUp,
  motivationChoices,
  nextText,
  planGroups,
  progressLines,
  skillChoices,
  skillCountNote,
  suggestions,
} from '../../../src/sidebar/plan-view';
import { loaded, run, state } from './fixtures';

function item(skill: string, action: string, more: Partial<PlanItemView> = {}): PlanItemView {
  return {
    row: 2,
    skill,
    action,
    forDreams: '',
    now: '',
    goal: '',
    kind: 'Role or project',
    owner: '',
    whoHelps: '',
    byWhen: null,
    byWhenText: '',
    status: 'Not started',
    lastChecked: null,
    overdue: false,
    ...more,
  };
}

function view(items: PlanItemView[] = [], more: Partial<FollowUpView> = {}): FollowUpView {
  return {
    today: '2026-12-02',
    plan: { sheetName: items.length ? 'Plan' : null, items, warnings: [] },
    checkIns: {
      sheetName: null,
      dates: [],
      next: null,
      sinceLast: null,
      betweenLastTwo: null,
      warnings: [],
    },
    why: [
      { dream: 'CTO', col: 1, note: '', motivations: [] },
      { dream: 'Author', col: 2, note: '', motivations: [] },
    ],
    sharedMotivations: [],
    fingerprint: 'u1',
    ...more,
  };
}

function progress(from: string, to: string | null, sentences: string[]) {
  return {
    from,
    to,
    changes: [],
    dreamsAdded: [],
    dreamsDropped: [],
    dreamsRenamed: [],
    sentences,
  };
}

function priority(skill: string, red: number, yellow = 0): PriorityView {
  const dreams = [
    ...Array.from({ length: red }, (_, i) => ({
      dream: `R${i}`,
      rating: 'red' as const,
      critical: i === 0,
    })),
    ...Array.from({ length: yellow }, (_, i) => ({
      dream: `Y${i}`,
      rating: 'yellow' as const,
      critical: false,
    })),
  ];
  return { skill, red, redCritical: red ? 1 : 0, yellow, yellowCritical: 0, green: 0, dreams };
}

describe('the follow-up view in the store', () => {
  it('is absent until read; a failed first read keeps its sentence until a view comes', () => {
    const m = loaded();
    expect(m.followUp).toBeNull();
    const failed = update(m, { type: 'followUpFailed', error: 'Not built yet.' });
    expect(failed.followUpError).toBe('Not built yet.');
    const read = update(failed, { type: 'followUp', followUp: view() });
    expect(read.followUp?.fingerprint).toBe('u1');
    expect(read.followUpError).toBeNull();
    // A state from the server leaves it as it is (the panel reads it again itself).
    expect(update(read, { type: 'state', state: state({ fingerprint: 'f2' }) }).followUp).toBe(
      read.followUp,
    );
  });

  it('merges a change’s patch into the view shown: its parts replace those, the rest stays', () => {
    const items = [item('Hiring', 'Run a loop'), item('Budgeting', 'Own a budget')];
    const since = progress('2026-06-01', null, ['Hiring: red → yellow in CTO']);
    const shown = view(items, {
      checkIns: {
        ...view().checkIns,
        sheetName: 'Check-ins',
        dates: ['2026-06-01'],
        sinceLast: since,
      },
    });
    const m = update(loaded(), { type: 'followUp', followUp: shown });
    const plan = { sheetName: 'Plan', items: items.slice(1), warnings: [] };
    const merged = update(m, {
      type: 'followUpChanged',
      changed: { today: '2026-12-03', plan },
    }).followUp!;
    expect(merged.plan).toEqual(plan);
    expect(merged.today).toBe('2026-12-03');
    expect(merged.checkIns).toBe(shown.checkIns);
    expect(merged.why).toBe(shown.why);
    // The fingerprint the server gives the same view: the next check answers "same".
    const { fingerprint, ...rest } = merged;
    expect(fingerprint).toBe(fingerprintOf(rest));
    expect(fingerprint).not.toBe(shown.fingerprint);
  });

  it('keeps what moved since the last check-in when a patch could not tell (no table read)', () => {
    const since = progress('2026-06-01', null, ['Hiring: red → yellow in CTO']);
    const shown = view([], {
      checkIns: { ...view().checkIns, dates: ['2026-06-01'], sinceLast: since },
    });
    const { sinceLast: _, ...withoutSince } = { ...shown.checkIns, next: '2027-01-01' };
    void _;
    const next = mergeFollowUp(shown, { today: shown.today, checkIns: withoutSince });
    expect(next.checkIns).toEqual({ ...shown.checkIns, next: '2027-01-01' });
    // A patch that says there is none is believed.
    const none = mergeFollowUp(shown, {
      today: shown.today,
      checkIns: { ...withoutSince, sinceLast: null },
    });
    expect(none.checkIns.sinceLast).toBeNull();
  });

  it('reads the whole view when a patch comes with none shown yet (the store leaves it)', () => {
    const m = loaded();
    const changed = { today: '2026-12-02', plan: view().plan };
    expect(update(m, { type: 'followUpChanged', changed })).toBe(m);
  });

  it('asks before removing an item, and forgets the question when the item is gone', () => {
    const items = [item('Hiring', 'Run a loop'), item('Budgeting', 'Own a budget')];
    const [first] = planItemIds(items);
    const m = run(
      loaded(),
      { type: 'followUp', followUp: view(items) },
      { type: 'removing', id: first! },
    );
    expect(m.removing).toBe(first);
    // Another fresh view with the item still there: the question stays open.
    const same = update(m, { type: 'followUp', followUp: view([...items]) });
    expect(same.removing).toBe(first);
    const gone = update(m, { type: 'followUp', followUp: view(items.slice(1)) });
    expect(gone.removing).toBeNull();
    expect(update(m, { type: 'removing', id: null }).removing).toBeNull();
  });

  it('keeps the why editor open on its dream across states, and closes it with its dream', () => {
    const m = update(loaded(), { type: 'editor', editor: { kind: 'why', id: 'd:author' } });
    const next = update(m, { type: 'state', state: state({ fingerprint: 'f2' }) });
    expect(next.editor).toEqual({ kind: 'why', id: 'd:author' });
    const without = state();
    without.dreams.splice(1, 1);
    expect(update(m, { type: 'state', state: without }).editor).toBeNull();
  });

  it('holds the exports’ extras: reading, read, or failed with the sentence', () => {
    const extras = { notes: [], why: [], plan: view().plan, checkIns: [], nextCheckIn: null };
    const m = run(loaded(), { type: 'extras', extras: { status: 'reading' } });
    expect(m.extras).toEqual({ status: 'reading' });
    expect(update(m, { type: 'extras', extras: { status: 'read', extras } }).extras).toEqual({
      status: 'read',
      extras,
    });
    expect(
      update(m, { type: 'extras', extras: { status: 'failed', error: 'No.' } }).extras,
    ).toEqual({ status: 'failed', error: 'No.' });
  });
});

describe('plan item ids', () => {
  it('follow the skill’s and the action’s identity, with a counter for the same action twice', () => {
    const ids = planItemIds([
      item('Hiring', 'Run a loop'),
      item('• hiring', 'run  a LOOP'),
      item('Hiring', 'Shadow Sam'),
    ]);
    expect(ids[0]).toMatch(/^p:/);
    expect(ids[1]).toBe(`${ids[0]}~1`);
    expect(new Set(ids).size).toBe(3);
  });
});

describe('what the Plan panel shows', () => {
  it('suggests the top two priorities, and the third and fourth while they are red', () => {
    const all = state({
      priorities: [
        priority('Hiring', 2),
        priority('Sales', 1, 1),
        priority('Writing', 1),
        priority('Budgeting', 0, 2),
        priority('Taxes', 0, 1),
      ],
    });
    expect(suggestions(all, []).map((s) => s.skill)).toEqual(['Hiring', 'Sales', 'Writing']);
    const yellowOnly = state({ priorities: [priority('A', 0, 2), priority('B', 0, 1)] });
    expect(suggestions(yellowOnly, undefined).map((s) => s.skill)).toEqual(['A', 'B']);
    const reds = state({ priorities: ['A', 'B', 'C', 'D', 'E'].map((s) => priority(s, 1)) });
    expect(suggestions(reds, [])).toHaveLength(4);
    expect(suggestions(state(), [])).toEqual([]);
  });

  it('says why each ranks there, and how many actions the plan holds for it already', () => {
    const s = state({ priorities: [priority('Hiring', 2, 1), priority('Sales', 1)] });
    const [hiring, sales] = suggestions(s, [
      item('hiring', 'Run a loop'),
      item('Hiring', 'Shadow Sam'),
    ]);
    expect(hiring).toEqual({
      skill: 'Hiring',
      why: 'red in R0 (critical), R1; yellow in Y0',
      planned: 2,
    });
    expect(sales?.planned).toBe(0);
  });

  it('groups the items by skill, in the order the skills first appear', () => {
    const items = [
      item('Hiring', 'Run a loop'),
      item('Sales', 'Join two calls'),
      item('• hiring', 'Shadow Sam'),
    ];
    const groups = planGroups(items);
    expect(groups.map((g) => g.skill)).toEqual(['Hiring', 'Sales']);
    expect(groups[0]!.items.map(([, i]) => i.action)).toEqual(['Run a loop', 'Shadow Sam']);
    expect(groups[0]!.items[0]![0]).toBe(planItemIds(items)[0]);
  });

  it('notes a plan of fewer than two or more than four skills, and nothing for two to four', () => {
    const of = (...skills: string[]) => skillCountNote(planGroups(skills.map((s) => item(s, 'x'))));
    expect(of()).toBeNull();
    expect(of('A')).toMatch(/^The plan has 1 skill\. Two to four is usual/);
    expect(of('A', 'B')).toBeNull();
    expect(of('A', 'B', 'C', 'D')).toBeNull();
    expect(of('A', 'B', 'C', 'D', 'E')).toMatch(/^The plan has 5 skills\./);
    // Items with no skill written are not a skill.
    expect(of('A', 'B', '')).toBeNull();
  });

  it('offers the priorities first, then the table’s other skills, each once', () => {
    const s = state({
      priorities: [priority('Hiring', 1)],
      skillNames: ['Budgeting', 'hiring', 'Writing'],
    });
    expect(skillChoices(s)).toEqual(['Hiring', 'Budgeting', 'Writing']);
  });

  it('marks the motivations the note names already, by identity', () => {
    const choices = motivationChoices('- autonomy\nA house by the sea');
    expect(choices.length).toBeGreaterThanOrEqual(8);
    expect(choices.find((c) => c.name === 'Autonomy')?.on).toBe(true);
    expect(choices.filter((c) => c.on)).toHaveLength(1);
    expect(choices.every((c) => c.hint.length > 0)).toBe(true);
  });
});

describe('check-ins in words', () => {
  const checkIns = (more: Partial<FollowUpView['checkIns']>): FollowUpView['checkIns'] => ({
    ...view().checkIns,
    ...more,
  });
  const since = (sentences: string[]) => ({
    from: '2026-06-01',
    to: null,
    changes: [],
    dreamsAdded: [],
    dreamsDropped: [],
    dreamsRenamed: [],
    sentences,
  });

  it('says what moved between the last two check-ins, or that nothing did, once there are two', () => {
    expect(betweenLines(checkIns({ dates: ['2026-06-01'] }))).toBeNull();
    const two = ['2026-01-15', '2026-06-01'];
    expect(
      betweenLines(
        checkIns({ dates: two, betweenLastTwo: progress('2026-01-15', '2026-06-01', []) }),
      ),
    ).toEqual({ head: 'Nothing moved between 2026-01-15 and 2026-06-01.', lines: [] });
    const moved = ['Sales: yellow → green in Founder'];
    expect(
      betweenLines(
        checkIns({ dates: two, betweenLastTwo: progress('2026-01-15', '2026-06-01', moved) }),
      ),
    ).toEqual({ head: 'Between 2026-01-15 and 2026-06-01:', lines: moved });
  });

  it('says what moved since the last check-in, or that nothing did', () => {
    expect(progressLines(checkIns({})).head).toBe('No check-in recorded yet.');
    expect(progressLines(checkIns({ dates: ['2026-06-01'], sinceLast: since([]) }))).toEqual({
      head: 'Nothing has moved since 2026-06-01.',
      lines: [],
    });
    const moved = ['Hiring: red → yellow in CTO', 'New dream: ‘Author’'];
    expect(progressLines(checkIns({ dates: ['2026-06-01'], sinceLast: since(moved) }))).toEqual({
      head: 'Since 2026-06-01:',
      lines: moved,
    });
  });

  it('lists the days recorded, the latest six spelled out', () => {
    expect(datesText([])).toBe('None yet.');
    expect(datesText(['2026-06-01'])).toBe('1 check-in: 2026-06-01.');
    const days = Array.from({ length: 8 }, (_, i) => `2026-0${i + 1}-01`);
    expect(datesText(days)).toBe(
      '8 check-ins: 2026-03-01, 2026-04-01, 2026-05-01, 2026-06-01, 2026-07-01, 2026-08-01 and 2 earlier.',
    );
  });

  it('says when the next check-in is, and when its day has passed', () => {
    expect(nextText(null, '2026-12-02')).toMatch(/^No next check-in set/);
    expect(nextText('2027-03-01', '2026-12-02')).toBe('The next check-in is on 2027-03-01.');
    expect(nextText('2026-12-02', '2026-12-02')).toBe('The next check-in is today.');
    expect(nextText('2026-11-01', '2026-12-02')).toBe('The next check-in was due on 2026-11-01.');
  });
});
