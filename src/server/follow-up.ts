// The calls of the Plan panel: the record sheets (Plan, Check-ins) and the why of each dream.
// A record action runs like every action (src/server/pipeline.ts): lock, read the facts it
// declared in their order (the dreams sheet first, the record sheets last, right before
// writing), plan, write, answer. The answer is a patch of the Plan panel's view: only the parts
// the call can build from what it read, with its edits applied in memory. Nothing is read for
// the answer alone; the sidebar keeps the parts it already shows (src/sidebar/plan-view.ts).
import {
  ACTIONS,
  applyToGrid,
  CHECK_INS_SHEET,
  isUserError,
  parseTable,
  PLAN_SHEET,
  type DreamsFact,
  type Edit,
  type IsoDay,
  type RecordAction,
  type RecordFactName,
  type RecordFacts,
  type RecordSheetFact,
  type Table,
  type TimeFact,
} from '../core';
import type {
  DreamRef,
  ExportResult,
  FollowUpChangeResult,
  FollowUpCheckResult,
  FollowUpFailure,
  FollowUpPatch,
  FollowUpResult,
  FollowUpView,
} from '../contract';
import { findDreamsSheet, readGrid, readNotes, readValues } from './adapter/dreams-sheet';
import { BUSY_READING_MESSAGE, STATE_LOCK_WAIT_MS, withDocumentLock } from './adapter/lock';
import {
  applyRecordEdits,
  isRecordEdit,
  readRecordSheet,
  RecordTarget,
  type RecordEdit,
} from './adapter/record-sheets';
import { dreamTarget, noteText } from './decode';
import { checkInsView, exportExtras, followUpView, planView, whyParts } from './follow-up-views';
import { freshState, requireDreamsSheet, runAction } from './pipeline';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const SOMETHING_WENT_WRONG =
  'Something went wrong and nothing was changed. Refresh the sidebar and try again.';

/** What one call has read so far; its answer is built from this alone. */
interface CallReads {
  target: RecordTarget;
  dreams?: { sheet: Sheet; fact: DreamsFact };
  time?: TimeFact;
  /** The record sheets read, by the name the core looks for (`Plan`, `Check-ins`), as read. */
  records: Map<string, RecordSheetFact>;
}

/**
 * Runs a record action. `decode` turns what the sidebar sent into the plan's arguments, or
 * refuses it, before anything is locked or read.
 */
export function recordAct<N extends RecordFactName, A>(
  action: RecordAction<N, A>,
  decode: () => A,
): FollowUpChangeResult {
  try {
    const args = decode();
    return withDocumentLock(() => {
      try {
        const reads = newReads();
        const facts = readRecordFacts(reads, action.needs);
        const plan = action.plan(facts, args);
        applyRecordEdits(reads.target, recordEditsOf(plan.edits));
        const message = plan.message;
        return { ok: true, changed: patchAfter(reads), ...(message ? { message } : {}) };
      } catch (error) {
        return followUpFailure(error);
      }
    });
  } catch (error) {
    return followUpFailure(error);
  }
}

/** The facts in the order the action declared them: the record sheets come last. */
function readRecordFacts<N extends RecordFactName>(
  reads: CallReads,
  needs: readonly N[],
): Pick<RecordFacts, N> {
  const facts: Partial<RecordFacts> = {};
  for (const need of new Set<RecordFactName>(needs)) {
    switch (need) {
      case 'dreams':
        facts.dreams = dreamsOf(reads).fact;
        break;
      case 'time':
        facts.time = timeOf(reads);
        break;
      case 'planSheet':
        facts.planSheet = recordOf(reads, PLAN_SHEET);
        break;
      case 'checkInsSheet':
        facts.checkInsSheet = recordOf(reads, CHECK_INS_SHEET);
        break;
    }
  }
  // Every declared fact was read in the loop above.
  return facts as Pick<RecordFacts, N>;
}

/** A record plan's edits; anything else would be a bug in the core. */
function recordEditsOf(edits: readonly Edit[]): RecordEdit[] {
  return edits.map((edit) => {
    if (!isRecordEdit(edit)) throw new Error(`record action: unexpected ${edit.kind} edit`);
    return edit;
  });
}

/** The dreams sheet, read once per call: three calls (values, fills, weights). */
function dreamsOf(
  reads: CallReads,
  found: Sheet | null = null,
): { sheet: Sheet; fact: DreamsFact } {
  if (reads.dreams) return reads.dreams;
  const sheet = found ?? requireDreamsSheet(reads.target.spreadsheet);
  const grid = readGrid(sheet);
  reads.dreams = {
    sheet,
    fact: {
      sheetName: sheet.getName(),
      grid,
      rows: grid.rows,
      cols: grid.cols,
      table: parseTable(grid),
    },
  };
  return reads.dreams;
}

