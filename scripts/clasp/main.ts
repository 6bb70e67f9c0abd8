// npm run deploy   builds, then pushes dist/ to the development script (.clasp.json).
// npm run release  builds, then pushes dist/ to the production script (.clasp.release.json),
//                  makes a numbered version of it and points the production deployment at
//                  that version (a first deployment is made, and its ID printed, if the file
//                  has none yet). `npm run release -- "What changed"` sets the description.
// The build runs first (package.json). Both refuse a settings file without a script ID. See
// ./plan.ts for the clasp arguments and docs/publishing.md for the steps around them.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEV_SETTINGS,
  RELEASE_SETTINGS,
  deploymentArgs,
  deploymentFrom,
  pushArgs,
  releaseDescription,
  sameScriptProblem,
  settingsProblem,
  versionArgs,
  versionFrom,
  type ClaspSettings,
} from './plan';

// Run from the repository root, as npm runs scripts (this file is bundled elsewhere to run).
const ROOT = process.cwd();
const CLASP = join(ROOT, 'node_modules/@google/clasp/build/src/index.js');

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function readSettings(file: string): ClaspSettings {
  const path = join(ROOT, file);
  if (!existsSync(path)) fail(`${file} is missing (docs/install.md says what goes in it).`);
  let settings: ClaspSettings;
  try {
    settings = JSON.parse(readFileSync(path, 'utf8')) as ClaspSettings;
  } catch {
    fail(`${file} is not valid JSON: fix it (docs/install.md shows what goes in it).`);
  }
  const problem = settingsProblem(file, settings);
  if (problem) fail(problem);
  return settings;
}

/** Runs clasp; its output goes to the terminal, or is returned when `capture` is set. */
function clasp(args: string[], capture = false): string {
  console.log(`> clasp ${args.map((a) => (/\s/.test(a) ? JSON.stringify(a) : a)).join(' ')}`);
  const result = spawnSync(process.execPath, [CLASP, ...args], {
    cwd: ROOT,
    stdio: capture ? ['inherit', 'pipe', 'inherit'] : 'inherit',
    encoding: 'utf8',
  });
  if (result.error) fail(`clasp did not start: ${result.error.message}`);
  if (result.status !== 0) {
    if (capture && result.stdout) console.error(result.stdout);
    fail(`clasp stopped (exit code ${result.status ?? 'none'}); nothing after this step ran.`);
  }
  return capture ? result.stdout : '';
}

function deploy(): void {
  readSettings(DEV_SETTINGS);
  clasp(pushArgs(DEV_SETTINGS));
  console.log('Pushed to the development script. Reload the spreadsheet to see the change.');
}

function release(words: string | undefined): void {
  const settings = readSettings(RELEASE_SETTINGS);
  const dev = existsSync(join(ROOT, DEV_SETTINGS)) ? readSettings(DEV_SETTINGS) : null;
  const same = sameScriptProblem(dev, settings);
  if (same) fail(same);
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const description = releaseDescription(words, pkg.version, new Date());
  clasp(pushArgs(RELEASE_SETTINGS));
  const version = versionFrom(clasp(versionArgs(RELEASE_SETTINGS, description), true));
  console.log(`Made version ${version}: ${description}`);
  const known = typeof settings.deploymentId === 'string' ? settings.deploymentId : '';
  const out = clasp(deploymentArgs(RELEASE_SETTINGS, version, description, known), true);
  const deploymentId = deploymentFrom(out);
  if (known.trim() === '') {
    console.log(
      `Made the production deployment ${deploymentId}. Put it into "deploymentId" in ` +
        `${RELEASE_SETTINGS}, so that the next release updates it instead of making another.`,
    );
  } else {
    console.log(`The production deployment ${deploymentId} now serves version ${version}.`);
  }
  console.log(
    `In the Marketplace SDK's App Configuration, set the editor add-on's version to ${version} ` +
      '(docs/publishing.md, "Each release").',
  );
}

const [mode, ...rest] = process.argv.slice(2);
if (mode === 'deploy') deploy();
else if (mode === 'release') release(rest.join(' ') || undefined);
else fail('usage: node scripts/run-ts.mjs scripts/clasp/main.ts deploy | release ["description"]');
