// The ranking of docs/design.md: skills that are a gap (red or yellow) in at least one dream, ordered
// by (1) dreams where red, (2) of those how many critical, (3) dreams where yellow, (4) of those
// how many critical, (5) name case-insensitively. Each entry explains itself per dream.
import { distinctSkillNames, rankPriorities, type Priority } from '../../../src/core';
import {
  GREY,
  BLUE,
  bold,
  cell,
  defined,
  green,
  red,
  tableOf,
  yellow,
} from '../../support/builders';

const rank = (rows: Parameters<typeof tableOf>[0]) => rankPriorities(tableOf(rows));
const order = (priorities: Priority[]) => priorities.map((p) => p.skill);
const find = (priorities: Priority[], skill: string) =>
  defined(
    priorities.find((p) => p.skill === skill),
    `priority ${skill}`,
  );

describe('which skills are priorities', () => {
  const priorities = rank([
    ['D1', 'D2'],
    [red('Red once'), green('Red once')],
    [yellow('Yellow once'), 'Yellow once'],
    [green('Green only'), green('Green only')],
    ['Unrated only', cell('Unrated only', GREY)],
    [green('Green and unrated'), 'Green and unrated'],
    [cell('Blue only', BLUE), ''],
  ]);

  test('a skill red or yellow in at least one dream is a priority', () => {
    expect(order(priorities).sort()).toEqual(['Red once', 'Yellow once']);
  });

  test('green-only, unrated-only and green-or-unrated skills are left out', () => {
    for (const left of ['Green only', 'Unrated only', 'Green and unrated', 'Blue only']) {
      expect(order(priorities)).not.toContain(left);
    }
  });

  test('an empty table has no priorities', () => {
    expect(rankPriorities(tableOf([]))).toEqual([]);
    expect(rank([['D1'], ['Figma']])).toEqual([]);
  });
});

describe('the order, one tie-break level at a time', () => {
  // In each case the names are chosen so that the alphabetical order (level 5) would give the
  // opposite answer: only the level under test can put "Zeta" first.

  test('1. more dreams where it is red comes first', () => {
    const priorities = rank([
      ['D1', 'D2', 'D3'],
      [red('Zeta'), red('Zeta'), ''],
      // Alpha: red once, but critical, and yellow-critical twice more: still behind.
      [bold(red('Alpha')), bold(yellow('Alpha')), bold(yellow('Alpha'))],
    ]);
    expect(order(priorities)).toEqual(['Zeta', 'Alpha']);
  });

  test('2. with equal red counts, more of them critical comes first', () => {
    const priorities = rank([
      ['D1', 'D2', 'D3'],
      [bold(red('Zeta')), '', ''],
      // Alpha: red once (not critical) and yellow twice: the yellows do not outweigh level 2.
      [red('Alpha'), bold(yellow('Alpha')), bold(yellow('Alpha'))],
    ]);
    expect(order(priorities)).toEqual(['Zeta', 'Alpha']);
  });

  test('2. critical counts only where the skill is red (a bold yellow does not count)', () => {
    const priorities = rank([
      ['D1', 'D2'],
      [bold(red('Zeta')), ''],
      [red('Alpha'), bold(yellow('Alpha'))],
    ]);
    expect(find(priorities, 'Alpha').redCritical).toBe(0);
    expect(order(priorities)).toEqual(['Zeta', 'Alpha']);
  });

  test('3. with equal red and red-critical, more dreams where it is yellow comes first', () => {
    const priorities = rank([
      ['D1', 'D2', 'D3', 'D4'],
      [red('Zeta'), yellow('Zeta'), yellow('Zeta'), ''],
      [red('Alpha'), bold(yellow('Alpha')), green('Alpha'), green('Alpha')],
    ]);
    expect(order(priorities)).toEqual(['Zeta', 'Alpha']);
  });

  test('4. with equal yellow counts, more of them critical comes first', () => {
    const priorities = rank([
      ['D1', 'D2', 'D3'],
      [bold(yellow('Zeta')), '', ''],
      // Alpha is also green (and critical there) in two dreams: green does not rank.
      [yellow('Alpha'), bold(green('Alpha')), bold(green('Alpha'))],
    ]);
    expect(order(priorities)).toEqual(['Zeta', 'Alpha']);
  });

  test('5. all counts equal: by name, case-insensitively', () => {
    const priorities = rank([
      ['D1'],
      [red('cherry')],
      [red('Banana')],
      [red('apple')],
      [red('Date')],
    ]);
    // A plain code-unit sort would give Banana, Date, apple, cherry.
    expect(order(priorities)).toEqual(['apple', 'Banana', 'cherry', 'Date']);
  });

  test('green and unrated counts do not change the order', () => {
    const priorities = rank([
      ['D1', 'D2', 'D3'],
      [yellow('Beta'), green('Beta'), green('Beta')],
      [yellow('Alpha'), '', ''],
      [yellow('Gamma'), 'Gamma', 'Gamma'],
    ]);
    expect(order(priorities)).toEqual(['Alpha', 'Beta', 'Gamma']);
  });

  test('all five levels together', () => {
    const priorities = rank([
      ['D1', 'D2', 'D3'],
      [yellow('y1'), '', ''],
      [bold(yellow('Y1crit')), '', ''],
      [red('r1'), '', ''],
      [red('R1y2'), yellow('R1y2'), yellow('R1y2')],
      [bold(red('R1crit')), '', ''],
      [red('r2'), red('r2'), ''],
      [yellow('A-y1'), green('A-y1'), ''],
    ]);
    expect(order(priorities)).toEqual([
      'r2', // red 2
      'R1crit', // red 1, critical 1
      'R1y2', // red 1, yellow 2
      'r1', // red 1
      'Y1crit', // yellow 1, critical 1
      'A-y1', // yellow 1, by name
      'y1',
    ]);
  });
});

