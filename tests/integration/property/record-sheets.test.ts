// Property-based tests of the record sheets as the command line reads them from an .xlsx file.
// Random Plan and Check-ins sheets, laid out the ways people type them: the columns in any
// order, their headers in any letter case and with stray spaces, extra columns (one with no
// header), blank rows and rows with only a remark beside the table, the header below row 1 and
// right of column A, statuses, kinds, ratings and yes-words in any case, days as date cells (a
// date format, with or without a time of day) or as ISO text, and skills spelt with other case,
// spaces and bullets. Each sheet is written with exceljs, read back with src/xlsx (readXlsx and
// recordCells, the command line's own path, src/cli/records.ts) and parsed; parsing the cells
// meant, given directly as the core's record grid (a date cell as its day, text trimmed), must
// give exactly the same plan or check-ins.
//
// Then what moved between check-ins does not depend on where on the sheet each check-in's rows
// are: moving check-ins around or interleaving their rows changes nothing, and neither does
// shuffling every row when no row repeats an earlier one (the later row wins a repeat, so
// there the order is the meaning) and every check-in names the same dreams (a rename is paired
// by the skills the dreams share, ties broken by sheet order); only the order of the changes,
// which follows the sheet, may differ then.
//
// `npm test` runs a fixed budget from a fixed seed (tests/support/property.ts). A longer hunt:
//   PROPERTY_RUNS=2000 PROPERTY_SEED=$RANDOM npx jest tests/integration/property/record-sheets.test.ts
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import {
  CHECK_IN_COLUMNS,
  CHECK_INS_SHEET,
  findRecordSheetName,
  isUserError,
  parseCheckInsSheet,
  parsePlanSheet,
  PLAN_COLUMNS,
  PLAN_KINDS,
  PLAN_SHEET,
  PLAN_STATUSES,
  progressOf,
  skillKey,
  type IsoDay,
  type RecordCell,
} from '../../../src/core';
import { readXlsx, recordCells } from '../../../src/xlsx';
import { propertyParameters } from '../../support/property';

// ---- cells -------------------------------------------------------------------------------

/** A cell as it is typed: text, a number, TRUE / FALSE, or a date cell showing a day. */
type Spec =
  | { t: 'text'; text: string }
  | { t: 'number'; n: number; numFmt: string | undefined }
  | { t: 'bool'; b: boolean }
  | { t: 'day'; iso: IsoDay; ms: number; numFmt: string | undefined };

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOf = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** Days as plans hold them, and now and then any day from March 1900 to the end of 9999. */
const isoDay: fc.Arbitrary<IsoDay> = fc
  .oneof(
    {
      weight: 4,
      arbitrary: fc.integer({ min: dayNumber('2000-01-01'), max: dayNumber('2100-12-31') }),
    },
    {
      weight: 1,
      arbitrary: fc.integer({ min: dayNumber('1900-03-01'), max: dayNumber('9999-12-31') }),
    },
  )
  .map(isoOf);

/** Formats that show a day (some with a time, one Excel's built-in short date); none is General. */
const DATE_FORMATS = [
  undefined,
  'yyyy-mm-dd',
  'd mmm yyyy',
  'm/d/yyyy',
  'mm-dd-yy',
  'dd/mm/yyyy',
  'd.m.yyyy',
  'dddd, mmmm d, yyyy',
  '[$-409]d-mmm-yy',
  'yyyy-mm-dd hh:mm',
  'm/d/yyyy h:mm',
  'd mmm yyyy h:mm:ss AM/PM',
] as const;

/** A date cell: the day at midnight UTC (as exceljs gives a day), or at some time of that day. */
const dateCell: fc.Arbitrary<Spec> = fc.record({
  t: fc.constant('day' as const),
  iso: isoDay,
  ms: fc.oneof(
    fc.constant(0),
    fc.integer({ min: 0, max: 86_399 }).map((s) => s * 1000),
  ),
  numFmt: fc.constantFrom(...DATE_FORMATS),
});

