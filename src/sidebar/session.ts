// The sidebar's one loop. Answers from the server become the model's state (model.ts, changed
// only by messages through `update`) and the page is rendered from it; the person's intents go
// out as calls (act), and each answer comes back the same way. The server is the only source
// of truth: a rating shown before its answer is marked pending, and the answer confirms it or
// rolls it back. While the sidebar is visible it asks the server, cheaply, whether the sheet
// changed (checkState), more often while the person is active, never while it is hidden.
// The Plan panel reads the follow-up view when it opens; its changes queue with the other
// changes and answer with the parts of the view they changed (a patch, merged into what is
// shown); while it is open, each check of the state is followed by one of the view
// (checkFollowUp), so what the other person changes in the plan shows here too.
import type {
  ActionResult,
  ConsentView,
  DreamRef,
  DreamView,
  FollowUpChangeResult,
  FollowUpResult,
  SidebarState,
  SkillRef,
} from '../contract';
import { call } from './api';
import type { ActOptions, Ctx, Focus, FollowUpOptions } from './context';
import { byId } from './dom';
import { replaceKeepingFocus } from './focus';
import {
  ACTIVE_MS,
  checkDelay,
  initialModel,
  shownState,
  update,
  type Model,
  type Msg,
  type PendingChange,
} from './model';
import { renderPage } from './page';
import { announce, say, showBusy, showSheetName, type Consent } from './topbar';

const app = byId('app');

let model: Model = initialModel();

/** Calls are numbered so that an older answer never overwrites a newer one. */
let issued = 0;
let applied = 0;
/** One change at a time: a second click while one runs is ignored (no double submits). */
let changing = false;
let pending = 0;
let lastRefresh = 0;
let composing = false;
let deferred: { focus: string | undefined } | null = null;
/** Actions asked for while one is running, in order: they run one after the other. */
const waiting: Array<() => void> = [];
/** Numbers the optimistic changes, so each answer settles its own. */
let changes = 0;
/** How long a change stays highlighted. */
const HIGHLIGHT_MS = 2000;
let highlightTimer: ReturnType<typeof setTimeout> | undefined;

function setBusy(delta: number): void {
  pending += delta;
  showBusy(pending, changing);
}

/** Gives the model one message, or several in order, then renders once. */
export function dispatch(msg: Msg | Msg[], focus?: Focus): void {
  for (const one of Array.isArray(msg) ? msg : [msg]) model = update(model, one);
  render(typeof focus === 'function' ? focus(model) : focus);
}

/** Gives the model a message the page already shows: no render. */
function record(msg: Msg): void {
  model = update(model, msg);
}

export function act(run: () => Promise<ActionResult>, options: ActOptions = {}): void {
  // One call at a time, in the order asked: what the person asked for while another change
  // is saving waits for it, never silently dropped (the server finds its target by content, so
  // running it a moment later is safe).
  if (changing) {
    waiting.push(() => act(run, options));
    return;
  }
  changing = true;
  clearTimeout(checkTimer); // the answer carries the state; the next check counts from it
  lastActivity = Date.now();
  const seq = ++issued;
  setBusy(1);
  const settle = (): void => {
    if (options.settles !== undefined)
      model = update(model, { type: 'settled', seq: options.settles });
  };
  run()
    .then(
      (result) => {
        settle();
        if (result.ok) {
          options.ok?.();
          say(result.message ?? '', 'ok');
        } else {
          options.fail?.();
          say(result.error, 'error', consentTo(result.confirm, options.withConsent, act, options));
        }
        if (result.state) apply(result.state, seq, result.ok ? options.focus : undefined);
        else render();
      },
      (error: Error) => {
        settle();
        options.fail?.();
        say(error.message, 'error');
        render();
      },
    )
    // finally: a bug in an answer's handling must not leave the sidebar stuck "changing".
    .finally(finished);
}

function finished(): void {
  changing = false;
  setBusy(-1);
  const next = waiting.shift();
  if (next) next();
  else schedule();
}

/**
 * Consent is to what the question named: its token goes back with the repeat, and a repeat
 * that finds something else asks again (so it keeps the same options).
 */
function consentTo<R, O>(
  ask: ConsentView | undefined,
  again: ((token: string) => Promise<R>) | undefined,
  rerun: (run: () => Promise<R>, options: O) => void,
  options: O,
): Consent | undefined {
  return ask && again
    ? { label: ask.label, run: () => rerun(() => again(ask.token), options) }
    : undefined;
}

/**
 * The follow-up view: numbered like the state, so a read sent before an action never replaces
 * the view that action answered with, and a patch never goes into a view read after it.
 */
let followUpIssued = 0;
let followUpApplied = 0;
/** Reads of the whole view on their way (getFollowUp): a check then waits for the next turn. */
let followUpReading = 0;

