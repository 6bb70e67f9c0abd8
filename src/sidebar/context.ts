// What the render functions share: the state from the server, the sidebar's own view state
// (what is open, being edited, typed but not sent), and the way to run an action.
import type { ActionResult, DreamView, SidebarState, SkillView } from '../contract';
import { skillKey } from '../core';

export interface Confirmation {
  /** The id of the dream (`d:...`) or skill (`s:...`) to remove. */
  id: string;
  /** For a dream: the skill names shown in the question, sent as `expectedSkills`. */
  skills: string[];
}

export interface ViewState {
  /** Dream id -> expanded. */
  expanded: Map<string, boolean>;
  /** The id of the dream or skill being renamed. */
  editing: string | null;
  confirming: Confirmation | null;
  /** Focus key -> text typed but not sent yet, kept across re-renders. */
  drafts: Map<string, string>;
  /** Warnings the person has put away until the next Refresh. */
  dismissed: Set<string>;
  /** Panel name -> open. */
  panels: Map<string, boolean>;
  /** Notes read with getNotes: dream id -> skill id -> note. Absent while not read yet. */
  notes: Map<string, Map<string, string>>;
  /** The id of the skill whose definition (note) is open for editing. */
  noting: string | null;
  /** Dream id -> the library group being browsed under it. */
  browsing: Map<string, string>;
  /** The guided review, while it runs. */
  review: Review | null;
}

/** Where the guided review stands: one dream, step 1 (critical?) or 2 (rating), one skill. */
export interface Review {
  dreamId: string;
  step: 'critical' | 'rate';
  /** Position in the dream's skills; `skillId` wins when that skill is still there. */
  index: number;
  skillId: string | null;
  /** Past the last skill of step 2. */
  done: boolean;
}

export interface ActOptions {
  /** Runs after a successful action, before the new state is rendered. */
  ok?: () => void;
  /** Runs after a refused or failed action, before the fresh state is rendered. */
  fail?: () => void;
  /** Focus key to move the focus to after the new state is rendered. */
  focus?: string;
  /**
   * The same action with the user's consent, for answers that ask for it (`confirm`): the
   * status then offers a button that runs this.
   */
  withConsent?: () => Promise<ActionResult>;
  /** Wait for a running action and then run, instead of being ignored (the review's answers). */
  queue?: boolean;
}

export interface Ctx {
  state: SidebarState;
  view: ViewState;
  /** Runs one action on the server and renders its answer; ignored while another is running. */
  act(run: () => Promise<ActionResult>, options?: ActOptions): void;
  /** Re-renders from the current state (after a change to the view state only). */
  render(focus?: string): void;
  /** Shows a sentence in the status area. */
  say(text: string, kind: 'ok' | 'error'): void;
  /** Reads one dream's notes into `view.notes` (one call), then re-renders. */
  loadNotes(dream: DreamView, dreamId: string): void;
}

/**
 * Stable ids for dreams and skills across re-renders: the name's identity, plus a counter for
 * the (rare) duplicates. Names move with sorts and inserted columns; ids follow the names.
 */
export function ids(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((n) => {
    const key = skillKey(n);
    const count = seen.get(key) ?? 0;
    seen.set(key, count + 1);
    return count ? `${key}~${count}` : key;
  });
}

export function dreamIds(dreams: DreamView[]): string[] {
  return ids(dreams.map((d) => d.name)).map((id) => `d:${id}`);
}

export function skillIds(dream: DreamView, dreamId: string): string[] {
  return ids(dream.skills.map((s) => s.name)).map((id) => `s:${dreamId}/${id}`);
}

/** The skill ids of a dream, paired with its skills. */
export function skillsWithIds(dream: DreamView, dreamId: string): Array<[string, SkillView]> {
  const sids = skillIds(dream, dreamId);
  return dream.skills.map((skill, i) => [sids[i] as string, skill]);
}

/** "1 skill", "7 skills". */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
