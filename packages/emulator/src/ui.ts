// Ui (SpreadsheetApp.getUi()): menus, sidebars, dialogs, alerts and prompts.
// https://developers.google.com/apps-script/reference/base/ui
//
// alert() and prompt() block until the user answers. Tests script the answers in advance with
// user.ui.respondNext(...) (see ui-log.ts); a dialog with no scripted answer throws, so no test
// silently depends on an answer nobody chose.

import { BUTTON, BUTTON_SET } from './enums';
import { asGas, Fake, fakeOf } from './fake';
import { FakeHtmlOutput } from './html';
import type { UserScope } from './scope';
import type { HtmlRecord, MenuRecord, UiLog } from './ui-log';

type Button = GoogleAppsScript.Base.Button;
type ButtonSet = GoogleAppsScript.Base.ButtonSet;
type GasMenu = GoogleAppsScript.Base.Menu;

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

  /**
   * "If the script is running as an add-on, the sub-menu name matches the add-on's name in the
   * web store; if the script is bound to the document directly, the sub-menu name matches the
   * script's name." https://developers.google.com/apps-script/reference/base/ui#createAddonMenu()
   */
  createAddonMenu(): GasMenu {
    const { runsAs, projectName, addonName } = this.scope.settings;
    return asGas(new FakeMenu(this.scope.ui, runsAs === 'bound' ? projectName : addonName, true));
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
