// The real sidebar checked by axe-core in a real browser, in the states a person meets: an
// empty spreadsheet, a table, a skill's details open, a removal asking first, an error
// message, and the Plan panel open (an action planned, its removal asking, a why edited). Any serious or critical violation fails the test, with axe's own description, and so
// does a missing level-one heading.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Frame } from 'playwright-core';
import { launchBrowser, ROOT } from '../../support/browser';
import { idle, openSidebarPage, type SidebarPage } from '../../support/sidebar-page';
import { setup } from '../../support/addon';

jest.setTimeout(60_000);

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** axe's serious and critical violations in the sidebar's frame (and a missing h1), as data. */
async function seriousViolations(frame: Frame): Promise<Violation[]> {
  if (!(await frame.evaluate(() => 'axe' in window))) await frame.addScriptTag({ content: AXE });
  const found = await frame.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<AxeResults> } }).axe;
    interface AxeResults {
      violations: {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: unknown[] }[];
      }[];
    }
    const results = await axe.run(document);
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.map(String).join(' ')),
    }));
  });
  // A level-one heading is only "moderate" to axe, but the sidebar has one: keep it.
  return found.filter(
    (v) => v.impact === 'serious' || v.impact === 'critical' || v.id === 'page-has-heading-one',
  );
}

const TABLE = {
  Dreams: {
    values: [
      ['Founder', 'Author'],
      ['Hiring', 'Writing'],
      ['Budgeting', 'Editing'],
    ],
    backgrounds: [[], ['#ea9999', '#b6d7a8'], ['#ffe599']],
    bold: [[], [true]],
  },
};

async function open(sheets: Parameters<typeof setup>[0]): Promise<SidebarPage> {
  const { alice } = setup(sheets);
  return openSidebarPage(browser, alice);
}

describe('the sidebar has no serious or critical accessibility violation', () => {
  it('with an empty Dreams sheet, and in a spreadsheet with no table yet', async () => {
    const { emu, alice } = setup({ Dreams: { values: [] } });
    const { page, side, frame } = await openSidebarPage(browser, alice);
    await side.getByTestId('dreams-empty').waitFor();
    expect(await seriousViolations(frame)).toEqual([]);
    // The sheet renamed by hand: Refresh finds no table and offers to start one.
    emu.workbook.rename(emu.workbook.sheetByName('Dreams')!, 'Sheet2');
    await side.getByTestId('refresh').click();
    await side.getByTestId('empty-state').waitFor();
    // The mouse is still on Refresh: a hovered secondary button keeps its contrast too.
    expect(await seriousViolations(frame)).toEqual([]);
    await page.close();
  });

  it('with a table, and with a skill’s details open', async () => {
    const { page, side, frame } = await open(TABLE);
    await side.getByTestId('skill-0').first().waitFor();
    expect(await seriousViolations(frame)).toEqual([]);
    const skill = side.getByTestId('dream-0').getByTestId('skill-0');
    await skill.getByTestId('skill-more').click();
    await skill.getByTestId('skill-details').waitFor();
    expect(await seriousViolations(frame)).toEqual([]);
    await page.close();
  });

  it('while a removal asks first', async () => {
    const { page, side, frame } = await open(TABLE);
    const skill = side.getByTestId('dream-0').getByTestId('skill-0');
    await skill.getByTestId('skill-more').click();
    await skill.getByTestId('skill-remove').click();
    await skill.getByTestId('skill-remove-message').waitFor();
    expect(await seriousViolations(frame)).toEqual([]);
    await page.close();
  });

  it('with the Plan panel open: the plan, its add form, a removal asking, a why edited', async () => {
    const { page, side, frame } = await open(TABLE);
    await side.getByTestId('plan-summary').click();
    await side.getByTestId('plan-suggestions').waitFor();
    expect(await seriousViolations(frame)).toEqual([]);
    await side.getByTestId('plan-suggestion-0').click();
    await side.getByTestId('plan-add:action').fill('Run the next hiring loop');
    await side.getByTestId('plan-add:by').fill('2024-01-15');
    await side.getByTestId('plan-add-button').click();
    await side.getByTestId('plan-item-overdue').waitFor();
    await idle(side);
    await side.getByTestId('plan-item-remove').click();
    await side.getByTestId('plan-remove-message').waitFor();
    await side.getByTestId('why-0').getByTestId('why-edit').click();
    await side.getByTestId('why-pick').first().click();
    await side.getByTestId('why-editor').waitFor();
    expect(await seriousViolations(frame)).toEqual([]);
    await page.close();
  });

  it('showing an error message', async () => {
    const { page, side, frame } = await open(TABLE);
    // A dream that exists already is refused, with a message in the status line.
    await side.getByTestId('add-dream-input').fill('Founder');
    await side.getByTestId('add-dream-button').click();
    await idle(side);
    await side.getByTestId('status').getByText('Founder').waitFor();
    expect(await seriousViolations(frame)).toEqual([]);
    await page.close();
  });
});
