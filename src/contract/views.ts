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

// ---- After the conversation: the plan, the check-ins and the why of each dream ----

/** Names a plan item by content: its skill and action; `row` is a hint for duplicates only. */
export interface PlanItemRef {
  skill: string;
  action: string;
  row?: number;
}

/**
 * A plan item as the person saw it when they confirmed its removal: its cells as shown (kind and
 * status in their canonical spelling, or as typed). The row is removed only if it still says so.
 */
export interface PlanItemSeen {
  forDreams: string;
  now: string;
  goal: string;
  kind: string;
  owner: string;
  whoHelps: string;
  byWhenText: string;
  status: string;
}

/** A new plan item, as the person typed it. `byWhen`: 'yyyy-MM-dd' or '' for none. */
export interface PlanItemInput {
  skill: string;
  action: string;
  kind: string;
  goal: string;
  owner: string;
  whoHelps: string;
  byWhen: string;
}

/** What an edit in place changes; a field left out is left as it is. */
export interface PlanItemChanges {
  status?: string;
  owner?: string;
  /** 'yyyy-MM-dd', or '' to clear the date. */
  byWhen?: string;
}

export interface PlanItemView {
  row: number;
  skill: string;
  action: string;
  forDreams: string;
  now: string;
  goal: string;
  /** The canonical kind, or the text as typed when it is not one. */
  kind: string;
  owner: string;
  whoHelps: string;
  /** 'yyyy-MM-dd', or null when the cell is empty or not a date (then `byWhenText`). */
  byWhen: string | null;
  byWhenText: string;
  /** The canonical status, or the text as typed when it is not one. */
  status: string;
  lastChecked: string | null;
  /** By when is before today and the status is neither Done nor Dropped. */
  overdue: boolean;
}

export interface PlanView {
  /** The Plan sheet's name, or null when there is none yet. */
  sheetName: string | null;
  items: PlanItemView[];
  warnings: string[];
}

export type CheckInRatingView = 'red' | 'yellow' | 'green' | 'none';

export interface RatingChangeView {
  dream: string;
  skill: string;
  from: CheckInRatingView | null;
  to: CheckInRatingView | null;
}

export interface ProgressView {
  from: string | null;
  to: string | null;
  changes: RatingChangeView[];
  dreamsAdded: string[];
  dreamsDropped: string[];
  dreamsRenamed: { from: string; to: string }[];
  /** The same, in sentences for the sidebar ("Hiring: red → yellow in Founder"). */
  sentences: string[];
}

export interface CheckInsView {
  /** The Check-ins sheet's name, or null when there is none yet. */
  sheetName: string | null;
  /** The days with a check-in, ascending. */
  dates: string[];
  /** The day in the visible `Next check-in` cell, or null. */
  next: string | null;
  /** What moved between the last check-in and the table as it is now (null: no check-in yet). */
  sinceLast: ProgressView | null;
  /**
   * What moved between the two latest check-ins, as the command line's `progress` tells it
   * (null: fewer than two). Right after a check-in is recorded, this is what the person asks.
   */
  betweenLastTwo: ProgressView | null;
  warnings: string[];
}

/** One dream's why: the note of its header cell, and the motivations read from it. */
export interface WhyView {
  dream: string;
  col: number;
  note: string;
  motivations: string[];
}

export interface SharedMotivationView {
  motivation: string;
  dreams: string[];
}

/** Everything after the dreams table, read in one call when the Plan panel opens. */
export interface FollowUpView {
  /** Today in the spreadsheet's time zone, 'yyyy-MM-dd': what "overdue" is measured against. */
  today: string;
  plan: PlanView;
  checkIns: CheckInsView;
  why: WhyView[];
  sharedMotivations: SharedMotivationView[];
  /**
   * A short hash of the view, as for the state (core `fingerprintOf` of every member but this
   * one): the sidebar sends it back with `checkFollowUp`, and computes it itself for a view it
   * merged a patch into.
   */
  fingerprint: string;
}

/**
 * The check-ins as a change that did not read the dreams table knows them: `sinceLast` (the
 * latest check-in against the table) is left out, and the one the sidebar shows stays.
 */
export type CheckInsPatch = Omit<CheckInsView, 'sinceLast'> & { sinceLast?: ProgressView | null };

/**
 * What a successful change of the Plan panel answers with: only the parts of the view it could
 * build from what it read, with its own edit applied in memory. A part left out is unchanged by
 * the call, and the sidebar keeps showing its own (src/sidebar/plan-view.ts, mergeFollowUp).
 */
export interface FollowUpPatch {
  today: string;
  plan?: PlanView;
  checkIns?: CheckInsPatch;
  why?: WhyView[];
  sharedMotivations?: SharedMotivationView[];
}

/**
 * A Plan panel call refused or failed: `followUp` is the fresh whole view to show instead (null
 * when the lock was busy, or even reading failed: keep showing the previous one). With
 * `confirm`, as for ActionResult.
 */
export interface FollowUpFailure {
  ok: false;
  error: string;
  followUp: FollowUpView | null;
  confirm?: ConsentView;
}

/** The answer to `getFollowUp`: the whole view. */
export type FollowUpResult =
  { ok: true; followUp: FollowUpView; message?: string } | FollowUpFailure;

/** The answer to a Plan panel change: what it changed, as a patch of the view. */
export type FollowUpChangeResult =
  { ok: true; changed: FollowUpPatch; message?: string } | FollowUpFailure;

/** The answer to `checkFollowUp`: nothing changed, or the whole new view. */
export type FollowUpCheckResult = { ok: true; same: true } | FollowUpResult;

/** Everything the exports need beyond the state: every skill's note, the why, plan, check-ins. */
export interface ExportExtras {
  /** Per dream (by column), the notes of its skills, top to bottom; '' for none. */
  notes: { dream: string; col: number; notes: SkillNote[] }[];
  why: WhyView[];
  plan: PlanView;
  /** The day in the visible `Next check-in` cell, or null. */
  nextCheckIn: string | null;
  /** Every check-in row, in sheet order. */
  checkIns: {
    date: string;
    dream: string;
    skill: string;
    rating: CheckInRatingView;
    critical: boolean;
  }[];
}

export type ExportResult =
  { ok: true; extras: ExportExtras } | { ok: false; error: string; state: SidebarState | null };

/** The cells of a plan item as shown, which a confirmed removal sends back (PlanItemSeen). */
export function seenOf(item: PlanItemView): PlanItemSeen {
  return {
    forDreams: item.forDreams,
    now: item.now,
    goal: item.goal,
    kind: item.kind,
    owner: item.owner,
    whoHelps: item.whoHelps,
    byWhenText: item.byWhenText,
    status: item.status,
  };
}
