// What the add-on shows beside and over the grid: its sidebar (300 px, as in Sheets), a modal
// dialog, and toasts. Their HTML comes from /html/<id>: the add-on's own output plus the shim.

import type { HtmlView, ToastView } from '../protocol';
import { byId, h } from './dom';

export class SidebarPanel {
  private readonly aside = byId('sidebar');
  private readonly title = byId('sidebar-title');
  private readonly frame = byId<HTMLIFrameElement>('sidebar-frame');
  private shown: number | null = null;

  constructor(close: () => void) {
    byId('sidebar-close').addEventListener('click', close);
  }

  render(view: HtmlView | null): void {
    this.aside.hidden = view === null;
    if (view === null) {
      if (this.shown !== null) this.frame.src = 'about:blank';
      this.shown = null;
      return;
    }
    this.title.textContent = view.title || 'Sidebar';
    if (this.shown !== view.id) {
      this.shown = view.id;
      this.frame.src = `/html/${view.id}`;
    }
  }

  get id(): number | null {
    return this.shown;
  }
}

export class ModalPanel {
  private overlay: HTMLElement | null = null;
  private shown: number | null = null;

  constructor(private readonly close: () => void) {}

  render(view: HtmlView | null): void {
    if (view?.id === this.shown) return;
    this.overlay?.remove();
    this.overlay = null;
    this.shown = view?.id ?? null;
    if (!view) return;
    const frame = h('iframe', {
      class: 'modal-frame',
      testid: 'modal-frame',
      attrs: { src: `/html/${view.id}`, title: view.title || 'Dialog' },
    });
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