const text = (a: fc.Arbitrary<string>): fc.Arbitrary<Spec> =>
  a.map((t) => ({ t: 'text' as const, text: t }));

/** Formats that show a number as a number (none is General). */
// With backslash escapes too, as Excel writes units and currencies: `\d` is the letter d, not a day.
const NUMBER_FORMATS = [
  undefined,
  '0',
  '0.00',
  '#,##0',
  '#,##0.00 "€"',
  '#,##0.00\\ \\€',
  '0\\ \\d\\a\\y\\s',
  '0%',
  '0.0E+00',
] as const;

/** A number cell, in General or in a number format. */
const numberCell = (a: fc.Arbitrary<number>): fc.Arbitrary<Spec> =>
  fc
    .tuple(a, fc.constantFrom(...NUMBER_FORMATS))
    .map(([n, numFmt]) => ({ t: 'number' as const, n, numFmt }));

/** `word` with each letter in upper or lower case at random. */
function anyCase(word: string): fc.Arbitrary<string> {
  return fc
    .array(fc.boolean(), { minLength: word.length, maxLength: word.length })
    .map((upper) =>
      [...word].map((ch, i) => (upper[i] ? ch.toUpperCase() : ch.toLowerCase())).join(''),
    );
}

/** One of `words` in any case, sometimes with spaces around it. */
function typed(words: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom('', '', ' ', '  '),
      fc.constantFrom(...words).chain(anyCase),
      fc.constantFrom('', '', ' ', '\t'),
    )
    .map(([before, word, after]) => before + word + after);
}

/** A day typed as text: yyyy-MM-dd, with spaces around it at times. */
const isoText: fc.Arbitrary<Spec> = text(
  fc.tuple(isoDay, fc.constantFrom('', ' ')).map(([iso, pad]) => pad + iso + pad),
);

/** Text that is no day: words, impossible days, other layouts. */
const notADay: fc.Arbitrary<Spec> = text(
  fc.constantFrom('next spring', '2026-02-30', '2026-13-01', '2025-02-29', '26-06-01', '2026-6-1'),
);

/** A day column's cell: a date cell or ISO text mostly, else something that is no day. */
const dayCell: fc.Arbitrary<Spec> = fc.oneof(
  { weight: 4, arbitrary: dateCell },
  { weight: 3, arbitrary: isoText },
  { weight: 1, arbitrary: notADay },
  { weight: 1, arbitrary: numberCell(fc.integer({ min: 1, max: 50_000 })) },
);

/** Skill spellings: case, inner spaces (a tab, a no-break space), bullets and dashes. */
const SKILLS = [
  'Hiring',
  '• Hiring',
  '- hiring',
  '* Hiring',
  'Public speaking',
  'public  speaking',
  'Public\u00a0speaking',
  '•Public Speaking',
  'Public\tspeaking',
  'Sales',
  '· sales',
  'Éloquence',
  'Eloquence',
] as const;
const skillText = typed(SKILLS);

const DREAMS = ['Founder', 'founder', '• Founder', 'Head of  engineering', 'Author'] as const;

/** Free text for the columns that hold any: letters, spaces, a bullet, a dash, an accent. */
const freeText = fc.string({
  unit: fc.constantFrom(...'abcXYZ é•-,:()'.split('')),
  minLength: 1,
  maxLength: 12,
});

/** What people put in extra columns: anything. */
const anyCell: fc.Arbitrary<Spec> = fc.oneof(
  text(freeText),
  numberCell(fc.integer({ min: -1000, max: 100_000 })),
  numberCell(fc.double({ min: -1e6, max: 1e6, noNaN: true })),
  fc.boolean().map((b) => ({ t: 'bool' as const, b })),
  dateCell,
);

// ---- sheets ------------------------------------------------------------------------------

/** A sheet as typed: cells at (row, col), 1-based. */
interface Layout {
  name: string;
  cells: { row: number; col: number; spec: Spec }[];
}

/** Headers of extra columns, none a record column's; '' is a column with no header. */
const EXTRA_HEADERS = ['Cost', 'Notes', 'Comment', 'Priority', ''] as const;

