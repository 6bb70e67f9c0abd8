// The smaller parts: the empty state, warnings, the selected-cells panel, priorities, the guide.
import type { Priority, PriorityReason } from '../core/types';
import type { RatingChoice } from '../contract';
import { call } from './api';
import type { Ctx } from './context';
import { arrowKeys } from './render-dreams';
import { button, h, name, q } from './dom';
import { GUIDE, GUIDE_CLOSING, PROMPTS, RATINGS } from './words';

export function renderEmpty(ctx: Ctx): HTMLElement {
  const { candidateSheet } = ctx.state;
  return h('section', { class: 'section empty', testid: 'empty-state' }, [
    h('h2', {}, ['Start your dreams table']),
    h('p', {}, [
      'Your dreams live on a sheet of this spreadsheet: one column for each dream, the skills it needs listed under it, and each skill coloured by how close you are to it.',
    ]),
    h('p', {}, ['Everything stays in this file, readable with or without the add-on.']),
    h('div', { class: 'buttons stack' }, [
      button(
        'Start my dreams table',
        () => ctx.act(() => call('startTable', null), { focus: 'add-dream' }),
        {
          class: 'primary',
          testid: 'start-table',
          fk: 'start-table',
        },
      ),
      candidateSheet
        ? button(
            ['Use the table on sheet ', name(q(candidateSheet))],
            () => ctx.act(() => call('startTable', candidateSheet), { focus: 'add-dream' }),
            { class: 'secondary', testid: 'adopt-table', fk: 'adopt-table' },
          )
        : null,
    ]),
  ]);
}

export function renderWarnings(ctx: Ctx): HTMLElement | null {
  const shown = ctx.state.warnings.filter((w) => !ctx.view.dismissed.has(w));
  if (!shown.length) return null;
  return h(
    'section',
    { class: 'warnings', testid: 'warnings', attrs: { 'aria-labelledby': 'warnings-title' } },
    [
      h('div', { class: 'warnings-head' }, [
        h('h2', { attrs: { id: 'warnings-title' } }, [
          h('span', { attrs: { 'aria-hidden': 'true' } }, ['\u26A0 ']),
          shown.length === 1 ? 'One thing to look at' : `${shown.length} things to look at`,
        ]),
        button(
          'Dismiss',
          () => {
            for (const w of shown) ctx.view.dismissed.add(w);
            ctx.render('refresh');
          },
          {
            class: 'link',
            testid: 'warnings-dismiss',
            attrs: { title: 'Hide these until you press Refresh' },
          },
        ),
      ]),
      h(
        'ul',
        {},
        shown.map((w, i) => h('li', { testid: `warning-${i}`, attrs: { dir: 'auto' } }, [w])),
      ),
    ],
  );
}

export function renderSelection(ctx: Ctx): HTMLElement {
  const rate = (choice: RatingChoice) => () => ctx.act(() => call('rateSelection', choice));
  return panel(ctx, 'selection', 'Selected cells', true, [
    h('p', { class: 'hint' }, [
      'Select one or more skills in the sheet, then click here to colour them all at once.',
    ]),
    h(
      'div',
      {
        class: 'segmented wide',
        attrs: { role: 'group', 'aria-label': 'Rate the selected cells' },
        on: { keydown: arrowKeys },
      },
      RATINGS.map((option) =>
        button(option.word, rate(option.choice), {
          class: `rate rate-${option.choice}`,
          testid: `selection-rate-${option.choice}`,
          fk: `selection-rate-${option.choice}`,
          attrs: { title: option.hint },
        }),
      ),
    ),
    button('Critical on / off', () => ctx.act(() => call('setSelectionCritical', 'toggle')), {
      class: 'crit wide',
      testid: 'selection-critical',
      fk: 'selection-critical',
      attrs: { title: 'Make the selected skills bold (critical), or not bold again' },
    }),
  ]);
}

