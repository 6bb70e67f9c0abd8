// npm run deploy and npm run release (scripts/clasp/): each reaches its own Apps Script project
// through its own clasp settings file, and a release goes push -> version -> deployment.
import { readFileSync } from 'node:fs';
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
} from '../../../scripts/clasp/plan';
import { ROOT } from '../../support/paths';

const json = (file: string) => JSON.parse(readFileSync(join(ROOT, file), 'utf8')) as never;

describe('package.json', () => {
  const { scripts } = json('package.json') as { scripts: Record<string, string> };

  it('deploys and releases through scripts/clasp/main.ts, after a build', () => {
    expect(scripts.deploy).toBe(
      'npm run build && node scripts/run-ts.mjs scripts/clasp/main.ts deploy',
    );
    expect(scripts.release).toBe(
      'npm run build && node scripts/run-ts.mjs scripts/clasp/main.ts release',
    );
  });

  it('has no script that calls clasp directly, which would use whatever .clasp.json says', () => {
    expect(Object.values(scripts).filter((command) => /\bclasp\s/.test(command))).toEqual([]);
  });
});

describe('the two settings files', () => {
  it('are different files, both uploading dist/', () => {
    expect(DEV_SETTINGS).toBe('.clasp.json');
    expect(RELEASE_SETTINGS).toBe('.clasp.release.json');
    for (const file of [DEV_SETTINGS, RELEASE_SETTINGS]) {
      expect(json(file)).toMatchObject({ rootDir: 'dist' });
    }
  });

  it('are refused while they hold the placeholder, with a sentence saying what to do', () => {
    for (const scriptId of [
      'REPLACE_WITH_YOUR_SCRIPT_ID',
      'REPLACE_WITH_THE_PRODUCTION_SCRIPT_ID',
    ]) {
      expect(settingsProblem('.clasp.json', { scriptId, rootDir: 'dist' })).toMatch(
        /no script ID yet.*docs\/install\.md/,
      );
    }
  });

  it('are accepted once they hold a script ID, and refused with another rootDir', () => {
    expect(settingsProblem('x', { scriptId: '1AbC', rootDir: 'dist' })).toBeNull();
    expect(
      settingsProblem('x', { scriptId: '1AbC', rootDir: 'dist', deploymentId: '' }),
    ).toBeNull();
    expect(settingsProblem('x', { scriptId: '1AbC', rootDir: '.' })).toMatch(/rootDir/);
    expect(settingsProblem('x', { scriptId: '', rootDir: 'dist' })).toMatch(/no script ID/);
    expect(settingsProblem('x', { scriptId: '1AbC', rootDir: 'dist', deploymentId: 3 })).toMatch(
      /deploymentId/,
    );
  });

  it('refuse a release to the development script (a release file copied from the other)', () => {
    const dev = { scriptId: '1Dev', rootDir: 'dist' };
    expect(sameScriptProblem(dev, { scriptId: ' 1Dev', rootDir: 'dist' })).toMatch(
      /name the same script, so nothing was released/,
    );
    expect(sameScriptProblem(dev, { scriptId: '1Prod', rootDir: 'dist' })).toBeNull();
    expect(sameScriptProblem(null, { scriptId: '1Prod', rootDir: 'dist' })).toBeNull();
  });
});

describe('the clasp commands', () => {
  it('deploy pushes with the development settings and overwrites the remote manifest', () => {
    expect(pushArgs(DEV_SETTINGS)).toEqual(['--project', '.clasp.json', 'push', '--force']);
  });

  it('a release pushes, versions and deploys with the production settings only', () => {
    const steps = [
      pushArgs(RELEASE_SETTINGS),
      versionArgs(RELEASE_SETTINGS, 'v'),
      deploymentArgs(RELEASE_SETTINGS, 4, 'v', ''),
    ];
    for (const args of steps)
      expect(args.slice(0, 2)).toEqual(['--project', '.clasp.release.json']);
    expect(steps.map((args) => args[2])).toEqual(['push', 'create-version', 'create-deployment']);
  });

  it('the first release makes a deployment; later ones move the same deployment to the new version', () => {
    expect(deploymentArgs(RELEASE_SETTINGS, 4, 'Notes', '')).toEqual([
      '--project',
      '.clasp.release.json',
      'create-deployment',
      '--versionNumber',
      '4',
      '--description',
      'Notes',
      '--json',
    ]);
    expect(deploymentArgs(RELEASE_SETTINGS, 5, 'Notes', ' AKfy ')).toEqual([
      '--project',
      '.clasp.release.json',
      'update-deployment',
      'AKfy',
      '--versionNumber',
      '5',
      '--description',
      'Notes',
      '--json',
    ]);
  });

  it("reads the version and the deployment from clasp's JSON, around a spinner", () => {
    expect(versionFrom('⠋ Creating a new version...\n{\n  "versionNumber": 12\n}\n')).toBe(12);
    expect(deploymentFrom('{"deploymentId":"AKfy9","versionNumber":12}')).toBe('AKfy9');
    expect(() => versionFrom('Error: not logged in')).toThrow(/no JSON/);
    expect(() => versionFrom('{"versionNumber":0}')).toThrow(/no version/);
    expect(() => deploymentFrom('{"versionNumber":3}')).toThrow(/no deployment/);
  });

  it('describes a release by the words given, else by the package version and the day', () => {
    const day = new Date('2026-12-01T10:00:00Z');
    expect(releaseDescription('  Notes on skills ', '0.1.0', day)).toBe('Notes on skills');
    expect(releaseDescription(undefined, '0.1.0', day)).toBe('Career Dreams 0.1.0, 2026-12-01');
  });
});
