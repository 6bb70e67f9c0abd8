// The two inline editors dreams and skills share: renaming, and the question before removing
// (which plan items use too). Each shows under its row; saving or confirming is the caller's
// intent, passed in.
import { cleanName } from '../core';
import type { Ctx } from './context';
import { draftInput, prevent } from './controls';
import { button, h } from './dom';
import type { Msg } from './model';

export type Kind = 'dream' | 'skill' | 'plan';

export function renameForm(
  ctx: Ctx,
  id: string,
  current: string,
  kind: Kind,
  label: string,
  save: (newName: string) => void,
): HTMLElement {
  const fk = `${id}:rename-input`;
  const cancel = (): void => {
    ctx.dispatch(
      [
        { type: 'draft', key: fk, text: null },
        { type: 'editor', editor: null },
      ],
      `${id}:rename`,
    );
  };
  const input = draftInput(ctx, fk, current, {
    testid: `${kind}-rename-input`,
    attrs: { 'aria-label': label },
    on: {
      keydown: (event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          cancel();
        }
      },
    },
  });
  const submit = (): void => {
    const text = cleanName(input.value);
    if (!text) {
      ctx.say('A name can\u2019t be empty. To take it away, use Remove instead.', 'error');
      input.focus();
      return;
    }
    // The same name is no change: no call, no "renamed" message.
    if (text === current) {
      cancel();
      return;
    }
    save(text);
  };
  return h('form', { class: 'edit-form', on: { submit: prevent(submit) } }, [
    input,
    h('div', { class: 'buttons' }, [
      h('button', { class: 'primary', testid: `${kind}-rename-save`, attrs: { type: 'submit' } }, [
        'Save',
      ]),
      button('Cancel', cancel, { class: 'secondary', testid: `${kind}-rename-cancel` }),
    ]),
  ]);
}

/** Asks before removing: nothing leaves the sheet on one click. */
export function confirmBox(
  ctx: Ctx,
  id: string,
  kind: Kind,
  question: string,
  details: string | null,
  confirm: () => void,
  close: Msg = { type: 'editor', editor: null },
): HTMLElement {
  const cancel = (): void => {
    ctx.dispatch(close, `${id}:remove`);
  };
  const questionId = `confirm-${kind}`;
  return h(
    'div',
    {
      class: 'confirm',
      testid: `${kind}-remove-confirmation`,
      attrs: { role: 'group', 'aria-labelledby': questionId },
      on: {
        keydown: (event) => {
          if (event.key === 'Escape') {
            event.preventDefault(); // only the question closes, not the details around it
            cancel();
          }
        },
      },
    },
    [
      h(
        'p',
        {
          class: 'question',
          testid: `${kind}-remove-message`,
          attrs: { id: questionId, dir: 'auto' },
        },
        [question],
      ),
      details ? h('p', { class: 'details', attrs: { dir: 'auto' } }, [details]) : null,
      h('div', { class: 'buttons' }, [
        button('Remove', confirm, {
          class: 'danger',
          testid: `${kind}-remove-confirm`,
          fk: `${id}:remove-confirm`,
        }),
        button('Cancel', cancel, {
          class: 'secondary',
          testid: `${kind}-remove-cancel`,
          fk: `${id}:remove-cancel`,
        }),
      ]),
    ],
  );
}
