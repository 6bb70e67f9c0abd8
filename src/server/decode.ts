// Checking what the sidebar sends through google.script.run. The sidebar is not trusted to send
// the right shape (an old panel, a hand-made call), so every argument is decoded here, in one
// place, into what the core's plans take, or refused with a plain sentence.
import {
  CONSENT_TOKEN,
  UserError,
  type DreamTarget,
  type RatingChoice,
  type SkillTarget,
} from '../core';
import type { DreamRef, SelectionCritical, SkillRef } from '../contract';

export function dreamTarget(ref: DreamRef): DreamTarget {
  if (!ref || typeof ref.dream !== 'string') throw new UserError('Choose a dream first.');
  return { dream: ref.dream, col: typeof ref.col === 'number' ? ref.col : undefined };
}

export function skillTarget(ref: SkillRef): SkillTarget {
  if (!ref || typeof ref.dream !== 'string' || typeof ref.skill !== 'string') {
    throw new UserError('Choose a skill first.');
  }
  return {
    dream: ref.dream,
    skill: ref.skill,
    row: typeof ref.row === 'number' ? ref.row : undefined,
    col: typeof ref.col === 'number' ? ref.col : undefined,
  };
}

export function skillTargets(refs: SkillRef[]): SkillTarget[] {
  if (!Array.isArray(refs) || refs.length === 0) throw new UserError('Choose a skill first.');
  return refs.map(skillTarget);
}

/** A list of strings; anything that is not a list reads as empty. */
export function stringList(list: string[] | undefined): string[] {
  return Array.isArray(list) ? list.map((item) => String(item ?? '')) : [];
}

/** Text typed by the user; the plans clean and check it. */
export function text(value: string): string {
  return String(value ?? '');
}

/** Only a real `true` counts: "critical" is never implied by a stray value. */
export function flag(value: boolean): boolean {
  return value === true;
}

export function ratingChoice(rating: RatingChoice): RatingChoice {
  if (rating === 'red' || rating === 'yellow' || rating === 'green' || rating === 'none') {
    return rating;
  }
  throw new UserError('Choose red, yellow, green or none.');
}

export function selectionMode(mode: SelectionCritical): SelectionCritical {
  if (mode === 'on' || mode === 'off' || mode === 'toggle') return mode;
  throw new UserError('Choose whether the selected skills become critical or not.');
}

/**
 * The token of a question the person agreed to, or null for none. Nothing else is consent: not
 * `true` (an older sidebar's "replace everything"), not a token of another shape. `false` is an
 * older sidebar's first try, asking nothing yet: no consent, so it gets the question.
 */
export function consent(value: string | boolean | null | undefined): string | null {
  if (value === null || value === undefined || value === false) return null;
  if (typeof value === 'string' && CONSENT_TOKEN.test(value)) return value;
  throw new UserError(
    'The add-on could not tell what you agreed to, so nothing was changed. Try again from the sidebar.',
  );
}
