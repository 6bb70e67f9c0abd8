// The guard (src/core/guard.ts, guard-restore.ts): which cells an action's edits depend on,
// whether a later read of the values still matches them, and what to put back when a write
// landed after the sheet moved. Pure functions on plain data.
import {
  findSkill,
  guardAfter,
  guardBreaks,
  guardOf,
  movedMeanwhile,
  parseTable,
  restoreAfterMove,
  track,
  type CellValue,
  type Edit,
  type Grid,
} from '../../../src/core';
import { grid, red } from '../../support/builders';

const TABLE: Grid = grid([
  ['Author', 'Founder', 'Coach'],
  ['Writing', 'Hiring', 'Listening'],
  ['Editing', red('Sales'), 'Feedback'],
]);
const RATE_SALES: Edit[] = [{ kind: 'format', cells: [{ row: 3, col: 2 }], background: '#b6d7a8' }];

const guardFor = (edits: Edit[], g: Grid = TABLE) => guardOf(parseTable(g), g, edits)!;

/** The values after a hand edit, as a test writes them. */
const values = (rows: CellValue[][]) => rows;

describe('guardOf', () => {
  it('covers the header row and the whole column of each target, with their texts', () => {
    const guard = guardFor(RATE_SALES);
    const cells = guard.cells.map((c) => `${c.row},${c.col}:${c.text}`).sort();
    expect(cells).toEqual(['1,1:Author', '1,2:Founder', '1,3:Coach', '2,2:Hiring', '3,2:Sales']);
    expect(guard.what).toBe('‘Sales’ under ‘Founder’');
  });

  it('is null when the edits do not touch the dreams sheet', () => {
    expect(guardOf(parseTable(TABLE), TABLE, [])).toBeNull();
  });

  it('names a dream for its header and its column for a new skill', () => {
    expect(guardFor([{ kind: 'writeText', row: 1, col: 2, texts: [['CEO']] }]).what).toBe(
      'The dream ‘Founder’',
    );
    expect(guardFor([{ kind: 'writeText', row: 4, col: 2, texts: [['Pitch']] }]).what).toBe(
      'The column of ‘Founder’',
    );
  });

  it('covers the rectangle that shifts when a column is deleted, one past the content', () => {
    const guard = guardFor([{ kind: 'deleteColumnCells', col: 2, fromRow: 1, toRow: 3 }]);
    expect(guard.cells.some((c) => c.row === 4 && c.col === 4 && c.text === '')).toBe(true);
    expect(guard.cells.some((c) => c.row === 3 && c.col === 3 && c.text === 'Feedback')).toBe(true);
  });
});

describe('guardBreaks', () => {
  const guard = guardFor(RATE_SALES);

  it.each([
    [
      'a row inserted above',
      [
        ['Author', 'Founder', 'Coach'],
        [],
        ['Writing', 'Hiring', 'Listening'],
        ['Editing', 'Sales', 'Feedback'],
      ],
    ],
    [
      'a column inserted to the left',
      [
        ['', 'Author', 'Founder', 'Coach'],
        ['', 'Writing', 'Hiring', 'Listening'],
        ['', 'Editing', 'Sales', 'Feedback'],
      ],
    ],
    [
      'a sort',
      [
        ['Author', 'Founder', 'Coach'],
        ['Writing', 'Sales', 'Listening'],
        ['Editing', 'Hiring', 'Feedback'],
      ],
    ],
    [
      'a rename',
      [
        ['Author', 'Founder', 'Coach'],
        ['Writing', 'Hiring', 'Listening'],
        ['Editing', 'Selling', 'Feedback'],
      ],
    ],
  ])('sees %s', (_, now) => {
    expect(guardBreaks(guard, values(now)).length).toBeGreaterThan(0);
  });

  it('lets typing in another column and below the table through', () => {
    const now = [
      ['Author', 'Founder', 'Coach'],
      ['Writing', 'Hiring', 'Listening'],
      ['Editing', 'Sales', 'Mentoring'],
      ['Proofreading', '', ''],
    ];
    expect(guardBreaks(guard, now)).toEqual([]);
  });

  it('knows what a deletion leaves', () => {
    const edits: Edit[] = [{ kind: 'deleteCellShiftUp', row: 2, col: 2 }];
    const after = guardAfter(guardFor(edits), TABLE.values, edits);
    const now = [
      ['Author', 'Founder', 'Coach'],
      ['Writing', 'Sales', 'Listening'],
      ['Editing', '', 'Feedback'],
    ];
    expect(guardBreaks(after, now)).toEqual([]);
    expect(guardBreaks(after, TABLE.values).length).toBeGreaterThan(0);
  });

  it('refuses in plain words, saying what to do', () => {
    expect(movedMeanwhile(guard).message).toBe(
      '‘Sales’ under ‘Founder’ moved while you clicked (someone edited the sheet). Nothing was ' +
        'changed; the list is refreshed, try again.',
    );
    expect(movedMeanwhile(guard).kind).toBe('changed');
  });
});

