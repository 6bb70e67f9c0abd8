// Browser tests of the local preview: Debian's Chromium driven by playwright-core (no test
// downloads a browser), against the preview server started in the test on a free loopback
// port with a workbook file of its own.

import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  chromium,
  type Browser,
  type FrameLocator,
  type Locator,
  type Page,
} from 'playwright-core';
import type { WorkbookSnapshot } from '@career-dreams/emulator';
import { startPreview, type PreviewOptions, type RunningPreview } from '../../dev/preview/server';

import { ROOT } from './paths';

export { ROOT };
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

export function tempWorkbook(): string {
  return join(mkdtempSync(join(tmpdir(), 'career-dreams-preview-')), 'workbook.json');
}

/** The workbook as the preview server last saved it to its file. */
export function savedWorkbook(workbookPath: string): WorkbookSnapshot {
  return JSON.parse(readFileSync(workbookPath, 'utf8')) as WorkbookSnapshot;
}

/** `options`: more of startPreview's (the example table, injected latency). */
export function startServer(
  workbookPath: string,
  options: Partial<PreviewOptions> = {},
): Promise<RunningPreview> {
  return startPreview({ port: 0, workbookPath, root: ROOT, timeZone: 'Europe/Paris', ...options });
}

/**
 * Where the preview serves `path`: the add-on's HTML (/html/<id>) and its google.script.run
 * calls (/api/run) on their own origin, as Google serves a sidebar; everything else on the
 * page's.
 */
export function previewUrl(preview: RunningPreview, path: string): URL {
  const html = /^\/(html\/|api\/run(\?|$))/.test(path);
  return new URL(path, html ? preview.htmlUrl : preview.url);
}

/** Every URL the page and its frames ask for; the tests fail on any outside loopback. */
export function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

export function outsideLoopback(urls: string[]): string[] {
  return urls.filter((url) => {
    if (url === 'about:blank') return false;
    const { protocol, hostname } = new URL(url);
    return !(/^(http|ws)s?:$/.test(protocol) && ['127.0.0.1', 'localhost'].includes(hostname));
  });
}

/** The sidebar iframe's content. */
export function sidebar(page: Page): FrameLocator {
  return page.frameLocator('[data-testid="sidebar-frame"]');
}

/** Waits until the sidebar has no call in flight (its "Saving…" / "Checking…" is hidden). */
export async function settled(page: Page): Promise<void> {
  await sidebar(page).locator('[data-testid="busy"][hidden]').waitFor({ state: 'attached' });
}

export function cell(page: Page, a1: string): Locator {
  return page.getByTestId(`cell-${a1}`);
}

/** Waits for a locator's text to be exactly `text`. */
export async function hasText(locator: Locator, text: string): Promise<void> {
  await locator.filter({ hasText: new RegExp(`^${escape(text)}$`) }).waitFor();
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Screenshots of the page and of the sidebar at each step, into a folder printed once. */
export class Screenshots {
  readonly dir: string;
  private step = 0;

  constructor(name: string) {
    this.dir = join(ROOT, 'test-output', 'screenshots', name);
    mkdirSync(this.dir, { recursive: true });
    process.stdout.write(`Screenshots of ${name}: ${this.dir}\n`);
  }

  async take(page: Page, what: string): Promise<void> {
    const prefix = join(this.dir, `${String(++this.step).padStart(2, '0')}-${what}`);
    await page.screenshot({ path: `${prefix}.png` });
    const frame = page.getByTestId('sidebar-frame');
    if (await frame.isVisible()) await frame.screenshot({ path: `${prefix}-sidebar.png` });
  }
}
