// Ui (SpreadsheetApp.getUi()): menus, sidebars, dialogs, alerts and prompts.
// https://developers.google.com/apps-script/reference/base/ui
//
// alert() and prompt() block until the user answers. Tests script the answers in advance with
// user.ui.respondNext(...); a dialog with no scripted answer throws, so no test silently
// depends on an answer nobody chose.

import { asGas, Fake, fakeOf } from './fake';
import { FakeHtmlOutput } from './html';
import type { UserScope } from './scope';

type Button = GoogleAppsScript.Base.Button;
type ButtonSet = GoogleAppsScript.Base.ButtonSet;
type GasMenu = GoogleAppsScript.Base.Menu;

// The @types declare these as numeric enums with no runtime value; Apps Script's enum values
// print as their names, so names are what we use. The casts give them the declared enum types.
export const BUTTON = Object.freeze({
  CLOSE: 'CLOSE',
  OK: 'OK',
  CANCEL: 'CANCEL',
  YES: 'YES',
  NO: 'NO',
}) as unknown as typeof GoogleAppsScript.Base.Button;

export const BUTTON_SET = Object.freeze({
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
}) as unknown as typeof GoogleAppsScript.Base.ButtonSet;

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
    this.answers.push(...answers);
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

function snapshot(output: FakeHtmlOutput): HtmlRecord {
  return {
    title: output.title,
    content: output.content,
    width: output.width,
    height: output.height,
  };
}

const MENU_API = [
  'addItem',
  'addSeparator',
  'addSubMenu',
  'addToUi',
] as const satisfies readonly (keyof GasMenu)[];

export class FakeMenu extends Fake implements Pick<GasMenu, (typeof MENU_API)[number]> {
  readonly service = 'Menu';
  readonly api: ReadonlySet<string> = new Set(MENU_API);
  readonly record: MenuRecord;

  constructor(
    private readonly log: UiLog,
    caption: string,
    addon: boolean,
  ) {
    super();
    this.record = { caption, addon, items: [] };
  }

  override target(): string {
    return this.record.caption;
  }

  addItem(caption: string, functionName: string): GasMenu {
    this.record.items.push({ caption: String(caption), functionName: String(functionName) });
    return asGas(this);
  }

  addSeparator(): GasMenu {
    this.record.items.push({ separator: true });
    return asGas(this);
  }

  addSubMenu(menu: GasMenu): GasMenu {
    this.record.items.push({ submenu: fakeOf(menu, FakeMenu, 'Menu.addSubMenu').record });
    return asGas(this);
  }

  addToUi(): void {
    this.log.menus.push(this.record);
  }
}

const PROMPT_API = [
  'getResponseText',
  'getSelectedButton',
] as const satisfies readonly (keyof GoogleAppsScript.Base.PromptResponse)[];

export class FakePromptResponse
  extends Fake
  implements Pick<GoogleAppsScript.Base.PromptResponse, (typeof PROMPT_API)[number]>
{
  readonly service = 'PromptResponse';
  readonly api: ReadonlySet<string> = new Set(PROMPT_API);

  constructor(
    private readonly button: Button,
    private readonly text: string,
  ) {
    super();
  }

  getResponseText(): string {
    return this.text;
  }

  getSelectedButton(): Button {
    return this.button;
  }
}

const UI_API = [
  'alert',
  'prompt',
  'createAddonMenu',
  'createMenu',
  'showSidebar',
  'showModalDialog',
] as const satisfies readonly (keyof GoogleAppsScript.Base.Ui)[];

export class FakeUi
  extends Fake
  implements Pick<GoogleAppsScript.Base.Ui, (typeof UI_API)[number]>
{
  readonly service = 'Ui';
  readonly api: ReadonlySet<string> = new Set(UI_API);
  override readonly constants = { Button: BUTTON, ButtonSet: BUTTON_SET };

  constructor(private readonly scope: UserScope) {
    super();
  }

  /** The three overloads: (prompt), (prompt, buttons), (title, prompt, buttons). */
  private static dialogArgs(
    a: string,
    b?: string | ButtonSet,
    c?: ButtonSet,
  ): { title: string; prompt: string; buttons: ButtonSet } {
    if (c !== undefined) return { title: String(a), prompt: String(b), buttons: c };
    if (b !== undefined) return { title: '', prompt: String(a), buttons: b as ButtonSet };
    return { title: '', prompt: String(a), buttons: BUTTON_SET.OK };
  }

  alert(a: string, b?: string | ButtonSet, c?: ButtonSet): Button {
    return this.scope.ui.take({ kind: 'alert', ...FakeUi.dialogArgs(a, b, c) }).button;
  }

  prompt(a: string, b?: string | ButtonSet, c?: ButtonSet): GoogleAppsScript.Base.PromptResponse {
    const { button, text } = this.scope.ui.take({ kind: 'prompt', ...FakeUi.dialogArgs(a, b, c) });
    return asGas(new FakePromptResponse(button, text));
  }

  createAddonMenu(): GasMenu {
    return asGas(new FakeMenu(this.scope.ui, this.scope.settings.addonName, true));
  }

  createMenu(caption: string): GasMenu {
    return asGas(new FakeMenu(this.scope.ui, String(caption), false));
  }

  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    this.scope.ui.sidebars.push(snapshot(fakeOf(userInterface, FakeHtmlOutput, 'Ui.showSidebar')));
  }

  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    const output = fakeOf(userInterface, FakeHtmlOutput, 'Ui.showModalDialog');
    this.scope.ui.modalDialogs.push({ ...snapshot(output), title: String(title) });
  }
}
