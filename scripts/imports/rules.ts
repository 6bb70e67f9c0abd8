// The import borders of the project, as data, and the two checks over an import graph: every
// import goes in an allowed direction, and no module reaches itself again (no cycle). Pure, so
// the checks are unit-tested on small made-up graphs; check.ts runs them on the real tree.
// docs/design.md, "Architecture", explains the layers.

export interface Layer {
  name: string;
  /** The folder of the layer's files, relative to the repository root. */
  dir: string;
  /** The layers it may import from (itself always). */
  mayImport: readonly string[];
  /** Packages (bare specifiers) it may import; `node:` means any Node built-in. */
  packages: readonly string[];
}

export const LAYERS: readonly Layer[] = [
  { name: 'core', dir: 'src/core', mayImport: [], packages: [] },
  { name: 'contract', dir: 'src/contract', mayImport: ['core'], packages: [] },
  { name: 'server', dir: 'src/server', mayImport: ['core', 'contract'], packages: [] },
  { name: 'sidebar', dir: 'src/sidebar', mayImport: ['core', 'contract'], packages: [] },
  // node:zlib: the reader inflates the zip itself, with a cap on each part (src/xlsx/zip.ts).
  { name: 'xlsx', dir: 'src/xlsx', mayImport: ['core'], packages: ['exceljs', 'node:zlib'] },
  { name: 'cli', dir: 'src/cli', mayImport: ['core', 'xlsx'], packages: ['node:'] },
  { name: 'emulator', dir: 'packages/emulator', mayImport: [], packages: ['node:'] },
  {
    name: 'dev',
    dir: 'dev',
    // The preview page borrows the sidebar's element helper and the core's A1 names.
    mayImport: ['emulator', 'xlsx', 'contract', 'core', 'sidebar'],
    packages: ['node:', 'esbuild'],
  },
];

/** Workspace packages, by the layer they are. */
export const WORKSPACE_PACKAGES: Readonly<Record<string, string>> = {
  '@career-dreams/emulator': 'emulator',
};

const PACKAGE_OF_LAYER: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(WORKSPACE_PACKAGES).map(([pkg, layer]) => [layer, pkg]),
);

/** One import: the file it is in, and either the file it resolves to or a package name. */
export interface ImportEdge {
  from: string;
  to?: string;
  pkg?: string;
}

export function layerOf(file: string, layers: readonly Layer[] = LAYERS): Layer | undefined {
  return layers.find((layer) => file === layer.dir || file.startsWith(`${layer.dir}/`));
}

/** Each import that crosses a border it may not cross, as a sentence. */
export function directionProblems(
  edges: readonly ImportEdge[],
  layers: readonly Layer[] = LAYERS,
): string[] {
  const problems: string[] = [];
  for (const edge of edges) {
    const from = layerOf(edge.from, layers);
    // A workspace package is used through its public entry, by name, from anywhere.
    const into = edge.to === undefined ? undefined : layerOf(edge.to, layers);
    if (into && from !== into && PACKAGE_OF_LAYER[into.name] !== undefined) {
      problems.push(
        `${edge.from} imports ${edge.to}: import ${PACKAGE_OF_LAYER[into.name]} instead of a file inside it`,
      );
      continue;
    }
    if (!from) continue; // tests, bench and scripts may import anything else
    if (edge.pkg !== undefined) {
      const workspace = WORKSPACE_PACKAGES[edge.pkg];
      if (workspace !== undefined) {
        if (workspace !== from.name && !from.mayImport.includes(workspace)) {
          problems.push(
            `${edge.from} imports ${edge.pkg}: ${from.name} may not import ${workspace}`,
          );
        }
        continue;
      }
      const allowed = from.packages.some((p) =>
        p === 'node:'
          ? edge.pkg!.startsWith('node:')
          : edge.pkg === p || edge.pkg!.startsWith(`${p}/`),
      );
      if (!allowed)
        problems.push(`${edge.from} imports the package ${edge.pkg}: ${from.name} may not`);
      continue;
    }
    if (edge.to === undefined) continue;
    const to = layerOf(edge.to, layers);
    if (!to) {
      problems.push(`${edge.from} imports ${edge.to}, which is outside every product layer`);
    } else if (to !== from && !from.mayImport.includes(to.name)) {
      problems.push(`${edge.from} imports ${edge.to}: ${from.name} may not import ${to.name}`);
    }
  }
  return problems;
}

/** The import cycles among files (strongly connected components of more than one file, or a file importing itself). */
export function importCycles(edges: readonly ImportEdge[]): string[][] {
  const next = new Map<string, string[]>();
  for (const { from, to } of edges) {
    if (to === undefined) continue;
    if (!next.has(from)) next.set(from, []);
    if (!next.has(to)) next.set(to, []);
    next.get(from)!.push(to);
  }
  // Tarjan's algorithm, iterative so that a deep chain cannot overflow the stack.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  let counter = 0;
  for (const root of next.keys()) {
    if (index.has(root)) continue;
    const work: Array<{ node: string; i: number }> = [{ node: root, i: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const targets = next.get(frame.node)!;
      if (frame.i < targets.length) {
        const target = targets[frame.i++]!;
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, i: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(target)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        const selfLoop = component.length === 1 && targets.includes(frame.node);
        if (component.length > 1 || selfLoop) cycles.push(component.sort());
      }
    }
  }
  return cycles;
}