/** A view, a patch or a refusal from the server, unless a later answer is shown already. */
function applyFollowUp(
  result: FollowUpResult | FollowUpChangeResult,
  seq: number,
  focus?: string,
): void {
  const msg: Msg | null = result.ok
    ? 'changed' in result
      ? { type: 'followUpChanged', changed: result.changed }
      : { type: 'followUp', followUp: result.followUp }
    : result.followUp
      ? { type: 'followUp', followUp: result.followUp }
      : null;
  if (msg && seq > followUpApplied) {
    followUpApplied = seq;
    // A patch needs a view to go into: with none yet (the first read failed), read it whole.
    if (msg.type === 'followUpChanged' && !model.followUp) loadFollowUp();
    else model = update(model, msg);
  } else if (!result.ok && !model.followUp) {
    model = update(model, { type: 'followUpFailed', error: result.error });
  }
  render(focus);
}

/** A Plan panel action: queued with the other changes; its answer patches the view shown. */
export function actFollowUp(
  run: () => Promise<FollowUpChangeResult>,
  options: FollowUpOptions = {},
): void {
  if (changing) {
    waiting.push(() => actFollowUp(run, options));
    return;
  }
  changing = true;
  clearTimeout(checkTimer);
  lastActivity = Date.now();
  const seq = ++followUpIssued;
  setBusy(1);
  run()
    .then(
      (result) => {
        if (result.ok) {
          options.ok?.();
          say(result.message ?? '', 'ok');
        } else {
          options.fail?.();
          say(
            result.error,
            'error',
            consentTo(result.confirm, options.withConsent, actFollowUp, options),
          );
        }
        applyFollowUp(result, seq, result.ok ? options.focus : undefined);
      },
      (error: Error) => {
        options.fail?.();
        say(error.message, 'error');
        render();
      },
    )
    .finally(finished);
}

/** Reads the plan, the check-ins and the why (when the Plan panel opens, or the table moved). */
export function loadFollowUp(): void {
  const seq = ++followUpIssued;
  followUpReading++;
  setBusy(1);
  call('getFollowUp')
    .then(
      (result) => {
        if (!result.ok) say(result.error, 'error');
        applyFollowUp(result, seq);
      },
      (error: Error) => {
        say(error.message, 'error');
        applyFollowUp({ ok: false, error: error.message, followUp: null }, seq);
      },
    )
    .finally(() => {
      followUpReading--;
      setBusy(-1);
    });
}

/**
 * The Plan panel's check, right after the state's, so on its pace and never at the same time:
 * only while the panel is open and shows a view, the sidebar is visible, no change is running
 * and no read of the whole view is on its way (one was just asked for when the table moved).
 * Answers "same" in a few bytes, or the whole view when someone changed the plan, the
 * check-ins or a why meanwhile.
 */
function checkFollowUp(): Promise<void> {
  const shown = model.followUp;
  if (!planOpen() || !shown || document.hidden || changing || followUpReading > 0) {
    return Promise.resolve();
  }
  const seq = ++followUpIssued;
  return call('checkFollowUp', shown.fingerprint).then(
    (result) => {
      if (result.ok && 'same' in result) return;
      if (!result.ok) say(result.error, 'error');
      applyFollowUp(result, seq);
    },
    // A check that fails says nothing: the next one, or the next action, will.
    () => undefined,
  );
}

/** Reads what the exports need beyond the state, once, when "Take it with you" opens. */
export function loadExtras(): void {
  dispatch({ type: 'extras', extras: { status: 'reading' } });
  setBusy(1);
  call('getExportExtras')
    .then(
      (result) =>
        dispatch({
          type: 'extras',
          extras: result.ok
            ? { status: 'read', extras: result.extras }
            : { status: 'failed', error: result.error },
        }),
      (error: Error) =>
        dispatch({ type: 'extras', extras: { status: 'failed', error: error.message } }),
    )
    .finally(() => setBusy(-1));
}

/** The Plan panel is open: what it shows follows the table (what moved since the last check-in). */
function planOpen(): boolean {
  return model.panels.get('plan') === true;
}

/** An optimistic rating or critical change: shown at once, then sent behind any running one. */
export function change(
  skillIdList: string[],
  what: Omit<PendingChange, 'seq'>,
  run: () => Promise<ActionResult>,
): void {
  const seq = ++changes;
  dispatch({ type: 'pending', ids: skillIdList, change: what, seq });
  act(run, { settles: seq });
}

/** Selects a cell in the sheet; no state comes back unless it is refused. */
export function selectCell(ref: SkillRef | DreamRef): void {
  touched();
  // Numbered when sent: a refusal's state must not replace a newer action's answer.
  const seq = ++issued;
  call('selectCell', ref).then(
    (result) => {
      if (!result.ok) refused(result, seq);
    },
    (error: Error) => say(error.message, 'error'),
  );
}

