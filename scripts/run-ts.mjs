// Runs a TypeScript entry point of the project in Node (the preview server, the benchmark,
// the command-line tool): bundles it with esbuild into node_modules/.cache and runs the
// result with the remaining arguments, passing on its exit code. Packages stay external.
//   node scripts/run-ts.mjs dev/preview/main.ts --port 8080
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs FILE.ts [ARGS...]');
  process.exit(2);
}
const outfile = join(root, 'node_modules/.cache/career-dreams', `${basename(entry, '.ts')}.cjs`);
await build({
  entryPoints: [join(root, entry)],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  sourcemap: 'inline',
  outfile,
  logLevel: 'error',
});
const run = spawnSync(process.execPath, ['--enable-source-maps', outfile, ...args], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