/** A header as typed: the name in any case, sometimes with spaces around it or doubled inside. */
function headerText(name: string): fc.Arbitrary<string> {
  if (name === '') return fc.constant('');
  return fc
    .tuple(typed([name]), fc.boolean())
    .map(([typedName, doubled]) => (doubled ? typedName.replace(' ', '  ') : typedName));
}

interface Column {
  header: string;
  /** The record column it is, or null for an extra one. */
  known: string | null;
}

/**
 * The header row's columns: the required ones, some of the optional ones and a few extra ones,
 * in any order, each header in any case.
 */
function columns(required: readonly string[], optional: readonly string[]): fc.Arbitrary<Column[]> {
  return fc
    .tuple(fc.subarray([...optional]), fc.subarray([...EXTRA_HEADERS], { maxLength: 2 }))
    .chain(([picked, extra]) => {
      const all: Column[] = [
        ...[...required, ...picked].map((name) => ({ header: name, known: name })),
        ...extra.map((name) => ({ header: name, known: null })),
      ];
      return fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length });
    })
    .chain((cols) =>
      fc
        .tuple(...cols.map((col) => headerText(col.header)))
        .map((headers) => cols.map((col, i) => ({ header: headers[i]!, known: col.known }))),
    );
}

/** A row under the header: a record, a blank row, or a remark in an extra column only. */
type RowSpec =
  { kind: 'record'; cells: (Spec | null)[] } | { kind: 'blank' } | { kind: 'remark'; cell: Spec };

function rowsUnder(cols: Column[], cellOf: (known: string | null) => fc.Arbitrary<Spec>) {
  const record: fc.Arbitrary<RowSpec> = fc
    .tuple(
      ...cols.map((col) =>
        fc.option(cellOf(col.known), { freq: col.known === null ? 2 : 10, nil: null }),
      ),
    )
    .map((cells) => ({ kind: 'record' as const, cells }));
  const extraCols = cols.filter((col) => col.known === null).length;
  return fc.array(
    fc.oneof(
      { weight: 6, arbitrary: record },
      { weight: 2, arbitrary: fc.constant<RowSpec>({ kind: 'blank' }) },
      {
        weight: extraCols > 0 ? 1 : 0,
        arbitrary: anyCell.map((cell): RowSpec => ({ kind: 'remark', cell })),
      },
    ),
    { maxLength: 10 },
  );
}

/** The header further down and to the right: blank rows above it, blank columns left of it. */
const offset = fc.record({ rows: fc.nat(3), cols: fc.nat(2) });

function layoutOf(
  name: string,
  at: { rows: number; cols: number },
  cols: Column[],
  rows: RowSpec[],
  headerCells: { col: number; spec: Spec }[] = [],
): Layout {
  const cells: Layout['cells'] = [];
  const headerRow = at.rows + 1;
  cols.forEach((col, i) => {
    if (col.header !== '') {
      cells.push({ row: headerRow, col: at.cols + i + 1, spec: { t: 'text', text: col.header } });
    }
  });
  for (const { col, spec } of headerCells) cells.push({ row: headerRow, col: at.cols + col, spec });
  rows.forEach((row, r) => {
    const sheetRow = headerRow + r + 1;
    if (row.kind === 'record') {
      row.cells.forEach((spec, i) => {
        if (spec) cells.push({ row: sheetRow, col: at.cols + i + 1, spec });
      });
    } else if (row.kind === 'remark') {
      const extra = cols.findIndex((col) => col.known === null);
      cells.push({ row: sheetRow, col: at.cols + extra + 1, spec: row.cell });
    }
  });
  return { name, cells };
}

// ---- the two ways to the core ------------------------------------------------------------

/** The cell meant, as the core's record grid holds it: a date cell as its day, text trimmed. */
function meant(spec: Spec): RecordCell {
  switch (spec.t) {
    case 'text':
      return spec.text.trim() === '' ? null : spec.text.trim();
    case 'number':
      return spec.n;
    case 'bool':
      return spec.b;
    case 'day':
      return spec.iso;
  }
}

