// The top bar's live parts, outside the re-rendered page: the sheet's name, the busy spinner,
// the status message (with its consent button) and the Refresh button.
import type { SidebarState } from '../contract';
import { button, byId, h, q } from './dom';

const app = byId('app');
const statusEl = byId('status');
const busyEl = byId('busy');
const busyText = byId('busy-text');
const sheetEl = byId('sheet');
const refreshButton = byId('refresh') as HTMLButtonElement;
const statusClose = byId('status-close');
const announcer = byId('announce');

/** A success message goes away after a while; an error stays until the next action. */
const MESSAGE_MS = 10_000;
let messageTimer: ReturnType<typeof setTimeout> | undefined;

/** A button offered beside an error: the same action, with the user's consent. */
export interface Consent {
  label: string;
  run: () => void;
}

export function say(text: string, kind: 'ok' | 'error', consent?: Consent): void {
  clearTimeout(messageTimer);
  const put = (): void => {
    statusEl.textContent = '';
    statusEl.setAttribute('data-kind', kind);
    statusClose.hidden = !text;
    if (!text) return;
    if (kind === 'ok') messageTimer = setTimeout(() => say('', 'ok'), MESSAGE_MS);
    statusEl.append(
      h('span', { class: 'status-icon', attrs: { 'aria-hidden': 'true' } }, [
        kind === 'ok' ? '\u2713' : '\u26A0',
      ]),
      h('span', { class: 'status-words', attrs: { dir: 'auto' } }, [text]),
    );
    if (consent) {
      const yes = (): void => {
        say('', 'ok');
        consent.run();
      };
      statusEl.append(
        button(consent.label, yes, { class: 'status-consent', testid: 'status-consent' }),
      );
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

/** Says a sentence to screen readers only (a polite live region that stays on the page). */
export function announce(text: string): void {
  if (announcer.textContent === text) return;
  announcer.textContent = text;
}

/** `pending` calls in flight; `changing` when one of them changes the sheet. */
export function showBusy(pending: number, changing: boolean): void {
  busyEl.hidden = pending === 0;
  busyText.textContent = changing ? 'Saving\u2026' : 'Checking the sheet\u2026';
  app.setAttribute('aria-busy', String(pending > 0));
  document.body.classList.toggle('is-changing', changing);
}

export function showSheetName(state: SidebarState): void {
  sheetEl.textContent = state.sheetName ? `Sheet ${q(state.sheetName)}` : 'No dreams table yet';
}

/** Refresh reads the sheet again; closing a message puts the focus back on Refresh. */
export function wireTopbar(refresh: () => void): void {
  refreshButton.addEventListener('click', refresh);
  // The section links: one step to each section, whatever is open above it.
  for (const link of Array.from(document.querySelectorAll<HTMLButtonElement>('[data-goto]'))) {
    link.addEventListener('click', () => {
      const target = document.getElementById(link.getAttribute('data-goto') ?? '');
      if (!target) return;
      if (target instanceof HTMLDetailsElement) target.open = true;
      const heading = target.querySelector<HTMLElement>('[data-section-focus]') ?? target;
      heading.focus();
      heading.scrollIntoView({ block: 'start' });
    });
  }
  statusClose.addEventListener('click', () => {
    say('', 'ok');
    refreshButton.focus();
  });
}
