// `plan FILE.xlsx [--json] [--today YYYY-MM-DD]`: a Plan sheet typed by hand (columns shuffled,
// extra columns, blank rows, the header in row 3, statuses in odd case, dates as date cells and
// as ISO text) is read by the add-on's rules, with what is overdue on the day given (or today);
// a missing or malformed sheet and a day that is not one get one sentence and exit code 1.
import { run } from '../../../src/cli/run';
import {
  dreamsOnlyWorkbook,
  farDatesPlanWorkbook,
  handTypedPlanWorkbook,
  HAND_TYPED_PLAN_JSON,
  malformedRecordsWorkbook,
  PLAN_TODAY,
  sheetWorkbook,
} from '../../support/record-fixtures';
import { spawnCli, tempDir, writeFile } from '../../support/roundtrip';

let dir: string;
let remove: () => void;
let handTyped: string;

beforeAll(async () => {
  ({ dir, remove } = tempDir('cli-plan'));
  handTyped = writeFile(dir, 'hand-typed.xlsx', await handTypedPlanWorkbook());
});
afterAll(() => remove?.());

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

async function planJson(args: string[]) {
  const result = await cli(args);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as typeof HAND_TYPED_PLAN_JSON;
}

describe('a Plan sheet typed by hand', () => {
  it('prints the JSON of the README, keys in its order, as a real process', async () => {
    const result = await spawnCli(['plan', handTyped, '--json', '--today', PLAN_TODAY]);
    expect(result).toEqual({
      code: 0,
      stdout: `${JSON.stringify(HAND_TYPED_PLAN_JSON, null, 2)}\n`,
      stderr: '',
    });
  }, 60_000);

  it('prints one line per item, with its status, its date and overdue marked', async () => {
    expect(await cli(['plan', handTyped, '--today', PLAN_TODAY])).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'Plan from the sheet ‘plan’ (7 items, 1 overdue as of 2026-06-15)',
        '',
        '1. Hiring: Shadow Dana in two interviews — In progress, by 2026-05-01, overdue; Learn from someone; owner Sam',
        '2. Pitching: Finish the pitching course — Done, by 2026-04-01; Course or book',
        '3. Writing: Write one post a month — Not started, by 2026-07-15; Role or project; owner Me',
        '4. Fundraising: Find a mentor who raised a seed round — ‘Blocked’ (not a status), by ‘next spring’ (not a date); Meetup',
        '5. Negotiation: Take the negotiation class — Dropped, by 2026-03-01',
        '6. hiring: Run the next hiring loop — Not started, by 2026-06-30; owner Me',
        '7. Hiring: Ask for a seat on the interview panel — Not started, no date',
        '',
        'Warnings:',
        ...HAND_TYPED_PLAN_JSON.warnings.map((w) => `- ${w}`),
        '',
      ].join('\n'),
    });
  });
});

