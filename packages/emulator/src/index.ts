// A local, in-memory emulator of the Apps Script services Career Dreams uses.
//
//   const emu = createEmulator({ files: { Sidebar: html } });
//   emu.workbook.loadSheet('Dreams', { values: [['Pilot', 'Chef']] });  // test helper
//   const alice = emu.user('alice@example.com');
//   alice.globals.SpreadsheetApp.getActiveSpreadsheet()...              // what the add-on sees
//   emu.countCalls().byKind.read;  emu.writes;  alice.ui.respondNext(Button.YES)
//
// One Workbook is shared by every user; each user has their own globals, active sheet,
// selection, dialogs and executions. This module is the package's public API: its users import
// '@career-dreams/emulator', never a file inside it.

import { Boundary, NODE_REALM, type Realm } from './boundary';
import { Recorder, type CallCounts, type CallRecord, type WriteRecord } from './calls';
import { BUTTON, BUTTON_SET, DIMENSION } from './enums';
import { FakeHtmlService } from './html';
import { FakeLockService } from './lock';
import { UNTITLED_PROJECT, UserScope, type LogRecord } from './scope';
import { FakeSpreadsheetApp } from './spreadsheet';
import type { UiLog } from './ui-log';
import { FakeLogger, FakeSession, FakeUtilities, makeConsole } from './utilities';
import { Workbook } from './workbook';

export {
  classify,
  type CallCounts,
  type CallKind,
  type CallRecord,
  type WriteRecord,
} from './calls';
export type { Realm } from './boundary';
export { UNTITLED_PROJECT, type LogRecord } from './scope';
export type {
  DialogRecord,
  HtmlRecord,
  MenuItemRecord,
  MenuRecord,
  ToastRecord,
  UiAnswer,
  UiLog,
} from './ui-log';
export type { CellDump, SheetDump, SheetFixture } from './workbook';
export {
  SNAPSHOT_FORMAT,
  SNAPSHOT_VERSION,
  SnapshotError,
  type CellSnapshot,
  type SheetSnapshot,
  type SnapshotValue,
  type WorkbookSnapshot,
} from './snapshot';
// The shared state of a sheet (Workbook.sheets), for code that draws it, as the preview does.
export { DEFAULT_COLUMNS, DEFAULT_ROWS, type Cell, type SheetData } from './grid';
// Typing rules: what a written value becomes in a cell, and how Sheets would display it.
export {
  contentFromInput,
  DEFAULT_LOCALE,
  displayOf,
  LOCALES,
  UNEVALUATED_FORMULA_RESULT,
  type CellValue,
  type Content,
} from './values';
// A1 notation as Sheets reads it (snapshots name their cells in A1).
export { cellA1, columnLetters, columnNumber, parseA1, rectA1, rectCells, type Rect } from './a1';
export { LOCK_TIMEOUT_MESSAGE } from './lock';
// How a Date reads in a time zone, and back (the preview's .xlsx bridge keeps clock times).
export { zonedInstant, zonedParts } from './time';
export { NO_FILL } from './colours';
export { Workbook };

/** Runtime values of the Apps Script enums, for tests (e.g. ui.respondNext(Button.YES)). */
export const Button = BUTTON;
export const ButtonSet = BUTTON_SET;
export const Dimension = DIMENSION;

/** The globals Apps Script gives a script, as the add-on sees them. */
export interface AppsScriptGlobals {
  SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  HtmlService: GoogleAppsScript.HTML.HtmlService;
  LockService: GoogleAppsScript.Lock.LockService;
  Utilities: GoogleAppsScript.Utilities.Utilities;
  Session: GoogleAppsScript.Base.Session;
  Logger: GoogleAppsScript.Base.Logger;
  console: Pick<Console, 'log' | 'info' | 'warn' | 'error' | 'debug'>;
}

export interface EmulatorOptions {
  /** HTML files of the project by name ('Sidebar' or 'Sidebar.html'), for createHtmlOutputFromFile. */
  files?: Record<string, string>;
  /** Spreadsheet.getName(). */
  spreadsheetName?: string;
  /** Spreadsheet.getSpreadsheetTimeZone(); default 'Etc/UTC'. */
  spreadsheetTimeZone?: string;
  /**
   * Spreadsheet.getSpreadsheetLocale(): 'en_US' (default), 'en_GB' or 'de_DE'. It decides how a
   * typed number, date, time or amount reads, and how getDisplayValues shows it.
   */
  spreadsheetLocale?: string;
  /** Session.getScriptTimeZone() (appsscript.json timeZone); default 'Etc/UTC'. */
  scriptTimeZone?: string;
  /**
   * How the script runs, which decides the caption of createAddonMenu() menus: 'bound' (the
   * default) is a script project bound to this spreadsheet (Extensions > Apps Script, or clasp
   * into it), captioned with the project's name; 'addon' is an installed editor add-on, captioned
   * with the add-on's name (https://developers.google.com/apps-script/reference/base/ui#createAddonMenu()).
   */
  runsAs?: 'bound' | 'addon';
  /** The bound script project's name; default 'Untitled project', what Google names a new one. */
  projectName?: string;
  /** The add-on's name when it runs as an add-on; default 'Career Dreams'. */
  addonName?: string;
  /** Also print Logger and console output (it is always recorded in emulator.logs). */
  echoLogs?: boolean;
}