export function renderPriorities(ctx: Ctx): HTMLElement {
  const { priorities } = ctx.state;
  return panel(ctx, 'priorities', 'Priorities', true, [
    priorities.length
      ? h('p', { class: 'hint' }, [
          'The skills to work on first: red in the most dreams (critical ones first), then yellow.',
        ])
      : null,
    priorities.length
      ? h(
          'ol',
          { class: 'priorities', testid: 'priorities-list' },
          priorities.map((p, i) => renderPriority(p, i)),
        )
      : h('p', { class: 'hint', testid: 'priorities-empty' }, [
          'No gaps yet. Rate skills red or yellow and they will be ranked here, the ones that matter to the most dreams first.',
        ]),
    button(
      'Update Priorities sheet',
      () =>
        ctx.act(() => call('updatePrioritiesSheet', false), {
          withConsent: () => call('updatePrioritiesSheet', true),
        }),
      {
        class: 'secondary',
        testid: 'update-priorities',
        fk: 'update-priorities',
        attrs: { title: 'Write this list to the Priorities sheet, with the ratings in words' },
      },
    ),
  ]);
}

function renderPriority(priority: Priority, index: number): HTMLElement {
  return h('li', { class: 'priority', testid: `priority-${index}` }, [
    h('span', { class: 'rank', attrs: { 'aria-hidden': 'true' } }, [`${index + 1}.`]),
    h('div', { class: 'priority-text' }, [
      name(priority.skill, { testid: 'priority-skill', class: 'clamp' }, 'strong'),
      h('span', { class: 'why clamp', testid: 'priority-why', attrs: { dir: 'auto' } }, [
        why(priority.dreams),
      ]),
    ]),
  ]);
}

/** "Red in: CTO (critical), Founder · Yellow in: Author". */
export function why(reasons: PriorityReason[]): string {
  const groups: Array<[PriorityReason['rating'], string]> = [
    ['red', 'Red in'],
    ['yellow', 'Yellow in'],
    ['green', 'Green in'],
    ['unrated', 'Not rated in'],
  ];
  return groups
    .map(([rating, label]) => {
      const dreams = reasons
        .filter((r) => r.rating === rating)
        .map((r) => (r.critical ? `${r.dream} (critical)` : r.dream));
      return dreams.length ? `${label}: ${dreams.join(', ')}` : '';
    })
    .filter(Boolean)
    .join(' \u00B7 ');
}

/**
 * The conversation guide: the opening question, follow-ups that lead from feelings to roles,
 * and what the colours and bold mean. Open while there are no dreams yet; closed by default
 * once there are, so it takes no room when it is known.
 */
export function renderGuide(ctx: Ctx): HTMLElement {
  const starting = ctx.state.dreams.length === 0;
  return panel(ctx, 'guide', 'Conversation guide and colours', starting, [
    h('div', { testid: 'prompts' }, [
      h('h3', {}, ['Start with']),
      h('p', { class: 'prompt' }, [PROMPTS.opening]),
      h('p', {}, [PROMPTS.circumstancesIntro]),
      h(
        'ul',
        { class: 'prompts' },
        PROMPTS.circumstances.map((text) => h('li', {}, [text])),
      ),
      h('p', {}, [PROMPTS.roles]),
      h('h3', {}, ['Then, dream by dream']),
      h('p', {}, [PROMPTS.skills]),
      h('p', {}, [PROMPTS.marking]),
    ]),
    h('h3', {}, ['What the colours mean']),
    h(
      'dl',
      { class: 'guide' },
      GUIDE.flatMap((item) => [
        h('dt', {}, [h('span', { class: `swatch swatch-${item.swatch}` }, [item.label])]),
        h('dd', {}, [item.text]),
      ]),
    ),
    ...GUIDE_CLOSING.map((text) => h('p', { class: 'hint' }, [text])),
  ]);
}

/** A collapsible panel (a native <details>) whose open state survives re-renders. */
function panel(
  ctx: Ctx,
  key: string,
  title: string,
  openByDefault: boolean,
  children: Array<HTMLElement | null>,
): HTMLElement {
  const details = h('details', { class: 'section panel', testid: key }, [
    h('summary', { fk: `${key}-summary`, testid: `${key}-summary` }, [
      h('span', { class: 'panel-title' }, [title]),
    ]),
    h('div', { class: 'panel-body' }, children),
  ]);
  details.open = ctx.view.panels.get(key) ?? openByDefault;
  details.addEventListener('toggle', () => ctx.view.panels.set(key, details.open));
  return details;
}
