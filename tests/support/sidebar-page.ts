// The built sidebar alone in a page, as Sheets shows it (in a frame, 300 px wide), with
// google.script.run answered by the add-on on the emulator for one person. Each call can be
// slowed in the page (`window.__latency`, ms) and is recorded (`window.__calls`). For tests of
// the sidebar itself; the preview's tests drive the whole page instead (browser.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Frame, FrameLocator, Page } from 'playwright-core';
import type { Session } from './addon';
import { callFromSidebarUnchecked } from './loadAddon';
import { DIST } from './paths';

const SHIM = `
window.__latency = 0;
window.__calls = [];
window.google = { script: { run: (function make(ok, fail) {
  return new Proxy({}, { get(_, name) {
    if (name === 'withSuccessHandler') return (h) => make(h, fail);
    if (name === 'withFailureHandler') return (h) => make(ok, h);
    return (...args) => {
      window.__calls.push(name);
      return new Promise((r) => setTimeout(r, window.__latency))
        .then(() => window.__addon(name, JSON.stringify(args)))
        .then((json) => ok && ok(JSON.parse(json)), (e) => fail && fail(e));
    };
  } });
})(null, null) } };`;

export interface SidebarPage {
  page: Page;
  side: FrameLocator;
  frame: Frame;
}

/** Opens the sidebar for `person`, once its table and the skills library have loaded. */
export async function openSidebarPage(
  browser: Browser,
  person: Session,
  height = 880,
): Promise<SidebarPage> {
  const page = await browser.newPage({ viewport: { width: 320, height: height + 20 } });
  await page.exposeFunction('__addon', (name: string, args: string) =>
    JSON.stringify(callFromSidebarUnchecked(person.ctx, name, ...(JSON.parse(args) as unknown[]))),
  );
  await page.addInitScript(SHIM);
  const html = readFileSync(join(DIST, 'Sidebar.html'), 'utf8');
  await page.route('http://127.0.0.1/sidebar', (route) =>
    route.fulfill({ contentType: 'text/html', body: html }),
  );
  await page.route('http://127.0.0.1/', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<iframe data-testid="frame" src="/sidebar" style="width:300px;height:${height}px;border:0"></iframe>`,
    }),
  );
  await page.goto('http://127.0.0.1/');
  const side = page.frameLocator('[data-testid="frame"]');
  await side.getByTestId('dreams').waitFor();
  // The skills library comes from the server once, just after the sidebar opens.
  await side.locator('body[data-library="loaded"]').waitFor({ state: 'attached' });
  const frame = page.frames().find((f) => f.url().endsWith('/sidebar'));
  if (!frame) throw new Error('no sidebar frame');
  return { page, side, frame };
}

/** Waits until the sidebar has no call in flight. */
export async function idle(side: FrameLocator): Promise<void> {
  await side.locator('[data-testid="busy"][hidden]').waitFor({ state: 'attached' });
}
