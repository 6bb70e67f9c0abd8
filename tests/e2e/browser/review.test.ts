// The sidebar's library search, definitions and guided review in a real browser: the built
// dist/Sidebar.html, with google.script.run carried to the built dist/Code.js on the emulator
// (the same rules as tests/addon), so each click and key is checked on the sheet itself.

import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../support/browser';
import { idle, openSidebarPage, type SidebarPage } from '../../support/sidebar-page';
import { setup, type Session } from '../../support/addon';

jest.setTimeout(60_000);

const RED = '#ea9999';
const YELLOW = '#ffe599';
const GREEN = '#b6d7a8';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const open = (person: Session): Promise<SidebarPage> => openSidebarPage(browser, person);

const TABLE = {
  Dreams: {
    values: [['CTO'], ['Hiring'], ['Architecture'], ['Budgeting'], ['Public speaking']],
    notes: [[], ['Has hired a team of ten.'], [], [], []],
  },
};

it('walks through critical, then ratings, with keys, writing each answer at once', async () => {
  const { emu, alice } = setup(TABLE);
  const { page, side } = await open(alice);
  const next = side.getByTestId('dream-next-unrated');
  await expect(next.textContent()).resolves.toBe('4 not rated yet \u2014 next: Hiring');

  await side.getByTestId('dream-review').click();
  const review = side.getByTestId('review');
  await review.waitFor();
  await expect(side.getByTestId('review-progress').textContent()).resolves.toBe('1 of 4');
  await expect(side.getByTestId('review-keys').textContent()).resolves.toMatch(/C critical/);
  await side.getByTestId('review-note').filter({ hasText: 'Has hired a team of ten.' }).waitFor();

  // Step 1: Hiring critical, Architecture critical, Budgeting skipped, Public speaking not.
  for (const key of ['c', 'c', 's', 'n']) await page.keyboard.press(key);
  await side.getByTestId('review-step').filter({ hasText: 'Step 2 of 2' }).waitFor();
  await expect(side.getByTestId('review-progress').textContent()).resolves.toBe('1 of 4');
  // Step 2: Hiring red, Architecture green, back to Architecture, yellow; skip Budgeting;
  // Public speaking red.
  for (const key of ['r', 'g', 'ArrowLeft', 'y', 's', 'r']) await page.keyboard.press(key);
  await side.getByTestId('review-done').waitFor();
  await idle(side);
  await side.getByTestId('review-done').filter({ hasText: '2 red, 1 yellow, 0 green' }).waitFor();

  const dump = emu.workbook.dump('Dreams', 'A2:A5');
  expect(dump.bold).toEqual([[true], [true], [false], [false]]);
  expect(dump.backgrounds.map((r) => r[0])).toEqual([RED, YELLOW, '#ffffff', RED]);
  await expect(side.getByTestId('review-done').textContent()).resolves.toMatch(
    /1 skill is not rated yet/,
  );

  // "Rate the ones left" goes to Budgeting; the library's definition is offered there.
  await side.getByTestId('review-rate-left').click();
  await expect(side.getByTestId('review-skill').textContent()).resolves.toBe('Budgeting');
  await expect(side.getByTestId('review-note').textContent()).resolves.toMatch(
    /^Planning how much money goes where.*\(suggested definition; not in the sheet\)$/,
  );
  await side.getByTestId('review-rate-green').click();
  await idle(side);
  expect(emu.workbook.cell('Dreams', 'A4').background).toBe(GREEN);
  await page.keyboard.press('Escape');
  await side.getByTestId('dream-all-rated').filter({ hasText: 'All 4 rated.' }).waitFor();
  await page.close();
});

it('adds skills found as you type, with their definitions as notes, and edits a note', async () => {
  const { emu, alice } = setup(TABLE);
  const { page, side } = await open(alice);
  const input = side.getByTestId('add-skill-input');
  await input.pressSequentially('budg');
  // Budgeting is already in this dream: not offered.
  await expect(side.getByTestId('library-suggestion').count()).resolves.toBe(0);
  await input.fill('');
  await input.pressSequentially('fund');
  await side.locator('[data-skill="Fundraising"]').click();
  await input.pressSequentially('negot');
  await side.locator('[data-skill="Negotiation"]').click();
  await expect(input.inputValue()).resolves.toBe('Fundraising, Negotiation, ');
  await side.getByTestId('add-skill-button').click();
  await idle(side);
  const added = emu.workbook.dump('Dreams', 'A6:A7');
  expect(added.values).toEqual([['Fundraising'], ['Negotiation']]);
  expect(added.notes[0]![0]).toMatch(/^Convincing investors/);
  expect(added.notes[1]![0]).toMatch(/^Reaching an agreement/);

  // Browse by group: pick one, add it.
  await side.getByTestId('library-group').selectOption('Finance and money');
  await side.getByTestId('library-skills').locator('[data-skill="Cost control"]').click();
  await side.getByTestId('add-skill-button').click();
  await idle(side);
  expect(emu.workbook.cell('Dreams', 'A8').value).toBe('Cost control');

  // Edit Hiring's note: it is read from the sheet, then only that note is written.
  const hiring = side.getByTestId('dream-0').getByTestId('skill-0');
  await hiring.getByTestId('skill-more').click();
  await hiring.getByTestId('skill-note').click();
  const note = side.getByTestId('skill-note-input');
  await expect(note).toBeDefined();
  await side.locator('[data-testid="skill-note-input"]:not([disabled])').waitFor();
  await expect(note.inputValue()).resolves.toBe('Has hired a team of ten.');
  await note.fill('Has hired a team of ten, and a manager.');
  emu.resetCalls();
  await side.getByTestId('skill-note-save').click();
  await idle(side);
  expect(emu.writes.map((w) => `${w.method} ${w.cells.join(',')}`)).toEqual(['setNotes A2']);
  expect(emu.workbook.cell('Dreams', 'A2').note).toBe('Has hired a team of ten, and a manager.');
  await page.close();
});
