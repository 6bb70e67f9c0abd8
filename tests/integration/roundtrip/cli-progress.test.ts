// `progress FILE.xlsx [--json] [--since YYYY-MM-DD]`: a Check-ins sheet typed by hand (columns
// shuffled, an extra column, blank rows, the header in row 2, dates as date cells with and
// without a time and as ISO text, ratings in odd case) gives what moved between the latest
// check-in and the one before it, or the first one on or after --since. A skill spelt another
// way (case, spaces, a bullet) is the same skill, as on the dreams sheet.
import { run } from '../../../src/cli/run';
import {
  CHECK_IN_HEADER,
  CHECK_IN_WARNINGS,
  day,
  dreamsOnlyWorkbook,
  handTypedCheckInsWorkbook,
  HAND_TYPED_PROGRESS_JSON,
  HAND_TYPED_PROGRESS_SINCE_JSON,
  malformedRecordsWorkbook,
  sheetWorkbook,
} from '../../support/record-fixtures';
import { spawnCli, tempDir, writeFile } from '../../support/roundtrip';

let dir: string;
let remove: () => void;
let handTyped: string;

beforeAll(async () => {
  ({ dir, remove } = tempDir('cli-progress'));
  handTyped = writeFile(dir, 'hand-typed.xlsx', await handTypedCheckInsWorkbook());
});
afterAll(() => remove?.());

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

async function progressJson(args: string[]) {
  const result = await cli(args);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as typeof HAND_TYPED_PROGRESS_JSON;
}

async function checkInsFile(
  name: string,
  rows: ReadonlyArray<ReadonlyArray<string | Date | null>>,
): Promise<string> {
  return writeFile(dir, name, await sheetWorkbook('Check-ins', [CHECK_IN_HEADER, ...rows]));
}

describe('a Check-ins sheet typed by hand', () => {
  it('prints the JSON of the README, keys in its order, as a real process', async () => {
    const result = await spawnCli(['progress', handTyped, '--json']);
    expect(result).toEqual({
      code: 0,
      stdout: `${JSON.stringify(HAND_TYPED_PROGRESS_JSON, null, 2)}\n`,
      stderr: '',
    });
  }, 60_000);

  it('--since: the latest check-in against the first one on or after that day', async () => {
    expect(await progressJson(['progress', handTyped, '--json', '--since', '2025-09-01'])).toEqual(
      HAND_TYPED_PROGRESS_SINCE_JSON,
    );
    // A day between two check-ins takes the next one.
    expect(await progressJson(['progress', handTyped, '--json', '--since', '2025-12-01'])).toEqual(
      HAND_TYPED_PROGRESS_JSON,
    );
    const result = await spawnCli(['progress', handTyped, '--json', '--since=2025-01-01']);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual(HAND_TYPED_PROGRESS_SINCE_JSON);
  }, 60_000);

  it('prints the days compared and what moved, in sentences', async () => {
    expect(await cli(['progress', handTyped])).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'Progress on the sheet ‘CHECK-INS’ (3 check-ins, 2025-09-01 to 2026-06-01)',
        '',
        'From 2026-01-15 to 2026-06-01:',
        '- Hiring: red → yellow in Founder',
        '- Public Speaking: red → yellow in Founder',
        '- Editing: added to Author (not rated)',
        '',
        'Next check-in: 2026-09-01',
        '',
        'Warnings:',
        ...CHECK_IN_WARNINGS.map((w) => `- ${w}`),
        '',
      ].join('\n'),
    });
  });

  it('--since the latest check-in itself: nothing to compare it with', async () => {
    const result = await cli(['progress', handTyped, '--since', '2026-06-01']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      '\nThe first check-in on or after 2026-06-01 is the latest one, on 2026-06-01: nothing to compare it with.\n',
    );
    expect(
      await progressJson(['progress', handTyped, '--json', '--since', '2026-06-01']),
    ).toMatchObject({ from: '2026-06-01', to: '2026-06-01', changes: [] });
  });
});

