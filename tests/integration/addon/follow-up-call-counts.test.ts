// Service calls of the Plan panel's calls, as the table grows: recording a check-in and adding
// a plan item must cost the same few reads and writes at any size (issue 12: a check-in at most
// 3 reads and 2 writes, a plan item at most 4 reads and 3 writes). A change answers with the
// parts of the view it read, its edit applied in memory, so nothing is read for the answer
// alone. What each read is for is named below; docs/benchmarks.md has the figures.
import type { SheetFixture } from '@career-dreams/emulator';
import type {
  FollowUpChangeResult,
  FollowUpCheckResult,
  FollowUpResult,
  PlanItemInput,
} from '../../../src/contract';
import { seenItem, session, setup, type Session } from '../../support/addon';

function table(dreams: number, skills: number): SheetFixture {
  const values = [Array.from({ length: dreams }, (_, d) => `Dream ${d + 1}`)];
  for (let s = 0; s < skills; s++) values.push(values[0]!.map((_, d) => `Skill ${s + 1}.${d + 1}`));
  return { values, rows: skills + 10 };
}

/** Sizes whose two check-ins fit in a new sheet's 1000 rows (growing it is one write more). */
const SIZES = [
  [3, 10],
  [10, 20],
  [12, 40],
] as const;

const ITEM: PlanItemInput = {
  skill: 'Skill 1.1',
  action: 'Shadow two interviews',
  kind: 'Learn from someone',
  goal: '',
  owner: 'Ana',
  whoHelps: '',
  byWhen: '2030-01-31',
};

/** The dreams grid: values, fills and weights, one call each. */
const GRID = 3;
/** The whole view: the grid, the header row's notes (the why), the Plan and Check-ins sheets. */
const VIEW = GRID + 3;

type Answer = FollowUpResult | FollowUpChangeResult | FollowUpCheckResult;

interface Case {
  prepare: (a: Session) => void;
  /** `seen`: the fingerprint of the view the sidebar shows (read first, not counted). */
  run: (a: Session, seen: string) => Answer;
  reads: number;
  writes: number;
  /** The parts of the view a change answers with. */
  parts?: string[];
}

/** The sheets as a person has them after a first conversation: a check-in, a plan item. */
/** The item the removal case confirms, as the panel showed it after `afterFirst`. */
let removing: ReturnType<typeof seenItem> | null = null;

function afterFirst(a: Session): void {
  ok(a.call('recordCheckIn', '2020-01-15'));
  ok(a.call('addPlanItem', { ...ITEM, action: 'Read a book on it' }));
}

const CASES: Record<string, Case> = {
  // The grid (the table to record), the Check-ins sheet: its header says where the columns are,
  // in a sheet typed by hand as in one the add-on made. One read over the 3: there is
  // no knowing a sheet's columns without reading its header. Writes: the rows, their fills.
  'record a check-in': {
    prepare: afterFirst,
    run: (a) => a.call('recordCheckIn', null),
    reads: GRID + 1,
    writes: 2,
    parts: ['checkIns', 'today'],
  },
  // No Check-ins sheet: only the grid. Writes: the sheet, its rows, their fills, the bold header.
  'record the first check-in': {
    prepare: () => undefined,
    run: (a) => a.call('recordCheckIn', null),
    reads: GRID,
    writes: 4,
    parts: ['checkIns', 'today'],
  },
  // The grid (where the skill stands now), the Plan sheet. Writes: the row.
  'add a plan item': {
    prepare: afterFirst,
    run: (a) => a.call('addPlanItem', ITEM),
    reads: GRID + 1,
    writes: 1,
    parts: ['plan', 'today'],
  },
  // No Plan sheet: only the grid. Writes: the sheet, its header and row, the bold header.
  'add the first plan item': {
    prepare: () => undefined,
    run: (a) => a.call('addPlanItem', ITEM),
    reads: GRID,
    writes: 3,
    parts: ['plan', 'today'],
  },
  // The Plan sheet, and once more after writing to check the row is still the item meant.
  // Writes: status and Last checked, one cell each.
  'update a plan item': {
    prepare: afterFirst,
    run: (a) =>
      a.call(
        'updatePlanItem',
        { skill: ITEM.skill, action: 'Read a book on it' },
        { status: 'Done' },
      ),
    reads: 2,
    writes: 2,
    parts: ['plan', 'today'],
  },
  // The Plan sheet, and the check after the delete. Writes: the row deleted.
  'remove a plan item': {
    prepare: (a) => {
      afterFirst(a);
      removing = seenItem(a, { skill: ITEM.skill, action: 'Read a book on it' });
    },
    run: (a) =>
      a.call('removePlanItem', { skill: ITEM.skill, action: 'Read a book on it' }, removing!),
    reads: 2,
    writes: 1,
    parts: ['plan', 'today'],
  },
  // The Check-ins sheet, and the check after writing. Writes: the day right of the label.
  'set the next check-in': {
    prepare: afterFirst,
    run: (a) => a.call('setNextCheckIn', '2030-03-01'),
    reads: 2,
    writes: 1,
    parts: ['checkIns', 'today'],
  },
  // The dreams sheet's own action (src/server/pipeline.ts): the grid and its notes, and the
  // guard's values right before and right after the write. Writes: the note.
  "set a dream's why": {
    prepare: afterFirst,
    run: (a) => a.call('setDreamWhy', { dream: 'Dream 1', col: 1 }, 'Mastery'),
    reads: GRID + 1 + 2,
    writes: 1,
    parts: ['sharedMotivations', 'today', 'why'],
  },
  // Everything: grid, header notes, Plan, Check-ins.
  'open the Plan panel': {
    prepare: afterFirst,
    run: (a) => a.call('getFollowUp'),
    reads: VIEW,
    writes: 0,
  },
  // The sidebar's check while the Plan panel is open: the whole view, to compare.
  'check the Plan panel, unchanged': {
    prepare: afterFirst,
    run: (a, seen) => a.call('checkFollowUp', seen),
    reads: VIEW,
    writes: 0,
  },
};

