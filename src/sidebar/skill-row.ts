// One skill under a dream, on one line: its rating as a symbol and a word as well as a colour,
// its critical mark, and a details button. The row is one tab stop for the whole list (roving
// tabindex): arrows move between skills, R / Y / G / N rate, C toggles critical, Enter opens
// the details (rating buttons, note, rename, remove), Esc closes them. Clicking the row selects
// the skill's cell in the sheet. The row renders from the model and only dispatches.
import type { DreamView, SkillRef, SkillView } from '../contract';
import { skillKey } from '../core';
import { call } from './api';
import type { Ctx } from './context';
import { iconButton } from './controls';
import { h, name, q } from './dom';
import { confirmBox, renameForm } from './editors';
import { editorOn, tabStop } from './model';
import { markSkillCritical, rateSkill, skillRef } from './skill-actions';
import { noteForm } from './skill-note';
import { skillRating } from './skill-rating';
import { marksInWords, RATINGS } from './words';

/** A shape per rating, so the rating reads without its colour. */
export const SYMBOL: Record<SkillView['rating'], string> = {
  red: '\u25B2',
  yellow: '\u25C6',
  green: '\u2714',
  unrated: '\u25CB',
};

/** The keys of a skill row, as `aria-keyshortcuts` says them. */
const KEYS = 'R Y G N C Enter';

/** `sids` are the ids of all the dream's skills, to move the focus to a neighbour on removal. */
export function skillRow(
  ctx: Ctx,
  dream: DreamView,
  skill: SkillView,
  index: number,
  sids: string[],
  dreamId: string,
): HTMLElement {
  const { model } = ctx;
  const id = sids[index] as string;
  const ref = skillRef(dream, skill);
  const open = model.open === id;
  const waiting = model.pending.has(id);
  const rowFk = `${id}:row`;
  /** Opens the details, on the red button, or closes them, back on the row. */
  const toggle = (): void =>
    ctx.dispatch({ type: 'open', id: open ? null : id }, open ? rowFk : `${id}:rate-red`);

  const onKey = (event: KeyboardEvent): void => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === 'Escape' && open && !event.defaultPrevented) {
      event.preventDefault();
      ctx.dispatch({ type: 'open', id: null }, rowFk);
      return;
    }
    if (event.target !== event.currentTarget) return; // keys typed inside the details
    const move = { ArrowDown: 'next', ArrowUp: 'prev', Home: 'first', End: 'last' } as const;
    const to = move[event.key as keyof typeof move];
    if (to) {
      event.preventDefault();
      ctx.dispatch(
        [
          { type: 'focus', id },
          { type: 'move', to },
        ],
        (m) => `${m.focus ?? id}:row`,
      );
      return;
    }
    if (event.key === 'Enter') {
      event.preventDefault();
      toggle();
      return;
    }
    const key = event.key.toLowerCase();
    const option = RATINGS.find((o) => o.word[0]?.toLowerCase() === key);
    if (option) {
      event.preventDefault();
      // The row has the focus already (arrows and clicks put it there): one render, at once.
      rateSkill(ctx, id, ref, option.choice);
    } else if (key === 'c') {
      event.preventDefault();
      markSkillCritical(ctx, id, ref, !skill.critical);
    }
  };

  const symbol = h(
    'span',
    { class: `mark fill-${skill.rating}`, attrs: { 'aria-hidden': 'true' } },
    [SYMBOL[skill.rating]],
  );
  const line = h('div', { class: 'skill-line' }, [
    symbol,
    name(skill.name, {
      testid: 'skill-name',
      class: `clamp${skill.critical ? ' bold' : ''}`,
      attrs: { title: `Cell ${skill.cell}` },
    }),
    h('span', { class: 'rating-words', testid: 'skill-rating' }, [
      marksInWords(skill.rating, skill.critical),
    ]),
    skill.critical
      ? h(
          'span',
          { class: 'crit-mark', testid: 'skill-critical-mark', attrs: { 'aria-hidden': 'true' } },
          ['\u2605'],
        )
      : null,
    // For the mouse; the keyboard opens the details with Enter, so it is no tab stop.
    h(
      'button',
      {
        class: 'icon more',
        testid: 'skill-more',
        attrs: {
          type: 'button',
          tabindex: -1,
          'aria-label': `Details of ${q(skill.name)}`,
          title: 'Rate, note, rename or remove',
          'aria-expanded': String(open),
        },
        on: {
          click: (event) => {
            event.stopPropagation();
            toggle();
          },
        },
      },
      [h('span', { attrs: { 'aria-hidden': 'true' } }, ['\u22EF'])],
    ),
  ]);

  const parts: Array<HTMLElement | null> = [line];
  if (open) parts.push(details(ctx, dream, skill, index, sids, dreamId, ref));
  const classes = ['skill'];
  if (skill.critical) classes.push('is-critical');
  if (waiting) classes.push('is-pending');
  if (model.highlight.has(id)) classes.push('is-changed');
  if (open) classes.push('is-open');
  return h(
    'li',
    {
      class: classes.join(' '),
      testid: `skill-${index}`,
      fk: rowFk,
      attrs: {
        tabindex: tabStop(model) === id ? 0 : -1,
        'aria-label': `${skill.name}: ${marksInWords(skill.rating, skill.critical)}${waiting ? ', saving' : ''}`,
        'aria-keyshortcuts': KEYS,
        'aria-expanded': String(open),
        'aria-busy': String(waiting),
        'aria-describedby': 'skill-keys',
      },
      on: {
        keydown: onKey,
        click: (event) => {
          if (!(event.target as HTMLElement).closest('.skill-line')) return;
          ctx.dispatch({ type: 'focus', id }, rowFk);
          ctx.selectCell(ref);
        },
      },
    },
    parts,
  );
}

