// The warnings about the table (odd colours, skills with no dream...), which the person can put
// away until the next Refresh.
import type { Ctx } from './context';
import { button, h } from './dom';

export function renderWarnings(ctx: Ctx): HTMLElement | null {
  const shown = ctx.state.warnings.filter((w) => !ctx.model.dismissed.has(w));
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
        button('Dismiss', () => ctx.dispatch({ type: 'dismiss', warnings: shown }, 'refresh'), {
          class: 'link',
          testid: 'warnings-dismiss',
          attrs: { title: 'Hide these until you press Refresh' },
        }),
      ]),
      h(
        'ul',
        {},
        shown.map((w, i) => h('li', { testid: `warning-${i}`, attrs: { dir: 'auto' } }, [w])),
      ),
    ],
  );
}