/** One person using the shared spreadsheet. */
export class EmulatedUser {
  private nodeGlobals: AppsScriptGlobals | undefined;

  /** @internal Created by Emulator.user(). */
  constructor(readonly scope: UserScope) {}

  get email(): string {
    return this.scope.email;
  }

  /** Their dialogs, menus, sidebars and toasts, and the queue of scripted dialog answers. */
  get ui(): UiLog {
    return this.scope.ui;
  }

  /** The Apps Script globals bound to this user, for code running in this (Node's) realm. */
  get globals(): AppsScriptGlobals {
    this.nodeGlobals ??= this.globalsFor(NODE_REALM);
    return this.nodeGlobals;
  }

  /**
   * Globals for code running in another realm (a vm context): returned arrays, Dates and
   * errors are made with that realm's constructors, as Apps Script's are native to the script.
   */
  globalsFor(realm: Realm): AppsScriptGlobals {
    const boundary = new Boundary(this.scope.email, this.scope.recorder, realm);
    const scope = this.scope;
    // The casts: each fake implements a checked subset of its Apps Script type (see fake.ts).
    return {
      SpreadsheetApp: boundary.expose(
        new FakeSpreadsheetApp(scope),
      ) as GoogleAppsScript.Spreadsheet.SpreadsheetApp,
      HtmlService: boundary.expose(new FakeHtmlService(scope)) as GoogleAppsScript.HTML.HtmlService,
      LockService: boundary.expose(new FakeLockService(scope)) as GoogleAppsScript.Lock.LockService,
      Utilities: boundary.expose(new FakeUtilities()) as GoogleAppsScript.Utilities.Utilities,
      Session: boundary.expose(new FakeSession(scope)) as GoogleAppsScript.Base.Session,
      Logger: boundary.expose(new FakeLogger(scope)) as GoogleAppsScript.Base.Logger,
      console: makeConsole(scope),
    };
  }

  /** Makes `sheetName` this user's active sheet with these ranges selected (last = current). */
  select(sheetName: string, a1Notations: string[]): void {
    const sheet = this.scope.workbook.sheetByName(sheetName);
    if (!sheet) throw new Error(`Emulator: no sheet named "${sheetName}".`);
    if (a1Notations.length === 0) throw new Error('Emulator: select at least one range.');
    this.scope.activate(sheet, [...a1Notations]);
  }

  /** Ends this user's current execution (run of an entry point): their locks are released. */
  endExecution(): void {
    this.scope.endExecution();
  }

  /** Runs `fn` as one execution of this user. */
  run<T>(fn: () => T): T {
    try {
      return fn();
    } finally {
      this.endExecution();
    }
  }
}

export class Emulator {
  readonly workbook: Workbook;
  /** Logger and console output of every user. */
  readonly logs: LogRecord[] = [];
  private readonly recorder = new Recorder();
  private readonly users = new Map<string, EmulatedUser>();
  private readonly settings: UserScope['settings'];

  constructor(options: EmulatorOptions = {}) {
    this.workbook = new Workbook({
      ...(options.spreadsheetName !== undefined ? { name: options.spreadsheetName } : {}),
      ...(options.spreadsheetTimeZone !== undefined
        ? { timeZone: options.spreadsheetTimeZone }
        : {}),
      ...(options.spreadsheetLocale !== undefined ? { locale: options.spreadsheetLocale } : {}),
    });
    const files: Record<string, string> = {};
    for (const [name, html] of Object.entries(options.files ?? {}))
      files[name.replace(/\.html$/, '')] = html;
    this.settings = {
      scriptTimeZone: options.scriptTimeZone ?? 'Etc/UTC',
      files,
      runsAs: options.runsAs ?? 'bound',
      projectName: options.projectName ?? UNTITLED_PROJECT,
      addonName: options.addonName ?? 'Career Dreams',
      echoLogs: options.echoLogs ?? false,
      logs: this.logs,
    };
  }

  /** The user with this email (created on first use; the same object afterwards). */
  user(email: string): EmulatedUser {
    let user = this.users.get(email);
    if (!user) {
      user = new EmulatedUser(new UserScope(email, this.workbook, this.recorder, this.settings));
      this.users.set(email, user);
    }
    return user;
  }

  /** Every Apps Script call made through any user's globals, in order. */
  get calls(): readonly CallRecord[] {
    return this.recorder.calls;
  }

  /** Every write made through any user's globals, in order. */
  get writes(): readonly WriteRecord[] {
    return this.recorder.writes;
  }

  /** Forgets recorded calls and writes (e.g. after setting up, before the action measured). */
  resetCalls(): void {
    this.recorder.reset();
  }

  /** Calls by 'Service.method' and by kind, for everyone or one user. */
  countCalls(user?: string | EmulatedUser): CallCounts {
    return this.recorder.count(typeof user === 'string' ? user : user?.email);
  }

  endExecution(user: string | EmulatedUser): void {
    (typeof user === 'string' ? this.user(user) : user).endExecution();
  }

  /**
   * Sets (or, with null, removes) a function run before each service call the add-on makes, with
   * that call's record. It may act as another user: what it does happens "between" two calls of
   * the running execution, the way a second person's edit or script can in real Sheets.
   */
  setBeforeCall(hook: ((record: CallRecord) => void) | null): void {
    this.recorder.beforeCall = hook;
  }
}

export function createEmulator(options: EmulatorOptions = {}): Emulator {
  return new Emulator(options);
}