function intendedGrid(layout: Layout): RecordCell[][] {
  const rows = Math.max(0, ...layout.cells.map((c) => c.row));
  const cols = Math.max(0, ...layout.cells.map((c) => c.col));
  const grid = Array.from({ length: rows }, () => Array<RecordCell>(cols).fill(null));
  for (const { row, col, spec } of layout.cells) grid[row - 1]![col - 1] = meant(spec);
  return grid;
}

/** Written with exceljs beside a dreams sheet, read as the command line reads it. */
async function gridThroughXlsx(layout: Layout, wanted: string): Promise<RecordCell[][]> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Dreams').getCell('A1').value = 'Founder';
  const ws = wb.addWorksheet(layout.name);
  for (const { row, col, spec } of layout.cells) {
    const cell = ws.getCell(row, col);
    switch (spec.t) {
      case 'text':
        cell.value = spec.text;
        break;
      case 'number':
        cell.value = spec.n;
        if (spec.numFmt) cell.numFmt = spec.numFmt;
        break;
      case 'bool':
        cell.value = spec.b;
        break;
      case 'day':
        cell.value = new Date(Date.parse(`${spec.iso}T00:00:00Z`) + spec.ms);
        if (spec.numFmt) cell.numFmt = spec.numFmt;
        break;
    }
  }
  const book = await readXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
  const names = book.sheets.map((sheet) => sheet.name);
  const name = findRecordSheetName(names, wanted);
  if (name === null) throw new Error(`no sheet ${wanted} in ${names.join(', ')}`);
  return recordCells(book.sheets[names.indexOf(name)]!);
}

/** What the core answers: its result, or the sentence it refuses with. */
function outcome<T>(read: () => T): { ok: T } | { refused: string } {
  try {
    return { ok: read() };
  } catch (error) {
    if (isUserError(error)) return { refused: error.message };
    throw error;
  }
}

// ---- Plan --------------------------------------------------------------------------------

const SHORT_KINDS = ['role', 'project', 'course', 'book', 'mentor', 'learn from someone'];

function planCell(known: string | null): fc.Arbitrary<Spec> {
  switch (known) {
    case 'Skill':
      return text(skillText);
    case 'Status':
      return fc.oneof(
        { weight: 5, arbitrary: text(typed([...PLAN_STATUSES])) },
        { weight: 1, arbitrary: text(typed(['Blocked', 'doing', 'not  started'])) },
        { weight: 1, arbitrary: fc.boolean().map((b) => ({ t: 'bool' as const, b })) },
      );
    case 'Kind':
      return fc.oneof(
        text(typed([...PLAN_KINDS])),
        text(typed(SHORT_KINDS)),
        text(typed(['Meetup', 'Podcast'])),
      );
    case 'By when':
    case 'Last checked':
      return dayCell;
    case null:
      return anyCell;
    default:
      return fc.oneof(
        { weight: 5, arbitrary: text(freeText) },
        { weight: 1, arbitrary: numberCell(fc.integer({ min: 0, max: 999 })) },
      );
  }
}

const planSheet: fc.Arbitrary<Layout> = fc
  .tuple(
    fc.constantFrom('Plan', 'plan', 'PLAN'),
    offset,
    columns(
      ['Skill', 'Action'],
      PLAN_COLUMNS.filter((name) => name !== 'Skill' && name !== 'Action'),
    ),
  )
  .chain(([name, at, cols]) =>
    rowsUnder(cols, planCell).map((rows) => layoutOf(name, at, cols, rows)),
  );

// ---- Check-ins ---------------------------------------------------------------------------

const RATINGS = ['Red', 'Yellow', 'Green', 'Not rated', 'none', 'unrated'];

