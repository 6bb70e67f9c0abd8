// Finding what an action means by content (dream and skill names), never by remembered
// coordinates: between the sidebar's view and the click, the other person in the conversation
// may have inserted a column, sorted, renamed or deleted. The coordinates the sidebar sends are
// only hints to choose between duplicates.
import { a1 } from './a1';
import { UserError } from './errors';
import { skillKey } from './skill-name';
import type { Dream, SkillCell, Table } from './types';

export interface DreamTarget {
  dream: string;
  col?: number;
}

export interface SkillTarget {
  dream: string;
  skill: string;
  row?: number;
  col?: number;
}

export function findDream(table: Table, target: DreamTarget): Dream {
  const matches = table.dreams.filter((d) => d.key === skillKey(target.dream));
  if (matches.length === 1 && matches[0]) return matches[0];
  if (matches.length === 0) {
    throw new UserError(
      `The dream ‘${target.dream}’ is no longer in the table: someone may have renamed or ` +
        'removed it. The list is refreshed; try again there.',
      'changed',
    );
  }
  const hinted = matches.find((d) => d.col === target.col);
  if (hinted) return hinted;
  throw new UserError(
    `There are ${matches.length} dreams called ‘${target.dream}’ and the one you meant has moved. ` +
      'Rename one of them so each can be told apart, then try again.',
    'changed',
  );
}

/**
 * The skill a target means. Same-named dreams are told apart by the column hint, and the hint
 * must then match one of them; without a hint, a skill that only one of them lists is still
 * unambiguous. Duplicate skills are told apart by the row hint (and column), which must match
 * exactly one copy: a hint that matches none is never resolved by guessing.
 */
export function findSkill(table: Table, target: SkillTarget): { dream: Dream; skill: SkillCell } {
  const named = table.dreams.filter((d) => d.key === skillKey(target.dream));
  if (named.length <= 1) return skillIn(findDream(table, target), target);
  const dreams = target.col === undefined ? named : named.filter((d) => d.col === target.col);
  if (dreams.length === 0) findDream(table, target); // throws: no dream at the hinted column
  const key = skillKey(target.skill);
  const holding = dreams.filter((d) => d.skills.some((s) => s.key === key));
  if (holding.length === 1 && holding[0]) return skillIn(holding[0], target);
  if (holding.length === 0) return skillIn(dreams[0]!, target); // throws: no longer under it
  const hinted = holding.filter((d) => d.skills.some((s) => s.key === key && s.row === target.row));
  if (hinted.length === 1 && hinted[0] && target.row !== undefined) {
    return skillIn(hinted[0], target);
  }
  throw new UserError(
    `There are ${named.length} dreams called ‘${target.dream}’ that list ‘${target.skill}’, and ` +
      'the one you meant has moved. Rename one of the dreams so each can be told apart, then try again.',
    'changed',
  );
}

function skillIn(dream: Dream, target: SkillTarget): { dream: Dream; skill: SkillCell } {
  const matches = dream.skills.filter((s) => s.key === skillKey(target.skill));
  if (matches.length === 1 && matches[0]) return { dream, skill: matches[0] };
  if (matches.length === 0) {
    throw new UserError(
      `‘${target.skill}’ is no longer under ‘${dream.name}’: someone may have renamed, moved or ` +
        'removed it. The list is refreshed; try again there.',
      'changed',
    );
  }
  const hinted = matches.find((s) => s.row === target.row);
  if (hinted) return { dream, skill: hinted };
  throw new UserError(
    `‘${target.skill}’ is listed ${matches.length} times under ‘${dream.name}’ ` +
      `(${matches.map((s) => a1(s.row, s.col)).join(', ')}) and the one you meant has moved. ` +
      'Remove the extra one, then try again.',
    'changed',
  );
}
