// Where things are. The preview runs from a bundle in node_modules/.cache (scripts/run-ts.mjs)
// or from source (the tests), so the project is found by walking up to its package.json.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, isAbsolute } from 'node:path';

export function projectRoot(start: string = __dirname): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      const { name } = JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string };
      if (name === 'career-dreams') return dir;
    }
    if (dirname(dir) === dir) throw new Error('Could not find the Career Dreams project folder.');
  }
}

/** The default place of the workbook: ignored by git, kept between runs. */
export function defaultWorkbookPath(root: string): string {
  return join(root, '.preview', 'workbook.json');
}

/** A path as the person would type it from where they are. */
export function shown(path: string, cwd = process.cwd()): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}
