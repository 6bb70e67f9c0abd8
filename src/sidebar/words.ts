// The sidebar's words for the marks: the rating buttons and every tooltip, rating word and
// guide line, all made from the core's LEGEND (one wording for the sidebar, the Priorities
// sheet and the exports), so no part of the sidebar words the legend its own way.
import { CRITICAL_MARK, LEGEND } from '../core';
import type { LegendKey, Rating, RatingChoice } from '../core';

export { LEGEND };

/** The ratings in the order they are shown and counted: worst gap first. */
export const RATING_ORDER: readonly Rating[] = ['red', 'yellow', 'green', 'unrated'];

/**
 * "Red: a skill this dream needs that is missing today", for a tooltip; critical says how the
 * sheet shows it, since the button's own look does not.
 */
export function legendLine(key: LegendKey): string {
  const line = `${LEGEND[key].word}: ${LEGEND[key].meaning}`;
  return key === 'critical' ? `${line} (${CRITICAL_MARK})` : line;
}

/** "red", "not rated", "critical": a mark inside a sentence. */
export function ratingWord(key: LegendKey): string {
  return LEGEND[key].word.toLowerCase();
}

/** "red, critical": a skill's marks in words. */
export function marksInWords(rating: Rating, critical: boolean): string {
  return critical ? `${ratingWord(rating)}, ${ratingWord('critical')}` : ratingWord(rating);
}

export interface RatingOption {
  choice: RatingChoice;
  /** The rating a skill has once this choice is applied. */
  rating: Rating;
  /** The button's label. */
  word: string;
  /** One short line, shown as a tooltip. */
  hint: string;
}

function option(choice: RatingChoice, rating: Rating, word: string): RatingOption {
  return { choice, rating, word, hint: legendLine(rating) };
}

export const RATINGS: readonly RatingOption[] = [
  option('red', 'red', 'Red'),
  option('yellow', 'yellow', 'Yellow'),
  option('green', 'green', 'Green'),
  // "None" on the button: it takes the colour away.
  option('none', 'unrated', 'None'),
];
