// The sidebar made for a conversation, measured in a real browser: the built dist/Sidebar.html
// in a 300 px frame, google.script.run carried to the built dist/Code.js on the emulator (with
// a delay when the test wants a slow server). It checks the layout's targets (height, key
// presses, tab stops), the keys on a skill row, optimistic ratings at 800 ms of latency, the
// sidebar following the other person's changes, and the review's focus and counts.
// The measured figures are printed (test-output is not needed to read them).

import type { Browser, Frame } from 'playwright-core';
import { launchBrowser } from '../../support/browser';
import { idle, openSidebarPage, type SidebarPage } from '../../support/sidebar-page';
import { session, setup, type Session } from '../../support/addon';
import { armFeedback as armMeasure, feedbackMs } from '../../../bench/feedback';

jest.setTimeout(90_000);

const RED = '#ea9999';
const GREEN = '#b6d7a8';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const open = (person: Session, height = 880): Promise<SidebarPage> =>
  openSidebarPage(browser, person, height);

/** A table of `dreams` x `skills`, unrated. */
function table(dreams: number, skills: number) {
  const values = [Array.from({ length: dreams }, (_, d) => `Dream ${d + 1}`)];
  for (let s = 0; s < skills; s++) {
    values.push(values[0]!.map((_, d) => `Skill ${String.fromCharCode(65 + d)}${s + 1}`));
  }
  return { Dreams: { values, rows: skills + 10 } };
}

/** Arms a measure, in the page, from the next `event` to the first frame showing row `fk` pending. */
function armFeedback(frame: Frame, event: 'keydown' | 'pointerdown', fk: string): Promise<void> {
  return armMeasure(frame, event, `[data-fk="${fk}"].is-pending`);
}

const figures: Record<string, string | number> = {};
afterAll(() => {
  process.stdout.write(`Layout figures: ${JSON.stringify(figures, null, 2)}\n`);
});

