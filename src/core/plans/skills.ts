// Adding, renaming and removing skills under a dream, and writing a skill's note.
import { a1 } from '../a1';
import { UserError } from '../errors';
import { findDream, findSkill, type DreamTarget, type SkillTarget } from '../locate';
import { cleanName, skillKey } from '../skill-name';
import type { Edit, Table } from '../types';
import { validName, validNote } from './names';
import { lastRowOf, type Plan } from './plan';
import { quoteList } from './wording';

/**
 * Adds skills below the dream's last cell. `notes[i]`, when given, becomes the note of the cell
 * of `inputs[i]` (a definition from the library, say): all of them in one block, one call.
 */
export function planAddSkills(
  table: Table,
  target: DreamTarget,
  inputs: string[],
  notes: string[] = [],
): Plan {
  const dream = findDream(table, target);
  const added: Array<{ name: string; note: string }> = [];
  const skipped: string[] = [];
  const keys = new Set(dream.skills.map((s) => s.key));
  inputs.forEach((input, i) => {
    if (cleanName(String(input ?? '')) === '') return;
    const name = validName(input, 'skill');
    if (keys.has(skillKey(name))) skipped.push(name);
    else added.push({ name, note: validNote(notes[i] ?? '') });
    keys.add(skillKey(name));
  });
  if (added.length === 0) {
    if (skipped.length > 0) {
      throw new UserError(`‘${dream.name}’ already lists ${quoteList(skipped)}.`);
    }
    throw new UserError('Type a name for the skill first.');
  }
  const row = lastRowOf(table, dream) + 1;
  const names = added.map((a) => a.name);
  const edits: Edit[] = [{ kind: 'writeText', row, col: dream.col, texts: names.map((n) => [n]) }];
  const noted = added.filter((a) => a.note !== '').length;
  if (noted > 0) {
    edits.push({ kind: 'writeNotes', row, col: dream.col, notes: added.map((a) => [a.note]) });
  }
  const already = skipped.length > 0 ? ` (already listed: ${quoteList(skipped)})` : '';
  const withNotes =
    noted === 0
      ? ''
      : noted === 1
        ? ', with its definition as a note'
        : ', with definitions as notes';
  return {
    edits,
    message: `Added ${quoteList(names)} to ‘${dream.name}’${withNotes}${already}.`,
    overwrite: { doing: `Adding ${quoteList(names)} to ‘${dream.name}’`, label: 'Add anyway' },
  };
}

export function planRenameSkill(table: Table, target: SkillTarget, input: string): Plan {
  const { dream, skill } = findSkill(table, target);
  const name = validName(input, 'skill');
  const clash = dream.skills.find((s) => s.key === skillKey(name) && s !== skill);
  if (clash) throw new UserError(`‘${dream.name}’ already lists ‘${clash.name}’.`);
  if (name === skill.name) return { edits: [], message: `‘${name}’ already has that name.` };
  return {
    edits: [{ kind: 'writeText', row: skill.row, col: skill.col, texts: [[name]] }],
    message: `Renamed ‘${skill.name}’ to ‘${name}’ under ‘${dream.name}’.`,
  };
}

export function planRemoveSkill(table: Table, target: SkillTarget): Plan {
  const { dream, skill } = findSkill(table, target);
  return {
    edits: [{ kind: 'deleteCellShiftUp', row: skill.row, col: skill.col }],
    message: `Removed ‘${skill.name}’ from ‘${dream.name}’.`,
  };
}

/**
 * Sets one skill's note (its definition, or the bar for this dream), found by content: if the
 * skill was renamed, moved or removed meanwhile, nothing is written. Only that cell's note
 * changes; '' removes it.
 */
export function planSkillNote(table: Table, target: SkillTarget, input: string): Plan {
  const { dream, skill } = findSkill(table, target);
  const note = validNote(input);
  return {
    edits: [{ kind: 'writeNotes', row: skill.row, col: skill.col, notes: [[note]] }],
    message:
      note === ''
        ? `Removed the note from ‘${skill.name}’ under ‘${dream.name}’.`
        : `Saved the note on ‘${skill.name}’ under ‘${dream.name}’ (${a1(skill.row, skill.col)}).`,
  };
}
