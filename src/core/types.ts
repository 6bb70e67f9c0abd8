// The shapes the core works on. Sheet coordinates are 1-based, as in Apps Script, so an
// edit's row and column can go straight to Sheet.getRange without translation.
import type { RecordWrite } from './follow-up/types';

/** What a cell can hold, as `Range.getValues()` returns it. */
export type CellValue = string | number | boolean | Date | null;

/**
 * A sheet's used area, read in three batched calls (`getValues`, `getBackgrounds`,
 * `getFontWeights` on `getDataRange()`). `values[0][0]` is cell A1.
 */
export interface Grid {
  values: CellValue[][];
  /** `#rrggbb` per cell; `#ffffff` where there is no fill. */
  backgrounds: string[][];
  /** `'bold'` or `'normal'` per cell. */
  fontWeights: string[][];
}

/** How far the person is from a skill, read from the cell's fill. */
export type Rating = 'red' | 'yellow' | 'green' | 'unrated';

/** What a user may set a skill's rating to. `none` removes the fill. */
export type RatingChoice = Exclude<Rating, 'unrated'> | 'none';

export interface SkillCell {
  /** The text as it stands in the cell. */
  name: string;
  /** Identity across dreams (see `skillKey`). */
  key: string;
  row: number;
  col: number;
  rating: Rating;
  /** The cell's fill as read (`#ffffff` for none): a blue fill reads unrated but is still a fill. */
  fill: string;
  /** Bold: critical for this dream. */
  critical: boolean;
}

export interface Dream {
  name: string;
  key: string;
  /** Column of the dream's header cell; its skills are below it. */
  col: number;
  skills: SkillCell[];
}

export type WarningCode =
  | 'unknown-colour'
  | 'headerless-skills'
  | 'duplicate-dream'
  | 'duplicate-skill'
  | 'error-value'
  | 'separate-block'
  | 'conditional-format';

export interface Warning {
  code: WarningCode;
  message: string;
  /** A1 notation of the cell the warning is about, when there is one. */
  cell?: string;
}

export interface Table {
  /** Row of the dream headers; null when the sheet is empty. */
  headerRow: number | null;
  dreams: Dream[];
  warnings: Warning[];
  /**
   * Cells with content below the header that are not skills: under a column with no dream, or
   * showing an error value. Actions must not treat them as empty.
   */
  strayCells: CellRef[];
  /** Last row and column with content anywhere on the sheet (0 when empty). */
  lastRow: number;
  lastCol: number;
}

/** One dream's part in a priority: why the skill ranks where it does. */
export interface PriorityReason {
  dream: string;
  /** The dream's column: tells apart two dreams with the same name. */
  col: number;
  rating: Rating;
  critical: boolean;
}

/** A skill that is a gap (red or yellow) in at least one dream. */
export interface Priority {
  skill: string;
  key: string;
  red: number;
  redCritical: number;
  yellow: number;
  yellowCritical: number;
  green: number;
  /** The dreams that list the skill, in header order. */
  dreams: PriorityReason[];
}

export interface CellRef {
  row: number;
  col: number;
}

/**
 * A change to the spreadsheet, decided by the core and carried out by the adapter. Each kind
 * maps to one batched service call (writeSheet: three), so a list of edits is a count of writes.
 * All kinds but writeSheet change the dreams sheet.
 */
export type Edit =
  /** Writes user text as literal text (never a formula or a number), as a block from row/col. */
  | { kind: 'writeText'; row: number; col: number; texts: string[][] }
  /** Formats many cells at once (a RangeList). `background: null` removes the fill. */
  | { kind: 'format'; cells: CellRef[]; background?: string | null; fontWeight?: 'bold' | 'normal' }
  /**
   * Sets cell notes as plain text, as a block from row/col ('' removes a note). Notes are never
   * read as formulas, so they need no quoting.
   */
  | { kind: 'writeNotes'; row: number; col: number; notes: string[][] }
  /** Deletes one cell, shifting the cells below it in that column up. */
  | { kind: 'deleteCellShiftUp'; row: number; col: number }
  /**
   * Deletes a column's cells from `fromRow` down to the bottom of the sheet, shifting the cells
   * to their right left, so that each keeps its note and fill. `toRow` is the column's last row
   * with text (the table's last row): no cell below it holds any.
   */
  | { kind: 'deleteColumnCells'; col: number; fromRow: number; toRow: number }
  /**
   * Rewrites a generated sheet (the Priorities sheet) from A1, creating it last in the workbook
   * when `create`. The block is already padded to cover what the previous version left, so no
   * stale row survives and no clear() is needed. Strings are written as literal text.
   */
  | {
      kind: 'writeSheet';
      sheet: string;
      create: boolean;
      values: (string | number)[][];
      backgrounds: (string | null)[][];
      fontWeights: ('bold' | 'normal')[][];
      /** The size read before: within it the sheet is large enough and nothing is asked. */
      known: { rows: number; cols: number };
    }
  /**
   * Appends rows below everything on a record sheet (Plan, Check-ins): the adapter asks the
   * sheet's last row right before writing and writes the block from column `col` in the row
   * after it (setValues, then setBackgrounds when given). With `create`, the sheet is inserted
   * first, last in the workbook and in the background, the block goes from row 1, and its first
   * `boldRows` rows (the header) are made bold.
   */
  | {
      kind: 'appendRecordRows';
      sheet: string;
      create: boolean;
      col: number;
      rows: RecordWrite[][];
      backgrounds?: (string | null)[][];
      boldRows?: number;
    }
  /**
   * Writes single cells of a record sheet, one call each, in a row found by content. `expect`
   * names the cells that identify that row (its skill and action) with the text they held: the
   * adapter reads the sheet again after writing and, if they no longer read so, puts back what
   * it overwrote and refuses (src/core/follow-up/record-guard.ts).
   */
  | { kind: 'writeRecordCells'; sheet: string; cells: RecordCellWrite[]; expect: ExpectedCell[] }
  /** Deletes one row of a record sheet (the whole row), found by content and checked as above. */
  | { kind: 'deleteRecordRow'; sheet: string; row: number; expect: ExpectedCell[] };

export interface RecordCellWrite {
  row: number;
  col: number;
  value: RecordWrite;
}

/** A cell whose text (as the record readers give it, trimmed) a write depends on. */
export interface ExpectedCell {
  row: number;
  col: number;
  text: string;
}

/** The edits that change the dreams sheet itself. */
export type DreamsEdit = Exclude<
  Edit,
  { kind: 'writeSheet' | 'appendRecordRows' | 'writeRecordCells' | 'deleteRecordRow' }
>;
