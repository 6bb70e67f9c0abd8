// The Apps Script entry points: the menu, and the functions the sidebar calls through
// google.script.run. Each sidebar call takes the document lock, reads the table fresh, lets the
// core decide, applies the edits and answers with the new state, all in one round trip.
// The build turns every export here into a top-level function declaration.
import type {
  ActionResult,
  DreamRef,
  LibraryData,
  NotesResult,
  SelectionCritical,
  SidebarApi,
  SidebarState,
  SkillRef,
} from '../contract';
import * as actions from '../core/actions';
import { isUserError, UserError } from '../core/errors';
import { applyToGrid } from '../core/grid-edits';
import { rankPriorities } from '../core/priorities';
import { prioritiesSheet } from '../core/priorities-sheet';
import { parseTable } from '../core/table';
import type { RatingChoice, Table } from '../core/types';
import { applyEdits } from './adapter/apply-edits';
import { conditionalFormattingNotice } from './adapter/conditional-formatting';
import {
  DREAMS_SHEET,
  findCandidateSheet,
  findDreamsSheet,
  readColumnNotes,
  readGrid,
  readValues,
  type ReadGrid,
} from './adapter/dreams-sheet';
import { withDocumentLock } from './adapter/lock';
import { writePrioritiesSheet } from './adapter/priorities-writer';
import { readSelection } from './adapter/selection';
import { LIBRARY_DATA } from '../core/library';
import { noTableState, stateOf } from './views';

const TITLE = 'Career Dreams';

// ---- Menu and triggers -------------------------------------------------------------------

/**
 * Builds the menu. Runs in AuthMode.NONE before the add-on is authorised for this file, so it
 * must touch nothing but the menu.
 * https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle
 */
export function onOpen(_e?: unknown): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('Start my dreams table', 'menuStartTable')
    .addItem('Open sidebar', 'menuOpenSidebar')
    .addToUi();
}

export function onInstall(e?: unknown): void {
  onOpen(e);
}

export function menuOpenSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Creates the Dreams sheet, or offers to adopt a table typed by hand; never overwrites one. */
export function menuStartTable(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const existing = findDreamsSheet(spreadsheet);
  if (existing) {
    existing.activate();
  } else {
    const candidate = findCandidateSheet(spreadsheet);
    const ui = SpreadsheetApp.getUi();
    let adopt: string | null = null;
    if (candidate) {
      const answer = ui.alert(
        TITLE,
        `The sheet ‘${candidate.getName()}’ already has content. Use it as your dreams table? ` +
          `It will be renamed ‘${DREAMS_SHEET}’; nothing in it changes.\n\n` +
          `Yes: use it. No: start a new, empty ‘${DREAMS_SHEET}’ sheet instead.`,
        ui.ButtonSet.YES_NO_CANCEL,
      );
      if (answer === ui.Button.CANCEL || answer === ui.Button.CLOSE) return;
      if (answer === ui.Button.YES) adopt = candidate.getName();
    }
    const result = startTable(adopt);
    if (!result.ok) {
      ui.alert(TITLE, result.error, ui.ButtonSet.OK);
      return;
    }
  }
  menuOpenSidebar();
}

// ---- Sidebar functions (the contract of src/contract.ts) ---------------------------------

export function getState(): ActionResult {
  // Reading needs no lock: it changes nothing.
  return answer(() => ({ ok: true, state: currentState() }));
}

export function startTable(adoptSheet: string | null): ActionResult {
  return answer(() =>
    withDocumentLock(() => {
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      const existing = findDreamsSheet(spreadsheet);
      if (existing) {
        existing.activate();
        return done(existing.getName(), readGrid(existing), [], 'Your dreams table is here.');
      }
      let sheet: GoogleAppsScript.Spreadsheet.Sheet;
      if (adoptSheet !== null) {
        const found = spreadsheet.getSheetByName(String(adoptSheet));
        if (!found) {
          throw new UserError(
            `There is no sheet called ‘${adoptSheet}’ any more. The list is refreshed; try again.`,
            'changed',
          );
        }
        sheet = found.setName(DREAMS_SHEET);
      } else {
        sheet = spreadsheet.insertSheet(DREAMS_SHEET);
      }
      sheet.activate();
      const message =
        adoptSheet !== null
          ? `The sheet ‘${adoptSheet}’ is now your dreams table, renamed ‘${DREAMS_SHEET}’.`
          : `Created the sheet ‘${DREAMS_SHEET}’. Add your first dream below.`;
      return done(sheet.getName(), readGrid(sheet), [], message);
    }),
  );
}

