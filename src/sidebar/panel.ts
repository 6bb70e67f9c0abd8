// A collapsible panel (a native <details>) whose open state survives re-renders.
import type { Ctx } from './context';
import { h } from './dom';
import type { Child } from './dom';

/** `opened` runs each time the person opens it (not when a re-render shows it open). */
export function panel(
  ctx: Ctx,
  key: string,
  title: string,
  openByDefault: boolean,
  children: Child[],
  opened?: () => void,
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
  // `toggle` fires for the open state just set too: only a change from closed is an opening.
  let wasOpen = details.open;
  details.addEventListener('toggle', () => {
    ctx.record({ type: 'panel', key, open: details.open });
    if (details.open && !wasOpen) opened?.();
    wasOpen = details.open;
  });
  return details;
}
