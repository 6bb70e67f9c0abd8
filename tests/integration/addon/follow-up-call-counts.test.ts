// Service calls of the Plan panel's actions, as the table grows: recording a check-in and adding
// a plan item must cost the same few reads and writes at any size. What each read is for is
// named below; docs/benchmarks.md has the figures against the budgets.
import type { SheetFixture } from '@career-dreams/emulator';
import type { FollowUpResult, PlanItemInput } from '../../../src/contract';
import { setup, type Session } from '../../support/addon';

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
/**
 * The answer is the Plan panel's whole view, built from what the action read with its edits
 * applied in memory; what it did not read is read for it: the header row's notes (the why) and
 * the other record sheet.
 */
const ANSWER = { checkIn: 2, addPlanItem: 2 };

interface Case {
  prepare: (a: Session) => void;
  run: (a: Session) => FollowUpResult;
  reads: number;
  writes: number;
}

const CASES: Record<string, Case> = {
  // The Check-ins sheet's values (its header says where the columns are); then the answer's
  // Plan sheet and header notes. Writes: the rows, their fills.
  'record a check-in': {
    prepare: (a) => {
      ok(a.call('recordCheckIn', '2020-01-15'));
      ok(a.call('addPlanItem', ITEM));
    },
    run: (a) => a.call('recordCheckIn', null),
    reads: GRID + 1 + ANSWER.checkIn,
    writes: 2,
  },
  // No record sheet yet: only the header notes are read for the answer. Writes: the sheet, its
  // rows, their fills, the bold header.
  'record the first check-in': {
    prepare: () => undefined,
    run: (a) => a.call('recordCheckIn', null),
    reads: GRID + 1,
    writes: 4,
  },
  // The Plan sheet's values; then the answer's Check-ins sheet and header notes. Writes: the row.
  'add a plan item': {
    prepare: (a) => {
      ok(a.call('recordCheckIn', '2020-01-15'));
      ok(a.call('addPlanItem', { ...ITEM, action: 'Read a book on it' }));
    },
    run: (a) => a.call('addPlanItem', ITEM),
    reads: GRID + 1 + ANSWER.addPlanItem,
    writes: 1,
  },
  // Writes: the sheet, its header and row, the bold header.
  'add the first plan item': {
    prepare: () => undefined,
    run: (a) => a.call('addPlanItem', ITEM),
    reads: GRID + 1,
    writes: 3,
  },
  // The Plan sheet's values, the check after writing; then the whole rest of the view (grid,
  // header notes, Check-ins). Writes: status and Last checked, one cell each.
  'update a plan item': {
    prepare: (a) => {
      ok(a.call('recordCheckIn', '2020-01-15'));
      ok(a.call('addPlanItem', ITEM));
    },
    run: (a) =>
      a.call('updatePlanItem', { skill: ITEM.skill, action: ITEM.action }, { status: 'Done' }),
    reads: 2 + GRID + 2,
    writes: 2,
  },
  // Everything: grid, header notes, Plan, Check-ins.
  'open the Plan panel': {
    prepare: (a) => {
      ok(a.call('recordCheckIn', '2020-01-15'));
      ok(a.call('addPlanItem', ITEM));
    },
    run: (a) => a.call('getFollowUp'),
    reads: GRID + 3,
    writes: 0,
  },
};

function ok(result: FollowUpResult): void {
  if (!result.ok) throw new Error(`expected success, got: ${result.error}`);
}

describe.each(Object.keys(CASES))('%s', (name) => {
  const c = CASES[name]!;
  const counts = SIZES.map(([dreams, skills]) => {
    const { emu, alice } = setup({ Dreams: table(dreams, skills) });
    c.prepare(alice);
    emu.resetCalls();
    ok(c.run(alice));
    return emu.countCalls();
  });

  it(`reads ${c.reads} times and writes ${c.writes} times`, () => {
    for (const { byKind } of counts) {
      expect(byKind.read).toBe(c.reads);
      expect(byKind.write).toBe(c.writes);
    }
  });

  it('costs the same calls at every size', () => {
    for (const other of counts.slice(1)) expect(other.byKind).toEqual(counts[0]!.byKind);
  });
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
