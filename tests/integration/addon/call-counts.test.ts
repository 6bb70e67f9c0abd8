// Service calls per action, as the table grows. Apps Script time goes into round trips to the
// Spreadsheet service, so every action must cost the same few reads and writes at any size.
// The counts are deterministic, so a regression fails here; docs/benchmarks.md has the figures.
import type { SheetFixture } from '@career-dreams/emulator';
import type { SidebarApi } from '../../../src/contract';
import { ok, setup, type Session } from '../../support/addon';

function table(dreams: number, skills: number): SheetFixture {
  const values = [Array.from({ length: dreams }, (_, d) => `Dream ${d + 1}`)];
  for (let s = 0; s < skills; s++) values.push(values[0]!.map((_, d) => `Skill ${s + 1}.${d + 1}`));
  return { values, rows: skills + 10 };
}

type Action = (alice: Session) => ReturnType<SidebarApi[keyof SidebarApi]>;

const ACTIONS: Record<string, Action> = {
  getState: (a) => a.call('getState'),
  addDream: (a) => a.call('addDream', 'New dream'),
  renameDream: (a) => a.call('renameDream', { dream: 'Dream 1' }, 'First dream'),
  addSkills: (a) => a.call('addSkills', { dream: 'Dream 2' }, ['New skill', 'Another']),
  'addSkills with definitions': (a) =>
    a.call('addSkills', { dream: 'Dream 2' }, ['Budgeting', 'Another'], ['A definition.', '']),
  renameSkill: (a) => a.call('renameSkill', { dream: 'Dream 1', skill: 'Skill 2.1' }, 'Renamed'),
  removeSkill: (a) => a.call('removeSkill', { dream: 'Dream 1', skill: 'Skill 2.1' }),
  setRating: (a) => a.call('setRating', [{ dream: 'Dream 1', skill: 'Skill 1.1' }], 'red'),
  setCritical: (a) => a.call('setCritical', [{ dream: 'Dream 1', skill: 'Skill 1.1' }], true),
  setSkillNote: (a) =>
    a.call('setSkillNote', { dream: 'Dream 1', skill: 'Skill 3.1' }, 'The bar for this dream.'),
  getNotes: (a) => a.call('getNotes', { dream: 'Dream 2' }),
  rateSelection: (a) => {
    a.user.select('Dreams', ['A2:C4']);
    return a.call('rateSelection', 'yellow');
  },
  setSelectionCritical: (a) => {
    a.user.select('Dreams', ['A2:C4']);
    return a.call('setSelectionCritical', 'toggle');
  },
  updatePrioritiesSheet: (a) => a.call('updatePrioritiesSheet', null),
};

/** Before counting: some gaps to rank, and a Priorities sheet to rewrite. */
function prepare(name: string, a: Session): void {
  if (name !== 'updatePrioritiesSheet') return;
  a.user.select('Dreams', ['A2:C9']);
  ok(a.call('rateSelection', 'red'));
  ok(a.call('updatePrioritiesSheet', null));
}

/**
 * Reads allowed per action: 3 (values, fills, bold). Rewriting the Priorities sheet reads it
 * once more, to check that nobody typed into it; opening a table where no skill has a fill yet
 * (as here) asks once more whether conditional formatting is painting the colours instead.
 * Every action that writes the dreams sheet reads two more, its guard (src/core/guard.ts):
 * the values right before writing and right after, so that a hand edit made meanwhile never
 * lets it change another cell. An action that writes notes also reads the notes first.
 */
const GUARDED = 3 + 2;
/**
 * An action that writes into cells that read as empty (a new dream's header, new skills) first
 * looks at those cells only for what looks empty but is not (src/core/blank-looking.ts): their
 * notes, and their fills where they lie beyond the table read (here) or their formulas where
 * they lie inside it. Two reads more, at any size.
 */
const BLANK = 2;
const LIMIT: Record<string, number> = {
  // The Priorities sheet's values and formulas (a formula showing nothing is content too).
  updatePrioritiesSheet: 5,
  getState: 4,
  getNotes: 3,
  addDream: GUARDED + BLANK,
  addSkills: GUARDED + BLANK,
  // Writing a note reads the notes with the grid, so that one written where the sheet moved
  // can be put back: one read more, then the guard's two.
  setSkillNote: 4 + 2,
  'addSkills with definitions': 4 + 2 + BLANK,
};

describe.each(Object.keys(ACTIONS))('%s', (name) => {
  const counts = [
    [3, 10],
    [20, 50],
  ].map(([dreams, skills]) => {
    const { emu, alice } = setup({ Dreams: table(dreams!, skills!) });
    prepare(name, alice);
    emu.resetCalls();
    const result = ACTIONS[name]!(alice);
    if ('state' in result && result.ok) ok(result);
    else expect(result).toMatchObject({ ok: true });
    return emu.countCalls().byKind;
  });

  it('reads with at most 3 calls (more where explained) and writes with at most 3', () => {
    for (const byKind of counts) {
      expect(byKind.read).toBeLessThanOrEqual(LIMIT[name] ?? GUARDED);
      expect(byKind.write).toBeLessThanOrEqual(3);
    }
  });

  it('costs the same number of calls at 3 x 10 and at 20 x 50', () => {
    expect(counts[1]).toEqual(counts[0]);
  });
});
