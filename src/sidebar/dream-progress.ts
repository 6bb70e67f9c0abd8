// How far a dream's ratings have come: the summary in its heading ("5 skills · 2 red · 3 green")
// and the line above its skills that leads to the next one to rate, or to the review.
import type { DreamView } from '../contract';
import { count } from './context';
import type { Ctx } from './context';
import { button, h, name } from './dom';
import { startReview } from './review-start';
import { RATING_ORDER, ratingWord } from './words';

export function dreamSummary(dream: DreamView): string {
  if (!dream.skills.length) return 'no skills yet';
  const bits = [count(dream.skills.length, 'skill', 'skills')];
  for (const rating of RATING_ORDER) {
    const n = dream.skills.filter((s) => s.rating === rating).length;
    if (n) bits.push(`${n} ${ratingWord(rating)}`);
  }
  return bits.join(' \u00B7 ');
}

/** How many skills are still unrated, the next one to rate, and the review. */
export function reviewLine(ctx: Ctx, dream: DreamView, dreamId: string): HTMLElement {
  const next = dream.skills.findIndex((s) => s.rating === 'unrated');
  const left = dream.skills.filter((s) => s.rating === 'unrated').length;
  const nextSkill = dream.skills[next];
  return h('div', { class: 'review-line' }, [
    nextSkill
      ? button(
          [`${left} not rated yet \u2014 next: `, name(nextSkill.name)],
          () => startReview(ctx, dream, dreamId, 'rate', next),
          {
            class: 'link',
            testid: 'dream-next-unrated',
            fk: `${dreamId}:next-unrated`,
            attrs: { title: 'Rate the skills left, one by one' },
          },
        )
      : h('span', { class: 'hint', testid: 'dream-all-rated' }, [
          dream.skills.length === 1 ? 'Rated.' : `All ${dream.skills.length} rated.`,
        ]),
    button('Review one by one', () => startReview(ctx, dream, dreamId, 'critical'), {
      class: 'small',
      testid: 'dream-review',
      fk: `${dreamId}:review`,
      attrs: { title: 'Mark the critical skills, then rate each, with keyboard keys' },
    }),
  ]);
}
