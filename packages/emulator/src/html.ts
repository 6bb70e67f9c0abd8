// HtmlService and HtmlOutput. https://developers.google.com/apps-script/reference/html/html-service

import { asGas, Fake } from './fake';
import type { UserScope } from './scope';

type GasHtmlOutput = GoogleAppsScript.HTML.HtmlOutput;

const OUTPUT_API = [
  'setTitle',
  'getTitle',
  'setWidth',
  'getWidth',
  'setHeight',
  'getHeight',
  'getContent',
  'setContent',
  'append',
  'addMetaTag',
] as const satisfies readonly (keyof GasHtmlOutput)[];

export class FakeHtmlOutput
  extends Fake
  implements Pick<GasHtmlOutput, (typeof OUTPUT_API)[number]>
{
  readonly service = 'HtmlOutput';
  readonly api: ReadonlySet<string> = new Set(OUTPUT_API);
  title = '';
  // Defaults are not documented; dialogs use what the script sets, sidebars ignore both.
  width = 0;
  height = 0;
  readonly metaTags: Array<{ name: string; content: string }> = [];

  constructor(public content: string) {
    super();
  }

  private self(): GasHtmlOutput {
    return asGas(this);
  }

  setTitle(title: string): GasHtmlOutput {
    this.title = String(title);
    return this.self();
  }

  getTitle(): string {
    return this.title;
  }

  setWidth(width: number): GasHtmlOutput {
    this.width = width;
    return this.self();
  }

  getWidth(): number {
    return this.width;
  }

  setHeight(height: number): GasHtmlOutput {
    this.height = height;
    return this.self();
  }

  getHeight(): number {
    return this.height;
  }

  getContent(): string {
    return this.content;
  }

  setContent(content: string): GasHtmlOutput {
    this.content = String(content);
    return this.self();
  }

  append(addedContent: string): GasHtmlOutput {
    this.content += String(addedContent);
    return this.self();
  }

  addMetaTag(name: string, content: string): GasHtmlOutput {
    this.metaTags.push({ name, content });
    return this.self();
  }
}

const SERVICE_API = [
  'createHtmlOutput',
  'createHtmlOutputFromFile',
] as const satisfies readonly (keyof GoogleAppsScript.HTML.HtmlService)[];

export class FakeHtmlService
  extends Fake
  implements Pick<GoogleAppsScript.HTML.HtmlService, (typeof SERVICE_API)[number]>
{
  readonly service = 'HtmlService';
  readonly api: ReadonlySet<string> = new Set(SERVICE_API);

  constructor(private readonly scope: UserScope) {
    super();
  }

  createHtmlOutput(html?: string | GoogleAppsScript.Base.BlobSource): GasHtmlOutput {
    if (html !== undefined && typeof html !== 'string') {
      throw new Error('Emulator: createHtmlOutput(blob) is not emulated; pass a string.');
    }
    return asGas(new FakeHtmlOutput(html ?? ''));
  }

  /** Project files are named without extension; 'Sidebar.html' is accepted too. */
  createHtmlOutputFromFile(filename: string): GasHtmlOutput {
    const name = String(filename).replace(/\.html$/, '');
    const html = this.scope.settings.files[name];
    if (html === undefined) throw new Error(`No HTML file named ${filename} was found.`);
    return asGas(new FakeHtmlOutput(html));
  }
}
