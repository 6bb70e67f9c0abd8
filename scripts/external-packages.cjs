// An esbuild plugin for Node bundles of the project's entry points: npm packages stay external
// (Node loads them from node_modules at run time), but the project's own workspace packages
// (packages/*) are bundled, since they are TypeScript sources that Node cannot run.
// Used by scripts/run-ts.mjs, and by the test that bundles `npm start` as it does.
// CommonJS so that the Jest tests can load it as well as the ES modules of scripts/.
/* eslint-disable @typescript-eslint/no-require-imports */
const { existsSync, readdirSync, readFileSync } = require('node:fs');
const { isAbsolute, join } = require('node:path');

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** The names of the packages the root package.json's "workspaces" ("dir/*" patterns) holds. */
function workspacePackages(root) {
  const names = new Set();
  for (const pattern of readJson(join(root, 'package.json')).workspaces ?? []) {
    if (!pattern.endsWith('/*')) throw new Error(`Workspace pattern "${pattern}" is not "dir/*".`);
    const dir = join(root, pattern.slice(0, -2));
    for (const entry of readdirSync(dir)) {
      const manifest = join(dir, entry, 'package.json');
      if (existsSync(manifest)) names.add(readJson(manifest).name);
    }
  }
  return names;
}

/** "@scope/name/sub" -> "@scope/name", "name/sub" -> "name". */
function packageName(specifier) {
  const parts = specifier.split('/');
  return (specifier.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
}

function externalPackages(root) {
  const workspace = workspacePackages(root);
  return {
    name: 'external-packages',
    setup(build) {
      // Bare specifiers: esbuild's own test for a package path (not ./x, ../x or /x).
      build.onResolve({ filter: /^[^./]|^\.[^./]|^\.\.[^/]/ }, (args) => {
        if (args.kind === 'entry-point' || isAbsolute(args.path)) return undefined;
        if (workspace.has(packageName(args.path))) return undefined; // resolved and bundled
        return { path: args.path, external: true };
      });
    },
  };
}

module.exports = { externalPackages };
