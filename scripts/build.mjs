// Builds what `clasp push` uploads, into dist/:
//   dist/Code.js          the server, bundled; every entry point a top-level function declaration
//   dist/Sidebar.html     the sidebar with its CSS and JS inlined (Apps Script serves one file)
//   dist/appsscript.json  the manifest
//   dist/paste/           the same three files as a person pastes them (see writePasteFolder)
//
// Apps Script has no modules and only calls top-level functions (menus, triggers,
// google.script.run), so the bundle is an IIFE whose exports are re-declared as plain
// functions after it.
import { build, transform } from 'esbuild';
import { mkdir, readFile, writeFile, copyFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
// Apps Script's V8 runtime runs modern JavaScript; ES2019 keeps clear of the few newer
// features it has been reported to mishandle.
const target = 'es2019';
// The sidebar runs in the user's browser, and Sheets supports only current versions of Chrome,
// Firefox, Safari and Edge (https://support.google.com/docs/answer/2375082): ES2020 keeps
// optional chaining and `??` as written instead of expanding them (about 1 KB of the bundle).
const sidebarTarget = 'es2020';
const bundleName = 'CareerDreams';

async function buildServer() {
  const result = await build({
    entryPoints: [join(root, 'src/server/main.ts')],
    bundle: true,
    format: 'iife',
    globalName: bundleName,
    target,
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const bundle = result.outputFiles[0].text;
  const exported = exportedFunctions(bundle);
  for (const required of ['onOpen', 'onInstall']) {
    if (!exported.some((e) => e.name === required)) {
      throw new Error(`src/server/main.ts must export ${required}`);
    }
  }
  const entryPoints = exported
    .map(
      ({ name, path }) =>
        `function ${name}() {\n  return ${bundleName}.${path}.apply(this, arguments);\n}`,
    )
    .join('\n');
  const header = '// Career Dreams, built from src/ by scripts/build.mjs. Do not edit.\n';
  await writeFile(join(dist, 'Code.js'), `${header}${bundle}\n${entryPoints}\n`);
  return exported;
}

/**
 * Runs the bundle in an empty context to list its entry points: every exported function, and
 * every function of the exported `endpoints` object (the sidebar contract's implementation).
 * No Apps Script call happens at load.
 */
function exportedFunctions(bundle) {
  const context = vm.createContext({});
  vm.runInContext(`${bundle}\nthis.__exports = ${bundleName};`, context);
  const exports = context.__exports;
  const functionsOf = (object, prefix) =>
    Object.keys(object)
      .filter((name) => typeof object[name] === 'function')
      .map((name) => ({ name, path: `${prefix}${name}` }));
  const entries = [
    ...functionsOf(exports, ''),
    ...functionsOf(exports.endpoints ?? {}, 'endpoints.'),
  ];
  const names = entries.map((e) => e.name);
  const twice = names.filter((name, i) => names.indexOf(name) !== i);
  if (twice.length > 0) throw new Error(`entry points declared twice: ${twice.join(', ')}`);
  return entries;
}

async function buildSidebar() {
  const result = await build({
    entryPoints: [join(root, 'src/sidebar/main.ts')],
    bundle: true,
    format: 'iife',
    target: sidebarTarget,
    minify: true,
    write: false,
    legalComments: 'none',
    logLevel: 'silent',
  });
  const js = result.outputFiles[0].text;
  const { code: css } = await transform(
    await readFile(join(root, 'src/sidebar/styles.css'), 'utf8'),
    {
      loader: 'css',
      minify: true,
      target: 'chrome100',
    },
  );
  const html = await readFile(join(root, 'src/sidebar/index.html'), 'utf8');
  // A literal "</script" or "</style" inside the inlined code would end the element early.
  if (/<\/script/i.test(js)) throw new Error('sidebar bundle contains "</script"');
  if (/<\/style/i.test(css)) throw new Error('sidebar CSS contains "</style"');
  for (const marker of ['/*__CSS__*/', '/*__JS__*/']) {
    if (!html.includes(marker)) throw new Error(`src/sidebar/index.html is missing ${marker}`);
  }
  // Replacement functions, so "$&"-style patterns in the code are not interpreted.
  const page = html.replace('/*__CSS__*/', () => css).replace('/*__JS__*/', () => js);
  await writeFile(join(dist, 'Sidebar.html'), page);
  return page.length;
}

/**
 * dist/paste/: the same three files for someone with no tools (docs/install.md, "No tools"),
 * named as the Apps Script editor shows them: its script files end in .gs, and its manifest
 * appears only once "Show appsscript.json manifest file in editor" is ticked in Project
 * Settings. Byte for byte what clasp pushes; .claspignore keeps this folder out of the push.
 */
const PASTE_DIR = 'paste';
const PASTE_FILES = [
  ['Code.js', 'Code.gs'],
  ['Sidebar.html', 'Sidebar.html'],
  ['appsscript.json', 'appsscript.json'],
];
const PASTE_README = `Career Dreams, ready to paste into the Apps Script editor of a spreadsheet you own.
Built from the repository by \`npm run build\`; docs/install.md ("No tools") has every step.

1. In the spreadsheet: Extensions > Apps Script. Rename the project (its name at the top,
   "Untitled project") to: Career Dreams. The add-on's menu takes this name.
2. Code.gs: select everything in the editor's Code.gs and replace it with this Code.gs.
3. Add a file (+) > HTML, name it Sidebar, and replace its content with Sidebar.html.
4. Project Settings: tick "Show appsscript.json manifest file in editor". Back in the
   editor, replace appsscript.json with this appsscript.json.
5. Save, reload the spreadsheet: Extensions > Career Dreams > Start my dreams table.
`;

async function writePasteFolder() {
  const paste = join(dist, PASTE_DIR);
  await mkdir(paste, { recursive: true });
  await Promise.all([
    ...PASTE_FILES.map(([from, to]) => copyFile(join(dist, from), join(paste, to))),
    writeFile(join(paste, 'README.txt'), PASTE_README),
  ]);
}

await mkdir(dist, { recursive: true });
const [exported, sidebarBytes] = await Promise.all([buildServer(), buildSidebar()]);
await copyFile(join(root, 'appsscript.json'), join(dist, 'appsscript.json'));
await writePasteFolder();
if (!process.argv.includes('--quiet')) {
  console.log(
    `built dist/: Code.js (${exported.length} entry points), Sidebar.html (${sidebarBytes} bytes), appsscript.json`,
  );
  console.log(
    `      dist/${PASTE_DIR}/: the same three files, named as the Apps Script editor shows them`,
  );
}
