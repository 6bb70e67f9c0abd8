// The sidebar's entry point: wires the page's events to the session and reads the sheet once.
// session.ts runs the calls and renders; page.ts and the modules it uses draw the state.
import { loadLibrary } from './library';
import { refresh, render, setComposing, sinceRefresh, touched, visibilityChanged } from './session';
import { wireTopbar } from './topbar';

/** Coming back to the sidebar refreshes it, but not more often than this. */
const FOCUS_REFRESH_MS = 3000;

wireTopbar(() => refresh(true));
// The person comes back after editing the sheet by hand, or the other person edited it.
window.addEventListener('focus', () => {
  touched();
  if (sinceRefresh() > FOCUS_REFRESH_MS) refresh(false);
});
// Hidden: no calls at all. Visible again: one check at once, then the usual pace.
document.addEventListener('visibilitychange', visibilityChanged);
// The person is active: the sidebar checks the sheet more often.
for (const type of ['pointerdown', 'keydown', 'focusin'] as const) {
  document.addEventListener(type, touched, { passive: true });
}
document.addEventListener('compositionstart', () => setComposing(true));
document.addEventListener('compositionend', () => setComposing(false));

refresh(false);
loadLibrary(() => render());
