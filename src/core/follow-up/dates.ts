// Calendar days as the record sheets hold them: 'yyyy-MM-dd', compared as text.
import type { IsoDay, PlanItem, RecordCell } from './types';

/** A real calendar day written yyyy-MM-dd (2026-02-30 is not one). */
export function isIsoDay(text: string): boolean {
  void text;
  throw new Error('not built yet');
}

/** The day a record cell holds: a date cell (given as yyyy-MM-dd by the readers), else null. */
export function dayOf(cell: RecordCell): IsoDay | null {
  void cell;
  throw new Error('not built yet');
}

/** Before `today` and neither Done nor Dropped. */
export function isOverdue(item: Pick<PlanItem, 'byWhen' | 'status'>, today: IsoDay): boolean {
  void item;
  void today;
  throw new Error('not built yet');
}
