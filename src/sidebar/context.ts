// What the render functions share: the state as shown, the store (model.ts) and the ways to
// change it (dispatch) and to run an action. Components never write state themselves.
import type {
  ActionResult,
  DreamRef,
  DreamView,
  FollowUpChangeResult,
  SidebarState,
  SkillRef,
} from '../contract';
import type { Model, Msg, PendingChange } from './model';

export { dreamIds, ids, skillIds, skillsWithIds } from './ids';

export interface ActOptions {
  /** Runs after a successful action, before the new state is rendered. */
  ok?: () => void;
  /** Runs after a refused or failed action, before the fresh state is rendered. */
  fail?: () => void;
  /** Focus key to move the focus to after the new state is rendered. */
  focus?: string;
  /**
   * The same action with the user's consent, for answers that ask for it (`confirm`): the
   * status then offers a button that runs this with the question's token.
   */
  withConsent?: (token: string) => Promise<ActionResult>;
  /** The optimistic change (its `seq`) this action confirms or rolls back when answered. */
  settles?: number;
}

/** The same, for the Plan panel's actions, which answer with a patch of the follow-up view. */
export interface FollowUpOptions extends Pick<ActOptions, 'ok' | 'fail' | 'focus'> {
  withConsent?: (token: string) => Promise<FollowUpChangeResult>;
}

/** Where the focus goes after a render: a focus key, or one worked out from the new model. */
export type Focus = string | ((model: Model) => string);

export interface Ctx {
  /** The state as shown: the server's, with the changes still waiting for it applied. */
  state: SidebarState;
  /** The store: server state and view state, changed only through `dispatch`. */
  model: Model;
  /**
   * Gives the model a message or several (update), then re-renders, the focus moved to `focus`
   * (a focus key, or one worked out from the new model).
   */
  dispatch(msg: Msg | Msg[], focus?: Focus): void;
  /** Gives the model a message without re-rendering: for what the page already shows (text typed, a panel toggled). */
  record(msg: Msg): void;
  /**
   * Shows a rating or critical change at once, marked pending, and sends it (queued behind a
   * running change); the answer confirms it or rolls it back.
   */
  change(ids: string[], change: Omit<PendingChange, 'seq'>, run: () => Promise<ActionResult>): void;
  /** Selects the skill's (or dream's) cell in the sheet. */
  selectCell(ref: SkillRef | DreamRef): void;
  /** Says a sentence to screen readers only (a polite live region). */
  announce(text: string): void;
  /** Runs one action on the server and renders its answer; ignored while another is running. */
  act(run: () => Promise<ActionResult>, options?: ActOptions): void;
  /** Shows a sentence in the status area. */
  say(text: string, kind: 'ok' | 'error'): void;
  /** Reads one dream's notes (one call) into the model (`notes`), then re-renders. */
  loadNotes(dream: DreamView, dreamId: string): void;
  /**
   * Runs one Plan panel action (queued like `act`) and renders the view with the parts it
   * answers with merged in.
   */
  actFollowUp(run: () => Promise<FollowUpChangeResult>, options?: FollowUpOptions): void;
  /** Reads the plan, check-ins and why (getFollowUp) into the model (`followUp`). */
  loadFollowUp(): void;
  /** Reads what the exports need beyond the state (getExportExtras) into the model (`extras`). */
  loadExtras(): void;
}

/** "1 skill", "7 skills". */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
