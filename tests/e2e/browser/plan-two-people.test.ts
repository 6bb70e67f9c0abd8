// Two people with the Plan panel open, in two browser windows of their own on one preview, as in
// the conversation after the dreams table: Alex changes a plan item's status, and Sam's panel
// follows without Sam pressing anything (the sidebar checks the view while the panel is open,
// checkFollowUp, on the pace of its checks of the table). Every round trip is slowed as Apps
// Script often is. Nothing leaves loopback.

import { writeFileSync } from 'node:fs';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { Workbook } from '@career-dreams/emulator';
import type { RunningPreview } from '../../../dev/preview/server';
import {
  hasText,
  launchBrowser,
  outsideLoopback,
  Screenshots,
  settled,
  sidebar,
  startServer,
  tempWorkbook,
} from '../../support/browser';

jest.setTimeout(90_000);

/** Milliseconds added to each google.script.run round trip (half each way). */
const LATENCY = 400;

/** A table, and a plan of two actions made in the first conversation. */
function planWorkbook(path: string): void {
  const workbook = new Workbook({ name: 'Plan, two people', timeZone: 'Europe/Paris' });
  workbook.rename(workbook.sheets[0]!, 'Dreams');
  workbook.loadSheet('Dreams', {
    values: [
      ['Founder', 'CTO'],
      ['Hiring', 'Hiring'],
      ['Fundraising', 'Architecture'],
    ],
    backgrounds: [[], ['#ea9999', '#ffe599'], ['#ea9999', '#b6d7a8']],
  });
  workbook.loadSheet('Plan', {
    values: [
      ['Skill', 'Action', 'Owner', 'Status'],
      ['Hiring', 'Run the next hiring loop', 'Alex', 'Not started'],
      ['Fundraising', 'Pitch to two angel investors', 'Sam', 'Not started'],
    ],
  });
  writeFileSync(path, JSON.stringify(workbook.snapshot()));
}

let browser: Browser;
let server: RunningPreview;
const contexts: BrowserContext[] = [];
let alex: Page;
let sam: Page;
const requests: string[] = [];
/** The add-on functions Sam's sidebar called, in order. */
const samCalls: string[] = [];
const workbookPath = tempWorkbook();
const shots = new Screenshots('plan-two-people');

async function open(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  page.on('request', (request) => requests.push(request.url()));
  page.on('dialog', (dialog) => {
    throw new Error(`a browser dialog opened: ${dialog.message()}`);
  });
  await page.goto(server.url);
  await page.getByTestId('sheet-tab-Dreams').waitFor();
  return page;
}

/** Opens the sidebar, then its Plan panel, and waits for the plan to show. */
async function openPlan(page: Page): Promise<void> {
  await page.getByTestId('menu-extensions').click();
  await page.getByTestId('menu-item-menuOpenSidebar').click();
  const side = sidebar(page);
  await side.getByTestId('dream-0').waitFor();
  await side.getByTestId('goto-plan').click();
  await side.getByTestId('plan-item').first().waitFor();
  await settled(page);
}

/** The sidebar's frame, to wait on what its controls hold. */
function sidebarFrame(page: Page): Frame {
  const frame = page.frames().find((f) => f.url().includes('/html/'));
  if (!frame) throw new Error('no sidebar frame');
  return frame;
}

/** Waits until the status select of the item whose action is `action` holds `status`. */
async function statusIs(page: Page, action: string, status: string): Promise<void> {
  await sidebarFrame(page).waitForFunction(
    ([wanted, value]) =>
      [...document.querySelectorAll('[data-testid="plan-item"]')].some(
        (item) =>
          item.querySelector('[data-testid="plan-item-action"]')?.textContent === wanted &&
          item.querySelector('select')?.value === value,
      ),
    [action, status] as const,
    // A safety net, not a measure: the panel follows on one of its next checks.
    { timeout: 60_000 },
  );
}

beforeAll(async () => {
  planWorkbook(workbookPath);
  [browser, server] = await Promise.all([
    launchBrowser(),
    startServer(workbookPath, { latency: LATENCY }),
  ]);
  alex = await open();
  await hasText(alex.getByTestId('you'), 'You are: Alex');
  sam = await open();
  await hasText(sam.getByTestId('you'), 'You are: Sam');
  sam.on('request', (request) => {
    if (!request.url().endsWith('/api/run')) return;
    samCalls.push((request.postDataJSON() as { name: string }).name);
  });
  await openPlan(alex);
  await openPlan(sam);
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await server?.close();
});

it('shows the same plan in both panels', async () => {
  await statusIs(alex, 'Run the next hiring loop', 'Not started');
  await statusIs(sam, 'Run the next hiring loop', 'Not started');
});

