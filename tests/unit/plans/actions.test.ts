// Every writing action as one pure plan(facts, args), run in Node on plain data: what each
// declares it needs, and what it decides from those facts alone.
import {
  ACTIONS,
  cellsTypedIntoPriorities,
  PRIORITIES_SHEET,
  PRIORITIES_TITLE,
  REPLACE_TYPED_CELLS,
  type Edit,
} from '../../../src/core';
import { bold, red, userErrorOf, yellow } from '../../support/builders';
import { factsOf } from './facts';

const table = [
  ['Founder', 'Coach'],
  [bold(red('Hiring')), yellow('Hiring')],
  [yellow('Pitching'), 'Listening'],
];
const time = { stamp: '2026-12-01 09:30', timeZone: 'Europe/Paris' };

describe('what each action declares it needs', () => {
  it.each(Object.entries(ACTIONS))('%s', (name, action) => {
    const expected: Record<string, string[]> = {
      rateSelection: ['selection'],
      setSelectionCritical: ['selection'],
      updatePrioritiesSheet: ['prioritiesSheet', 'time'],
    };
    expect([...action.needs]).toEqual(expected[name] ?? []);
  });
});

describe('selection actions decide from the selection fact', () => {
  it('rates the skills selected on the dreams sheet, and names what it left alone', () => {
    const selection = { sheetName: 'Dreams', ranges: [{ row: 1, col: 1, numRows: 3, numCols: 1 }] };
    const plan = ACTIONS.rateSelection.plan(factsOf(table, { selection }), { rating: 'green' });
    expect(plan.edits).toEqual([
      {
        kind: 'format',
        cells: [
          { row: 2, col: 1 },
          { row: 3, col: 1 },
        ],
        background: '#b6d7a8',
      },
    ]);
    expect(plan.message).toBe(
      'Marked 2 skills green. Left alone 1 selected cell that is not a skill (A1).',
    );
  });

  it('refuses when nothing is selected', () => {
    const facts = factsOf(table, { selection: null });
    expect(userErrorOf(() => ACTIONS.rateSelection.plan(facts, { rating: 'red' })).message).toBe(
      'Nothing is selected. Select skill cells in the sheet, then try again.',
    );
  });

  it('refuses a selection on another sheet, naming both', () => {
    const selection = { sheetName: 'Notes', ranges: [{ row: 2, col: 1, numRows: 1, numCols: 1 }] };
    const facts = factsOf(table, { selection });
    const error = userErrorOf(() => ACTIONS.setSelectionCritical.plan(facts, { mode: 'toggle' }));
    expect(error.message).toBe(
      'The selection is on the sheet ‘Notes’. Select skills on ‘Dreams’, then try again.',
    );
  });

  it('toggles like the Bold button: all bold becomes normal', () => {
    const selection = { sheetName: 'Dreams', ranges: [{ row: 2, col: 1, numRows: 1, numCols: 1 }] };
    const plan = ACTIONS.setSelectionCritical.plan(factsOf(table, { selection }), {
      mode: 'toggle',
    });
    expect(plan.edits).toEqual([
      { kind: 'format', cells: [{ row: 2, col: 1 }], fontWeight: 'normal' },
    ]);
  });
});

describe('updating the Priorities sheet is one writeSheet edit, and consent is the core’s rule', () => {
  const none = { exists: false, values: [] };

  function written(edits: Edit[]) {
    const edit = edits[0];
    if (edits.length !== 1 || edit?.kind !== 'writeSheet')
      throw new Error('expected one writeSheet');
    return edit;
  }

  it('creates the sheet when there is none, from the table and the time', () => {
    const plan = ACTIONS.updatePrioritiesSheet.plan(
      factsOf(table, { prioritiesSheet: none, time }),
      { replaceTypedCells: false },
    );
    const edit = written(plan.edits);
    expect(edit.sheet).toBe(PRIORITIES_SHEET);
    expect(edit.create).toBe(true);
    expect(edit.known).toEqual({ rows: 0, cols: 0 });
    expect(edit.values[0]?.[0]).toBe(PRIORITIES_TITLE);
    expect(String(edit.values[1]?.[0])).toContain(
      'Computed from the sheet ‘Dreams’ on 2026-12-01 09:30 (Europe/Paris).',
    );
    expect(edit.values[4]?.slice(0, 2)).toEqual([1, 'Hiring']);
    expect(plan.message).toBe('Updated the Priorities sheet: 2 skills to work on.');
  });

  it('rewrites its own sheet, padded over everything the previous version covered', () => {
    const first = written(
      ACTIONS.updatePrioritiesSheet.plan(factsOf(table, { prioritiesSheet: none, time }), {
        replaceTypedCells: false,
      }).edits,
    );
    // The previous version was larger: two more rows and one more column than the new one.
    const old = first.values.map((row) => [...row, '']);
    old.push(Array(old[0]!.length).fill(''), Array(old[0]!.length).fill(''));
    expect(cellsTypedIntoPriorities(old)).toEqual([]);
    const edit = written(
      ACTIONS.updatePrioritiesSheet.plan(
        factsOf([['Founder'], [red('Hiring')]], {
          prioritiesSheet: { exists: true, values: old },
          time,
        }),
        { replaceTypedCells: false },
      ).edits,
    );
    expect(edit.create).toBe(false);
    expect(edit.values.length).toBe(old.length);
    expect(edit.values.every((row) => row.length === old[0]!.length)).toBe(true);
    expect(edit.backgrounds.length).toBe(old.length);
    expect(edit.known).toEqual({ rows: old.length, cols: old[0]!.length });
  });

  it('asks before replacing what someone typed, and goes ahead with consent', () => {
    const first = written(
      ACTIONS.updatePrioritiesSheet.plan(factsOf(table, { prioritiesSheet: none, time }), {
        replaceTypedCells: false,
      }).edits,
    );
    const typed = first.values.map((row) => [...row]);
    // Row 3 is the blank line under the "Computed from" line.
    typed[2]![0] = 'Ask Sam about hiring';
    const facts = factsOf(table, { prioritiesSheet: { exists: true, values: typed }, time });
    const error = userErrorOf(() =>
      ACTIONS.updatePrioritiesSheet.plan(facts, { replaceTypedCells: false }),
    );
    expect(error.message).toBe(
      'Someone typed into the ‘Priorities’ sheet (A3). Updating would replace that: copy it elsewhere first, or replace it.',
    );
    expect(error.confirm).toBe(REPLACE_TYPED_CELLS);
    const plan = ACTIONS.updatePrioritiesSheet.plan(facts, { replaceTypedCells: true });
    expect(written(plan.edits).values[2]?.[0]).toBe('');
  });

  it('never touches a sheet of that name the add-on did not write, even with consent', () => {
    const facts = factsOf(table, {
      prioritiesSheet: { exists: true, values: [['My own priorities'], ['Learn Go']] },
      time,
    });
    for (const replaceTypedCells of [false, true]) {
      const error = userErrorOf(() =>
        ACTIONS.updatePrioritiesSheet.plan(facts, { replaceTypedCells }),
      );
      expect(error.message).toMatch(
        /^The sheet ‘Priorities’ holds content the add-on did not write/,
      );
      expect(error.confirm).toBeUndefined();
    }
  });
});
