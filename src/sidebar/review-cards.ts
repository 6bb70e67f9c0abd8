// What the guided review shows: the card of the skill being answered (its cell, its note, the
// choices of this step) and, at the end, the dream's tally.
import type { DreamView, SkillView } from '../contract';
import { definitionOf } from '../core';
import { count } from './context';
import type { Ctx, Review } from './context';
import { button, h, name, q } from './dom';
import { libraryLookup } from './library';
import { go, markCritical, moveTo, rate, toggleCritical } from './review-moves';
import type { Answer, ReviewSkills } from './review-moves';
import { marksInWords, RATINGS } from './words';

export function skillCard(
  ctx: Ctx,
  review: Review,
  dream: DreamView,
  skill: SkillView,
  skillId: string,
  skills: ReviewSkills,
): HTMLElement {
  const notes = ctx.view.notes.get(review.dreamId);
  const note = notes?.get(skillId) ?? '';
  const definition = note || definitionOf(skill.name, libraryLookup());
  const answer = (fn: Answer) => () => fn(ctx, review, dream, skill, skills);
  const choices =
    review.step === 'critical'
      ? [
          button('Critical (C)', answer(markCritical(true)), {
            class: 'crit',
            testid: 'review-critical',
            fk: 'review-critical',
            attrs: { 'aria-pressed': String(skill.critical) },
          }),
          button('Not critical (N)', answer(markCritical(false)), {
            testid: 'review-not-critical',
            fk: 'review-not-critical',
          }),
        ]
      : [
          ...RATINGS.filter((o) => o.choice !== 'none').map((o) =>
            button(`${o.word} (${o.word[0] ?? ''})`, answer(rate(o.choice)), {
              class: `rate rate-${o.choice}`,
              testid: `review-rate-${o.choice}`,
              fk: `review-rate-${o.choice}`,
              attrs: { 'aria-pressed': String(skill.rating === o.rating), title: o.hint },
            }),
          ),
          button('Critical (C)', answer(toggleCritical), {
            class: 'crit',
            testid: 'review-critical',
            fk: 'review-critical',
            attrs: { 'aria-pressed': String(skill.critical) },
          }),
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
      button(
        '\u2190 Back (B)',
        answer((c, r, _d, _s, list) => go(c, r, list, -1)),
        {
          class: 'small',
          testid: 'review-back',
          fk: 'review-back',
        },
      ),
      button(
        'Skip (S) \u2192',
        answer((c, r, _d, _s, list) => go(c, r, list, 1)),
        {
          class: 'small',
          testid: 'review-skip',
          fk: 'review-skip',
        },
      ),
    ]),
  ]);
}

export function doneCard(
  ctx: Ctx,
  review: Review,
  dream: DreamView,
  skills: ReviewSkills,
): HTMLElement {
  const n = (rating: string) => skills.filter(([, s]) => s.rating === rating).length;
  const critical = skills.filter(([, s]) => s.critical).length;
  const unrated = skills.findIndex(([, s]) => s.rating === 'unrated');
  const left = n('unrated');
  return h('div', { class: 'review-card', testid: 'review-done' }, [
    h('p', {}, [
      skills.length
        ? `Done with ${q(dream.name)}: ${n('red')} red, ${n('yellow')} yellow, ${n('green')} green, ${critical} critical.`
        : `${q(dream.name)} has no skills to review yet.`,
    ]),
    left
      ? h('p', { class: 'hint' }, [`${count(left, 'skill is', 'skills are')} not rated yet.`])
      : null,
    h('div', { class: 'buttons' }, [
      left
        ? button(
            'Rate the ones left',
            () => {
              review.done = false;
              review.step = 'rate';
              moveTo(review, skills, unrated);
              ctx.render('review');
            },
            { class: 'primary', testid: 'review-rate-left', fk: 'review-rate-left' },
          )
        : null,
      skills.length
        ? button('\u2190 Back (B)', () => go(ctx, review, skills, -1), {
            class: 'secondary',
            testid: 'review-back',
            fk: 'review-back',
          })
        : null,
    ]),
  ]);
}