/** Now, in the spreadsheet's time zone (asked once per call). */
function timeOf(reads: CallReads): TimeFact {
  if (reads.time) return reads.time;
  const timeZone = reads.target.timeZone();
  reads.time = {
    stamp: Utilities.formatDate(new Date(), timeZone, 'yyyy-MM-dd HH:mm'),
    timeZone,
  };
  return reads.time;
}

function todayOf(reads: CallReads): IsoDay {
  return timeOf(reads).stamp.slice(0, 10);
}

function newReads(): CallReads {
  return { target: new RecordTarget(SpreadsheetApp.getActiveSpreadsheet()), records: new Map() };
}

/** A record sheet, read (one call) and kept for the answer. */
function recordOf(reads: CallReads, wanted: string): RecordSheetFact {
  const fact = readRecordSheet(reads.target, wanted);
  reads.records.set(wanted, fact);
  return fact;
}

/**
 * A record sheet as this call leaves it: as read, with its own edits applied in memory (the
 * adapter keeps that copy, or the one its check after the write read); a sheet the call
 * created, as written; null when the call did not read it.
 */
function recordAfter(reads: CallReads, wanted: string): RecordSheetFact | null {
  const known = reads.target.sheetNamed(wanted);
  if (known) return { exists: true, name: known.name, values: known.values };
  return reads.records.get(wanted) ?? null;
}

/**
 * The answer to a record action: the parts of the view its reads cover. The Plan sheet gives the
 * plan; the Check-ins sheet the check-ins, and with the dreams table (read for a check-in) what
 * moved since the last one. Today comes from the time asked once per call (no cell read).
 */
function patchAfter(reads: CallReads): FollowUpPatch {
  const today = todayOf(reads);
  const plan = recordAfter(reads, PLAN_SHEET);
  const checkIns = recordAfter(reads, CHECK_INS_SHEET);
  const table = reads.dreams?.fact.table ?? null;
  return {
    today,
    ...(plan ? { plan: planView(plan, today) } : {}),
    ...(checkIns ? { checkIns: checkInsView(checkIns, table, today) } : {}),
  };
}

/** The notes of the header row, in one call; none when the table is empty. */
function headerNotesOf(sheet: Sheet, table: Table, cols: number): string[] {
  if (table.headerRow === null || cols === 0) return [];
  return sheet
    .getRange(table.headerRow, 1, 1, cols)
    .getNotes()[0]!
    .map((note) => String(note ?? ''));
}

/**
 * Everything after the table as it stands: the dreams grid (three calls), the header's notes
 * (one), the Plan and the Check-ins sheets (one each). With no dreams sheet (someone deleted it
 * meanwhile), an empty table: the record sheets still show.
 */
function currentFollowUp(): FollowUpView {
  const reads = newReads();
  const sheet = findDreamsSheet(reads.target.spreadsheet);
  const dreams = sheet ? dreamsOf(reads, sheet) : null;
  const table = dreams?.fact.table ?? parseTable({ values: [], backgrounds: [], fontWeights: [] });
  return followUpView({
    today: todayOf(reads),
    table,
    plan: recordOf(reads, PLAN_SHEET),
    checkIns: recordOf(reads, CHECK_INS_SHEET),
    headerNotes: dreams ? headerNotesOf(dreams.sheet, table, dreams.fact.cols) : [],
  });
}

/** The view read under the document lock with the short wait of state reads. */
function lockedFollowUp(): FollowUpView {
  return withDocumentLock(currentFollowUp, {
    waitMs: STATE_LOCK_WAIT_MS,
    busyMessage: BUSY_READING_MESSAGE,
    flush: false,
  });
}

/** The Plan panel's view, for opening or refreshing it. */
export function getFollowUp(): FollowUpResult {
  try {
    return { ok: true, followUp: lockedFollowUp() };
  } catch (error) {
    return followUpFailure(error);
  }
}

/**
 * Has the Plan panel's view changed since the sidebar's? Reads as getFollowUp does, under the
 * same short lock, and answers a few bytes when the fingerprint of the view it would send is
 * the one the sidebar has. While another action holds the lock the check is skipped ("same"),
 * as checkState does: the next one sees that action's result.
 */
