// One open document: the emulator, the people using it (each one an emulated user of their own,
// with their own selection, dialogs and locks), and the built add-on loaded into each person's
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

/** Puts a dialog to the person with this email; resolves with their answer. */
export type AskPerson = (dialog: DialogRecord, email: string) => Promise<UiAnswer>;

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

/** Who runs an execution when no one is named (the tests of this module). */
export const PERSON = 'you@example.com';

/** One person in this document: their emulated user and the add-on loaded for them. */
export interface Seat {
  user: EmulatedUser;
  ctx: AddonContext;
}

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
  private readonly seats = new Map<string, Seat>();
  /** Set when another document replaces this one: nothing runs on it any more. */
  closed = false;

  constructor(private readonly options: SessionOptions) {
    this.emu = createEmulator({
      files: options.files,
      spreadsheetName: 'Untitled spreadsheet',
      projectName: 'Career Dreams',
      spreadsheetTimeZone: options.timeZone,
      scriptTimeZone: options.timeZone,
      // The add-on's Logger and console output, as the Apps Script execution log would show it.
      echoLogs: true,
    });
    if (options.snapshot) this.emu.workbook.restore(options.snapshot);
  }

  /** The person with this email in this document, the add-on loaded for them on first use. */
  seat(email: string = PERSON): Seat {
    let seat = this.seats.get(email);
    if (!seat) {
      const user = this.emu.user(email);
      seat = { user, ctx: loadAddon(user, this.options.codePath) };
      this.seats.set(email, seat);
    }
    return seat;
  }

  get workbook() {
    return this.emu.workbook;
  }

  /**
   * Runs `work` as one execution of the person (see the top of this file for dialogs), and
   * reports what it showed. A throw becomes { ok: false, error: its message }. Each run is
   * synchronous, so the undo before a question undoes only this person's run: what someone
   * else changes while the question waits is kept, and the next run sees it.
   */
  async execute<T>(work: (ctx: AddonContext) => T, email: string = PERSON): Promise<Outcome<T>> {
    const { user, ctx } = this.seat(email);
    const answers: UiAnswer[] = [];
    for (;;) {
      if (this.closed) {
        return {
          ok: false,
          error: 'Another workbook was opened meanwhile.',
          shown: nothingShown(),
        };
      }
      forgetShown(user);
      const before = this.workbook.snapshot();
      const sheet = user.scope.activeSheet();
      const selection = user.scope.selectionOf(sheet);
      user.ui.respondNext(...answers);
      let result: { ok: true; value: T } | { ok: false; error: string };
      try {
        result = { ok: true, value: work(ctx) };
      } catch (error) {
        result = { ok: false, error: messageOf(error) };
      }
      user.ui.discardAnswers();
      const unanswered = user.ui.dialogs.find((d) => d.answer === null);
      if (!unanswered) {
        const shown = takeShown(user);
        this.tidy();
        return { ...result, shown };
      }
      this.workbook.restore(before);
      user.select(sheet.name, selection);
      this.tidy();
      if (answers.length >= MAX_DIALOGS) {
        return {
          ok: false,
          error: `The add-on asked more than ${MAX_DIALOGS} questions in one go; it was stopped.`,
          shown: nothingShown(),
        };
      }
      answers.push(await this.options.ask(unanswered, email));
    }
  }

  /** Runs a change made by hand in the grid (typing, formatting), as one execution. */
  byHand<T>(
    work: (app: GoogleAppsScript.Spreadsheet.SpreadsheetApp) => T,
    email: string = PERSON,
  ): T {
    const { user } = this.seat(email);
    try {
      return user.run(() => work(user.globals.SpreadsheetApp));
    } finally {
      this.tidy();
    }
  }

  /** Records of calls and logs are for tests; a long preview session keeps none. */
  private tidy(): void {
    this.emu.resetCalls();
    this.emu.logs.length = 0;
  }
}

function forgetShown(user: EmulatedUser): void {
  const ui = user.ui;
  for (const list of [ui.dialogs, ui.menus, ui.sidebars, ui.modalDialogs, ui.toasts]) {
    list.length = 0;
  }
}

function takeShown(user: EmulatedUser): Shown {
  const ui = user.ui;
  const shown = {
    menus: [...ui.menus],
    sidebars: [...ui.sidebars],
    modals: [...ui.modalDialogs],
    toasts: [...ui.toasts],
  };
  forgetShown(user);
  return shown;
}