export function addDream(name: string): ActionResult {
  return act((table) => actions.planAddDream(table, name));
}

export function renameDream(ref: DreamRef, newName: string): ActionResult {
  return act((table) => actions.planRenameDream(table, dreamTarget(ref), newName));
}

export function removeDream(ref: DreamRef, expectedSkills: string[]): ActionResult {
  return act((table) =>
    actions.planRemoveDream(table, dreamTarget(ref), stringList(expectedSkills)),
  );
}

export function addSkills(ref: DreamRef, names: string[], notes?: string[]): ActionResult {
  return act((table) =>
    actions.planAddSkills(table, dreamTarget(ref), stringList(names), stringList(notes ?? [])),
  );
}

export function renameSkill(ref: SkillRef, newName: string): ActionResult {
  return act((table) => actions.planRenameSkill(table, skillTarget(ref), newName));
}

export function removeSkill(ref: SkillRef): ActionResult {
  return act((table) => actions.planRemoveSkill(table, skillTarget(ref)));
}

export function setRating(refs: SkillRef[], rating: RatingChoice): ActionResult {
  return act((table) => actions.planRating(table, skillTargets(refs), ratingChoice(rating)));
}

export function setCritical(refs: SkillRef[], critical: boolean): ActionResult {
  return act((table) => actions.planCritical(table, skillTargets(refs), critical === true));
}

export function setSkillNote(ref: SkillRef, note: string): ActionResult {
  return act((table) => actions.planSkillNote(table, skillTarget(ref), String(note ?? '')));
}

export function getLibrary(): LibraryData {
  return LIBRARY_DATA;
}

export function getNotes(ref: DreamRef): NotesResult {
  // Reading needs no lock. Two calls: the values, to find the dream by name, and its notes.
  try {
    const sheet = findDreamsSheet(SpreadsheetApp.getActiveSpreadsheet());
    if (!sheet) throw new UserError(`There is no ‘${DREAMS_SHEET}’ sheet any more.`, 'changed');
    const { dream, fromRow, toRow } = actions.notesSpan(
      parseTable(readValues(sheet)),
      dreamTarget(ref),
    );
    const notes = toRow < fromRow ? [] : readColumnNotes(sheet, dream.col, fromRow, toRow);
    return {
      ok: true,
      dream: dream.name,
      col: dream.col,
      notes: actions.skillNotes(dream, fromRow, notes),
    };
  } catch (error) {
    return failure(error);
  }
}

export function rateSelection(rating: RatingChoice): ActionResult {
  const choice = ratingChoice(rating);
  return act((table, sheetName) =>
    actions.planSelectionRating(selectionScope(table, sheetName), choice),
  );
}

export function setSelectionCritical(mode: SelectionCritical): ActionResult {
  return act((table, sheetName) => {
    if (mode !== 'on' && mode !== 'off' && mode !== 'toggle') {
      throw new UserError('Choose whether the selected skills become critical or not.');
    }
    return actions.planSelectionCritical(selectionScope(table, sheetName), mode);
  });
}

export function updatePrioritiesSheet(replaceTypedCells: boolean): ActionResult {
  return act((table, sheetName) => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const priorities = rankPriorities(table);
    const timeZone = spreadsheet.getSpreadsheetTimeZone();
    const computedAt = `${Utilities.formatDate(new Date(), timeZone, 'yyyy-MM-dd HH:mm')} (${timeZone})`;
    writePrioritiesSheet(
      spreadsheet,
      prioritiesSheet(table, priorities, { sheetName, computedAt }),
      replaceTypedCells === true,
    );
    const what = priorities.length === 1 ? '1 skill' : `${priorities.length} skills`;
    return { edits: [], message: `Updated the Priorities sheet: ${what} to work on.` };
  });
}

