import { columnRuns } from '../../../src/server/adapter/apply-edits';

describe('columnRuns', () => {
  it('joins cells that follow each other down a column into one range', () => {
    expect(
      columnRuns([
        { row: 3, col: 2 },
        { row: 2, col: 2 },
        { row: 4, col: 2 },
        { row: 6, col: 2 },
        { row: 2, col: 1 },
        { row: 2, col: 1 },
        { row: 27, col: 28 },
      ]),
    ).toEqual(['A2', 'B2:B4', 'B6', 'AB27']);
  });

  it('gives nothing for no cells', () => {
    expect(columnRuns([])).toEqual([]);
  });
});
