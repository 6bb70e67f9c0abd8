// The time from a key press to visible feedback in the real sidebar, with each google.script.run
// round trip slowed to what Apps Script often takes (800 ms): a rating keyed on a skill row must
// show at once, marked pending, long before the server answers. Measured in Debian's Chromium on
// the local preview (`npm start -- --latency 800`), from the key event to the first frame after
// the row shows as pending. Skipped, and reported so, where there is no Chromium.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Frame } from 'playwright-core';
import { startPreview } from '../dev/preview/server';
import { FEEDBACK_LATENCY_MS, type FeedbackResult } from './results';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Arms a measure in the page: from the next `event` to the first frame after an element matching
 * `selector` exists. `feedbackMs(frame)` then gives the milliseconds.
 */
export async function armFeedback(
  frame: Frame,
  event: 'keydown' | 'pointerdown',
  selector: string,
): Promise<void> {
  await frame.evaluate(
    ([type, wanted]) => {
      (window as unknown as { __feedback: Promise<number> }).__feedback = new Promise((resolve) => {
        let start = 0;
        const began = () => (start = performance.now());
        document.addEventListener(type, began, { capture: true, once: true });
        const observer = new MutationObserver(() => {
          if (!start || !document.querySelector(wanted)) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - start));
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true });
      });
    },
    [event, selector] as const,
  );
}

export function feedbackMs(frame: Frame): Promise<number> {
  return frame.evaluate(() => (window as unknown as { __feedback: Promise<number> }).__feedback);
}

/** Rates the example table's first skills by key, one after the other; null without Chromium. */
export async function measureFeedback(root: string, presses = 5): Promise<FeedbackResult | null> {
  if (!existsSync(CHROMIUM)) return null;
  const dir = mkdtempSync(join(tmpdir(), 'career-dreams-bench-'));
  const preview = await startPreview({
    port: 0,
    root,
    workbookPath: join(dir, 'workbook.json'),
    example: true,
    latency: FEEDBACK_LATENCY_MS,
    timeZone: 'Etc/UTC',
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(preview.url);
    await page.getByTestId('menu-extensions').click();
    await page.getByTestId('menu-item-menuOpenSidebar').click();
    const side = page.frameLocator('[data-testid="sidebar-frame"]');
    await side.getByTestId('dreams').waitFor();
    const frame = page.frames().find((f) => f !== page.mainFrame() && f.url() !== 'about:blank');
    if (!frame) throw new Error('the sidebar frame did not open');
    const figures: number[] = [];
    for (let i = 0; i < presses; i++) {
      await side.locator('li.skill.is-pending').waitFor({ state: 'detached' });
      const row = side.getByTestId('dream-0').getByTestId(`skill-${i}`);
      await row.focus();
      // A key that changes the cell: a rating already shown would change nothing.
      const shown = await row.getByTestId('skill-rating').textContent();
      await armFeedback(frame, 'keydown', 'li.skill.is-pending');
      await page.keyboard.press(shown === 'red' ? 'g' : 'r');
      figures.push(await feedbackMs(frame));
    }
    await side.locator('li.skill.is-pending').waitFor({ state: 'detached' });
    const sorted = [...figures].sort((a, b) => a - b);
    return {
      latencyMs: FEEDBACK_LATENCY_MS,
      presses: figures,
      medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0,
    };
  } finally {
    await browser.close();
    await preview.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
