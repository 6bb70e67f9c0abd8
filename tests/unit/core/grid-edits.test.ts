// applyToGrid must do to an in-memory grid exactly what Sheets does to the sheet for each edit,
// so the state returned after an action is the state the sheet is in.
import { applyToGrid, type Grid } from '../../../src/core';
import {
  GREEN,
  NO_FILL,
  RED,
  YELLOW,
  bold,
  cell,
  grid,
  green,
  red,
  yellow,
} from '../../support/builders';

describe('writeText', () => {
  test('writes one cell and leaves the others alone', () => {
    const before = grid([
      ['Designer', 'Founder'],
      [red('Figma'), 'Pitching'],
    ]);
    const after = applyToGrid(before, [
      { kind: 'writeText', row: 2, col: 2, texts: [['Fundraising']] },
    ]);
    expect(after.values).toEqual([
      ['Designer', 'Founder'],
      ['Figma', 'Fundraising'],
    ]);
    expect(after.backgrounds).toEqual(before.backgrounds);
    expect(after.fontWeights).toEqual(before.fontWeights);
  });

  test('writes a block down from its first cell', () => {
    const after = applyToGrid(grid([['Designer', 'Founder']]), [
      { kind: 'writeText', row: 2, col: 2, texts: [['a'], ['b'], ['c']] },
    ]);
    expect(after.values).toEqual([
      ['Designer', 'Founder'],
      ['', 'a'],
      ['', 'b'],
      ['', 'c'],
    ]);
  });

  test('grows the grid to the right and down, with unfilled, normal new cells', () => {
    const after = applyToGrid(grid([['Designer']]), [
      { kind: 'writeText', row: 3, col: 3, texts: [['x']] },
    ]);
    expect(after.values).toEqual([
      ['Designer', '', ''],
      ['', '', ''],
      ['', '', 'x'],
    ]);
    expect(after.backgrounds.flat()).toEqual(Array(9).fill(NO_FILL));
    expect(after.fontWeights.flat()).toEqual(Array(9).fill('normal'));
  });

  test('writes into an empty grid', () => {
    const empty: Grid = { values: [], backgrounds: [], fontWeights: [] };
    const after = applyToGrid(empty, [
      { kind: 'writeText', row: 1, col: 1, texts: [['Designer']] },
    ]);
    expect(after.values).toEqual([['Designer']]);
  });

  test('keeps the text as it is (a formula-looking text stays a string)', () => {
    const after = applyToGrid(grid([['Designer']]), [
      { kind: 'writeText', row: 2, col: 1, texts: [['=1+1'], ['0042']] },
    ]);
    expect(after.values[1]?.[0]).toBe('=1+1');
    expect(after.values[2]?.[0]).toBe('0042');
  });

  test('keeps the fill and weight of the cell written over (Sheets does)', () => {
    const after = applyToGrid(grid([['Designer'], [bold(red('Figma'))]]), [
      { kind: 'writeText', row: 2, col: 1, texts: [['Figma 2']] },
    ]);
    expect(after.backgrounds[1]?.[0]).toBe(RED);
    expect(after.fontWeights[1]?.[0]).toBe('bold');
  });
});

describe('format', () => {
  const before = grid([
    ['Designer', 'Founder'],
    [red('Figma'), 'Pitching'],
    [bold('Sketch'), ''],
  ]);

  test('sets the fill of the listed cells only', () => {
    const after = applyToGrid(before, [
      {
        kind: 'format',
        cells: [
          { row: 2, col: 2 },
          { row: 3, col: 1 },
        ],
        background: GREEN,
      },
    ]);
    expect(after.backgrounds).toEqual([
      [NO_FILL, NO_FILL],
      [RED, GREEN],
      [GREEN, NO_FILL],
    ]);
    expect(after.fontWeights).toEqual(before.fontWeights);
    expect(after.values).toEqual(before.values);
  });

  test('background null removes the fill (reads back as no fill)', () => {
    const after = applyToGrid(before, [
      { kind: 'format', cells: [{ row: 2, col: 1 }], background: null },
    ]);
    expect(after.backgrounds[1]?.[0]).toBe(NO_FILL);
  });

  test('a fill written in upper case reads back the way Sheets returns it (lower case)', () => {
    const after = applyToGrid(before, [
      { kind: 'format', cells: [{ row: 2, col: 2 }], background: '#FFE599' },
    ]);
    expect(after.backgrounds[1]?.[1]).toBe('#ffe599');
  });

  test('sets the weight without touching the fill', () => {
    const after = applyToGrid(before, [
      {
        kind: 'format',
        cells: [
          { row: 2, col: 1 },
          { row: 3, col: 1 },
        ],
        fontWeight: 'bold',
      },
      { kind: 'format', cells: [{ row: 3, col: 1 }], fontWeight: 'normal' },
    ]);
    expect(after.fontWeights).toEqual([
      ['normal', 'normal'],
      ['bold', 'normal'],
      ['normal', 'normal'],
    ]);
    expect(after.backgrounds).toEqual(before.backgrounds);
  });
});

