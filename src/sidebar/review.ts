// The guided review: one dream's skills, one at a time. Step 1 asks which are critical, step 2
// rates each. Every answer is written as it is given (setCritical / setRating on that one
// cell), so closing the sidebar midway loses nothing. Keys do what the buttons do.
import type { DreamView } from '../contract';
import { dreamIds, skillsWithIds } from './context';
import type { Ctx, Review } from './context';
import { button, h, name, q } from './dom';
import { doneCard, skillCard } from './review-cards';
import { go, keyAnswer, moveTo } from './review-moves';

/** Starts (or restarts) the review of a dream, at a skill when given; reads its notes. */
export function startReview(
  ctx: Ctx,
  dream: DreamView,
  dreamId: string,
  step: Review['step'],
  index = 0,
): void {
  const skills = skillsWithIds(dream, dreamId);
  ctx.view.review = {
    dreamId,
    step,
    index,
    skillId: skills[index]?.[0] ?? null,
    done: skills.length === 0,
  };
  ctx.view.noting = null;
  ctx.loadNotes(dream, dreamId);
  ctx.render('review');
}

const KEYS: Record<Review['step'], string> = {
  critical:
    'Keys: C critical \u00B7 N not critical \u00B7 S or \u2192 skip \u00B7 B or \u2190 back \u00B7 Esc close',
  rate: 'Keys: R red \u00B7 Y yellow \u00B7 G green \u00B7 C critical on/off \u00B7 S or \u2192 skip \u00B7 B or \u2190 back \u00B7 Esc close',
};

export function renderReview(ctx: Ctx): HTMLElement | null {
  const review = ctx.view.review;
  if (!review) return null;
  const dreams = ctx.state.dreams;
  const dream = dreams[dreamIds(dreams).indexOf(review.dreamId)];
  if (!dream) return null;
  const skills = skillsWithIds(dream, review.dreamId);
  // Follow the skill, not the position: the other person may have added or removed one above.
  const found = skills.findIndex(([id]) => id === review.skillId);
  if (found >= 0) review.index = found;
  review.index = Math.min(review.index, skills.length);
  if (!review.done && review.index >= skills.length) moveTo(review, skills, review.index);

  const close = (): void => {
    ctx.view.review = null;
    ctx.render(`${review.dreamId}:review`);
  };
  const current = review.done ? undefined : skills[review.index];
  const body = current
    ? skillCard(ctx, review, dream, current[1], current[0], skills)
    : doneCard(ctx, review, dream, skills);

  const onKey = (event: KeyboardEvent): void => {
    const target = event.target as HTMLElement;
    if (
      event.ctrlKey ||
      event.metaKey ||
      event.altKey ||
      /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)
    )
      return;
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
      return;
    }
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    if (!current) {
      if (key !== 'b' && key !== 'ArrowLeft') return;
      event.preventDefault();
      go(ctx, review, skills, -1);
      return;
    }
    const answer = keyAnswer(review.step, key);
    if (!answer) return;
    event.preventDefault();
    answer(ctx, review, dream, current[1], skills);
  };

  return h(
    'section',
    {
      class: 'section review',
      testid: 'review',
      fk: 'review',
      attrs: { tabindex: -1, 'aria-labelledby': 'review-title' },
      on: { keydown: onKey },
    },
    [
      h('div', { class: 'review-head' }, [
        h('h2', { attrs: { id: 'review-title' } }, ['Review ', name(q(dream.name))]),
        button('Close', close, {
          class: 'secondary small',
          testid: 'review-close',
          fk: 'review-close',
        }),
      ]),
      h('p', { class: 'hint', testid: 'review-step' }, [
        review.step === 'critical'
          ? 'Step 1 of 2: which skills can this dream not do without?'
          : 'Step 2 of 2: how close are you to each skill today?',
      ]),
      body,
      current ? h('p', { class: 'hint', testid: 'review-keys' }, [KEYS[review.step]]) : null,
      h('p', { class: 'hint' }, ['Each answer is saved at once, so you can stop at any time.']),
    ],
  );
}
