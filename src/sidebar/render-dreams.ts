// The dreams, each a collapsible section with its skills: add, rename, remove, rate, critical.
import type { DreamRef, DreamView, SidebarState, SkillRef, SkillView } from '../contract';
import { cleanName, skillKey } from '../core/skill-name';
import { definitionOf, searchSkills } from '../core/skill-search';
import { libraryGroupList, libraryLookup, librarySkillList } from './library';
import { call } from './api';
import { count, dreamIds, skillIds } from './context';
import type { Ctx } from './context';
import { button, h, name, q, textInput } from './dom';
import { startReview } from './review';
import { RATINGS, ratingWord } from './words';

export function renderDreams(ctx: Ctx): HTMLElement {
  const { dreams } = ctx.state;
  const ids = dreamIds(dreams);
  const list = h('div', { class: 'dream-list' });
  dreams.forEach((dream, i) => list.appendChild(renderDream(ctx, dream, i, ids)));
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

function renderDream(ctx: Ctx, dream: DreamView, index: number, ids: string[]): HTMLElement {
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
        h('span', { class: 'summary', testid: 'dream-summary' }, [summary(dream)]),
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
  if (expanded) {
    const sids = skillIds(dream, id);
    const list = h('ul', {
      class: 'skills',
      attrs: { 'aria-label': `Skills for ${q(dream.name)}` },
    });
    dream.skills.forEach((skill, j) =>
      list.appendChild(renderSkill(ctx, dream, skill, j, sids, id)),
    );
    parts.push(
      h('div', { class: 'dream-body', attrs: { id: bodyId } }, [
        dream.skills.length ? reviewLine(ctx, dream, id) : null,
        dream.skills.length
          ? list
          : h('p', { class: 'hint', testid: 'dream-no-skills' }, [
              `No skills yet. What would this dream take? Type to search ${librarySkillList().length || 'the'} suggested skills and the ones in your other dreams, or browse them by group.`,
            ]),
        addSkillsForm(ctx, dream, id, ref, state),
      ]),
    );
  }
  return h('div', { class: 'dream', testid: `dream-${index}` }, parts);
}

/** How many skills are still unrated, the next one to rate, and the review. */
function reviewLine(ctx: Ctx, dream: DreamView, dreamId: string): HTMLElement {
  const next = dream.skills.findIndex((s) => s.rating === 'unrated');
  const left = dream.skills.filter((s) => s.rating === 'unrated').length;
  const nextSkill = dream.skills[next];
  return h('div', { class: 'review-line' }, [
    nextSkill
      ? button(
          [`${left} not rated yet \u2014 next: `, name(nextSkill.name)],
          () => startReview(ctx, dream, dreamId, 'rate', next),
          {
            class: 'link',
            testid: 'dream-next-unrated',
            fk: `${dreamId}:next-unrated`,
            attrs: { title: 'Rate the skills left, one by one' },
          },
        )
      : h('span', { class: 'hint', testid: 'dream-all-rated' }, [
          dream.skills.length === 1 ? 'Rated.' : `All ${dream.skills.length} rated.`,
        ]),
    button('Review one by one', () => startReview(ctx, dream, dreamId, 'critical'), {
      class: 'small',
      testid: 'dream-review',
      fk: `${dreamId}:review`,
      attrs: { title: 'Mark the critical skills, then rate each, with keyboard keys' },
    }),
  ]);
}

function summary(dream: DreamView): string {
  if (!dream.skills.length) return 'no skills yet';
  const bits = [count(dream.skills.length, 'skill', 'skills')];
  for (const rating of ['red', 'yellow', 'green', 'unrated'] as const) {
    const n = dream.skills.filter((s) => s.rating === rating).length;
    if (n) bits.push(`${n} ${ratingWord(rating)}`);
  }
  return bits.join(' \u00B7 ');
}

function renderSkill(
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
  const words = `${ratingWord(skill.rating)}${skill.critical ? ', critical' : ''}`;

  const rating = h(
    'div',
    {
      class: 'segmented',
      attrs: { role: 'group', 'aria-label': `Rating of ${q(skill.name)}` },
      on: { keydown: arrowKeys },
    },
    RATINGS.map((option) => {
      const pressed = skill.rating === option.rating;
      return button(
        [tick(pressed), option.word],
        () => {
          if (!pressed) ctx.act(() => call('setRating', [ref], option.choice));
        },
        {
          class: `rate rate-${option.choice}`,
          testid: `skill-rate-${option.choice}`,
          fk: `${id}:rate-${option.choice}`,
          attrs: { 'aria-pressed': String(pressed), title: option.hint },
        },
      );
    }),
  );
  const critical = button(
    [tick(skill.critical), 'Critical'],
    () => ctx.act(() => call('setCritical', [ref], !skill.critical)),
    {
      class: 'crit',
      testid: 'skill-critical',
      fk: `${id}:critical`,
      attrs: {
        'aria-pressed': String(skill.critical),
        title: 'Critical for this dream (bold in the sheet)',
      },
    },
  );

  const line = h('div', { class: 'skill-line' }, [
    name(skill.name, {
      testid: 'skill-name',
      class: `cell clamp fill-${skill.rating}${skill.critical ? ' bold' : ''}`,
      attrs: { title: `Cell ${skill.cell}` },
    }),
    h('span', { class: 'rating-words', testid: 'skill-rating' }, [words]),
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
  parts.push(h('div', { class: 'skill-controls' }, [rating, critical]));
  return h(
    'li',
    { class: `skill${skill.critical ? ' is-critical' : ''}`, testid: `skill-${index}` },
    parts,
  );
}

/** The skill's definition, or the bar for this dream: its cell note, read and written here. */
function noteForm(
  ctx: Ctx,
  dreamId: string,
  id: string,
  skill: SkillView,
  ref: SkillRef,
): HTMLElement {
  const fk = `${id}:note-input`;
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

function addSkillsForm(
  ctx: Ctx,
  dream: DreamView,
  dreamId: string,
  ref: DreamRef,
  state: SidebarState,
): HTMLElement {
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

  const update = (): void => {
    const parts = input.value.split(/[,\n\r\t]/);
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
        const parts = input.value.split(/[,\n\r\t]/);
        const kept = parts.slice(0, -1).map((p) => p.trim());
        if (!searched) kept.push((parts[parts.length - 1] ?? '').trim());
        input.value = [...kept, skill].filter(Boolean).join(', ').concat(', ');
        ctx.view.drafts.set(fk, input.value);
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
  const groupKey = dreamId;
  const browse = h('div', {
    class: 'suggestions',
    testid: 'library-skills',
    attrs: { role: 'group', 'aria-label': 'Suggested skills in this group' },
    on: { keydown: arrowKeys },
  });
  const renderBrowse = (): void => {
    browse.textContent = '';
    const group = libraryGroupList().find((g) => g.name === ctx.view.browsing.get(groupKey));
    browse.hidden = !group;
    if (!group) return;
    const typed = new Set(input.value.split(/[,\n\r\t]/).map(skillKey));
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
          if (picker.value) ctx.view.browsing.set(groupKey, picker.value);
          else ctx.view.browsing.delete(groupKey);
          renderBrowse();
        },
      },
    },
    [
      h('option', { attrs: { value: '' } }, ['Browse suggested skills\u2026']),
      ...libraryGroupList().map((g) => h('option', { attrs: { value: g.name } }, [g.name])),
    ],
  );
  picker.value = ctx.view.browsing.get(groupKey) ?? '';
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
  // A list pasted from anywhere (one skill a line, or cells copied from a sheet) becomes a
  // comma-separated list, since a one-line input would otherwise drop the line breaks.
  input.addEventListener('paste', (event) => {
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (!/[\n\r\t]/.test(text)) return;
    event.preventDefault();
    const items = text
      .split(/[\n\r\t]+/)
      .map((s) => s.trim())
      .filter(Boolean)
      .join(', ');
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
      ok: () => ctx.view.drafts.delete(fk),
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

/**
 * Splits what was typed into skill names (commas, line breaks and tabs separate them), drops
 * blanks and repeats, and spells a skill the table already has the way the table spells it, so
 * the same skill keeps one name across dreams.
 */
export function parseSkillList(text: string, known: string[]): string[] {
  const spelling = new Map<string, string>();
  for (const n of known) if (!spelling.has(skillKey(n))) spelling.set(skillKey(n), n);
  const seen = new Set<string>();
  const names: string[] = [];
  for (const part of text.split(/[,\n\r\t]/)) {
    const clean = cleanName(part);
    const key = skillKey(clean);
    if (!clean || seen.has(key)) continue;
    seen.add(key);
    names.push(spelling.get(key) ?? clean);
  }
  return names;
}

function renameForm(
  ctx: Ctx,
  id: string,
  current: string,
  kind: 'dream' | 'skill',
  label: string,
  save: (newName: string) => void,
): HTMLElement {
  const fk = `${id}:rename-input`;
  const cancel = (): void => {
    ctx.view.editing = null;
    ctx.view.drafts.delete(fk);
    ctx.render(`${id}:rename`);
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

function confirmBox(
  ctx: Ctx,
  id: string,
  kind: 'dream' | 'skill',
  question: string,
  details: string | null,
  confirm: () => void,
): HTMLElement {
  const cancel = (): void => {
    ctx.view.confirming = null;
    ctx.render(`${id}:remove`);
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
          if (event.key === 'Escape') cancel();
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

/** An input whose typed text survives re-renders (the sidebar re-renders after every call). */
function draftInput(
  ctx: Ctx,
  fk: string,
  initial: string,
  props: Parameters<typeof textInput>[0],
): HTMLInputElement {
  const input = textInput({ ...props, fk });
  input.value = ctx.view.drafts.get(fk) ?? initial;
  input.addEventListener('input', () => ctx.view.drafts.set(fk, input.value));
  return input;
}

function iconButton(
  icon: string,
  label: string,
  testid: string,
  fk: string,
  onClick: () => void,
): HTMLButtonElement {
  return button(h('span', { attrs: { 'aria-hidden': 'true' } }, [icon]), onClick, {
    class: 'icon',
    testid,
    fk,
    attrs: { 'aria-label': label, title: label },
  });
}

function tick(on: boolean): HTMLElement {
  return h('span', { class: 'tick', attrs: { 'aria-hidden': 'true' } }, [on ? '\u2713' : '']);
}

function prevent(fn: () => void): (event: Event) => void {
  return (event) => {
    event.preventDefault();
    fn();
  };
}

/** Left / right (and up / down) arrows move between the buttons of a group. */
export function arrowKeys(event: KeyboardEvent): void {
  const group = event.currentTarget as HTMLElement;
  const buttons = Array.from(group.querySelectorAll<HTMLButtonElement>('button'));
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (at < 0) return;
  const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
  if (!step) return;
  event.preventDefault();
  const next = buttons[(at + step + buttons.length) % buttons.length];
  next?.focus();
}
