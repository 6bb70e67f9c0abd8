// The sidebar's one loop. Answers from the server become the state and the page is rendered
// from it; the person's intents go out as calls (act), and each answer comes back the same way.
// The server is the only source of truth: the sidebar keeps nothing but its view state (what
// is open, what is being typed).
import type { ActionResult, DreamView, SidebarState } from '../contract';
import { call } from './api';
import { dreamIds, ids, skillIds } from './context';
import type { ActOptions, Ctx, ViewState } from './context';
import { byId } from './dom';
import { replaceKeepingFocus } from './focus';
import { renderPage } from './page';
import { say, showBusy, showSheetName } from './topbar';

const app = byId('app');

let state: SidebarState | null = null;
const view: ViewState = {
  expanded: new Map(),
  editing: null,
  confirming: null,
  drafts: new Map(),
  dismissed: new Set(),
  panels: new Map(),
  notes: new Map(),
  noting: null,
  browsing: new Map(),
  review: null,
};

/** Calls are numbered so that an older answer never overwrites a newer one. */
let issued = 0;
let applied = 0;
/** One change at a time: a second click while one runs is ignored (no double submits). */
let changing = false;
let pending = 0;
let lastRefresh = 0;
let composing = false;
let deferred: { focus: string | undefined } | null = null;
/** Actions waiting for the running one (`queue`), in order: the review's quick answers. */
const waiting: Array<() => void> = [];

function setBusy(delta: number): void {
  pending += delta;
  showBusy(pending, changing);
}

export function act(run: () => Promise<ActionResult>, options: ActOptions = {}): void {
  if (changing) {
    if (options.queue) waiting.push(() => act(run, options));
    return;
  }
  changing = true;
  const seq = ++issued;
  setBusy(1);
  run()
    .then(
      (result) => {
        if (result.ok) {
          options.ok?.();
          say(result.message ?? '', 'ok');
        } else {
          options.fail?.();
          const again = options.withConsent;
          const consent =
            result.confirm && again
              ? {
                  label: result.confirm,
                  run: () => act(again, { ...options, withConsent: undefined }),
                }
              : undefined;
          say(result.error, 'error', consent);
        }
        if (result.state) apply(result.state, seq, result.ok ? options.focus : undefined);
        else render();
      },
      (error: Error) => {
        options.fail?.();
        say(error.message, 'error');
        render();
      },
    )
    .then(() => {
      changing = false;
      setBusy(-1);
      waiting.shift()?.();
    });
}

export function loadNotes(dream: DreamView, dreamId: string): void {
  setBusy(1);
  call('getNotes', { dream: dream.name, col: dream.col })
    .then(
      (result) => {
        if (!result.ok) {
          say(result.error, 'error');
          if (result.state) apply(result.state, ++issued);
          return;
        }
        const sids = ids(result.notes.map((n) => n.skill));
        view.notes.set(
          dreamId,
          new Map(result.notes.map((n, i) => [`s:${dreamId}/${sids[i] as string}`, n.note])),
        );
        render();
      },
      (error: Error) => say(error.message, 'error'),
    )
    .then(() => setBusy(-1));
}

/** Reads the sheet again; `manual` when the person pressed Refresh (it says so, and un-hides). */
export function refresh(manual: boolean): void {
  if (changing) return; // the change's answer carries a fresh state anyway
  lastRefresh = Date.now();
  const seq = ++issued;
  setBusy(1);
  call('getState')
    .then(
      (result) => {
        if (manual) view.dismissed.clear();
        if (!result.ok) say(result.error, 'error');
        else if (manual) say('Up to date with the sheet.', 'ok');
        if (result.state) apply(result.state, seq);
      },
      (error: Error) => say(error.message, 'error'),
    )
    .then(() => setBusy(-1));
}

/** Milliseconds since the last refresh started. */
export function sinceRefresh(): number {
  return Date.now() - lastRefresh;
}

function apply(next: SidebarState, seq: number, focus?: string): void {
  if (seq < applied) return; // an older answer arriving late
  applied = seq;
  state = next;
  forgetVanished(next);
  render(focus);
}

/** Drops an open rename or confirmation whose dream or skill is no longer there. */
function forgetVanished(next: SidebarState): void {
  const present = new Set<string>();
  const dIds = dreamIds(next.dreams);
  next.dreams.forEach((dream, i) => {
    const id = dIds[i] as string;
    present.add(id);
    for (const sid of skillIds(dream, id)) present.add(sid);
  });
  if (view.editing && !present.has(view.editing)) view.editing = null;
  if (view.noting && !present.has(view.noting)) view.noting = null;
  if (view.review && !present.has(view.review.dreamId)) {
    view.review = null;
    say('The dream under review is no longer in the table, so the review stopped.', 'error');
  }
  if (view.confirming && !present.has(view.confirming.id)) view.confirming = null;
}

export function render(focus?: string): void {
  if (!state) return;
  if (composing) {
    deferred = { focus: focus ?? deferred?.focus };
    return;
  }
  const ctx: Ctx = { state, view, act, render, say, loadNotes };
  replaceKeepingFocus(
    app,
    () => {
      showSheetName(ctx.state);
      return renderPage(ctx);
    },
    focus,
  );
}

/**
 * Re-rendering in the middle of an input method's composition would break it: renders wait
 * for its end, and the last one asked for then runs.
 */
export function setComposing(on: boolean): void {
  composing = on;
  if (on || !deferred) return;
  const { focus } = deferred;
  deferred = null;
  render(focus);
}
