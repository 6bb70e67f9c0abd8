// The menu bar: File (the preview's own: open, download, example, new) and the menus the
// add-on built in onOpen; add-on menus go under Extensions, as in Sheets.

import type { MenuItemView, MenuView } from '../protocol';
import { h } from './dom';

export interface FileActions {
  open(): void;
  download(): void;
  example(): void;
  newWorkbook(): void;
}

export class MenuBar {
  private openMenu: HTMLElement | null = null;

  constructor(
    private readonly bar: HTMLElement,
    private readonly file: FileActions,
    private readonly run: (functionName: string) => void,
  ) {
    document.addEventListener('mousedown', (event) => {
      if (this.openMenu && !this.openMenu.contains(event.target as Node)) this.close();
    });
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.close();
    });
  }

  render(menus: MenuView[]): void {
    this.close();
    const fileItems = [
      this.item('Open .xlsx…', 'file-open', this.file.open),
      this.item('Download .xlsx', 'file-download', this.file.download),
      h('hr'),
      this.item('Load the example dreams table…', 'file-example', this.file.example),
      this.item('New empty workbook…', 'file-new', this.file.newWorkbook),
    ];
    const addonItems = menus
      .filter((m) => m.addon)
      .flatMap((menu) => [
        h(
          'div',
          {
            class: 'group-caption',
            testid: `menu-addon-${menu.caption}`,
            attrs: { role: 'presentation' },
          },
          [menu.caption],
        ),
        ...this.items(menu.items),
      ]);
    const extensions = addonItems.length
      ? addonItems
      : [h('div', { class: 'group-caption' }, ['No add-on menu (onOpen added none)'])];
    this.bar.textContent = '';
    this.bar.append(
      this.menu('File', 'menu-file', fileItems),
      ...menus
        .filter((m) => !m.addon)
        .map((m) => this.menu(m.caption, `menu-${m.caption}`, this.items(m.items))),
      this.menu('Extensions', 'menu-extensions', extensions),
    );
  }

  private items(items: MenuItemView[]): HTMLElement[] {
    return items.flatMap((item): HTMLElement[] => {
      if ('separator' in item) return [h('hr')];
      if ('submenu' in item) {
        return [
          h('div', { class: 'group-caption' }, [item.submenu.caption]),
          ...this.items(item.submenu.items),
        ];
      }
      return [
        this.item(item.caption, `menu-item-${item.functionName}`, () =>
          this.run(item.functionName),
        ),
      ];
    });
  }

  private item(caption: string, testid: string, action: () => void): HTMLElement {
    return h(
      'button',
      {
        testid,
        attrs: { type: 'button', role: 'menuitem' },
        on: {
          click: () => {
            this.close();
            action();
          },
        },
      },
      [caption],
    );
  }

  private menu(caption: string, testid: string, items: HTMLElement[]): HTMLElement {
    const dropdown = h(
      'div',
      { class: 'dropdown', attrs: { role: 'menu', 'aria-label': caption } },
      items,
    );
    dropdown.hidden = true;
    const wrapper = h('div', { class: 'menu' });
    const button = h(
      'button',
      {
        testid,
        attrs: { type: 'button', 'aria-haspopup': 'menu', 'aria-expanded': 'false' },
        on: {
          click: () => {
            const wasOpen = this.openMenu === wrapper;
            this.close();
            if (wasOpen) return;
            dropdown.hidden = false;
            button.setAttribute('aria-expanded', 'true');
            this.openMenu = wrapper;
            dropdown.querySelector<HTMLElement>('button')?.focus();
          },
        },
      },
      [caption],
    );
    wrapper.append(button, dropdown);
    return wrapper;
  }

  close(): void {
    if (!this.openMenu) return;
    this.openMenu.querySelector<HTMLElement>('.dropdown')!.hidden = true;
    this.openMenu.querySelector('button')?.setAttribute('aria-expanded', 'false');
    this.openMenu = null;
  }
}
