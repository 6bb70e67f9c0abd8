// The command-line tool over .xlsx files:
//   npm run --silent cli -- priorities FILE.xlsx [--sheet NAME] [--json]
//   npm run --silent cli -- plan FILE.xlsx [--json] [--today YYYY-MM-DD]
//   npm run --silent cli -- progress FILE.xlsx [--json] [--since YYYY-MM-DD]
// (scripts/run-ts.mjs bundles this file and runs it with Node.)
import { run } from './run';

// Output piped into `head` and closed early is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
});

run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then(
  (code) => {
    process.exitCode = code;
  },
  () => {
    process.stderr.write('Something unexpected went wrong; nothing was changed.\n');
    process.exitCode = 1;
  },
);
