// A skill's note editor: what the skill means, or the bar for this dream, kept as the cell's
// note so it stays in the sheet. The dream's notes are read once (loadNotes) when one opens.
import type { SkillRef, SkillView } from '../contract';
import { definitionOf } from '../core';
import { call } from './api';
import type { Ctx } from './context';
import { keepDraft } from './controls';
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
  const notes = ctx.model.notes.get(dreamId);
  const saved = notes?.get(id);
  const forget = { type: 'draft', key: fk, text: null } as const;
  const close = (): void => {
    ctx.dispatch([forget, { type: 'editor', editor: null }], `${id}:note`);
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
        if (event.key === 'Escape') {
          // Handled here: the row must not also close the details around the note.
          event.preventDefault();
          close();
        }
      },
    },
  });
  input.value = ctx.model.drafts.get(fk) ?? saved ?? '';
  input.disabled = !notes;
  keepDraft(ctx, input, fk);
  const suggested = definitionOf(skill.name, libraryLookup());
  const save = (): void =>
    ctx.act(() => call('setSkillNote', ref, input.value), {
      ok: () =>
        ctx.dispatch([
          { type: 'note', dreamId, skillId: id, note: input.value.trim() },
          forget,
          { type: 'editor', editor: null },
        ]),
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
              ctx.record({ type: 'draft', key: fk, text: suggested });
              input.focus();
            },
            { class: 'link', testid: 'skill-note-suggested' },
          )
        : null,
    ]),
  ]);
}
