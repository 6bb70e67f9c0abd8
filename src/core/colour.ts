// Reading a rating from a cell's fill. People colour by hand in any shade (Sheets' palette,
// Excel's Good / Neutral / Bad styles, a custom pick), so the rule works on hue ranges, not
// on exact colours. The boundaries are those of docs/design.md; ranges are half-open, so each hue
// belongs to exactly one rating.
import type { Rating } from './types';

export interface Hsl {
  /** Degrees, 0 <= h < 360. */
  h: number;
  /** 0..1 */
  s: number;
  /** 0..1 */
  l: number;
}

/** Below this saturation a fill is a grey: white, greys and near-black mean "not rated". */
export const MIN_SATURATION = 0.15;
export const MAX_LIGHTNESS = 0.97;
export const MIN_LIGHTNESS = 0.08;

/** What Sheets reports for a cell with no fill. */
export const NO_FILL = '#ffffff';

/** The shades the add-on writes: Sheets' "light red 2", "light yellow 2", "light green 2". */
export const RATING_FILLS: Readonly<Record<Exclude<Rating, 'unrated'>, string>> = {
  red: '#ea9999',
  yellow: '#ffe599',
  green: '#b6d7a8',
};

/** Parses `#rgb` or `#rrggbb` (the `#` optional, any case). Returns null for anything else. */
export function parseHex(colour: string): { r: number; g: number; b: number } | null {
  const hex = colour.trim().replace(/^#/, '');
  if (/^[0-9a-f]{3}$/i.test(hex)) {
    const [r, g, b] = [...hex].map((c) => parseInt(c + c, 16)) as [number, number, number];
    return { r, g, b };
  }
  if (/^[0-9a-f]{6}$/i.test(hex)) {
    return {
      r: parseInt(hex.slice(0, 2), 16),
      g: parseInt(hex.slice(2, 4), 16),
      b: parseInt(hex.slice(4, 6), 16),
    };
  }
  return null;
}

export function rgbToHsl(r: number, g: number, b: number): Hsl {
  const [rn, gn, bn] = [r / 255, g / 255, b / 255];
  const max = Math.max(rn, gn, bn);
  const min = Math.min(rn, gn, bn);
  const l = (max + min) / 2;
  const d = max - min;
  if (d === 0) return { h: 0, s: 0, l };
  const s = d / (1 - Math.abs(2 * l - 1));
  let h: number;
  if (max === rn) h = ((gn - bn) / d) % 6;
  else if (max === gn) h = (bn - rn) / d + 2;
  else h = (rn - gn) / d + 4;
  h *= 60;
  if (h < 0) h += 360;
  return { h, s, l };
}

export interface ColourReading {
  rating: Rating;
  /** A real colour that means no rating (a blue or purple): worth a warning. */
  unusual: boolean;
}

/** The rating a fill colour stands for. Unparseable colours read as unrated. */
export function ratingOfColour(colour: string | null | undefined): ColourReading {
  const rgb = colour ? parseHex(colour) : null;
  if (!rgb) return { rating: 'unrated', unusual: false };
  const { h, s, l } = rgbToHsl(rgb.r, rgb.g, rgb.b);
  if (s < MIN_SATURATION || l > MAX_LIGHTNESS || l < MIN_LIGHTNESS) {
    return { rating: 'unrated', unusual: false };
  }
  if (h < 20 || h >= 330) return { rating: 'red', unusual: false };
  if (h < 70) return { rating: 'yellow', unusual: false };
  if (h < 180) return { rating: 'green', unusual: false };
  return { rating: 'unrated', unusual: true };
}