function checkInCell(known: string | null): fc.Arbitrary<Spec> {
  switch (known) {
    case 'Date':
      return dayCell;
    case 'Dream':
      return text(typed(DREAMS));
    case 'Skill':
      return text(skillText);
    case 'Rating':
      return fc.oneof(
        { weight: 6, arbitrary: text(typed(RATINGS)) },
        { weight: 1, arbitrary: text(typed(['Amber', 'rouge'])) },
      );
    case 'Critical':
      return fc.oneof(
        text(typed(['yes', 'true', 'x', 'no'])),
        fc.boolean().map((b) => ({ t: 'bool' as const, b })),
      );
    default:
      return anyCell;
  }
}

/** The next check-in label, right of the table (one blank column between, or none). */
const nextCheckIn = fc.option(
  fc.record({
    gap: fc.nat(1),
    label: fc.constantFrom('Next check-in', 'next check-in:', 'NEXT CHECK-IN :'),
    day: fc.option(fc.oneof(dateCell, isoText, notADay), { nil: null }),
  }),
  { nil: null },
);

const checkInsSheet: fc.Arbitrary<Layout> = fc
  .tuple(
    fc.constantFrom('Check-ins', 'check-ins', 'CHECK-INS'),
    offset,
    columns(['Date', 'Dream', 'Skill', 'Rating'], ['Critical']),
    nextCheckIn,
  )
  .chain(([name, at, cols, next]) =>
    rowsUnder(cols, checkInCell).map((rows) => {
      const header: { col: number; spec: Spec }[] = [];
      if (next) {
        const col = cols.length + next.gap + 1;
        header.push({ col, spec: { t: 'text', text: next.label } });
        if (next.day) header.push({ col: col + 1, spec: next.day });
      }
      return layoutOf(name, at, cols, rows, header);
    }),
  );

describe('a record sheet read from an .xlsx file is the sheet meant', () => {
  it('Plan: the same items, columns, extent and warnings', async () => {
    await fc.assert(
      fc.asyncProperty(planSheet, async (layout) => {
        const fromFile = await gridThroughXlsx(layout, PLAN_SHEET);
        const direct = intendedGrid(layout);
        expect(outcome(() => parsePlanSheet(fromFile, layout.name))).toEqual(
          outcome(() => parsePlanSheet(direct, layout.name)),
        );
      }),
      propertyParameters(50),
    );
  }, 60_000);

  it('Check-ins: the same rows, days, next check-in and warnings', async () => {
    await fc.assert(
      fc.asyncProperty(checkInsSheet, async (layout) => {
        const fromFile = await gridThroughXlsx(layout, CHECK_INS_SHEET);
        const direct = intendedGrid(layout);
        expect(outcome(() => parseCheckInsSheet(fromFile, layout.name))).toEqual(
          outcome(() => parseCheckInsSheet(direct, layout.name)),
        );
      }),
      propertyParameters(50),
    );
  }, 60_000);
});

// ---- where the check-ins' rows are -------------------------------------------------------

/** A Check-ins row as the core reads it: Date, Dream, Skill, Rating, Critical. */
type CheckInLine = [RecordCell, RecordCell, RecordCell, RecordCell, RecordCell];

const CHECK_IN_DAYS = ['2025-01-15', '2025-06-01', '2025-11-20', '2026-03-01', '2026-06-01'];

const ratingWord = fc.constantFrom('Red', 'yellow', 'GREEN', 'Not rated', '');

function grid(lines: readonly CheckInLine[]): RecordCell[][] {
  return [[...CHECK_IN_COLUMNS], ...lines.map((line) => [...line])];
}

/** The progress, or the refusal, for `since` (none, a check-in day, or a day between). */
function progressFor(lines: readonly CheckInLine[], since: IsoDay | null) {
  return outcome(() => progressOf(parseCheckInsSheet(grid(lines), CHECK_INS_SHEET), since));
}

const since = fc.option(fc.constantFrom(...CHECK_IN_DAYS, '2025-03-01', '2026-12-31'), {
  nil: null,
});

/**
 * Rows in blocks, one block per check-in, as the add-on appends them, with repeats (the later
 * row wins), dreams and skills in several spellings, a row now and then that is left out (a bad
 * rating, no dream), and days as date cells or text.
 */
