// What the guided review shows: the card of the skill being answered (its cell, its note, the
// choices of this step) and, at the end, the dream's tally.
import type { SkillView } from '../contract';
import { definitionOf } from '../core';
import { count, dreamIds } from './context';
import type { Ctx } from './context';
import { button, h, name, q } from './dom';
import { libraryLookup } from './library';
import type { ReviewView } from './model';
import { startReview } from './review-start';
import { markCritical, rate, step, toggleCritical } from './review-moves';
import type { Answer } from './review-moves';
import { marksInWords, RATINGS } from './words';

export function skillCard(
  ctx: Ctx,
  { review, dream, skills }: ReviewView,
  [skillId, skill]: [string, SkillView],
): HTMLElement {
  const notes = ctx.model.notes.get(review.dreamId);
  const note = notes?.get(skillId) ?? '';
  const definition = note || definitionOf(skill.name, libraryLookup());
  const answer = (fn: Answer) => () => fn(ctx, dream, skill, skillId);
  // Step 1 marks it and moves on; step 2 turns the mark on or off.
  const critical = button(
    'Critical (C)',
    answer(review.step === 'critical' ? markCritical(true) : toggleCritical),
    { class: 'crit', key: 'review-critical', attrs: { 'aria-pressed': String(skill.critical) } },
  );
  const choices =
    review.step === 'critical'
      ? [
          critical,
          button('Not critical (N)', answer(markCritical(false)), {
            key: 'review-not-critical',
          }),
        ]
      : [
          ...RATINGS.filter((o) => o.choice !== 'none').map((o) =>
            button(`${o.word} (${o.word[0] ?? ''})`, answer(rate(o.choice)), {
              class: `rate rate-${o.choice}`,
              key: `review-rate-${o.choice}`,
              attrs: { 'aria-pressed': String(skill.rating === o.rating), title: o.hint },
            }),
          ),
          critical,
        ];
  const total = skills.length;
  return h('div', { class: 'review-card' }, [
    h('p', { class: 'review-progress', testid: 'review-progress' }, [
      `${review.index + 1} of ${total}`,
    ]),
    h('progress', { attrs: { max: total, value: review.index + 1, 'aria-hidden': 'true' } }),
    name(skill.name, {
      testid: 'review-skill',
      class: `cell review-skill fill-${skill.rating}${skill.critical ? ' bold' : ''}`,
    }),
    h('p', { class: 'hint', testid: 'review-current' }, [
      `Now: ${marksInWords(skill.rating, skill.critical)}`,
    ]),
    // The sheet's note wins; a library definition is offered only as a suggestion.
    h('p', { class: 'review-note', testid: 'review-note', attrs: { dir: 'auto' } }, [
      definition
        ? note
          ? definition
          : `${definition} (suggested definition; not in the sheet)`
        : notes
          ? 'No definition in the sheet yet.'
          : 'Reading the definition\u2026',
    ]),
    h('div', { class: 'buttons' }, choices),
    h('div', { class: 'buttons' }, [
      button('\u2190 Back (B)', answer(step(-1)), {
        class: 'small',
        key: 'review-back',
      }),
      button('Skip (S) \u2192', answer(step(1)), {
        class: 'small',
        key: 'review-skip',
      }),
    ]),
  ]);
}

export function doneCard(ctx: Ctx, { review, dream, skills, tally }: ReviewView): HTMLElement {
  const left = tally.unrated;
  return h('div', { class: 'review-card', testid: 'review-done' }, [
    h('p', {}, [
      skills.length
        ? `Done with ${q(dream.name)}: ${tally.red} red, ${tally.yellow} yellow, ${tally.green} green, ${tally.critical} critical.`
        : `${q(dream.name)} has no skills to review yet.`,
    ]),
    left
      ? h('p', { class: 'hint' }, [`${count(left, 'skill is', 'skills are')} not rated yet.`])
      : null,
    h('div', { class: 'buttons' }, [
      left
        ? button('Rate the ones left', () => ctx.dispatch({ type: 'reviewRateLeft' }, 'review'), {
            class: 'primary',
            key: 'review-rate-left',
          })
        : null,
      nextDream(ctx, review),
      skills.length
        ? button('\u2190 Back (B)', () => ctx.dispatch({ type: 'reviewMove', by: -1 }, 'review'), {
            class: 'secondary',
            key: 'review-back',
          })
        : null,
    ]),
  ]);
}

/** The Done card offers the next dream (the first one after it, wrapping round). */
function nextDream(ctx: Ctx, review: ReviewView['review']): HTMLElement | null {
  const { dreams } = ctx.state;
  const ids = dreamIds(dreams);
  if (dreams.length < 2) return null;
  const at = ids.indexOf(review.dreamId);
  const next = (at + 1) % dreams.length;
  const dream = dreams[next];
  const id = ids[next];
  if (!dream || !id || next === at) return null;
  return button(
    ['Review ', name(q(dream.name)), ' next'],
    () => startReview(ctx, dream, id, 'critical'),
    {
      class: 'secondary',
      key: 'review-next-dream',
    },
  );
}
