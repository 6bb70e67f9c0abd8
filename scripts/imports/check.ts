// Checks the import borders and cycles of the real tree (run by `npm run lint`): every import
// of the product, the emulator and the preview goes in an allowed direction (rules.ts), and no
// module imports itself through others. Type-only imports count: they are borders too.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import ts from 'typescript';
import { directionProblems, importCycles, LAYERS, type ImportEdge } from './rules';

// npm runs scripts from the repository root.
const ROOT = process.cwd();
// The layers, and the code around them (which may import anything but a package's insides).
const CHECKED = [...LAYERS.map((layer) => layer.dir), 'bench', 'tests', 'scripts'];

function sourceFiles(dir: string): string[] {
  const full = join(ROOT, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules') return [];
    if (statSync(join(ROOT, path)).isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(name) && !/\.d\.ts$/.test(name) ? [path.split(sep).join('/')] : [];
  });
}

function resolve(from: string, specifier: string): string | undefined {
  const base = join(dirname(from), specifier);
  for (const candidate of [`${base}.ts`, join(base, 'index.ts'), base]) {
    const path = join(ROOT, candidate);
    if (existsSync(path) && statSync(path).isFile()) return candidate.split(sep).join('/');
  }
  return undefined;
}

function packageName(specifier: string): string {
  if (specifier.startsWith('node:')) return specifier;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

export function importEdges(files: readonly string[]): {
  edges: ImportEdge[];
  unresolved: string[];
} {
  const edges: ImportEdge[] = [];
  const unresolved: string[] = [];
  for (const file of files) {
    const info = ts.preProcessFile(readFileSync(join(ROOT, file), 'utf8'), true, true);
    for (const { fileName: specifier } of info.importedFiles) {
      if (specifier.startsWith('.')) {
        const to = resolve(file, specifier);
        if (to) edges.push({ from: file, to });
        else unresolved.push(`${file}: ${specifier}`);
      } else {
        edges.push({ from: file, pkg: packageName(specifier) });
      }
    }
  }
  return { edges, unresolved };
}

function main(): number {
  const files = CHECKED.flatMap(sourceFiles);
  const { edges, unresolved } = importEdges(files);
  const problems = [
    ...unresolved.map((u) => `cannot resolve the import ${u}`),
    ...directionProblems(edges),
    ...importCycles(edges).map((cycle) => `import cycle: ${cycle.join(' -> ')}`),
  ];
  for (const problem of problems) console.error(problem);
  if (problems.length > 0) return 1;
  console.log(
    `imports: ${edges.length} in ${files.length} files across ${LAYERS.length} layers and the tests; no border crossed, no cycle`,
  );
  return 0;
}

if (require.main === module) process.exit(main());
