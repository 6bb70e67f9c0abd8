// Small DOM helpers. Every piece of text goes in through text nodes (`textContent`), never as
// markup, so a skill named `<img src=x onerror=alert(1)>` or `=HYPERLINK("x")` shows as typed.

export type Child = Node | string | null | undefined | false;

export interface Props {
  /** CSS classes, space-separated. */
  class?: string;
  /** `data-testid`, for the browser tests. */
  testid?: string;
  /**
   * A focus key (`data-fk`): the whole sidebar is re-rendered after each call, and the element
   * with the same key gets the focus back, so keyboard users keep their place.
   */
  fk?: string;
  /** Both of the above, for an element whose test id and focus key are the same. */
  key?: string;
  /** Plain attributes; values are set with setAttribute, never parsed as markup. */
  attrs?: Record<string, string | number | boolean | null | undefined>;
  /** Event listeners. */
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  const { testid = props.key, fk = props.key } = props;
  if (testid) el.setAttribute('data-testid', testid);
  if (fk) el.setAttribute('data-fk', fk);
  if (props.attrs) {
    for (const [name, value] of Object.entries(props.attrs)) {
      if (value === null || value === undefined || value === false) continue;
      el.setAttribute(name, value === true ? '' : String(value));
    }
  }
  if (props.on) {
    for (const [type, listener] of Object.entries(props.on)) {
      if (listener) el.addEventListener(type, listener as EventListener);
    }
  }
  append(el, children);
  return el;
}

export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** A user-entered name: its own direction (right-to-left text), wrapping anywhere. */
export function name(
  text: string,
  props: Props = {},
  tag: 'span' | 'strong' = 'span',
): HTMLElement {
  const el = h(tag, { ...props, class: `name ${props.class ?? ''}`.trim() }, [text]);
  el.setAttribute('dir', 'auto');
  return el;
}

/** A `<button type="button">`; `label` is its visible text. */
export function button(
  label: Child | Child[],
  onClick: (event: MouseEvent) => void,
  props: Props = {},
): HTMLButtonElement {
  const el = h('button', props, Array.isArray(label) ? label : [label]);
  el.type = 'button';
  el.addEventListener('click', onClick);
  return el;
}

/** A text input; `dir="auto"` so right-to-left names type naturally. */
export function textInput(props: Props = {}): HTMLInputElement {
  const el = h('input', props);
  el.type = 'text';
  el.setAttribute('dir', 'auto');
  el.setAttribute('autocomplete', 'off');
  el.setAttribute('spellcheck', 'true');
  return el;
}

/** Quotes a user name for a sentence: ‘CTO’. */
export function q(text: string): string {
  return `\u2018${text}\u2019`;
}

/** An element of index.html the sidebar cannot work without. */
export function byId(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`sidebar: #${id} is missing`);
  return el;
}
