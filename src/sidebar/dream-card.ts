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
import { editorOn, matchesFilter } from './model';
import { skillRow } from './skill-row';

/** `ids` are the ids of all the dreams, to move the focus to a neighbour on removal. */
export function dreamCard(ctx: Ctx, dream: DreamView, index: number, ids: string[]): HTMLElement {
  const id = ids[index] as string;
  // Open unless folded: a skill takes one line, so all dreams fit open.
  const expanded = !ctx.model.collapsed.has(id);
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
    () => ctx.dispatch({ type: 'fold', dreamId: id, folded: expanded }, `${id}:toggle`),
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
      ctx.dispatch({ type: 'editor', editor: { kind: 'rename', id } }, `${id}:rename-input`);
    }),
    iconButton('\u2715', `Remove ${q(dream.name)}`, 'dream-remove', `${id}:remove`, () => {
      // The skills shown in the question are the ones removed: the server refuses otherwise.
      const skills = dream.skills.map((s) => s.name);
      ctx.dispatch(
        { type: 'editor', editor: { kind: 'remove', id, skills } },
        `${id}:remove-cancel`,
      );
    }),
  ]);

  const parts: Array<HTMLElement | null> = [head];
  const confirming = editorOn(ctx.model, 'remove', id);
  if (editorOn(ctx.model, 'rename', id)) {
    parts.push(
      renameForm(ctx, id, dream.name, 'dream', `New name for ${q(dream.name)}`, (newName) => {
        const newId = `d:${skillKey(newName)}`;
        ctx.act(() => call('renameDream', ref, newName), {
          ok: () => ctx.dispatch({ type: 'editor', editor: null }),
          focus: `${newId}:toggle`,
        });
      }),
    );
  }
  if (confirming) {
    const shown = confirming.skills;
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
            withConsent: (token) => call('removeDream', ref, shown, token),
            ok: () => ctx.dispatch({ type: 'editor', editor: null }),
            // Refused (the dream changed meanwhile): ask again, with what it holds now.
            fail: () => ctx.dispatch({ type: 'editor', editor: null }),
            focus: neighbour ? `${neighbour}:toggle` : 'add-dream',
          }),
      ),
    );
  }
  if (expanded) parts.push(dreamBody(ctx, dream, id, ref, bodyId));
  const changed = ctx.model.highlight.has(id) ? ' is-changed' : '';
  return h('div', { class: `dream${changed}`, testid: `dream-${index}` }, parts);
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
  let shown = 0;
  dream.skills.forEach((skill, j) => {
    if (!matchesFilter(skill.name, ctx.model.filter)) return;
    shown++;
    list.appendChild(skillRow(ctx, dream, skill, j, sids, id));
  });
  return h('div', { class: 'dream-body', attrs: { id: bodyId } }, [
    dream.skills.length ? reviewLine(ctx, dream, id) : null,
    dream.skills.length && !shown
      ? h('p', { class: 'hint', testid: 'dream-no-match' }, ['No skill here matches the filter.'])
      : null,
    dream.skills.length
      ? list
      : h('p', { class: 'hint', testid: 'dream-no-skills' }, [
          `No skills yet. What would this dream take? Type to search ${librarySkillList().length || 'the'} suggested skills and the ones in your other dreams, or browse them by group.`,
        ]),
    addSkillsForm(ctx, dream, id, ref),
  ]);
}
