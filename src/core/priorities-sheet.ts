// The Priorities sheet: a generated report, rewritten on request, never read back as data. Each
// rating is written as a word as well as a fill, so it reads the same for colour-blind readers,
// in a CSV export and in any spreadsheet program, and a legend says what the colours mean for a
// reader who has never seen the add-on. It ends with the add-on's record of what it wrote
// (priorities-record.ts), which is how the next update tells typed cells apart.
import { RATING_FILLS } from './colour';
import { LEGEND, legendSentence } from './legend';
import { RECORD_LABEL, recordCells } from './priorities-record';
import type { Priority, PriorityReason, Rating, Table } from './types';

export const PRIORITIES_SHEET = 'Priorities';

/** A rectangle of cells to write from A1: values, fills (null: none) and weights. */
export interface SheetBlock {
  /** Strings are written as literal text, numbers as numbers. */
  values: (string | number)[][];
  backgrounds: (string | null)[][];
  fontWeights: ('bold' | 'normal')[][];
}

/** The first cell of a generated Priorities sheet starts with this: how the add-on knows its own. */
export const PRIORITIES_TITLE = 'Career dreams: what to learn first';

const COUNT_HEADERS = ['Red in', 'Red & critical', 'Yellow in', 'Yellow & critical', 'Green in'];

// The cells of this legend are themselves filled and bold, so "critical" is explained as bold.
const SHEET_LEGEND: ReadonlyArray<[Rating | 'bold', string]> = [
  ['red', legendSentence('red')],
  ['yellow', legendSentence('yellow')],
  ['green', legendSentence('green')],
  ['bold', `Bold (and "critical" in the word): ${LEGEND.critical.meaning}.`],
];

export interface PrioritiesSheetSource {
  /** The dreams sheet the table was read from. */
  sheetName: string;
  /** When, already formatted in the spreadsheet's time zone. */
  computedAt: string;
}

export function prioritiesSheet(
  table: Table,
  priorities: Priority[],
  source: PrioritiesSheetSource,
): SheetBlock {
  const dreams = table.dreams.map((d) => d.name);
  const columns = table.dreams.map((d) => d.col);
  const width = 2 + COUNT_HEADERS.length + dreams.length;
  const rows: Row[] = [];
  rows.push(row(width, [PRIORITIES_TITLE], 'bold'));
  rows.push(
    row(width, [
      `Computed from the sheet ‘${source.sheetName}’ on ${source.computedAt}. ` +
        'This sheet is rewritten each time the priorities are updated: change the dreams sheet, not this one.',
    ]),
  );
  rows.push(row(width, []));
  rows.push(row(width, ['Rank', 'Skill', ...COUNT_HEADERS, ...dreams], 'bold'));
  if (priorities.length === 0) {
    rows.push(row(width, ['', 'No gaps yet: rate skills red or yellow on the dreams sheet.']));
  }
  priorities.forEach((p, i) => rows.push(priorityRow(width, i + 1, p, columns)));
  rows.push(row(width, []));
  rows.push(row(width, ['', 'How to read this sheet'], 'bold'));
  for (const [key, text] of SHEET_LEGEND) {
    const r = row(width, ['', text]);
    if (key === 'bold') r.fontWeights[1] = 'bold';
    else r.backgrounds[1] = RATING_FILLS[key as Exclude<Rating, 'unrated'>];
    rows.push(r);
  }
  rows.push(
    row(width, [
      '',
      'Order: skills red in the most dreams come first, critical ones before the rest; ' +
        'then skills yellow in the most dreams, the same way.',
    ]),
  );
  rows.push(
    row(width, [
      '',
      `The sheet ‘${source.sheetName}’ holds the dreams: one column per dream, the skills it ` +
        'needs below it, marked the same way (the fill is the rating, bold means critical).',
    ]),
  );
  rows.push(row(width, []));
  rows.push(row(width, ['', RECORD_LABEL]));
  // Last, the record of every cell above, so the next update can tell what was typed (§4.3).
  for (const text of recordCells(rows.map((r) => r.values))) rows.push(row(width, ['', text]));
  return {
    values: rows.map((r) => r.values),
    backgrounds: rows.map((r) => r.backgrounds),
    fontWeights: rows.map((r) => r.fontWeights),
  };
}

/** A rating as a word, the way the Priorities sheet and the exports spell it. */
export function ratingWord(reason: Pick<PriorityReason, 'rating' | 'critical'>): string {
  return LEGEND[reason.rating].word + (reason.critical ? ', critical' : '');
}

interface Row {
  values: (string | number)[];
  backgrounds: (string | null)[];
  fontWeights: ('bold' | 'normal')[];
}

function row(
  width: number,
  values: (string | number)[],
  weight: 'bold' | 'normal' = 'normal',
): Row {
  return {
    values: Array.from({ length: width }, (_, i) => values[i] ?? ''),
    backgrounds: Array.from({ length: width }, () => null),
    fontWeights: Array.from({ length: width }, (_, i) => (i < values.length ? weight : 'normal')),
  };
}

/** `columns`: each dream's column on the dreams sheet, which tells apart equal names. */
function priorityRow(width: number, rank: number, p: Priority, columns: number[]): Row {
  const r = row(width, [rank, p.skill, p.red, p.redCritical, p.yellow, p.yellowCritical, p.green]);
  const first = 2 + COUNT_HEADERS.length;
  columns.forEach((col, i) => {
    const reason = p.dreams.find((d) => d.col === col);
    if (!reason) return;
    r.values[first + i] = ratingWord(reason);
    if (reason.rating !== 'unrated') r.backgrounds[first + i] = RATING_FILLS[reason.rating];
    if (reason.critical) r.fontWeights[first + i] = 'bold';
  });
  return r;
}
