// Formatting by hand, as a person does in Sheets without the add-on: a fill colour (Sheets'
// palette, or any colour) and bold, applied to the selection.

import { h } from './dom';

/** Sheets' "light 2" row plus a few strong colours: the shades people actually pick. */
const PALETTE: Array<[hex: string, name: string]> = [
  ['#ea9999', 'light red 2'],
  ['#f9cb9c', 'light orange 2'],
  ['#ffe599', 'light yellow 2'],
  ['#b6d7a8', 'light green 2'],
  ['#a2c4c9', 'light cyan 2'],
  ['#9fc5e8', 'light blue 2'],
  ['#b4a7d6', 'light purple 2'],
  ['#ff0000', 'red'],
  ['#ff9900', 'orange'],
  ['#ffff00', 'yellow'],
  ['#00ff00', 'green'],
  ['#cccccc', 'light grey'],
];

export interface ToolbarActions {
  fill(colour: string | null): void;
  bold(): void;
}

export class Toolbar {
  private readonly boldButton: HTMLButtonElement;

  constructor(root: HTMLElement, actions: ToolbarActions) {
    const swatch = (hex: string | null, name: string): HTMLElement => {
      const button = h('button', {
        class: `swatch${hex ? '' : ' none'}`,
        testid: `fill-${hex ? hex.slice(1) : 'none'}`,
        attrs: { type: 'button', title: `Fill: ${name}`, 'aria-label': `Fill colour ${name}` },
        on: { click: () => actions.fill(hex) },
      });
      if (hex) button.style.backgroundColor = hex;
      return button;
    };
    const custom = h('input', {
      class: 'custom-colour',
      testid: 'fill-custom',
      attrs: {
        type: 'color',
        value: '#f4cccc',
        title: 'Fill: any colour',
        'aria-label': 'Any fill colour',
      },
    });
    custom.addEventListener('change', () => actions.fill(custom.value.toLowerCase()));
    this.boldButton = h(
      'button',
      {
        class: 'bold-button',
        testid: 'toolbar-bold',
        attrs: { type: 'button', title: 'Bold (Ctrl+B)', 'aria-pressed': 'false' },
        on: { click: () => actions.bold() },
      },
      ['B'],
    );
    root.append(
      this.boldButton,
      h('span', { class: 'sep', attrs: { 'aria-hidden': 'true' } }),
      h('span', { class: 'label' }, ['Fill']),
      swatch(null, 'none'),
      ...PALETTE.map(([hex, name]) => swatch(hex, name)),
      custom,
    );
  }

  /** Shows whether the current cell is bold. */
  showBold(bold: boolean): void {
    this.boldButton.setAttribute('aria-pressed', String(bold));
  }
}
