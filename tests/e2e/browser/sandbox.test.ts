// The sidebar where it runs in Sheets: Google serves an add-on's sidebar from another origin
// than the document (googleusercontent.com), in an iframe sandboxed with exactly the keywords of
// "Restrictions in IFRAME mode"
// (https://developers.google.com/apps-script/guides/html/restrictions), and delegates no
// permission to it. The preview does the same (dev/preview/server.ts, page/panels.ts), so
// "Take it with you" is tested there: Download through the sandbox's allow-downloads, and Copy,
// whose navigator.clipboard is refused in a cross-origin frame that was not given
// "clipboard-write" (the Permissions Policy), through its fallback within the click.

import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Frame, FrameLocator, Page } from 'playwright-core';
import type { RunningPreview } from '../../../dev/preview/server';
import {
  launchBrowser,
  outsideLoopback,
  recordRequests,
  Screenshots,
  sidebar,
  startServer,
  tempWorkbook,
} from '../../support/browser';

jest.setTimeout(60_000);

/** Google's keywords for a bound script's HTML (not allow-top-navigation-by-user-activation). */
const GOOGLE_SANDBOX = [
  'allow-downloads',
  'allow-forms',
  'allow-modals',
  'allow-popups',
  'allow-popups-to-escape-sandbox',
  'allow-same-origin',
  'allow-scripts',
];

let browser: Browser;
let server: RunningPreview;
let context: BrowserContext;
let page: Page;
let side: FrameLocator;
let frame: Frame;
let requests: string[];
const shots = new Screenshots('sandbox');

/** The page's origin and the sidebar's, as the server says them. */
const pageOrigin = (): string => new URL(server.url).origin;
const htmlOrigin = (): string => new URL(server.htmlUrl).origin;

async function openSidebar(on: Page): Promise<Frame> {
  await on.getByTestId('menu-extensions').click();
  await on.getByTestId('menu-item-menuOpenSidebar').click();
  await sidebar(on).getByTestId('dream-0').waitFor();
  const element = await on.getByTestId('sidebar-frame').elementHandle();
  const found = await element?.contentFrame();
  if (!found) throw new Error('no sidebar frame');
  return found;
}

beforeAll(async () => {
  [browser, server] = await Promise.all([
    launchBrowser(),
    startServer(tempWorkbook(), { example: true }),
  ]);
  context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  // The clipboard is read back, and a known text put in it first, by the page only: the
  // sidebar's frame is given nothing.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: pageOrigin() });
  page = await context.newPage();
  requests = recordRequests(page);
  page.on('dialog', (dialog) => {
    throw new Error(`a browser dialog opened: ${dialog.message()}`);
  });
  await page.goto(server.url);
  frame = await openSidebar(page);
  side = sidebar(page);
  await side.getByTestId('export-summary').click();
  await side.getByTestId('export-text').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('shows the sidebar from another origin, sandboxed with exactly Google’s keywords', async () => {
  expect(htmlOrigin()).not.toBe(pageOrigin());
  const iframe = page.getByTestId('sidebar-frame');
  const sandbox = (await iframe.getAttribute('sandbox')) ?? '';
  expect(sandbox.split(/\s+/).sort()).toEqual(GOOGLE_SANDBOX);
  // No permission delegated (the clipboard's included).
  expect(await iframe.getAttribute('allow')).toBeNull();
  expect(await page.evaluate(() => window.origin)).toBe(pageOrigin());
  // Inside: the sidebar's own origin (allow-same-origin keeps it one, not an opaque "null").
  expect(await frame.evaluate(() => window.origin)).toBe(htmlOrigin());
  expect(new URL(frame.url()).origin).toBe(htmlOrigin());
  // The page is out of its reach, as docs.google.com is out of the sidebar's.
  expect(
    await frame.evaluate(() => {
      try {
        return window.parent.document !== undefined;
      } catch {
        return 'refused';
      }
    }),
  ).toBe('refused');
  await shots.take(page, 'sidebar-on-its-own-origin');
});

it('carries google.script.run to the sidebar’s origin, as the person it was shown to', async () => {
  const sent = page.waitForRequest((r) => r.url().endsWith('/api/run'));
  await side.getByTestId('refresh').click();
  const request = await sent;
  expect(new URL(request.url()).origin).toBe(htmlOrigin());
  expect(request.headers()['x-preview-person']).toBe('Alex');
  // Nothing of the page's API is asked of the sidebar's origin, nor the other way round.
  const html = requests.filter((url) => url.startsWith(htmlOrigin()));
  expect(html.every((url) => /\/(html\/\d+\?parent=|api\/run$)/.test(url))).toBe(true);
  const onPage = requests.filter((url) => url.startsWith(pageOrigin()));
  expect(onPage.some((url) => /\/(html\/|api\/run)/.test(url))).toBe(false);
});

it('downloads the export from the sandboxed frame, exactly the text shown', async () => {
  for (const [format, name] of [
    ['json', 'career-dreams.json'],
    ['markdown', 'career-dreams.md'],
  ] as const) {
    await side.getByTestId(`export-${format}`).click();
    const shown = await side.getByTestId('export-text').inputValue();
    expect(shown.length).toBeGreaterThan(100);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      side.getByTestId('export-download').click(),
    ]);
    expect(download.suggestedFilename()).toBe(name);
    expect(await download.failure()).toBeNull();
    const path = await download.path();
    expect(readFileSync(path, 'utf8')).toBe(shown);
  }
});

