// Small controls the views share: icon buttons, ticks, inputs whose text survives a re-render,
// forms that stay on the page, and arrow keys inside a group of buttons.
import type { Ctx } from './context';
import { button, h, textInput } from './dom';

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
