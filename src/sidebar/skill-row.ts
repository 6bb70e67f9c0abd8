// One skill under a dream: its cell as the sheet shows it, its rating in words, the note,
// rename and remove buttons with their editors, and the rating controls.
import type { DreamView, SkillRef, SkillView } from '../contract';
import { skillKey } from '../core';
import { call } from './api';
import type { Ctx } from './context';
import { iconButton } from './controls';
import { h, name, q } from './dom';
import { confirmBox, renameForm } from './editors';
import { noteForm } from './skill-note';
import { skillRating } from './skill-rating';
import { marksInWords } from './words';

/** `sids` are the ids of all the dream's skills, to move the focus to a neighbour on removal. */
export function skillRow(
  ctx: Ctx,
  dream: DreamView,
  skill: SkillView,
  index: number,
  sids: string[],
  dreamId: string,
): HTMLElement {
  const { view } = ctx;
  const id = sids[index] as string;
  const ref: SkillRef = { dream: dream.name, skill: skill.name, row: skill.row };

  const line = h('div', { class: 'skill-line' }, [
    name(skill.name, {
      testid: 'skill-name',
      class: `cell clamp fill-${skill.rating}${skill.critical ? ' bold' : ''}`,
      attrs: { title: `Cell ${skill.cell}` },
    }),
    h('span', { class: 'rating-words', testid: 'skill-rating' }, [
      marksInWords(skill.rating, skill.critical),
    ]),
    iconButton(
      '\u2139',
      `What ${q(skill.name)} means for this dream (the cell\u2019s note)`,
      'skill-note',
      `${id}:note`,
      () => {
        view.noting = view.noting === id ? null : id;
        view.editing = null;
        view.confirming = null;
        if (view.noting) ctx.loadNotes(dream, dreamId);
        ctx.render(view.noting ? `${id}:note-input` : `${id}:note`);
      },
    ),
    iconButton('\u270E', `Rename ${q(skill.name)}`, 'skill-rename', `${id}:rename`, () => {
      view.editing = id;
      view.confirming = null;
      ctx.render(`${id}:rename-input`);
    }),
    iconButton(
      '\u2715',
      `Remove ${q(skill.name)} from ${q(dream.name)}`,
      'skill-remove',
      `${id}:remove`,
      () => {
        view.confirming = { id, skills: [skill.name] };
        view.editing = null;
        ctx.render(`${id}:remove-cancel`);
      },
    ),
  ]);

  const parts: Array<HTMLElement | null> = [line];
  if (view.editing === id) {
    parts.push(
      renameForm(ctx, id, skill.name, 'skill', `New name for ${q(skill.name)}`, (newName) => {
        const newId = `s:${dreamId}/${skillKey(newName)}`;
        ctx.act(() => call('renameSkill', ref, newName), {
          ok: () => {
            view.editing = null;
          },
          focus: `${newId}:rename`,
        });
      }),
    );
  }
  if (view.noting === id) parts.push(noteForm(ctx, dreamId, id, skill, ref));
  if (view.confirming && view.confirming.id === id) {
    const neighbour = sids[index + 1] ?? sids[index - 1];
    parts.push(
      confirmBox(ctx, id, 'skill', `Remove ${q(skill.name)} from ${q(dream.name)}?`, null, () =>
        ctx.act(() => call('removeSkill', ref), {
          ok: () => {
            view.confirming = null;
          },
          fail: () => {
            view.confirming = null;
          },
          focus: neighbour ? `${neighbour}:remove` : `${dreamId}:add-skill`,
        }),
      ),
    );
  }
  parts.push(skillRating(ctx, skill, ref, id));
  return h(
    'li',
    { class: `skill${skill.critical ? ' is-critical' : ''}`, testid: `skill-${index}` },
    parts,
  );
}
