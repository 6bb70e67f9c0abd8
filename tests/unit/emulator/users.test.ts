// Several users on one spreadsheet: locks, selections, dialogs; and the instrumentation.
import {
  Button,
  ButtonSet,
  classify,
  createEmulator,
  LOCK_TIMEOUT_MESSAGE,
} from '@career-dreams/emulator';

describe('locks between users', () => {
  it('a document lock held by one user makes the other fail until the holder’s execution ends', () => {
    const emu = createEmulator();
    const alice = emu.user('alice@example.com');
    const bob = emu.user('bob@example.com');
    const aliceLock = alice.globals.LockService.getDocumentLock();
    expect(aliceLock.tryLock(1000)).toBe(true);
    expect(aliceLock.hasLock()).toBe(true);

    const bobLock = bob.globals.LockService.getDocumentLock();
    expect(bobLock.tryLock(10000)).toBe(false);
    expect(() => bobLock.waitLock(10000)).toThrow(LOCK_TIMEOUT_MESSAGE);
    expect(bobLock.hasLock()).toBe(false);

    alice.endExecution(); // Apps Script releases a script's locks when it finishes
    expect(aliceLock.hasLock()).toBe(false);
    expect(bobLock.tryLock(0)).toBe(true);
    bobLock.releaseLock();
    expect(alice.globals.LockService.getDocumentLock().tryLock(0)).toBe(true);
  });

  it('releaseLock frees it at once; the same execution may take it again', () => {
    const emu = createEmulator();
    const alice = emu.user('alice@example.com');
    const bob = emu.user('bob@example.com');
    const lock = alice.globals.LockService.getScriptLock();
    lock.waitLock(100);
    expect(alice.globals.LockService.getScriptLock().tryLock(0)).toBe(true);
    lock.releaseLock();
    expect(bob.globals.LockService.getScriptLock().tryLock(0)).toBe(true);
    expect(alice.globals.LockService.getUserLock().tryLock(0)).toBe(true); // user locks are per user
    bob.run(() => undefined);
    expect(lock.tryLock(0)).toBe(true);
  });
});

