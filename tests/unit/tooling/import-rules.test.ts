// The import checker's two rules, on small made-up graphs: imports go in allowed directions,
// and no module reaches itself again.
import { directionProblems, importCycles, type ImportEdge } from '../../../scripts/imports/rules';

describe('directionProblems', () => {
  it('allows what each layer may import', () => {
    const edges: ImportEdge[] = [
      { from: 'src/server/pipeline.ts', to: 'src/core/index.ts' },
      { from: 'src/sidebar/api.ts', to: 'src/contract/index.ts' },
      { from: 'src/xlsx/read.ts', pkg: 'exceljs' },
      { from: 'src/cli/main.ts', pkg: 'node:fs' },
      { from: 'dev/preview/app.ts', pkg: '@career-dreams/emulator' },
      { from: 'tests/unit/x.test.ts', to: 'src/server/decode.ts' },
    ];
    expect(directionProblems(edges)).toEqual([]);
  });

  it('refuses the core importing anything outside itself, the sidebar importing the server, and the emulator importing the product', () => {
    const edges: ImportEdge[] = [
      { from: 'src/core/table.ts', to: 'src/contract/views.ts' },
      { from: 'src/core/table.ts', pkg: 'node:fs' },
      { from: 'src/sidebar/main.ts', to: 'src/server/pipeline.ts' },
      { from: 'packages/emulator/src/a1.ts', to: 'src/core/a1.ts' },
      { from: 'src/server/endpoints.ts', pkg: '@career-dreams/emulator' },
      { from: 'tests/unit/x.test.ts', to: 'packages/emulator/src/a1.ts' },
    ];
    expect(directionProblems(edges)).toEqual([
      'src/core/table.ts imports src/contract/views.ts: core may not import contract',
      'src/core/table.ts imports the package node:fs: core may not',
      'src/sidebar/main.ts imports src/server/pipeline.ts: sidebar may not import server',
      'packages/emulator/src/a1.ts imports src/core/a1.ts: emulator may not import core',
      'src/server/endpoints.ts imports @career-dreams/emulator: server may not import emulator',
      'tests/unit/x.test.ts imports packages/emulator/src/a1.ts: import @career-dreams/emulator instead of a file inside it',
    ]);
  });
});

describe('importCycles', () => {
  it('finds every cycle, and nothing in a tree', () => {
    const edge = (from: string, to: string): ImportEdge => ({ from, to });
    expect(importCycles([edge('a', 'b'), edge('b', 'c'), edge('a', 'c')])).toEqual([]);
    expect(
      importCycles([
        edge('a', 'b'),
        edge('b', 'c'),
        edge('c', 'a'),
        edge('d', 'd'),
        edge('e', 'a'),
      ]),
    ).toEqual([['a', 'b', 'c'], ['d']]);
  });

  it('handles a chain far deeper than the call stack', () => {
    const edges: ImportEdge[] = Array.from({ length: 100_000 }, (_, i) => ({
      from: `m${i}`,
      to: `m${i + 1}`,
    }));
    expect(importCycles(edges)).toEqual([]);
    edges.push({ from: 'm100000', to: 'm0' });
    expect(importCycles(edges)[0]).toHaveLength(100_001);
  });
});
