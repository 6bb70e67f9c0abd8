// The check after writing into, or deleting, a row of a record sheet found by content, and what
// is put back when someone inserted, deleted or sorted rows between the read and the write (or
// just after it). Each case plays the sheet as data: the read, the person's move, the write, the
// read after; then the put back is applied and the sheet must read as if only the person acted.
import type { Edit, RecordCell } from '../../../src/core';
import { recordGuardBreaks, recordPutBack } from '../../../src/core/follow-up/record-guard';

type Grid = RecordCell[][];
type WriteEdit = Extract<Edit, { kind: 'writeRecordCells' }>;
type DeleteEdit = Extract<Edit, { kind: 'deleteRecordRow' }>;

// Skill, Action, Status, By when, Notes (an extra column).
const before: Grid = [
  ['Skill', 'Action', 'Status', 'By when', 'Notes'],
  ['Hiring', 'Read the book', 'In progress', '2027-01-10', 'library'],
  ['Pitching', 'Pitch at the meetup', '', '', ''],
  ['Writing', 'Blog weekly', 'Done', '2026-10-01', 'kept up'],
];
const copy = (grid: Grid): Grid => grid.map((row) => [...row]);
const insertRow = (grid: Grid, at: number, row: RecordCell[] = ['', '', '', '', '']): Grid => {
  const out = copy(grid);
  out.splice(at - 1, 0, [...row]);
  return out;
};
const deleteRow = (grid: Grid, at: number): Grid => {
  const out = copy(grid);
  out.splice(at - 1, 1);
  return out;
};
/** Sorts the rows below the header by skill, Z to A. */
const sortDown = (grid: Grid): Grid => [
  [...grid[0]!],
  ...copy(grid.slice(1)).sort((a, b) => String(b[0]).localeCompare(String(a[0]))),
];
const write = (grid: Grid, edit: WriteEdit): Grid => {
  const out = copy(grid);
  for (const { row, col, value } of edit.cells) {
    out[row - 1]![col - 1] = typeof value === 'object' ? value.day : value;
  }
  return out;
};
/** The put back applied as the adapter would: the row inserted first, then the cells. */
function putBack(edit: WriteEdit | DeleteEdit, read: Grid, after: Grid): Grid {
  const back = recordPutBack(edit, read, after);
  let out = copy(after);
  if (back.insertRowBefore !== undefined) out = insertRow(out, back.insertRowBefore);
  for (const { row, col, value } of back.cells) {
    out[row - 1]![col - 1] = typeof value === 'object' ? value.day : value;
  }
  return out;
}

// The edit updatePlanItem plans for Pitching (row 3): status and date.
const update: WriteEdit = {
  kind: 'writeRecordCells',
  sheet: 'Plan',
  cells: [
    { row: 3, col: 3, value: 'Done' },
    { row: 3, col: 4, value: { day: '2026-12-02' } },
  ],
  expect: [
    { row: 3, col: 1, text: 'Pitching' },
    { row: 3, col: 2, text: 'Pitch at the meetup' },
  ],
};
const removal: DeleteEdit = {
  kind: 'deleteRecordRow',
  sheet: 'Plan',
  row: 3,
  expect: update.expect,
};