describe('skill identity follows the dreams sheet', () => {
  it('a skill spelt in another case, with other spaces or a bullet, is the same skill', async () => {
    const file = await checkInsFile('spelling.xlsx', [
      [day('2026-01-15'), 'Founder', 'Public speaking', 'Red'],
      [day('2026-01-15'), 'Founder', 'Hiring', 'Yellow'],
      [day('2026-06-01'), 'Founder', '• PUBLIC   speaking', 'red'],
      [day('2026-06-01'), '  founder ', 'hiring', 'YELLOW'],
    ]);
    expect(await progressJson(['progress', file, '--json'])).toEqual({
      checkIns: ['2026-01-15', '2026-06-01'],
      from: '2026-01-15',
      to: '2026-06-01',
      changes: [],
      warnings: [],
    });
    expect((await cli(['progress', file])).stdout).toContain(
      '\nNothing moved from 2026-01-15 to 2026-06-01.\n',
    );
  });

  it('skills added and removed, and a dream renamed, named as such', async () => {
    const file = await checkInsFile('renamed.xlsx', [
      [day('2026-01-15'), 'Founder', 'Hiring', 'Red', 'yes'],
      [day('2026-01-15'), 'Founder', 'Fundraising', 'Red'],
      [day('2026-01-15'), 'Founder', 'Sales', 'Yellow'],
      [day('2026-06-01'), 'Start-up founder', 'hiring', 'Yellow', 'yes'],
      [day('2026-06-01'), 'Start-up founder', 'Fundraising', 'Red'],
      [day('2026-06-01'), 'Start-up founder', 'Pitching', 'Red'],
    ]);
    expect(await progressJson(['progress', file, '--json'])).toEqual({
      checkIns: ['2026-01-15', '2026-06-01'],
      from: '2026-01-15',
      to: '2026-06-01',
      changes: [
        { dream: 'Start-up founder', skill: 'hiring', from: 'red', to: 'yellow' },
        { dream: 'Start-up founder', skill: 'Pitching', from: null, to: 'red' },
        { dream: 'Start-up founder', skill: 'Sales', from: 'yellow', to: null },
      ],
      warnings: [],
    });
    const plain = (await cli(['progress', file])).stdout;
    expect(plain).toContain('\n- ‘Founder’ is now ‘Start-up founder’\n');
    expect(plain).toContain('\n- hiring: red → yellow in Start-up founder\n');
  });
});

describe('few check-ins', () => {
  it('none yet: no days, nothing compared', async () => {
    const file = await checkInsFile('none.xlsx', []);
    expect(await progressJson(['progress', file, '--json'])).toEqual({
      checkIns: [],
      from: null,
      to: null,
      changes: [],
      warnings: [],
    });
    expect((await cli(['progress', file])).stdout).toBe(
      'The sheet ‘Check-ins’ holds no check-in yet: the add-on records one with Record a check-in.\n',
    );
  });

  it('one: nothing to compare it with yet', async () => {
    const file = await checkInsFile('one.xlsx', [[day('2026-06-01'), 'Founder', 'Hiring', 'Red']]);
    expect(await progressJson(['progress', file, '--json'])).toEqual({
      checkIns: ['2026-06-01'],
      from: null,
      to: '2026-06-01',
      changes: [],
      warnings: [],
    });
    expect((await cli(['progress', file])).stdout).toBe(
      [
        'Progress on the sheet ‘Check-ins’ (1 check-in, on 2026-06-01)',
        '',
        'There is one check-in, on 2026-06-01: nothing to compare it with yet.',
        '',
      ].join('\n'),
    );
  });
});

describe('what cannot be read: one sentence, exit code 1', () => {
  let dreamsOnly: string;
  let malformed: string;

  beforeAll(async () => {
    dreamsOnly = writeFile(dir, 'dreams-only.xlsx', await dreamsOnlyWorkbook());
    malformed = writeFile(dir, 'malformed.xlsx', await malformedRecordsWorkbook());
  });

  it.each([
    [
      'a file with no Check-ins sheet',
      () => ['progress', dreamsOnly],
      'There is no sheet ‘Check-ins’ in ‘dreams-only.xlsx’ (its only sheet is ‘Dreams’): the add-on adds it with the first check-in.',
    ],
    [
      'a Check-ins sheet with no Rating column',
      () => ['progress', malformed, '--json'],
      'The sheet ‘Check-ins’ has no ‘Rating’ column: type it as a header in row 1, its first row with content, or give the sheet another name if it is not a record of check-ins.',
    ],
    [
      'no check-in on or after --since',
      () => ['progress', handTyped, '--since', '2026-07-01'],
      'No check-in on or after 2026-07-01; the check-ins are on 2025-09-01, 2026-01-15 and 2026-06-01.',
    ],
    [
      'a --since that is not a day',
      () => ['progress', handTyped, '--since', '2026-13-01'],
      '--since needs a day of the calendar written YYYY-MM-DD, as in --since 2026-01-01: ‘2026-13-01’ is not one.',
    ],
  ])('%s', async (_, args, sentence) => {
    expect(await cli(args())).toEqual({ code: 1, stdout: '', stderr: `${sentence}\n` });
  });

  it.each([
    ['a missing sheet', () => ['progress', dreamsOnly, '--json']],
    ['a malformed sheet', () => ['progress', malformed]],
    ['a bad --since', () => ['progress', handTyped, '--since=June']],
  ])(
    'as a real process, no stack trace: %s',
    async (_, args) => {
      const result = await spawnCli(args());
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr.split('\n')).toHaveLength(2); // one sentence, then the line's end
      expect(result.stderr).not.toMatch(/\n\s+at |Error:/);
    },
    60_000,
  );
});