// The compiler checks here that the functions above are exactly the contract.
const sidebarApi: SidebarApi = {
  getState,
  startTable,
  addDream,
  renameDream,
  removeDream,
  addSkills,
  renameSkill,
  removeSkill,
  setRating,
  setCritical,
  setSkillNote,
  getNotes,
  getLibrary,
  rateSelection,
  setSelectionCritical,
  updatePrioritiesSheet,
};
void sidebarApi;

// ---- How every action runs ---------------------------------------------------------------

/** Lock, read, plan, apply, answer with the new state. */
function act(plan: (table: Table, sheetName: string) => actions.Plan): ActionResult {
  return answer(() =>
    withDocumentLock(() => {
      const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
      const sheet = findDreamsSheet(spreadsheet);
      if (!sheet) {
        throw new UserError(
          `There is no ‘${DREAMS_SHEET}’ sheet any more: someone may have deleted or renamed it. ` +
            'Start a new table, or rename the sheet back.',
          'changed',
        );
      }
      const name = sheet.getName();
      const grid = readGrid(sheet);
      const result = plan(parseTable(grid), name);
      applyEdits(sheet, result.edits, grid);
      return done(name, grid, result.edits, result.message);
    }),
  );
}

function done(
  sheetName: string,
  grid: ReadGrid,
  edits: actions.Plan['edits'],
  message: string,
): ActionResult {
  // The new state comes from applying the edits to what was read: no second read of the sheet.
  return { ok: true, state: stateOf(sheetName, parseTable(applyToGrid(grid, edits))), message };
}

/**
 * Turns every failure into an answer the sidebar can show: a user's error as its own plain
 * sentence, with the fresh state; anything else as a generic sentence (the details go to the
 * execution log, never to the user).
 */
function answer(work: () => ActionResult): ActionResult {
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
  if (!sheet) return noTableState(candidateName(spreadsheet));
  const table = parseTable(readGrid(sheet));
  const state = stateOf(sheet.getName(), table);
  const notice = conditionalFormattingNotice(sheet, table);
  if (notice) state.warnings.push(notice.message);
  return state;
}

function candidateName(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): string | null {
  return findCandidateSheet(spreadsheet)?.getName() ?? null;
}

function selectionScope(table: Table, sheetName: string): actions.SelectionScope {
  const selection = readSelection(SpreadsheetApp.getActiveSpreadsheet());
  if (!selection) {
    throw new UserError('Nothing is selected. Select skill cells in the sheet, then try again.');
  }
  if (selection.sheetName !== sheetName) {
    throw new UserError(
      `The selection is on the sheet ‘${selection.sheetName}’. Select skills on ‘${sheetName}’, then try again.`,
    );
  }
  return actions.skillsInSelection(table, selection.ranges);
}

// ---- Checking what crosses google.script.run (the sidebar is not trusted to send the right shape)

function dreamTarget(ref: DreamRef) {
  if (!ref || typeof ref.dream !== 'string') throw new UserError('Choose a dream first.');
  return { dream: ref.dream, col: typeof ref.col === 'number' ? ref.col : undefined };
}

function skillTarget(ref: SkillRef) {
  if (!ref || typeof ref.dream !== 'string' || typeof ref.skill !== 'string') {
    throw new UserError('Choose a skill first.');
  }
  return {
    dream: ref.dream,
    skill: ref.skill,
    row: typeof ref.row === 'number' ? ref.row : undefined,
    col: typeof ref.col === 'number' ? ref.col : undefined,
  };
}

function skillTargets(refs: SkillRef[]) {
  if (!Array.isArray(refs) || refs.length === 0) throw new UserError('Choose a skill first.');
  return refs.map(skillTarget);
}

function stringList(list: string[]): string[] {
  return Array.isArray(list) ? list.map((item) => String(item ?? '')) : [];
}

function ratingChoice(rating: RatingChoice): RatingChoice {
  if (rating === 'red' || rating === 'yellow' || rating === 'green' || rating === 'none') {
    return rating;
  }
  throw new UserError('Choose red, yellow, green or none.');
}
