// After the conversation, in a real browser on the local preview: from a dreams table, the Plan
// panel suggests the skills to plan first, plans two of them with dated actions, edits a status,
// a date and an owner in place, marks what is overdue in words, removes an action only once
// confirmed, records two check-ins on days picked in the date input and says what moved between
// the two and since the last, sets the next check-in, writes each dream's why with the pick list
// and free text, and the export carries all of it. The sheets are checked in the page's grid.
// Nothing leaves loopback.

import { writeFileSync } from 'node:fs';
import type { Browser, FrameLocator, Locator, Page } from 'playwright-core';
import { Workbook } from '@career-dreams/emulator';
import type { RunningPreview } from '../../../dev/preview/server';
import {
  cell,
  hasText,
  launchBrowser,
  outsideLoopback,
  recordRequests,
  Screenshots,
  settled,
  sidebar,
  startServer,
  tempWorkbook,
} from '../../support/browser';

jest.setTimeout(90_000);

const R = '#ea9999';
const Y = '#ffe599';
const G = '#b6d7a8';

/** Founder, CTO and Author, rated and marked critical as a person would have them. */
function dreamsWorkbook(path: string): void {
  const workbook = new Workbook({ name: 'Plan test', timeZone: 'Europe/Paris' });
  workbook.rename(workbook.sheets[0]!, 'Dreams');
  workbook.loadSheet('Dreams', {
    values: [
      ['Founder', 'CTO', 'Author'],
      ['Hiring', 'Hiring', 'Writing'],
      ['Fundraising', 'Architecture', 'Public speaking'],
      ['Sales', 'Budgeting', ''],
    ],
    backgrounds: [[], [R, R, Y], [R, G, R], [Y, Y]],
    bold: [[], [true, false, false], [true]],
  });
  writeFileSync(path, JSON.stringify(workbook.snapshot()));
}

let browser: Browser;
let server: RunningPreview;
let page: Page;
let side: FrameLocator;
let requests: string[];
/** The add-on functions the sidebar called, in order. */
const calls: string[] = [];
const workbookPath = tempWorkbook();
const shots = new Screenshots('plan');

