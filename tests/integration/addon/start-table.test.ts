// "Start my dreams table" leaves the file opening where the story is: the Dreams sheet is the
// first tab and the active one, in Sheets and so in a downloaded .xlsx (design §3.1). Run
// through the built dist/Code.js on the emulator, from the menu and from the sidebar.
import { Button } from '@career-dreams/emulator';
import { runEntryPoint } from '../../support/loadAddon';
import { ok, setup } from '../../support/addon';

describe('Start my dreams table puts the table first', () => {
  it('makes a new file’s only, empty sheet the dreams sheet instead of adding one behind it', () => {
    const { emu, alice } = setup();
    const id = emu.workbook.sheets[0]!.id;
    const result = alice.call('startTable', null);
    expect(emu.workbook.sheetNames()).toEqual(['Dreams']);
    // The same sheet, renamed: nothing was inserted.
    expect(emu.workbook.sheets[0]!.id).toBe(id);
    expect(ok(result).sheetName).toBe('Dreams');
    expect(result.ok && result.message).toContain('‘Sheet1’');
    expect(alice.user.scope.activeSheet().name).toBe('Dreams');
  });

  it('does the same from the menu, which then opens the sidebar', () => {
    const { emu, alice } = setup();
    runEntryPoint(alice.ctx, 'menuStartTable');
    expect(emu.workbook.sheetNames()).toEqual(['Dreams']);
    expect(alice.user.ui.alerts).toHaveLength(0);
    expect(alice.user.ui.sidebars).toHaveLength(1);
  });

  it('inserts Dreams as the first tab when the other sheets are kept', () => {
    const { emu, alice } = setup({ Sheet1: { values: [['Budget'], ['42']] } });
    alice.user.ui.respondNext(Button.NO);
    runEntryPoint(alice.ctx, 'menuStartTable');
    expect(emu.workbook.sheetNames()).toEqual(['Dreams', 'Sheet1']);
    expect(alice.user.scope.activeSheet().name).toBe('Dreams');
    expect(emu.workbook.dump('Sheet1', 'A1:A2').values).toEqual([['Budget'], [42]]);
  });

  it('inserts rather than renames when the empty sheet is not the only one', () => {
    const { emu, alice } = setup({ Notes: { values: [] } });
    ok(alice.call('startTable', null));
    expect(emu.workbook.sheetNames()).toEqual(['Dreams', 'Sheet1', 'Notes']);
  });

  it('never renames an empty Priorities sheet into the table', () => {
    const { emu, alice } = setup();
    emu.workbook.rename(emu.workbook.sheets[0]!, 'Priorities');
    ok(alice.call('startTable', null));
    expect(emu.workbook.sheetNames()).toEqual(['Dreams', 'Priorities']);
  });

  it('moves an adopted sheet to the front, changing no cell', () => {
    const { emu, alice } = setup({ Plans: { values: [['Pilot'], ['Navigation']] } });
    alice.user.select('Plans', ['A1']);
    ok(alice.call('startTable', 'Plans'));
    expect(emu.workbook.sheetNames()).toEqual(['Dreams', 'Sheet1']);
    expect(alice.user.scope.activeSheet().name).toBe('Dreams');
    expect(emu.workbook.dump('Dreams', 'A1:A2').values).toEqual([['Pilot'], ['Navigation']]);
  });

  it('brings an existing Dreams sheet to the front and activates it, from the menu too', () => {
    const { emu, alice } = setup({ Dreams: { values: [['Pilot'], ['Navigation']] } });
    expect(emu.workbook.sheetNames()).toEqual(['Sheet1', 'Dreams']);
    runEntryPoint(alice.ctx, 'menuStartTable');
    expect(emu.workbook.sheetNames()).toEqual(['Dreams', 'Sheet1']);
    expect(alice.user.scope.activeSheet().name).toBe('Dreams');
    expect(emu.workbook.dump('Dreams', 'A1:A2').values).toEqual([['Pilot'], ['Navigation']]);
    // Already first: one call to check, none to move.
    emu.resetCalls();
    ok(alice.call('startTable', null));
    expect(emu.calls.filter((c) => c.method === 'moveActiveSheet')).toHaveLength(0);
  });
});
