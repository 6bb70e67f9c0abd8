// What moved between two check-ins: by dream and skill identity (case, spaces, bullets), a
// dream renamed when it keeps at least half of its skills, new and dropped dreams named as such,
// unchanged skills left out; the latest check-in against the previous one or the first one on
// or after a day.
import {
  compareSnapshots,
  parseCheckInsSheet,
  progressOf,
  progressSentences,
  skillKey,
  type CheckInRating,
  type CheckInsSheet,
  type Progress,
  type RecordCell,
  type Snapshot,
} from '../../../src/core';
import { userErrorOf } from '../../support/builders';

type SkillSpec = [name: string, rating: CheckInRating, critical?: boolean];

/** A snapshot from a compact literal: dream name → its skills. */
function snapshot(date: string, dreams: Record<string, SkillSpec[]>): Snapshot {
  return {
    date,
    dreams: Object.entries(dreams).map(([name, skills]) => ({
      name,
      key: skillKey(name),
      skills: skills.map(([skill, rating, critical = false]) => ({
        name: skill,
        key: skillKey(skill),
        rating,
        critical,
      })),
    })),
  };
}

const WORD: Record<CheckInRating, string> = {
  red: 'Red',
  yellow: 'Yellow',
  green: 'Green',
  none: 'Not rated',
};

/** A Check-ins sheet holding these snapshots, in this order. */
function sheetOf(...snapshots: Snapshot[]): CheckInsSheet {
  const rows: RecordCell[][] = [['Date', 'Dream', 'Skill', 'Rating', 'Critical']];
  for (const s of snapshots) {
    for (const dream of s.dreams) {
      for (const skill of dream.skills) {
        rows.push([
          s.date,
          dream.name,
          skill.name,
          WORD[skill.rating],
          skill.critical ? 'yes' : '',
        ]);
      }
    }
  }
  return parseCheckInsSheet(rows, 'Check-ins');
}

const nothingMoved = (from: string | null, to: string | null): Progress => ({
  from,
  to,
  changes: [],
  dreamsAdded: [],
  dreamsDropped: [],
  dreamsRenamed: [],
});

const january = snapshot('2026-01-10', {
  Founder: [
    ['Hiring', 'red', true],
    ['Pitching', 'yellow'],
    ['Budgets', 'green'],
  ],
  CTO: [
    ['Hiring', 'yellow'],
    ['Architecture', 'red'],
  ],
});

