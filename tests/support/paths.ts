// Where things are, for every tier of tests: the repository and the built add-on.
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');

/** What `npm run build` writes and `clasp push` uploads: the tests load exactly this. */
export const DIST = join(ROOT, 'dist');
