// User text is text, in a real browser: a skill named like markup or like a formula shows
// literally in the sidebar and the grid, fires nothing, and is stored as text.

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

const MARKUP = '<img src=x onerror=alert(1)>';
const FORMULA = '=HYPERLINK("http://x")';

let browser: Browser;
let server: RunningPreview;
let page: Page;
let requests: string[];
const browserDialogs: string[] = [];
const workbookPath = tempWorkbook();
const shots = new Screenshots('text-is-text');

beforeAll(async () => {
  [browser, server] = await Promise.all([launchBrowser(), startServer(workbookPath)]);
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  requests = recordRequests(page);
  page.on('dialog', (dialog) => {
    browserDialogs.push(dialog.message());
    void dialog.dismiss();
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function savedCell(sheet: string, a1: string) {
  const saved = savedWorkbook(workbookPath);
  return saved.sheets.find((s) => s.name === sheet)?.cells.find((c) => c.cell === a1);
}

it('shows skills named like markup or a formula literally, in the sidebar and the grid', async () => {
  await page.goto(server.url);
  await page.getByTestId('menu-extensions').click();
  await page.getByTestId('menu-item-menuStartTable').click();
  const side = sidebar(page);
  await side.getByTestId('add-dream-input').fill('Author');
  await side.getByTestId('add-dream-button').click();
  await settled(page);
  const dream = side.getByTestId('dream-0');
  for (const skill of [MARKUP, FORMULA]) {
    await dream.getByTestId('add-skill-input').fill(skill);
    await dream.getByTestId('add-skill-button').click();
    await settled(page);
  }
  await dream.getByTestId('skill-1').waitFor();
  expect(await dream.getByTestId('skill-name').allTextContents()).toEqual([MARKUP, FORMULA]);
  expect(await side.locator('img').count()).toBe(0);

  await hasText(cell(page, 'A3'), FORMULA);
  expect(await cell(page, 'A2').textContent()).toBe(MARKUP);
  expect(await page.locator('[data-testid="grid"] img').count()).toBe(0);
  await cell(page, 'A3').click();
  // The cell editor shows it as one would type text that starts with '='.
  await hasText(page.getByTestId('formula-bar'), `'${FORMULA}`);
  await shots.take(page, 'literal-skills');

  expect(savedCell('Dreams', 'A2')).toMatchObject({ value: MARKUP });
  expect(savedCell('Dreams', 'A3')).toMatchObject({ value: FORMULA });
  expect(savedCell('Dreams', 'A3')?.formula).toBeUndefined();
});

it('typing markup by hand shows it as typed; typing a formula makes a formula, as in Sheets', async () => {
  await cell(page, 'C2').click();
  await page.keyboard.type(MARKUP);
  await page.keyboard.press('Enter');
  await hasText(cell(page, 'C2'), MARKUP);
  await cell(page, 'C3').click();
  await page.keyboard.type('=1+1');
  await page.keyboard.press('Enter');
  // The emulator does not compute formulas: Sheets would show 2.
  await hasText(cell(page, 'C3'), '#NAME?');
  expect(savedCell('Dreams', 'C2')).toMatchObject({ value: MARKUP });
  expect(savedCell('Dreams', 'C3')).toMatchObject({ formula: '=1+1' });
  await shots.take(page, 'typed-by-hand');
});

it('fired no browser dialog and made no request outside loopback', () => {
  expect(browserDialogs).toEqual([]);
  expect(outsideLoopback(requests)).toEqual([]);
});
