// One open document: the emulator, the person using it, and the built add-on loaded into their
// own global scope, exactly as the tests load it.
//
// Dialogs. In Apps Script, ui.alert() pauses the script until the person answers. The add-on
// here runs synchronously inside Node, which cannot wait for a browser without stopping the
// server, so an execution that shows a dialog is run up to it, undone (the workbook, the active
// sheet and selection are restored from a snapshot taken before), the dialog is put to the
// person, and the execution runs again from the start with the answers so far queued through
// the emulator's respondNext. What the person ends up with is what one run with those answers
// gives; the code before the dialog just runs more than once.

import {
  createEmulator,
  type DialogRecord,
  type EmulatedUser,
  type Emulator,
  type HtmlRecord,
  type MenuRecord,
  type ToastRecord,
  type UiAnswer,
  type WorkbookSnapshot,
} from '@career-dreams/emulator';
import { loadAddon, type AddonContext } from '../addon/load';

/** What an execution showed the person. */
export interface Shown {
  menus: MenuRecord[];
  sidebars: HtmlRecord[];
  modals: HtmlRecord[];
  toasts: ToastRecord[];
}

export type Outcome<T> = ({ ok: true; value: T } | { ok: false; error: string }) & {
  shown: Shown;
};

/** Puts a dialog to the person; resolves with their answer. */
export type AskPerson = (dialog: DialogRecord) => Promise<UiAnswer>;

export interface SessionOptions {
  codePath: string;
  /** HTML files of the build, for HtmlService.createHtmlOutputFromFile. */
  files: Record<string, string>;
  snapshot: WorkbookSnapshot | null;
  timeZone: string;
  ask: AskPerson;
}

/** More questions than this in one execution is a loop, not a conversation. */
const MAX_DIALOGS = 20;

export const PERSON = 'you@example.com';

function nothingShown(): Shown {
  return { menus: [], sidebars: [], modals: [], toasts: [] };
}

export function messageOf(error: unknown): string {
  return error instanceof Error || (error instanceof Object && 'message' in error)
    ? String((error as { message: unknown }).message)
    : String(error);
}

export class PreviewSession {
  readonly emu: Emulator;
  readonly user: EmulatedUser;
  readonly ctx: AddonContext;
  /** Set when another document replaces this one: nothing runs on it any more. */
  closed = false;

  constructor(private readonly options: SessionOptions) {
    this.emu = createEmulator({
      files: options.files,
      spreadsheetName: 'Untitled spreadsheet',
      spreadsheetTimeZone: options.timeZone,
      scriptTimeZone: options.timeZone,
      // The add-on's Logger and console output, as the Apps Script execution log would show it.
      echoLogs: true,
    });
    if (options.snapshot) this.emu.workbook.restore(options.snapshot);
    this.user = this.emu.user(PERSON);
    this.ctx = loadAddon(this.user, options.codePath);
  }

  get workbook() {
    return this.emu.workbook;
  }

  /**
   * Runs `work` as one execution of the person (see the top of this file for dialogs), and
   * reports what it showed. A throw becomes { ok: false, error: its message }.
   */
  async execute<T>(work: (ctx: AddonContext) => T): Promise<Outcome<T>> {
    const answers: UiAnswer[] = [];
    for (;;) {
      if (this.closed) {
        return {
          ok: false,
          error: 'Another workbook was opened meanwhile.',
          shown: nothingShown(),
        };
      }
      this.forgetShown();
      const before = this.workbook.snapshot();
      const sheet = this.user.scope.activeSheet();
      const selection = this.user.scope.selectionOf(sheet);
      this.user.ui.respondNext(...answers);
      let result: { ok: true; value: T } | { ok: false; error: string };
      try {
        result = { ok: true, value: work(this.ctx) };
      } catch (error) {
        result = { ok: false, error: messageOf(error) };
      }
      this.user.ui.discardAnswers();
      const unanswered = this.user.ui.dialogs.find((d) => d.answer === null);
      if (!unanswered) {
        const shown = this.takeShown();
        this.tidy();
        return { ...result, shown };
      }
      this.workbook.restore(before);
      this.user.select(sheet.name, selection);
      this.tidy();
      if (answers.length >= MAX_DIALOGS) {
        return {
          ok: false,
          error: `The add-on asked more than ${MAX_DIALOGS} questions in one go; it was stopped.`,
          shown: nothingShown(),
        };
      }
      answers.push(await this.options.ask(unanswered));
    }
  }

  /** Runs a change made by hand in the grid (typing, formatting), as one execution. */
  byHand<T>(work: (app: GoogleAppsScript.Spreadsheet.SpreadsheetApp) => T): T {
    try {
      return this.user.run(() => work(this.user.globals.SpreadsheetApp));
    } finally {
      this.tidy();
    }
  }

  private forgetShown(): void {
    const ui = this.user.ui;
    for (const list of [ui.dialogs, ui.menus, ui.sidebars, ui.modalDialogs, ui.toasts]) {
      list.length = 0;
    }
  }

  private takeShown(): Shown {
    const ui = this.user.ui;
    const shown = {
      menus: [...ui.menus],
      sidebars: [...ui.sidebars],
      modals: [...ui.modalDialogs],
      toasts: [...ui.toasts],
    };
    this.forgetShown();
    return shown;
  }

  /** Records of calls and logs are for tests; a long preview session keeps none. */
  private tidy(): void {
    this.emu.resetCalls();
    this.emu.logs.length = 0;
  }
}
