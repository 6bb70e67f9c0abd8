// npm run icons: draws assets/icon.svg into the PNG files of ./images.ts, under dist/listing/,
// with the Chromium the browser tests use (Debian's `chromium`, or CHROMIUM_PATH), offline.
// Each file is checked for its exact size after it is written. Not part of `npm test`: the
// listing images are made when the listing changes (docs/publishing.md).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chromium } from 'playwright-core';
import { LISTING_IMAGES, pageFor, pngSize, svgProblems } from './images';

// Run from the repository root, as npm runs scripts (this file is bundled elsewhere to run).
const ROOT = process.cwd();
const SVG = join(ROOT, 'assets/icon.svg');
const OUT = join(ROOT, 'dist/listing');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function main(): Promise<void> {
  const svg = readFileSync(SVG, 'utf8');
  const problems = svgProblems(svg);
  if (problems.length > 0) throw new Error(`assets/icon.svg ${problems.join('; ')}`);
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    for (const image of LISTING_IMAGES) {
      const context = await browser.newContext({
        viewport: { width: image.width, height: image.height },
        deviceScaleFactor: 1,
        offline: true,
      });
      const page = await context.newPage();
      await page.setContent(pageFor(svg, image));
      const png = await page.screenshot({
        omitBackground: !image.banner,
        clip: { x: 0, y: 0, width: image.width, height: image.height },
      });
      await context.close();
      const size = pngSize(png);
      if (!size || size.width !== image.width || size.height !== image.height) {
        throw new Error(
          `${image.file}: drawn at ${size ? `${size.width}×${size.height}` : 'an unreadable size'}, ` +
            `not ${image.width}×${image.height}`,
        );
      }
      const path = join(OUT, image.file);
      writeFileSync(path, png);
      console.log(`${relative(ROOT, path)}  ${image.use}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
