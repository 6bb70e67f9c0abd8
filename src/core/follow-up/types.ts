// The shapes of the two record sheets that follow the conversation, Plan and Check-ins, and of
// what the core derives from them. Both sheets are read the same way wherever they come from
// (Sheets through the adapter, an .xlsx through src/xlsx): a grid of plain cells with every date
// cell already given as its calendar day, `yyyy-MM-dd`, in the spreadsheet's time zone.
// docs/design.md §8 has the rules.

/** A cell of a record sheet as the readers give it. A date cell arrives as 'yyyy-MM-dd'. */
export type RecordCell = string | number | boolean | null;

/** A calendar day, `yyyy-MM-dd`. */
export type IsoDay = string;

/**
 * What the add-on writes into one cell of a record sheet: text (always written as literal text),
 * a number, a calendar day (written so that the cell becomes a real date cell), or nothing ('').
 */
export type RecordWrite = string | number | { day: IsoDay };

export const PLAN_SHEET = 'Plan';
export const CHECK_INS_SHEET = 'Check-ins';

/** The Plan sheet's columns, in the order the add-on creates them. */
export const PLAN_COLUMNS = [
  'Skill',
  'For dreams',
  'Now',
  'Goal',
  'Action',
  'Kind',
  'Owner',
  'Who helps',
  'By when',
  'Status',
  'Last checked',
] as const;
export type PlanColumn = (typeof PLAN_COLUMNS)[number];

export const PLAN_STATUSES = ['Not started', 'In progress', 'Done', 'Dropped'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

export const PLAN_KINDS = [
  'Role or project',
  'Learn from someone',
  'Course or book',
  'Other',
] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

/** One row of the Plan sheet: one action for one skill. */
export interface PlanItem {
  /** The sheet row (1-based). */
  row: number;
  /** As the dreams sheet shows a name (§3.4): trimmed, no leading bullet, single spaces. */
  skill: string;
  /** Identity of the skill, as on the dreams sheet (skillKey). */
  skillKey: string;
  action: string;
  forDreams: string;
  now: string;
  goal: string;
  /** The canonical kind, or null when the cell is empty or holds something else (`kindText`). */
  kind: PlanKind | null;
  kindText: string;
  owner: string;
  whoHelps: string;
  /** The day, when the cell is a date (or text written as yyyy-MM-dd); else null. */
  byWhen: IsoDay | null;
  /** The cell's text as read, a day or not ('' when empty): shown when it is not a day. */
  byWhenText: string;
  /** The canonical status; an empty cell is 'Not started'; null when the cell holds another word. */
  status: PlanStatus | null;
  statusText: string;
  lastChecked: IsoDay | null;
}

export interface PlanSheet {
  /** The header row (1-based): the first row with content. */
  headerRow: number;
  /** The column (1-based) of each header found; extra columns are not listed. */
  columns: Partial<Record<PlanColumn, number>>;
  /** The rows below the header with content in any known column, top to bottom. */
  items: PlanItem[];
  /** Last row and column with content anywhere on the sheet (0 when empty). */
  lastRow: number;
  lastCol: number;
  /** Plain sentences about odd rows (an unknown status, a date that is not one), naming the cell. */
  warnings: string[];
}

/** A check-in's rating: the word on the Check-ins sheet, in lower case ('none': Not rated). */
export type CheckInRating = 'red' | 'yellow' | 'green' | 'none';

export const CHECK_IN_COLUMNS = ['Date', 'Dream', 'Skill', 'Rating', 'Critical'] as const;
export type CheckInColumn = (typeof CHECK_IN_COLUMNS)[number];

/** One row of the Check-ins sheet. */
export interface CheckInRow {
  row: number;
  date: IsoDay;
  dream: string;
  dreamKey: string;
  skill: string;
  skillKey: string;
  rating: CheckInRating;
  critical: boolean;
}

export interface CheckInsSheet {
  headerRow: number;
  columns: Partial<Record<CheckInColumn, number>>;
  rows: CheckInRow[];
  /** The distinct dates of the rows, ascending. */
  dates: IsoDay[];
  /** The day in the cell right of the `Next check-in` label in the header row, if any. */
  nextCheckIn: IsoDay | null;
  /** Where that label is (1-based), when there is one. */
  nextCheckInLabel: { row: number; col: number } | null;
  lastRow: number;
  lastCol: number;
  warnings: string[];
}

/** The table as it was at one check-in (or as it is now), by dream in header order. */
export interface Snapshot {
  date: IsoDay;
  dreams: {
    name: string;
    key: string;
    skills: { name: string; key: string; rating: CheckInRating; critical: boolean }[];
  }[];
}

/** One skill whose rating moved; null: the skill was not listed in that dream then. */
export interface RatingChange {
  dream: string;
  skill: string;
  from: CheckInRating | null;
  to: CheckInRating | null;
}

export interface Progress {
  from: IsoDay | null;
  to: IsoDay | null;
  /** Changed, added and removed skills, dream by dream (the later snapshot's order), then by skill. */
  changes: RatingChange[];
  /** Dreams named as such: added, dropped, or renamed (paired by the skills they share). */
  dreamsAdded: string[];
  dreamsDropped: string[];
  dreamsRenamed: { from: string; to: string }[];
  /**
   * Skills in both whose critical mark changed (bold on or off), present only when there are
   * some: the command line's JSON lists rating changes only, the sentences say these too.
   */
  criticalChanges?: { dream: string; skill: string; critical: boolean }[];
}
