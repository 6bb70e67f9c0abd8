// Updating the generated Priorities sheet: one writeSheet edit, and the rule that protects what
// people typed there. Nothing is lost: a sheet of that name the add-on did not write is never
// touched, and one somebody typed into is replaced only with their consent.
import { UserError } from '../errors';
import type { Facts } from '../facts';
import { rankPriorities } from '../priorities';
import { PRIORITIES_SHEET, PRIORITIES_TITLE, prioritiesSheet } from '../priorities-sheet';
import { cellsTypedIntoPriorities } from '../priorities-sheet-check';
import type { Plan } from './plan';

/** The label of the button that repeats the update with consent. */
export const REPLACE_TYPED_CELLS = 'Replace it';

export function planPrioritiesSheet(
  facts: Facts<'prioritiesSheet' | 'time'>,
  replaceTypedCells: boolean,
): Plan {
  const { dreams, prioritiesSheet: old, time } = facts;
  if (old.exists) {
    const typed = cellsTypedIntoPriorities(old.values);
    if (typed.length > 0 && String(old.values[0]?.[0] ?? '') !== PRIORITIES_TITLE) {
      throw new UserError(
        `The sheet ‘${PRIORITIES_SHEET}’ holds content the add-on did not write, so it was left as ` +
          'it is. Rename that sheet (or move its content), then update the priorities again.',
      );
    }
    if (typed.length > 0 && !replaceTypedCells) {
      const shown = typed.slice(0, 5).join(', ') + (typed.length > 5 ? ', …' : '');
      throw new UserError(
        `Someone typed into the ‘${PRIORITIES_SHEET}’ sheet (${shown}). Updating would ` +
          'replace that: copy it elsewhere first, or replace it.',
        'refused',
        REPLACE_TYPED_CELLS,
      );
    }
  }
  const priorities = rankPriorities(dreams.table);
  const block = prioritiesSheet(dreams.table, priorities, {
    sheetName: dreams.sheetName,
    computedAt: `${time.stamp} (${time.timeZone})`,
  });
  // Cover the previous version's whole area, so no stale row or column survives.
  const oldRows = old.values.length;
  const oldCols = old.values[0]?.length ?? 0;
  const rows = Math.max(block.values.length, oldRows);
  const cols = Math.max(block.values[0]?.length ?? 1, oldCols);
  const pad = <T>(grid: T[][], blank: T): T[][] =>
    Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => grid[r]?.[c] ?? blank),
    );
  const what = priorities.length === 1 ? '1 skill' : `${priorities.length} skills`;
  return {
    edits: [
      {
        kind: 'writeSheet',
        sheet: PRIORITIES_SHEET,
        create: !old.exists,
        values: pad(block.values, ''),
        backgrounds: pad(block.backgrounds, null),
        fontWeights: pad(block.fontWeights, 'normal'),
        known: { rows: oldRows, cols: oldCols },
      },
    ],
    message: `Updated the Priorities sheet: ${what} to work on.`,
  };
}
