// Every answer re-renders the whole page. This builds the new content, swaps it in and puts
// back what the person was on: the focused element (found again by its focus key, data-fk),
// the selection in an input and the scroll position; or moves the focus where an action asked.
/**
 * True while the old page is taken off: Chrome blurs the focused field as it goes, and that is
 * not the person leaving it (controls.ts saves a day on blur).
 */
export let swapping = false;

export function replaceKeepingFocus(
  app: HTMLElement,
  build: () => Array<HTMLElement | null>,
  focus?: string,
): void {
  const active = document.activeElement as HTMLElement | null;
  const activeKey = active && app.contains(active) ? active.getAttribute('data-fk') : null;
  // An input's or a note's caret and selection, put back after the render (an update from the
  // other person can arrive mid-word).
  const typing = (el: unknown): el is HTMLInputElement | HTMLTextAreaElement =>
    el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement;
  const selection = typing(active)
    ? ([active.selectionStart ?? 0, active.selectionEnd ?? 0] as const)
    : null;
  const scroll = window.scrollY;

  const parts = build();
  swapping = true;
  try {
    app.textContent = '';
    for (const part of parts) if (part) app.appendChild(part);
  } finally {
    swapping = false;
  }
  window.scrollTo(0, scroll);

  const key = focus ?? activeKey;
  if (!key) return;
  const target =
    Array.from(document.querySelectorAll<HTMLElement>('[data-fk]')).find(
      (el) => el.getAttribute('data-fk') === key,
    ) ?? fallback(app);
  if (!target) return;
  if (focus) {
    // Moved on purpose: scroll to it, and select its text so typing replaces it.
    target.focus();
    if (target instanceof HTMLInputElement && target.value) target.select();
  } else {
    target.focus({ preventScroll: true });
    if (typing(target) && selection) {
      target.setSelectionRange(selection[0], selection[1]);
    }
  }
}

/**
 * Where focus goes when what the person was on is gone (renamed or removed by the other person,
 * filtered out, or closed by a refusal): the skill list's tab stop, else the first control, so
 * it never drops to the page where the next letter key would do nothing.
 */
function fallback(app: HTMLElement): HTMLElement | null {
  return (
    app.querySelector<HTMLElement>('[data-fk][tabindex="0"]') ??
    app.querySelector<HTMLElement>('[data-fk]')
  );
}