describe('the counts', () => {
  test('count dreams, red and yellow, and critical within each', () => {
    const priorities = rank([
      ['D1', 'D2', 'D3', 'D4', 'D5'],
      [bold(red('SQL')), red('sql'), bold(yellow('SQL')), green('SQL'), 'SQL'],
    ]);
    expect(priorities).toHaveLength(1);
    const sql = defined(priorities[0]);
    expect(sql).toMatchObject({
      key: 'sql',
      red: 2,
      redCritical: 1,
      yellow: 1,
      yellowCritical: 1,
      green: 1,
    });
  });
});

describe('skill identity across dreams', () => {
  test('bullets, case, spacing and NFKC variants are one skill', () => {
    const priorities = rank([
      ['D1', 'D2', 'D3', 'D4'],
      [
        red('Public speaking'),
        red('• public  speaking'),
        red('PUBLIC SPEAKING'),
        red('－ Ｐｕｂｌｉｃ speaking'),
      ],
    ]);
    expect(priorities).toHaveLength(1);
    expect(defined(priorities[0]).red).toBe(4);
  });
});

describe('the name shown', () => {
  test('is the spelling used most often', () => {
    const priorities = rank([
      ['D1', 'D2', 'D3'],
      [red('Public Speaking'), red('public speaking'), red('public speaking')],
    ]);
    expect(order(priorities)).toEqual(['public speaking']);
  });

  test('on a tie, is the first in reading order', () => {
    const priorities = rank([
      ['D1', 'D2'],
      [red('SQL'), red('sql')],
    ]);
    expect(order(priorities)).toEqual(['SQL']);
  });

  test('reading order is dream by dream, then top to bottom (not row by row)', () => {
    // Row by row, D2's "Sql" (row 2) would come before D1's "sql" (row 4).
    const priorities = rank([
      ['D1', 'D2'],
      ['', red('Sql')],
      ['', ''],
      [red('sql'), ''],
    ]);
    expect(order(priorities)).toEqual(['sql']);
  });

  test('a bullet or extra spaces are not part of the spelling', () => {
    const priorities = rank([
      ['D1', 'D2', 'D3'],
      [red('•  Public   Speaking'), red('public speaking'), red('- Public Speaking')],
    ]);
    expect(order(priorities)).toEqual(['Public Speaking']);
  });
});

describe('the reasons: one per dream that lists the skill', () => {
  test('are in header order, with each dream’s rating and critical flag', () => {
    const priorities = rank([
      ['Designer', 'Founder', 'Manager', 'Writer'],
      ['', bold(yellow('Pitching')), '', green('Pitching')],
      [red('Pitching'), '', '', ''],
    ]);
    expect(find(priorities, 'Pitching').dreams).toEqual([
      { dream: 'Designer', col: 1, rating: 'red', critical: false },
      { dream: 'Founder', col: 2, rating: 'yellow', critical: true },
      { dream: 'Writer', col: 4, rating: 'green', critical: false },
    ]);
  });

  test('include dreams where the skill is unrated', () => {
    const priorities = rank([
      ['Designer', 'Founder'],
      [red('Figma'), 'Figma'],
    ]);
    expect(find(priorities, 'Figma').dreams).toEqual([
      { dream: 'Designer', col: 1, rating: 'red', critical: false },
      { dream: 'Founder', col: 2, rating: 'unrated', critical: false },
    ]);
  });

  test('two dreams with the same name are told apart by column and both count', () => {
    const priorities = rank([
      ['Designer', 'Founder', 'Designer'],
      [red('Figma'), '', bold(red('Figma'))],
    ]);
    const figma = find(priorities, 'Figma');
    expect(figma.red).toBe(2);
    expect(figma.redCritical).toBe(1);
    expect(figma.dreams).toEqual([
      { dream: 'Designer', col: 1, rating: 'red', critical: false },
      { dream: 'Designer', col: 3, rating: 'red', critical: true },
    ]);
  });
});

describe('a skill listed twice under one dream', () => {
  test('counts once, with its weaker rating (red over green)', () => {
    const priorities = rank([['D1'], [green('SQL')], [red('sql')]]);
    const sql = find(priorities, 'SQL');
    expect(sql.red).toBe(1);
    expect(sql.green).toBe(0);
    expect(sql.dreams).toEqual([{ dream: 'D1', col: 1, rating: 'red', critical: false }]);
  });

  test('counts once when both listings are red', () => {
    const priorities = rank([['D1'], [red('SQL')], [red('SQL')]]);
    expect(find(priorities, 'SQL').red).toBe(1);
    expect(find(priorities, 'SQL').dreams).toHaveLength(1);
  });

  test('yellow over green, whichever comes first', () => {
    const first = rank([['D1'], [yellow('SQL')], [green('SQL')]]);
    const second = rank([['D1'], [green('SQL')], [yellow('SQL')]]);
    for (const priorities of [first, second]) {
      expect(find(priorities, 'SQL')).toMatchObject({ red: 0, yellow: 1, green: 0 });
    }
  });

  test('a red bold listing makes the red reason critical', () => {
    const priorities = rank([['D1'], [yellow('SQL')], [bold(red('SQL'))]]);
    expect(find(priorities, 'SQL')).toMatchObject({ red: 1, redCritical: 1, yellow: 0 });
  });
});

describe('distinctSkillNames', () => {
  test('every skill once, spelled as the priorities show it, sorted by name', () => {
    const table = tableOf([
      ['D1', 'D2'],
      ['sql', 'SQL'],
      ['Figma', green('sql')],
      ['', 'budgeting'],
    ]);
    expect(distinctSkillNames(table)).toEqual(['budgeting', 'Figma', 'sql']);
  });
});
