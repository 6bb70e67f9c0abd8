// The whole conversation in a real browser, on the local preview: start the table from the
// page's menu (answering the add-on's question), three dreams and their skills from the
// sidebar, ratings from the sidebar and from a selection in the grid, a fill by hand, the
// priorities; then a restart and a round trip through .xlsx. Nothing leaves loopback.

import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { RunningPreview } from '../../../dev/preview/server';
import {
  cell,
  hasText,
  launchBrowser,
  outsideLoopback,
  recordRequests,
  savedWorkbook,
  Screenshots,
  settled,
  sidebar,
  startServer,
  tempWorkbook,
} from '../../support/browser';

jest.setTimeout(60_000);

const EXPECTED_PRIORITIES = [
  'Hiring',
  'Fundraising',
  'Budgeting',
  'Public speaking',
  'Giving feedback',
];

let browser: Browser;
let server: RunningPreview;
let page: Page;
let requests: string[];
const workbookPath = tempWorkbook();
const shots = new Screenshots('conversation');

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer(workbookPath)]);
  page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  requests = recordRequests(page);
  page.on('dialog', (dialog) => {
    throw new Error(`a browser dialog opened: ${dialog.message()}`);
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function menu(functionName: string): Promise<void> {
  await page.getByTestId('menu-extensions').click();
  await page.getByTestId(`menu-item-${functionName}`).click();
}

/** Clicks cells (with modifiers) and waits until the server has the selection. */
async function select(...clicks: Array<[string, ('Shift' | 'Control')[]?]>): Promise<void> {
  for (const [a1, modifiers] of clicks) {
    const answered = page.waitForResponse((r) => r.url().endsWith('/api/select'));
    await cell(page, a1).click({ modifiers: modifiers ?? [] });
    await answered;
  }
}

/** Waits until the grid shows the cell with this fill (the grid follows each change at once). */
async function expectFill(a1: string, rgb: string): Promise<void> {
  await page.waitForFunction(
    ([testid, colour]) => {
      const el = document.querySelector(`[data-testid="${testid}"]`);
      return !!el && getComputedStyle(el).backgroundColor === colour;
    },
    [`cell-${a1}`, rgb] as const,
  );
}

async function expectBold(a1: string): Promise<void> {
  await page.locator(`[data-testid="cell-${a1}"].bold`).waitFor();
}

const RED = 'rgb(234, 153, 153)';
const YELLOW = 'rgb(255, 229, 153)';
const GREEN = 'rgb(182, 215, 168)';

async function sidebarPriorities(p: Page): Promise<string[]> {
  const list = sidebar(p).getByTestId('priorities-list');
  await list.waitFor();
  return list.getByTestId('priority-skill').allTextContents();
}

it('starts empty, and the menu starts the table after asking about a sheet typed by hand', async () => {
  await page.goto(server.url);
  await page.getByTestId('sheet-tab-Sheet1').waitFor();
  await shots.take(page, 'empty-workbook');

  // Something typed by hand first, as a person might.
  await select(['A1']);
  const typed = page.waitForResponse((r) => r.url().endsWith('/api/input'));
  await page.keyboard.type('Pilot');
  await page.keyboard.press('Enter');
  await typed;
  await hasText(cell(page, 'A1'), 'Pilot');

  await menu('menuStartTable');
  const question = page.getByTestId('dialog');
  await question.waitFor();
  expect(await page.getByTestId('dialog-message').textContent()).toContain(
    '‘Sheet1’ already has content',
  );
  await shots.take(page, 'adopt-question');
  await page.getByTestId('dialog-button-NO').click();

  await page.getByTestId('sheet-tab-Dreams').waitFor();
  await sidebar(page).getByTestId('add-dream-input').waitFor();
  expect(await page.getByTestId('sidebar').isVisible()).toBe(true);
  expect(
    await page.getByTestId('sidebar-frame').evaluate((f) => f.getBoundingClientRect().width),
  ).toBe(300);
  expect(await page.getByTestId('sheet-tab-Dreams').getAttribute('aria-selected')).toBe('true');
  await shots.take(page, 'table-started');
});

it('adds three dreams and their skills from the sidebar', async () => {
  const side = sidebar(page);
  const dreams: Array<[string, string]> = [
    ['Engineering manager', 'Hiring, Giving feedback, Budgeting'],
    ['Staff engineer', 'System design, Public speaking'],
    ['Founder', 'Hiring, Fundraising, Public speaking'],
  ];
  for (const [i, [dream, skills]] of dreams.entries()) {
    await side.getByTestId('add-dream-input').fill(dream);
    await side.getByTestId('add-dream-button').click();
    await settled(page);
    const section = side.getByTestId(`dream-${i}`);
    await section.getByTestId('add-skill-input').fill(skills);
    await section.getByTestId('add-skill-button').click();
    await settled(page);
    await section.getByTestId(`skill-${skills.split(',').length - 1}`).waitFor();
  }
  await hasText(cell(page, 'C4'), 'Public speaking');
  expect(await cell(page, 'A1').textContent()).toBe('Engineering manager');
  expect(await cell(page, 'B1').textContent()).toBe('Staff engineer');
  expect(await cell(page, 'A4').textContent()).toBe('Budgeting');
  await shots.take(page, 'dreams-and-skills');
});

it('rates and bolds from the sidebar', async () => {
  const side = sidebar(page);
  const act = async (dream: number, skill: number, testid: string): Promise<void> => {
    const row = side.getByTestId(`dream-${dream}`).getByTestId(`skill-${skill}`);
    // A skill is one line; its rating buttons are in its details.
    if ((await row.getByTestId('skill-details').count()) === 0) {
      await row.getByTestId('skill-more').click();
    }
    await row.getByTestId(testid).click();
    await settled(page);
  };
  await act(0, 0, 'skill-rate-red'); // Engineering manager: Hiring
  await act(0, 0, 'skill-critical');
  await act(2, 0, 'skill-rate-red'); // Founder: Hiring
  await act(2, 1, 'skill-rate-red'); // Founder: Fundraising
  await act(2, 1, 'skill-critical');
  await act(1, 0, 'skill-rate-green'); // Staff engineer: System design

  await expectBold('A2');
  await expectFill('A2', RED);
  await expectFill('B2', GREEN);
  await expectBold('C3');
  expect(
    await side
      .getByTestId('dream-0')
      .getByTestId('skill-0')
      .getByTestId('skill-rating')
      .textContent(),
  ).toContain('critical');
  await shots.take(page, 'rated-from-sidebar');
});

it('rates a selection made in the grid (ctrl-click and shift-click)', async () => {
  const side = sidebar(page);
  await select(['B3'], ['C4', ['Control']]); // Public speaking, twice
  expect(await page.getByTestId('name-box').textContent()).toBe('B3, C4');
  await side.getByTestId('selection-rate-yellow').click();
  await settled(page);

  await select(['A3'], ['A4', ['Shift']]); // Giving feedback and Budgeting
  expect(await page.getByTestId('name-box').textContent()).toBe('A3:A4');
  await side.getByTestId('selection-rate-yellow').click();
  await settled(page);

  await select(['A3']);
  await side.getByTestId('selection-critical').click();
  await settled(page);

  await expectBold('A3');
  for (const a1 of ['B3', 'C4', 'A3', 'A4']) await expectFill(a1, YELLOW);
  await shots.take(page, 'rated-selection');
});

it('colours a cell by hand, and the sidebar reads it after Refresh', async () => {
  await select(['A4']);
  const formatted = page.waitForResponse((r) => r.url().endsWith('/api/format'));
  await page.getByTestId('fill-ea9999').click();
  await formatted;
  await expectFill('A4', RED);
  const side = sidebar(page);
  await side.getByTestId('refresh').click();
  await settled(page);
  await hasText(
    side.getByTestId('dream-0').getByTestId('skill-2').getByTestId('skill-rating'),
    'red',
  );
  await shots.take(page, 'coloured-by-hand');
});

it('updates the priorities: the sidebar’s ranking, the Priorities sheet in the grid and on disk', async () => {
  const side = sidebar(page);
  await side.getByTestId('update-priorities').click();
  await settled(page);
  expect(await sidebarPriorities(page)).toEqual(EXPECTED_PRIORITIES);
  expect(await side.getByTestId('priority-0').getByTestId('priority-why').textContent()).toContain(
    'Engineering manager (critical)',
  );

  await page.getByTestId('sheet-tab-Priorities').click();
  await hasText(cell(page, 'B4'), 'Skill');
  const column = await Promise.all(
    EXPECTED_PRIORITIES.map((_, i) => cell(page, `B${5 + i}`).textContent()),
  );
  expect(column).toEqual(EXPECTED_PRIORITIES);

  const saved = savedWorkbook(workbookPath).sheets.find((s) => s.name === 'Priorities');
  const b = (row: number) => saved?.cells.find((c) => c.cell === `B${row}`)?.value;
  expect(EXPECTED_PRIORITIES.map((_, i) => b(5 + i))).toEqual(EXPECTED_PRIORITIES);
  await shots.take(page, 'priorities');
});

it('keeps the table when the server restarts', async () => {
  await server.close();
  server = await startServer(workbookPath);
  await page.goto(server.url);
  await page.getByTestId('sheet-tab-Dreams').click();
  await hasText(cell(page, 'A2'), 'Hiring');
  await expectFill('A2', RED);
  await menu('menuOpenSidebar');
  expect(await sidebarPriorities(page)).toEqual(EXPECTED_PRIORITIES);
  await shots.take(page, 'after-restart');
});

it('downloads .xlsx and opens it again: same table, same priorities', async () => {
  await page.getByTestId('menu-file').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('file-download').click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const file = join(dirname(workbookPath), 'dreams.xlsx');
  await download.saveAs(file);

  await page.getByTestId('file-input').setInputFiles(file);
  await hasText(page.getByTestId('workbook-name'), 'dreams');
  expect(await page.getByTestId('page-message').textContent()).toContain('Opened dreams.xlsx.');
  await page.getByTestId('sheet-tab-Dreams').click();
  await hasText(cell(page, 'C3'), 'Fundraising');
  await expectFill('A4', RED);
  await expectBold('C3');
  await menu('menuOpenSidebar');
  expect(await sidebarPriorities(page)).toEqual(EXPECTED_PRIORITIES);
  expect(savedWorkbook(workbookPath).name).toBe('dreams');
  await shots.take(page, 'reopened-from-xlsx');
});

it('made no request outside loopback, from the page or the sidebar', () => {
  expect(requests.length).toBeGreaterThan(20);
  expect(requests.some((url) => url.includes('/html/'))).toBe(true);
  expect(outsideLoopback(requests)).toEqual([]);
});