it('copies within the click, by the fallback, when navigator.clipboard is refused', async () => {
  await side.getByTestId('export-json').click();
  const shown = await side.getByTestId('export-text').inputValue();
  // A known text in the clipboard first, from the page (which may write it).
  await page.evaluate(() => navigator.clipboard.writeText('not copied yet'));
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('not copied yet');
  // What navigator.clipboard answers the sidebar, recorded around the sidebar's own call.
  await frame.evaluate(() => {
    const record = window as unknown as { __clipboard?: string };
    const clipboard = navigator.clipboard as Clipboard | undefined;
    if (!clipboard?.writeText) {
      record.__clipboard = 'absent';
      return;
    }
    const write = clipboard.writeText.bind(clipboard);
    clipboard.writeText = (text: string) => {
      const written = write(text);
      written.then(
        () => (record.__clipboard = 'written'),
        (error: unknown) => (record.__clipboard = (error as Error).name),
      );
      return written;
    };
  });

  await side.getByTestId('export-copy').click();
  // The status says it with its icon (✓Copied.); "Copying was blocked…" if both ways failed.
  await side
    .getByTestId('status')
    .filter({ hasText: /Copied\.|Copying was blocked/ })
    .waitFor();
  expect(await side.getByTestId('status').textContent()).toMatch(/Copied\.$/);

  // The Clipboard API was refused (the frame has no "clipboard-write"): the fallback copied.
  expect(
    await frame.evaluate(() => (window as unknown as { __clipboard?: string }).__clipboard),
  ).toMatch(/^(NotAllowedError|absent)$/);
  // Back on the page, which may read the clipboard.
  await page.getByTestId('workbook-name').click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
  await shots.take(page, 'copied');
});

it('works the same when the page is opened at localhost', async () => {
  const other = await context.newPage();
  await other.goto(server.url.replace('127.0.0.1', 'localhost'));
  const there = await openSidebar(other);
  expect(await other.evaluate(() => window.origin)).toBe(
    pageOrigin().replace('127.0.0.1', 'localhost'),
  );
  expect(await there.evaluate(() => window.origin)).toBe(htmlOrigin());
  // Its frame was told which page it is in, and only that page may frame it.
  expect(new URL(there.url()).searchParams.get('parent')).toBe(
    pageOrigin().replace('127.0.0.1', 'localhost'),
  );
  await other.close();
});

it('closes on google.script.host.close() from its frame, and on no one else’s message', async () => {
  // The same message from the page's own window, on the page's origin: not the sidebar's. A
  // listener added now runs after the page's own, so when it has the message, the page has
  // already turned it down (or sent the close it asks for).
  await page.evaluate(
    () =>
      new Promise<void>((heard) => {
        const src = (document.querySelector('[data-testid="sidebar-frame"]') as HTMLIFrameElement)
          .src;
        const close = Number(/\/html\/(\d+)/.exec(src)![1]);
        window.addEventListener('message', () => heard(), { once: true });
        window.postMessage({ careerDreamsPreview: true, close }, window.location.origin);
      }),
  );
  expect(await page.getByTestId('sidebar-frame').isVisible()).toBe(true);
  const sent = page.waitForRequest((r) => r.url().endsWith('/api/sidebar/close'));
  await frame.evaluate(() =>
    (
      window as unknown as { google: { script: { host: { close(): void } } } }
    ).google.script.host.close(),
  );
  const request = await sent;
  // Sent because of the frame's message: by then the frame's call had reached the page.
  expect(request.frame()).toBe(page.mainFrame());
  await page.getByTestId('sidebar-frame').waitFor({ state: 'hidden' });
  // Only the one message asked the server to close it.
  expect(requests.filter((url) => url.endsWith('/api/sidebar/close'))).toHaveLength(1);
});

it('asks nothing outside loopback', () => {
  expect(outsideLoopback(requests)).toEqual([]);
});