beforeAll(async () => {
  dreamsWorkbook(workbookPath);
  [browser, server] = await Promise.all([launchBrowser(), startServer(workbookPath)]);
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  requests = recordRequests(page);
  page.on('request', (request) => {
    if (request.url().endsWith('/api/run')) {
      calls.push((request.postDataJSON() as { name: string }).name);
    }
  });
  page.on('dialog', (dialog) => {
    throw new Error(`a browser dialog opened: ${dialog.message()}`);
  });
  await page.goto(server.url);
  await page.getByTestId('menu-extensions').click();
  await page.getByTestId('menu-item-menuOpenSidebar').click();
  side = sidebar(page);
  await side.getByTestId('dream-0').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The plan item whose action is `action`. */
function planItem(action: string): Locator {
  return side
    .getByTestId('plan-item')
    .filter({ has: side.getByTestId('plan-item-action').getByText(action, { exact: true }) });
}

/** Waits until the page's grid shows `text` in a cell of `sheet` (its tab opened first). */
async function expectCell(sheet: string, a1: string, text: string): Promise<void> {
  const tab = page.getByTestId(`sheet-tab-${sheet}`);
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  await page.locator(`[data-testid="sheet-tab-${sheet}"][aria-selected="true"]`).waitFor();
  await hasText(cell(page, a1), text);
}

async function addAction(
  suggestion: number,
  fields: { action: string; kind?: string; owner?: string; helps?: string; by?: string },
): Promise<void> {
  await side.getByTestId(`plan-suggestion-${suggestion}`).click();
  const action = side.getByTestId('plan-add:action');
  // "Plan" opens the form on that skill, the focus in the action.
  await expect(action.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  await action.fill(fields.action);
  if (fields.kind) await side.getByTestId('plan-add:kind').selectOption(fields.kind);
  if (fields.owner) await side.getByTestId('plan-add:owner').fill(fields.owner);
  if (fields.helps) await side.getByTestId('plan-add:helps').fill(fields.helps);
  if (fields.by) await side.getByTestId('plan-add:by').fill(fields.by);
  await side.getByTestId('plan-add-button').click();
  await planItem(fields.action).waitFor();
  await settled(page);
}

it('opens the Plan panel on the top priorities, each with why it ranks there', async () => {
  await side.getByTestId('goto-plan').click();
  await side.getByTestId('plan-suggestions').waitFor();
  // Red in the most dreams first, critical first; the third and fourth while still red.
  await expect(side.getByTestId('plan-suggestion-skill').allTextContents()).resolves.toEqual([
    'Hiring',
    'Fundraising',
    'Public speaking',
  ]);
  await expect(
    side.getByTestId('plan-suggestions').locator('li').first().textContent(),
  ).resolves.toContain('red in Founder (critical), CTO');
  await expect(side.getByTestId('plan-empty').isVisible()).resolves.toBe(true);
  await shots.take(page, 'plan-opened');
});

it('plans two skills with dated actions, and says so while there is only one', async () => {
  await addAction(0, {
    action: 'Run the next hiring loop',
    owner: 'Alex',
    helps: 'Sam',
    by: '2024-01-15',
  });
  await side.getByTestId('status').getByText('‘Run the next hiring loop’').waitFor();
  await side.getByTestId('plan-size-note').getByText('The plan has 1 skill.').waitFor();
  await addAction(1, {
    action: 'Pitch to two angel investors',
    kind: 'Learn from someone',
    by: '2099-06-30',
  });
  await expect(side.getByTestId('plan-size-note').count()).resolves.toBe(0);
  await expect(side.getByTestId('plan-group-skill').allTextContents()).resolves.toEqual([
    'Hiring',
    'Fundraising',
  ]);

  // The Plan sheet holds them, the dates as dates.
  await expectCell('Plan', 'A1', 'Skill');
  await expectCell('Plan', 'A2', 'Hiring');
  await expectCell('Plan', 'E2', 'Run the next hiring loop');
  await expectCell('Plan', 'I2', '2024-01-15');
  await expectCell('Plan', 'F3', 'Learn from someone');
  await expectCell('Plan', 'J3', 'Not started');
  await shots.take(page, 'plan-two-skills');
});

it('marks an overdue action in words, and edits status, date and owner in place', async () => {
  const hiring = planItem('Run the next hiring loop');
  await expect(hiring.getByTestId('plan-item-overdue').textContent()).resolves.toBe(
    'Overdue: it was due on 2024-01-15.',
  );
  await expect(
    planItem('Pitch to two angel investors').getByTestId('plan-item-overdue').count(),
  ).resolves.toBe(0);
  // The shot shows the item, not the add form the focus is in.
  await hiring.scrollIntoViewIfNeeded();
  await shots.take(page, 'overdue');

  await planItem('Pitch to two angel investors')
    .getByLabel(/^Status of/)
    .selectOption('In progress');
  await settled(page);
  await expect(
    planItem('Pitch to two angel investors')
      .getByLabel(/^Status of/)
      .inputValue(),
  ).resolves.toBe('In progress');
  await expectCell('Plan', 'J3', 'In progress');

  // A new date, typed in the date input, saved on Enter: no longer overdue.
  const by = hiring.getByLabel(/^By when:/);
  await by.fill('2099-01-15');
  await by.press('Enter');
  await settled(page);
  await expect(hiring.getByTestId('plan-item-overdue').count()).resolves.toBe(0);
  await expectCell('Plan', 'I2', '2099-01-15');

  const owner = hiring.getByLabel(/^Owner of/);
  await owner.fill('Jo');
  await owner.press('Enter');
  await settled(page);
  await expectCell('Plan', 'G2', 'Jo');
  await page.getByTestId('sheet-tab-Dreams').click();
});

it('removes an action only once confirmed in the sidebar', async () => {
  await addAction(2, { action: 'Give a talk at the meetup', kind: 'Role or project' });
  const talk = planItem('Give a talk at the meetup');
  await talk.getByTestId('plan-item-remove').click();
  await talk.getByTestId('plan-remove-message').waitFor();
  await shots.take(page, 'remove-asks');
  await talk.getByTestId('plan-remove-cancel').click();
  await expect(talk.count()).resolves.toBe(1);
  await talk.getByTestId('plan-item-remove').click();
  await talk.getByTestId('plan-remove-confirm').click();
  await settled(page);
  await expect(planItem('Give a talk at the meetup').count()).resolves.toBe(0);
  // The focus stays in the list, on the action shown before it (it was the last), as when a
  // skill is removed.
  await expect(
    planItem('Pitch to two angel investors')
      .getByLabel(/^Status of/)
      .evaluate((el) => el === document.activeElement),
  ).resolves.toBe(true);
  await expectCell('Plan', 'A4', '');
  await page.getByTestId('sheet-tab-Dreams').click();
});

it('steps a status with the arrow keys without writing each step, and sends the one picked', async () => {
  const pitch = planItem('Pitch to two angel investors');
  const status = pitch.getByLabel(/^Status of/);
  await expect(status.inputValue()).resolves.toBe('In progress');
  await status.focus();
  const before = calls.length;
  // Down to Dropped and back up: each press changes the closed select, none is sent.
  await status.press('ArrowDown');
  await status.press('ArrowDown');
  await status.press('ArrowUp');
  await expect(status.inputValue()).resolves.toBe('Done');
  await status.press('ArrowUp');
  await status.press('Tab');
  await settled(page);
  // Back where it was when the person left: nothing to send.
  expect(calls.slice(before).filter((name) => name === 'updatePlanItem')).toHaveLength(0);

  await status.focus();
  await status.press('ArrowDown');
  await status.press('ArrowDown');
  await status.press('Enter');
  await settled(page);
  expect(calls.slice(before).filter((name) => name === 'updatePlanItem')).toHaveLength(1);
  await expectCell('Plan', 'J3', 'Dropped');

  // A pick with the mouse is sent at once, as before.
  await planItem('Pitch to two angel investors')
    .getByLabel(/^Status of/)
    .selectOption('In progress');
  await settled(page);
  expect(calls.slice(before).filter((name) => name === 'updatePlanItem')).toHaveLength(2);
  await expectCell('Plan', 'J3', 'In progress');
  await page.getByTestId('sheet-tab-Dreams').click();
});

it('keeps the focus on “Add to the plan” when the sheet refuses the action', async () => {
  await side.getByTestId('plan-suggestion-0').click();
  await side.getByTestId('plan-add:action').fill('Run the next hiring loop');
  const add = side.getByTestId('plan-add-button');
  await add.focus();
  await add.press('Enter');
  await settled(page);
  await side
    .getByTestId('status')
    .getByText(/already in the plan/)
    .waitFor();
  // Redrawn after the refusal, the page puts the keyboard back where it was.
  await expect(
    side.getByTestId('plan-add-button').evaluate((el) => el === document.activeElement),
  ).resolves.toBe(true);
  await side.getByTestId('plan-add:action').fill('');
});

it('records two check-ins on days picked in the date input, and says what moved', async () => {
  await expect(side.getByTestId('checkin-moved').textContent()).resolves.toBe(
    'No check-in recorded yet.',
  );
  const day = side.getByTestId('checkin:date');
  await day.fill('2024-03-01');
  await side.getByTestId('checkin-record').click();
  await settled(page);
  await hasText(side.getByTestId('checkin-dates'), '1 check-in: 2024-03-01.');
  await hasText(side.getByTestId('checkin-moved'), 'Nothing has moved since 2024-03-01.');

  // Months later: Sales is green in Founder now (a key on its row), and the panel follows.
  const sales = side.getByTestId('dream-0').getByTestId('skill-2');
  await sales.focus();
  await page.keyboard.press('g');
  await side.getByTestId('checkin-moved').getByText('Sales: yellow → green in Founder').waitFor();
  await expect(side.getByTestId('checkin-moved').locator('p').textContent()).resolves.toBe(
    'Since 2024-03-01:',
  );
  await shots.take(page, 'what-moved');

  await day.fill('2024-09-01');
  await side.getByTestId('checkin-record').click();
  await settled(page);
  await hasText(side.getByTestId('checkin-dates'), '2 check-ins: 2024-03-01, 2024-09-01.');
  await hasText(side.getByTestId('checkin-moved'), 'Nothing has moved since 2024-09-01.');
  // Right after the second check-in, what moved between the two.
  const between = side.getByTestId('checkin-between');
  await expect(between.locator('p').textContent()).resolves.toBe(
    'Between 2024-03-01 and 2024-09-01:',
  );
  await expect(between.locator('li').allTextContents()).resolves.toEqual([
    'Sales: yellow → green in Founder',
  ]);
  await shots.take(page, 'between-two-check-ins');

  // The Check-ins sheet: one row per skill per dream at each, the word for the rating.
  await expectCell('Check-ins', 'A2', '2024-03-01');
  const rows = 8; // 3 + 3 + 2 skills
  await expectCell('Check-ins', 'C4', 'Sales');
  await expectCell('Check-ins', 'D4', 'Yellow');
  await expectCell('Check-ins', `A${rows + 2}`, '2024-09-01');
  await expectCell('Check-ins', `D${rows + 4}`, 'Green');

  const next = side.getByTestId('checkin:next');
  await next.fill('2099-03-01');
  await next.press('Enter');
  await settled(page);
  await hasText(side.getByTestId('checkin-next'), 'The next check-in is on 2099-03-01.');
  await expectCell('Check-ins', 'H1', '2099-03-01');
  // Saved once: leaving the field after Enter (here, for the page's grid) sends nothing more,
  // though the panel was drawn again while the day was on its way.
  expect(calls.filter((name) => name === 'setNextCheckIn')).toHaveLength(1);
  await page.getByTestId('sheet-tab-Dreams').click();
});

it('writes each dream’s why with the pick list and free text, and shows what they share', async () => {
  const founder = side.getByTestId('why-0');
  await founder.getByTestId('why-edit').click();
  const editor = founder.getByTestId('why-editor');
  await editor.getByRole('button', { name: 'Autonomy', exact: true }).click();
  await editor.getByRole('button', { name: 'Money', exact: true }).click();
  await expect(
    editor.getByRole('button', { name: 'Autonomy', exact: true }).getAttribute('aria-pressed'),
  ).resolves.toBe('true');
  const input = editor.getByTestId('why-input');
  await input.press('End');
  await input.pressSequentially('\nBuilding something of my own');
  await shots.take(page, 'why-editor');
  await editor.getByTestId('why-save').click();
  await settled(page);
  await hasText(
    founder.getByTestId('why-motivations'),
    'Autonomy, Money, Building something of my own',
  );

  const cto = side.getByTestId('why-1');
  await cto.getByTestId('why-edit').click();
  await cto.getByRole('button', { name: 'Autonomy', exact: true }).click();
  await cto.getByTestId('why-save').click();
  await settled(page);
  await hasText(side.getByTestId('shared-motivation'), 'Autonomy');
  await expect(side.getByTestId('shared-motivations').textContent()).resolves.toContain(
    'In: Founder, CTO',
  );
  await shots.take(page, 'shared-motivations');
});

it('exports the plan, the check-ins and each dream’s why with the table', async () => {
  await side.getByTestId('goto-export').click();
  const text = side.getByTestId('export-text');
  // The text holds the extras once the one call made on opening has answered.
  const frame = page.frames().find((f) => f.url().includes('/html/'));
  if (!frame) throw new Error('no sidebar frame');
  await frame.waitForFunction(() =>
    document
      .querySelector<HTMLTextAreaElement>('[data-testid="export-text"]')
      ?.value.includes('"checkIns"'),
  );
  const json = JSON.parse(await text.inputValue()) as {
    plan?: { items: { action: string; status: string }[] };
    checkIns?: { date: string }[];
    why?: { dream: string; motivations: string[] }[];
  };
  expect(json.plan?.items.map((i) => [i.action, i.status])).toEqual([
    ['Run the next hiring loop', 'Not started'],
    ['Pitch to two angel investors', 'In progress'],
  ]);
  expect(new Set(json.checkIns?.map((c) => c.date))).toEqual(new Set(['2024-03-01', '2024-09-01']));
  expect(json.why?.[0]).toEqual({
    dream: 'Founder',
    motivations: ['Autonomy', 'Money', 'Building something of my own'],
    note: 'Autonomy\nMoney\nBuilding something of my own',
  });
  await side.getByTestId('export-markdown').click();
  await expect(text.inputValue()).resolves.toContain('## Check-ins');
  await shots.take(page, 'export');
});

it('exports what the state has, and says what is missing, when the extra read fails', async () => {
  // The one call of the export fails as a server error would (the preview answers it so).
  await page.route('**/api/run', async (route) => {
    const { name } = route.request().postDataJSON() as { name: string };
    if (name !== 'getExportExtras') return route.continue();
    return route.fulfill({ json: { ok: false, error: 'Exception: the sheet could not be read' } });
  });
  const summary = side.getByTestId('export-summary');
  if ((await side.locator('#export[open]').count()) > 0) await summary.click();
  await summary.click(); // opened: its one call
  await side
    .getByTestId('export-missing')
    .getByText(/^Not included: /)
    .waitFor();
  await expect(side.getByTestId('export-missing').textContent()).resolves.toMatch(
    /^Not included: the skills’ notes, the why of each dream, the plan and the check-ins\. /,
  );
  await side.getByTestId('export-json').click();
  const json = JSON.parse(await side.getByTestId('export-text').inputValue()) as object;
  expect(Object.keys(json)).toEqual(['sheet', 'dreams', 'priorities', 'warnings', 'table']);
  await page.unroute('**/api/run');
});

it('asked for nothing outside loopback', () => {
  expect(outsideLoopback(requests)).toEqual([]);
});
