// The command line of `npm start -- [options]`. Bad input gets one plain sentence.

export interface PreviewArgs {
  /** 0 picks any free port. */
  port: number;
  /** Absolute or relative to the current directory; null for the default. */
  workbook: string | null;
  example: boolean;
  /** Milliseconds added to every google.script.run round trip. */
  latency: number;
  help: boolean;
}

export const USAGE = `Usage: npm start -- [--port N] [--workbook PATH] [--example] [--latency MS]

  --port N         serve on http://127.0.0.1:N/ (default: $PORT, or 8080; 0 for any free port)
  --workbook PATH  keep the workbook in this file (default: .preview/workbook.json)
  --example        start with the example dreams table (the current workbook is kept aside)
  --latency MS     make every call from the sidebar take MS milliseconds longer, as a real
                   Apps Script round trip often does (e.g. 800; default 0; at most 60000)
  --help           show this

Open the address in a second window (or add ?as=Sam to it) to be a second person.`;

export const DEFAULT_PORT = 8080;
/** A minute: longer than any Apps Script call a person would wait for. */
export const MAX_LATENCY_MS = 60_000;

function parseLatency(text: string): number | string {
  if (!/^\d+$/.test(text.trim()) || Number(text) > MAX_LATENCY_MS) {
    return `The latency after --latency must be a whole number of milliseconds from 0 to ${MAX_LATENCY_MS}, not "${text}".`;
  }
  return Number(text);
}

function parsePort(text: string, where: string): number | string {
  if (!/^\d+$/.test(text.trim()) || Number(text) > 65535) {
    return `The port ${where} must be a whole number from 0 to 65535, not "${text}".`;
  }
  return Number(text);
}

/** The options, or a sentence saying what is wrong. */
export function parseArgs(
  argv: string[],
  env: Record<string, string | undefined>,
): PreviewArgs | string {
  const args: PreviewArgs = {
    port: DEFAULT_PORT,
    workbook: null,
    example: false,
    latency: 0,
    help: false,
  };
  if (env.PORT !== undefined && env.PORT !== '') {
    const port = parsePort(env.PORT, 'in PORT');
    if (typeof port === 'string') return port;
    args.port = port;
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg, undefined];
    const value = (): string | null => inline ?? (i + 1 < argv.length ? argv[++i]! : null);
    switch (flag) {
      case '--port': {
        const text = value();
        if (text === null) return 'Give a port number after --port.';
        const port = parsePort(text, 'after --port');
        if (typeof port === 'string') return port;
        args.port = port;
        break;
      }
      case '--workbook': {
        const path = value();
        if (!path) return 'Give a file name after --workbook.';
        args.workbook = path;
        break;
      }
      case '--example':
        args.example = true;
        break;
      case '--latency': {
        const text = value();
        if (text === null) return 'Give a number of milliseconds after --latency.';
        const latency = parseLatency(text);
        if (typeof latency === 'string') return latency;
        args.latency = latency;
        break;
      }
      case '--help':
      case '-h':
        args.help = true;
        break;
      default:
        return `Unknown option "${arg}". Run npm start -- --help to see the options.`;
    }
  }
  return args;
}
