// Reading the Check-ins sheet (append-only: one row per skill per dream per check-in) and
// turning the table as it is now into the rows of a new check-in.
import type { Table } from '../types';
import type { CheckInsSheet, IsoDay, RecordCell, Snapshot } from './types';

/** Parses the Check-ins sheet's cells; throws a UserError when its header lacks a column. */
export function parseCheckInsSheet(values: RecordCell[][], sheetName: string): CheckInsSheet {
  void values;
  void sheetName;
  throw new Error('not built yet');
}

/** One snapshot per check-in day, ascending. Within a day, a later row wins over an earlier. */
export function snapshotsOf(sheet: CheckInsSheet): Snapshot[] {
  void sheet;
  throw new Error('not built yet');
}

/** The table as it stands, as a snapshot dated `date`. */
export function snapshotOfTable(table: Table, date: IsoDay): Snapshot {
  void table;
  void date;
  throw new Error('not built yet');
}
