// The sidebar <-> server contract, declared once: every function the sidebar may call through
// google.script.run, its arguments, its result and what kind of answer it gives. The server
// implements `SidebarApi` (src/server/endpoints.ts: a missing or extra function is a compile
// error there), the sidebar calls it through a typed wrapper (src/sidebar/api.ts), and the build
// test and the benchmark take their lists from `SIDEBAR_FUNCTIONS`, so none can fall behind.
import type { LibraryData, RatingChoice } from '../core';
import type {
  ActionResult,
  CellResult,
  CheckResult,
  DreamRef,
  ExportResult,
  FollowUpChangeResult,
  FollowUpCheckResult,
  FollowUpResult,
  NotesResult,
  PlanItemChanges,
  PlanItemInput,
  PlanItemRef,
  PlanItemSeen,
  SelectionCritical,
  SkillRef,
} from './views';
import type { NotPlainEndpoints } from './wire';

/**
 * What an endpoint answers with: an ActionResult (with the new state), notes, the library, a
 * check (nothing changed, or the new state), a selected cell, the Plan panel's view, a change
 * of it (a patch), a check of it, or the exports' extras.
 */
export type Answer =
  | 'state'
  | 'notes'
  | 'library'
  | 'check'
  | 'cell'
  | 'followUp'
  | 'followUpChange'
  | 'followUpCheck'
  | 'export';

// Not distributive ([R]): a CheckResult is a union that holds an ActionResult.
type AnswerOf<R> = [R] extends [ActionResult]
  ? 'state'
  : [R] extends [NotesResult]
    ? 'notes'
    : [R] extends [LibraryData]
      ? 'library'
      : [R] extends [CheckResult]
        ? 'check'
        : [R] extends [CellResult]
          ? 'cell'
          : [R] extends [FollowUpResult]
            ? 'followUp'
            : [R] extends [FollowUpChangeResult]
              ? 'followUpChange'
              : [R] extends [FollowUpCheckResult]
                ? 'followUpCheck'
                : [R] extends [ExportResult]
                  ? 'export'
                  : never;

/** One row of the table: its run-time facts, and its types carried by a phantom member. */
export interface Endpoint<Args extends unknown[], Result> {
  readonly answers: AnswerOf<Result>;
  /** Never set: only carries the function type for `SidebarApi`. */
  readonly signature?: (...args: Args) => Result;
}

function endpoint<Args extends unknown[], Result>(
  answers: AnswerOf<Result>,
): Endpoint<Args, Result> {
  return { answers };
}

