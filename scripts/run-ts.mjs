// Runs a TypeScript entry point of the project in Node (the preview server, the benchmark,
// the command-line tool): bundles it with esbuild into node_modules/.cache and runs the
// result with the remaining arguments, passing on its exit code. npm packages stay external;
// workspace packages (packages/*, TypeScript) are bundled.
//   node scripts/run-ts.mjs dev/preview/main.ts --port 8080
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { externalPackages } from './external-packages.cjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs FILE.ts [ARGS...]');
  process.exit(2);
}
// One bundle per entry point (src/cli/main.ts and bench/main.ts must not share main.cjs), written
// under a temporary name and renamed into place, so that runs at the same time (parallel tests)
// never execute a half-written file.
const entryPath = resolve(root, entry);
const slug = relative(root, entryPath)
  .replace(/\.ts$/, '')
  .replace(/[^\w.-]+/g, '_');
const cache = join(root, 'node_modules/.cache/career-dreams');
const outfile = join(cache, `${slug}.cjs`);
const result = await build({
  entryPoints: [entryPath],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  plugins: [externalPackages(root)],
  sourcemap: 'inline',
  outfile,
  write: false,
  logLevel: 'error',
});
mkdirSync(cache, { recursive: true });
const partial = `${outfile}.${process.pid}.tmp`;
writeFileSync(partial, result.outputFiles[0].contents);
renameSync(partial, outfile);
const child = spawn(process.execPath, ['--enable-source-maps', outfile, ...args], {
  stdio: 'inherit',
});
// A signal sent to this process alone (not its group, as Ctrl+C does) must reach the program.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
