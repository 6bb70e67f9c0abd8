// Telling whether a person typed into the generated Priorities sheet. The sheet is read back,
// its content parsed as the add-on lays it out, and rendered again: every cell that differs from
// that rendering was typed (or changed) by someone, and overwriting it needs their say-so.
import { a1 } from './a1';
import { priorityOf } from './priorities';
import { cellText } from './skill-name';
import { prioritiesSheet, ratingWord, type PrioritiesSheetSource } from './priorities-sheet';
import type { CellValue, Dream, Priority, PriorityReason, Rating, Table } from './types';

const SOURCE_LINE = /^Computed from the sheet ‘(.*)’ on (.*?)\. This sheet is rewritten/;
const HEADER_ROW = 4;
const FIRST_DREAM_COL = 8;
const RATINGS: Rating[] = ['red', 'yellow', 'green', 'unrated'];

/**
 * A1 of the cells with content that differs from what the add-on would have written, given
 * what the sheet says. Empty for an empty sheet or one untouched since the add-on wrote it.
 */
export function cellsTypedIntoPriorities(values: CellValue[][]): string[] {
  const texts = values.map((row) => row.map(cellText));
  if (texts.every((row) => row.every((t) => t === ''))) return [];
  const rendered = prioritiesSheet(...readBack(texts)).values.map((row) => row.map(String));
  const typed: string[] = [];
  const rows = Math.max(texts.length, rendered.length);
  for (let r = 0; r < rows; r++) {
    const cols = Math.max(texts[r]?.length ?? 0, rendered[r]?.length ?? 0);
    for (let c = 0; c < cols; c++) {
      // An empty cell holds nothing to lose (a cleared cell, or a line a newer version adds).
      const text = texts[r]?.[c] ?? '';
      if (text !== '' && text !== (rendered[r]?.[c] ?? '')) typed.push(a1(r + 1, c + 1));
    }
  }
  return typed;
}

/** What the sheet claims to show, parsed as leniently as possible. */
function readBack(texts: string[][]): [Table, Priority[], PrioritiesSheetSource] {
  const source = SOURCE_LINE.exec(texts[1]?.[0] ?? '');
  const header = texts[HEADER_ROW - 1] ?? [];
  const dreams: Dream[] = header
    .slice(FIRST_DREAM_COL - 1)
    .filter((name) => name !== '')
    .map((name, i) => ({ name, key: name, col: i + 1, skills: [] }));
  const priorities: Priority[] = [];
  for (let r = HEADER_ROW; r < texts.length; r++) {
    const row = texts[r] ?? [];
    if (row[0] !== String(priorities.length + 1)) break;
    const reasons: PriorityReason[] = [];
    dreams.forEach((dream, i) => {
      const word = row[FIRST_DREAM_COL - 1 + i] ?? '';
      const reason = reasonFromWord(word, dream);
      if (reason) reasons.push(reason);
    });
    priorities.push(priorityOf(row[1] ?? '', row[1] ?? '', reasons));
  }
  const table: Table = {
    headerRow: 1,
    dreams,
    warnings: [],
    strayCells: [],
    lastRow: 0,
    lastCol: dreams.length,
  };
  return [table, priorities, { sheetName: source?.[1] ?? '', computedAt: source?.[2] ?? '' }];
}

function reasonFromWord(word: string, dream: Dream): PriorityReason | null {
  for (const rating of RATINGS) {
    for (const critical of [false, true]) {
      if (ratingWord({ rating, critical }) === word) {
        return { dream: dream.name, col: dream.col, rating, critical };
      }
    }
  }
  return null;
}
