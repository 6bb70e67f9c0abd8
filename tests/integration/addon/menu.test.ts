// The menu and "Start my dreams table", run through the built dist/Code.js as Apps Script would.
import { Button } from '@career-dreams/emulator';
import { runEntryPoint } from '../../support/loadAddon';
import { ok, setup } from '../../support/addon';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from '../../support/paths';

describe('onOpen', () => {
  it('adds the Career Dreams menu under Extensions and touches nothing but the menu', () => {
    const { emu, alice } = setup();
    emu.resetCalls();
    runEntryPoint(alice.ctx, 'onOpen', { authMode: 'NONE' });
    const [menu] = alice.user.ui.menus;
    expect(menu?.addon).toBe(true);
    const items = (menu?.items ?? []).map((i) =>
      'functionName' in i ? [i.caption, i.functionName] : 'not an item',
    );
    expect(items).toEqual([
      ['Start my dreams table', 'menuStartTable'],
      ['Open sidebar', 'menuOpenSidebar'],
    ]);
    // In AuthMode.NONE a script may not read the spreadsheet: only Ui calls are allowed.
    const services = new Set(emu.calls.map((c) => c.service));
    expect([...services].sort()).toEqual(['Menu', 'SpreadsheetApp', 'Ui']);
    expect(emu.calls.filter((c) => c.service === 'SpreadsheetApp').map((c) => c.method)).toEqual([
      'getUi',
    ]);
  });

  it('is titled with the bound script project’s name, as Sheets titles a bound add-on menu', () => {
    const named = setup({}, { projectName: 'Career Dreams' }).alice;
    runEntryPoint(named.ctx, 'onOpen', { authMode: 'NONE' });
    expect(named.user.ui.menus[0]?.caption).toBe('Career Dreams');
    // A project made from the spreadsheet and never renamed.
    const untitled = setup().alice;
    runEntryPoint(untitled.ctx, 'onOpen', { authMode: 'NONE' });
    expect(untitled.user.ui.menus[0]?.caption).toBe('Untitled project');
    // Installed as an add-on, the menu has the add-on's name whatever the project is called.
    const installed = setup({}, { runsAs: 'addon', projectName: 'Scratch' }).alice;
    runEntryPoint(installed.ctx, 'onOpen', { authMode: 'NONE' });
    expect(installed.user.ui.menus[0]?.caption).toBe('Career Dreams');
  });

  it('is called by onInstall', () => {
    const { alice } = setup();
    runEntryPoint(alice.ctx, 'onInstall', { authMode: 'FULL' });
    expect(alice.user.ui.menus).toHaveLength(1);
  });

  it('names only functions that exist at the top level of the build', () => {
    const { alice } = setup();
    runEntryPoint(alice.ctx, 'onOpen', {});
    for (const item of alice.user.ui.menus[0]?.items ?? []) {
      if ('functionName' in item) expect(typeof alice.ctx[item.functionName]).toBe('function');
    }
  });
});

describe('Start my dreams table', () => {
  it('makes the empty Sheet1 the Dreams sheet and opens the 300 px sidebar with the built HTML', () => {
    const { emu, alice } = setup();
    runEntryPoint(alice.ctx, 'menuStartTable');
    expect(emu.workbook.sheetNames()).toEqual(['Dreams']);
    const [sidebar] = alice.user.ui.sidebars;
    expect(sidebar?.title).toBe('Career Dreams');
    expect(sidebar?.content).toBe(readFileSync(join(DIST, 'Sidebar.html'), 'utf8'));
    expect(ok(alice.call('getState')).sheetName).toBe('Dreams');
  });

  it('never overwrites an existing Dreams sheet', () => {
    const { emu, alice } = setup({ Dreams: { values: [['Pilot'], ['Navigation']] } });
    runEntryPoint(alice.ctx, 'menuStartTable');
    expect(emu.workbook.dump('Dreams', 'A1:A2').values).toEqual([['Pilot'], ['Navigation']]);
    // Brought to the front (start-table.test.ts), never replaced.
    expect(emu.workbook.sheetNames()).toEqual(['Dreams', 'Sheet1']);
    expect(alice.user.ui.alerts).toHaveLength(0);
  });

  it('offers to adopt a table typed by hand, and renames it without changing a cell', () => {
    const { emu, alice } = setup({
      Sheet1: {
        values: [
          ['Founder', 'Author'],
          ['Sales', 'Writing'],
        ],
        bold: [[], [true]],
      },
    });
    alice.user.ui.respondNext(Button.YES);
    runEntryPoint(alice.ctx, 'menuStartTable');
    expect(alice.user.ui.alerts[0]?.prompt).toContain('‘Sheet1’ already has content');
    expect(emu.workbook.sheetNames()).toEqual(['Dreams']);
    const dump = emu.workbook.dump('Dreams', 'A1:B2');
    expect(dump.values).toEqual([
      ['Founder', 'Author'],
      ['Sales', 'Writing'],
    ]);
    expect(dump.bold).toEqual([
      [false, false],
      [true, false],
    ]);
    expect(alice.user.ui.sidebars).toHaveLength(1);
  });

  it('starts a new sheet instead when the person says No, leaving theirs untouched', () => {
    const { emu, alice } = setup({ Sheet1: { values: [['Budget'], ['42']] } });
    alice.user.ui.respondNext(Button.NO);
    runEntryPoint(alice.ctx, 'menuStartTable');
    expect(emu.workbook.sheetNames()).toEqual(['Dreams', 'Sheet1']);
    expect(emu.workbook.dump('Sheet1', 'A1:A2').values).toEqual([['Budget'], [42]]);
  });

  it('does nothing on Cancel', () => {
    const { emu, alice } = setup({ Sheet1: { values: [['Budget']] } });
    alice.user.ui.respondNext(Button.CANCEL);
    runEntryPoint(alice.ctx, 'menuStartTable');
    expect(emu.workbook.sheetNames()).toEqual(['Sheet1']);
    expect(alice.user.ui.sidebars).toHaveLength(0);
  });
});
