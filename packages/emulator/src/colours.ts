// Background colours as Range.setBackground accepts and getBackground returns them.
// https://developers.google.com/apps-script/reference/spreadsheet/range#setBackground(String)
// "A color code in CSS notation (such as '#ffffff' or 'white'); a null value resets the color."
// https://developers.google.com/apps-script/reference/spreadsheet/range#getBackground()
// "Returns the background color of the top-left cell in the range (for example, '#ffffff')."

/** What getBackground() reports for a cell with no fill. */
export const NO_FILL = '#ffffff';

// CSS basic colours plus a few common extended names; extend when a test needs more.
const NAMED: Record<string, string> = {
  black: '#000000',
  silver: '#c0c0c0',
  gray: '#808080',
  grey: '#808080',
  white: '#ffffff',
  maroon: '#800000',
  red: '#ff0000',
  purple: '#800080',
  fuchsia: '#ff00ff',
  magenta: '#ff00ff',
  green: '#008000',
  lime: '#00ff00',
  olive: '#808000',
  yellow: '#ffff00',
  navy: '#000080',
  blue: '#0000ff',
  teal: '#008080',
  aqua: '#00ffff',
  cyan: '#00ffff',
  orange: '#ffa500',
  pink: '#ffc0cb',
  brown: '#a52a2a',
  gold: '#ffd700',
  lightgray: '#d3d3d3',
  lightgrey: '#d3d3d3',
  darkgray: '#a9a9a9',
  darkgrey: '#a9a9a9',
};

const HEX6 = /^#([0-9a-f]{6})$/i;
const HEX3 = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i;
const RGB = /^rgb\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*\)$/i;

/**
 * '#RGB', '#RRGGBB', 'rgb(r, g, b)' or a CSS name -> '#rrggbb'; null -> null (no fill).
 * Throws for anything else, so a typo in the add-on fails loudly here (what Sheets does with an
 * unknown colour is not documented).
 */
export function normaliseColour(input: string | null): string | null {
  if (input === null) return null;
  const text = String(input).trim();
  const hex6 = HEX6.exec(text);
  if (hex6) return `#${hex6[1]!.toLowerCase()}`;
  const hex3 = HEX3.exec(text);
  if (hex3)
    return `#${hex3
      .slice(1, 4)
      .map((d) => d + d)
      .join('')
      .toLowerCase()}`;
  const rgb = RGB.exec(text);
  if (rgb) {
    const channels = rgb.slice(1, 4).map(Number);
    if (channels.every((c) => c <= 255)) {
      return `#${channels.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
    }
  }
  const named = NAMED[text.toLowerCase()];
  if (named) return named;
  throw new Error(
    `Emulator: unrecognised colour "${text}" (use #rgb, #rrggbb, rgb() or a CSS name).`,
  );
}