describe('the check after writing cells into a row found by content', () => {
  it('passes when the row is where it was, and then puts nothing back', () => {
    const after = write(before, update);
    expect(recordGuardBreaks(update, before, after)).toEqual([]);
    expect(recordPutBack(update, before, after)).toEqual({ cells: [] });
  });

  it('a row inserted above before the write: the row that got the values gets its own back', () => {
    const moved = insertRow(before, 2, ['Sales', 'Shadow a call', 'Not started', '', '']);
    const after = write(moved, update);
    expect(recordGuardBreaks(update, before, after)).toEqual(update.expect);
    // Row 3 now holds Hiring, which the write changed: its status and date go back, as days.
    expect(recordPutBack(update, before, after).cells).toEqual([
      { row: 3, col: 3, value: 'In progress' },
      { row: 3, col: 4, value: { day: '2027-01-10' } },
    ]);
    expect(putBack(update, before, after)).toEqual(moved);
  });

  it('an empty row inserted right at the written row: it gets back nothing', () => {
    const moved = insertRow(before, 3);
    const after = write(moved, update);
    expect(recordGuardBreaks(update, before, after)).not.toEqual([]);
    expect(putBack(update, before, after)).toEqual(moved);
  });

  it('a row deleted above before the write', () => {
    const moved = deleteRow(before, 2);
    const after = write(moved, update);
    expect(recordGuardBreaks(update, before, after)).not.toEqual([]);
    expect(putBack(update, before, after)).toEqual(moved);
  });

  it('a sort before the write', () => {
    const moved = sortDown(before);
    expect(moved.map((row) => row[0])).toEqual(['Skill', 'Writing', 'Pitching', 'Hiring']);
    const shuffled = [moved[0]!, moved[3]!, moved[1]!, moved[2]!]; // Hiring, Writing, Pitching
    const after = write(shuffled, update);
    expect(recordGuardBreaks(update, before, after)).not.toEqual([]);
    expect(putBack(update, before, after)).toEqual(shuffled);
  });

  it('a move just after a write that landed right: the row meant gets its old values back', () => {
    const after = insertRow(write(before, update), 2);
    expect(recordGuardBreaks(update, before, after)).not.toEqual([]);
    expect(recordPutBack(update, before, after).cells).toEqual([
      { row: 4, col: 3, value: '' },
      { row: 4, col: 4, value: '' },
    ]);
    expect(putBack(update, before, after)).toEqual(insertRow(before, 2));
  });

  it('the row retyped in place (its action renamed): its own old values go back', () => {
    const moved = copy(before);
    moved[2]![1] = 'Pitch at two meetups';
    const after = write(moved, update);
    expect(recordGuardBreaks(update, before, after)).toEqual([update.expect[1]]);
    expect(putBack(update, before, after)).toEqual(moved);
  });

  it('an unrelated row added below does not break it', () => {
    const after = write(insertRow(before, 5, ['Sales', 'Shadow', '', '', '']), update);
    expect(recordGuardBreaks(update, before, after)).toEqual([]);
  });
});

describe('the check after deleting a row found by content', () => {
  it('passes when the row meant went, even with an empty row inserted meanwhile', () => {
    const after = deleteRow(before, 3);
    expect(recordGuardBreaks(removal, before, after)).toEqual([]);
    expect(recordPutBack(removal, before, after)).toEqual({ cells: [] });
    expect(recordGuardBreaks(removal, before, insertRow(after, 2))).toEqual([]);
  });

  it('a row inserted above before the delete: the row taken is re-inserted in its place', () => {
    const moved = insertRow(before, 2, ['Sales', 'Shadow a call', 'Not started', '', '']);
    const after = deleteRow(moved, 3); // Hiring went instead of Pitching
    expect(recordGuardBreaks(removal, before, after)).toEqual(removal.expect);
    expect(recordPutBack(removal, before, after)).toEqual({
      insertRowBefore: 3,
      cells: [
        { row: 3, col: 1, value: 'Hiring' },
        { row: 3, col: 2, value: 'Read the book' },
        { row: 3, col: 3, value: 'In progress' },
        { row: 3, col: 4, value: { day: '2027-01-10' } },
        { row: 3, col: 5, value: 'library' },
      ],
    });
    expect(putBack(removal, before, after)).toEqual(moved);
  });

  it('a row deleted above before the delete', () => {
    const moved = deleteRow(before, 2);
    const after = deleteRow(moved, 3); // Writing went
    expect(recordGuardBreaks(removal, before, after)).not.toEqual([]);
    expect(putBack(removal, before, after)).toEqual(moved);
  });

  it('a sort before the delete', () => {
    const moved = sortDown(before); // Writing, Pitching, Hiring: row 3 is still Pitching
    expect(recordGuardBreaks(removal, before, deleteRow(moved, 3))).toEqual([]);
    const shuffled = [moved[0]!, moved[3]!, moved[1]!, moved[2]!]; // Hiring, Writing, Pitching
    const after = deleteRow(shuffled, 3); // Writing went
    expect(recordGuardBreaks(removal, before, after)).not.toEqual([]);
    expect(putBack(removal, before, after)).toEqual(shuffled);
  });

  it('a newly inserted empty row taken by the delete comes back empty', () => {
    const moved = insertRow(before, 3);
    const after = deleteRow(moved, 3);
    expect(recordGuardBreaks(removal, before, after)).not.toEqual([]);
    expect(recordPutBack(removal, before, after)).toEqual({ insertRowBefore: 3, cells: [] });
    expect(putBack(removal, before, after)).toEqual(moved);
  });
});
