// The plan and progress command lines: each option is for one command, a day is checked as a
// calendar day, and today is the computer's own date.
import { localToday, parseArgs, USAGE } from '../../../src/cli/args';
import { CliError } from '../../../src/cli/errors';

function failure(argv: string[]): { message: string; exitCode: number; showUsage: boolean } {
  try {
    parseArgs(argv);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    return { message: error.message, exitCode: error.exitCode, showUsage: error.showUsage };
  }
  throw new Error(`${argv.join(' ')} was accepted`);
}

describe('parseArgs: plan and progress', () => {
  it.each([
    [['plan', 'a.xlsx'], { kind: 'plan', file: 'a.xlsx', json: false, today: null }],
    [
      ['plan', '--json', 'a.xlsx', '--today', '2026-06-15'],
      { kind: 'plan', file: 'a.xlsx', json: true, today: '2026-06-15' },
    ],
    [
      ['plan', 'a.xlsx', '--today=2024-02-29'],
      { kind: 'plan', file: 'a.xlsx', json: false, today: '2024-02-29' },
    ],
    [['progress', 'a.xlsx'], { kind: 'progress', file: 'a.xlsx', json: false, since: null }],
    [
      ['progress', 'a.xlsx', '--since', ' 2026-01-01 ', '--json'],
      { kind: 'progress', file: 'a.xlsx', json: true, since: '2026-01-01' },
    ],
    [
      ['priorities', 'a.xlsx', '--sheet', 'Career'],
      { kind: 'priorities', file: 'a.xlsx', sheet: 'Career', json: false },
    ],
    [
      ['plan', '--', '--odd name.xlsx'],
      { kind: 'plan', file: '--odd name.xlsx', json: false, today: null },
    ],
  ])('%j', (argv, command) => {
    expect(parseArgs(argv)).toEqual(command);
  });

  it.each([
    [['plan', 'a.xlsx', '--today', '2026-02-30'], '--today', '2026-02-30'],
    [['plan', 'a.xlsx', '--today', '15/06/2026'], '--today', '15/06/2026'],
    [['plan', 'a.xlsx', '--today=tomorrow'], '--today', 'tomorrow'],
    [['progress', 'a.xlsx', '--since', '2026-1-1'], '--since', '2026-1-1'],
  ])('a day that is not one: one sentence, exit code 1, no usage: %j', (argv, option, value) => {
    const example = option === '--today' ? '--today 2026-06-01' : '--since 2026-01-01';
    expect(failure(argv)).toEqual({
      message: `${option} needs a day of the calendar written YYYY-MM-DD, as in ${example}: ‘${value}’ is not one.`,
      exitCode: 1,
      showUsage: false,
    });
  });

  it.each([
    [['plan', 'a.xlsx', '--since', '2026-01-01'], '--since is for the progress command, not plan.'],
    [
      ['progress', 'a.xlsx', '--today', '2026-01-01'],
      '--today is for the plan command, not progress.',
    ],
    [['plan', 'a.xlsx', '--sheet', 'Plan'], '--sheet is for the priorities command, not plan.'],
    [
      ['priorities', 'a.xlsx', '--today', '2026-01-01'],
      '--today is for the plan command, not priorities.',
    ],
    [['plan', 'a.xlsx', '--today'], '--today needs a day, as in --today 2026-06-01.'],
    [['progress', 'a.xlsx', '--since='], '--since needs a day, as in --since 2026-01-01.'],
    [
      ['plan', 'a.xlsx', '--today', '2026-01-01', '--today', '2026-01-02'],
      '--today is given twice: give one day.',
    ],
    [['plan', 'a.xlsx', '--csv'], 'There is no option --csv.'],
    [['plan'], 'Name the .xlsx file to read, as in plan Dreams.xlsx.'],
    [['progress', 'a.xlsx', 'b.xlsx'], 'One file at a time: ‘b.xlsx’ is one too many.'],
    [
      ['history', 'a.xlsx'],
      'There is no command ‘history’: the commands are priorities, plan and progress.',
    ],
    [[], 'Say what to do: priorities, plan or progress, then the .xlsx file.'],
  ])('a wrong command line: the usage, exit code 2: %j', (argv, message) => {
    expect(failure(argv)).toEqual({ message, exitCode: 2, showUsage: true });
  });

  it('the usage names the three commands as they are typed', () => {
    for (const line of [
      'npm run --silent cli -- priorities FILE.xlsx [--sheet NAME] [--json]',
      'npm run --silent cli -- plan FILE.xlsx [--json] [--today YYYY-MM-DD]',
      'npm run --silent cli -- progress FILE.xlsx [--json] [--since YYYY-MM-DD]',
    ]) {
      expect(USAGE).toContain(line);
    }
  });
});

describe('localToday', () => {
  it('is the computer’s own date, not the UTC one', () => {
    // Built from local parts, so it is the same date in every time zone the test runs in.
    expect(localToday(new Date(2026, 0, 31, 23, 59))).toBe('2026-01-31');
    expect(localToday(new Date(2026, 11, 1, 0, 1))).toBe('2026-12-01');
  });
});