describe('compareSnapshots', () => {
  test('the first check-in has nothing before it: nothing moved, no dream is new', () => {
    expect(compareSnapshots(null, january)).toEqual(nothingMoved(null, '2026-01-10'));
  });

  test('the same table twice: nothing moved', () => {
    expect(compareSnapshots(january, january)).toEqual(nothingMoved('2026-01-10', '2026-01-10'));
  });

  test('ratings that moved, skills added and no longer listed, in the later order', () => {
    const june = snapshot('2026-06-01', {
      CTO: [
        ['Architecture', 'yellow'],
        ['Hiring', 'yellow'],
        ['Mentoring', 'none'],
      ],
      Founder: [
        ['Fundraising', 'red'],
        ['Pitching', 'green'],
        ['Hiring', 'yellow', true],
      ],
    });
    expect(compareSnapshots(january, june)).toEqual<Progress>({
      from: '2026-01-10',
      to: '2026-06-01',
      changes: [
        { dream: 'CTO', skill: 'Architecture', from: 'red', to: 'yellow' },
        { dream: 'CTO', skill: 'Mentoring', from: null, to: 'none' },
        { dream: 'Founder', skill: 'Fundraising', from: null, to: 'red' },
        { dream: 'Founder', skill: 'Pitching', from: 'yellow', to: 'green' },
        { dream: 'Founder', skill: 'Hiring', from: 'red', to: 'yellow' },
        { dream: 'Founder', skill: 'Budgets', from: 'green', to: null },
      ],
      dreamsAdded: [],
      dreamsDropped: [],
      dreamsRenamed: [],
    });
  });

  test('a change of critical alone is not a rating change', () => {
    const june = snapshot('2026-06-01', {
      Founder: [
        ['Hiring', 'red', false],
        ['Pitching', 'yellow', true],
        ['Budgets', 'green'],
      ],
      CTO: [
        ['Hiring', 'yellow'],
        ['Architecture', 'red'],
      ],
    });
    expect(compareSnapshots(january, june).changes).toEqual([]);
  });

  test('identity ignores case, spaces and a bullet, and the later spelling is shown', () => {
    const june = snapshot('2026-06-01', {
      founder: [
        ['• HIRING', 'green'],
        ['pitching', 'yellow'],
        ['Budgets', 'green'],
      ],
      ' CTO ': [
        ['hiring', 'yellow'],
        ['Architecture', 'red'],
      ],
    });
    const progress = compareSnapshots(january, june);
    expect(progress.changes).toEqual([
      { dream: 'founder', skill: '• HIRING', from: 'red', to: 'green' },
    ]);
    expect(progress.dreamsRenamed).toEqual([]);
  });

  test('a dream renamed keeps its history: its changes are under the new name', () => {
    const june = snapshot('2026-06-01', {
      'Start-up founder': [
        ['Hiring', 'yellow'],
        ['Pitching', 'yellow'],
        ['Sales', 'red'],
      ],
      CTO: [
        ['Hiring', 'yellow'],
        ['Architecture', 'red'],
      ],
    });
    const progress = compareSnapshots(january, june);
    expect(progress.dreamsRenamed).toEqual([{ from: 'Founder', to: 'Start-up founder' }]);
    expect(progress.dreamsAdded).toEqual([]);
    expect(progress.dreamsDropped).toEqual([]);
    expect(progress.changes).toEqual([
      { dream: 'Start-up founder', skill: 'Hiring', from: 'red', to: 'yellow' },
      { dream: 'Start-up founder', skill: 'Sales', from: null, to: 'red' },
      { dream: 'Start-up founder', skill: 'Budgets', from: 'green', to: null },
    ]);
  });

  test('exactly half of the smaller dream shared is enough; less is a new dream', () => {
    const before = snapshot('2026-01-10', {
      A: [
        ['x', 'red'],
        ['y', 'red'],
        ['z', 'red'],
        ['w', 'red'],
      ],
    });
    const half = snapshot('2026-06-01', {
      B: [
        ['x', 'red'],
        ['y', 'red'],
        ['q', 'red'],
        ['r', 'red'],
        ['s', 'red'],
      ],
    });
    expect(compareSnapshots(before, half).dreamsRenamed).toEqual([{ from: 'A', to: 'B' }]);

    const less = snapshot('2026-06-01', {
      B: [
        ['x', 'red'],
        ['q', 'red'],
        ['r', 'red'],
        ['s', 'red'],
      ],
    });
    expect(compareSnapshots(before, less)).toEqual<Progress>({
      ...nothingMoved('2026-01-10', '2026-06-01'),
      dreamsAdded: ['B'],
      dreamsDropped: ['A'],
    });
  });

  test('a dream dropped and one added are named, and their skills are not listed one by one', () => {
    const june = snapshot('2026-06-01', {
      Founder: [
        ['Hiring', 'red', true],
        ['Pitching', 'yellow'],
        ['Budgets', 'green'],
      ],
      Author: [
        ['Writing', 'yellow'],
        ['Editing', 'red'],
      ],
    });
    const progress = compareSnapshots(january, june);
    expect(progress.changes).toEqual([]);
    expect(progress.dreamsAdded).toEqual(['Author']);
    expect(progress.dreamsDropped).toEqual(['CTO']);
    expect(progress.dreamsRenamed).toEqual([]);
  });

  test('dreams with no skills are never taken for a rename', () => {
    const before = snapshot('2026-01-10', { A: [] });
    const after = snapshot('2026-06-01', { B: [] });
    expect(compareSnapshots(before, after)).toMatchObject({
      dreamsAdded: ['B'],
      dreamsDropped: ['A'],
      dreamsRenamed: [],
    });
  });

  test('renames pair greedily, the largest overlap first', () => {
    const before = snapshot('2026-01-10', {
      Writer: [
        ['a', 'red'],
        ['b', 'red'],
      ],
      Novelist: [
        ['a', 'red'],
        ['b', 'red'],
        ['c', 'red'],
        ['d', 'red'],
      ],
    });
    const after = snapshot('2026-06-01', {
      Author: [
        ['a', 'green'],
        ['b', 'red'],
        ['c', 'red'],
        ['d', 'red'],
      ],
    });
    const progress = compareSnapshots(before, after);
    expect(progress.dreamsRenamed).toEqual([{ from: 'Novelist', to: 'Author' }]);
    expect(progress.dreamsDropped).toEqual(['Writer']);
    expect(progress.changes).toEqual([{ dream: 'Author', skill: 'a', from: 'red', to: 'green' }]);
  });

  test('on an equal overlap, the closer match wins', () => {
    const before = snapshot('2026-01-10', {
      Big: [
        ['a', 'red'],
        ['b', 'red'],
        ['c', 'red'],
        ['d', 'red'],
        ['e', 'red'],
        ['f', 'red'],
      ],
      Small: [
        ['a', 'red'],
        ['b', 'red'],
      ],
    });
    const after = snapshot('2026-06-01', {
      New: [
        ['a', 'red'],
        ['b', 'red'],
      ],
    });
    expect(compareSnapshots(before, after).dreamsRenamed).toEqual([{ from: 'Small', to: 'New' }]);
  });
});

