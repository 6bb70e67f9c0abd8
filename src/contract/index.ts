// The sidebar <-> server contract: every function the sidebar may call through
// google.script.run, with its arguments and result. The server implements `SidebarApi`
// (src/server.ts) and the sidebar calls it through a typed wrapper (sidebar/api.ts), so a
// renamed function or a changed shape fails to compile on both sides.
//
// Everything here crosses google.script.run, which passes only primitives, arrays and plain
// objects (no Dates, no functions, no class instances), so these types use nothing else.

import type { Priority, Rating, RatingChoice } from '../core/types';
import type { LibraryData } from '../core/library/groups';

export type { Priority, PriorityReason, Rating, RatingChoice } from '../core/types';
export type { LibraryData } from '../core/library/groups';

/**
 * Names a dream by content. `col` is the column the sidebar last saw it in: only a hint, used
 * to choose between two dreams with the same name.
 */
export interface DreamRef {
  dream: string;
  col?: number;
}

/** Names a skill by content; `row` and `col` are hints, used only to choose between duplicates. */
export interface SkillRef {
  dream: string;
  skill: string;
  row?: number;
  col?: number;
}

export interface SkillView {
  name: string;
  row: number;
  col: number;
  /** A1 notation of the skill's cell, for messages. */
  cell: string;
  rating: Rating;
  critical: boolean;
}

export interface DreamView {
  name: string;
  col: number;
  skills: SkillView[];
}

export interface SidebarState {
  /** The dreams sheet, or null when the spreadsheet has none yet. */
  sheetName: string | null;
  /**
   * When there is no dreams sheet: a sheet with content that could be adopted as the table
   * (typed by hand before the add-on was installed). Null otherwise.
   */
  candidateSheet: string | null;
  dreams: DreamView[];
  priorities: Priority[];
  /** Plain-language warnings about the table (odd colours, skills with no dream, ...). */
  warnings: string[];
  /** Every distinct skill name in the table, spelled as shown, for suggestions when adding. */
  skillNames: string[];
}

export type ActionResult =
  | { ok: true; state: SidebarState; message?: string }
  /**
   * The action was refused or failed; `state` is the fresh state to show instead (null only if
   * even reading the sheet failed: keep showing the previous one). With `confirm`, the action
   * can go ahead if the user agrees: offer a button with that label that repeats it with consent.
   */
  | { ok: false; error: string; state: SidebarState | null; confirm?: string };

export type SelectionCritical = 'on' | 'off' | 'toggle';

/** A skill's cell note: what the skill means, or the bar for that dream ('' when none). */
export interface SkillNote {
  skill: string;
  row: number;
  note: string;
}

export type NotesResult =
  /** `notes` follows the dream's skills, top to bottom. */
  | { ok: true; dream: string; col: number; notes: SkillNote[] }
  | { ok: false; error: string; state: SidebarState | null };

export interface SidebarApi {
  /** The table as it stands. */
  getState(): ActionResult;
  /** Creates the Dreams sheet, or adopts `adoptSheet` (renaming it to Dreams). */
  startTable(adoptSheet: string | null): ActionResult;
  addDream(name: string): ActionResult;
  renameDream(ref: DreamRef, newName: string): ActionResult;
  /**
   * Removes a dream and its skills. `expectedSkills` are the skill names the user saw and
   * confirmed; if the dream holds anything else by now, nothing is removed.
   */
  removeDream(ref: DreamRef, expectedSkills: string[]): ActionResult;
  /**
   * Adds skills below the dream's last cell. `notes[i]`, when given and not empty, becomes the
   * note of `names[i]`'s cell (a definition from the library, which the user can then edit).
   */
  addSkills(ref: DreamRef, names: string[], notes?: string[]): ActionResult;
  renameSkill(ref: SkillRef, newName: string): ActionResult;
  removeSkill(ref: SkillRef): ActionResult;
  setRating(refs: SkillRef[], rating: RatingChoice): ActionResult;
  setCritical(refs: SkillRef[], critical: boolean): ActionResult;
  /**
   * Sets one skill's cell note ('' removes it), and no other cell's. If the skill was renamed,
   * moved or removed meanwhile, nothing is written and the answer says so.
   */
  setSkillNote(ref: SkillRef, note: string): ActionResult;
  /** One dream's notes, read when a definition or the review is opened (never on every action). */
  getNotes(ref: DreamRef): NotesResult;
  /** The suggested-skills library, asked for once when the sidebar opens. Reads no sheet. */
  getLibrary(): LibraryData;
  /** Rates the skills among the cells selected in the sheet; other cells are left alone. */
  rateSelection(rating: RatingChoice): ActionResult;
  setSelectionCritical(mode: SelectionCritical): ActionResult;
  /**
   * Rewrites the Priorities sheet (and only it). If someone typed into it since it was written,
   * nothing is written unless `replaceTypedCells` is true (answered with `confirm` first).
   */
  updatePrioritiesSheet(replaceTypedCells: boolean): ActionResult;
}

/**
 * The functions that answer with an ActionResult (all but getNotes and getLibrary, which answer
 * with notes or the library and no state): for helpers that want the state back from any action.
 */
export type ActionName = {
  [K in keyof SidebarApi]: ReturnType<SidebarApi[K]> extends ActionResult ? K : never;
}[keyof SidebarApi];

/** The names of the contract's functions: the build checks each is a top-level function. */
export const SIDEBAR_FUNCTIONS: ReadonlyArray<keyof SidebarApi> = [
  'getState',
  'startTable',
  'addDream',
  'renameDream',
  'removeDream',
  'addSkills',
  'renameSkill',
  'removeSkill',
  'setRating',
  'setCritical',
  'setSkillNote',
  'getNotes',
  'getLibrary',
  'rateSelection',
  'setSelectionCritical',
  'updatePrioritiesSheet',
];
