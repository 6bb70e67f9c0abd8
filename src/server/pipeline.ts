// How every sidebar call runs, in one direction: lock -> read the declared facts (batched) ->
// the core plans -> apply the edits (batched) -> answer with the new state, all in one round
// trip. The pipeline only orders the steps; the core decides and the adapter reads and writes.
import {
  a1,
  applyToGrid,
  blankTargets,
  conditionalFormattingWarning,
  DREAMS_SHEET,
  guardOf,
  findDream,
  hiddenContent,
  findSkill,
  isUserError,
  mayBeConditionallyFormatted,
  notesSpan,
  parseTable,
  probeOf,
  requireBlankConsent,
  skillNotes,
  UserError,
  type Action,
  type FactName,
  type Facts,
  type Plan,
} from '../core';
import type {
  ActionResult,
  CellResult,
  CheckResult,
  DreamRef,
  NotesResult,
  SidebarState,
  SkillRef,
} from '../contract';
import { conditionalRuleCount } from './adapter/conditional-formatting';
import {
  findCandidateSheet,
  findDreamsSheet,
  readColumnNotes,
  readGrid,
  readValues,
  type ReadGrid,
} from './adapter/dreams-sheet';
import { readFacts, readProbe, type ReadFacts } from './adapter/facts';
import { guardedWrite } from './adapter/guarded-write';
import { BUSY_READING_MESSAGE, STATE_LOCK_WAIT_MS, withDocumentLock } from './adapter/lock';
import { activateCell } from './adapter/select-cell';
import { consent as decodeConsent, dreamTarget, skillTarget } from './decode';
import { noTableState, stateOf } from './views';

/**
 * Runs a writing action. `decode` turns what the sidebar sent into the plan's arguments, or
 * refuses it, before anything is locked or read. `consent` is the token of a question the person
 * agreed to: target cells that look empty but hold something are written into or deleted only
 * with it (src/core/blank-looking.ts).
 */
export function act<N extends FactName, A>(
  action: Action<N, A>,
  decode: () => A,
  consent: string | null = null,
): ActionResult {
  return answer(() => {
    const args = decode();
    const token = decodeConsent(consent);
    return locked(() => {
      const { read, plan } = runAction(action, args, token);
      return done(read.sheetName, read.grid, plan);
    });
  });
}

/**
 * The steps of a writing action inside the lock: read the declared facts, plan, write under the
 * guard. Answers what was read and the plan, so that the caller builds its answer from them in
 * memory (the state, or the Plan panel's view) without reading the table again.
 */
export function runAction<N extends FactName, A>(
  action: Action<N, A>,
  args: A,
  token: string | null,
): { read: ReadFacts<N>; plan: Plan } {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const dreams = requireDreamsSheet(spreadsheet);
  const read = readFacts(spreadsheet, dreams, action.needs, action.keepsNotes(args));
  const facts = {
    ...read.optional,
    dreams: {
      sheetName: read.sheetName,
      grid: read.grid,
      rows: read.grid.rows,
      cols: read.grid.cols,
      table: parseTable(read.grid),
      // The notes read with the grid (an action that keepsNotes), for a plan that looks at them
      // (the why of a dream keeps a note it does not change).
      ...(read.notes ? { notes: read.notes } : {}),
    },
  } as Facts<N>;
  const plan = action.plan(facts, args);
  // Only the targets that read as empty are looked at, and only what the grid cannot tell.
  const targets = blankTargets(read.grid, plan.edits);
  const probe = probeOf(read.grid, targets, read.notes);
  const seen = probe ? readProbe(read.target.dreams, probe, read.target.known) : null;
  // The guard: the cells the edits depend on, checked right before and after writing.
  const guard = guardOf(facts.dreams.table, read.grid, plan.edits);
  guardedWrite(read.target, plan.edits, guard, { ...read.grid, notes: read.notes }, () => {
    // Asked after the guard's check: if the sheet moved, the answer is "changed" instead.
    if (probe && seen) {
      const hidden = hiddenContent(read.grid, targets, probe, seen, read.notes);
      requireBlankConsent(hidden, token, plan);
    }
  });
  return { read, plan };
}

/** The answer to an action: the new state, computed from what was read plus the edits. */
export function done(sheetName: string, grid: ReadGrid, plan: Plan): ActionResult {
  // No second read of the sheet: the edits are applied to the grid in memory.
  const state = stateOf(sheetName, parseTable(applyToGrid(grid, plan.edits)));
  return { ok: true, state, message: plan.message };
}

/**
 * Runs `work` under the document lock, and answers a refusal there too: the fresh state it
 * carries is then read under the lock as well, so it shows one moment of the sheet.
 */
export function locked(work: () => ActionResult): ActionResult {
  return withDocumentLock(() => {
    try {
      return work();
    } catch (error) {
      return failure(error);
    }
  });
}

/**
 * The table as it stands, for opening or refreshing the sidebar. Read under the document lock
 * with a short wait, so it never shows half of another action's write; if the lock stays busy,
 * the answer says so and the sidebar keeps what it shows.
 */
export function readState(): ActionResult {
  return answer(() => ({ ok: true, state: lockedState() }));
}

/**
 * Has the table changed since the sidebar's view? Reads as getState does, under the same short
 * lock (the grid's values, fills and weights: three reads of cell data), and answers a few
 * bytes when the fingerprint of the state it would send is the one the sidebar has. While
 * another action holds the lock this check is skipped ("same"): the next one sees its result,
 * and the person is not shown a busy message for a check they did not ask for.
 */
export function checkState(fingerprint: string): CheckResult {
  try {
    const state = lockedState();
    return state.fingerprint === fingerprint ? { ok: true, same: true } : { ok: true, state };
  } catch (error) {
    if (isUserError(error) && error.kind === 'busy') return { ok: true, same: true };
    return failure(error);
  }
}

/**
 * Selects a skill's cell, or a dream's header cell, found by content (one read of the values);
 * refused, with the fresh state, when it is no longer there. Writes nothing, needs no lock.
 */
export function selectCell(ref: SkillRef | DreamRef): CellResult {
  try {
    const sheet = findDreamsSheet(SpreadsheetApp.getActiveSpreadsheet());
    if (!sheet) throw new UserError(`There is no ‘${DREAMS_SHEET}’ sheet any more.`, 'changed');
    const table = parseTable(readValues(sheet));
    const isSkill = !!ref && typeof (ref as SkillRef).skill === 'string';
    const at = isSkill
      ? findSkill(table, skillTarget(ref as SkillRef)).skill
      : { row: table.headerRow ?? 1, col: findDream(table, dreamTarget(ref)).col };
    activateCell(sheet, at.row, at.col);
    return { ok: true, cell: a1(at.row, at.col) };
  } catch (error) {
    return failure(error);
  }
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

export function requireDreamsSheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet) {
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
    // Busy: another action holds the lock, so any state read now could be half-written.
    const state = error.kind === 'busy' ? null : freshState();
    return { ok: false, error: error.message, state, ...confirm };
  }
  console.error(error);
  return {
    ok: false,
    error: 'Something went wrong and nothing was changed. Refresh the sidebar and try again.',
    state: freshState(),
  };
}

/** The current state for an error answer, or null if even reading fails. */
export function freshState(): SidebarState | null {
  try {
    return currentState();
  } catch (error) {
    console.error(error);
    return null;
  }
}

/** The current state, read under the document lock with the short wait of state reads. */
function lockedState(): SidebarState {
  return withDocumentLock(currentState, {
    waitMs: STATE_LOCK_WAIT_MS,
    busyMessage: BUSY_READING_MESSAGE,
    flush: false,
  });
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
