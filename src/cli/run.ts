// The command-line tool, with its output streams passed in (tests call it directly; main.ts
// runs it for real). Returns the exit code.
import { prioritiesExport, type PrioritiesExport, rankPriorities, parseTable } from '../core';
import { localToday, parseArgs, USAGE } from './args';
import { CliError, q } from './errors';
import { formatJson, formatPlain } from './format';
import { planReport, progressReport } from './records';
import {
  formatJsonDoc,
  formatPlanPlain,
  formatProgressPlain,
  planJson,
  progressJson,
} from './records-format';
import { visible } from './visible';
import { chooseSheet, readBook, sheetGrid } from './workbook';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  try {
    const command = parseArgs(argv);
    if (command.kind === 'help') {
      io.stdout(USAGE);
      return 0;
    }
    if (command.kind === 'plan') {
      const report = await planReport(command.file, command.today ?? localToday());
      io.stdout(command.json ? formatJsonDoc(planJson(report)) : formatPlanPlain(report));
      return 0;
    }
    if (command.kind === 'progress') {
      const report = await progressReport(command.file, command.since);
      io.stdout(command.json ? formatJsonDoc(progressJson(report)) : formatProgressPlain(report));
      return 0;
    }
    const doc = await priorities(command.file, command.sheet);
    io.stdout(command.json ? formatJson(doc) : formatPlain(doc));
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      // Sheet and file names in the sentence come from outside: shown safely, as on stdout.
      io.stderr(`${visible(error.message)}\n`);
      if (error.showUsage) io.stderr(`\n${USAGE}`);
      return error.exitCode;
    }
    // A bug, not the person's doing: a plain sentence still, and no stack trace.
    io.stderr('Something unexpected went wrong while reading the file; nothing was changed.\n');
    return 1;
  }
}

/** The same rules as the add-on: parseTable and rankPriorities of src/core, on the sheet's grid. */
export async function priorities(
  file: string,
  sheetName: string | null,
): Promise<PrioritiesExport> {
  const book = await readBook(file);
  const sheet = chooseSheet(book, file, sheetName);
  const table = parseTable(sheetGrid(sheet));
  if (table.dreams.length === 0) {
    const others =
      sheetName === null && book.sheets.length > 1
        ? `; to read another sheet, name it with --sheet (the sheets are ${book.sheets.map((s) => q(s.name)).join(', ')})`
        : '';
    throw new CliError(
      `The sheet ${q(sheet.name)} has no dreams table: its first row with content should ` +
        `name the dreams, with their skills below them${others}.`,
    );
  }
  return prioritiesExport({
    sheetName: sheet.name,
    dreams: table.dreams,
    priorities: rankPriorities(table),
    warnings: table.warnings.map((w) => w.message),
  });
}