const checkInBlocks: fc.Arbitrary<CheckInLine[][]> = fc
  .shuffledSubarray(CHECK_IN_DAYS, { minLength: 1 })
  .chain((days) =>
    fc.tuple(
      ...days.map((day) =>
        fc.array(
          fc
            .tuple(
              fc.constantFrom(day, ` ${day} `),
              fc.oneof(
                { weight: 8, arbitrary: fc.constantFrom(...DREAMS) },
                { weight: 1, arbitrary: fc.constant('') },
              ),
              fc.constantFrom(...SKILLS),
              fc.oneof(
                { weight: 8, arbitrary: ratingWord },
                { weight: 1, arbitrary: fc.constant('Amber') },
              ),
              fc.constantFrom('yes', ''),
            )
            .map((line): CheckInLine => line),
          { minLength: 1, maxLength: 8 },
        ),
      ),
    ),
  );

/** The blocks' rows interleaved at random, each block's own rows still in their order. */
function interleaved(blocks: CheckInLine[][], picks: number[]): CheckInLine[] {
  const queues = blocks.map((block) => block.slice());
  const out: CheckInLine[] = [];
  let p = 0;
  for (;;) {
    const left = queues.filter((queue) => queue.length > 0);
    if (left.length === 0) return out;
    out.push(left[(picks[p++] ?? 0) % left.length]!.shift()!);
  }
}

/**
 * Check-ins with no repeats: each day names every dream (each spelt one way that day), with
 * skills of distinct identity.
 */
const checkInsNoRepeats: fc.Arbitrary<CheckInLine[]> = fc
  .tuple(
    fc.shuffledSubarray(CHECK_IN_DAYS, { minLength: 1 }),
    fc.shuffledSubarray(['Founder', 'Head of engineering', 'Author'], { minLength: 1 }),
  )
  .chain(([days, dreams]) =>
    fc
      .tuple(
        ...days.flatMap((day) =>
          dreams.map((dream) =>
            fc
              .tuple(
                typed([dream]),
                fc.uniqueArray(fc.constantFrom(...SKILLS), {
                  minLength: 1,
                  maxLength: 5,
                  selector: skillKey,
                }),
                fc.array(ratingWord, { minLength: 5, maxLength: 5 }),
              )
              .map(([spelt, skills, ratings]) =>
                skills.map((skill, i): CheckInLine => [day, spelt, skill, ratings[i]!, '']),
              ),
          ),
        ),
      )
      .map((groups) => groups.flat()),
  );

/** Changes in a fixed order, to compare what moved whatever order the sheet lists it in. */
function sortedChanges<T>(result: { ok: { changes: T[] } } | { refused: string }) {
  if (!('ok' in result)) return result;
  return {
    ...result,
    ok: { ...result.ok, changes: result.ok.changes.map((c) => JSON.stringify(c)).sort() },
  };
}

describe('what moved does not depend on where the rows are', () => {
  it('moving check-ins around and interleaving their rows changes nothing, repeats and all', () => {
    fc.assert(
      fc.property(
        checkInBlocks,
        fc.array(fc.nat(), { maxLength: 40 }),
        since,
        (blocks, picks, day) => {
          expect(progressFor(interleaved(blocks, picks), day)).toEqual(
            progressFor(blocks.flat(), day),
          );
        },
      ),
      propertyParameters(100),
    );
  });

  it('with no repeated row and the same dreams at every check-in, any order of rows', () => {
    fc.assert(
      fc.property(
        checkInsNoRepeats.chain((lines) =>
          fc.tuple(
            fc.constant(lines),
            fc.shuffledSubarray(lines, { minLength: lines.length, maxLength: lines.length }),
          ),
        ),
        since,
        ([lines, shuffled], day) => {
          expect(sortedChanges(progressFor(shuffled, day))).toEqual(
            sortedChanges(progressFor(lines, day)),
          );
        },
      ),
      propertyParameters(100),
    );
  });
});