describe('deleteCellShiftUp (Sheets: Delete cells, shift up)', () => {
  const before = grid([
    ['Designer', 'Founder'],
    [red('Figma'), 'Pitching'],
    [bold(yellow('Typography')), green('Hiring')],
    ['', ''],
    [cell('Sketch', GREEN), bold('Budget')],
  ]);
  const after = applyToGrid(before, [{ kind: 'deleteCellShiftUp', row: 2, col: 1 }]);

  test('moves the values below up by one, in that column only', () => {
    expect(after.values).toEqual([
      ['Designer', 'Founder'],
      ['Typography', 'Pitching'],
      ['', 'Hiring'],
      ['Sketch', ''],
      ['', 'Budget'],
    ]);
  });

  test('moves fills and weights with their values', () => {
    expect(after.backgrounds.map((r) => r[0])).toEqual([NO_FILL, YELLOW, NO_FILL, GREEN, NO_FILL]);
    expect(after.fontWeights.map((r) => r[0])).toEqual([
      'normal',
      'bold',
      'normal',
      'normal',
      'normal',
    ]);
  });

  test('leaves the other column exactly as it was', () => {
    expect(after.backgrounds.map((r) => r[1])).toEqual(before.backgrounds.map((r) => r[1]));
    expect(after.fontWeights.map((r) => r[1])).toEqual(before.fontWeights.map((r) => r[1]));
  });

  test('deleting the last cell of a column just empties it', () => {
    const last = applyToGrid(before, [{ kind: 'deleteCellShiftUp', row: 5, col: 2 }]);
    expect(last.values.map((r) => r[1])).toEqual(['Founder', 'Pitching', 'Hiring', '', '']);
    expect(last.fontWeights[4]?.[1]).toBe('normal');
  });

  test('does not change the grid it was given', () => {
    expect(before.values[1]?.[0]).toBe('Figma');
    expect(before.backgrounds[1]?.[0]).toBe(RED);
  });
});

describe('deleteColumnCells (Sheets: Delete cells, shift left, over a block of rows)', () => {
  const before = grid([
    ['Title above the table', '', ''],
    ['Designer', 'Founder', 'Manager'],
    [red('Figma'), bold(yellow('Pitching')), green('Hiring')],
    ['Sketch', '', cell('Budget', RED)],
  ]);
  const after = applyToGrid(before, [{ kind: 'deleteColumnCells', col: 1, fromRow: 2, toRow: 4 }]);

  test('moves the cells to the right left, in the rows given', () => {
    expect(after.values).toEqual([
      ['Title above the table', '', ''],
      ['Founder', 'Manager', ''],
      ['Pitching', 'Hiring', ''],
      ['', 'Budget', ''],
    ]);
  });

  test('moves fills and weights with their values', () => {
    expect(after.backgrounds.slice(1)).toEqual([
      [NO_FILL, NO_FILL, NO_FILL],
      [YELLOW, GREEN, NO_FILL],
      [NO_FILL, RED, NO_FILL],
    ]);
    expect(after.fontWeights[2]).toEqual(['bold', 'normal', 'normal']);
  });

  test('leaves rows outside the block alone', () => {
    expect(after.values[0]).toEqual(before.values[0]);
  });

  test('moves the rows below `toRow` too, down to the bottom: whole columns move', () => {
    const tall = grid([
      ['Designer', 'Founder'],
      ['Figma', 'Pitching'],
      ['', cell('', RED)],
    ]);
    const moved = applyToGrid(tall, [{ kind: 'deleteColumnCells', col: 1, fromRow: 1, toRow: 2 }]);
    expect(moved.backgrounds[2]).toEqual([RED, NO_FILL]);
  });

  test('deleting a middle column keeps the columns to its left', () => {
    const middle = applyToGrid(before, [
      { kind: 'deleteColumnCells', col: 2, fromRow: 2, toRow: 4 },
    ]);
    expect(middle.values.slice(1)).toEqual([
      ['Designer', 'Manager', ''],
      ['Figma', 'Hiring', ''],
      ['Sketch', 'Budget', ''],
    ]);
    expect(middle.backgrounds[2]).toEqual([RED, GREEN, NO_FILL]);
  });
});

describe('several edits', () => {
  test('are applied in order', () => {
    const after = applyToGrid(grid([['Designer'], ['Figma'], ['Sketch']]), [
      { kind: 'deleteCellShiftUp', row: 2, col: 1 },
      { kind: 'writeText', row: 3, col: 1, texts: [['Typography']] },
      { kind: 'format', cells: [{ row: 2, col: 1 }], background: RED },
    ]);
    expect(after.values).toEqual([['Designer'], ['Sketch'], ['Typography']]);
    expect(after.backgrounds).toEqual([[NO_FILL], [RED], [NO_FILL]]);
  });

  test('no edits gives an equal grid that is a copy', () => {
    const before = grid([['Designer'], [red('Figma')]]);
    const after = applyToGrid(before, []);
    expect(after).toEqual(before);
    expect(after.values).not.toBe(before.values);
    expect(after.values[0]).not.toBe(before.values[0]);
  });
});
