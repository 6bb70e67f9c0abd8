// A collapsible panel (a native <details>) whose open state survives re-renders.
import type { Ctx } from './context';
import { h } from './dom';
import type { Child } from './dom';

export function panel(
  ctx: Ctx,
  key: string,
  title: string,
  openByDefault: boolean,
  children: Child[],
): HTMLDetailsElement {
  const details = h('details', { class: 'section panel', testid: key, attrs: { id: key } }, [
    h(
      'summary',
      { fk: `${key}-summary`, testid: `${key}-summary`, attrs: { 'data-section-focus': true } },
      [h('span', { class: 'panel-title' }, [title])],
    ),
    h('div', { class: 'panel-body' }, children),
  ]);
  details.open = ctx.model.panels.get(key) ?? openByDefault;
  details.addEventListener('toggle', () => ctx.record({ type: 'panel', key, open: details.open }));
  return details;
}
