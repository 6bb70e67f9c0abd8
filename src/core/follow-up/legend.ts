// What the Plan and Check-ins sheets mean, said on the sheets themselves so they read without
// the add-on (in an .xlsx, in another program). Each legend is one cell in the header row, to
// the right of the table: one cell, so that rows appended below the last record stay right
// under it. Our own words; the ratings are worded as everywhere else (src/core/legend.ts).
// Each is built by a call marked pure, so a bundle that never writes a sheet (the sidebar) drops
// it: esbuild keeps any other top-level call, since it cannot tell that it has no side effects.
// https://esbuild.github.io/api/#ignore-annotations
import { LEGEND } from '../legend';
import { PLAN_STATUSES } from './types';

const rating = (key: 'red' | 'yellow' | 'green' | 'unrated') =>
  `${LEGEND[key].word} (${LEGEND[key].meaning})`;

export const PLAN_LEGEND: string = /* @__PURE__ */ (() =>
  'How to read this sheet: each row is one action for one skill chosen from the dreams table. ' +
  'Skill is the skill to work on, For dreams the dreams that need it, Now where it stands in ' +
  'them today, and Goal the bar to reach. Action is what will be done, and Kind says what sort ' +
  'of action it is: a role or project, learning from someone, a course or book, or other. ' +
  'Owner is who does it, Who helps is who supports them, and By when is the day it should be ' +
  `done by. Status is one of ${PLAN_STATUSES.slice(0, -1).join(', ')} or ` +
  `${PLAN_STATUSES[PLAN_STATUSES.length - 1] ?? ''}; the word is what counts, and any colour ` +
  'is only there for the eye. An action is overdue when its By when day has passed and it is ' +
  'neither Done nor Dropped. Last checked is the day the row was last looked at. The columns ' +
  'can be in any order, and columns with other headers are left as they are.')();

export const CHECK_INS_LEGEND: string = /* @__PURE__ */ (() =>
  'How to read this sheet: each check-in adds one row for every skill of every dream, as the ' +
  'dreams table stood on that day. Date is the day of the check-in; Dream and Skill are named ' +
  `as in the table. Rating is the word ${rating('red')}, ${rating('yellow')}, ` +
  `${rating('green')} or ${rating('unrated')}. The word is the truth; the fill is only there ` +
  'for the eye, so a copy without colours means the same. Critical is yes when the skill was ' +
  'one the dream cannot do without. Rows are only ever added, never changed: earlier check-ins ' +
  'stay as they were, so comparing two dates shows what moved. Next check-in holds the day ' +
  'planned for the next one.')();
