// Telling whether a person typed into the generated Priorities sheet: every cell is compared with
// what the add-on itself wrote there, as its record at the end of the sheet says
// (priorities-record.ts). Not with a re-rendering of what is read back, which would reproduce a
// typed skill name, dream header or "Computed from" line and replace it silently. docs/design.md
// §4.3.
import { a1 } from './a1';
import type { AtRisk } from './consent';
import { readRecord, recordText, cellCode } from './priorities-record';
import type { CellValue } from './types';

export interface TypedCells {
  /** The cells that hold something the add-on did not write, row by row, with that content. */
  typed: AtRisk[];
  /**
   * `ok`: compared with the add-on's record. `none`: there is no record (a sheet an earlier
   * version wrote, or not the add-on's at all), so every cell with content counts as typed.
   * `broken`: the record itself was changed; the same.
   */
  record: 'ok' | 'none' | 'broken';
}

/**
 * The cells of a Priorities sheet that the add-on did not write (values as getValues gives them,
 * formulas as getFormulas does). An empty cell holds nothing to lose; a formula is never the
 * add-on's (it writes only literal values), even one that shows what the add-on wrote.
 */
export function cellsTypedIntoPriorities(
  values: CellValue[][],
  formulas: string[][] = [],
): TypedCells {
  const texts = values.map((row) => row.map(recordText));
  const found = readRecord(texts);
  const record = typeof found === 'string' ? found : 'ok';
  const typed: AtRisk[] = [];
  const rows = Math.max(texts.length, formulas.length);
  for (let r = 0; r < rows; r++) {
    const cols = Math.max(texts[r]?.length ?? 0, formulas[r]?.length ?? 0);
    for (let c = 0; c < cols; c++) {
      const formula = formulas[r]?.[c] ?? '';
      const text = texts[r]?.[c] ?? '';
      if (formula === '' && text === '') continue;
      const cell = a1(r + 1, c + 1);
      if (formula !== '') {
        typed.push({ cell, content: formula });
        continue;
      }
      if (typeof found !== 'string') {
        if (found.at.has(`${r + 1},${c + 1}`)) continue;
        const inside = r < found.rows && c < found.cols;
        const code = inside ? found.codes[r * found.cols + c] : undefined;
        if (code !== undefined && code === cellCode(text)) continue;
      }
      typed.push({ cell, content: text });
    }
  }
  return { typed, record };
}
