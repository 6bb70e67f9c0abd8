// Fill colours as .xlsx files store them, resolved to '#rrggbb'.
//
// A colour in SpreadsheetML (ECMA-376 Part 1, 18.3.1.15 "color") is one of:
// - rgb="AARRGGBB" (what Google Sheets and LibreOffice write, and Excel for custom colours);
// - theme="n" with an optional tint="-1..1" (what Excel writes for its palette's theme columns),
//   resolved through the workbook's own theme (xl/theme/theme1.xml, its <a:clrScheme>);
// - indexed="n", an entry of the legacy 64-colour palette (older files; some converters).

import { parseHex, rgbToHsl } from '../core';
import { attribute, eachTag } from './scan';

/** A colour as exceljs reports it. */
export interface XlsxColour {
  argb?: string;
  theme?: number;
  tint?: number;
  indexed?: number;
}

// The clrScheme's children in the order of Excel's theme indexes. Index 0 and 1 are lt1 and
// dk1, swapped relative to the XML order: "Background 1" (white) is theme 0, "Text 1" (black)
// theme 1, as Excel's palette shows them.
const THEME_ORDER = [
  'lt1',
  'dk1',
  'lt2',
  'dk2',
  'accent1',
  'accent2',
  'accent3',
  'accent4',
  'accent5',
  'accent6',
  'hlink',
  'folHlink',
] as const;

/** The Office 2007-2010 theme, which exceljs writes: used when a file carries no theme. */
export const DEFAULT_THEME: readonly string[] = [
  '#ffffff',
  '#000000',
  '#eeece1',
  '#1f497d',
  '#4f81bd',
  '#c0504d',
  '#9bbb59',
  '#8064a2',
  '#4bacc6',
  '#f79646',
  '#0000ff',
  '#800080',
];

/**
 * The theme's colours in Excel's theme-index order, from a theme part's XML; null if it has no
 * usable colour scheme. Colours are <a:srgbClr val="RRGGBB"/> or, for the system colours
 * (window, windowText), <a:sysClr lastClr="RRGGBB"/>, right after their entry's tag (spaces
 * between allowed). Any namespace prefix is accepted. One pass over the tags of the first
 * <clrScheme>: no regular expression runs over the file's text.
 */
export function themeColours(xml: string): string[] | null {
  const wanted = new Set<string>(THEME_ORDER);
  const found = new Map<string, string>();
  let inScheme = false;
  let entry: { name: string; end: number } | null = null;
  eachTag(xml, (tag) => {
    if (!inScheme) {
      inScheme = tag.name === 'clrScheme' && !tag.close;
      return !(inScheme && tag.selfClosing);
    }
    if (tag.name === 'clrScheme' && tag.close) return false;
    if (entry && !tag.close && blank(xml, entry.end, tag.start)) {
      const attr = tag.name === 'srgbClr' ? 'val' : tag.name === 'sysClr' ? 'lastClr' : null;
      if (attr && !found.has(entry.name)) {
        const hex = attribute(tag.attrs, attr);
        // A colour that is not six hex digits makes the scheme unusable, as before.
        found.set(entry.name, hex !== undefined && HEX6.test(hex) ? hex.toLowerCase() : '');
      }
    }
    entry = !tag.close && wanted.has(tag.name) ? { name: tag.name, end: tag.end } : null;
    return true;
  });
  const colours: string[] = [];
  for (const name of THEME_ORDER) {
    const hex = found.get(name);
    if (!hex) return null;
    colours.push(`#${hex}`);
  }
  return colours;
}

const HEX6 = /^[0-9a-fA-F]{6}$/;

/** Whether xml[from, to) is only white space (a scan over those characters, once each). */
function blank(xml: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = xml.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return false;
  }
  return true;
}

// The legacy palette (indexes 0-63; 0-7 repeat 8-15). 64 and 65 are the system foreground and
// background colours, here black and white.
const INDEXED = [
  '000000', 'ffffff', 'ff0000', '00ff00', '0000ff', 'ffff00', 'ff00ff', '00ffff',
  '000000', 'ffffff', 'ff0000', '00ff00', '0000ff', 'ffff00', 'ff00ff', '00ffff',
  '800000', '008000', '000080', '808000', '800080', '008080', 'c0c0c0', '808080',
  '9999ff', '993366', 'ffffcc', 'ccffff', '660066', 'ff8080', '0066cc', 'ccccff',
  '000080', 'ff00ff', 'ffff00', '00ffff', '800080', '800000', '008080', '0000ff',
  '00ccff', 'ccffff', 'ccffcc', 'ffff99', '99ccff', 'ff99cc', 'cc99ff', 'ffcc99',
  '3366ff', '33cccc', '99cc00', 'ffcc00', 'ff9900', 'ff6600', '666699', '969696',
  '003366', '339966', '003300', '333300', '993300', '993366', '333399', '333333',
  '000000', 'ffffff',
].map((hex) => `#${hex}`); // prettier-ignore

export function indexedColour(index: number): string | null {
  return INDEXED[index] ?? null;
}

function rgbToHex(rgb: number[]): string {
  return `#${rgb
    .map((c) =>
      Math.round(Math.min(255, Math.max(0, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

function hslToRgb([h, s, l]: [number, number, number]): number[] {
  if (s === 0) return [l * 255, l * 255, l * 255];
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const channel = (t: number): number => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (u < 1 / 6) return p + (q - p) * 6 * u;
    if (u < 1 / 2) return q;
    if (u < 2 / 3) return p + (q - p) * (2 / 3 - u) * 6;
    return p;
  };
  return [channel(h + 1 / 3), channel(h), channel(h - 1 / 3)].map((c) => c * 255);
}

/**
 * Applies a tint as Excel does (ECMA-376 Part 1, 18.8.19 "tint"): in HSL, a negative tint
 * darkens (L * (1 + tint)), a positive one lightens (L * (1 - tint) + tint).
 */
export function applyTint(hex: string, tint: number): string {
  if (!tint) return hex;
  const rgb = parseHex(hex);
  if (!rgb) return hex;
  // The core's conversion, the same one that reads a fill as a rating; its hue is in degrees.
  const { h, s, l } = rgbToHsl(rgb.r, rgb.g, rgb.b);
  const lum = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  return rgbToHex(hslToRgb([h / 360, s, Math.min(1, Math.max(0, lum))]));
}

/** '#rrggbb' for a colour, or null when it names none (auto, or an index out of range). */
export function resolveColour(
  colour: XlsxColour | undefined,
  theme: readonly string[] = DEFAULT_THEME,
): string | null {
  if (!colour) return null;
  let hex: string | null = null;
  if (typeof colour.argb === 'string' && /^([0-9a-f]{2})?[0-9a-f]{6}$/i.test(colour.argb)) {
    // The alpha byte is ignored, as Excel and Sheets ignore it for cell fills.
    hex = `#${colour.argb.slice(-6).toLowerCase()}`;
  } else if (typeof colour.theme === 'number') {
    hex = theme[colour.theme] ?? null;
  } else if (typeof colour.indexed === 'number') {
    hex = indexedColour(colour.indexed);
  }
  if (hex === null) return null;
  return typeof colour.tint === 'number' ? applyTint(hex, colour.tint) : hex;
}
