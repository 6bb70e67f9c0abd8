// The command line: `priorities FILE.xlsx [--sheet NAME] [--json]`, or `--help`.
import { usageError } from './errors';

export const USAGE = `Usage: npm run --silent cli -- priorities FILE.xlsx [--sheet NAME] [--json]

Reads the dreams table from an .xlsx file (downloaded from Google Sheets with File > Download >
Microsoft Excel (.xlsx), or saved by Excel or LibreOffice) and prints the skills to work on
first, each with its reasons, by the same rules as the Career Dreams add-on.

Options:
  --sheet NAME  the sheet that holds the dreams table
                (default: the sheet named Dreams, in any letter case, else the first sheet)
  --json        print one JSON object instead of text
  --help        print this help
`;

export type Command =
  { kind: 'help' } | { kind: 'priorities'; file: string; sheet: string | null; json: boolean };

export function parseArgs(argv: readonly string[]): Command {
  if (argv.includes('--help') || argv.includes('-h') || argv[0] === 'help') return { kind: 'help' };
  const positional: string[] = [];
  let sheet: string | null = null;
  let json = false;
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (optionsEnded || !arg.startsWith('-') || arg === '-') {
      positional.push(arg);
    } else if (arg === '--') {
      optionsEnded = true;
    } else if (arg === '--json') {
      json = true;
    } else if (arg === '--sheet' || arg.startsWith('--sheet=')) {
      if (sheet !== null) throw usageError('--sheet is given twice: name one sheet.');
      const value = arg === '--sheet' ? argv[++i] : arg.slice('--sheet='.length);
      if (value === undefined || value.trim() === '') {
        throw usageError('--sheet needs the name of a sheet, as in --sheet Dreams.');
      }
      sheet = value;
    } else {
      throw usageError(`There is no option ${arg}.`);
    }
  }
  const [command, file, ...rest] = positional;
  if (command === undefined) throw usageError('Say what to do: priorities FILE.xlsx.');
  if (command !== 'priorities') {
    throw usageError(`There is no command ‘${command}’: the command is priorities.`);
  }
  if (file === undefined)
    throw usageError('Name the .xlsx file to read, as in priorities Dreams.xlsx.');
  if (rest.length) {
    throw usageError(`One file at a time: ‘${rest[0] as string}’ is one too many.`);
  }
  return { kind: 'priorities', file, sheet, json };
}
