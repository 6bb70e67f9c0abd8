// Plan and Check-ins sheets typed by hand, as a person keeps them in Excel or LibreOffice, built
// with exceljs: columns in another order and letter case, extra columns, blank rows, the header
// further down, statuses and ratings in odd case, dates as real date cells (with and without a
// time, in several formats) and as ISO text, and cells that are not what their column asks for.
// Each comes with the answer the command line should give.
import ExcelJS from 'exceljs';
import { bytes } from './xlsx-files';

/** A day as exceljs gives and takes a date cell: UTC midnight. */
export function day(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function put(ws: ExcelJS.Worksheet, address: string, value: ExcelJS.CellValue, numFmt?: string) {
  const cell = ws.getCell(address);
  cell.value = value;
  if (numFmt) cell.numFmt = numFmt;
}

function dreamsSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('Dreams');
  put(ws, 'A1', 'Founder');
  put(ws, 'B1', 'Author');
  put(ws, 'A2', 'Hiring');
  put(ws, 'B2', 'Writing');
}

/**
 * A Plan sheet typed by hand, named `plan` (found in any letter case): the header in row 3 with
 * its columns shuffled and in odd case (one with spaces around it), extra `Cost` and `Notes`
 * columns, blank rows, a row with nothing but a note in an extra column (no item), and:
 * - By when as a date cell formatted `d mmm yyyy`, as a date cell with a time, as Excel's
 *   built-in short date, as ISO text, as a formula whose result is a date, as `next spring`
 *   (not a date: a warning), and empty;
 * - statuses `in PROGRESS`, `DONE`, `dropped`, empty (Not started) and `Blocked` (a warning);
 * - kinds typed short (`mentor`, `course`), canonical in odd case, and free text;
 * - an owner given by a formula, read by its last result.
 */
export async function handTypedPlanWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  dreamsSheet(wb);
  const ws = wb.addWorksheet('plan');
  // Rows 1 and 2 empty: the header is the first row with content.
  put(ws, 'H3', 'Notes');
  put(ws, 'A3', 'status');
  put(ws, 'B3', 'BY WHEN');
  put(ws, 'C3', ' Action ');
  put(ws, 'D3', 'Cost');
  put(ws, 'E3', 'skill');
  put(ws, 'F3', 'Owner');
  put(ws, 'G3', 'kind');
  // Row 4 blank.
  put(ws, 'A5', 'in PROGRESS');
  put(ws, 'B5', day('2026-05-01'), 'd mmm yyyy');
  put(ws, 'C5', 'Shadow Dana in two interviews');
  put(ws, 'D5', 40);
  put(ws, 'E5', 'Hiring');
  put(ws, 'F5', { formula: '"Sa"&"m"', result: 'Sam' });
  put(ws, 'G5', 'mentor');
  put(ws, 'A6', 'DONE');
  put(ws, 'B6', new Date('2026-04-01T17:45:00Z'), 'yyyy-mm-dd hh:mm');
  put(ws, 'C6', 'Finish the pitching course');
  put(ws, 'E6', 'Pitching');
  put(ws, 'G6', 'course');
  // Rows 7 and 8 blank; row 9 has only a note in the extra column: not an item.
  put(ws, 'H9', 'ask Dana about the budget');
  put(ws, 'B10', '2026-07-15');
  put(ws, 'C10', 'Write one post a month');
  put(ws, 'E10', 'Writing');
  put(ws, 'F10', 'Me');
  put(ws, 'G10', 'ROLE OR PROJECT');
  put(ws, 'A11', 'Blocked');
  put(ws, 'B11', 'next spring');
  put(ws, 'C11', 'Find a mentor who raised a seed round');
  put(ws, 'E11', 'Fundraising');
  put(ws, 'G11', 'Meetup');
  put(ws, 'A12', 'dropped');
  put(ws, 'B12', day('2026-03-01'), 'mm-dd-yy');
  put(ws, 'C12', 'Take the negotiation class');
  put(ws, 'E12', 'Negotiation');
  put(ws, 'B13', { formula: 'DATE(2026,6,30)', result: day('2026-06-30') }, 'm/d/yyyy');
  put(ws, 'C13', 'Run the next hiring loop');
  put(ws, 'E13', '• hiring');
  put(ws, 'F13', 'Me');
  put(ws, 'C14', 'Ask for a seat on the interview panel');
  put(ws, 'E14', 'Hiring');
  return bytes(wb);
}

/** The day the plan is read on in the tests. */
export const PLAN_TODAY = '2026-06-15';

