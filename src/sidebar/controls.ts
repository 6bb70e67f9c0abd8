// Small controls the views share: icon buttons, ticks, inputs whose text survives a re-render,
// labelled fields, day pickers, forms that stay on the page, and arrow keys inside a group of
// buttons.
import type { Ctx } from './context';
import { button, h, textInput } from './dom';
import { swapping } from './focus';
import type { Child } from './dom';

/** An input whose typed text survives re-renders (the sidebar re-renders after every call). */
export function draftInput(
  ctx: Ctx,
  fk: string,
  initial: string,
  props: Parameters<typeof textInput>[0],
): HTMLInputElement {
  const input = textInput({ ...props, fk });
  input.value = ctx.model.drafts.get(fk) ?? initial;
  keepDraft(ctx, input, fk);
  return input;
}

/** Keeps what is typed in `input` as the draft under `fk` (no re-render: the page shows it). */
export function keepDraft(
  ctx: Ctx,
  input: HTMLInputElement | HTMLTextAreaElement,
  fk: string,
): void {
  input.addEventListener('input', () => ctx.record({ type: 'draft', key: fk, text: input.value }));
}

/** A button showing only an icon: the label is for screen readers and the tooltip. */
export function iconButton(
  icon: string,
  label: string,
  testid: string,
  fk: string,
  onClick: () => void,
): HTMLButtonElement {
  return button(h('span', { attrs: { 'aria-hidden': 'true' } }, [icon]), onClick, {
    class: 'icon',
    testid,
    fk,
    attrs: { 'aria-label': label, title: label },
  });
}

/** The check mark of a pressed toggle; aria-pressed says it to screen readers. */
export function tick(on: boolean): HTMLElement {
  return h('span', { class: 'tick', attrs: { 'aria-hidden': 'true' } }, [on ? '\u2713' : '']);
}

/** A submit handler that keeps the page where it is (Apps Script's frame must not navigate). */
export function prevent(fn: () => void): (event: Event) => void {
  return (event) => {
    event.preventDefault();
    fn();
  };
}

/** Left / right (and up / down) arrows move between the buttons of a group. */
export function arrowKeys(event: KeyboardEvent): void {
  const group = event.currentTarget as HTMLElement;
  const buttons = Array.from(group.querySelectorAll<HTMLButtonElement>('button'));
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (at < 0) return;
  const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
  if (!step) return;
  event.preventDefault();
  const next = buttons[(at + step + buttons.length) % buttons.length];
  next?.focus();
}

/** A labelled control: the label's text above it, clicking the text focuses the control. */
export function field(label: string, control: HTMLElement): HTMLElement {
  return h('label', { class: 'field' }, [h('span', {}, [label]), control]);
}

/** The day each date field last sent, by key, while its draft waits for the answer. */
const sentDays = new Map<string, string>();

/**
 * An `<input type=date>` (its value is 'yyyy-MM-dd' or ''), the day typed kept as a draft under
 * `key` across re-renders. With `save`, the day is saved when the person leaves the field or
 * presses Enter, not on `change`: Chrome fires that at every digit of the year that makes a
 * valid day (0002, 0020, 0202, 2026). A day half typed (`badInput`) is left alone. The
 * caller clears the draft when the answer comes, whether the day was saved or refused.
 */
export function dateInput(
  ctx: Ctx,
  key: string,
  value: string,
  label?: string,
  save?: (day: string) => void,
): HTMLInputElement {
  const input = h('input', { key, attrs: { type: 'date', 'aria-label': label } });
  const draft = ctx.model.drafts.get(key);
  input.value = draft ?? value;
  input.addEventListener('input', () => ctx.record({ type: 'draft', key, text: input.value }));
  // A day sent stays a draft until its answer: drawn again meanwhile (a check of the sheet
  // answered), the field must not send it a second time when the person leaves it.
  if (draft === undefined) sentDays.delete(key);
  let sent = value;
  const commit = (): void => {
    if (!save || input.validity.badInput || input.value === sent) return;
    // A re-render mid-typing is not the person leaving the field (a year typed as far as 0002
    // is a valid day); a day on its way is not sent again.
    if (swapping || input.value === sentDays.get(key)) return;
    sent = input.value;
    sentDays.set(key, sent);
    save(sent);
  };
  input.addEventListener('blur', commit);
  input.addEventListener('keydown', (event) => {
    if (save && event.key === 'Enter') {
      event.preventDefault();
      commit();
    }
  });
  return input;
}

/** Sentences about odd rows of a record sheet, as a small list (nothing when there are none). */
export function warningList(warnings: string[]): Child {
  return warnings.length
    ? h(
        'ul',
        { class: 'hint small' },
        warnings.map((w) => h('li', { attrs: { dir: 'auto' } }, [w])),
      )
    : null;
}
