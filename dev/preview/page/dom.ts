// DOM helpers for the page. Text always goes in as text nodes: cell values and names come from
// whatever a person typed.

export type Child = Node | string | null | undefined | false;

export interface Props {
  class?: string;
  testid?: string;
  attrs?: Record<string, string | number | boolean | null | undefined>;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  if (props.testid) el.setAttribute('data-testid', props.testid);
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [type, listener] of Object.entries(props.on ?? {})) {
    if (listener) el.addEventListener(type, listener as EventListener);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return el;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`preview page: #${id} is missing`);
  return el as T;
}

/** Only colours the server checked ('#rrggbb') ever reach a style. */
export function safeColour(colour: string | undefined): string {
  return colour && /^#[0-9a-f]{6}$/i.test(colour) ? colour : '';
}