export const HAND_TYPED_PLAN_JSON = {
  sheet: 'plan',
  items: [
    {
      skill: 'Hiring',
      action: 'Shadow Dana in two interviews',
      kind: 'Learn from someone',
      owner: 'Sam',
      byWhen: '2026-05-01',
      status: 'In progress',
      overdue: true,
    },
    {
      skill: 'Pitching',
      action: 'Finish the pitching course',
      kind: 'Course or book',
      owner: '',
      byWhen: '2026-04-01',
      status: 'Done',
      overdue: false,
    },
    {
      skill: 'Writing',
      action: 'Write one post a month',
      kind: 'Role or project',
      owner: 'Me',
      byWhen: '2026-07-15',
      status: 'Not started',
      overdue: false,
    },
    {
      skill: 'Fundraising',
      action: 'Find a mentor who raised a seed round',
      kind: 'Meetup',
      owner: '',
      byWhen: null,
      status: null,
      overdue: false,
    },
    {
      skill: 'Negotiation',
      action: 'Take the negotiation class',
      kind: null,
      owner: '',
      byWhen: '2026-03-01',
      status: 'Dropped',
      overdue: false,
    },
    {
      skill: 'hiring',
      action: 'Run the next hiring loop',
      kind: null,
      owner: 'Me',
      byWhen: '2026-06-30',
      status: 'Not started',
      overdue: false,
    },
    {
      skill: 'Hiring',
      action: 'Ask for a seat on the interview panel',
      kind: null,
      owner: '',
      byWhen: null,
      status: 'Not started',
      overdue: false,
    },
  ],
  warnings: [
    'A11 on ‘plan’ says ‘Blocked’, which is not a status (Not started, In progress, Done, Dropped), so it is shown as typed and the row counts as not done.',
    'B11 on ‘plan’ holds ‘next spring’, which is not a date, so the By when day is left empty; type a date there (for example 2026-06-30).',
  ],
};

/**
 * A Check-ins sheet typed by hand, named `CHECK-INS`: the header in row 2 (row 1 empty), the
 * columns shuffled and in odd case with an extra `Comment` column, blank rows, and three
 * check-ins:
 * - 2025-09-01 as real date cells (`d mmm yyyy`);
 * - 2026-01-15 as ISO text, with the skill spelt `public  speaking` and a rating `RED`;
 * - 2026-06-01 as date cells with a time, the skill spelt `• Public Speaking`, ratings in odd
 *   case, `Not rated`, and a row whose rating is `Amber` (left out, a warning) and one whose
 *   date is `June` (left out, a warning);
 * and the next check-in day beside its label.
 */
export async function handTypedCheckInsWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  dreamsSheet(wb);
  const ws = wb.addWorksheet('CHECK-INS');
  put(ws, 'A2', 'skill');
  put(ws, 'B2', 'Comment');
  put(ws, 'C2', 'RATING');
  put(ws, 'D2', 'dream');
  put(ws, 'E2', 'Date');
  put(ws, 'F2', 'critical');
  put(ws, 'H2', 'Next check-in:');
  put(ws, 'I2', day('2026-09-01'), 'd mmm yyyy');
  const rows: Array<[string, string, string, string, ExcelJS.CellValue, string?]> = [
    // skill, comment, rating, dream, date, critical
    ['Hiring', '', 'Red', 'Founder', day('2025-09-01'), 'yes'],
    ['Public speaking', '', 'Yellow', 'Founder', day('2025-09-01')],
    ['Writing', 'the first one', 'Green', 'Author', day('2025-09-01')],
  ];
  const later: typeof rows = [
    ['Hiring', '', 'red', 'Founder', '2026-01-15', 'YES'],
    ['public  speaking', 'worse after the move', 'RED', 'Founder', '2026-01-15'],
    ['Writing', '', 'green', 'Author', '2026-01-15'],
  ];
  const latest: typeof rows = [
    ['Hiring', '', 'yellow', 'founder', new Date('2026-06-01T18:30:00Z'), 'x'],
    ['• Public Speaking', '', 'Yellow', 'Founder', new Date('2026-06-01T18:30:00Z')],
    ['Writing', '', 'GREEN', 'Author', new Date('2026-06-01T18:30:00Z')],
    ['Editing', '', 'Not rated', 'Author', new Date('2026-06-01T18:30:00Z')],
    ['Sales', '', 'Amber', 'Founder', new Date('2026-06-01T18:30:00Z')],
    ['Pitching', '', 'Red', 'Founder', 'June'],
  ];
  let row = 3;
  const write = (list: typeof rows, numFmt: string) => {
    for (const [skill, comment, rating, dream, date, critical] of list) {
      put(ws, `A${row}`, skill);
      if (comment) put(ws, `B${row}`, comment);
      put(ws, `C${row}`, rating);
      put(ws, `D${row}`, dream);
      put(ws, `E${row}`, date, date instanceof Date ? numFmt : undefined);
      if (critical) put(ws, `F${row}`, critical);
      row += 1;
    }
  };
  write(rows, 'd mmm yyyy');
  row += 2; // blank rows between check-ins
  write(later, '');
  row += 1;
  write(latest, 'm/d/yyyy h:mm');
  return bytes(wb);
}

