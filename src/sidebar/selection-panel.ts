// The selected-cells panel: rate or bold the skills selected in the sheet, all at once (handy
// while two people talk over the sheet).
import type { RatingChoice } from '../contract';
import { call } from './api';
import type { Ctx } from './context';
import { arrowKeys } from './controls';
import { button, h } from './dom';
import { panel } from './panel';
import { RATINGS } from './words';

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
          key: `selection-rate-${option.choice}`,
          attrs: { title: option.hint },
        }),
      ),
    ),
    button('Critical on / off', () => ctx.act(() => call('setSelectionCritical', 'toggle')), {
      class: 'crit wide',
      key: 'selection-critical',
      attrs: { title: 'Make the selected skills bold (critical), or not bold again' },
    }),
  ]);
}
