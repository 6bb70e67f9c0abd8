// Nothing is lost, in a real browser: removing a skill or a dream asks first and says what goes,
// a Priorities sheet someone typed into is replaced only after they agree, and the "Take it
// with you" panel shows the whole table as text.

import type { Browser, Page } from 'playwright-core';
import { startPreview, type RunningPreview } from '../../../dev/preview/server';
import {
  cell,
  hasText,
  launchBrowser,
  outsideLoopback,
  recordRequests,
  ROOT,
  Screenshots,
  settled,
  sidebar,
  tempWorkbook,
} from '../../support/browser';

jest.setTimeout(60_000);

let browser: Browser;
let server: RunningPreview;
let page: Page;
let requests: string[];
const shots = new Screenshots('nothing-lost');

beforeAll(async () => {
  [browser, server] = await Promise.all([
    launchBrowser(),
    startPreview({ port: 0, workbookPath: tempWorkbook(), root: ROOT, example: true }),
  ]);
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  requests = recordRequests(page);
  await page.goto(server.url);
  await page.getByTestId('menu-extensions').click();
  await page.getByTestId('menu-item-menuOpenSidebar').click();
  await sidebar(page).getByTestId('dream-0').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('asks before removing a skill, and removes nothing on Cancel', async () => {
  const side = sidebar(page);
  const dream = side.getByTestId('dream-0');
  const first = await cell(page, 'A2').textContent();
  if (!(await dream.getByTestId('skill-0').isVisible())) {
    await dream.getByTestId('dream-toggle').click();
  }
  const skill = dream.getByTestId('skill-0');
  // Remove is in the skill's details.
  await skill.getByTestId('skill-more').click();
  await skill.getByTestId('skill-remove').click();
  const message = await skill.getByTestId('skill-remove-message').textContent();
  expect(message).toContain(`‘${first}’`);
  await shots.take(page, 'remove-skill-asks');
  await skill.getByTestId('skill-remove-cancel').click();
  await settled(page);
  expect(await cell(page, 'A2').textContent()).toBe(first);

  if ((await skill.getByTestId('skill-details').count()) === 0) {
    await skill.getByTestId('skill-more').click();
  }
  await skill.getByTestId('skill-remove').click();
  await skill.getByTestId('skill-remove-confirm').click();
  await settled(page);
  expect(await cell(page, 'A2').textContent()).not.toBe(first);
  await hasText(
    side.getByTestId('status'),
    `✓Removed ‘${first}’ from ‘${await cell(page, 'A1').textContent()}’.`,
  );
});

it('says how many skills go with a dream before removing it', async () => {
  const side = sidebar(page);
  const dream = side.getByTestId('dream-1');
  const name = (await dream.getByTestId('dream-name').textContent()) ?? '';
  const third = await cell(page, 'C1').textContent();
  await dream.getByTestId('dream-remove').click();
  expect(await dream.getByTestId('dream-remove-message').textContent()).toMatch(
    new RegExp(`‘${name}’ and its \\d+ skills?`),
  );
  await shots.take(page, 'remove-dream-asks');
  await dream.getByTestId('dream-remove-confirm').click();
  await settled(page);
  await hasText(cell(page, 'B1'), third ?? '');
});

it('asks before replacing a Priorities sheet someone typed into', async () => {
  const side = sidebar(page);
  await side.getByTestId('update-priorities').click();
  await settled(page);
  await page.getByTestId('sheet-tab-Priorities').click();
  await cell(page, 'L3').click();
  await page.keyboard.type('Ask Sam about mentoring');
  await page.keyboard.press('Enter');
  await hasText(cell(page, 'L3'), 'Ask Sam about mentoring');

  await side.getByTestId('update-priorities').click();
  await settled(page);
  const status = side.getByTestId('status');
  expect(await status.textContent()).toContain('Someone typed into the ‘Priorities’ sheet (L3)');
  await shots.take(page, 'priorities-asks');
  expect(await cell(page, 'L3').textContent()).toBe('Ask Sam about mentoring');

  await side.getByTestId('status-consent').click();
  await settled(page);
  await hasText(cell(page, 'L3'), '');
  expect(await status.textContent()).toMatch(/Updated the Priorities sheet/);
});

it('consent is to the cells named: one typed after the question is asked about again', async () => {
  const side = sidebar(page);
  await page.getByTestId('sheet-tab-Priorities').click();
  await cell(page, 'L3').click();
  await page.keyboard.type('Ask Sam');
  await page.keyboard.press('Enter');
  await side.getByTestId('update-priorities').click();
  await settled(page);
  const status = side.getByTestId('status');
  expect(await status.textContent()).toContain('(L3)');
  // Typed between the question and the answer to it.
  await cell(page, 'M3').click();
  await page.keyboard.type('and Kim');
  await page.keyboard.press('Enter');
  await hasText(cell(page, 'M3'), 'and Kim');
  await side.getByTestId('status-consent').click();
  await settled(page);
  expect(await status.textContent()).toContain(
    'That changed since you were asked. Someone typed into the ‘Priorities’ sheet (L3 and M3).',
  );
  expect(await cell(page, 'M3').textContent()).toBe('and Kim');
  await side.getByTestId('status-consent').click();
  await settled(page);
  await hasText(cell(page, 'M3'), '');
  expect(await status.textContent()).toMatch(/Updated the Priorities sheet/);
});

it('shows the whole table as Markdown and JSON to take along', async () => {
  const side = sidebar(page);
  await page.getByTestId('sheet-tab-Dreams').click();
  await side.getByTestId('export-summary').click();
  await side.getByTestId('export-markdown').click();
  const markdown = await side.getByTestId('export-text').inputValue();
  const dreamName = (await cell(page, 'A1').textContent()) ?? '';
  expect(markdown).toContain(dreamName);
  expect(markdown).toMatch(/Red|Yellow|Green/);
  await side.getByTestId('export-json').click();
  const json = JSON.parse(await side.getByTestId('export-text').inputValue()) as {
    dreams: string[];
    priorities: unknown[];
  };
  expect(json.dreams[0]).toBe(dreamName);
  expect(json.priorities.length).toBeGreaterThan(0);
  await shots.take(page, 'export');
  expect(outsideLoopback(requests)).toEqual([]);
});