describe('progressOf', () => {
  const june = snapshot('2026-06-01', {
    Founder: [
      ['Hiring', 'yellow', true],
      ['Pitching', 'yellow'],
      ['Budgets', 'green'],
    ],
    CTO: [
      ['Hiring', 'yellow'],
      ['Architecture', 'red'],
    ],
  });
  const november = snapshot('2026-11-20', {
    Founder: [
      ['Hiring', 'green', true],
      ['Pitching', 'yellow'],
      ['Budgets', 'green'],
    ],
    CTO: [
      ['Hiring', 'yellow'],
      ['Architecture', 'red'],
    ],
  });
  const sheet = sheetOf(january, june, november);

  test('no check-in: nothing to compare', () => {
    expect(progressOf(sheetOf(), null)).toEqual(nothingMoved(null, null));
  });

  test('one check-in: it is the latest, with nothing before it', () => {
    expect(progressOf(sheetOf(january), null)).toEqual(nothingMoved(null, '2026-01-10'));
  });

  test('the latest against the one before it', () => {
    expect(progressOf(sheet, null)).toEqual<Progress>({
      ...nothingMoved('2026-06-01', '2026-11-20'),
      changes: [{ dream: 'Founder', skill: 'Hiring', from: 'yellow', to: 'green' }],
    });
  });

  test('since a day: the latest against the first check-in on or after it', () => {
    expect(progressOf(sheet, '2026-01-01')).toMatchObject({
      from: '2026-01-10',
      to: '2026-11-20',
      changes: [{ dream: 'Founder', skill: 'Hiring', from: 'red', to: 'green' }],
    });
    expect(progressOf(sheet, '2026-01-10').from).toBe('2026-01-10');
    expect(progressOf(sheet, '2026-01-11').from).toBe('2026-06-01');
  });

  test('since the latest day itself: nothing has moved since', () => {
    expect(progressOf(sheet, '2026-11-20')).toEqual(nothingMoved('2026-11-20', '2026-11-20'));
  });

  test('since a day after every check-in: refused, naming the days there are', () => {
    const error = userErrorOf(() => progressOf(sheet, '2026-12-01'));
    expect(error.message).toBe(
      'No check-in on or after 2026-12-01; the check-ins are on 2026-01-10, 2026-06-01 and 2026-11-20.',
    );
  });

  test('a long record names its first and last days', () => {
    const days = [
      '2020-01-01',
      '2020-06-01',
      '2021-01-01',
      '2021-06-01',
      '2022-01-01',
      '2022-06-01',
      '2023-01-01',
    ];
    const long = sheetOf(...days.map((day) => snapshot(day, { Founder: [['Hiring', 'red']] })));
    expect(userErrorOf(() => progressOf(long, '2024-01-01')).message).toBe(
      'No check-in on or after 2024-01-01; the check-ins are on 2020-01-01, 2020-06-01, 2021-01-01, …, 2022-06-01 and 2023-01-01.',
    );
  });

  test('since a day, with no check-in at all: refused', () => {
    expect(userErrorOf(() => progressOf(sheetOf(), '2026-01-01')).message).toBe(
      'No check-in on or after 2026-01-01: there is no check-in yet.',
    );
  });

  test('since something that is not a day: refused', () => {
    expect(userErrorOf(() => progressOf(sheet, '2026-13-01')).message).toContain('yyyy-MM-dd');
  });

  test('two check-ins on one day are one, the later rows winning', () => {
    const twice = parseCheckInsSheet(
      [
        ['Date', 'Dream', 'Skill', 'Rating'],
        ['2026-01-10', 'Founder', 'Hiring', 'Red'],
        ['2026-06-01', 'Founder', 'Hiring', 'Red'],
        ['2026-06-01', 'Founder', 'Hiring', 'Green'],
      ],
      'Check-ins',
    );
    expect(progressOf(twice, null).changes).toEqual([
      { dream: 'Founder', skill: 'Hiring', from: 'red', to: 'green' },
    ]);
  });
});