export function loadNotes(dream: DreamView, dreamId: string): void {
  setBusy(1);
  const seq = ++issued;
  call('getNotes', { dream: dream.name, col: dream.col })
    .then(
      (result) => {
        if (result.ok) dispatch({ type: 'notes', dreamId, notes: result.notes });
        else refused(result, seq);
      },
      (error: Error) => say(error.message, 'error'),
    )
    .finally(() => setBusy(-1));
}

/** Reads the sheet again; `manual` when the person pressed Refresh (it says so, and un-hides). */
export function refresh(manual: boolean): void {
  if (changing || checking) return; // the change's answer carries a fresh state anyway
  lastRefresh = Date.now();
  const seq = ++issued;
  checking = true;
  setBusy(1);
  call('getState')
    .then(
      (result) => {
        if (manual) record({ type: 'undismiss' });
        if (!result.ok) say(result.error, 'error');
        else if (manual) say('Up to date with the sheet.', 'ok');
        const before = model.state?.fingerprint;
        if (result.state) apply(result.state, seq);
        // The Plan and Check-ins sheets may have been edited by hand: read them again too
        // (once: a table that changed has had them read again already).
        if (manual && planOpen() && model.state?.fingerprint === before) loadFollowUp();
      },
      (error: Error) => say(error.message, 'error'),
    )
    .finally(() => {
      checking = false;
      setBusy(-1);
      schedule();
    });
}

/** Milliseconds since the last refresh started. */
export function sinceRefresh(): number {
  return Date.now() - lastRefresh;
}

// Following the sheet: a check every 5 s while the person is active (pointer, keys or focus in
// the last 30 s), then 10, 20, 40, 60 s; none while the sidebar is hidden; one at a time. With
// the Plan panel open, each check is two calls, one after the other: the state's, the view's.
let lastActivity = Date.now();
let idleChecks = 0;
let checking = false;
let checkTimer: ReturnType<typeof setTimeout> | undefined;

/** The person did something: checks come back to every 5 s (a timer in a long wait restarts). */
export function touched(): void {
  lastActivity = Date.now();
  if (idleChecks === 0 && checkTimer !== undefined) return;
  idleChecks = 0;
  if (!checking) schedule();
}

function schedule(): void {
  clearTimeout(checkTimer);
  checkTimer = undefined;
  if (document.hidden || !model.state) return;
  checkTimer = setTimeout(check, checkDelay(Date.now() - lastActivity, idleChecks));
}

function check(): void {
  checkTimer = undefined;
  if (document.hidden) return;
  if (changing || checking || !model.state) {
    schedule();
    return;
  }
  if (Date.now() - lastActivity >= ACTIVE_MS) idleChecks++;
  checking = true;
  lastRefresh = Date.now();
  const seq = ++issued;
  call('checkState', model.state.fingerprint)
    .then(
      (result) => {
        if (!result.ok) refused(result, seq);
        else if ('state' in result) {
          apply(result.state, seq);
        }
      },
      // A check that fails says nothing: the next one, or the next action, will.
      () => undefined,
    )
    .then(checkFollowUp)
    .finally(() => {
      checking = false;
      schedule();
    });
}

/** The sidebar shown or hidden: no calls at all while hidden, a check at once when back. */
export function visibilityChanged(): void {
  if (document.hidden) {
    clearTimeout(checkTimer);
    checkTimer = undefined;
    return;
  }
  lastActivity = Date.now();
  idleChecks = 0;
  if (model.state && !changing && !checking) check();
  else schedule();
}

function apply(next: SidebarState, seq: number, focus?: string): void {
  if (seq < applied) {
    // An older answer arriving late: its state is not shown, but what settled meanwhile
    // (a pending mark taken off) must be.
    render(focus);
    return;
  }
  applied = seq;
  const reviewing = model.review;
  const before = model.state?.fingerprint;
  model = update(model, { type: 'state', state: next });
  if (planOpen() && before !== undefined && before !== next.fingerprint) loadFollowUp();
  if (reviewing && !model.review) {
    say('The dream under review is no longer in the table, so the review stopped.', 'error');
  }
  if (model.highlight.size) {
    clearTimeout(highlightTimer);
    highlightTimer = setTimeout(() => dispatch({ type: 'unhighlight' }), HIGHLIGHT_MS);
  }
  render(focus);
}

/** A refused call: its sentence, and the fresh state it carries. */
function refused(result: { error: string; state?: SidebarState | null }, seq: number): void {
  say(result.error, 'error');
  if (result.state) apply(result.state, seq);
}

export function render(focus?: string): void {
  const state = shownState(model);
  if (!state) return;
  if (composing) {
    deferred = { focus: focus ?? deferred?.focus };
    return;
  }
  const ctx: Ctx = {
    state,
    model,
    act,
    dispatch,
    record,
    change,
    selectCell,
    announce,
    say,
    loadNotes,
    actFollowUp,
    loadFollowUp,
    loadExtras,
  };
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
