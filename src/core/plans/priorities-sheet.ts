// Updating the generated Priorities sheet: one writeSheet edit, and the rule that protects what
// people typed there. Nothing is lost: a sheet of that name the add-on did not write is never
// touched, and one somebody typed into is replaced only with their consent.
import { cellList, requireConsent } from '../consent';
import { UserError } from '../errors';
import type { Facts } from '../facts';
import { rankPriorities } from '../priorities';
import { PRIORITIES_SHEET, prioritiesSheet } from '../priorities-sheet';
import { cellsTypedIntoPriorities } from '../priorities-sheet-check';
import { isPrioritiesReport } from '../sheet-names';
import type { Plan } from './plan';

/** The label of the button that repeats the update with consent. */
export const REPLACE_TYPED_CELLS = 'Replace it';

/**
 * `consent`: the token of the question the person agreed to (null: none). It covers exactly the
 * cells that question named, with what they held; anything else typed meanwhile asks again.
 */
export function planPrioritiesSheet(
  facts: Facts<'prioritiesSheet' | 'time'>,
  consent: string | null,
): Plan {
  const { dreams, prioritiesSheet: old, time } = facts;
  if (old.exists) {
    const { typed, record } = cellsTypedIntoPriorities(old.values, old.formulas);
    const name = old.name || PRIORITIES_SHEET;
    // The add-on's own sheet: its title in A1, or its record intact. Sheets allows one sheet of
    // that name in any letter case, so a person's own `priorities` is refused, never written.
    if (typed.length > 0 && record !== 'ok' && !isPrioritiesReport(old.values[0]?.[0])) {
      throw new UserError(
        `The sheet ‘${name}’ holds content the add-on did not write, so it was left as it is. ` +
          `Rename that sheet (to ‘My ${name}’, say), then update the priorities again.`,
      );
    }
    const list = cellList(typed.map((t) => t.cell));
    const why =
      record === 'ok'
        ? `Someone typed into the ‘${name}’ sheet (${list}). Updating would replace that`
        : record === 'none'
          ? `The ‘${name}’ sheet was written by an earlier version of the add-on, which kept no ` +
            `record of what it wrote, so it cannot tell what was typed there (${list}). ` +
            'Updating would replace all of it'
          : `The add-on’s record at the end of the ‘${name}’ sheet was changed, so it cannot ` +
            `tell what was typed there (${list}). Updating would replace all of it`;
    requireConsent(
      typed,
      consent,
      `${why}: copy it elsewhere first, or replace it.`,
      REPLACE_TYPED_CELLS,
    );
  }
  const priorities = rankPriorities(dreams.table);
  const block = prioritiesSheet(dreams.table, priorities, {
    sheetName: dreams.sheetName,
    computedAt: `${time.stamp} (${time.timeZone})`,
  });
  // Cover the previous version's whole area, so no stale row or column survives.
  const oldRows = Math.max(old.values.length, old.formulas.length);
  const oldCols = Math.max(old.values[0]?.length ?? 0, old.formulas[0]?.length ?? 0);
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
