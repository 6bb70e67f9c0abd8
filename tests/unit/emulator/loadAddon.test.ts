// loadAddon runs a script like the build's dist/Code.js in a vm context, as Apps Script would.
// dist/ may not exist yet, so these tests load a small script shaped like the build's output.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmulator } from '@career-dreams/emulator';
import {
  callFromSidebarUnchecked,
  loadAddon,
  runEntryPoint,
  wireProblem,
} from '../../support/loadAddon';

const SCRIPT = `
var Addon = (() => {
  function onOpen(e) {
    SpreadsheetApp.getUi().createAddonMenu().addItem('Open', 'showSidebar').addToUi();
  }
  function probe() {
    var values = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet().getRange('A1:B1').getValues();
    var caught;
    try { SpreadsheetApp.getActiveSheet().getRange(0, 1); } catch (err) { caught = err; }
    return {
      nodeGlobals: [typeof require, typeof process, typeof Buffer, typeof setTimeout, typeof module],
      arrays: Array.isArray(values) && values instanceof Array && values[0] instanceof Array,
      date: values[0][1] instanceof Date,
      error: caught instanceof Error && caught.name === 'Exception' && String(caught),
    };
  }
  function echo(x) { return { received: x, isArray: Array.isArray(x && x.list), proto: Object.getPrototypeOf(x) === Object.prototype }; }
  function lockAndKeep() { return LockService.getDocumentLock().tryLock(100); }
  function giveDate() { return { when: new Date() }; }
  function fail() { throw new Error('Nothing to do'); }
  function helper_() { return 1; }
  return { onOpen: onOpen, probe: probe, echo: echo, lockAndKeep: lockAndKeep, giveDate: giveDate, fail: fail, helper_: helper_ };
})();
function onOpen() { return Addon.onOpen.apply(this, arguments); }
function probe() { return Addon.probe.apply(this, arguments); }
function echo() { return Addon.echo.apply(this, arguments); }
function lockAndKeep() { return Addon.lockAndKeep.apply(this, arguments); }
function giveDate() { return Addon.giveDate.apply(this, arguments); }
function fail() { return Addon.fail.apply(this, arguments); }
function helper_() { return Addon.helper_.apply(this, arguments); }
`;

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'addon-'));
  const code = join(dir, 'Code.js');
  writeFileSync(code, SCRIPT);
  const emu = createEmulator();
  emu.workbook.loadSheet('Sheet1', { values: [['x', '2024-01-05']] });
  const alice = emu.user('alice@example.com');
  const bob = emu.user('bob@example.com');
  return { emu, alice, bob, ctx: loadAddon(alice, code), bobCtx: loadAddon(bob, code) };
}

describe('loadAddon', () => {
  it('says how to build when the script is missing', () => {
    const emu = createEmulator();
    expect(() =>
      loadAddon(emu.user('a@example.com'), join(tmpdir(), 'no-such-dir', 'Code.js')),
    ).toThrow('npm run build');
  });

  it('gives the script Apps Script globals only, with values native to its realm', () => {
    const { ctx } = setup();
    expect(runEntryPoint(ctx, 'probe')).toEqual({
      nodeGlobals: ['undefined', 'undefined', 'undefined', 'undefined', 'undefined'],
      arrays: true,
      date: true,
      error: 'Exception: The starting row of the range is too small.',
    });
  });

  it('runs entry points as the user', () => {
    const { alice, ctx } = setup();
    ctx.onOpen({ authMode: 'NONE' });
    expect(alice.ui.menus[0]!.items).toEqual([{ caption: 'Open', functionName: 'showSidebar' }]);
  });
});

describe('callFromSidebar', () => {
  it('copies arguments and results like google.script.run', () => {
    const { ctx } = setup();
    const arg = { list: [1, undefined, 'a'], skip: undefined, nested: { ok: true } };
    expect(callFromSidebarUnchecked(ctx, 'echo', arg)).toEqual({
      received: { list: [1, null, 'a'], nested: { ok: true } },
      isArray: true,
      proto: true,
    });
  });

  it('refuses Dates, functions and cycles as arguments', () => {
    const { ctx } = setup();
    expect(() => callFromSidebarUnchecked(ctx, 'echo', { when: new Date() })).toThrow(
      'argument 0.when is a Date',
    );
    expect(() => callFromSidebarUnchecked(ctx, 'echo', [() => 1])).toThrow(
      'argument 0[0] is a function',
    );
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(wireProblem(cycle)).toBe('value.self is a circular reference');
  });

  it('hands a result that cannot cross to the sidebar as null', () => {
    const { ctx } = setup();
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(callFromSidebarUnchecked(ctx, 'giveDate')).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('result.when is a Date'));
    warn.mockRestore();
  });

  it('cannot call private (trailing _) or missing functions; server errors reach the caller', () => {
    const { ctx } = setup();
    expect(() => callFromSidebarUnchecked(ctx, 'helper_')).toThrow(
      'google.script.run.helper_ is not a function',
    );
    expect(() => callFromSidebarUnchecked(ctx, 'nope')).toThrow('is not a function');
    expect(() => callFromSidebarUnchecked(ctx, 'fail')).toThrow('Nothing to do');
  });

  it('each call is one execution: its locks are released when it returns', () => {
    const { alice, bob, ctx, bobCtx } = setup();
    expect(callFromSidebarUnchecked(ctx, 'lockAndKeep')).toBe(true);
    expect(callFromSidebarUnchecked(bobCtx, 'lockAndKeep')).toBe(true);
    // Without the execution ending, the lock stays with its holder:
    expect(bob.globals.LockService.getDocumentLock().tryLock(0)).toBe(true);
    expect(alice.globals.LockService.getDocumentLock().tryLock(0)).toBe(false);
  });
});
