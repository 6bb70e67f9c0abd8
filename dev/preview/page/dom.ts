// DOM helpers for the page. Text always goes in as text nodes: cell values and names come from
// whatever a person typed.

// The element builder is the sidebar's own; the page imports it, and nothing of the page goes
// into the sidebar's bundle.
export { h, type Child, type Props } from '../../../src/sidebar/dom';

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`preview page: #${id} is missing`);
  return el as T;
}

/** Only colours the server checked ('#rrggbb') ever reach a style. */
export function safeColour(colour: string | undefined): string {
  return colour && /^#[0-9a-f]{6}$/i.test(colour) ? colour : '';
}
