// Applies edits to the dreams grid in memory, exactly as the adapter applies them to the sheet,
// so the state an action returns is computed without reading the sheet a second time.
import { NO_FILL } from './colour';
import type { CellValue, Edit, Grid } from './types';

export function applyToGrid(grid: Grid, edits: Edit[]): Grid {
  const next: Grid = {
    values: grid.values.map((row) => [...row]),
    backgrounds: grid.backgrounds.map((row) => [...row]),
    fontWeights: grid.fontWeights.map((row) => [...row]),
  };
  for (const edit of edits) applyOne(next, edit);
  return next;
}

function applyOne(grid: Grid, edit: Edit): void {
  switch (edit.kind) {
    case 'writeText':
      edit.texts.forEach((row, i) =>
        row.forEach((text, j) => setCell(grid, edit.row + i, edit.col + j, text)),
      );
      return;
    case 'writeNotes':
      // The grid holds no notes: the table reads values, fills and bold only.
      return;
    case 'writeSheet':
    case 'appendRecordRows':
    case 'writeRecordCells':
    case 'deleteRecordRow':
      // Another sheet: the dreams grid does not change.
      return;
    case 'format':
      for (const { row, col } of edit.cells) {
        ensure(grid, row, col);
        if (edit.background !== undefined) {
          grid.backgrounds[row - 1]![col - 1] = normalise(edit.background);
        }
        if (edit.fontWeight !== undefined) grid.fontWeights[row - 1]![col - 1] = edit.fontWeight;
      }
      return;
    case 'deleteCellShiftUp':
      for (const layer of layers(grid)) {
        for (let r = edit.row - 1; r < layer.rows.length; r++) {
          const below = layer.rows[r + 1]?.[edit.col - 1];
          if (layer.rows[r] && edit.col - 1 < layer.rows[r]!.length) {
            layer.rows[r]![edit.col - 1] = below ?? layer.blank;
          }
        }
      }
      return;
    case 'deleteColumnCells':
      // Down to the bottom of the sheet, as the adapter deletes, not only to `toRow`.
      for (const layer of layers(grid)) {
        for (let r = edit.fromRow - 1; r < layer.rows.length; r++) {
          const row = layer.rows[r]!;
          if (edit.col - 1 >= row.length) continue;
          row.splice(edit.col - 1, 1);
          row.push(layer.blank);
        }
      }
      return;
  }
}

function setCell(grid: Grid, row: number, col: number, value: CellValue): void {
  ensure(grid, row, col);
  grid.values[row - 1]![col - 1] = value;
}

/** Grows the grid (rectangularly) so that row/col exists. */
function ensure(grid: Grid, row: number, col: number): void {
  const width = Math.max(col, grid.values[0]?.length ?? 0);
  while (grid.values.length < row) {
    grid.values.push([]);
    grid.backgrounds.push([]);
    grid.fontWeights.push([]);
  }
  grid.values.forEach((_, r) => {
    while (grid.values[r]!.length < width) grid.values[r]!.push('');
    while (grid.backgrounds[r]!.length < width) grid.backgrounds[r]!.push(NO_FILL);
    while (grid.fontWeights[r]!.length < width) grid.fontWeights[r]!.push('normal');
  });
}

function layers(grid: Grid): { rows: unknown[][]; blank: unknown }[] {
  return [
    { rows: grid.values, blank: '' },
    { rows: grid.backgrounds, blank: NO_FILL },
    { rows: grid.fontWeights, blank: 'normal' },
  ];
}

function normalise(background: string | null): string {
  return background === null ? NO_FILL : background.toLowerCase();
}