describe('track', () => {
  const before = (r: number, c: number) => String(TABLE.values[r - 1]?.[c - 1] ?? '');
  const cells = [1, 2, 3, 4].flatMap((row) => [1, 2, 3].map((col) => ({ row, col })));

  it('finds a row inserted above', () => {
    const now = [
      ['Author', 'Founder', 'Coach'],
      [],
      ['Writing', 'Hiring', 'Listening'],
      ['Editing', 'Sales', 'Feedback'],
    ];
    const after = (r: number, c: number) => String(now[r - 1]?.[c - 1] ?? '');
    const t = track(before, after, cells);
    expect(t.move).toEqual({ axis: 'rows', at: 2, by: 1 });
    expect(t.sourceOf({ row: 4, col: 2 })).toEqual({ row: 3, col: 2 });
    expect(t.sourceOf({ row: 2, col: 2 })).toBeNull();
  });

  it('finds cells moved by a sort by their text', () => {
    const now = [
      ['Author', 'Founder', 'Coach'],
      ['Writing', 'Sales', 'Listening'],
      ['Editing', 'Hiring', 'Feedback'],
    ];
    const after = (r: number, c: number) => String(now[r - 1]?.[c - 1] ?? '');
    const t = track(before, after, cells);
    expect(t.sourceOf({ row: 2, col: 2 })).toEqual({ row: 3, col: 2 });
    expect(t.sourceOf({ row: 3, col: 2 })).toEqual({ row: 2, col: 2 });
  });
});

describe('restoreAfterMove', () => {
  it('puts back the fill of the cell hit and of the target, each from its own first read', () => {
    // A row was inserted above after the check: the green went on Hiring, now in B3.
    const post = [
      ['Author', 'Founder', 'Coach'],
      [],
      ['Writing', 'Hiring', 'Listening'],
      ['Editing', 'Sales', 'Feedback'],
    ];
    const guard = guardAfter(guardFor(RATE_SALES), TABLE.values, RATE_SALES);
    const restore = restoreAfterMove(TABLE, post, RATE_SALES, guard);
    expect(restore.kind).toBe('restore');
    if (restore.kind !== 'restore') return;
    const byCell = Object.fromEntries(
      restore.cells.map((c) => [`${c.row},${c.col}`, c.background]),
    );
    expect(byCell).toEqual({ '3,2': '#ffffff', '4,2': TABLE.backgrounds[2]![1] });
  });

  it('puts a cell deleted in the wrong place back, with its text and fill', () => {
    const edits: Edit[] = [{ kind: 'deleteCellShiftUp', row: 3, col: 2 }];
    // A row inserted above, then the deletion took Hiring (then in B3) instead of Sales.
    const post = [
      ['Author', 'Founder', 'Coach'],
      [],
      ['Writing', 'Sales', 'Listening'],
      ['Editing', '', 'Feedback'],
    ];
    const guard = guardAfter(guardFor(edits), TABLE.values, edits);
    const restore = restoreAfterMove(TABLE, post, edits, guard);
    expect(restore).toMatchObject({
      kind: 'restore',
      reinsert: { row: 3, col: 2, numRows: 1, shift: 'down' },
      cells: [{ row: 3, col: 2, value: 'Hiring', background: '#ffffff' }],
    });
  });
});

describe('findSkill with two dreams of the same name', () => {
  const twice = parseTable(
    grid([
      ['Founder', 'Coach', 'Founder'],
      ['Hiring', 'Listening', 'Sales'],
      ['Sales', '', 'Hiring'],
    ]),
  );

  it('tells them apart by the column hint', () => {
    const { skill } = findSkill(twice, { dream: 'Founder', skill: 'Sales', row: 2, col: 3 });
    expect([skill.row, skill.col]).toEqual([2, 3]);
  });

  it('needs no hint for a skill that only one of them lists', () => {
    const only = parseTable(
      grid([
        ['Founder', 'Founder'],
        ['Hiring', 'Sales'],
      ]),
    );
    const { skill } = findSkill(only, { dream: 'Founder', skill: 'Sales' });
    expect([skill.row, skill.col]).toEqual([2, 2]);
  });

  it('refuses, never guessing, when no hint matches a copy', () => {
    expect(() => findSkill(twice, { dream: 'Founder', skill: 'Sales', row: 2, col: 5 })).toThrow(
      /dreams called ‘Founder’ and the one you meant has moved/,
    );
    expect(() => findSkill(twice, { dream: 'Founder', skill: 'Sales' })).toThrow(
      'There are 2 dreams called ‘Founder’ that list ‘Sales’, and the one you meant has moved. ' +
        'Rename one of the dreams so each can be told apart, then try again.',
    );
  });
});

describe('a selection larger than a call takes arguments', () => {
  it('is guarded and tracked without spreading its cells into one call', () => {
    // 200,000 cells: more than V8 takes as spread arguments (about 125,000).
    const cells = Array.from({ length: 200_000 }, (_, i) => ({ row: 2 + (i % 2), col: 1 }));
    const huge: Edit[] = [{ kind: 'format', cells, background: '#b6d7a8' }];
    const guard = guardFor(huge);
    expect(guard.cells.length).toBeGreaterThan(0);
    expect(guardBreaks(guard, TABLE.values)).toEqual([]);
    const same = (r: number, c: number) => String(TABLE.values[r - 1]?.[c - 1] ?? '');
    expect(track(same, same, cells).move).toEqual({ axis: 'none', at: 1, by: 0 });
  });
});
