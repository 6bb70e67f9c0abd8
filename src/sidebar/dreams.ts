// The dreams section: one card per dream, the hints around them and the add-dream form.
import { cleanName, skillKey } from '../core';
import { call } from './api';
import { dreamIds } from './context';
import type { Ctx } from './context';
import { draftInput, prevent } from './controls';
import { h } from './dom';
import { dreamCard } from './dream-card';

export function renderDreams(ctx: Ctx): HTMLElement {
  const { dreams } = ctx.state;
  const ids = dreamIds(dreams);
  const list = h('div', { class: 'dream-list' });
  dreams.forEach((dream, i) => list.appendChild(dreamCard(ctx, dream, i, ids)));
  return h(
    'section',
    { class: 'section', testid: 'dreams', attrs: { 'aria-labelledby': 'dreams-title' } },
    [
      h('h2', { attrs: { id: 'dreams-title' } }, ['Your dreams']),
      dreams.length === 0
        ? h('p', { class: 'hint', testid: 'dreams-empty' }, [
            'No dreams yet. Start with one: a role or job you can picture yourself in at the high point of your career.',
          ])
        : list,
      dreams.length > 0 && dreams.length < 3
        ? h('p', { class: 'hint' }, ['Most people find three to five dreams worth writing down.'])
        : null,
      addDreamForm(ctx),
    ],
  );
}

function addDreamForm(ctx: Ctx): HTMLElement {
  const fk = 'add-dream';
  const input = draftInput(ctx, fk, '', {
    testid: 'add-dream-input',
    attrs: { 'aria-label': 'New dream', placeholder: 'New dream, e.g. CTO' },
  });
  const submit = (): void => {
    const text = cleanName(input.value);
    if (!text) {
      ctx.say('Type the dream first: a role or a job, for example.', 'error');
      input.focus();
      return;
    }
    // The new dream opens, with the focus in its add-skills input: the next step.
    const id = `d:${skillKey(text)}`;
    ctx.act(() => call('addDream', text), {
      ok: () => {
        ctx.view.drafts.delete(fk);
        ctx.view.expanded.set(id, true);
      },
      focus: `${id}:add-skill`,
    });
  };
  return h('form', { class: 'add-form', on: { submit: prevent(submit) } }, [
    input,
    h('button', { class: 'primary', testid: 'add-dream-button', attrs: { type: 'submit' } }, [
      'Add dream',
    ]),
  ]);
}