export const ENDPOINTS = {
  /** The table as it stands. */
  getState: endpoint<[], ActionResult>('state'),
  /**
   * Has the table changed since the view with this fingerprint? `{ ok, same }` (a few bytes)
   * when not, else the new state. What a sidebar polls while it is open.
   */
  checkState: endpoint<[fingerprint: string], CheckResult>('check'),
  /**
   * Selects a skill's (or a dream's header) cell in the sheet, found by content as actions do.
   * Writes nothing.
   */
  selectCell: endpoint<[ref: SkillRef | DreamRef], CellResult>('cell'),
  /** Creates the Dreams sheet, or adopts `adoptSheet` (renaming it to Dreams). */
  startTable: endpoint<[adoptSheet: string | null], ActionResult>('state'),
  /** `consent`: the token of a question answered (see `updatePrioritiesSheet`), or null. */
  addDream: endpoint<[name: string, consent?: string | null], ActionResult>('state'),
  renameDream: endpoint<[ref: DreamRef, newName: string], ActionResult>('state'),
  /**
   * Removes a dream and its skills. `expectedSkills` are the skill names the user saw and
   * confirmed; if the dream holds anything else by now, nothing is removed. `consent`: as for
   * `addDream`, when cells of its column that look empty hold something.
   */
  removeDream: endpoint<
    [ref: DreamRef, expectedSkills: string[], consent?: string | null],
    ActionResult
  >('state'),
  /**
   * Adds skills below the dream's last cell. `notes[i]`, when given and not empty, becomes the
   * note of `names[i]`'s cell (a definition from the library, which the user can then edit).
   * `consent`: as for `addDream`.
   */
  addSkills: endpoint<
    [ref: DreamRef, names: string[], notes?: string[], consent?: string | null],
    ActionResult
  >('state'),
  renameSkill: endpoint<[ref: SkillRef, newName: string], ActionResult>('state'),
  removeSkill: endpoint<[ref: SkillRef], ActionResult>('state'),
  setRating: endpoint<[refs: SkillRef[], rating: RatingChoice], ActionResult>('state'),
  setCritical: endpoint<[refs: SkillRef[], critical: boolean], ActionResult>('state'),
  /**
   * Sets one skill's cell note ('' removes it), and no other cell's. If the skill was renamed,
   * moved or removed meanwhile, nothing is written and the answer says so.
   */
  setSkillNote: endpoint<[ref: SkillRef, note: string], ActionResult>('state'),
  /** One dream's notes, read when a definition or the review is opened (never on every action). */
  getNotes: endpoint<[ref: DreamRef], NotesResult>('notes'),
  /** The suggested-skills library, asked for once when the sidebar opens. Reads no sheet. */
  getLibrary: endpoint<[], LibraryData>('library'),
  /** Rates the skills among the cells selected in the sheet; other cells are left alone. */
  rateSelection: endpoint<[rating: RatingChoice], ActionResult>('state'),
  setSelectionCritical: endpoint<[mode: SelectionCritical], ActionResult>('state'),
  /**
   * Rewrites the Priorities sheet (and only it). If someone typed into it since it was written,
   * nothing is written: the answer asks, with `confirm`, and `consent` must then be its token.
   * The token covers exactly the cells asked about, as they were; if they changed, or others
   * were typed, it asks again.
   */
  updatePrioritiesSheet: endpoint<[consent: string | null], ActionResult>('state'),
  /**
   * The plan, the check-ins (with what moved since the last one, and between the last two) and
   * each dream's why, read when the Plan panel opens.
   */
  getFollowUp: endpoint<[], FollowUpResult>('followUp'),
  /**
   * Has the Plan panel's view changed since the one with this fingerprint? `{ ok, same }` when
   * not, else the whole new view. What a sidebar polls while its Plan panel is open, so that
   * one person's change shows in the other's panel.
   */
  checkFollowUp: endpoint<[fingerprint: string], FollowUpCheckResult>('followUpCheck'),
  // The changes below answer with the parts of the view they read and changed (a patch); a
  // refusal carries the fresh whole view.
  /** Appends an action for a skill to the Plan sheet (creating it), never reordering it. */
  addPlanItem: endpoint<[item: PlanItemInput], FollowUpChangeResult>('followUpChange'),
  /** Edits a plan item's status, owner or date in place, found by content. */
  updatePlanItem: endpoint<[ref: PlanItemRef, changes: PlanItemChanges], FollowUpChangeResult>(
    'followUpChange',
  ),
  /** Deletes a plan item's row, once the person confirmed it in the sidebar; found by content. */
  removePlanItem: endpoint<[ref: PlanItemRef, seen: PlanItemSeen], FollowUpChangeResult>(
    'followUpChange',
  ),
  /**
   * Appends the table as it is now to the Check-ins sheet (creating it): one row per skill per
   * dream. `date`: the day of the conversation, 'yyyy-MM-dd', today when null; never later.
   */
  recordCheckIn: endpoint<[date: string | null], FollowUpChangeResult>('followUpChange'),
  /** Sets (or, with '', clears) the visible `Next check-in` day on the Check-ins sheet. */
  setNextCheckIn: endpoint<[date: string], FollowUpChangeResult>('followUpChange'),
  /** Sets a dream's why: the note of its header cell ('' removes it). */
  setDreamWhy: endpoint<[ref: DreamRef, note: string], FollowUpChangeResult>('followUpChange'),
  /** What the exports need beyond the state (notes, why, plan, check-ins). Writes nothing. */
  getExportExtras: endpoint<[], ExportResult>('export'),
} as const;

/** The functions the server implements and the sidebar calls, derived from the table. */
export type SidebarApi = {
  [K in keyof typeof ENDPOINTS]: NonNullable<(typeof ENDPOINTS)[K]['signature']>;
};

/** The contract's function names, for the build check and the benchmark. */
export const SIDEBAR_FUNCTIONS = Object.keys(ENDPOINTS) as ReadonlyArray<keyof SidebarApi>;

/** The functions that answer with an ActionResult, for helpers that want the state back. */
export type ActionName = {
  [K in keyof SidebarApi]: (typeof ENDPOINTS)[K]['answers'] extends 'state' ? K : never;
}[keyof SidebarApi];

// Everything that crosses google.script.run must be plain data: an endpoint named here is not.
const wireIsPlainData: [NotPlainEndpoints<SidebarApi>] extends [never]
  ? true
  : { notPlainData: NotPlainEndpoints<SidebarApi> } = true;
void wireIsPlainData;
