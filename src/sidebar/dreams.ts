// The dreams section: one card per dream, the hints around them and the add-dream form.
import { cleanName, skillKey } from '../core';
import { call } from './api';
import { dreamIds } from './context';
import type { Ctx } from './context';
import { draftInput, prevent } from './controls';
import { button, h, textInput } from './dom';
import { dreamCard } from './dream-card';

export function renderDreams(ctx: Ctx): HTMLElement {
  const { dreams } = ctx.state;
  const ids = dreamIds(dreams);
  const list = h('div', { class: 'dream-list' });
  dreams.forEach((dream, i) => list.appendChild(dreamCard(ctx, dream, i, ids)));
  return h(
    'section',
    {
      class: 'section',
      testid: 'dreams',
      attrs: { id: 'dreams', 'aria-labelledby': 'dreams-title' },
    },
    [
      h('div', { class: 'section-head' }, [
        h('h2', { attrs: { id: 'dreams-title', tabindex: -1, 'data-section-focus': true } }, [
          'Your dreams',
        ]),
        dreams.length ? foldAll(ctx) : null,
      ]),
      dreams.length ? filterBox(ctx) : null,
      dreams.length
        ? h('p', { class: 'hint keys', attrs: { id: 'skill-keys' } }, [
            'On a skill: R Y G N rate \u00B7 C critical \u00B7 Enter details \u00B7 \u2191\u2193 move',
          ])
        : null,
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
      withConsent: (token) => call('addDream', text, token),
      ok: () => ctx.record({ type: 'draft', key: fk, text: null }),
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

/** Folds all the dreams away, or opens them all. */
function foldAll(ctx: Ctx): HTMLElement {
  const allFolded =
    ctx.state.dreams.length > 0 && ctx.model.collapsed.size >= ctx.state.dreams.length;
  return button(
    allFolded ? 'Expand all' : 'Collapse all',
    () => ctx.dispatch({ type: 'foldAll', folded: !allFolded }, 'fold-all'),
    { class: 'small', testid: 'dreams-fold-all', fk: 'fold-all' },
  );
}

/** Filters the skills by name, across dreams, as the person types. */
function filterBox(ctx: Ctx): HTMLElement {
  const input = textInput({
    key: 'skill-filter',
    attrs: {
      'aria-label': 'Filter skills by name',
      placeholder: 'Filter skills\u2026',
      spellcheck: false,
    },
    on: {
      input: () => ctx.dispatch({ type: 'filter', text: input.value }),
      keydown: (event) => {
        if (event.key === 'Escape' && input.value) {
          event.preventDefault();
          ctx.dispatch({ type: 'filter', text: '' }, 'skill-filter');
        }
      },
    },
  });
  input.value = ctx.model.filter;
  return h('div', { class: 'filter' }, [input]);
}
