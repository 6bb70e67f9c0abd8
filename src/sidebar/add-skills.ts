// The add-skills form under a dream: several skills at once, with a search of the library and
// of the other dreams' skills as the person types, and the library browsed by group. Picking a
// suggestion only fills the input; one submit adds the whole list (addSkills).
import type { DreamRef, DreamView } from '../contract';
import { definitionOf, searchSkills, skillKey } from '../core';
import { call } from './api';
import type { Ctx } from './context';
import { arrowKeys, draftInput, prevent } from './controls';
import { button, h, name, q } from './dom';
import { libraryGroupList, libraryLookup, librarySkillList } from './library';
import { parseSkillList, pastedSkillList, splitSkillList } from './skill-list';

export function addSkillsForm(
  ctx: Ctx,
  dream: DreamView,
  dreamId: string,
  ref: DreamRef,
): HTMLElement {
  const { state } = ctx;
  const fk = `${dreamId}:add-skill`;
  const input = draftInput(ctx, fk, '', {
    testid: 'add-skill-input',
    attrs: {
      'aria-label': `New skills for ${q(dream.name)}, separated by commas`,
      placeholder: 'New skills, comma-separated',
    },
  });
  const inDream = new Set(dream.skills.map((s) => skillKey(s.name)));
  const suggestions = h('div', {
    class: 'suggestions found-list',
    testid: 'skill-suggestions',
    attrs: { role: 'group', 'aria-label': 'Suggested skills, and skills from your other dreams' },
    on: { keydown: arrowKeys },
  });

  /** Searches for the word being typed, leaving out what the dream or the list already has. */
  const update = (): void => {
    const parts = splitSkillList(input.value);
    const token = skillKey(parts[parts.length - 1] ?? '');
    const typed = new Set(parts.slice(0, -1).map(skillKey));
    suggestions.textContent = '';
    if (!token) {
      suggestions.hidden = true;
      return;
    }
    const exclude = new Set([...inDream, ...typed]);
    const matches = searchSkills(token, librarySkillList(), state.skillNames, {
      exclude,
      limit: 6,
    });
    suggestions.hidden = matches.length === 0;
    for (const match of matches) {
      suggestions.appendChild(suggestion(match.name, match.used, match.definition, true));
    }
  };
  /**
   * A skill to pick: clicking it adds it to the list being typed, so several go in at once. A
   * search result replaces the word being typed; a skill browsed by group keeps it.
   */
  const suggestion = (
    skill: string,
    used: boolean,
    definition: string | null,
    searched: boolean,
  ): HTMLElement =>
    button(
      [
        name(skill),
        used ? h('span', { class: 'used' }, [' \u00B7 in a dream']) : null,
        definition && searched ? h('span', { class: 'definition' }, [definition]) : null,
      ],
      () => {
        const parts = splitSkillList(input.value);
        const kept = parts.slice(0, -1).map((p) => p.trim());
        if (!searched) kept.push((parts[parts.length - 1] ?? '').trim());
        input.value = [...kept, skill].filter(Boolean).join(', ').concat(', ');
        ctx.record({ type: 'draft', key: fk, text: input.value });
        input.focus();
        update();
        renderBrowse();
      },
      {
        class: searched ? 'suggestion found' : 'suggestion',
        testid: used ? 'skill-suggestion' : 'library-suggestion',
        attrs: { title: definition ?? `Add ${q(skill)} to the list`, 'data-skill': skill },
      },
    );

  // The group being browsed is remembered per dream, across re-renders.
  const browse = h('div', {
    class: 'suggestions',
    testid: 'library-skills',
    attrs: { role: 'group', 'aria-label': 'Suggested skills in this group' },
    on: { keydown: arrowKeys },
  });
  const renderBrowse = (): void => {
    browse.textContent = '';
    const group = libraryGroupList().find((g) => g.name === picker.value);
    browse.hidden = !group;
    if (!group) return;
    const typed = new Set(splitSkillList(input.value).map(skillKey));
    for (const skill of group.skills) {
      if (inDream.has(skillKey(skill.name)) || typed.has(skillKey(skill.name))) continue;
      browse.appendChild(suggestion(skill.name, false, skill.definition, false));
    }
  };
  const picker = h(
    'select',
    {
      testid: 'library-group',
      attrs: { 'aria-label': 'Browse suggested skills by group' },
      on: {
        change: () => {
          ctx.record({ type: 'browse', dreamId, group: picker.value });
          renderBrowse();
        },
      },
    },
    [
      h('option', { attrs: { value: '' } }, ['Browse suggested skills\u2026']),
      ...libraryGroupList().map((g) => h('option', { attrs: { value: g.name } }, [g.name])),
    ],
  );
  picker.value = ctx.model.browsing.get(dreamId) ?? '';

  input.addEventListener('input', update);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && !suggestions.hidden) {
      event.preventDefault();
      (suggestions.firstElementChild as HTMLElement | null)?.focus();
    }
  });
  suggestions.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') input.focus();
  });
  input.addEventListener('paste', (event) => {
    const items = pastedSkillList(event.clipboardData?.getData('text/plain') ?? '');
    if (items === null) return;
    event.preventDefault();
    input.setRangeText(items, input.selectionStart ?? 0, input.selectionEnd ?? 0, 'end');
    input.dispatchEvent(new Event('input'));
  });

  const submit = (): void => {
    // The table's spelling first, then the library's ("public speaking" -> "Public speaking").
    const names = parseSkillList(input.value, [
      ...state.skillNames,
      ...librarySkillList().map((l) => l.name),
    ]);
    if (!names.length) {
      ctx.say('Type a skill first. Several at once? Separate them with commas.', 'error');
      input.focus();
      return;
    }
    // A skill from the library brings its definition, as the cell's note, to edit later.
    const notes = names.map((n) => definitionOf(n, libraryLookup()) ?? '');
    ctx.act(() => call('addSkills', ref, names, notes), {
      withConsent: (token) => call('addSkills', ref, names, notes, token),
      ok: () => ctx.record({ type: 'draft', key: fk, text: null }),
      focus: fk,
    });
  };
  update();
  renderBrowse();
  return h('div', { class: 'add-skills' }, [
    h('form', { class: 'add-form', on: { submit: prevent(submit) } }, [
      input,
      h('button', { class: 'secondary', testid: 'add-skill-button', attrs: { type: 'submit' } }, [
        'Add',
      ]),
    ]),
    suggestions,
    picker,
    browse,
  ]);
}
