// What the marks mean, in one wording for every place that explains them: the sidebar's guide
// and tooltips, the Priorities sheet's legend and the exports. Our own words, kept short so they
// fit a tooltip and a cell.
import type { Rating } from './types';

export type LegendKey = Rating | 'critical';

export const LEGEND: Readonly<Record<LegendKey, { word: string; meaning: string }>> = {
  red: { word: 'Red', meaning: 'a skill this dream needs that is missing today' },
  yellow: { word: 'Yellow', meaning: 'there is a start, with real gaps still to close' },
  green: { word: 'Green', meaning: 'good enough for this dream' },
  unrated: { word: 'Not rated', meaning: 'no colour yet' },
  critical: { word: 'Critical', meaning: 'a skill this dream cannot do without' },
};

/** How a critical skill is marked on the dreams sheet. */
export const CRITICAL_MARK = 'bold in the sheet';

/** "Red: a skill this dream needs that is missing today." */
export function legendSentence(key: LegendKey): string {
  return `${LEGEND[key].word}: ${LEGEND[key].meaning}.`;
}
