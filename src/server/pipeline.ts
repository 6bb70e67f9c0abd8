// How every sidebar call runs, in one direction: lock -> read the declared facts (batched) ->
// the core plans -> apply the edits (batched) -> answer with the new state, all in one round
// trip. The pipeline only orders the steps; the core decides and the adapter reads and writes.
import {
  applyToGrid,
  conditionalFormattingWarning,
  DREAMS_SHEET,
  isUserError,
  mayBeConditionallyFormatted,
  notesSpan,
  parseTable,
  skillNotes,
  UserError,
  type Action,
  type FactName,
  type Facts,
  type Plan,
} from '../core';
import type { ActionResult, DreamRef, NotesResult, SidebarState } from '../contract';
import { applyEdits } from './adapter/apply-edits';
import { conditionalRuleCount } from './adapter/conditional-formatting';
import {
  findCandidateSheet,
  findDreamsSheet,
  readColumnNotes,
  readGrid,
  readValues,
  type ReadGrid,
} from './adapter/dreams-sheet';
import { readFacts } from './adapter/facts';
import { withDocumentLock } from './adapter/lock';
import { dreamTarget } from './decode';
import { noTableState, stateOf } from './views';

/**
 * Runs a writing action. `decode` turns what the sidebar sent into the plan's arguments, or
 * refuses it, before anything is locked or read.
 */
export function act<N extends FactName, A>(action: Action<N, A>, decode: () => A): ActionResult {
  return answer(() => {
    const args = decode();
    return withDocumentLock(() => {
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      const read = readFacts(spreadsheet, requireDreamsSheet(spreadsheet), action.needs);
      const facts = {
        ...read.optional,
        dreams: {
          sheetName: read.sheetName,
          grid: read.grid,
          rows: read.grid.rows,
          cols: read.grid.cols,
          table: parseTable(read.grid),
        },
      } as Facts<N>;
      const plan = action.plan(facts, args);
      applyEdits(read.target, plan.edits);
      return done(read.sheetName, read.grid, plan);
    });
  });
}

/** The answer to an action: the new state, computed from what was read plus the edits. */
export function done(sheetName: string, grid: ReadGrid, plan: Plan): ActionResult {
  // No second read of the sheet: the edits are applied to the grid in memory.
  const state = stateOf(sheetName, parseTable(applyToGrid(grid, plan.edits)));
  return { ok: true, state, message: plan.message };
}

/** The table as it stands, for opening or refreshing the sidebar. Reading needs no lock. */
export function readState(): ActionResult {
  return answer(() => ({ ok: true, state: currentState() }));
}

/** One dream's notes. Reading needs no lock. Two calls: the values, to find the dream, and its notes. */
export function readNotes(ref: DreamRef): NotesResult {
  try {
    const sheet = findDreamsSheet(SpreadsheetApp.getActiveSpreadsheet());
    if (!sheet) throw new UserError(`There is no ‘${DREAMS_SHEET}’ sheet any more.`, 'changed');
    const { dream, fromRow, toRow } = notesSpan(parseTable(readValues(sheet)), dreamTarget(ref));
    const notes = toRow < fromRow ? [] : readColumnNotes(sheet, dream.col, fromRow, toRow);
    return {
      ok: true,
      dream: dream.name,
      col: dream.col,
      notes: skillNotes(dream, fromRow, notes),
    };
  } catch (error) {
    return failure(error);
  }
}

function requireDreamsSheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet) {
  const sheet = findDreamsSheet(spreadsheet);
  if (sheet) return sheet;
  throw new UserError(
    `There is no ‘${DREAMS_SHEET}’ sheet any more: someone may have deleted or renamed it. ` +
      'Start a new table, or rename the sheet back.',
    'changed',
  );
}

/**
 * Turns every failure into an answer the sidebar can show: a user's error as its own plain
 * sentence, with the fresh state; anything else as a generic sentence (the details go to the
 * execution log, never to the user).
 */
export function answer(work: () => ActionResult): ActionResult {
  try {
    return work();
  } catch (error) {
    return failure(error);
  }
}

function failure(error: unknown): Extract<ActionResult, { ok: false }> {
  if (isUserError(error)) {
    const confirm = error.confirm ? { confirm: error.confirm } : {};
    return { ok: false, error: error.message, state: freshState(), ...confirm };
  }
  console.error(error);
  return {
    ok: false,
    error: 'Something went wrong and nothing was changed. Refresh the sidebar and try again.',
    state: freshState(),
  };
}

/** The current state for an error answer, or null if even reading fails. */
function freshState(): SidebarState | null {
  try {
    return currentState();
  } catch (error) {
    console.error(error);
    return null;
  }
}

function currentState(): SidebarState {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = findDreamsSheet(spreadsheet);
  if (!sheet) return noTableState(findCandidateSheet(spreadsheet)?.getName() ?? null);
  const table = parseTable(readGrid(sheet));
  // The rules are asked for only when the core says the table looks painted by them.
  const rules = mayBeConditionallyFormatted(table) ? conditionalRuleCount(sheet) : 0;
  const notice = conditionalFormattingWarning(table, rules);
  return stateOf(sheet.getName(), table, notice ? [notice] : []);
}
