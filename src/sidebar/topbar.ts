// The top bar's live parts, outside the re-rendered page: the sheet's name, the busy spinner,
// the status message (with its consent button) and the Refresh button.
import type { SidebarState } from '../contract';
import { byId, q } from './dom';

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
  statusClose.addEventListener('click', () => {
    say('', 'ok');
    refreshButton.focus();
  });
}