describe('the layout for a conversation', () => {
  it('fits a 4 x 10 table in at most 1,800 px, all dreams open', async () => {
    const { alice } = setup(table(4, 10));
    const { page, frame } = await open(alice);
    const height = await frame.evaluate(() => {
      const list = document.querySelector('[data-testid="dreams"] .dream-list');
      return list ? list.getBoundingClientRect().height : -1;
    });
    const rows = await frame.locator('[data-testid^="skill-"][data-fk$=":row"]').count();
    expect(rows).toBe(40);
    figures['4x10 dreams height (px)'] = Math.round(height);
    figures['4x10 whole page height (px)'] = await frame.evaluate(
      () => document.documentElement.scrollHeight,
    );
    expect(height).toBeGreaterThan(100);
    expect(height).toBeLessThanOrEqual(1800);
    // One line per skill.
    const rowHeight = await frame.evaluate(
      () => document.querySelector('li.skill')?.getBoundingClientRect().height ?? 0,
    );
    figures['skill row height (px)'] = Math.round(rowHeight);
    expect(rowHeight).toBeLessThan(32);
    await page.close();
  });

  it('reaches the priorities from the top in at most 5 key presses', async () => {
    const { alice } = setup(table(4, 10));
    const { page, frame } = await open(alice);
    await frame.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.focus();
    });
    let presses = 0;
    const inPriorities = () =>
      frame.evaluate(() => !!document.activeElement?.closest('#priorities'));
    const onLink = () =>
      frame.evaluate(
        () => document.activeElement?.getAttribute('data-testid') === 'goto-priorities',
      );
    while (!(await inPriorities()) && presses < 20) {
      presses++;
      await page.keyboard.press((await onLink()) ? 'Enter' : 'Tab');
    }
    figures['key presses from the top to the priorities'] = presses;
    expect(await inPriorities()).toBe(true);
    expect(presses).toBeLessThanOrEqual(5);
    await page.close();
  });

  it('has at most 25 tab stops per dream of a 5 x 25 table before any details open', async () => {
    const { alice } = setup(table(5, 25));
    const { page, frame } = await open(alice);
    const perDream = await frame.evaluate(() =>
      Array.from(document.querySelectorAll('[data-testid^="dream-"].dream')).map(
        (dream) =>
          Array.from(
            dream.querySelectorAll<HTMLElement>(
              'a[href], button, input, select, textarea, summary, [tabindex]',
            ),
          ).filter(
            (el) =>
              el.tabIndex >= 0 &&
              !(el as HTMLButtonElement).disabled &&
              el.getClientRects().length > 0,
          ).length,
      ),
    );
    expect(perDream).toHaveLength(5);
    figures['5x25 tab stops per dream'] = perDream.join(', ');
    for (const n of perDream) expect(n).toBeLessThanOrEqual(25);
    // And all the table's skills are there.
    expect(await frame.locator('li.skill').count()).toBe(125);
    await page.close();
  });

  it('moves with arrows across dreams, rates with one key, opens details with Enter, Esc returns', async () => {
    const { emu, alice } = setup(table(2, 2));
    const { page, side, frame } = await open(alice);
    const row = (d: number, s: number) => side.getByTestId(`dream-${d}`).getByTestId(`skill-${s}`);
    await row(0, 0).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown'); // into the second dream
    const focused = () => frame.evaluate(() => document.activeElement?.getAttribute('data-fk'));
    await expect(focused()).resolves.toBe('s:d:dream 2/skill b1:row');
    await page.keyboard.press('End');
    await expect(focused()).resolves.toBe('s:d:dream 2/skill b2:row');
    await page.keyboard.press('Home');
    await expect(focused()).resolves.toBe('s:d:dream 1/skill a1:row');
    // One tab stop for the list: the focused row.
    expect(await frame.locator('li.skill[tabindex="0"]').count()).toBe(1);

    await page.keyboard.press('r');
    await page.keyboard.press('c');
    await idle(side);
    await row(0, 0)
      .getByTestId('skill-rating')
      .filter({ hasText: /^red, critical$/ })
      .waitFor();
    expect(emu.workbook.cell('Dreams', 'A2').background).toBe(RED);
    expect(emu.workbook.cell('Dreams', 'A2').bold).toBe(true);

    await page.keyboard.press('Enter');
    await row(0, 0).getByTestId('skill-details').waitFor();
    await expect(focused()).resolves.toBe('s:d:dream 1/skill a1:rate-red');
    await page.keyboard.press('Escape');
    await expect(row(0, 0).getByTestId('skill-details').count()).resolves.toBe(0);
    await expect(focused()).resolves.toBe('s:d:dream 1/skill a1:row');
    await page.close();
  });

  it('selects the cell of a clicked skill, and of a clicked priority, in the sheet', async () => {
    const { emu, alice } = setup(table(2, 3));
    emu.workbook.loadSheet('Notes', { values: [['x']] });
    const { page, side } = await open(alice);
    await side.getByTestId('dream-1').getByTestId('skill-2').getByTestId('skill-name').click();
    const active = () => alice.user.globals.SpreadsheetApp.getActiveRange()?.getA1Notation();
    for (let i = 0; i < 50 && active() !== 'B4'; i++) await new Promise((r) => setTimeout(r, 50));
    expect(active()).toBe('B4');
    expect(emu.writes).toEqual([]);

    alice.call('setRating', [{ dream: 'Dream 2', skill: 'Skill B1' }], 'red');
    await side.getByTestId('refresh').click();
    await idle(side);
    await side.getByTestId('priority-0').getByTestId('priority-skill').click();
    for (let i = 0; i < 50 && active() !== 'B2'; i++) await new Promise((r) => setTimeout(r, 50));
    expect(active()).toBe('B2');
    await page.close();
  });

  it('filters skills by name across dreams, and folds and opens all dreams', async () => {
    const { alice } = setup(table(3, 4));
    const { page, side } = await open(alice);
    await side.getByTestId('skill-filter').pressSequentially('b3');
    await expect(side.locator('li.skill').count()).resolves.toBe(1);
    await expect(side.getByTestId('skill-name').allTextContents()).resolves.toEqual(['Skill B3']);
    await side.getByTestId('skill-filter').fill('');
    await expect(side.locator('li.skill').count()).resolves.toBe(12);
    await side.getByTestId('dreams-fold-all').click();
    await expect(side.locator('li.skill').count()).resolves.toBe(0);
    await side.getByTestId('dreams-fold-all').click();
    await expect(side.locator('li.skill').count()).resolves.toBe(12);
    await page.close();
  });
});