describe('progressSentences', () => {
  test('renames first, then each change, then new and dropped dreams', () => {
    expect(
      progressSentences({
        from: '2026-01-10',
        to: '2026-06-01',
        changes: [
          { dream: 'Start-up founder', skill: 'Hiring', from: 'red', to: 'yellow' },
          { dream: 'Start-up founder', skill: 'Budgets', from: 'none', to: 'green' },
          { dream: 'CTO', skill: 'Pitching', from: null, to: 'red' },
          { dream: 'CTO', skill: 'Mentoring', from: null, to: 'none' },
          { dream: 'CTO', skill: 'Hiring', from: 'green', to: null },
        ],
        dreamsAdded: ['Author'],
        dreamsDropped: ['Teacher'],
        dreamsRenamed: [{ from: 'Founder', to: 'Start-up founder' }],
      }),
    ).toEqual([
      '‘Founder’ is now ‘Start-up founder’',
      'Hiring: red → yellow in Start-up founder',
      'Budgets: not rated → green in Start-up founder',
      'Pitching: added to CTO (red)',
      'Mentoring: added to CTO (not rated)',
      'Hiring: no longer listed in CTO',
      'New dream: ‘Author’',
      'Dropped dream: ‘Teacher’',
    ]);
  });

  test('nothing moved: no sentence', () => {
    expect(progressSentences(nothingMoved('2026-01-10', '2026-06-01'))).toEqual([]);
  });
});

describe('a critical mark that changed', () => {
  const jan = snapshot('2026-01-15', {
    Founder: [
      ['Hiring', 'red', true],
      ['Pitching', 'yellow'],
    ],
  });
  const jun = snapshot('2026-06-01', {
    Founder: [
      ['hiring', 'red'],
      ['Pitching', 'green', true],
    ],
  });

  it('is said in words, after the ratings, and kept apart from the rating changes', () => {
    const progress = compareSnapshots(jan, jun);
    expect(progress.changes).toEqual([
      { dream: 'Founder', skill: 'Pitching', from: 'yellow', to: 'green' },
    ]);
    expect(progress.criticalChanges).toEqual([
      { dream: 'Founder', skill: 'hiring', critical: false },
      { dream: 'Founder', skill: 'Pitching', critical: true },
    ]);
    expect(progressSentences(progress)).toEqual([
      'Pitching: yellow → green in Founder',
      'hiring: no longer critical in Founder',
      'Pitching: now critical in Founder',
    ]);
  });

  it('is left out when no mark changed, so the shape stays the same', () => {
    expect(compareSnapshots(jan, jan)).toEqual(nothingMoved('2026-01-15', '2026-01-15'));
    expect(progressOf(sheetOf(jan, jun), null).criticalChanges).toHaveLength(2);
  });
});
