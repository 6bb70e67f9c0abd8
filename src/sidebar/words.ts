// The sidebar's fixed wording that more than one part uses: the ratings and the colour guide.
import type { RatingChoice } from '../contract';
import type { Rating } from '../core/types';

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

/** The conversation prompts: what to ask first, and how to get from feelings to roles. */
export const PROMPTS = {
  opening:
    'Picture the high point of your working life, the moment you would say \u201cI made it\u201d. What are you doing there, and why does it matter to you?',
  circumstancesIntro:
    'If the answers describe a situation (money, freedom, respect, calm) rather than a job, note those first, then ask:',
  circumstances: [
    'Where are you, and who do you work with? What does an ordinary day look like?',
    'How does it feel at the end of a good week there?',
    'Which jobs or roles would give you that? Is there one you would be a little shy to say out loud?',
    'Whose career would you swap for yours? What do they actually do?',
  ],
  roles:
    'Aim for concrete roles: a role can be broken into skills, a feeling cannot. Each role becomes a dream column.',
  skills:
    'For each dream, list the skills it takes and agree what each one means. Write the bar for that dream in the skill\u2019s note.',
  marking:
    'Mark the critical skills first, then rate every skill. The review (\u201cReview one by one\u201d under a dream) walks you through both.',
};
