// The command line: `priorities FILE.xlsx [--sheet NAME] [--json]`,
// `plan FILE.xlsx [--json] [--today YYYY-MM-DD]`, `progress FILE.xlsx [--json] [--since
// YYYY-MM-DD]`, or `--help`.
import { isIsoDay, type IsoDay } from '../core';
import { CliError, q, usageError } from './errors';

export const USAGE = `Usage: npm run --silent cli -- priorities FILE.xlsx [--sheet NAME] [--json]
       npm run --silent cli -- plan FILE.xlsx [--json] [--today YYYY-MM-DD]
       npm run --silent cli -- progress FILE.xlsx [--json] [--since YYYY-MM-DD]

Reads an .xlsx file (downloaded from Google Sheets with File > Download > Microsoft Excel
(.xlsx), or saved by Excel or LibreOffice) by the same rules as the Career Dreams add-on:

  priorities  the skills to work on first, each with its reasons, from the dreams table
  plan        the Plan sheet: each action with its status and date, overdue ones marked
  progress    the Check-ins sheet: what moved between the latest check-in and the one before

Options:
  --sheet NAME        priorities: the sheet that holds the dreams table (default: the
                      sheet named Dreams, in any letter case, else the first sheet)
  --today YYYY-MM-DD  plan: an action dated before this day is overdue unless it is done
                      or dropped (default: today's date on this computer)
  --since YYYY-MM-DD  progress: compare the latest check-in with the first one on or
                      after this day (default: with the one before it)
  --json              print one JSON object instead of text
  --help              print this help
`;

export type CommandName = 'priorities' | 'plan' | 'progress';

export type Command =
  | { kind: 'help' }
  | { kind: 'priorities'; file: string; sheet: string | null; json: boolean }
  | { kind: 'plan'; file: string; json: boolean; today: IsoDay | null }
  | { kind: 'progress'; file: string; json: boolean; since: IsoDay | null };

const COMMANDS: readonly CommandName[] = ['priorities', 'plan', 'progress'];

/** The options that take a value, what the value is, and the one command each is for. */
const VALUE_OPTIONS = {
  '--sheet': { command: 'priorities', example: '--sheet Dreams', what: 'the name of a sheet' },
  '--today': { command: 'plan', example: '--today 2026-06-01', what: 'a day' },
  '--since': { command: 'progress', example: '--since 2026-01-01', what: 'a day' },
} as const;
type ValueOption = keyof typeof VALUE_OPTIONS;

function valueOption(arg: string): ValueOption | null {
  for (const name of Object.keys(VALUE_OPTIONS) as ValueOption[]) {
    if (arg === name || arg.startsWith(`${name}=`)) return name;
  }
  return null;
}

/**
 * The command line read. A wrong command line (an unknown command or option, a missing value)
 * is a usage error (exit code 2, with the usage); a well-formed one whose day is not a day gets
 * one sentence and exit code 1, as a sheet named with --sheet that is not there does.
 */
export function parseArgs(argv: readonly string[]): Command {
  if (argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') return { kind: 'help' };
  const positional: string[] = [];
  const values: Partial<Record<ValueOption, string>> = {};
  let json = false;
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const option = optionsEnded ? null : valueOption(arg);
    if (optionsEnded || !arg.startsWith('-') || arg === '-') {
      positional.push(arg);
    } else if (arg === '--') {
      optionsEnded = true;
    } else if (arg === '--json') {
      json = true;
    } else if (option) {
      const { example, what } = VALUE_OPTIONS[option];
      if (values[option] !== undefined) {
        throw usageError(
          option === '--sheet'
            ? '--sheet is given twice: name one sheet.'
            : `${option} is given twice: give one day.`,
        );
      }
      const value = arg === option ? argv[++i] : arg.slice(option.length + 1);
      if (value === undefined || value.trim() === '') {
        throw usageError(`${option} needs ${what}, as in ${example}.`);
      }
      values[option] = value;
    } else {
      throw usageError(`There is no option ${arg}.`);
    }
  }
  const [command, file, ...rest] = positional;
  if (command === undefined) {
    throw usageError('Say what to do: priorities, plan or progress, then the .xlsx file.');
  }
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw usageError(
      `There is no command ${q(command)}: the commands are priorities, plan and progress.`,
    );
  }
  const name = command as CommandName;
  for (const option of Object.keys(values) as ValueOption[]) {
    const owner = VALUE_OPTIONS[option].command;
    if (owner !== name) throw usageError(`${option} is for the ${owner} command, not ${name}.`);
  }
  if (file === undefined) {
    throw usageError(`Name the .xlsx file to read, as in ${name} Dreams.xlsx.`);
  }
  if (rest.length) {
    throw usageError(`One file at a time: ${q(rest[0] as string)} is one too many.`);
  }
  switch (name) {
    case 'priorities':
      return { kind: 'priorities', file, sheet: values['--sheet'] ?? null, json };
    case 'plan':
      return { kind: 'plan', file, json, today: dayArgument('--today', values['--today']) };
    default:
      return { kind: 'progress', file, json, since: dayArgument('--since', values['--since']) };
  }
}

/** The day given with `option`, checked: a real calendar day written YYYY-MM-DD. */
function dayArgument(option: '--today' | '--since', value: string | undefined): IsoDay | null {
  if (value === undefined) return null;
  const day = value.trim();
  if (isIsoDay(day)) return day;
  throw new CliError(
    `${option} needs a day of the calendar written YYYY-MM-DD, as in ` +
      `${VALUE_OPTIONS[option].example}: ${q(value)} is not one.`,
  );
}

/** Today on this computer, in its own time zone, as YYYY-MM-DD. */
export function localToday(now: Date = new Date()): IsoDay {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(now.getFullYear()).padStart(4, '0')}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
