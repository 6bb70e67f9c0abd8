// Range.sort. https://developers.google.com/apps-script/reference/spreadsheet/range#sort(Object)

import { rectA1 } from './a1';
import { liveSheet, type CellBlock } from './range-cells';
import { compareValues, valueOf, type CellValue } from './values';

interface SortSpec {
  column: number;
  ascending: boolean;
}

/** sort(column), sort({column, ascending}) or an array of those; columns are sheet columns. */
function sortSpecs(block: CellBlock, sortSpecObj: unknown): SortSpec[] {
  const first = block.rect.col;
  const last = block.rect.col + block.rect.numCols - 1;
  return (Array.isArray(sortSpecObj) ? sortSpecObj : [sortSpecObj]).map((spec: unknown) => {
    const s =
      typeof spec === 'number'
        ? { column: spec, ascending: true }
        : (spec as { column?: unknown; ascending?: unknown });
    const column = Number(s?.column);
    if (!Number.isInteger(column) || column < first || column > last) {
      throw new Error(
        `Emulator: sort column ${String(s?.column)} is not a column of ${rectA1(block.rect)}.`,
      );
    }
    return { column, ascending: s.ascending !== false };
  });
}

/**
 * Sorts the block's rows. Whole rows of the range move (value, fill, weight, note), as in
 * Sheets. Empty cells sort last in either direction; the sort is stable. No logging.
 */
export function sortRows(block: CellBlock, sortSpecObj: unknown): void {
  const sheet = liveSheet(block);
  const specs = sortSpecs(block, sortSpecObj);
  const { rect } = block;
  const rows = Array.from({ length: rect.numRows }, (_, i) => rect.row + i);
  const key = (row: number, column: number): CellValue | undefined => {
    const content = sheet.get(row, column)?.content;
    return content ? valueOf(content) : undefined;
  };
  const order = rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => {
      for (const { column, ascending } of specs) {
        const ka = key(a.row, column);
        const kb = key(b.row, column);
        if (ka === undefined || kb === undefined) {
          if (ka !== kb) return ka === undefined ? 1 : -1;
          continue;
        }
        const d = compareValues(ka, kb);
        if (d !== 0) return ascending ? d : -d;
      }
      return a.index - b.index;
    })
    .map((x) => x.row);
  sheet.reorderRows(rect, order);
}
