// The guided review: one dream's skills, one at a time. Step 1 asks which are critical, step 2
// rates each. Every answer is written as it is given (setCritical / setRating on that one
// cell), so closing the sidebar midway loses nothing. Keys do what the buttons do.
export { startReview } from './review-start';
import type { Ctx } from './context';
import { button, h, name, q } from './dom';
import { reviewView, type Review } from './model';
import { doneCard, skillCard } from './review-cards';
import { keyAnswer } from './review-moves';
import { marksInWords } from './words';

const KEYS: Record<Review['step'], string> = {
  critical:
    'Keys: C critical \u00B7 N not critical \u00B7 S or \u2192 skip \u00B7 B or \u2190 back \u00B7 Esc close',
  rate: 'Keys: R red \u00B7 Y yellow \u00B7 G green \u00B7 C critical on/off \u00B7 S or \u2192 skip \u00B7 B or \u2190 back \u00B7 Esc close',
};

export function renderReview(ctx: Ctx): HTMLElement | null {
  const shown = reviewView(ctx.model);
  if (!shown) return null;
  const { review, dream, skills, current } = shown;

  // Closing keeps the focus in the sidebar: on the row of the skill the review was on (its
  // dream opened), or on the dream's review button.
  const close = (): void =>
    ctx.dispatch({ type: 'reviewClose' }, (m) =>
      m.focus ? `${m.focus}:row` : `${review.dreamId}:review`,
    );
  // The next skill, said to screen readers (the live region stays on the page across renders).
  ctx.announce(
    current
      ? `${current[1].name}, ${review.index + 1} of ${skills.length}, ${marksInWords(current[1].rating, current[1].critical)}`
      : `Done with ${q(dream.name)}.`,
  );
  const body = current ? skillCard(ctx, shown, current) : doneCard(ctx, shown);

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
      ctx.dispatch({ type: 'reviewMove', by: -1 }, 'review');
      return;
    }
    const answer = keyAnswer(review.step, key);
    if (!answer) return;
    event.preventDefault();
    answer(ctx, dream, current[1], current[0]);
  };

  return h(
    'section',
    {
      class: 'section review',
      key: 'review',
      attrs: { tabindex: -1, 'aria-labelledby': 'review-title' },
      on: { keydown: onKey },
    },
    [
      h('div', { class: 'review-head' }, [
        h('h2', { attrs: { id: 'review-title' } }, ['Review ', name(q(dream.name))]),
        button('Close', close, {
          class: 'secondary small',
          key: 'review-close',
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
