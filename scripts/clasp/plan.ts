// What `npm run deploy` and `npm run release` ask clasp to do, as data. Two Apps Script
// projects, each with its own clasp settings file: development (.clasp.json, the script you
// push to while working: bound to a spreadsheet of yours, or standalone with a test
// deployment) and production (.clasp.release.json, the standalone script the Marketplace
// listing points at). docs/install.md and docs/publishing.md explain both. Pure, so the unit
// tests check which settings file each command uses without running clasp; ./main.ts runs it.
//
// clasp 3 reads its settings from another file with the global option --project
// (`npx clasp --help`), and `push --force` overwrites the remote manifest without asking.

export const DEV_SETTINGS = '.clasp.json';
export const RELEASE_SETTINGS = '.clasp.release.json';

/** What our clasp settings files hold. clasp reads scriptId and rootDir; deploymentId is ours. */
export interface ClaspSettings {
  scriptId?: unknown;
  rootDir?: unknown;
  /** The production deployment the listing uses; empty until the first release makes it. */
  deploymentId?: unknown;
}

/** Why a settings file cannot be used yet, as a sentence, or null when it can. */
export function settingsProblem(file: string, settings: ClaspSettings): string | null {
  const { scriptId, rootDir, deploymentId } = settings;
  if (typeof scriptId !== 'string' || scriptId.trim() === '' || /^REPLACE_/.test(scriptId)) {
    return (
      `${file} has no script ID yet: put the Script ID of the Apps Script project ` +
      `(Project Settings in the Apps Script editor) into "scriptId" (docs/install.md).`
    );
  }
  if (rootDir !== 'dist') {
    return `${file} must have "rootDir": "dist", the folder the build writes.`;
  }
  if (deploymentId !== undefined && typeof deploymentId !== 'string') {
    return `${file}: "deploymentId" must be a string (empty before the first release).`;
  }
  return null;
}

/**
 * A release must not land on the development script: a release settings file copied from the
 * development one would otherwise force-push, version and deploy the wrong project.
 */
export function sameScriptProblem(
  dev: ClaspSettings | null,
  release: ClaspSettings,
): string | null {
  if (!dev || typeof dev.scriptId !== 'string') return null;
  if (dev.scriptId.trim() !== String(release.scriptId ?? '').trim()) return null;
  return (
    `${RELEASE_SETTINGS} and ${DEV_SETTINGS} name the same script, so nothing was released: ` +
    `put the production project's Script ID into ${RELEASE_SETTINGS} (docs/publishing.md).`
  );
}

/** clasp's arguments to upload dist/ to the project of a settings file, replacing its files. */
export function pushArgs(settingsFile: string): string[] {
  return ['--project', settingsFile, 'push', '--force'];
}

/** clasp's arguments to snapshot what was pushed as a new numbered version. */
export function versionArgs(settingsFile: string, description: string): string[] {
  return ['--project', settingsFile, 'create-version', description, '--json'];
}

/**
 * clasp's arguments to point the production deployment at a version: the existing deployment
 * when there is one (the listing keeps its deployment ID), else a first, new one.
 */
export function deploymentArgs(
  settingsFile: string,
  version: number,
  description: string,
  deploymentId: string,
): string[] {
  const target =
    deploymentId.trim() === '' ? ['create-deployment'] : ['update-deployment', deploymentId.trim()];
  return [
    '--project',
    settingsFile,
    ...target,
    '--versionNumber',
    String(version),
    '--description',
    description,
    '--json',
  ];
}

/** The one JSON object in clasp's `--json` output (a spinner may write around it). */
export function jsonOutput(stdout: string): Record<string, unknown> {
  const start = stdout.indexOf('{');
  const end = stdout.lastIndexOf('}');
  if (start < 0 || end < start) throw new Error(`clasp printed no JSON: ${stdout.trim()}`);
  return JSON.parse(stdout.slice(start, end + 1)) as Record<string, unknown>;
}

/** The version number `create-version --json` printed. */
export function versionFrom(stdout: string): number {
  const { versionNumber } = jsonOutput(stdout);
  if (typeof versionNumber !== 'number' || !Number.isInteger(versionNumber) || versionNumber < 1) {
    throw new Error(`clasp made no version: ${stdout.trim()}`);
  }
  return versionNumber;
}

/** The deployment ID `create-deployment --json` / `update-deployment --json` printed. */
export function deploymentFrom(stdout: string): string {
  const { deploymentId } = jsonOutput(stdout);
  if (typeof deploymentId !== 'string' || deploymentId === '') {
    throw new Error(`clasp made no deployment: ${stdout.trim()}`);
  }
  return deploymentId;
}

/** The description of a release: the given words, else the package version and the date. */
export function releaseDescription(given: string | undefined, version: string, now: Date): string {
  const words = given?.trim();
  if (words) return words;
  return `Career Dreams ${version}, ${now.toISOString().slice(0, 10)}`;
}
