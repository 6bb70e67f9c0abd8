// The guided review's answers: what each button and key does. Every answer is sent as it is
// given (queued behind the one still running, shown at once as pending so the Done card's
// counts are right at any speed), then the review moves on (reviewMove).
import type { DreamView, RatingChoice, SkillView } from '../contract';
import type { Ctx } from './context';
import type { Review } from './model';
import { markSkillCritical, rateSkill, skillRef } from './skill-actions';
import { RATINGS } from './words';

/** An answer about the skill `id` of `dream`, the one the review is on. */
export type Answer = (ctx: Ctx, dream: DreamView, skill: SkillView, id: string) => void;

/** One skill on or back, with no answer. */
export function step(by: 1 | -1): Answer {
  return (ctx) => ctx.dispatch({ type: 'reviewMove', by }, 'review');
}

/** The answer a key gives at this step, or null when the key means nothing here. */
export function keyAnswer(at: Review['step'], key: string): Answer | null {
  if (key === 's' || key === 'ArrowRight') return step(1);
  if (key === 'b' || key === 'ArrowLeft') return step(-1);
  if (key === 'c') return at === 'critical' ? markCritical(true) : toggleCritical;
  if (at === 'critical') return key === 'n' ? markCritical(false) : null;
  // R, Y, G: the first letter of the rating's word.
  const option = RATINGS.find((o) => o.choice !== 'none' && o.word[0]?.toLowerCase() === key);
  return option ? rate(option.choice) : null;
}

/** Step 1's answer, then the next skill. */
export function markCritical(critical: boolean): Answer {
  // Sent even when the state already shows it: an earlier answer may still be on its way.
  return (ctx, dream, skill, id) => {
    markSkillCritical(ctx, id, skillRef(dream, skill), critical);
    step(1)(ctx, dream, skill, id);
  };
}

/** In step 2, C turns the mark on or off and stays on the skill. */
export const toggleCritical: Answer = (ctx, dream, skill, id) =>
  markSkillCritical(ctx, id, skillRef(dream, skill), !skill.critical);

/** Step 2's answer, then the next skill. */
export function rate(choice: RatingChoice): Answer {
  return (ctx, dream, skill, id) => {
    rateSkill(ctx, id, skillRef(dream, skill), choice);
    step(1)(ctx, dream, skill, id);
  };
}
