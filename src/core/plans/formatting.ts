// Rating a skill (its fill) and marking it critical (its bold). A cell that already reads as
// asked is left alone, so a shade someone picked by hand survives.
import { NO_FILL, RATING_FILLS } from '../colour';
import { findSkill, type SkillTarget } from '../locate';
import type { RatingChoice, SkillCell, Table } from '../types';
import { cellOf, type Plan } from './plan';
import { subject } from './wording';

export function planRating(table: Table, targets: SkillTarget[], rating: RatingChoice): Plan {
  return ratingEdits(
    targets.map((t) => findSkill(table, t).skill),
    rating,
  );
}

export function planCritical(table: Table, targets: SkillTarget[], critical: boolean): Plan {
  return criticalEdits(
    targets.map((t) => findSkill(table, t).skill),
    critical,
  );
}

export function ratingEdits(skills: SkillCell[], rating: RatingChoice): Plan {
  // A cell already reading as this rating keeps its own shade: nothing to write. "None" clears
  // any fill, also a blue one that reads as unrated (and draws a warning).
  const changing = skills.filter((s) =>
    rating === 'none' ? s.fill !== NO_FILL : s.rating !== rating,
  );
  const word = rating === 'none' ? 'not rated' : rating;
  const message =
    changing.length === 0
      ? `${subject(skills)} ${skills.length === 1 ? 'is' : 'are'} already ${word}.`
      : `Marked ${subject(changing)} ${word}.`;
  if (changing.length === 0) return { edits: [], message };
  const background = rating === 'none' ? null : RATING_FILLS[rating];
  return { edits: [{ kind: 'format', cells: changing.map(cellOf), background }], message };
}

export function criticalEdits(skills: SkillCell[], critical: boolean): Plan {
  const changing = skills.filter((s) => s.critical !== critical);
  const word = critical ? 'critical' : 'not critical';
  const message =
    changing.length === 0
      ? `${subject(skills)} ${skills.length === 1 ? 'is' : 'are'} already ${word}.`
      : `Marked ${subject(changing)} ${word}.`;
  if (changing.length === 0) return { edits: [], message };
  const fontWeight = critical ? 'bold' : 'normal';
  return { edits: [{ kind: 'format', cells: changing.map(cellOf), fontWeight }], message };
}
