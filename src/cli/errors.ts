// What goes wrong on the command line is told in one plain sentence on stderr, never as a stack
// trace. A CliError carries that sentence and the exit code; anything else thrown is a bug and
// is reported with a generic sentence (see run.ts).

/** Exit codes: 1 for a file or sheet that cannot be read, 2 for a command line that is wrong. */
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;

export class CliError extends Error {
  override name = 'CliError';
  constructor(
    message: string,
    readonly exitCode: number = EXIT_INPUT,
    /** Print the usage after the sentence. */
    readonly showUsage = false,
  ) {
    super(message);
  }
}

/** A command line that is wrong: the sentence, then the usage, exit code 2. */
export function usageError(message: string): CliError {
  return new CliError(message, EXIT_USAGE, true);
}

/** ‘name’, the way the add-on quotes names in its sentences. */
export function q(text: string): string {
  return `\u2018${text}\u2019`;
}