describe('--today', () => {
  const overdue = async (today: string) =>
    (await planJson(['plan', handTyped, '--json', '--today', today])).items.map((i) => [
      i.action,
      i.overdue,
    ]);

  it('an item is overdue when its day is before --today and it is neither done nor dropped', async () => {
    expect(await overdue('2026-07-16')).toEqual([
      ['Shadow Dana in two interviews', true], // In progress, 2026-05-01
      ['Finish the pitching course', false], // Done
      ['Write one post a month', true], // Not started, 2026-07-15 (ISO text)
      ['Find a mentor who raised a seed round', false], // no date ('next spring')
      ['Take the negotiation class', false], // Dropped
      ['Run the next hiring loop', true], // empty status: Not started
      ['Ask for a seat on the interview panel', false], // no date
    ]);
  });

  it('is not overdue on its own day, and nothing is before the earliest', async () => {
    const onTheDay = await overdue('2026-05-01');
    expect(onTheDay.filter(([, late]) => late)).toEqual([]);
    expect((await overdue('2026-03-01')).filter(([, late]) => late)).toEqual([]);
  });

  it('an item with an unknown status counts as not done', async () => {
    const doc = await cli([
      'plan',
      writeFile(
        dir,
        'blocked.xlsx',
        await sheetWorkbook('Plan', [
          ['Skill', 'Action', 'Status', 'By when'],
          ['Hiring', 'Shadow Dana', 'waiting', new Date(Date.UTC(2026, 0, 1))],
        ]),
      ),
      '--json',
      '--today',
      '2026-01-02',
    ]);
    expect(JSON.parse(doc.stdout).items).toEqual([
      {
        skill: 'Hiring',
        action: 'Shadow Dana',
        kind: null,
        owner: '',
        byWhen: '2026-01-01',
        status: null,
        overdue: true,
      },
    ]);
  });

  it('without it, today on this computer: as a real process', async () => {
    const file = writeFile(dir, 'far.xlsx', await farDatesPlanWorkbook());
    const result = await spawnCli(['plan', file, '--json']);
    expect(result.stderr).toBe('');
    expect(
      (JSON.parse(result.stdout) as typeof HAND_TYPED_PLAN_JSON).items.map((i) => [
        i.action,
        i.byWhen,
        i.overdue,
      ]),
    ).toEqual([
      ['Long overdue', '2001-01-01', true],
      ['Far ahead', '2999-01-01', false],
      ['Done long ago', '2001-01-01', false],
    ]);
  }, 60_000);
});

describe('other Plan sheets', () => {
  it('an empty Plan sheet is a plan with no items', async () => {
    const file = writeFile(dir, 'empty.xlsx', await sheetWorkbook('Plan', []));
    expect(await planJson(['plan', file, '--json', '--today', PLAN_TODAY])).toEqual({
      sheet: 'Plan',
      items: [],
      warnings: [],
    });
    expect((await cli(['plan', file, '--today', PLAN_TODAY])).stdout).toBe(
      'The sheet ‘Plan’ has no plan items yet.\n',
    );
  });

  it('names from the file are shown safely: control and bidi characters by their code', async () => {
    const file = writeFile(
      dir,
      'unsafe.xlsx',
      await sheetWorkbook('Plan', [
        ['Skill', 'Action'],
        ['Sales\u202Egnp.exe', 'Call\tthe bank\u2066'],
      ]),
    );
    const plain = await cli(['plan', file, '--today', PLAN_TODAY]);
    expect(plain.stdout).toContain(
      '1. Sales\\u{202E}gnp.exe: Call\\u{9}the bank\\u{2066} — Not started, no date\n',
    );
    const json = await cli(['plan', file, '--json', '--today', PLAN_TODAY]);
    expect(json.stdout).toContain('"skill": "Sales\\u202egnp.exe"');
    expect(json.stdout).toContain('"action": "Call\\tthe bank\\u2066"');
    expect(JSON.parse(json.stdout).items[0].skill).toBe('Sales\u202Egnp.exe');
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
      'a file with no Plan sheet',
      () => ['plan', dreamsOnly],
      'There is no sheet ‘Plan’ in ‘dreams-only.xlsx’ (its only sheet is ‘Dreams’): the add-on adds it with the first action of a plan.',
    ],
    [
      'a Plan sheet with no Action column',
      () => ['plan', malformed, '--json'],
      'The sheet ‘Plan’ has no ‘Action’ column: type it as a header in row 2, its first row with content, or give the sheet another name if it is not a plan.',
    ],
    [
      'a --today that is not a day',
      () => ['plan', handTyped, '--today', '2026-02-30'],
      '--today needs a day of the calendar written YYYY-MM-DD, as in --today 2026-06-01: ‘2026-02-30’ is not one.',
    ],
  ])('%s', async (_, args, sentence) => {
    expect(await cli(args())).toEqual({ code: 1, stdout: '', stderr: `${sentence}\n` });
  });

  it.each([
    ['a missing sheet', () => ['plan', dreamsOnly, '--json']],
    ['a malformed sheet', () => ['plan', malformed]],
    ['a bad --today', () => ['plan', handTyped, '--today=tomorrow']],
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