export function checkFollowUp(fingerprint: string): FollowUpCheckResult {
  try {
    const followUp = lockedFollowUp();
    return followUp.fingerprint === fingerprint ? { ok: true, same: true } : { ok: true, followUp };
  } catch (error) {
    if (isUserError(error) && error.kind === 'busy') return { ok: true, same: true };
    return followUpFailure(error);
  }
}

/**
 * A dream's why: the note of its header cell, written by the dreams sheet's own action under
 * its guard (src/server/pipeline.ts). The answer is the why of each dream, built from that
 * action's read: its grid and notes with the edit applied in memory. The record sheets are
 * not read: the why does not change them.
 */
export function setDreamWhy(ref: DreamRef, note: string): FollowUpChangeResult {
  try {
    const args = { dream: dreamTarget(ref), note: noteText(note, 'why') };
    return withDocumentLock(() => {
      try {
        const { read, plan } = runAction(ACTIONS.setDreamWhy, args, null);
        const table = parseTable(applyToGrid(read.grid, plan.edits));
        const notes = notesAfter(read.notes ?? [], plan.edits);
        const zone = read.target.spreadsheet.getSpreadsheetTimeZone();
        const changed: FollowUpPatch = {
          today: Utilities.formatDate(new Date(), zone, 'yyyy-MM-dd'),
          ...whyParts(table, table.headerRow === null ? [] : (notes[table.headerRow - 1] ?? [])),
        };
        return { ok: true, changed, ...(plan.message ? { message: plan.message } : {}) };
      } catch (error) {
        return followUpFailure(error);
      }
    });
  } catch (error) {
    return followUpFailure(error);
  }
}

/** The notes as read, with the notes the edits write applied (a copy). */
function notesAfter(notes: readonly (readonly string[])[], edits: readonly Edit[]): string[][] {
  const out = notes.map((row) => [...row]);
  for (const edit of edits) {
    if (edit.kind !== 'writeNotes') continue;
    edit.notes.forEach((line, i) =>
      line.forEach((value, j) => {
        const r = edit.row - 1 + i;
        while (out.length <= r) out.push([]);
        out[r]![edit.col - 1 + j] = value;
      }),
    );
  }
  return out;
}

/**
 * What the exports need beyond the state, read under the short lock: the dreams sheet's values
 * (one call; the exports take ratings from the state they already have) and the notes of its
 * used area (one), the Plan and the Check-ins sheets (one each). Writes nothing.
 */
export function getExportExtras(): ExportResult {
  try {
    const extras = withDocumentLock(
      () => {
        const target = new RecordTarget(SpreadsheetApp.getActiveSpreadsheet());
        const sheet = findDreamsSheet(target.spreadsheet);
        const grid = sheet ? readValues(sheet) : { values: [], backgrounds: [], fontWeights: [] };
        const rows = grid.values.length;
        const cols = grid.values[0]?.length ?? 0;
        return exportExtras({
          today: Utilities.formatDate(new Date(), target.timeZone(), 'yyyy-MM-dd'),
          table: parseTable(grid),
          notes: sheet ? readNotes(sheet, rows, cols) : [],
          plan: readRecordSheet(target, PLAN_SHEET),
          checkIns: readRecordSheet(target, CHECK_INS_SHEET),
        });
      },
      { waitMs: STATE_LOCK_WAIT_MS, busyMessage: BUSY_READING_MESSAGE, flush: false },
    );
    return { ok: true, extras };
  } catch (error) {
    if (isUserError(error)) {
      return {
        ok: false,
        error: error.message,
        state: error.kind === 'busy' ? null : freshState(),
      };
    }
    console.error(error);
    return { ok: false, error: SOMETHING_WENT_WRONG, state: freshState() };
  }
}

/**
 * A failure as the panel shows it: a user's error as its own sentence, with the fresh view
 * (none when the lock was busy: the panel keeps what it shows); anything else as a generic
 * sentence, the details in the execution log and never in the answer.
 */
function followUpFailure(error: unknown): FollowUpFailure {
  if (isUserError(error)) {
    const confirm = error.confirm ? { confirm: error.confirm } : {};
    const followUp = error.kind === 'busy' ? null : freshFollowUp();
    return { ok: false, error: error.message, followUp, ...confirm };
  }
  console.error(error);
  return { ok: false, error: SOMETHING_WENT_WRONG, followUp: freshFollowUp() };
}

/** The current view for an error answer, or null if even reading fails. */
function freshFollowUp(): FollowUpView | null {
  try {
    return currentFollowUp();
  } catch (error) {
    if (!isUserError(error)) console.error(error);
    return null;
  }
}
