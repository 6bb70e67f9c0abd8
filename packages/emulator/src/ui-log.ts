// What a user has been shown (dialogs, menus, sidebars, toasts) and the answers queued for their
// dialogs. The user's scope holds one; the Ui fakes (ui.ts) write to it, tests read it.

import { BUTTON } from './enums';

type Button = GoogleAppsScript.Base.Button;
type ButtonSet = GoogleAppsScript.Base.ButtonSet;

/** The buttons each set shows; CLOSE (the dialog's X) is always possible. */
const BUTTONS_IN_SET: Record<string, Button[]> = {
  OK: [BUTTON.OK, BUTTON.CLOSE],
  OK_CANCEL: [BUTTON.OK, BUTTON.CANCEL, BUTTON.CLOSE],
  YES_NO: [BUTTON.YES, BUTTON.NO, BUTTON.CLOSE],
  YES_NO_CANCEL: [BUTTON.YES, BUTTON.NO, BUTTON.CANCEL, BUTTON.CLOSE],
};

/** A scripted answer: a button, or for prompt() a button and the text typed. */
export type UiAnswer = Button | { button: Button; text?: string };

export interface DialogRecord {
  kind: 'alert' | 'prompt';
  title: string;
  prompt: string;
  buttons: ButtonSet;
  /** The scripted answer used; null if none was queued (the call threw). */
  answer: Button | null;
  text?: string;
}

export type MenuItemRecord =
  { caption: string; functionName: string } | { separator: true } | { submenu: MenuRecord };

export interface MenuRecord {
  caption: string;
  /** True for createAddonMenu() (shown under Extensions). */
  addon: boolean;
  items: MenuItemRecord[];
}

export interface HtmlRecord {
  title: string;
  content: string;
  width: number;
  height: number;
}

export interface ToastRecord {
  message: string;
  title: string;
  timeoutSeconds: number | null;
}

/** What a user has been shown, and the answers queued for their dialogs. Test-facing. */
export class UiLog {
  private readonly answers: UiAnswer[] = [];
  readonly dialogs: DialogRecord[] = [];
  readonly menus: MenuRecord[] = [];
  readonly sidebars: HtmlRecord[] = [];
  readonly modalDialogs: HtmlRecord[] = [];
  readonly toasts: ToastRecord[] = [];

  constructor(private readonly email: string) {}

  /** Queues answers for the next alert()/prompt() calls, in order. */
  respondNext(...answers: UiAnswer[]): void {
    for (const answer of answers) this.answers.push(answer);
  }

  /** Answers queued but not used yet (a test can assert this is 0 at the end). */
  pending(): number {
    return this.answers.length;
  }

  /** Drops the answers not used, so they cannot answer a later, unrelated dialog. */
  discardAnswers(): number {
    return this.answers.splice(0).length;
  }

  /** alert() records only. */
  get alerts(): DialogRecord[] {
    return this.dialogs.filter((d) => d.kind === 'alert');
  }

  take(record: Omit<DialogRecord, 'answer'>): { button: Button; text: string } {
    const next = this.answers.shift();
    if (next === undefined) {
      this.dialogs.push({ ...record, answer: null });
      throw new Error(
        `Emulator: ui.${record.kind}(${JSON.stringify(record.prompt)}) was shown to ${this.email} ` +
          'with no scripted answer; queue one with user.ui.respondNext(...) first.',
      );
    }
    const answer = typeof next === 'object' ? next : { button: next };
    const allowed = BUTTONS_IN_SET[String(record.buttons)] ?? [];
    if (!allowed.includes(answer.button)) {
      this.dialogs.push({ ...record, answer: null });
      throw new Error(
        `Emulator: scripted answer ${String(answer.button)} is not a button of ${String(record.buttons)} ` +
          `for ui.${record.kind}(${JSON.stringify(record.prompt)}).`,
      );
    }
    const text = answer.text ?? '';
    this.dialogs.push({
      ...record,
      answer: answer.button,
      ...(record.kind === 'prompt' ? { text } : {}),
    });
    return { button: answer.button, text };
  }
}
