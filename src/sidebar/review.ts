// The guided review: one dream's skills, one at a time. Step 1 asks which are critical, step 2
// rates each. Every answer is written as it is given (setCritical / setRating on that one
// cell), so closing the sidebar midway loses nothing. Keys do what the buttons do.
import type { DreamView, RatingChoice, SkillRef, SkillView } from '../contract';
import { definitionOf } from '../core/skill-search';
import { libraryLookup } from './library';
import { call } from './api';
import { count, dreamIds, skillsWithIds } from './context';
import type { Ctx, Review } from './context';
import { button, h, name, q } from './dom';
import { RATINGS, ratingWord } from './words';

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

type Answer = (
  ctx: Ctx,
  review: Review,
  dream: DreamView,
  skill: SkillView,
  skills: Array<[string, SkillView]>,
) => void;

function keyAnswer(step: Review['step'], key: string): Answer | null {
  if (key === 's' || key === 'ArrowRight') return (ctx, r, _d, _s, skills) => go(ctx, r, skills, 1);
  if (key === 'b' || key === 'ArrowLeft') return (ctx, r, _d, _s, skills) => go(ctx, r, skills, -1);
  if (step === 'critical') {
    if (key === 'c') return markCritical(true);
    if (key === 'n') return markCritical(false);
    return null;
  }
  if (key === 'c') return toggleCritical;
  const option = RATINGS.find((o) => o.choice !== 'none' && o.word[0]?.toLowerCase() === key);
  return option ? rate(option.choice) : null;
}

function refOf(dream: DreamView, skill: SkillView): SkillRef {
  return { dream: dream.name, skill: skill.name, row: skill.row, col: skill.col };
}

function markCritical(critical: boolean): Answer {
  // Sent even when the state already shows it: an earlier answer may still be on its way.
  return (ctx, review, dream, skill, skills) => {
    ctx.act(() => call('setCritical', [refOf(dream, skill)], critical), {
      queue: true,
      focus: 'review',
    });
    go(ctx, review, skills, 1);
  };
}

const toggleCritical: Answer = (ctx, _review, dream, skill) => {
  ctx.act(() => call('setCritical', [refOf(dream, skill)], !skill.critical), {
    queue: true,
    focus: 'review',
  });
};

function rate(choice: RatingChoice): Answer {
  return (ctx, review, dream, skill, skills) => {
    ctx.act(() => call('setRating', [refOf(dream, skill)], choice), {
      queue: true,
      focus: 'review',
    });
    go(ctx, review, skills, 1);
  };
}

/** Moves one skill on or back; past the end of step 1 is the start of step 2. */
function go(ctx: Ctx, review: Review, skills: Array<[string, SkillView]>, step: 1 | -1): void {
  if (review.done) {
    review.done = false;
    moveTo(review, skills, skills.length - 1);
  } else if (step === 1 && review.index + 1 >= skills.length) {
    if (review.step === 'critical') {
      review.step = 'rate';
      moveTo(review, skills, 0);
    } else {
      review.done = true;
    }
  } else if (step === -1 && review.index === 0) {
    if (review.step === 'rate') {
      review.step = 'critical';
      moveTo(review, skills, skills.length - 1);
    }
  } else {
    moveTo(review, skills, review.index + step);
  }
  ctx.render('review');
}

function moveTo(review: Review, skills: Array<[string, SkillView]>, index: number): void {
  review.index = Math.max(0, Math.min(index, skills.length - 1));
  review.skillId = skills[review.index]?.[0] ?? null;
  if (skills.length === 0 || index >= skills.length) review.done = true;
}

function skillCard(
  ctx: Ctx,
  review: Review,
  dream: DreamView,
  skill: SkillView,
  skillId: string,
  skills: Array<[string, SkillView]>,
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
      `Now: ${ratingWord(skill.rating)}${skill.critical ? ', critical' : ''}`,
    ]),
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

function doneCard(
  ctx: Ctx,
  review: Review,
  dream: DreamView,
  skills: Array<[string, SkillView]>,
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
