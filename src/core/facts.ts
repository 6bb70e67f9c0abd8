// What an action may need to know before it plans, read by the server's adapter up front in
// batched calls. Each action declares which of the optional facts it needs; the dreams sheet's
// grid is always read. Plain data: the core never asks a service for anything.
import type { Selection } from './plans/selection';
import type { RecordCell } from './follow-up/types';
import type { CellValue, Grid, Table } from './types';

/** The dreams sheet as read: its name, its used area and that area parsed. */
export interface DreamsFact {
  sheetName: string;
  grid: Grid;
  /** The size read: within it, the sheet is certainly large enough for a write. */
  rows: number;
  cols: number;
  table: Table;
  /** The grid's notes, when they were read with it (an action whose edits write notes). */
  notes?: string[][];
}

/**
 * The sheet named `Priorities` in any letter case (Sheets allows only one), as it stands: its
 * name, values and formulas (a formula that shows nothing is still content), or that there is
 * none.
 */
export interface PrioritiesSheetFact {
  exists: boolean;
  /** Its name as spelt in the file ('' when there is none). */
  name: string;
  values: CellValue[][];
  /** '' where a cell holds no formula; the same shape as `values`. */
  formulas: string[][];
}

/**
 * A record sheet (Plan, Check-ins), found by name in any letter case: its cells with every date
 * cell given as its day, 'yyyy-MM-dd', in the spreadsheet's time zone; or that there is none.
 */
export interface RecordSheetFact {
  exists: boolean;
  /** Its name as spelt in the file ('' when there is none). */
  name: string;
  values: RecordCell[][];
}

/** The current time, already formatted in the spreadsheet's time zone. */
export interface TimeFact {
  /** yyyy-MM-dd HH:mm */
  stamp: string;
  timeZone: string;
}

export interface OptionalFacts {
  /** The cells selected in the sheet; null when nothing is. */
  selection: Selection | null;
  prioritiesSheet: PrioritiesSheetFact;
  time: TimeFact;
}

export type FactName = keyof OptionalFacts;

/** What a plan receives: the dreams sheet, and exactly the optional facts it declared. */
export type Facts<N extends FactName = never> = { dreams: DreamsFact } & Pick<OptionalFacts, N>;
