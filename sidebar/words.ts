// The sidebar's fixed wording that more than one part uses: the ratings and the colour guide.
import type { RatingChoice } from '../src/contract';
import type { Rating } from '../src/core/types';

export interface RatingOption {
  choice: RatingChoice;
  /** The rating a skill has once this choice is applied. */
  rating: Rating;
  word: string;
  /** One short line, shown as a tooltip. */
  hint: string;
}

export const RATINGS: readonly RatingOption[] = [
  { choice: 'red', rating: 'red', word: 'Red', hint: 'Red: you don\u2019t have this skill yet' },
  {
    choice: 'yellow',
    rating: 'yellow',
    word: 'Yellow',
    hint: 'Yellow: you have some of it, with real gaps left',
  },
  { choice: 'green', rating: 'green', word: 'Green', hint: 'Green: good enough for this dream' },
  { choice: 'none', rating: 'unrated', word: 'None', hint: 'None: not rated yet (no colour)' },
];

export function ratingWord(rating: Rating): string {
  return rating === 'unrated' ? 'not rated' : rating;
}

/** The colour guide: each line a colour (or bold) and what it means, in our words. */
export const GUIDE: ReadonlyArray<{ swatch: Rating | 'bold'; label: string; text: string }> = [
  { swatch: 'red', label: 'Red', text: 'You don\u2019t have this skill yet.' },
  {
    swatch: 'yellow',
    label: 'Yellow',
    text: 'You have some of it, but there are real gaps to close.',
  },
  { swatch: 'green', label: 'Green', text: 'Good enough for this dream, as you are today.' },
  {
    swatch: 'bold',
    label: 'Bold',
    text: 'Critical: this dream can\u2019t happen without it.',
  },
];

export const GUIDE_CLOSING = [
  'A skill that is red in several dreams, above all where it is critical, is the one to learn first: it moves you toward more than one future at once. The Priorities list does that counting for you.',
  'The colours are a snapshot, not a grade. They are meant to change as you grow, and you can colour the cells by hand in the sheet too: any shade of red, yellow or green counts.',
];
