// A skill's rating and critical mark, changed optimistically: shown at once (pending), sent
// behind any change still running, then confirmed or rolled back by the answer.
import type { DreamView, RatingChoice, SkillRef, SkillView } from '../contract';
import { call } from './api';
import type { Ctx } from './context';
import { RATINGS } from './words';

/** How a call names a skill: by its dream and name, with the cell where it was seen. */
export function skillRef(dream: DreamView, skill: SkillView): SkillRef {
  return { dream: dream.name, skill: skill.name, row: skill.row, col: skill.col };
}

/** Rates one skill now (shown at once, pending), and sends it. */
export function rateSkill(ctx: Ctx, id: string, ref: SkillRef, choice: RatingChoice): void {
  const option = RATINGS.find((o) => o.choice === choice);
  if (!option) return;
  ctx.change([id], { rating: option.rating }, () => call('setRating', [ref], choice));
}

export function markSkillCritical(ctx: Ctx, id: string, ref: SkillRef, critical: boolean): void {
  ctx.change([id], { critical }, () => call('setCritical', [ref], critical));
}
