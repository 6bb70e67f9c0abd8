// What the add-on shows beside and over the grid: its sidebar (300 px, as in Sheets), a modal
// dialog, and toasts. Their HTML comes from /html/<id> on the preview's second origin (the
// add-on's own output plus the shim), in frames sandboxed as Google's are.

import type { HtmlView, ToastView } from '../protocol';
import { byId, h } from './dom';

/**
 * The sandbox of an add-on's sidebar and dialogs in Sheets: the keywords of "Restrictions in
 * IFRAME mode" (https://developers.google.com/apps-script/guides/html/restrictions), without
 * allow-top-navigation-by-user-activation, which is set only for stand-alone scripts (an
 * add-on's script is bound to its document). No `allow` attribute: Google does not promise to
 * delegate any permission (the clipboard's, say) to the frame.
 */
export const SANDBOX = [
  'allow-same-origin',
  'allow-forms',
  'allow-scripts',
  'allow-popups',
  'allow-downloads',
  'allow-modals',
  'allow-popups-to-escape-sandbox',
].join(' ');

/** Where the add-on's page `id` is served, for a frame of this page. */
function htmlSrc(id: number, htmlOrigin: string): string {
  const url = new URL(`/html/${id}`, htmlOrigin);
  url.searchParams.set('parent', window.location.origin);
  return url.toString();
}

export class SidebarPanel {
  private readonly aside = byId('sidebar');
  private readonly title = byId('sidebar-title');
  private readonly frame = byId<HTMLIFrameElement>('sidebar-frame');
  private shown: number | null = null;
  private src: string | null = null;

  constructor(close: () => void) {
    byId('sidebar-close').addEventListener('click', close);
    // Before the first navigation: a frame's sandbox applies from its next one.
    this.frame.setAttribute('sandbox', SANDBOX);
  }

  render(view: HtmlView | null, htmlOrigin: string): void {
    this.aside.hidden = view === null;
    if (view === null) {
      if (this.src !== null) this.frame.src = 'about:blank';
      this.shown = null;
      this.src = null;
      return;
    }
    this.title.textContent = view.title || 'Sidebar';
    const src = htmlSrc(view.id, htmlOrigin);
    this.shown = view.id;
    // A new origin too (the server restarted on another port) loads it again.
    if (this.src !== src) {
      this.src = src;
      this.frame.src = src;
    }
  }

  /** The frame's window, which the add-on's messages must come from. */
  get window(): Window | null {
    return this.frame.contentWindow;
  }

  get id(): number | null {
    return this.shown;
  }
}

export class ModalPanel {
  private overlay: HTMLElement | null = null;
  private frame: HTMLIFrameElement | null = null;
  private shown: number | null = null;

  constructor(private readonly close: () => void) {}

  render(view: HtmlView | null, htmlOrigin: string): void {
    if (view?.id === this.shown) return;
    this.overlay?.remove();
    this.overlay = null;
    this.frame = null;
    this.shown = view?.id ?? null;
    if (!view) return;
    // The sandbox before the address: h() sets the attributes in this order.
    const frame = h('iframe', {
      class: 'modal-frame',
      testid: 'modal-frame',
      attrs: {
        sandbox: SANDBOX,
        src: htmlSrc(view.id, htmlOrigin),
        title: view.title || 'Dialog',
      },
    });
    this.frame = frame;
    frame.style.width = `${view.width || 600}px`;
    frame.style.height = `${view.height || 400}px`;
    const box = h('div', { class: 'dialog', testid: 'modal' }, [
      h('div', { class: 'dialog-head' }, [
        h('h2', {}, [view.title]),
        h(
          'button',
          {
            class: 'icon',
            testid: 'modal-close',
            attrs: { type: 'button', 'aria-label': 'Close' },
            on: { click: this.close },
          },
          ['✕'],
        ),
      ]),
      frame,
    ]);
    box.style.width = 'auto';
    this.overlay = h('div', { class: 'overlay' }, [box]);
    document.body.appendChild(this.overlay);
  }

  get id(): number | null {
    return this.shown;
  }

  /** The dialog frame's window, which the add-on's messages must come from. */
  get window(): Window | null {
    return this.frame?.contentWindow ?? null;
  }
}

/** Toasts stay a few seconds, as Sheets' do. */
const TOAST_MS = 8000;

export class Toasts {
  private readonly root = byId('toasts');
  private readonly timers = new Map<number, ReturnType<typeof setTimeout>>();

  constructor(private readonly dismiss: (id: number) => void) {}

  render(toasts: ToastView[]): void {
    this.root.textContent = '';
    for (const toast of toasts) {
      if (!this.timers.has(toast.id))
        this.timers.set(
          toast.id,
          setTimeout(() => this.dismiss(toast.id), TOAST_MS),
        );
      this.root.appendChild(
        h('div', { class: 'toast', testid: 'toast', attrs: { role: 'status' } }, [
          h('div', {}, [toast.title ? h('strong', {}, [toast.title]) : null, toast.message]),
          h(
            'button',
            {
              class: 'icon',
              attrs: { type: 'button', 'aria-label': 'Dismiss' },
              on: { click: () => this.dismiss(toast.id) },
            },
            ['✕'],
          ),
        ]),
      );
    }
  }
}
