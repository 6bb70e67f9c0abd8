// The sidebar: loads the state, renders it, runs actions through the contract and renders each
// answer. The server is the only source of truth; the sidebar keeps nothing but its view (what
// is open, what is being typed).
import type { ActionResult, DreamView, SidebarState } from '../contract';
import { call } from './api';
import { dreamIds, ids, skillIds } from './context';
import type { ActOptions, Ctx, ViewState } from './context';
import { q } from './dom';
import { loadLibrary } from './library';
import { renderDreams } from './render-dreams';
import { renderExport } from './render-export';
import { renderReview } from './review';
import {
  renderEmpty,
  renderGuide,
  renderPriorities,
  renderSelection,
  renderWarnings,
} from './render-panels';

/** Coming back to the sidebar refreshes it, but not more often than this. */
const FOCUS_REFRESH_MS = 3000;

const app = byId('app');
const statusEl = byId('status');
const busyEl = byId('busy');
const busyText = byId('busy-text');
const sheetEl = byId('sheet');
const refreshButton = byId('refresh') as HTMLButtonElement;
const statusClose = byId('status-close');

/** A success message goes away after a while; an error stays until the next action. */
const MESSAGE_MS = 10_000;
let messageTimer: ReturnType<typeof setTimeout> | undefined;

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

function byId(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`sidebar: #${id} is missing`);
  return el;
}

function setBusy(delta: number): void {
  pending += delta;
  busyEl.hidden = pending === 0;
  busyText.textContent = changing ? 'Saving\u2026' : 'Checking the sheet\u2026';
  app.setAttribute('aria-busy', String(pending > 0));
  document.body.classList.toggle('is-changing', changing);
}

/** A button offered beside an error: the same action, with the user's consent. */
interface Consent {
  label: string;
  run: () => void;
}

function say(text: string, kind: 'ok' | 'error', consent?: Consent): void {
  clearTimeout(messageTimer);
  const put = (): void => {
    statusEl.textContent = '';
    statusEl.setAttribute('data-kind', kind);
    statusClose.hidden = !text;
    if (!text) return;
    if (kind === 'ok') messageTimer = setTimeout(() => say('', 'ok'), MESSAGE_MS);
    const icon = document.createElement('span');
    icon.setAttribute('aria-hidden', 'true');
    icon.className = 'status-icon';
    icon.textContent = kind === 'ok' ? '\u2713' : '\u26A0';
    const words = document.createElement('span');
    words.className = 'status-words';
    words.setAttribute('dir', 'auto');
    words.textContent = text;
    statusEl.append(icon, words);
    if (consent) {
      const yes = document.createElement('button');
      yes.type = 'button';
      yes.className = 'status-consent';
      yes.setAttribute('data-testid', 'status-consent');
      yes.textContent = consent.label;
      yes.addEventListener('click', () => {
        say('', 'ok');
        consent.run();
      });
      statusEl.append(yes);
    }
  };
  // The same sentence twice in a row is announced again only if the region changes in between.
  if (text && statusEl.textContent && statusEl.textContent.endsWith(text)) {
    statusEl.textContent = '';
    setTimeout(put, 60);
  } else {
    put();
  }
}

function act(run: () => Promise<ActionResult>, options: ActOptions = {}): void {
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

function loadNotes(dream: DreamView, dreamId: string): void {
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

function refresh(manual: boolean): void {
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

function render(focus?: string): void {
  if (!state) return;
  if (composing) {
    deferred = { focus: focus ?? deferred?.focus };
    return;
  }
  const active = document.activeElement as HTMLElement | null;
  const activeKey = active && app.contains(active) ? active.getAttribute('data-fk') : null;
  const selection =
    active instanceof HTMLInputElement
      ? ([active.selectionStart ?? 0, active.selectionEnd ?? 0] as const)
      : null;
  const scroll = window.scrollY;

  const ctx: Ctx = { state, view, act, render, say, loadNotes };
  sheetEl.textContent = state.sheetName ? `Sheet ${q(state.sheetName)}` : 'No dreams table yet';
  const parts =
    state.sheetName === null
      ? [renderWarnings(ctx), renderEmpty(ctx), renderGuide(ctx)]
      : view.review
        ? [renderWarnings(ctx), renderReview(ctx), renderGuide(ctx)]
        : [
            renderWarnings(ctx),
            renderDreams(ctx),
            renderSelection(ctx),
            renderPriorities(ctx),
            renderExport(ctx),
            renderGuide(ctx),
          ];
  app.textContent = '';
  for (const part of parts) if (part) app.appendChild(part);
  window.scrollTo(0, scroll);

  const key = focus ?? activeKey;
  if (!key) return;
  const target = Array.from(document.querySelectorAll<HTMLElement>('[data-fk]')).find(
    (el) => el.getAttribute('data-fk') === key,
  );
  if (!target) return;
  if (focus) {
    target.focus();
    if (target instanceof HTMLInputElement && target.value) target.select();
  } else {
    target.focus({ preventScroll: true });
    if (target instanceof HTMLInputElement && selection) {
      target.setSelectionRange(selection[0], selection[1]);
    }
  }
}

refreshButton.addEventListener('click', () => refresh(true));
statusClose.addEventListener('click', () => {
  say('', 'ok');
  refreshButton.focus();
});
// The person comes back after editing the sheet by hand, or the other person edited it.
window.addEventListener('focus', () => {
  if (Date.now() - lastRefresh > FOCUS_REFRESH_MS) refresh(false);
});
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible' && Date.now() - lastRefresh > FOCUS_REFRESH_MS) {
    refresh(false);
  }
});
// Re-rendering in the middle of an input method's composition would break it: wait.
document.addEventListener('compositionstart', () => {
  composing = true;
});
document.addEventListener('compositionend', () => {
  composing = false;
  if (deferred) {
    const { focus } = deferred;
    deferred = null;
    render(focus);
  }
});

refresh(false);
loadLibrary(() => render());
