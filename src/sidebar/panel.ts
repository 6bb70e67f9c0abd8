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
