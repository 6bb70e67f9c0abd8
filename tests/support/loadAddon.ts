// Runs the BUILT add-on (dist/Code.js) the way Apps Script does (see dev/addon/load.ts, shared
// with the local preview), with dist/ as the default place to find it.
//
//   const emu = createEmulator({ files: distHtmlFiles() });
//   const ctx = loadAddon(emu.user('alice@example.com'));
//   runEntryPoint(ctx, 'onOpen', { authMode: 'NONE' });
//   const result = callFromSidebar(ctx, 'getState');

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { EmulatedUser } from '@career-dreams/emulator';
import { htmlFilesIn, loadAddon as load, type AddonContext } from '../../dev/addon/load';

export {
  callFromSidebar,
  callFromSidebarUnchecked,
  runEntryPoint,
  type AddonContext,
} from '../../dev/addon/load';
export { wireProblem } from '../../dev/addon/wire';

import { DIST } from './paths';

/** Loads dist/Code.js (or `codePath`) into a fresh context bound to `user`. */
export function loadAddon(user: EmulatedUser, codePath = join(DIST, 'Code.js')): AddonContext {
  if (!existsSync(codePath)) {
    throw new Error(`${codePath} does not exist: run \`npm run build\` before these tests.`);
  }
  return load(user, codePath);
}

/** The HTML files of the build (dist/*.html), by name without extension, for createEmulator. */
export function distHtmlFiles(): Record<string, string> {
  if (!existsSync(DIST)) throw new Error('dist/ does not exist: run `npm run build` first.');
  return htmlFilesIn(DIST);
}
