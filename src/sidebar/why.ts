// The Plan panel's why of each dream: what makes it worth having, kept as the note of the
// dream's header cell (one motivation a line). A pick list of common motivations adds or takes
// away a line; anything else is typed freely. Motivations several dreams share are listed the
// way the priorities list shared gaps: they say what any of those dreams would give.
import type { FollowUpView, WhyView } from '../contract';
import { toggleMotivation } from '../core';
import { call } from './api';
import type { Ctx } from './context';
import { keepDraft } from './controls';
import { button, h, name, q } from './dom';
import type { Child } from './dom';
import { editorOn } from './model';
import { ids } from './ids';
import { motivationChoices } from './plan-view';

export function renderWhy(ctx: Ctx, view: FollowUpView): Child[] {
  // The dreams' own ids (as in the dreams list), so an open editor follows its dream.
  const dreamIds = ids(view.why.map((w) => w.dream)).map((id) => `d:${id}`);
  return [
    h('h3', {}, ['Why each dream']),
    h('p', { class: 'hint small' }, [
      'What would make each dream worth having? Kept as the note of the dream\u2019s name in the sheet.',
    ]),
    view.sharedMotivations.length
      ? h('div', { testid: 'shared-motivations' }, [
          h('p', {}, ['Shared by several dreams:']),
          h(
            'ul',
            { class: 'priorities' },
            view.sharedMotivations.map((m) =>
              h('li', { class: 'priority' }, [
                h('div', { class: 'priority-text' }, [
                  name(m.motivation, { testid: 'shared-motivation' }, 'strong'),
                  h('span', { class: 'why', attrs: { dir: 'auto' } }, [
                    `In: ${m.dreams.join(', ')}`,
                  ]),
                ]),
              ]),
            ),
          ),
        ])
      : null,
    h(
      'ul',
      { class: 'why-list' },
      view.why.map((w, i) => renderDreamWhy(ctx, w, dreamIds[i] as string, i)),
    ),
  ];
}

function renderDreamWhy(ctx: Ctx, why: WhyView, id: string, index: number): HTMLElement {
  const open = editorOn(ctx.model, 'why', id);
  return h('li', { class: 'plan-item', testid: `why-${index}` }, [
    name(why.dream, { testid: 'why-dream' }, 'strong'),
    h('span', { class: 'why', testid: 'why-motivations', attrs: { dir: 'auto' } }, [
      why.motivations.length ? why.motivations.join(', ') : 'No why written yet.',
    ]),
    open
      ? whyEditor(ctx, why, id)
      : button(
          'Edit why',
          () => ctx.dispatch({ type: 'editor', editor: { kind: 'why', id } }, `${id}:why-input`),
          {
            class: 'link small',
            fk: `${id}:why`,
            testid: 'why-edit',
            attrs: { 'aria-label': `Edit why ${q(why.dream)}` },
          },
        ),
  ]);
}

function whyEditor(ctx: Ctx, why: WhyView, id: string): HTMLElement {
  const fk = `${id}:why-input`;
  const forget = { type: 'draft', key: fk, text: null } as const;
  const close = (): void => ctx.dispatch([forget, { type: 'editor', editor: null }], `${id}:why`);
  const input = h('textarea', {
    testid: 'why-input',
    fk,
    attrs: {
      rows: 4,
      dir: 'auto',
      'aria-label': `Why ${q(why.dream)}: one motivation a line`,
      placeholder: 'One a line, in your own words',
    },
    on: {
      keydown: (event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          close();
        }
      },
    },
  });
  input.value = ctx.model.drafts.get(fk) ?? why.note;
  keepDraft(ctx, input, fk);
  const picks = motivationChoices(input.value).map((m, i) =>
    button(
      m.name,
      () => {
        const text = toggleMotivation(input.value, m.name, !m.on);
        ctx.dispatch({ type: 'draft', key: fk, text }, `${id}:why-pick-${i}`);
      },
      {
        class: 'suggestion',
        fk: `${id}:why-pick-${i}`,
        testid: 'why-pick',
        attrs: { 'aria-pressed': String(m.on), title: m.hint },
      },
    ),
  );
  const save = (): void =>
    ctx.actFollowUp(() => call('setDreamWhy', { dream: why.dream, col: why.col }, input.value), {
      ok: () => ctx.dispatch([forget, { type: 'editor', editor: null }]),
      focus: `${id}:why`,
    });
  return h('div', { class: 'edit-form', testid: 'why-editor' }, [
    h(
      'div',
      { class: 'suggestions', attrs: { role: 'group', 'aria-label': 'Common motivations' } },
      picks,
    ),
    input,
    h('div', { class: 'buttons' }, [
      // Focus keys: after a refusal (no focus named), the redrawn page gives the focus back.
      button('Save', save, { class: 'primary', testid: 'why-save', fk: `${id}:why-save` }),
      button('Cancel', close, { class: 'secondary', testid: 'why-cancel', fk: `${id}:why-cancel` }),
    ]),
  ]);
}