describe('per-user selection and active sheet', () => {
  it('each user has their own', () => {
    const emu = createEmulator();
    emu.workbook.loadSheet('Dreams', { values: [['Pilot']] });
    const alice = emu.user('alice@example.com');
    const bob = emu.user('bob@example.com');
    alice.select('Dreams', ['B2:B4', 'D3']);
    const aliceSs = alice.globals.SpreadsheetApp.getActiveSpreadsheet();
    const bobSs = bob.globals.SpreadsheetApp.getActiveSpreadsheet();
    expect(aliceSs.getActiveSheet().getName()).toBe('Dreams');
    expect(aliceSs.getActiveRange()!.getA1Notation()).toBe('D3');
    expect(
      aliceSs
        .getActiveRangeList()!
        .getRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(['B2:B4', 'D3']);
    expect(bobSs.getActiveSheet().getName()).toBe('Sheet1');
    expect(bobSs.getActiveRange()!.getA1Notation()).toBe('A1');

    bobSs.getSheetByName('Dreams')!.getRange('C5').activate();
    expect(bobSs.getActiveRange()!.getA1Notation()).toBe('C5');
    expect(aliceSs.getActiveRange()!.getA1Notation()).toBe('D3');
    bobSs.setActiveSheet(bobSs.getSheetByName('Sheet1')!);
    expect(bobSs.getActiveSheet().getName()).toBe('Sheet1');
  });
});

describe('Ui', () => {
  it('answers alerts from a queue and records them; an unscripted alert throws', () => {
    const emu = createEmulator();
    const alice = emu.user('alice@example.com');
    const ui = alice.globals.SpreadsheetApp.getUi();
    alice.ui.respondNext(Button.YES, Button.OK, { button: Button.OK, text: 'Astronaut' });
    expect(ui.alert('Remove?', 'Remove the dream "Chef"?', ui.ButtonSet.YES_NO)).toBe(
      ui.Button.YES,
    );
    expect(ui.alert('Done')).toBe(Button.OK);
    const reply = ui.prompt('New dream', ButtonSet.OK_CANCEL);
    expect([reply.getSelectedButton(), reply.getResponseText()]).toEqual([Button.OK, 'Astronaut']);
    expect(() => ui.alert('Again?')).toThrow('no scripted answer');
    alice.ui.respondNext(Button.YES);
    expect(() => ui.alert('Only OK')).toThrow('is not a button of OK');
    expect(alice.ui.alerts.map((a) => [a.title, a.prompt, a.answer])).toEqual([
      ['Remove?', 'Remove the dream "Chef"?', 'YES'],
      ['', 'Done', 'OK'],
      ['', 'Again?', null],
      ['', 'Only OK', null],
    ]);
    expect(alice.ui.pending()).toBe(0);
  });

  it('captions the add-on menu with the bound project’s name, or the add-on’s', () => {
    const caption = (options: Parameters<typeof createEmulator>[0]): string | undefined => {
      const alice = createEmulator(options).user('alice@example.com');
      alice.globals.SpreadsheetApp.getUi().createAddonMenu().addItem('Open', 'open').addToUi();
      return alice.ui.menus[0]?.caption;
    };
    expect(caption({})).toBe('Untitled project');
    expect(caption({ projectName: 'Dreams helper' })).toBe('Dreams helper');
    expect(caption({ runsAs: 'addon', projectName: 'Dreams helper' })).toBe('Career Dreams');
    expect(caption({ runsAs: 'addon', addonName: 'Career Dreams Pro' })).toBe('Career Dreams Pro');
  });

  it('records menus and sidebars', () => {
    const emu = createEmulator({ files: { Sidebar: '<p>hi</p>' } });
    const { SpreadsheetApp, HtmlService } = emu.user('alice@example.com').globals;
    const ui = SpreadsheetApp.getUi();
    ui.createAddonMenu()
      .addItem('Open', 'showSidebar')
      .addSeparator()
      .addSubMenu(ui.createMenu('More').addItem('Help', 'help'))
      .addToUi();
    const html = HtmlService.createHtmlOutputFromFile('Sidebar')
      .setTitle('Career Dreams')
      .setWidth(300);
    expect([html.getTitle(), html.getWidth(), html.getContent()]).toEqual([
      'Career Dreams',
      300,
      '<p>hi</p>',
    ]);
    ui.showSidebar(html);
    ui.showModalDialog(HtmlService.createHtmlOutput('<b>x</b>').setHeight(200), 'Dialog');
    const alice = emu.user('alice@example.com');
    expect(alice.ui.menus).toEqual([
      {
        caption: 'Untitled project',
        addon: true,
        items: [
          { caption: 'Open', functionName: 'showSidebar' },
          { separator: true },
          {
            submenu: {
              caption: 'More',
              addon: false,
              items: [{ caption: 'Help', functionName: 'help' }],
            },
          },
        ],
      },
    ]);
    expect(alice.ui.sidebars).toEqual([
      { title: 'Career Dreams', content: '<p>hi</p>', width: 300, height: 0 },
    ]);
    expect(alice.ui.modalDialogs[0]).toMatchObject({
      title: 'Dialog',
      content: '<b>x</b>',
      height: 200,
    });
    expect(() => HtmlService.createHtmlOutputFromFile('Missing')).toThrow(
      'No HTML file named Missing was found.',
    );
    SpreadsheetApp.getActiveSpreadsheet().toast('Saved', 'Career Dreams', 3);
    expect(alice.ui.toasts).toEqual([
      { message: 'Saved', title: 'Career Dreams', timeoutSeconds: 3 },
    ]);
  });
});

describe('Session and Logger', () => {
  it('reports the emulated user and the time zones; logs are recorded', () => {
    const emu = createEmulator({
      scriptTimeZone: 'Europe/Paris',
      spreadsheetTimeZone: 'America/New_York',
    });
    const { Session, Logger, SpreadsheetApp, console } = emu.user('bob@example.com').globals;
    expect(Session.getActiveUser().getEmail()).toBe('bob@example.com');
    expect(Session.getEffectiveUser().getEmail()).toBe('bob@example.com');
    expect(Session.getScriptTimeZone()).toBe('Europe/Paris');
    expect(SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone()).toBe('America/New_York');
    Logger.log('%s dreams', 3);
    console.warn('careful', { a: 1 });
    expect(emu.logs).toEqual([
      { user: 'bob@example.com', source: 'Logger', level: 'log', message: '3 dreams' },
      { user: 'bob@example.com', source: 'console', level: 'warn', message: 'careful {"a":1}' },
    ]);
  });
});

describe('instrumentation', () => {
  it('counts the add-on’s calls with targets, not the emulator’s own nor the helpers’', () => {
    const emu = createEmulator();
    emu.workbook.loadSheet('Dreams', {
      values: [
        ['Pilot', 'Chef'],
        ['Navigation', ''],
      ],
    });
    emu.workbook.dump('Dreams');
    expect(emu.calls).toEqual([]);
    const alice = emu.user('alice@example.com');
    const sheet = alice.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Dreams')!;
    const range = sheet.getRange(1, 1, 2, 2);
    range.getValues();
    range.getBackgrounds();
    range.getFontWeights();
    sheet.getRange('B2').setValue('Cooking');
    sheet.getDataRange(); // internally uses lastContentRow etc.: one call only
    expect(emu.calls).toEqual([
      { user: 'alice@example.com', service: 'SpreadsheetApp', method: 'getActiveSpreadsheet' },
      {
        user: 'alice@example.com',
        service: 'Spreadsheet',
        method: 'getSheetByName',
        target: 'Untitled spreadsheet',
      },
      { user: 'alice@example.com', service: 'Sheet', method: 'getRange', target: 'Dreams' },
      { user: 'alice@example.com', service: 'Range', method: 'getValues', target: 'Dreams!A1:B2' },
      {
        user: 'alice@example.com',
        service: 'Range',
        method: 'getBackgrounds',
        target: 'Dreams!A1:B2',
      },
      {
        user: 'alice@example.com',
        service: 'Range',
        method: 'getFontWeights',
        target: 'Dreams!A1:B2',
      },
      { user: 'alice@example.com', service: 'Sheet', method: 'getRange', target: 'Dreams' },
      { user: 'alice@example.com', service: 'Range', method: 'setValue', target: 'Dreams!B2' },
      { user: 'alice@example.com', service: 'Sheet', method: 'getDataRange', target: 'Dreams' },
    ]);
    const counts = emu.countCalls();
    expect(counts.total).toBe(9);
    expect(counts.byKind).toEqual({ read: 3, write: 1, handle: 5, ui: 0, lock: 0, other: 0 });
    expect(counts.byMethod['Sheet.getRange']).toBe(2);
    expect(emu.countCalls('bob@example.com').total).toBe(0);
    emu.resetCalls();
    expect([emu.calls.length, emu.writes.length]).toEqual([0, 0]);
  });

  it('classifies methods', () => {
    expect(
      ['getValues', 'getBackground', 'getNotes', 'getDisplayValues', 'getFormulas'].map((m) =>
        classify(m),
      ),
    ).toEqual(Array(5).fill('read'));
    expect(
      ['setValues', 'clear', 'insertRowsAfter', 'deleteCells', 'sort'].map((m) => classify(m)),
    ).toEqual(Array(5).fill('write'));
    expect(classify('setName', 'Sheet')).toBe('write');
    expect(
      ['getRange', 'getLastRow', 'getName', 'getRanges', 'getRow'].map((m) => classify(m, 'Sheet')),
    ).toEqual(Array(5).fill('handle'));
    expect(classify('getActiveSpreadsheet', 'SpreadsheetApp')).toBe('handle');
    expect(classify('alert', 'Ui')).toBe('ui');
    expect(classify('setTitle', 'HtmlOutput')).toBe('ui');
    expect(classify('activate', 'Range')).toBe('ui');
    expect(classify('tryLock', 'Lock')).toBe('lock');
    expect(classify('formatDate', 'Utilities')).toBe('other');
    expect(classify('flush', 'SpreadsheetApp')).toBe('other');
  });

  it('logs which cells each write touched', () => {
    const emu = createEmulator();
    const sheet = emu
      .user('alice@example.com')
      .globals.SpreadsheetApp.getActiveSpreadsheet()
      .getActiveSheet();
    sheet.getRange('B2:C3').setBackgrounds([
      ['red', null],
      [null, 'green'],
    ]);
    sheet.getRange('A1').setNote('x');
    sheet.insertRowsAfter(1, 2);
    sheet.getRange('D4').deleteCells(SpreadsheetAppDimensionRows(emu));
    expect(emu.writes).toEqual([
      {
        user: 'alice@example.com',
        sheet: 'Sheet1',
        method: 'setBackgrounds',
        cells: ['B2', 'C2', 'B3', 'C3'],
      },
      { user: 'alice@example.com', sheet: 'Sheet1', method: 'setNote', cells: ['A1'] },
      {
        user: 'alice@example.com',
        sheet: 'Sheet1',
        method: 'insertRowsAfter',
        cells: [],
        detail: 'insert 2 rows after 1',
      },
      {
        user: 'alice@example.com',
        sheet: 'Sheet1',
        method: 'deleteCells',
        cells: ['D4'],
        detail: 'shift up',
      },
    ]);
  });
});

/** The enum as the add-on reads it: a property of SpreadsheetApp, not a call. */
function SpreadsheetAppDimensionRows(
  emu: ReturnType<typeof createEmulator>,
): GoogleAppsScript.Spreadsheet.Dimension {
  const before = emu.calls.length;
  const value = emu.user('alice@example.com').globals.SpreadsheetApp.Dimension.ROWS;
  expect(emu.calls.length).toBe(before);
  return value;
}
