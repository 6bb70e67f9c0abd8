// One dream, a collapsible section: its heading (name and summary) with rename and remove,
// their editors, and when open its review line, its skills and the add-skills form.
import type { DreamRef, DreamView } from '../contract';
import { skillKey } from '../core';
import { addSkillsForm } from './add-skills';
import { call } from './api';
import { count, skillIds } from './context';
import type { Ctx } from './context';
import { iconButton } from './controls';
import { button, h, name, q } from './dom';
import { dreamSummary, reviewLine } from './dream-progress';
import { confirmBox, renameForm } from './editors';
import { librarySkillList } from './library';
import { skillRow } from './skill-row';

/** `ids` are the ids of all the dreams, to move the focus to a neighbour on removal. */
export function dreamCard(ctx: Ctx, dream: DreamView, index: number, ids: string[]): HTMLElement {
  const { view, state } = ctx;
  const id = ids[index] as string;
  // Open by default when it is the only dream; remembered from then on, so adding a second
  // dream does not fold the first away.
  const expanded = view.expanded.get(id) ?? state.dreams.length === 1;
  view.expanded.set(id, expanded);
  const bodyId = `dream-body-${index}`;
  const ref: DreamRef = { dream: dream.name, col: dream.col };

  const toggle = button(
    [
      h('span', { class: 'caret', attrs: { 'aria-hidden': 'true' } }, [
        expanded ? '\u25BE' : '\u25B8',
      ]),
      h('span', { class: 'toggle-text' }, [
        name(dream.name, { testid: 'dream-name', class: 'clamp' }),
        h('span', { class: 'summary', testid: 'dream-summary' }, [dreamSummary(dream)]),
      ]),
    ],
    () => {
      view.expanded.set(id, !expanded);
      ctx.render(`${id}:toggle`);
    },
    {
      class: 'dream-toggle',
      testid: 'dream-toggle',
      fk: `${id}:toggle`,
      attrs: { 'aria-expanded': String(expanded), 'aria-controls': expanded ? bodyId : null },
    },
  );

  const head = h('div', { class: 'dream-head' }, [
    h('h3', {}, [toggle]),
    iconButton('\u270E', `Rename ${q(dream.name)}`, 'dream-rename', `${id}:rename`, () => {
      view.editing = id;
      view.confirming = null;
      ctx.render(`${id}:rename-input`);
    }),
    iconButton('\u2715', `Remove ${q(dream.name)}`, 'dream-remove', `${id}:remove`, () => {
      // The skills shown in the question are the ones removed: the server refuses otherwise.
      view.confirming = { id, skills: dream.skills.map((s) => s.name) };
      view.editing = null;
      ctx.render(`${id}:remove-cancel`);
    }),
  ]);

  const parts: Array<HTMLElement | null> = [head];
  if (view.editing === id) {
    parts.push(
      renameForm(ctx, id, dream.name, 'dream', `New name for ${q(dream.name)}`, (newName) => {
        const newId = `d:${skillKey(newName)}`;
        ctx.act(() => call('renameDream', ref, newName), {
          ok: () => {
            view.editing = null;
            view.expanded.set(newId, expanded);
          },
          focus: `${newId}:toggle`,
        });
      }),
    );
  }
  if (view.confirming && view.confirming.id === id) {
    const shown = view.confirming.skills;
    const question = shown.length
      ? `Remove ${q(dream.name)} and its ${count(shown.length, 'skill', 'skills')} from the sheet?`
      : `Remove ${q(dream.name)} from the sheet? It has no skills.`;
    const neighbour = ids[index + 1] ?? ids[index - 1];
    parts.push(
      confirmBox(
        ctx,
        id,
        'dream',
        question,
        shown.length ? `Skills: ${shown.join(', ')}` : null,
        () =>
          ctx.act(() => call('removeDream', ref, shown), {
            ok: () => {
              view.confirming = null;
            },
            // Refused (the dream changed meanwhile): ask again, with what it holds now.
            fail: () => {
              view.confirming = null;
            },
            focus: neighbour ? `${neighbour}:toggle` : 'add-dream',
          }),
      ),
    );
  }
  if (expanded) parts.push(dreamBody(ctx, dream, id, ref, bodyId));
  return h('div', { class: 'dream', testid: `dream-${index}` }, parts);
}

function dreamBody(
  ctx: Ctx,
  dream: DreamView,
  id: string,
  ref: DreamRef,
  bodyId: string,
): HTMLElement {
  const sids = skillIds(dream, id);
  const list = h('ul', {
    class: 'skills',
    attrs: { 'aria-label': `Skills for ${q(dream.name)}` },
  });
  dream.skills.forEach((skill, j) => list.appendChild(skillRow(ctx, dream, skill, j, sids, id)));
  return h('div', { class: 'dream-body', attrs: { id: bodyId } }, [
    dream.skills.length ? reviewLine(ctx, dream, id) : null,
    dream.skills.length
      ? list
      : h('p', { class: 'hint', testid: 'dream-no-skills' }, [
          `No skills yet. What would this dream take? Type to search ${librarySkillList().length || 'the'} suggested skills and the ones in your other dreams, or browse them by group.`,
        ]),
    addSkillsForm(ctx, dream, id, ref),
  ]);
}
