// Adding, renaming and removing a dream: its header cell, or its whole column of the table.
import { a1 } from '../a1';
import { UserError } from '../errors';
import { findDream, type DreamTarget } from '../locate';
import { skillKey } from '../skill-name';
import type { Table } from '../types';
import { validName } from './names';
import { headerRowOf, type Plan } from './plan';
import { count } from './wording';

export function planAddDream(table: Table, input: string): Plan {
  const name = validName(input, 'dream');
  const existing = table.dreams.find((d) => d.key === skillKey(name));
  if (existing) throw new UserError(`There is already a dream called ‘${existing.name}’.`);
  // New dreams go to the right of everything on the sheet, so no stray column is adopted.
  const row = table.headerRow ?? 1;
  const col = table.lastCol + 1;
  return {
    edits: [{ kind: 'writeText', row, col, texts: [[name]] }],
    message: `Added the dream ‘${name}’ in ${a1(row, col)}.`,
    overwrite: { doing: `Adding the dream ‘${name}’`, label: 'Add anyway' },
  };
}

export function planRenameDream(table: Table, target: DreamTarget, input: string): Plan {
  const dream = findDream(table, target);
  const name = validName(input, 'dream');
  const clash = table.dreams.find((d) => d.key === skillKey(name) && d !== dream);
  if (clash) throw new UserError(`There is already a dream called ‘${clash.name}’.`);
  if (name === dream.name) return { edits: [], message: `‘${name}’ already has that name.` };
  return {
    edits: [{ kind: 'writeText', row: headerRowOf(table), col: dream.col, texts: [[name]] }],
    message: `Renamed ‘${dream.name}’ to ‘${name}’.`,
  };
}

/**
 * Removes a dream's column of the table. `expectedSkills` is what the user saw when they
 * confirmed; if the dream holds anything else now, nothing is removed.
 */
export function planRemoveDream(table: Table, target: DreamTarget, expectedSkills: string[]): Plan {
  const dream = findDream(table, target);
  const now = dream.skills.map((s) => s.key).sort();
  const seen = expectedSkills.map(skillKey).sort();
  if (now.length !== seen.length || now.some((key, i) => key !== seen[i])) {
    throw new UserError(
      `‘${dream.name}’ changed since you asked to remove it (it now has ${count(now.length, 'skill')}), ` +
        'so nothing was removed. Check the refreshed list and try again.',
      'changed',
    );
  }
  const stray = table.strayCells.filter((c) => c.col === dream.col);
  if (stray.length > 0) {
    throw new UserError(
      `The column of ‘${dream.name}’ also holds ${stray.map((c) => a1(c.row, c.col)).join(', ')}, ` +
        'which is not a skill, so nothing was removed. Clear or move that first.',
    );
  }
  // The whole column, from row 1 to the bottom of the sheet: the columns to its right then move
  // as wholes, each cell with its note and fill, below the table and above it too.
  return {
    edits: [{ kind: 'deleteColumnCells', col: dream.col, fromRow: 1, toRow: table.lastRow }],
    message: `Removed the dream ‘${dream.name}’ and its ${count(now.length, 'skill')}.`,
    overwrite: { doing: `Removing ‘${dream.name}’`, label: 'Remove anyway' },
  };
}
