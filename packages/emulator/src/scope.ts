// One emulated user's view of the shared workbook: their active sheet and selection (their own,
// as in real Sheets), their dialogs, and their current "execution" (one run of an entry point,
// which is what locks belong to).

import type { Recorder } from './calls';
import type { SheetData } from './grid';
import { UiLog } from './ui-log';
import type { Workbook } from './workbook';

export interface LogRecord {
  user: string;
  source: 'Logger' | 'console';
  level: 'log' | 'info' | 'warn' | 'error' | 'debug';
  message: string;
}

/**
 * What Google names a script project made from a spreadsheet (Extensions > Apps Script) until
 * someone renames it; the Apps Script quickstarts start with "Click Untitled project" to rename
 * it: https://developers.google.com/docs/api/quickstart/apps-script
 */
export const UNTITLED_PROJECT = 'Untitled project';

/** Settings shared by every user of one emulator. */
export interface EmulatorSettings {
  /** Session.getScriptTimeZone() (the project's appsscript.json timeZone). */
  scriptTimeZone: string;
  /** HTML files of the project, by name without '.html'. */
  files: Readonly<Record<string, string>>;
  /** A script project bound to the spreadsheet, or an installed add-on (see menuCaption). */
  runsAs: 'bound' | 'addon';
  /** The bound script project's name. */
  projectName: string;
  /** The add-on's name, when it runs as one. */
  addonName: string;
  /** Print Logger/console output as well as recording it. */
  echoLogs: boolean;
  logs: LogRecord[];
}

export class UserScope {
  /** Increases each time an execution ends; locks are held by (user, execution). */
  execution = 1;
  private activeSheetId: number | undefined;
  /** Selected ranges (A1) per sheet id, remembered like Sheets does when switching tabs. */
  private readonly selections = new Map<number, string[]>();
  readonly ui: UiLog;

  constructor(
    readonly email: string,
    readonly workbook: Workbook,
    readonly recorder: Recorder,
    readonly settings: EmulatorSettings,
  ) {
    this.ui = new UiLog(email);
  }

  /** The user's active sheet; the first sheet if it was never set or has been deleted. */
  activeSheet(): SheetData {
    const sheets = this.workbook.sheets;
    return sheets.find((s) => s.id === this.activeSheetId) ?? sheets[0]!;
  }

  /** Makes `sheet` active; with `selection`, also selects those ranges on it. */
  activate(sheet: SheetData, selection?: string[]): void {
    this.activeSheetId = sheet.id;
    if (selection) this.selections.set(sheet.id, selection);
  }

  /** The selected ranges on a sheet; a sheet always has a current cell, A1 by default. */
  selectionOf(sheet: SheetData): string[] {
    return this.selections.get(sheet.id) ?? ['A1'];
  }

  logWrite(sheet: SheetData, method: string, cells: string[], detail?: string): void {
    this.recorder.write({
      user: this.email,
      sheet: sheet.name,
      method,
      cells,
      ...(detail ? { detail } : {}),
    });
  }

  log(source: LogRecord['source'], level: LogRecord['level'], message: string): void {
    this.settings.logs.push({ user: this.email, source, level, message });
    if (this.settings.echoLogs) console[level](`[${this.email}] ${message}`);
  }

  /** Ends the current execution: its locks are released, as when an Apps Script run finishes. */
  endExecution(): void {
    this.workbook.locks.releaseAll(this.email, this.execution);
    this.execution++;
  }
}
