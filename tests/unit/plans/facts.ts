// Facts for a plan, built from a compact grid literal: what the server's adapter would read.
import { parseTable, type Facts, type OptionalFacts } from '../../../src/core';
import { grid, type CellSpec } from '../../support/builders';

export function factsOf<N extends keyof OptionalFacts = never>(
  rows: CellSpec[][],
  optional: Pick<OptionalFacts, N> = {} as Pick<OptionalFacts, N>,
  sheetName = 'Dreams',
): Facts<N> {
  const g = grid(rows);
  const dreams = {
    sheetName,
    grid: g,
    rows: g.values.length,
    cols: g.values[0]?.length ?? 0,
    table: parseTable(g),
  };
  return { ...optional, dreams } as Facts<N>;
}
