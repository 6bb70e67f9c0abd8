// Every writing action as one pure plan(facts, args), run in Node on plain data: what each
// declares it needs, and what it decides from those facts alone.
import {
  ACTIONS,
  cellsTypedIntoPriorities,
  PRIORITIES_SHEET,
  PRIORITIES_TITLE,
  REPLACE_TYPED_CELLS,
  consentToken,
  type CellValue,
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
  const none = { exists: false, name: '', values: [], formulas: [] };
  const existing = (values: CellValue[][], formulas: string[][] = [], name = PRIORITIES_SHEET) => ({
    exists: true,
    name,
    values,
    formulas,
  });
  const update = (
    facts: Parameters<typeof ACTIONS.updatePrioritiesSheet.plan>[0],
    consent: string | null = null,
  ) => ACTIONS.updatePrioritiesSheet.plan(facts, { consent });

  function written(edits: Edit[]) {
    const edit = edits[0];
    if (edits.length !== 1 || edit?.kind !== 'writeSheet')
      throw new Error('expected one writeSheet');
    return edit;
  }
  const fresh = () => written(update(factsOf(table, { prioritiesSheet: none, time })).edits);

  it('creates the sheet when there is none, from the table and the time', () => {
    const plan = update(factsOf(table, { prioritiesSheet: none, time }));
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
    // The previous version was larger: two more rows and one more column than the new one.
    const old: CellValue[][] = fresh().values.map((row) => [...row, '']);
    old.push(Array(old[0]!.length).fill(''), Array(old[0]!.length).fill(''));
    expect(cellsTypedIntoPriorities(old).typed).toEqual([]);
    const edit = written(
      update(factsOf([['Founder'], [red('Hiring')]], { prioritiesSheet: existing(old), time }))
        .edits,
    );
    expect(edit.create).toBe(false);
    expect(edit.values.length).toBe(old.length);
    expect(edit.values.every((row) => row.length === old[0]!.length)).toBe(true);
    expect(edit.backgrounds.length).toBe(old.length);
    expect(edit.known).toEqual({ rows: old.length, cols: old[0]!.length });
  });

  it('asks before replacing what someone typed, and goes ahead with consent to exactly that', () => {
    const typed: CellValue[][] = fresh().values.map((row) => [...row]);
    // Row 3 is the blank line under the "Computed from" line.
    typed[2]![0] = 'Ask Sam about hiring';
    const facts = factsOf(table, { prioritiesSheet: existing(typed), time });
    const error = userErrorOf(() => update(facts));
    expect(error.message).toBe(
      'Someone typed into the ‘Priorities’ sheet (A3). Updating would replace that: copy it elsewhere first, or replace it.',
    );
    expect(error.confirm?.label).toBe(REPLACE_TYPED_CELLS);
    const token = error.confirm!.token;
    expect(token).toBe(consentToken([{ cell: 'A3', content: 'Ask Sam about hiring' }]));
    const plan = update(facts, token);
    expect(written(plan.edits).values[2]?.[0]).toBe('');
  });

  it('a skill name typed over is asked about: a re-rendering would have reproduced it', () => {
    const typed: CellValue[][] = fresh().values.map((row) => [...row]);
    expect(typed[4]?.[1]).toBe('Hiring');
    typed[4]![1] = 'Hiring (ask Sam)';
    const error = userErrorOf(() =>
      update(factsOf(table, { prioritiesSheet: existing(typed), time })),
    );
    expect(error.message).toMatch(/^Someone typed into the ‘Priorities’ sheet \(B5\)/);
  });

  it('consent covers only the cells asked about: a cell typed after the question asks again', () => {
    const typed: CellValue[][] = fresh().values.map((row) => [...row]);
    typed[2]![0] = 'Ask Sam';
    const asked = userErrorOf(() =>
      update(factsOf(table, { prioritiesSheet: existing(typed), time })),
    );
    typed[2]![1] = 'and Kim';
    const facts = factsOf(table, { prioritiesSheet: existing(typed), time });
    const again = userErrorOf(() => update(facts, asked.confirm!.token));
    expect(again.message).toBe(
      'That changed since you were asked. Someone typed into the ‘Priorities’ sheet (A3 and B3). ' +
        'Updating would replace that: copy it elsewhere first, or replace it.',
    );
    // The same cells with other content: asked again too.
    typed[2]![1] = 'and Lee';
    const third = userErrorOf(() =>
      update(factsOf(table, { prioritiesSheet: existing(typed), time }), again.confirm!.token),
    );
    expect(third.confirm!.token).not.toBe(again.confirm!.token);
    expect(
      update(factsOf(table, { prioritiesSheet: existing(typed), time }), third.confirm!.token)
        .edits,
    ).toHaveLength(1);
  });

  it('names five cells, then how many in all', () => {
    const typed: CellValue[][] = fresh().values.map((row) => [...row]);
    for (let c = 0; c < 7; c++) typed[2]![c] = `x${c}`;
    const error = userErrorOf(() =>
      update(factsOf(table, { prioritiesSheet: existing(typed), time })),
    );
    expect(error.message).toContain('(A3, B3, C3, D3, E3 and 2 more (7 cells))');
  });

  it('a sheet an earlier version wrote (no record) is asked about whole, once', () => {
    const older: CellValue[][] = fresh()
      .values.slice(0, -2)
      .map((row) => [...row]);
    const facts = factsOf(table, { prioritiesSheet: existing(older), time });
    const error = userErrorOf(() => update(facts));
    expect(error.message).toMatch(
      /^The ‘Priorities’ sheet was written by an earlier version of the add-on, which kept no record of what it wrote, so it cannot tell what was typed there \(A1, A2, A4, B4, C4 and \d+ more \(\d+ cells\)\)\. Updating would replace all of it/,
    );
    expect(update(facts, error.confirm!.token).edits).toHaveLength(1);
  });

  it('never touches a sheet of that name the add-on did not write, even with consent', () => {
    const values = [['My own priorities'], ['Learn Go']];
    const facts = factsOf(table, { prioritiesSheet: existing(values), time });
    const token = consentToken([
      { cell: 'A1', content: 'My own priorities' },
      { cell: 'A2', content: 'Learn Go' },
    ]);
    for (const consent of [null, token]) {
      const error = userErrorOf(() => update(facts, consent));
      expect(error.message).toMatch(
        /^The sheet ‘Priorities’ holds content the add-on did not write/,
      );
      expect(error.confirm).toBeUndefined();
    }
  });

  it('a person’s own sheet of formulas that show nothing, or named in lower case, is theirs', () => {
    const blank = [
      ['', ''],
      ['', ''],
    ];
    const formulas = [
      ['=IF(Dreams!A1="","",1)', ''],
      ['', ''],
    ];
    const own = factsOf(table, { prioritiesSheet: existing(blank, formulas), time });
    expect(userErrorOf(() => update(own)).message).toMatch(
      /^The sheet ‘Priorities’ holds content the add-on did not write/,
    );
    const lower = factsOf(table, {
      prioritiesSheet: existing([['Learn Go']], [], 'priorities'),
      time,
    });
    expect(userErrorOf(() => update(lower)).message).toBe(
      'The sheet ‘priorities’ holds content the add-on did not write, so it was left as it is. ' +
        'Rename that sheet (to ‘My priorities’, say), then update the priorities again.',
    );
    // Empty (no value, no formula): nothing to lose, it is written.
    const empty = factsOf(table, {
      prioritiesSheet: existing(blank, [
        ['', ''],
        ['', ''],
      ]),
      time,
    });
    expect(update(empty).edits).toHaveLength(1);
  });
});
