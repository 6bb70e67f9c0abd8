// Starting the guided review of one dream (from its review line, or from the Done card of the
// dream before).
import type { DreamView } from '../contract';
import type { Ctx } from './context';
import type { Review } from './model';

/** Starts (or restarts) the review of a dream, at a skill when given; reads its notes. */
export function startReview(
  ctx: Ctx,
  dream: DreamView,
  dreamId: string,
  step: Review['step'],
  index = 0,
): void {
  ctx.loadNotes(dream, dreamId);
  ctx.dispatch({ type: 'reviewStart', dreamId, step, index }, 'review');
}
