// The Marketplace images (scripts/icons/, `npm run icons`): drawn from assets/icon.svg, which
// must draw the same anywhere and offline, at the sizes docs/publishing.md lists. The drawing
// itself needs Chromium and is not part of the tests; this checks what it is given and how it
// checks what it gets back.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  LISTING_IMAGES,
  backgroundOf,
  pageFor,
  pngSize,
  svgProblems,
} from '../../../scripts/icons/images';
import { ROOT } from '../../support/paths';

const svg = readFileSync(join(ROOT, 'assets/icon.svg'), 'utf8');

describe('assets/icon.svg', () => {
  it('is square, self-contained and has no text, so it draws the same offline', () => {
    expect(svgProblems(svg)).toEqual([]);
  });

  it('would be refused if it loaded anything, had text, or were not square', () => {
    expect(svgProblems('<svg viewBox="0 0 10 10"><image href="https://x/y.png"/></svg>')).toEqual([
      'refers to an outside file or address',
    ]);
    expect(svgProblems('<svg viewBox="0 0 10 10"><text>CD</text></svg>')).toHaveLength(1);
    expect(svgProblems('<svg viewBox="0 0 20 10"></svg>')).toEqual(['is not square (its viewBox)']);
    expect(svgProblems('<svg></svg>')).toEqual(['has no viewBox, so it cannot be scaled']);
  });
});

describe('the listing images', () => {
  it('are the sizes docs/publishing.md lists, each once', () => {
    const sizes = LISTING_IMAGES.map(({ width, height }) => `${width}x${height}`);
    expect(sizes).toEqual(['32x32', '48x48', '96x96', '128x128', '220x140', '120x120']);
    expect(new Set(LISTING_IMAGES.map((image) => image.file)).size).toBe(LISTING_IMAGES.length);
    const publishing = readFileSync(join(ROOT, 'docs/publishing.md'), 'utf8');
    for (const image of LISTING_IMAGES) expect(publishing).toContain(image.file);
  });

  it('draw the SVG at the image height, centred, the banner on the icon background', () => {
    const banner = LISTING_IMAGES.find((image) => image.banner)!;
    const root = (page: string) => /<svg\b[^>]*>/.exec(page)![0];
    const page = pageFor(svg, banner);
    expect(root(page)).toMatch(/ width="140" height="140">$/);
    expect(root(page).match(/\bwidth=/g)).toHaveLength(1);
    expect(page).toContain(`background: ${backgroundOf(svg)}`);
    const icon = pageFor(svg, LISTING_IMAGES[0]!);
    expect(root(icon)).toMatch(/ width="32" height="32">$/);
    expect(icon).toContain('background: transparent');
  });
});

describe('pngSize', () => {
  // The first 24 bytes of a PNG: the signature, then the IHDR chunk's length, type, width, height.
  const header = (width: number, height: number, type = 'IHDR') => {
    const bytes = new Uint8Array(24);
    bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    bytes.set(
      [...type].map((c) => c.charCodeAt(0)),
      12,
    );
    const view = new DataView(bytes.buffer);
    view.setUint32(16, width);
    view.setUint32(20, height);
    return bytes;
  };

  it('reads the width and height from the header', () => {
    expect(pngSize(header(220, 140))).toEqual({ width: 220, height: 140 });
  });

  it('refuses what is not a PNG', () => {
    expect(pngSize(new TextEncoder().encode('<svg viewBox="0 0 1 1"></svg>'))).toBeNull();
    expect(pngSize(header(1, 1, 'IDAT'))).toBeNull();
    expect(pngSize(header(1, 1).slice(0, 20))).toBeNull();
  });
});
