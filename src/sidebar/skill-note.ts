// A skill's note editor: what the skill means, or the bar for this dream, kept as the cell's
// note so it stays in the sheet. The dream's notes are read once (loadNotes) when one opens.
import type { SkillRef, SkillView } from '../contract';
import { definitionOf } from '../core';
import { call } from './api';
import type { Ctx } from './context';
import { button, h, q } from './dom';
import { libraryLookup } from './library';

export function noteForm(
  ctx: Ctx,
  dreamId: string,
  id: string,
  skill: SkillView,
  ref: SkillRef,
): HTMLElement {
  const fk = `${id}:note-input`;
  // Absent until the dream's notes have been read: the form waits, disabled.
  const notes = ctx.view.notes.get(dreamId);
  const saved = notes?.get(id);
  const close = (): void => {
    ctx.view.noting = null;
    ctx.view.drafts.delete(fk);
    ctx.render(`${id}:note`);
  };
  const input = h('textarea', {
    testid: 'skill-note-input',
    fk,
    attrs: {
      rows: 3,
      dir: 'auto',
      'aria-label': `What ${q(skill.name)} means, or the bar for this dream`,
      placeholder: notes
        ? 'What this skill means here, and how good is good enough'
        : 'Reading the note\u2026',
    },
    on: {
      keydown: (event) => {
        if (event.key === 'Escape') close();
      },
    },
  });
  input.value = ctx.view.drafts.get(fk) ?? saved ?? '';
  input.disabled = !notes;
  input.addEventListener('input', () => ctx.view.drafts.set(fk, input.value));
  const suggested = definitionOf(skill.name, libraryLookup());
  const save = (): void =>
    ctx.act(() => call('setSkillNote', ref, input.value), {
      ok: () => {
        notes?.set(id, input.value.trim());
        ctx.view.noting = null;
        ctx.view.drafts.delete(fk);
      },
      focus: `${id}:note`,
    });
  return h('div', { class: 'edit-form', testid: 'skill-note' }, [
    input,
    h('p', { class: 'hint' }, [
      'Saved as the cell\u2019s note, so it stays in the sheet. Only this note changes.',
    ]),
    h('div', { class: 'buttons' }, [
      button('Save', save, {
        class: 'primary',
        testid: 'skill-note-save',
        attrs: { disabled: !notes },
      }),
      button('Cancel', close, { class: 'secondary', testid: 'skill-note-cancel' }),
      // Offered only on an empty note: it never replaces what someone wrote.
      suggested && notes && !input.value
        ? button(
            'Use the suggested definition',
            () => {
              input.value = suggested;
              ctx.view.drafts.set(fk, suggested);
              input.focus();
            },
            { class: 'link', testid: 'skill-note-suggested' },
          )
        : null,
    ]),
  ]);
}
