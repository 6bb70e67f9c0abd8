// The images the Marketplace listing and the OAuth consent screen take, all drawn from
// assets/icon.svg (docs/publishing.md says where each one goes). Pure: the sizes, the page
// that draws each one, and a check of a PNG's size from its header, so that the renderer
// (./main.ts, `npm run icons`) can refuse a wrong file and the unit tests need no browser.

export interface ListingImage {
  /** The file written under dist/listing/. */
  file: string;
  width: number;
  height: number;
  /** Where it goes, for the summary the script prints. */
  use: string;
  /** A wide image: the icon centred on the icon's own background colour. */
  banner?: boolean;
}

export const LISTING_IMAGES: readonly ListingImage[] = [
  { file: 'icon-32.png', width: 32, height: 32, use: 'Store listing: application icon 32×32' },
  { file: 'icon-48.png', width: 48, height: 48, use: 'Store listing: application icon 48×48' },
  { file: 'icon-96.png', width: 96, height: 96, use: 'Store listing: application icon 96×96' },
  { file: 'icon-128.png', width: 128, height: 128, use: 'Store listing: application icon 128×128' },
  {
    file: 'card-banner-220x140.png',
    width: 220,
    height: 140,
    use: 'Store listing: application card banner 220×140',
    banner: true,
  },
  { file: 'consent-logo-120.png', width: 120, height: 120, use: 'OAuth consent screen: app logo' },
];

/** The icon's background colour: the first filled shape of the SVG, used around the banner. */
export function backgroundOf(svg: string): string {
  const fill = /<rect\b[^>]*\bfill="(#[0-9a-f]{3,8})"/i.exec(svg);
  if (!fill) throw new Error('assets/icon.svg: no filled <rect> to take the background from');
  return fill[1]!;
}

/**
 * The page that draws one image at its exact pixel size: the SVG scaled to the image's height
 * and centred, on a transparent page (icons) or on the icon's background (the banner).
 */
export function pageFor(svg: string, image: ListingImage): string {
  const side = Math.min(image.width, image.height);
  const background = image.banner ? backgroundOf(svg) : 'transparent';
  const sized = svg
    .replace(/<\?xml[^>]*>\s*/, '')
    .replace(/<svg\b([^>]*)>/, (_all, attrs: string) => {
      const rest = attrs.replace(/\s(width|height)="[^"]*"/g, '');
      return `<svg${rest} width="${side}" height="${side}">`;
    });
  return [
    '<!DOCTYPE html>',
    '<html><head><meta charset="utf-8"><style>',
    `html, body { margin: 0; width: ${image.width}px; height: ${image.height}px; overflow: hidden; }`,
    `body { display: flex; align-items: center; justify-content: center; background: ${background}; }`,
    'svg { display: block; }',
    '</style></head><body>',
    sized,
    '</body></html>',
  ].join('\n');
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk, or null if the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 24) return null;
  if (PNG_SIGNATURE.some((byte, i) => bytes[i] !== byte)) return null;
  const chunk = String.fromCharCode(bytes[12]!, bytes[13]!, bytes[14]!, bytes[15]!);
  if (chunk !== 'IHDR') return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** What is wrong with an SVG meant to be drawn offline, as sentences (none when it is fine). */
export function svgProblems(svg: string): string[] {
  const problems: string[] = [];
  if (!/^\s*(<\?xml[^>]*>\s*)?<svg\b/.test(svg)) problems.push('does not start with <svg>');
  const viewBox = /\bviewBox="([^"]+)"/.exec(svg);
  if (!viewBox) {
    problems.push('has no viewBox, so it cannot be scaled');
  } else {
    const [, , w, h] = viewBox[1]!
      .trim()
      .split(/[\s,]+/)
      .map(Number);
    if (!(w! > 0) || w !== h) problems.push('is not square (its viewBox)');
  }
  if (/\b(href|src)\s*=\s*"(?!#)/i.test(svg) || /url\(\s*['"]?(?!#)/i.test(svg)) {
    problems.push('refers to an outside file or address');
  }
  if (/<(script|foreignObject|text)\b/i.test(svg)) {
    problems.push('has script, foreign content or text (text depends on the fonts installed)');
  }
  return problems;
}