/** Rows of the hand-typed Check-ins sheet, for the warnings below. */
export const CHECK_IN_WARNINGS = [
  'Row 16 of ‘CHECK-INS’ is left out: C16 says ‘Amber’, which is not a rating (Red, Yellow, Green or Not rated).',
  'Row 17 of ‘CHECK-INS’ is left out: E17 holds ‘June’, which is not a date.',
];

/** The latest check-in against the one before: public speaking is the same skill throughout. */
export const HAND_TYPED_PROGRESS_JSON = {
  checkIns: ['2025-09-01', '2026-01-15', '2026-06-01'],
  from: '2026-01-15',
  to: '2026-06-01',
  changes: [
    { dream: 'Founder', skill: 'Hiring', from: 'red', to: 'yellow' },
    { dream: 'Founder', skill: 'Public Speaking', from: 'red', to: 'yellow' },
    { dream: 'Author', skill: 'Editing', from: null, to: 'none' },
  ],
  warnings: CHECK_IN_WARNINGS,
};

/** With --since 2025-09-01: the latest against the first check-in. */
export const HAND_TYPED_PROGRESS_SINCE_JSON = {
  checkIns: ['2025-09-01', '2026-01-15', '2026-06-01'],
  from: '2025-09-01',
  to: '2026-06-01',
  changes: [
    { dream: 'Founder', skill: 'Hiring', from: 'red', to: 'yellow' },
    { dream: 'Author', skill: 'Editing', from: null, to: 'none' },
  ],
  warnings: CHECK_IN_WARNINGS,
};

/** A workbook with only a dreams sheet: no Plan, no Check-ins. */
export async function dreamsOnlyWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  dreamsSheet(wb);
  return bytes(wb);
}

/**
 * Sheets named Plan and Check-ins that are something else: a Plan with no Action column (a to-do
 * list with `Task`), and Check-ins with no Rating column.
 */
export async function malformedRecordsWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  dreamsSheet(wb);
  const plan = wb.addWorksheet('Plan');
  put(plan, 'B2', 'Skill');
  put(plan, 'C2', 'Task');
  put(plan, 'B3', 'Hiring');
  put(plan, 'C3', 'Shadow Dana');
  const checkIns = wb.addWorksheet('Check-ins');
  put(checkIns, 'A1', 'Date');
  put(checkIns, 'B1', 'Dream');
  put(checkIns, 'C1', 'Skill');
  put(checkIns, 'D1', 'Colour');
  put(checkIns, 'A2', day('2026-06-01'), 'yyyy-mm-dd');
  put(checkIns, 'B2', 'Founder');
  put(checkIns, 'C2', 'Hiring');
  put(checkIns, 'D2', 'red');
  return bytes(wb);
}

/** Plan items dated long ago and far ahead, whatever day the test runs on. */
export async function farDatesPlanWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Plan');
  put(ws, 'A1', 'Skill');
  put(ws, 'B1', 'Action');
  put(ws, 'C1', 'By when');
  put(ws, 'D1', 'Status');
  put(ws, 'A2', 'Hiring');
  put(ws, 'B2', 'Long overdue');
  put(ws, 'C2', day('2001-01-01'), 'yyyy-mm-dd');
  put(ws, 'A3', 'Hiring');
  put(ws, 'B3', 'Far ahead');
  put(ws, 'C3', day('2999-01-01'), 'yyyy-mm-dd');
  put(ws, 'A4', 'Hiring');
  put(ws, 'B4', 'Done long ago');
  put(ws, 'C4', day('2001-01-01'), 'yyyy-mm-dd');
  put(ws, 'D4', 'Done');
  return bytes(wb);
}

/** A workbook with one sheet, `name`, holding `rows` from A1 (Dates as date cells). */
export async function sheetWorkbook(
  name: string,
  rows: ReadonlyArray<ReadonlyArray<ExcelJS.CellValue>>,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  dreamsSheet(wb);
  const ws = wb.addWorksheet(name);
  rows.forEach((values, r) =>
    values.forEach((value, c) => {
      if (value === null || value === undefined) return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = value;
      if (value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
    }),
  );
  return bytes(wb);
}

export const CHECK_IN_HEADER = ['Date', 'Dream', 'Skill', 'Rating', 'Critical'];
