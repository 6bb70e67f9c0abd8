// What the sidebar is shown: view types owned by the contract, shaped for the sidebar and the
// exports, not for the core's internals (no identity keys, no bookkeeping fields).
import type { Rating } from '../core';

export type { LibraryData, LibraryGroup, LibrarySkill, Rating, RatingChoice } from '../core';

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

/** One dream's part in a priority: why the skill ranks where it does. */
export interface ReasonView {
  dream: string;
  rating: Rating;
  critical: boolean;
}

/** A skill that is a gap (red or yellow) in at least one dream, with its counts. */
export interface PriorityView {
  skill: string;
  red: number;
  redCritical: number;
  yellow: number;
  yellowCritical: number;
  green: number;
  /** The dreams that list the skill, in header order. */
  dreams: ReasonView[];
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
  priorities: PriorityView[];
  /** Plain-language warnings about the table (odd colours, skills with no dream, ...). */
  warnings: string[];
  /** Every distinct skill name in the table, spelled as shown, for suggestions when adding. */
  skillNames: string[];
  /**
   * A short hash of everything above, computed by the server (core `fingerprintOf`): the
   * sidebar sends it back with `checkState` and gets a tiny answer when nothing changed.
   */
  fingerprint: string;
}

export type ActionResult =
  | { ok: true; state: SidebarState; message?: string }
  /**
   * The action was refused or failed; `state` is the fresh state to show instead (null only if
   * even reading the sheet failed: keep showing the previous one). With `confirm`, the action
   * can go ahead if the user agrees: offer a button with its label that repeats the action with
   * its token, which stands for exactly the cells the question named.
   */
  | { ok: false; error: string; state: SidebarState | null; confirm?: ConsentView };

/** A question's button and the token that the action repeated with consent must carry. */
export interface ConsentView {
  label: string;
  token: string;
}

/** The answer to `checkState`: nothing changed, or the usual ActionResult with the new state. */
export type CheckResult = { ok: true; same: true } | ActionResult;

/** The answer to `selectCell`: done (no state needed), or refused with the fresh state. */
export type CellResult =
  { ok: true; cell: string } | { ok: false; error: string; state: SidebarState | null };

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
