// Modal dialogs: the add-on's alert() and prompt() (answered back to the server), and the
// preview's own confirmations.

import type { ButtonName, DialogView } from '../protocol';
import { h } from './dom';

const LABELS: Record<ButtonName, string> = {
  OK: 'OK',
  CANCEL: 'Cancel',
  YES: 'Yes',
  NO: 'No',
  CLOSE: 'Close',
};

export interface DialogSpec {
  testid: string;
  title: string;
  message: string;
  buttons: Array<{ value: ButtonName; label?: string }>;
  input?: boolean;
}

/** Shows a dialog; resolves with the button pressed (CLOSE for the ✕ or Escape). */
export function showDialog(spec: DialogSpec): {
  done: Promise<{ button: ButtonName; text: string }>;
  close: () => void;
} {
  let finish: (answer: { button: ButtonName; text: string }) => void = () => undefined;
  const done = new Promise<{ button: ButtonName; text: string }>((resolve) => (finish = resolve));
  const previousFocus = document.activeElement as HTMLElement | null;
  const input = spec.input
    ? h('input', {
        testid: `${spec.testid}-input`,
        attrs: { type: 'text', 'aria-label': 'Your answer' },
      })
    : null;
  const answer = (button: ButtonName): void => {
    overlay.remove();
    previousFocus?.focus();
    finish({ button, text: input?.value ?? '' });
  };
  const buttons = spec.buttons.map((b, i) =>
    h(
      'button',
      {
        class: i === 0 ? 'primary' : '',
        testid: `${spec.testid}-button-${b.value}`,
        attrs: { type: 'button' },
        on: { click: () => answer(b.value) },
      },
      [b.label ?? LABELS[b.value]],
    ),
  );
  const titleId = `${spec.testid}-title`;
  const box = h(
    'div',
    {
      class: 'dialog',
      testid: spec.testid,
      attrs: { role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': titleId },
    },
    [
      h('div', { class: 'dialog-head' }, [
        h('h2', { testid: `${spec.testid}-title`, attrs: { id: titleId } }, [spec.title]),
        h(
          'button',
          {
            class: 'icon',
            testid: `${spec.testid}-close`,
            attrs: { type: 'button', 'aria-label': 'Close' },
            on: { click: () => answer('CLOSE') },
          },
          ['✕'],
        ),
      ]),
      h('p', { testid: `${spec.testid}-message` }, [spec.message]),
      input,
      h('div', { class: 'buttons' }, buttons),
    ],
  );
  const overlay = h('div', { class: 'overlay' }, [box]);
  overlay.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') answer('CLOSE');
  });
  document.body.appendChild(overlay);
  (input ?? buttons[0])?.focus();
  return { done, close: () => overlay.remove() };
}

/** The add-on's alert() / prompt(), as Sheets shows them over the editor. */
export function addonDialog(view: DialogView): DialogSpec {
  return {
    testid: 'dialog',
    title: view.title,
    message: view.prompt,
    buttons: view.buttons.map((value) => ({ value })),
    input: view.kind === 'prompt',
  };
}