function ok(result: Answer): void {
  if (!result.ok) throw new Error(`expected success, got: ${result.error}`);
}

/** The fingerprint of the view the sidebar shows. */
function shown(a: Session): string {
  const result = a.call('getFollowUp');
  if (!result.ok) throw new Error(result.error);
  return result.followUp.fingerprint;
}

describe.each(Object.keys(CASES))('%s', (name) => {
  const c = CASES[name]!;
  const runs = SIZES.map(([dreams, skills]) => {
    const { emu, alice } = setup({ Dreams: table(dreams, skills) });
    c.prepare(alice);
    // The Plan panel is open: the sidebar read the view (not counted).
    const seen = shown(alice);
    emu.resetCalls();
    const answer = c.run(alice, seen);
    ok(answer);
    return { answer, counts: emu.countCalls() };
  });

  it(`reads ${c.reads} times and writes ${c.writes} times, at every size`, () => {
    for (const { counts } of runs) {
      expect(counts.byKind.read).toBe(c.reads);
      expect(counts.byKind.write).toBe(c.writes);
    }
  });

  it('costs the same calls at every size', () => {
    for (const other of runs.slice(1)) expect(other.counts.byKind).toEqual(runs[0]!.counts.byKind);
  });

  if (c.parts) {
    it(`answers with ${c.parts.filter((p) => p !== 'today').join(' and ')} alone`, () => {
      for (const { answer } of runs) {
        expect(answer.ok && 'changed' in answer && Object.keys(answer.changed).sort()).toEqual(
          c.parts,
        );
      }
    });
  }
});

it('a check of the Plan panel after the other person changed it reads the same, and answers the view', () => {
  for (const [dreams, skills] of SIZES) {
    const { emu, alice } = setup({ Dreams: table(dreams, skills) });
    afterFirst(alice);
    const before = shown(alice);
    const bob = session(emu, 'bob@example.com');
    ok(
      bob.call(
        'updatePlanItem',
        { skill: ITEM.skill, action: 'Read a book on it' },
        { status: 'Done' },
      ),
    );
    emu.resetCalls();
    const answer = alice.call('checkFollowUp', before);
    expect(emu.countCalls().byKind).toMatchObject({ read: VIEW, write: 0 });
    expect(answer.ok && 'followUp' in answer && answer.followUp.plan.items[0]!.status).toBe('Done');
  }
});

it('a check-in past the sheet’s last row adds rows first: one write more', () => {
  const { emu, alice } = setup({ Dreams: table(20, 30) });
  ok(alice.call('recordCheckIn', '2020-01-15'));
  emu.resetCalls();
  // 600 rows below the first 601: past a new sheet's 1000.
  ok(alice.call('recordCheckIn', null));
  const { byKind, byMethod } = emu.countCalls();
  expect(byMethod['Sheet.insertRowsAfter']).toBe(1);
  expect(byKind.write).toBe(3);
});