it('Alex changes a status; Sam’s panel follows without Sam pressing anything', async () => {
  const item = sidebar(alex)
    .getByTestId('plan-item')
    .filter({ hasText: 'Run the next hiring loop' });
  const answered = alex.waitForResponse((r) => r.url().endsWith('/api/run'));
  await item.getByLabel(/^Status of/).selectOption('In progress');
  await answered;
  await settled(alex);
  const before = samCalls.length;
  // Alex's own panel shows it from the change's answer.
  await statusIs(alex, 'Run the next hiring loop', 'In progress');
  await shots.take(alex, 'alex-changed-status');
  // Sam's panel, untouched since it opened, shows it from its own check.
  await statusIs(sam, 'Run the next hiring loop', 'In progress');
  await statusIs(sam, 'Pitch to two angel investors', 'Not started');
  await shots.take(sam, 'sam-sees-alex-status');
  // Learnt by checking (the table did not change, so nothing read the whole view again).
  const since = samCalls.slice(before);
  expect(since).toContain('checkFollowUp');
  expect(since).not.toContain('getFollowUp');
});

it('checks the plan only after checking the table, one call at a time', () => {
  // Each check of the plan follows one of the table, on its pace.
  samCalls.forEach((name, i) => {
    if (name === 'checkFollowUp') expect(samCalls[i - 1]).toBe('checkState');
  });
});

/** Waits until the owner input of the item whose action is `action` holds `owner`. */
async function ownerIs(page: Page, action: string, owner: string): Promise<void> {
  await sidebarFrame(page).waitForFunction(
    ([wanted, value]) =>
      [...document.querySelectorAll('[data-testid="plan-item"]')].some(
        (item) =>
          item.querySelector('[data-testid="plan-item-action"]')?.textContent === wanted &&
          item.querySelector<HTMLInputElement>('input[aria-label^="Owner of"]')?.value === value,
      ),
    [action, owner] as const,
    // A safety net, not a measure: the panel follows on one of its next checks.
    { timeout: 60_000 },
  );
}

it('does not save a day Sam is still typing when Alex’s change redraws Sam’s panel', async () => {
  const next = sidebar(sam).getByTestId('checkin:next');
  await next.click();
  // Month, day, and the year as far as its first digit: 0002-05-01 is already a valid day.
  await sam.keyboard.type('05012');
  await expect(next.inputValue()).resolves.toBe('0002-05-01');
  const before = samCalls.length;
  await sidebar(alex)
    .getByTestId('plan-item')
    .filter({ hasText: 'Pitch to two angel investors' })
    .getByLabel(/^Status of/)
    .selectOption('In progress');
  await statusIs(sam, 'Pitch to two angel investors', 'In progress');
  await settled(sam);
  expect(samCalls.slice(before)).not.toContain('setNextCheckIn');
  await expect(
    sidebar(sam)
      .getByTestId('checkin:next')
      .evaluate((el) => el === document.activeElement),
  ).resolves.toBe(true);
  // Sam clears it and moves on: nothing was set.
  await sidebar(sam).getByTestId('checkin:next').fill('');
  await sidebar(sam).getByTestId('checkin:next').press('Tab');
  await settled(sam);
  expect(samCalls.slice(before)).not.toContain('setNextCheckIn');
});

it('saves the owner Sam typed when Sam leaves the field, though Alex’s change came in between', async () => {
  const owner = sidebar(sam)
    .getByTestId('plan-item')
    .filter({ hasText: 'Run the next hiring loop' })
    .getByLabel(/^Owner of/);
  await owner.click();
  await owner.press('End');
  await owner.pressSequentially(' and Kim');
  // Alex changes the same item meanwhile; Sam's panel follows with the focus still in the owner.
  await sidebar(alex)
    .getByTestId('plan-item')
    .filter({ hasText: 'Run the next hiring loop' })
    .getByLabel(/^Status of/)
    .selectOption('Done');
  await statusIs(sam, 'Run the next hiring loop', 'Done');
  await expect(owner.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  await expect(owner.inputValue()).resolves.toBe('Alex and Kim');
  // Sam leaves the field: what Sam typed is saved, and Alex's panel shows it.
  await owner.press('Tab');
  await ownerIs(alex, 'Run the next hiring loop', 'Alex and Kim');
});

it('keeps the skill of the action Sam is typing when Alex’s change moves the suggestions', async () => {
  const side = sidebar(sam);
  await side.getByTestId('plan-add-summary').click();
  const skill = side.getByTestId('plan-add:skill');
  const shown = await skill.inputValue();
  await side.getByTestId('plan-add:action').fill('Ask Dana how she hires');
  // Alex removes the other skill's action: that skill is no longer planned, so it is the one
  // a new action would be for by default.
  const pitch = sidebar(alex)
    .getByTestId('plan-item')
    .filter({ hasText: 'Pitch to two angel investors' });
  await pitch.getByTestId('plan-item-remove').click();
  await pitch.getByTestId('plan-remove-confirm').click();
  await sidebarFrame(sam).waitForFunction(
    () =>
      ![...document.querySelectorAll('[data-testid="plan-item-action"]')].some(
        (a) => a.textContent === 'Pitch to two angel investors',
      ),
    undefined,
    { timeout: 60_000 },
  );
  // The action Sam is writing is still for the skill it showed.
  await expect(skill.inputValue()).resolves.toBe(shown);
  await expect(side.getByTestId('plan-add:action').inputValue()).resolves.toBe(
    'Ask Dana how she hires',
  );
});

it('made no request outside loopback, from either page or sidebar', () => {
  expect(outsideLoopback(requests)).toEqual([]);
});
