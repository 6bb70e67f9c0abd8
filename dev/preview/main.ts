// `npm start`: builds (in package.json), then runs this: the local preview of Career Dreams on
// the emulator, until Ctrl+C. Everything it says is one plain sentence; no stack traces.
//   npm start -- --port 8081 --workbook my-dreams.json --example --latency 800

import { parseArgs, USAGE } from './args';
import { shown } from './paths';
import { PreviewError, startPreview } from './server';

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2), process.env);
  if (typeof args === 'string') {
    console.error(args);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const preview = await startPreview({
    port: args.port,
    example: args.example,
    latency: args.latency,
    ...(args.workbook ? { workbookPath: args.workbook } : {}),
  });
  console.log(`Career Dreams preview: ${preview.url}`);
  console.log(`Workbook kept in ${shown(preview.workbookPath)} (saved after every change).`);
  console.log(`A second person: open ${preview.url}?as=Sam in another window.`);
  if (preview.latency > 0) {
    console.log(
      `Every call from the sidebar takes ${preview.latency} ms longer, as in Apps Script.`,
    );
  }
  for (const notice of preview.notices) console.log(notice);

  // Listening before saying so: a Ctrl+C right after the line still closes cleanly.
  const stopped = new Promise<number>((done) => {
    const stop = (): void => {
      void preview.close().then(() => done(0));
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  console.log('Press Ctrl+C to stop.');
  return stopped;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(
      error instanceof PreviewError ? message : `The preview could not start: ${message}`,
    );
    process.exit(1);
  },
);