describe('optimistic, never blind', () => {
  it('shows a keyed rating before a slow server answers, pending until the answer', async () => {
    const { emu, alice } = setup(table(2, 3));
    const { page, side, frame } = await open(alice);
    await frame.evaluate(() => {
      (window as unknown as { __latency: number }).__latency = 800;
    });
    await side.getByTestId('dream-0').getByTestId('skill-1').focus();
    await armFeedback(frame, 'keydown', 's:d:dream 1/skill a2:row');
    await page.keyboard.press('g');
    const ms = await feedbackMs(frame);
    figures['feedback after a key press at 800 ms latency (ms)'] = Math.round(ms);
    // Shown before the answer could have come back: optimistic. How fast (the 50 ms target) is
    // measured by the benchmark (bench/feedback.ts), not asserted here, where other tests share
    // the CPU.
    expect(ms).toBeLessThan(800);
    const row = side.getByTestId('dream-0').getByTestId('skill-1');
    await expect(row.getAttribute('aria-busy')).resolves.toBe('true');
    await expect(row.getByTestId('skill-rating').textContent()).resolves.toBe('green');
    expect(emu.workbook.cell('Dreams', 'A3').background).toBe('#ffffff');
    // The answer confirms it.
    await side.locator('li.skill.is-pending').waitFor({ state: 'detached' });
    expect(emu.workbook.cell('Dreams', 'A3').background).toBe(GREEN);
    await expect(row.getAttribute('aria-busy')).resolves.toBe('false');

    // A click in the details, the same way.
    await row.getByTestId('skill-more').click();
    await armFeedback(frame, 'pointerdown', 's:d:dream 1/skill a2:row');
    await row.getByTestId('skill-rate-red').click();
    const clickMs = await feedbackMs(frame);
    figures['feedback after a click at 800 ms latency (ms)'] = Math.round(clickMs);
    expect(clickMs).toBeLessThan(800);
    await side.locator('li.skill.is-pending').waitFor({ state: 'detached' });
    expect(emu.workbook.cell('Dreams', 'A3').background).toBe(RED);
    await page.close();
  });

  it('rolls a refused change back, and shows why', async () => {
    const { emu, alice } = setup(table(1, 3));
    const bob = session(emu, 'bob@example.com');
    const { page, side, frame } = await open(alice);
    await frame.evaluate(() => {
      (window as unknown as { __latency: number }).__latency = 300;
    });
    bob.call('renameSkill', { dream: 'Dream 1', skill: 'Skill A2' }, 'Renamed');
    const row = side.getByTestId('dream-0').getByTestId('skill-1');
    await row.focus();
    await page.keyboard.press('r');
    await expect(row.getByTestId('skill-rating').textContent()).resolves.toBe('red');
    await idle(side);
    await side
      .getByTestId('status')
      .filter({ hasText: /no longer under/ })
      .waitFor();
    // Nothing shown as done: the fresh state has no red anywhere.
    await expect(side.locator('li.skill.is-pending').count()).resolves.toBe(0);
    await expect(side.getByTestId('skill-rating').allTextContents()).resolves.toEqual([
      'not rated',
      'not rated',
      'not rated',
    ]);
    await expect(side.getByTestId('skill-name').allTextContents()).resolves.toContain('Renamed');
    await page.close();
  });
});