/** What Enter opens under the row: the rating buttons, the note, rename and remove. */
function details(
  ctx: Ctx,
  dream: DreamView,
  skill: SkillView,
  index: number,
  sids: string[],
  dreamId: string,
  ref: SkillRef,
): HTMLElement {
  const id = sids[index] as string;
  const tools = h('div', { class: 'buttons tools' }, [
    iconButton(
      '\u2139',
      `What ${q(skill.name)} means for this dream (the cell\u2019s note)`,
      'skill-note',
      `${id}:note`,
      () => {
        const open = !editorOn(ctx.model, 'note', id);
        if (open) ctx.loadNotes(dream, dreamId);
        ctx.dispatch(
          { type: 'editor', editor: open ? { kind: 'note', id } : null },
          open ? `${id}:note-input` : `${id}:note`,
        );
      },
    ),
    iconButton('\u270E', `Rename ${q(skill.name)}`, 'skill-rename', `${id}:rename`, () => {
      ctx.dispatch({ type: 'editor', editor: { kind: 'rename', id } }, `${id}:rename-input`);
    }),
    iconButton(
      '\u2715',
      `Remove ${q(skill.name)} from ${q(dream.name)}`,
      'skill-remove',
      `${id}:remove`,
      () => {
        const editor = { kind: 'remove' as const, id, skills: [skill.name] };
        ctx.dispatch({ type: 'editor', editor }, `${id}:remove-cancel`);
      },
    ),
  ]);
  const parts: Array<HTMLElement | null> = [skillRating(ctx, skill, ref, id), tools];
  if (editorOn(ctx.model, 'rename', id)) {
    parts.push(
      renameForm(ctx, id, skill.name, 'skill', `New name for ${q(skill.name)}`, (newName) => {
        const newId = `s:${dreamId}/${skillKey(newName)}`;
        ctx.act(() => call('renameSkill', ref, newName), {
          ok: () =>
            ctx.dispatch([
              { type: 'editor', editor: null },
              { type: 'open', id: newId },
            ]),
          focus: `${newId}:rename`,
        });
      }),
    );
  }
  if (editorOn(ctx.model, 'note', id)) parts.push(noteForm(ctx, dreamId, id, skill, ref));
  if (editorOn(ctx.model, 'remove', id)) {
    const neighbour = sids[index + 1] ?? sids[index - 1];
    parts.push(
      confirmBox(ctx, id, 'skill', `Remove ${q(skill.name)} from ${q(dream.name)}?`, null, () =>
        ctx.act(() => call('removeSkill', ref), {
          ok: () => ctx.dispatch({ type: 'editor', editor: null }),
          fail: () => ctx.dispatch({ type: 'editor', editor: null }),
          focus: neighbour ? `${neighbour}:row` : `${dreamId}:add-skill`,
        }),
      ),
    );
  }
  return h(
    'div',
    {
      class: 'skill-details',
      testid: 'skill-details',
      attrs: { role: 'group', 'aria-label': `Details of ${q(skill.name)}` },
    },
    parts,
  );
}
