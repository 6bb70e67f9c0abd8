// The priorities panel: the skills to work on first across dreams, each with why it ranks
// there, and the button that writes them to the Priorities sheet.
import type { PriorityView, ReasonView } from '../contract';
import { call } from './api';
import type { Ctx } from './context';
import { h, button, name } from './dom';
import { panel } from './panel';
import { LEGEND, RATING_ORDER } from './words';

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
          priorities.map((p, i) => renderPriority(ctx, p, i)),
        )
      : h('p', { class: 'hint', testid: 'priorities-empty' }, [
          'No gaps yet. Rate skills red or yellow and they will be ranked here, the ones that matter to the most dreams first.',
        ]),
    button(
      'Update Priorities sheet',
      () =>
        ctx.act(() => call('updatePrioritiesSheet', null), {
          // Someone typed into the Priorities sheet: overwrite it only if the person says so.
          withConsent: (token) => call('updatePrioritiesSheet', token),
        }),
      {
        class: 'secondary',
        key: 'update-priorities',
        attrs: { title: 'Write this list to the Priorities sheet, with the ratings in words' },
      },
    ),
  ]);
}

function renderPriority(ctx: Ctx, priority: PriorityView, index: number): HTMLElement {
  // Its cell in the sheet: in the first dream where it is red, else the first where it is a gap.
  const where =
    priority.dreams.find((r) => r.rating === 'red') ??
    priority.dreams.find((r) => r.rating === 'yellow') ??
    priority.dreams[0];
  const show = where
    ? button(
        name(priority.skill, { testid: 'priority-skill', class: 'clamp' }, 'strong'),
        () => ctx.selectCell({ dream: where.dream, skill: priority.skill }),
        {
          class: 'link priority-go',
          fk: `priority-${index}`,
          attrs: { title: `Show it in the sheet, under ${where.dream}` },
        },
      )
    : name(priority.skill, { testid: 'priority-skill', class: 'clamp' }, 'strong');
  return h('li', { class: 'priority', testid: `priority-${index}` }, [
    h('span', { class: 'rank', attrs: { 'aria-hidden': 'true' } }, [`${index + 1}.`]),
    h('div', { class: 'priority-text' }, [
      show,
      h('span', { class: 'why clamp', testid: 'priority-why', attrs: { dir: 'auto' } }, [
        why(priority.dreams),
      ]),
    ]),
  ]);
}

/** "Red in: CTO (critical), Founder · Yellow in: Author". */
function why(reasons: readonly ReasonView[]): string {
  return RATING_ORDER.map((rating) => {
    const dreams = reasons
      .filter((r) => r.rating === rating)
      .map((r) => (r.critical ? `${r.dream} (critical)` : r.dream));
    return dreams.length ? `${LEGEND[rating].word} in: ${dreams.join(', ')}` : '';
  })
    .filter(Boolean)
    .join(' \u00B7 ');
}
