// The example workbook of `npm start -- --example` and File > Load the example: four dreams
// with realistic skills, rated by colour and bold for critical, as a person would have them a
// week after starting. One amber fill is Sheets' "light orange", picked by hand: the add-on
// reads any shade.

import { Workbook, type WorkbookSnapshot } from '@career-dreams/emulator';

const R = '#ea9999'; // light red 2
const Y = '#ffe599'; // light yellow 2
const A = '#f9cb9c'; // light orange 2, by hand: read as yellow
const G = '#b6d7a8'; // light green 2

type Skill = [name: string, fill: string | null, critical?: boolean, note?: string];

const DREAMS: Array<[dream: string, skills: Skill[]]> = [
  [
    'Engineering manager',
    [
      ['Hiring', R, true, 'Run a full hiring loop on my own, from job post to offer.'],
      ['Giving feedback', Y, true],
      ['Running 1:1s', G],
      ['Budgeting', R],
      ['System design', G],
    ],
  ],
  [
    'Staff engineer',
    [
      ['System design', Y, true],
      ['Writing design docs', Y],
      ['Public speaking', R],
      ['Mentoring', G, true],
    ],
  ],
  [
    'Product manager',
    [
      ['User research', R, true],
      ['Roadmapping', Y],
      ['Public speaking', R, true],
      ['Giving feedback', G],
      ['SQL', null],
    ],
  ],
  [
    'Start my own company',
    [
      ['Fundraising', R, true],
      ['Hiring', R, true],
      ['Sales', A],
      ['Budgeting', Y],
    ],
  ],
];

export function exampleWorkbook(timeZone: string): WorkbookSnapshot {
  const workbook = new Workbook({ name: 'Career Dreams example', timeZone });
  workbook.rename(workbook.sheets[0]!, 'Dreams');
  const height = Math.max(...DREAMS.map(([, skills]) => skills.length));
  const column = <T>(pick: (skill: Skill) => T, blank: T): T[][] =>
    Array.from({ length: height }, (_, r) =>
      DREAMS.map(([, skills]) => (skills[r] ? pick(skills[r]) : blank)),
    );
  workbook.loadSheet('Dreams', {
    values: [DREAMS.map(([dream]) => dream), ...column((s) => s[0], '')],
    backgrounds: [DREAMS.map(() => null), ...column((s) => s[1], null)],
    bold: [DREAMS.map(() => false), ...column((s) => s[2] === true, false)],
    notes: [DREAMS.map(() => ''), ...column((s) => s[3] ?? '', '')],
  });
  const sheet = workbook.sheetByName('Dreams')!;
  sheet.frozenRows = 1;
  DREAMS.forEach((_, i) => sheet.columnWidths.set(i + 1, 170));
  return workbook.snapshot();
}
