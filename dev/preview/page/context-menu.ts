// The grid's context menu (right-click on a cell or a row or column header), as in Sheets:
// insert a row above or below, a column left or right, or delete the row or column. Each goes
// to the server as a hand edit through the emulator's Sheet.insertRowBefore and the like.

import type { StructureRequest } from '../protocol';
import { columnLetters } from './a1';
import { h } from './dom';

export type StructureAction = StructureRequest['action'];

export interface ContextTarget {
  row: number | null;
  col: number | null;
}

let open: HTMLElement | null = null;

export function closeContextMenu(): void {
  open?.remove();
  open = null;
}

document.addEventListener('mousedown', (event) => {
  if (open && !open.contains(event.target as Node)) closeContextMenu();
});
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') closeContextMenu();
});

/** Shows the menu at (x, y) for a row, a column, or both (a cell). */
export function showContextMenu(
  x: number,
  y: number,
  target: ContextTarget,
  act: (action: StructureAction, position: number) => void,
): void {
  closeContextMenu();
  const item = (action: StructureAction, position: number, caption: string): HTMLElement =>
    h(
      'button',
      {
        testid: `context-${action}`,
        attrs: { type: 'button', role: 'menuitem' },
        on: {
          click: () => {
            closeContextMenu();
            act(action, position);
          },
        },
      },
      [caption],
    );
  const { row, col } = target;
  const rows =
    row === null
      ? []
      : [
          item('insertRowBefore', row, 'Insert 1 row above'),
          item('insertRowAfter', row, 'Insert 1 row below'),
          item('deleteRow', row, `Delete row ${row}`),
        ];
  const columns =
    col === null
      ? []
      : [
          item('insertColumnBefore', col, 'Insert 1 column left'),
          item('insertColumnAfter', col, 'Insert 1 column right'),
          item('deleteColumn', col, `Delete column ${columnLetters(col)}`),
        ];
  const menu = h(
    'div',
    {
      class: 'dropdown context-menu',
      testid: 'context-menu',
      attrs: { role: 'menu', 'aria-label': 'Rows and columns' },
    },
    [...rows, ...(rows.length && columns.length ? [h('hr')] : []), ...columns],
  );
  menu.style.position = 'fixed';
  menu.style.left = `${Math.min(x, window.innerWidth - 260)}px`;
  menu.style.top = `${Math.min(y, window.innerHeight - 240)}px`;
  document.body.appendChild(menu);
  open = menu;
  menu.querySelector<HTMLElement>('button')?.focus();
}