describe('the sidebar follows the sheet', () => {
  it('keeps focus in the sidebar when the other person renames the focused skill', async () => {
    const { emu, alice } = setup(table(2, 3));
    const bob = session(emu, 'bob@example.com');
    const { page, side, frame } = await open(alice);
    await side.getByTestId('dream-0').getByTestId('skill-1').focus();
    bob.call('renameSkill', { dream: 'Dream 1', skill: 'Skill A2' }, 'Mentoring');
    await side
      .getByTestId('skill-name')
      .filter({ hasText: /^Mentoring$/ })
      .waitFor({ timeout: 8000 });
    // The row it was on is gone: focus goes to the list's tab stop, not to the page.
    const focused = await frame.evaluate(() => document.activeElement?.getAttribute('data-fk'));
    expect(focused).toBeTruthy();
    // And the keys still act on a skill.
    await page.keyboard.press('ArrowDown');
    await expect(
      frame.evaluate(() => document.activeElement?.closest('li.skill') !== null),
    ).resolves.toBe(true);
    await page.close();
  });

  it('shows the other person’s change within a check, highlighted, keeping what is typed', async () => {
    const { emu, alice } = setup(table(2, 3));
    const bob = session(emu, 'bob@example.com');
    const { page, side, frame } = await open(alice);
    const filter = side.getByTestId('skill-filter');
    await filter.pressSequentially('skill');
    bob.call('setRating', [{ dream: 'Dream 2', skill: 'Skill B2' }], 'red');
    const started = Date.now();
    const changed = side.getByTestId('dream-1').getByTestId('skill-1');
    await changed
      .getByTestId('skill-rating')
      .filter({ hasText: /^red$/ })
      .waitFor({ timeout: 8000 });
    figures['other person’s change shown after (ms, active)'] = Date.now() - started;
    await expect(changed.getAttribute('class')).resolves.toMatch(/is-changed/);
    // Typed text and focus survived the update.
    await expect(filter.inputValue()).resolves.toBe('skill');
    await expect(
      frame.evaluate(() => document.activeElement?.getAttribute('data-testid')),
    ).resolves.toBe('skill-filter');
    // The highlight goes after a moment.
    await side.locator('.is-changed').waitFor({ state: 'detached', timeout: 4000 });
    await page.close();
  });

  it('asks nothing while hidden, and never two checks at once', async () => {
    const { alice } = setup(table(1, 2));
    const { page, frame } = await open(alice);
    const calls = () =>
      frame.evaluate(() => (window as unknown as { __calls: string[] }).__calls.slice());
    await frame.evaluate(() => {
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
      Object.defineProperty(document, 'visibilityState', {
        configurable: true,
        get: () => 'hidden',
      });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    const before = (await calls()).length;
    await new Promise((r) => setTimeout(r, 7000));
    expect((await calls()).length).toBe(before);
    await frame.evaluate(() => {
      (window as unknown as { __latency: number }).__latency = 6000;
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => false });
      Object.defineProperty(document, 'visibilityState', {
        configurable: true,
        get: () => 'visible',
      });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    // Visible again: one check at once; a slow one is never doubled.
    await new Promise((r) => setTimeout(r, 5500));
    const after = (await calls()).slice(before);
    expect(after).toEqual(['checkState']);
    await page.close();
  }, 40_000);
});

describe('the fast review', () => {
  it('keeps its counts right at any speed, announces the next skill, offers the next dream', async () => {
    const { emu, alice } = setup(table(2, 3));
    const { page, side, frame } = await open(alice);
    await frame.evaluate(() => {
      (window as unknown as { __latency: number }).__latency = 400;
    });
    await side.getByTestId('dream-0').getByTestId('dream-review').click();
    await side.getByTestId('review').waitFor();
    await expect(side.getByTestId('announce').textContent()).resolves.toMatch(/^Skill A1, 1 of 3/);
    for (const key of ['c', 'n', 'n', 'r', 'g', 'r']) await page.keyboard.press(key);
    // At once, before the answers are back: the Done card counts what was answered.
    await side.getByTestId('review-done').waitFor();
    await expect(side.getByTestId('review-done').textContent()).resolves.toMatch(
      /2 red, 0 yellow, 1 green, 1 critical/,
    );
    await idle(side);
    await side
      .locator('li.skill.is-pending')
      .waitFor({ state: 'detached' })
      .catch(() => undefined);
    await expect(side.getByTestId('review-done').textContent()).resolves.toMatch(
      /2 red, 0 yellow, 1 green, 1 critical/,
    );
    expect(emu.workbook.dump('Dreams', 'A2:A4').backgrounds.map((r) => r[0])).toEqual([
      RED,
      GREEN,
      RED,
    ]);
    await side.getByTestId('review-next-dream').click();
    await expect(side.getByTestId('review-skill').textContent()).resolves.toBe('Skill B1');
    await page.close();
  });

  it('leaves the focus on the skill row it was on after Esc', async () => {
    const { alice } = setup(table(2, 3));
    const { page, side, frame } = await open(alice);
    await side.getByTestId('dream-1').getByTestId('dream-review').click();
    await side.getByTestId('review').waitFor();
    await page.keyboard.press('s');
    await page.keyboard.press('Escape');
    await side.getByTestId('dreams').waitFor();
    await expect(
      frame.evaluate(() => document.activeElement?.getAttribute('data-fk')),
    ).resolves.toBe('s:d:dream 2/skill b2:row');
    await page.close();
  });
});
