// The guided review's answers and moves: what each button and key does. Every answer is sent
// as it is given (queued behind the one still running), then the review moves on.
import type { DreamView, RatingChoice, SkillRef, SkillView } from '../contract';
import { call } from './api';
import type { Ctx, Review } from './context';
import { RATINGS } from './words';

/** A dream's skills with their ids, as the review walks them. */
export type ReviewSkills = Array<[string, SkillView]>;

export type Answer = (
  ctx: Ctx,
  review: Review,
  dream: DreamView,
  skill: SkillView,
  skills: ReviewSkills,
) => void;

/** The answer a key gives at this step, or null when the key means nothing here. */
export function keyAnswer(step: Review['step'], key: string): Answer | null {
  if (key === 's' || key === 'ArrowRight') return (ctx, r, _d, _s, skills) => go(ctx, r, skills, 1);
  if (key === 'b' || key === 'ArrowLeft') return (ctx, r, _d, _s, skills) => go(ctx, r, skills, -1);
  if (step === 'critical') {
    if (key === 'c') return markCritical(true);
    if (key === 'n') return markCritical(false);
    return null;
  }
  if (key === 'c') return toggleCritical;
  // R, Y, G: the first letter of the rating's word.
  const option = RATINGS.find((o) => o.choice !== 'none' && o.word[0]?.toLowerCase() === key);
  return option ? rate(option.choice) : null;
}

function refOf(dream: DreamView, skill: SkillView): SkillRef {
  return { dream: dream.name, skill: skill.name, row: skill.row, col: skill.col };
}

export function markCritical(critical: boolean): Answer {
  // Sent even when the state already shows it: an earlier answer may still be on its way.
  return (ctx, review, dream, skill, skills) => {
    ctx.act(() => call('setCritical', [refOf(dream, skill)], critical), {
      queue: true,
      focus: 'review',
    });
    go(ctx, review, skills, 1);
  };
}

export const toggleCritical: Answer = (ctx, _review, dream, skill) => {
  ctx.act(() => call('setCritical', [refOf(dream, skill)], !skill.critical), {
    queue: true,
    focus: 'review',
  });
};

export function rate(choice: RatingChoice): Answer {
  return (ctx, review, dream, skill, skills) => {
    ctx.act(() => call('setRating', [refOf(dream, skill)], choice), {
      queue: true,
      focus: 'review',
    });
    go(ctx, review, skills, 1);
  };
}

/** Moves one skill on or back; past the end of step 1 is the start of step 2. */
export function go(ctx: Ctx, review: Review, skills: ReviewSkills, step: 1 | -1): void {
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

/** Puts the review on a skill, following it by id; past the last one, the review is done. */
export function moveTo(review: Review, skills: ReviewSkills, index: number): void {
  review.index = Math.max(0, Math.min(index, skills.length - 1));
  review.skillId = skills[review.index]?.[0] ?? null;
  if (skills.length === 0 || index >= skills.length) review.done = true;
}
